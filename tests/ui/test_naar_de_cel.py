"""Every way to a cell ends on that cell (bevindingen2 N1, N3): a read error in Algemeen shows what was read with
⚠ at its row, and the Overzicht card and a double-click on the melding select that row; the "Afspraken en
realisatie" card opens Invoer › Realisatie at the afspraak that is behind."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from bodcheck.model import Bron
from tests.ui.test_foutpaden import bod_met_fout
from ui import hoofdvenster as hv
from ui import modellen

pytestmark = pytest.mark.gui


def _sluit_berichten() -> None:
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox) and box.isVisible():
            box.close()


@pytest.fixture
def kapot(venster, qtbot, tmp_path):
    """The example's bod written by the template writer with Bodjaar "tweeduizend" (Algemeen!B6)."""
    w = venster
    w.bestanden.lees_werkboeken(bod_met_fout(tmp_path / "bod-2027.xlsx"), None)
    qtbot.waitUntil(lambda: w.beoordeling is not None and w.taken.aantal() == 0, timeout=30_000)
    _sluit_berichten()
    assert w.resultaat is None
    return w


def _bodjaar_rij(model: modellen.AlgemeenModel) -> int:
    return next(r for r, v in enumerate(model.velden) if v.code == "bodjaar")


def _gekozen(w):
    invoer = w.scherm(hv.INVOER)
    assert w.views.currentIndex() == hv.INVOER
    assert invoer.tabs.tabText(invoer.tabs.currentIndex()) == "Algemeen"
    tabel = invoer.huidige_tabel()
    return tabel.model(), tabel.currentIndex(), [i for i in tabel.selectionModel().selectedIndexes()]


def test_algemeen_toont_de_geweigerde_waarde_met_teken(kapot):
    invoer = kapot.toon_scherm(hv.INVOER)
    model = invoer.tabel("Algemeen").model()
    r = _bodjaar_rij(model)
    idx = model.index(r, modellen.AlgemeenModel.WAARDE)
    assert model.data(idx) == "⚠ tweeduizend"  # what the workbook holds, marked as the year sheets mark it
    assert model.data(idx, Qt.ItemDataRole.EditRole) == "tweeduizend"  # to correct, not to retype
    assert model.data(idx, Qt.ItemDataRole.ToolTipRole).startswith("Bron: Algemeen!B6\n")
    assert model.data(idx, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index_van_cel("B6") == idx  # the row is linked to its cell


def test_kaart_naar_de_cel_kiest_de_rij(kapot, qtbot):
    w = kapot
    o = w.toon_scherm(hv.OVERZICHT)
    qtbot.waitUntil(lambda: bool(o.kaarten), timeout=10_000)
    assert [k.titel.text() for k in o.kaarten] == ["Naar Invoer, cel Algemeen!B6"]
    qtbot.mouseClick(o.kaarten[0], Qt.MouseButton.LeftButton)
    model, huidig, gekozen = _gekozen(w)
    r = _bodjaar_rij(model)
    assert (huidig.row(), huidig.column()) == (r, modellen.AlgemeenModel.WAARDE)
    assert [(i.row(), i.column()) for i in gekozen] == [(r, modellen.AlgemeenModel.WAARDE)]
    assert model.data(huidig) == "⚠ tweeduizend"


def test_dubbelklik_op_de_melding_kiest_de_rij(kapot, qtbot):
    w = kapot
    invoer = w.toon_scherm(hv.INVOER)
    assert invoer.kies_blad("Bod")  # away from Algemeen first
    assert invoer.tabs.tabText(invoer.tabs.currentIndex()) != "Algemeen"
    ml = invoer.meldingen_model
    rij = next(i for i, m in enumerate(ml.meldingen) if m.bron and m.bron.cel == "B6" and m.soort == "fout")
    t = invoer.meldingen
    rect = t.visualRect(ml.index(rij, 0))
    qtbot.mouseClick(t.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(t.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    model, huidig, _ = _gekozen(w)
    assert (huidig.row(), huidig.column()) == (_bodjaar_rij(model), modellen.AlgemeenModel.WAARDE)


def test_verbeterd_in_invoer_houdt_de_cel(kapot, qtbot):
    """Typing the right year in the row keeps its link to Algemeen!B6 and drops the ⚠."""
    w = kapot
    invoer = w.toon_scherm(hv.INVOER)
    model = invoer.tabel("Algemeen").model()
    r = _bodjaar_rij(model)
    assert model.setData(model.index(r, modellen.AlgemeenModel.WAARDE), "2027")
    qtbot.waitUntil(lambda: w.beoordeling.invoer.bodjaar == 2027, timeout=30_000)
    qtbot.waitUntil(lambda: w.taken.aantal() == 0, timeout=30_000)
    _sluit_berichten()
    assert "bodjaar" not in w.beoordeling.invoer.algemeen_geweigerd
    bron = w.beoordeling.invoer.veld_bron("bodjaar")
    assert (bron.blad, bron.cel, bron.handmatig) == ("Algemeen", "B6", True)
    model = w.scherm(hv.INVOER).tabel("Algemeen").model()
    assert model.data(model.index(r, modellen.AlgemeenModel.WAARDE)) == "2027"


def test_kaart_afspraken_en_realisatie_opent_bij_de_afspraak_die_achterblijft(voorbeeld, qtbot):
    """In the example (bodjaar 2026) one afspraak of 2025 is behind: nieuwbouw sociaal, 30 agreed and 18 built
    (bodcheck.voorbeeld_data; the others differ by less than 5, or for the better). The card opens Invoer ›
    Realisatie at that afspraak's 2025 cell."""
    w = voorbeeld
    o = w.scherm(hv.OVERZICHT)
    qtbot.waitUntil(lambda: bool(o.kaarten), timeout=30_000)
    assert w.resultaat.invoer.bodjaar == 2026
    kaart = next(k for k in o.kaarten if k.titel.text() == "Afspraken en realisatie")
    assert "1 achter" in kaart.tekst.text()
    qtbot.mouseClick(kaart, Qt.MouseButton.LeftButton)
    invoer = w.scherm(hv.INVOER)
    assert w.views.currentIndex() == hv.INVOER
    assert invoer.tabs.tabText(invoer.tabs.currentIndex()) == "Realisatie"
    tabel = invoer.huidige_tabel()
    model, huidig = tabel.model(), tabel.currentIndex()
    assert model.regels[huidig.row()].code == "nieuwbouw_sociaal"
    assert model.jaar_van(huidig.column()) == 2025
    assert model.data(huidig) == "18"
    assert [(i.row(), i.column()) for i in tabel.selectionModel().selectedIndexes()] == [(huidig.row(),
                                                                                          huidig.column())]


def test_kaart_afspraken_zonder_achterstand_opent_het_blad(voorbeeld):
    """With nothing behind (nieuwbouw sociaal 2025 built as agreed, 30), the card opens the Realisatie sheet: there
    is no afspraak to point at."""
    from bodcheck import bewerken, pipeline
    from bodcheck.rapport import overzicht

    r = voorbeeld.resultaat
    cel = r.invoer.realisatie.regels["nieuwbouw_sociaal"].waarden[2025].bron.cel
    assert overzicht.opstellen(r).realisatie_doel == f"Realisatie!{cel}"
    ingehaald = bewerken.wijzig(r.invoer, "Realisatie", "nieuwbouw_sociaal", 2025, 30.0)
    o = overzicht.opstellen(pipeline.beoordeel_invoer(ingehaald, r.instellingen, r.peildatum))
    assert "achter" not in o.realisatie and o.realisatie_doel == "Realisatie"


def test_de_gekozen_rij_houdt_haar_naam_in_beeld(kapot, qtbot):
    """The cell is shown with its row's label: the Algemeen table (wider than the window at 1280×800) is not
    scrolled sideways to centre the Waarde column."""
    w = kapot
    w.resize(1280, 800)
    invoer = w.toon_scherm(hv.INVOER)
    assert invoer.toon_cel(Bron("Algemeen", "B6"))
    tabel = invoer.huidige_tabel()
    qtbot.wait(50)
    links = tabel.visualRect(tabel.model().index(tabel.currentIndex().row(), 0))
    assert tabel.horizontalScrollBar().maximum() > 0  # wider than the window: else nothing to test
    assert tabel.horizontalScrollBar().value() == 0 and links.left() >= 0
    assert tabel.viewport().rect().contains(tabel.visualRect(tabel.currentIndex()))
