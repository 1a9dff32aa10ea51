"""A folder as a gemeente or regio in the real app, offscreen: the joint window's views, the user's notes on the
joint vraagpunten (saved in the user's state folder, back when the folder is opened again, in the report), the
drill-down to a corporatie's own assessment (shown as computed, saved like any assessment), and a folder that
cannot be used. No mocks of Qt; the core runs for real in the background."""

from __future__ import annotations

import gc
import json
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from ui import hoofdvenster as hv

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _sluiten_zonder_vragen(monkeypatch):
    """pytest-qt closes the main window (and with it the joint windows) before fixtures end: never block on
    the 'notes could not be saved' question, also when a test fails halfway."""
    from ui import samen_venster

    monkeypatch.setattr(samen_venster.QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    yield
    gc.collect()  # collect this test's closed windows here, on the GUI thread, not later on a worker thread


def _klaar(venster, qtbot):
    qtbot.waitUntil(lambda: bool(venster.samen_vensters) and venster.samen_vensters[-1].uitkomst is not None,
                    timeout=60_000)
    s = venster.samen_vensters[-1]
    qtbot.waitUntil(lambda: s.taken.aantal() == 0 and venster.taken.aantal() == 0, timeout=30_000)
    return s


@pytest.fixture
def aaberg(venster, qtbot):
    """The joint window with the example of three corporaties in Aaberg, assessed."""
    venster.bestanden.open_voorbeeld_samen()
    return _klaar(venster, qtbot)


def _rijen(model) -> list[list[str]]:
    return [[model.data(model.index(r, k)) for k in range(model.columnCount())] for r in range(model.rowCount())]


def test_gemeente_samen_per_doel(aaberg, qtbot):
    s = aaberg
    assert s.namen() == ["samen", "hiaten", "vraagpunten", "corporaties", "meldingen", "rapport"]
    assert s.windowTitle().startswith("Aaberg: de bods samen")
    samen = s.toon_scherm("samen")
    assert samen.isVisible() and not samen.gemeente.isVisible()  # one gemeente: no choice
    assert samen.kies_doel("verduurzaamd")
    rijen = _rijen(samen.hoofd.model)
    assert [r[0] for r in rijen[:3]] == ["Woonstichting De Lindehof", "Stichting Wonen Aadal",
                                         "Woningbouwvereniging Ons Huis"]
    assert [r[1] for r in rijen[:5]] == ["570", "40", "30", "640", "600"]  # 570 + 40 + 30 = 640 against 600
    assert rijen[3][0] == "Samen" and rijen[3][-1] == "✓ sluit aan"
    assert rijen[1][-1] == "◐ deels"  # Aadal's own status, from its own assessment
    assert rijen[0][2] == "89,1%" and rijen[0][3] == "87,5%"  # share of the offer, share of the sociale voorraad
    assert samen.hoofd.kop.accessibleName() == "Woningen verduurzaamd (isolatie/labelsprong): ✓ sluit aan"
    assert samen.hoofd.model.data(samen.hoofd.model.index(3, 4), Qt.ItemDataRole.BackgroundRole) is not None
    assert "sluit aan" in samen.doel.currentText()
    assert not samen.jaren.isVisible()  # a period target has no table per year

    assert samen.kies_doel("opgeleverd")
    assert samen.jaren.isVisible() and samen.jaren.model.rowCount() == 5
    # judged per saldo over the period (vraagpunten.md Revisions 2): 194 against 200 is "deels", not "wijkt af"
    assert samen.hoofd.status == "gedeeltelijk" and samen.hoofd.kop.accessibleName().endswith("◐ deels")

    from ui.hulp import HulpDialoog

    qtbot.keyClick(s, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in s.findChildren(HulpDialoog)), timeout=3000)
    next(d for d in s.findChildren(HulpDialoog) if d.isVisible()).close()

    hiaten = s.toon_scherm("hiaten")
    assert hiaten.aantal == 1
    assert "Aabergerveen" in hiaten.blokken[0].model.tekst(0, 0)

    meldingen = s.toon_scherm("meldingen")
    cellen = [meldingen.model.data(meldingen.model.index(r, 1)) for r in range(meldingen.model.rowCount())]
    assert "Bod!C36" in cellen


def _s01(s):
    from bodcheck.model import notitie_sleutel

    return notitie_sleutel(next(v for v in s.uitkomst.resultaat.vraagpunten if v.id == "S01"))


def test_gemeente_notities_bewaard_en_terug_bij_opnieuw_openen(aaberg, venster, qtbot):
    """A note and an untick survive closing the window: saved shortly after the change in the user's state
    folder (not in the input folder), and there again when the same folder is opened again."""
    from bodcheck.samen import notities

    s = aaberg
    map_ = s.map
    bestanden = sorted((p.name, p.stat().st_size) for p in map_.iterdir())
    w = s.toon_scherm("vraagpunten")
    assert not w.keuze_rij.isVisible()
    vp = w.vraagpunten
    ids = [vp.boom.topLevelItem(i).text(2).split()[0] for i in range(vp.boom.topLevelItemCount())
           if vp.boom.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)]
    assert sorted(ids) == ["S01", "S02", "S03"]
    assert vp.boom.topLevelItem(0).text(0) == "Aan de corporatie"  # grouped by who answers (S03 first)
    sleutel = _s01(s)
    assert vp.kies(sleutel)
    qtbot.keyClicks(vp.veld_afspraak, "Lindehof neemt 21 op")
    qtbot.keyClicks(vp.veld_notitie, "Vraag naar de planning")
    vp.meenemen.setChecked(False)
    assert s.gewijzigd and s.isWindowModified()
    assert s.notities["Aaberg"][sleutel].afspraak == "Lindehof neemt 21 op"

    pad = notities.pad(map_, "gemeente")  # saved in the background shortly after the last change
    qtbot.waitUntil(lambda: not s.gewijzigd and s.taken.aantal() == 0, timeout=10_000)
    assert not s.isWindowModified()
    assert pad.is_file() and map_ not in pad.parents and "state" in pad.parts
    bewaard = json.loads(pad.read_text("utf-8"))["notities"]["Aaberg"][sleutel]
    assert bewaard == {"meenemen": False, "notitie": "Vraag naar de planning", "antwoord": "",
                       "afspraak": "Lindehof neemt 21 op"}

    s.toon_scherm("samen")  # switching views keeps them
    s.toon_scherm("vraagpunten")
    assert vp.kies(sleutel) and vp.veld_afspraak.toPlainText() == "Lindehof neemt 21 op"
    qtbot.keyClicks(vp.veld_antwoord, "Ja")  # written just before closing: saved on close
    assert s.close()
    qtbot.waitUntil(lambda: s not in venster.samen_vensters, timeout=5000)
    assert sorted((p.name, p.stat().st_size) for p in map_.iterdir()) == bestanden  # the folder is untouched

    venster.bestanden.open_map(map_, "gemeente")
    t = _klaar(venster, qtbot)
    assert t is not s and t.map == map_ and not t.gewijzigd
    vp2 = t.toon_scherm("vraagpunten").vraagpunten
    assert vp2.kies(sleutel)
    assert vp2.veld_afspraak.toPlainText() == "Lindehof neemt 21 op"
    assert vp2.veld_notitie.toPlainText() == "Vraag naar de planning"
    assert vp2.veld_antwoord.toPlainText() == "Ja"
    assert not vp2.meenemen.isChecked()
    item = next(vp2.boom.topLevelItem(i) for i in range(vp2.boom.topLevelItemCount())
                if vp2.boom.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == sleutel)
    assert item.checkState(0) == Qt.CheckState.Unchecked and "✎" in item.text(2)
    assert vp2.telling.text().endswith("2 meegenomen")
    # what was opened and when it finished (no message about the notes: they were read fine)
    assert re.fullmatch(rf"Map {re.escape(map_.name)} geopend en berekend om \d\d:\d\d\.", t.statusBar().currentMessage())


def test_beschadigde_notities_geen_crash(venster, qtbot, tmp_path):
    """A notes file that cannot be read: a Dutch message in the status bar, empty notes, and the file kept aside
    (new notes do not overwrite it)."""
    from bodcheck import voorbeeld_regio_data as vb
    from bodcheck.samen import notities

    map_ = vb.schrijf_gemeente_voorbeeld(tmp_path / "kapot-aaberg")
    pad = notities.pad(map_, "gemeente")
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_bytes(b'{"formaat": "bodcheck/samen-notities", "versie": 1, "notities": {"Aaberg": 5')
    venster.bestanden.open_map(map_, "gemeente")
    s = _klaar(venster, qtbot)
    melding = s.statusBar().currentMessage()
    assert melding == ("Uw eerdere notities bij deze map zijn niet te lezen (het bestand is beschadigd); u begint "
                       f"met lege notities. Het oude bestand staat apart als {pad.name}.beschadigd.")
    assert s.statusBar().toolTip() == str(pad.with_name(pad.name + ".beschadigd"))
    apart = pad.with_name(pad.name + ".beschadigd")
    assert apart.read_bytes().endswith(b'"Aaberg": 5') and not pad.exists()
    vp = s.toon_scherm("vraagpunten").vraagpunten
    assert vp.telling.text().endswith("3 meegenomen")  # empty notes: everything taken along
    assert vp.kies(_s01(s))
    qtbot.keyClicks(vp.veld_notitie, "opnieuw begonnen")
    assert s.close()
    assert json.loads(pad.read_text("utf-8"))["notities"]["Aaberg"][_s01(s)]["notitie"] == "opnieuw begonnen"
    assert apart.read_bytes().endswith(b'"Aaberg": 5')


def test_bewaren_mislukt_niets_stil_verloren(aaberg, qtbot, tmp_path, monkeypatch):
    """When the notes cannot be written, the status bar says so, and closing asks before anything is lost; once
    saving works again, closing saves them."""
    from bodcheck.samen import notities
    from ui import samen_venster

    s = aaberg
    geen_map = tmp_path / "geen-map"
    geen_map.write_text("een bestand waar de map van de gebruiker hoort")
    monkeypatch.setenv("XDG_STATE_HOME", str(geen_map))
    monkeypatch.setenv("LOCALAPPDATA", str(geen_map))
    vp = s.toon_scherm("vraagpunten").vraagpunten
    assert vp.kies(_s01(s))
    qtbot.keyClicks(vp.veld_notitie, "Niet kwijtraken")
    qtbot.waitUntil(lambda: s.statusBar().currentMessage().startswith(
        "Let op: de notities konden niet worden bewaard in "), timeout=10_000)
    assert s.gewijzigd and s.isWindowModified()

    vragen = []

    def nee(_ouder, titel, tekst, *_a):
        vragen.append((titel, tekst))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(samen_venster.QMessageBox, "question", staticmethod(nee))
    assert not s.close() and s.isVisible()
    assert len(vragen) == 1 and vragen[0][1].startswith("Let op: de notities konden niet worden bewaard in ")
    assert "Toch sluiten? Dan gaan uw vinkjes en notities" in vragen[0][1]

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "state"))
    assert s.close() and len(vragen) == 1  # saved now: no question
    bewaard = json.loads(notities.pad(s.map, "gemeente").read_text("utf-8"))
    assert bewaard["notities"]["Aaberg"][_s01(s)]["notitie"] == "Niet kwijtraken"


def _groepen(vp) -> list[str]:
    return [vp.boom.topLevelItem(i).text(0) for i in range(vp.boom.topLevelItemCount())
            if not vp.boom.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)]


def test_perspectief_ordent_vraagpunten_en_rapport(aaberg, venster, qtbot, tmp_path):
    """The perspective is a choice of the window that is kept; the vraagpunten are grouped by who must answer
    (vraagpunten.md Revisions 2: S03 for the corporatie, S01 and S02 for all) with the same numbers in the view
    and in the report; the notes stay, and the choice is there again when the folder is opened again."""
    import openpyxl

    s = aaberg
    assert s.perspectief.isEnabled() and s.perspectief.currentData() == "gemeente"
    w = s.toon_scherm("vraagpunten")
    assert _groepen(w.vraagpunten) == ["Aan de corporatie", "Aan allen"]
    assert w.vraagpunten.kies(_s01(s))
    qtbot.keyClicks(w.vraagpunten.veld_notitie, "blijft staan")
    oud = s.uitkomst
    s.perspectief.setCurrentIndex(s.perspectief.findData("huurders"))
    qtbot.waitUntil(lambda: s.uitkomst is not oud and s.taken.aantal() == 0, timeout=60_000)
    assert s.uitkomst.resultaat.perspectief == "huurders" and s.perspectief.isEnabled()
    w = s.schermen["vraagpunten"]
    assert s.views.currentWidget() is w  # the same view, made again
    assert _groepen(w.vraagpunten) == ["Aan de corporatie", "Aan allen"]
    assert w.vraagpunten.kies(_s01(s)) and w.vraagpunten.veld_notitie.toPlainText() == "blijft staan"

    s.exporteer_excel(tmp_path / "huurders.xlsx")
    qtbot.waitUntil(lambda: s.taken.aantal() == 0 and (tmp_path / "huurders.xlsx").is_file(), timeout=60_000)
    ws = openpyxl.load_workbook(tmp_path / "huurders.xlsx")["Vraagpunten"]
    kop = [c.value for c in ws[2]]
    assert [(r[kop.index("Nr")], r[kop.index("Id")]) for r in ws.iter_rows(min_row=3, values_only=True)] == [
        (1, "S03"), (2, "S01"), (3, "S02")]

    map_ = s.map
    assert s.close()
    qtbot.waitUntil(lambda: s not in venster.samen_vensters, timeout=5000)
    venster.bestanden.open_map(map_, "gemeente")
    t = _klaar(venster, qtbot)
    assert t.perspectief.currentData() == "huurders" and t.uitkomst.resultaat.perspectief == "huurders"
    assert _groepen(t.toon_scherm("vraagpunten").vraagpunten)[0] == "Aan de corporatie"


def test_doorklikken_naar_eigen_beoordeling(aaberg, qtbot, tmp_path):
    from bodcheck import beoordeling

    s = aaberg
    corp = s.toon_scherm("corporaties")
    assert [i.text(0) for i in corp.items()] == ["Woonstichting De Lindehof", "Stichting Wonen Aadal",
                                                 "Woningbouwvereniging Ons Huis"]
    item = corp.item("Stichting Wonen Aadal")
    rect = corp.boom.visualItemRect(item)
    qtbot.mouseClick(corp.boom.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(corp.boom.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: (0, 1) in s.eigen, timeout=5000)
    e = s.eigen[(0, 1)]
    deel = s.uitkomst.resultaat.corporaties[1]
    assert e.isVisible() and e.windowTitle().startswith("Stichting Wonen Aadal – Aaberg 2026")
    assert e.resultaat.invoer is deel.resultaat.invoer  # shown as computed, not read again
    assert e.resultaat.vraagpunten is deel.resultaat.vraagpunten
    assert e.stapel.currentWidget() is e.werk
    assert e.views.currentWidget() is e.scherm(hv.OVERZICHT)  # the first view after every open
    qtbot.waitUntil(lambda: e.taken.aantal() == 0, timeout=10_000)  # only the Overzicht is made, nothing recomputed
    assert e.resultaat.vraagpunten is deel.resultaat.vraagpunten
    vp = e.toon_scherm(hv.VRAAGPUNTEN)
    vragen = [vp.boom.topLevelItem(i) for i in range(vp.boom.topLevelItemCount())
              if vp.boom.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)]
    assert len(vragen) == len(deel.resultaat.vraagpunten) > 0
    invoer = e.toon_scherm(hv.INVOER)
    assert invoer.tabs.count() > 3
    assert not e.gewijzigd

    assert s.open_eigen(0, 1) is e  # a second double click brings the same window forward
    pad = tmp_path / "aadal.bodcheck"
    assert e.bestanden.schrijf(pad)
    terug = beoordeling.openen(pad)
    assert terug.invoer.corporatie == "Stichting Wonen Aadal" and terug.invoer.gemeente == "Aaberg"

    samen = s.toon_scherm("samen")  # a double click on a corporatie in the Samen table opens her too
    samen.kies_doel("verduurzaamd")
    tabel = samen.hoofd.tabel
    qtbot.waitUntil(lambda: samen.hoofd.tabel.isVisible(), timeout=3000)
    rect = tabel.visualRect(samen.hoofd.model.index(2, 0))
    qtbot.mouseClick(tabel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tabel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: (0, 2) in s.eigen, timeout=5000)
    assert s.eigen[(0, 2)].resultaat.invoer.corporatie == "Woningbouwvereniging Ons Huis"


def test_rapport_samen(aaberg, qtbot, tmp_path):
    """The report view and the exports print the notes written in the window."""
    import openpyxl
    from pypdf import PdfReader

    s = aaberg
    w = s.toon_scherm("rapport")
    qtbot.waitUntil(lambda: w.document.pageCount() > 0 and s.taken.aantal() == 0, timeout=60_000)
    assert w.wederhoor.isVisible() and not w.wederhoor.isChecked()
    assert any("met uw vinkjes, notities, antwoorden en afspraken" in lab.text() for lab in w.findChildren(QLabel))
    vp = s.toon_scherm("vraagpunten").vraagpunten
    assert vp.kies(_s01(s))
    qtbot.keyClicks(vp.veld_afspraak, "Ons Huis bouwt 10 extra in 2028")
    assert not s.dienst.actueel  # shown again, the report is made again with the note
    s.exporteer_pdf(tmp_path / "samen.pdf")
    s.exporteer_excel(tmp_path / "samen.xlsx")
    qtbot.waitUntil(lambda: s.taken.aantal() == 0, timeout=60_000)
    tekst = " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "samen.pdf")).pages)
    assert "Ons Huis bouwt 10 extra in 2028" in tekst
    ws = openpyxl.load_workbook(tmp_path / "samen.xlsx")["Vraagpunten"]
    kop = [c.value for c in ws[2]]
    rij = next(r for r in ws.iter_rows(min_row=3, values_only=True) if r[kop.index("Id")] == "S01")
    assert rij[kop.index("Vervolg / afspraak (wat · wie · wanneer)")] == "Ons Huis bouwt 10 extra in 2028"
    s.toon_scherm("rapport")
    qtbot.waitUntil(lambda: s.dienst.actueel and s.taken.aantal() == 0, timeout=60_000)

    w.wederhoor.setChecked(True)  # the version for the corporaties: without the user's notes
    qtbot.waitUntil(lambda: s.dienst.actueel and s.taken.aantal() == 0, timeout=60_000)
    assert "versie voor wederhoor" in w.status.text()
    s.exporteer_pdf(tmp_path / "wederhoor.pdf")
    s.exporteer_excel(tmp_path / "wederhoor.xlsx")
    qtbot.waitUntil(lambda: s.taken.aantal() == 0, timeout=60_000)
    tekst = " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "wederhoor.pdf")).pages)
    assert "Ons Huis bouwt 10 extra in 2028" not in tekst and "versie voor wederhoor" in tekst
    ws = openpyxl.load_workbook(tmp_path / "wederhoor.xlsx")["Vraagpunten"]
    assert not any("Ons Huis bouwt 10 extra" in str(v) for r in ws.iter_rows(values_only=True) for v in r)


def test_regio(venster, qtbot, tmp_path):
    from bodcheck import voorbeeld_regio_data as vb

    map_ = vb.schrijf_regio_voorbeeld(tmp_path / "regio")
    venster.bestanden.open_map(map_, "regio")
    s = _klaar(venster, qtbot)
    assert s.namen()[0] == "regio" and "rapport" in s.namen()
    regio = s.scherm("regio")
    assert s.views.currentWidget() is regio
    blok = next(b for b in regio.blokken if b.kop.accessibleName().startswith("Sociale huurwoningen opgeleverd"))
    assert blok.kop.accessibleName().endswith("◐ deels")
    rijen = {r[0]: r for r in _rijen(blok.model)}
    assert rijen["Aaberg"][1:3] == ["200", "194"] and rijen["Aaberg"][4] == "◐ deels"
    assert rijen["Aadijk"][1:3] == ["120", "130"] and rijen["Aadijk"][4] == "✓ sluit aan"
    assert rijen["Vlierveen"][2] == "52"
    assert rijen["Nog niet verdeeld"][1] == "80"  # 400 − 200 − 120
    assert rijen["Regio Aa-vallei samen"][1:3] == ["400", "376"]

    samen = s.toon_scherm("samen")
    assert samen.gemeente.isVisible() and samen.gemeente.count() == 3
    assert samen.kies_gemeente("Aadijk") and samen.kies_doel("opgeleverd")
    assert [r[0] for r in _rijen(samen.hoofd.model)][:2] == ["Woonstichting De Lindehof", "Stichting Wonen Aadal"]

    vp = s.toon_scherm("vraagpunten")
    assert vp.keuze_rij.isVisible() and vp.keuze.count() == 4 and vp.huidige() == "Regio Aa-vallei"
    assert vp.kies("Aadijk")
    oud = s.uitkomst  # another perspective: the regio is assessed again, the choice of gemeente stays
    s.perspectief.setCurrentIndex(s.perspectief.findData("huurders"))
    qtbot.waitUntil(lambda: s.uitkomst is not oud and s.taken.aantal() == 0, timeout=60_000)
    vp = s.schermen["vraagpunten"]
    assert s.views.currentWidget() is vp and vp.huidige() == "Aadijk"
    assert all(g.perspectief == "huurders" for g in s.uitkomst.resultaat.gemeenten)
    corp = s.toon_scherm("corporaties")
    assert corp.boom.topLevelItemCount() == 3 and corp.boom.topLevelItem(1).childCount() == 2
    e = s.open_eigen(1, 0)
    assert e.resultaat.invoer.gemeente == "Aadijk"


def test_map_met_twee_gemeenten_toont_fout(venster, qtbot, tmp_path):
    from bodcheck import sjabloon, voorbeeld_data
    from bodcheck import voorbeeld_regio_data as vb

    map_ = tmp_path / "gemengd"
    map_.mkdir()
    sjabloon.schrijf(map_ / "bod-lindehof.xlsx", voorbeeld_data.bod(), soort="bod")
    sjabloon.schrijf(map_ / "bod-aadal-aadijk.xlsx", vb.aadal_aadijk(), soort="bod")
    venster.bestanden.open_map(map_, "gemeente")
    s = _klaar(venster, qtbot)
    assert s.namen() == ["meldingen"]
    m = s.schermen["meldingen"]
    assert s.views.currentWidget() is m and m.kop.text() == "De map kan niet worden gebruikt"
    assert "gemengd" in m.kader.text() and "fout" in m.kader.text()
    rijen = _rijen(m.model)
    fout = next(r for r in rijen if r[0] == "✗ fout")
    assert "een map hoort bij één gemeente" in fout[3] and fout[2].endswith(".xlsx")
    assert not s.a_pdf.isEnabled()
    s.maak_rapport()
    assert "rapport" not in s.schermen
