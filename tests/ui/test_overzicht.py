"""The Overzicht (issue 16): the first view after every open, its figures equal the report's Kern page, every
card opens its view at the right row (mouse and keyboard), and only the top questions are taken along."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from bodcheck import rapport
from bodcheck.rapport.model import Alinea, Opsomming
from ui import hoofdvenster as hv
from ui.scherm_overzicht import Kaart

pytestmark = pytest.mark.gui


@pytest.fixture
def overzicht(voorbeeld, qtbot):
    w = voorbeeld
    qtbot.waitUntil(lambda: bool(w.scherm(hv.OVERZICHT).kaarten), timeout=30_000)
    return w


def _kern(w):
    r = rapport.opbouw(w.resultaat, w.beoordeling.notities)
    return r, next(h for h in r.hoofdstukken if h.sleutel == "kern")


def _kaart(w, titel: str) -> Kaart:
    return next(k for k in w.scherm(hv.OVERZICHT).kaarten if k.titel.text().startswith(titel))


def test_overzicht_opent_eerst_en_is_gemarkeerd(overzicht):
    w = overzicht
    assert w.views.currentIndex() == hv.OVERZICHT
    assert w.nav.currentRow() == hv.OVERZICHT and w.nav.item(hv.OVERZICHT).isSelected()
    assert w.nav.item(hv.OVERZICHT).text() == "Overzicht"


def test_overzicht_getallen_gelijk_aan_de_kern(overzicht):
    w = overzicht
    scherm = w.scherm(hv.OVERZICHT)
    _r, kern = _kern(w)
    # the verdict is the Kern page's own sentence, word for word
    zin = next(b.tekst for b in kern.blokken if isinstance(b, Alinea) and b.soort == "status")
    assert scherm.oordeel.text() == zin and zin.startswith("Het bod sluit aan op ")
    # the most important questions: the same numbers and texts as the Kern's list
    top = next(b for b in kern.blokken if isinstance(b, Opsomming) and "belangrijkste vragen" in b.titel)
    in_kern = [re.match(r"Vraag (\d+): (.*)", x).groups() for x in top.items]
    kaarten = [k for k in scherm.kaarten if k.titel.text().startswith("Vraag ")]
    assert [re.match(r"Vraag (\d+): (.*)", k.titel.text()).groups() for k in kaarten] == in_kern
    assert len(kaarten) == 5
    # the investeringsruimte: the nieuwbouw scenario of the core, in € mln as the Kern says it
    s = next(s for s in w.resultaat.berekend.investeringsruimte.scenarios
             if s.naam == "nieuwbouw" and s.modus == "eenmalig")
    assert 1e6 <= s.x_max < 1e9  # millions with one decimal, as the tables write it (€ 161,5 mln in the example)
    bedrag = "€ " + f"{s.x_max / 1e6:.1f}".replace(".", ",") + " mln"
    assert _kaart(w, "Investeringsruimte").titel.text() == f"Investeringsruimte: {bedrag}"
    financieel = next(b for b in kern.blokken if isinstance(b, Opsomming) and b.titel == "Financieel beeld")
    assert bedrag in financieel.items[1]
    # a card per thema with the status word of the thema chapter ("Beschikbaarheid — ✗ wijkt af")
    themas = next(h for h in _r.hoofdstukken if h.sleutel == "themas")
    koppen = {b.tekst.split(" — ")[0]: b.tekst.split(" — ")[1] for b in themas.blokken
              if getattr(b, "soort", "") == "kop" and " — " in b.tekst}
    for label, status in koppen.items():
        assert _kaart(w, label).tekst.text() == status


def test_kaarten_openen_hun_scherm(overzicht, qtbot):
    w = overzicht
    qtbot.mouseClick(_kaart(w, "Beschikbaarheid"), Qt.MouseButton.LeftButton)
    assert w.views.currentIndex() == hv.VERGELIJKING and w.nav.currentRow() == hv.VERGELIJKING
    verg = w.scherm(hv.VERGELIJKING)
    assert verg.model.rijen[verg.tabel.currentIndex().row()].thema == "beschikbaarheid"

    w.toon_scherm(hv.OVERZICHT)
    kaart = next(k for k in w.scherm(hv.OVERZICHT).kaarten if k.titel.text().startswith("Vraag "))
    kaart.setFocus()
    qtbot.keyClick(kaart, Qt.Key.Key_Return)  # the keyboard alone
    assert w.views.currentIndex() == hv.VRAAGPUNTEN
    nummer = int(re.match(r"Vraag (\d+)", kaart.titel.text()).group(1))
    blok = next(b for b in rapport.opbouw(w.resultaat, w.beoordeling.notities).vraagpunten if b.nummer == nummer)
    vp = w.scherm(hv.VRAAGPUNTEN)
    assert vp.boom.currentItem() is vp._item(blok.sleutel)

    w.toon_scherm(hv.OVERZICHT)
    qtbot.keyClick(_kaart(w, "Afspraken en realisatie"), Qt.Key.Key_Space)
    assert w.views.currentIndex() == hv.INVOER
    assert w.scherm(hv.INVOER).tabs.tabText(w.scherm(hv.INVOER).tabs.currentIndex()) == "Realisatie"


def test_alleen_de_belangrijkste_vragen_aangevinkt(overzicht):
    w = overzicht
    alle = rapport.opbouw(w.resultaat, w.beoordeling.notities).vraagpunten
    mee = [b for b in alle if b.meenemen]
    assert len(mee) == 5 and len(alle) > 5
    kaarten = [k for k in w.scherm(hv.OVERZICHT).kaarten if k.titel.text().startswith("Vraag ")]
    assert sorted(int(re.match(r"Vraag (\d+)", k.titel.text()).group(1)) for k in kaarten) == \
        sorted(b.nummer for b in mee)


def test_kaart_met_wijkt_af_opent_een_rij_die_afwijkt(overzicht, qtbot):
    """The Duurzaamheid card says ✗ wijkt af: Bod en woonvisie opens at a ✗ row of that thema, the row the card
    speaks of, not at the thema's first row (which sluit aan in the example)."""
    w = overzicht
    kaart = _kaart(w, "Duurzaamheid")
    assert kaart.tekst.text() == "✗ wijkt af"
    qtbot.mouseClick(kaart, Qt.MouseButton.LeftButton)
    assert w.views.currentIndex() == hv.VERGELIJKING
    verg = w.scherm(hv.VERGELIJKING)
    rijen = [v for v in verg.model.rijen if v.thema == "duurzaamheid"]
    from bodcheck import opmaak

    assert opmaak.STATUS_LABEL[rijen[0].status] != "wijkt af"  # else the test could not tell the rows apart
    gekozen = verg.model.rijen[verg.tabel.currentIndex().row()]
    assert gekozen.thema == "duurzaamheid" and opmaak.STATUS_LABEL[gekozen.status] == "wijkt af"
    assert gekozen is next(v for v in rijen if v.status == gekozen.status)  # the first ✗ row


def _bod_met_fout(bron, doel):
    """The example's bod under another corporatie's name with Bodjaar 'tweeduizend' (one cell unusable)."""
    import openpyxl

    wb = openpyxl.load_workbook(bron)
    cel = None
    for ws in wb.worksheets:
        for rij in ws.iter_rows():
            for c in rij:
                if isinstance(c.value, str) and "De Lindehof" in c.value:
                    c.value = c.value.replace("Woonstichting De Lindehof", "Stichting Anders Wonen").replace(
                        "De Lindehof", "Anders Wonen")
                elif ws.title == "Algemeen" and c.value == 2026 and c.column_letter != "A" and cel is None:
                    c.value, cel = "tweeduizend", c.coordinate
    wb.save(doel)
    return cel


def _zichtbare_teksten(w) -> str:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget

    delen = [w.windowTitle()]
    for x in w.findChildren(QLabel) + w.findChildren(QAbstractButton):
        if x.isVisible():
            delen.append(x.text())
    for lijst in w.findChildren(QListWidget):
        if lijst.isVisible():
            delen += [lijst.item(i).text() for i in range(lijst.count())]
    from ui.tabel import Tabel

    for t in w.findChildren(Tabel):  # the cells of every table on screen
        if t.isVisible() and t.model() is not None:
            m = t.model()
            delen += [str(m.data(m.index(r, c))) for r in range(min(m.rowCount(), 200)) for c in range(m.columnCount())]
    return "\n".join(delen)


def test_onbruikbaar_werkboek_na_het_voorbeeld_toont_niets_van_het_voorbeeld(overzicht, qtbot, tmp_path):
    """Bevinding 1: after the example, a workbook of another corporatie with one bad cell. No view shows the
    example's name, verdict or figures; the Overzicht says why there is no verdict and leads to the cell."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    w = overzicht
    oud_oordeel = w.scherm(hv.OVERZICHT).oordeel.text()
    bedrag = _kaart(w, "Investeringsruimte").titel.text().split(": ")[1]  # € 161,5 mln
    cel = _bod_met_fout(w.doc.invoer_paden[0], tmp_path / "anders.xlsx")
    assert cel == "B6"  # Algemeen!B6 holds the Bodjaar in the template
    w.toon_scherm(hv.KERNCIJFERS)  # the user was looking at the example's figures
    w.gewijzigd = False
    w.bestanden.open_bestand(tmp_path / "anders.xlsx")
    qtbot.waitUntil(lambda: w.beoordeling.invoer.corporatie == "Stichting Anders Wonen" and w.taken.aantal() == 0,
                    timeout=30_000)
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox) and box.isVisible():
            box.close()
    assert w.resultaat is None
    # every view that needs a result is unreachable: navigation, Ctrl+number, and the current view is not one
    for i in (hv.KERNCIJFERS, hv.RUIMTE, hv.VERGELIJKING, hv.VRAAGPUNTEN, hv.AFSPRAKEN, hv.RAPPORT):
        assert not w.nav.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
        assert not w.a_schermen[i].isEnabled()
    assert w.a_schermen[hv.OVERZICHT].isEnabled() and w.a_schermen[hv.INVOER].isEnabled()
    assert w.views.currentIndex() == hv.INVOER and w.nav.item(hv.INVOER).isSelected()

    o = w.toon_scherm(hv.OVERZICHT)
    qtbot.wait(50)
    assert w.nav.currentRow() == hv.OVERZICHT and w.nav.item(hv.OVERZICHT).isSelected()
    assert o.kopregel.text() == "Stichting Anders Wonen · Aaberg"  # no bodjaar: it is the bad cell
    assert o.oordeel.text() == ("Nog geen oordeel: het werkboek anders.xlsx heeft 1 fout (hieronder), en daarmee kan "
                                "bodcheck niet rekenen. Verbeter het in Invoer, of in het werkboek en lees dat "
                                "opnieuw in.")
    assert [k.titel.text() for k in o.kaarten] == ["Naar Invoer, cel Algemeen!B6"]
    assert "tweeduizend" in o.kaarten[0].tekst.text()
    teksten = _zichtbare_teksten(w)
    for oud in ("Lindehof", oud_oordeel[:40], bedrag, "Beschikbaarheid", "Duurzaamheid"):
        assert oud not in teksten, oud
    # the card leads to the sheet of the cell in Invoer
    qtbot.mouseClick(o.kaarten[0], Qt.MouseButton.LeftButton)
    invoer = w.scherm(hv.INVOER)
    assert w.views.currentIndex() == hv.INVOER and w.nav.item(hv.INVOER).isSelected()
    assert invoer.tabs.tabText(invoer.tabs.currentIndex()) == "Algemeen"
    assert "Lindehof" not in _zichtbare_teksten(w)


def _om(voor: str, na: str) -> str:
    """The times the status bar may name: the minute the work started or any minute up to its end."""
    return voor if voor == na else f"({voor}|{na})"


def test_statusbalk_zegt_na_elk_openen_wat_en_wanneer(voorbeeld, qtbot, tmp_path):
    """Bevinding 5: after every open the status bar says what was opened and that it was computed, with the time;
    an earlier "Bewaard: …" does not stay."""
    import time

    w = voorbeeld
    sb = w.statusBar()
    assert re.fullmatch(r"Voorbeeld geopend en berekend om \d\d:\d\d\.", sb.currentMessage())
    bod, wv = w.doc.invoer_paden
    pad = tmp_path / "mijn.bodcheck"
    assert w.bestanden.schrijf(pad)
    assert sb.currentMessage() == f"Bewaard: {pad}"

    voor = time.strftime("%H:%M")
    w.bestanden.open_bestand(pad, gevraagd=True)
    qtbot.waitUntil(lambda: "geopend" in sb.currentMessage(), timeout=30_000)
    assert re.fullmatch(rf"mijn\.bodcheck geopend en berekend om {_om(voor, time.strftime('%H:%M'))}\.",
                        sb.currentMessage())

    w.gewijzigd = False
    voor = time.strftime("%H:%M")
    w.bestanden.lees_werkboeken(bod, wv)
    qtbot.waitUntil(lambda: "xlsx" in sb.currentMessage(), timeout=30_000)
    assert re.fullmatch(rf"bod-voorbeeld\.xlsx en woonvisie-voorbeeld\.xlsx geopend en berekend om "
                        rf"{_om(voor, time.strftime('%H:%M'))}\.", sb.currentMessage())
    qtbot.waitUntil(lambda: w.taken.aantal() == 0, timeout=30_000)

    w.gewijzigd = False
    fout = tmp_path / "anders.xlsx"
    _bod_met_fout(bod, fout)
    w.bestanden.open_bestand(fout)
    qtbot.waitUntil(lambda: "anders.xlsx" in sb.currentMessage(), timeout=30_000)
    assert re.fullmatch(r"anders\.xlsx geopend om \d\d:\d\d; niet bruikbaar: 1 fout, zie Invoer\.", sb.currentMessage())
