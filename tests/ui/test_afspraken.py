"""The Afspraken view, driven offscreen: take over a row of Bod en woonvisie, fill an afspraak without a year
(T for tijd is ✗ with its fix), add the year (✓), and export the files through an injected path."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from bodcheck import beoordeling, pipeline, voorbeeld


@pytest.fixture
def scherm(qtbot, tmp_path: Path):
    from ui.app import maak_app
    from ui.scherm_afspraken import AfsprakenScherm

    maak_app()
    bod, wv = voorbeeld.schrijf_werkboeken(tmp_path / "vb")
    b, _ = beoordeling.nieuw(bod, wv)
    r = pipeline.beoordeel_invoer(b.invoer, b.instellingen, dt.date(2026, 9, 1), b.meldingen)
    w = AfsprakenScherm()
    qtbot.addWidget(w, before_close_func=lambda x: x.taken.wacht())
    w.resize(1200, 800)
    w.show()
    w.toon(b, r)
    return w, b


def _letters(w, rij: int) -> str:
    return "".join(w.tabel.item(rij, k).text() for k in range(4, 9))


def _kies(combo, tekst: str) -> None:
    i = next(i for i in range(combo.count()) if combo.itemText(i).startswith(tekst))
    combo.setCurrentIndex(i)


def test_overnemen_invullen_toetsen_en_exporteren(scherm, qtbot, tmp_path: Path) -> None:
    w, b = scherm
    gewijzigd = []
    w.gewijzigd.connect(lambda: gewijzigd.append(1))
    assert w.tabel.rowCount() == 0 and not w.veld_wat.isEnabled()

    # 1. take over the bod's 18 sociale huurwoningen of 2027 (Bod!D-column of the example: 18 in 2027)
    _kies(w.keuze_vergelijking, "Sociale huurwoningen opgeleverd 2027: bod 18")
    qtbot.mouseClick(w.knop_vergelijking, qtbot_knop())
    assert w.tabel.rowCount() == 1
    assert (b.afspraken[0].indicator, b.afspraken[0].waarde, b.afspraken[0].van_jaar) == ("nieuwbouw_sociaal", 18,
                                                                                          2027)
    assert _letters(w, 0) == "✓✓✓–✓"
    assert w.tabel.item(0, 9).text() == "bod en woonvisie: sociale huurwoningen opgeleverd"

    # 2. a new afspraak: 60 woningen verduurzamen per jaar, by the corporatie, without a year
    qtbot.mouseClick(w.knop_nieuw, qtbot_knop())
    assert w.tabel.currentRow() == 1
    w.veld_wat.setText("De corporatie verduurzaamt 60 woningen per jaar")
    w.veld_wat.editingFinished.emit()
    _kies(w.veld_indicator, "Woningen verduurzaamd")
    w.veld_waarde.setText("60")
    w.veld_waarde.editingFinished.emit()
    _kies(w.veld_wie, "corporatie")
    assert _letters(w, 1) == "✓✓✓–✗"
    assert "Tijdgebonden: vul het jaar in, of de jaren van en tot." in w.toets_tekst.text()
    assert "T ✗" in w.toets_tekst.text()

    # 3. add the years: T becomes ✓
    w.veld_van.setValue(2027)
    w.veld_tot.setValue(2031)
    assert _letters(w, 1) == "✓✓✓–✓"
    assert w.toets_tekst.text().endswith("In orde.")
    assert (b.afspraken[1].waarde, b.afspraken[1].van_jaar, b.afspraken[1].tot_jaar) == (60, 2027, 2031)
    assert gewijzigd

    # 4. export, with the file dialog replaced by a chosen path
    docx, sjabloon = tmp_path / "concept.docx", tmp_path / "sjabloon-2027.xlsx"
    paden = iter([docx, sjabloon])
    w.vraag_pad = lambda titel, extensie, filter_: next(paden)
    qtbot.mouseClick(w.knop_docx, qtbot_knop())
    qtbot.waitUntil(docx.exists, timeout=30_000)
    qtbot.mouseClick(w.knop_sjabloon, qtbot_knop())
    qtbot.waitUntil(sjabloon.exists, timeout=30_000)
    w.taken.wacht()
    doc = Document(io.BytesIO(docx.read_bytes()))
    rijen = [[c.text for c in r.cells] for t in doc.tables for r in t.rows]
    assert ["2. De corporatie verduurzaamt 60 woningen per jaar", "Woningen verduurzaamd (isolatie/labelsprong)",
            "142 (2025)", "60", "2027–2031, per jaar", "corporatie"] in rijen
    afspraken = openpyxl.load_workbook(sjabloon)["Afspraken"]
    rij = next(r for r in afspraken.iter_rows(min_row=2, values_only=True) if r[0] == "verduurzaming")
    koppen = [c.value for c in afspraken[1]]
    assert rij[koppen.index(2027)] == 60 and rij[koppen.index(2031)] == 60


def test_twee_afspraken_voor_een_jaar_worden_samengevoegd(scherm, qtbot) -> None:
    w, b = scherm
    _kies(w.keuze_vergelijking, "Sociale huurwoningen opgeleverd 2027: bod 18")
    qtbot.mouseClick(w.knop_vergelijking, qtbot_knop())
    qtbot.mouseClick(w.knop_vergelijking, qtbot_knop())
    assert w.knop_samenvoegen.isVisibleTo(w)
    assert w.conflict.text() == ("Afspraak 1 en afspraak 2 gaan allebei over sociale huurwoningen opgeleverd in 2027; "
                                 "per indicator en jaar kan er één afspraak zijn. Voeg ze samen.")
    qtbot.mouseClick(w.knop_samenvoegen, qtbot_knop())
    assert w.tabel.rowCount() == 1 and len(b.afspraken) == 1
    assert not w.knop_samenvoegen.isVisibleTo(w)


def qtbot_knop():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_in_het_hoofdvenster_na_vraagpunten_en_bewaard(voorbeeld, qtbot, tmp_path: Path) -> None:
    """The view sits after Vraagpunten; an afspraak typed at a vraagpunt shows up, its year added here is
    saved in the .bodcheck (versie 2) and survives a later edit of the note's text in Vraagpunten."""
    from bodcheck.model import notitie_sleutel
    from ui import hoofdvenster as hv

    w = voorbeeld
    assert hv.SCHERMEN.index("Afspraken") == hv.SCHERMEN.index("Vraagpunten") + 1
    b01 = next(v for v in w.resultaat.vraagpunten if v.id == "B01")
    sleutel = notitie_sleutel(b01)
    vp = w.toon_scherm(hv.VRAAGPUNTEN)
    assert vp.kies(sleutel)
    vp.veld_afspraak.setPlainText("30 per jaar, corporatie")  # as typed at the vraagpunt
    af = w.toon_scherm(hv.AFSPRAKEN)
    assert af.tabel.rowCount() == 1 and af.tabel.item(0, 1).text() == "30 per jaar, corporatie"
    assert "".join(af.tabel.item(0, k).text() for k in range(4, 9)) == "–✗✗–✗"
    af.veld_van.setValue(2027)
    assert w.gewijzigd
    assert w.beoordeling.notities[sleutel].afspraken[0].van_jaar == 2027
    # the note's text edited again in Vraagpunten keeps the structured afspraak (same note object)
    vp = w.toon_scherm(hv.VRAAGPUNTEN)
    assert vp.kies(sleutel)
    vp.veld_antwoord.setPlainText("akkoord")
    assert w.beoordeling.notities[sleutel].antwoord == "akkoord"
    assert w.beoordeling.notities[sleutel].afspraken[0].van_jaar == 2027
    pad = tmp_path / "met-afspraak.bodcheck"
    beoordeling.opslaan(w.beoordeling, pad)
    assert beoordeling.openen(pad).notities[sleutel].afspraken[0].van_jaar == 2027
