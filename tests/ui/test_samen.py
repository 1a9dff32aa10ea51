"""A folder as a gemeente or regio in the real app, offscreen: the joint window's views, the drill-down to a
corporatie's own assessment (shown as computed, saved like any assessment), and a folder that cannot be used.
No mocks of Qt; the core runs for real in the background."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ui import hoofdvenster as hv

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _sluiten_zonder_vragen(monkeypatch):
    """pytest-qt closes the main window (and with it the joint windows) before fixtures end: never block on
    the 'notes are not kept' question, also when a test fails halfway."""
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
    venster.open_voorbeeld_samen()
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
    assert samen.hoofd.status == "voldoet_niet" and samen.hoofd.kop.accessibleName().endswith("✗ wijkt af")

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


def test_gemeente_vraagpunten_notities_in_geheugen(aaberg, qtbot):
    s = aaberg
    w = s.toon_scherm("vraagpunten")
    assert not w.keuze_rij.isVisible()
    vp = w.vraagpunten
    ids = [vp.boom.topLevelItem(i).text(2).split()[0] for i in range(vp.boom.topLevelItemCount())
           if vp.boom.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)]
    assert sorted(ids) == ["S01", "S02", "S03"]
    assert vp.boom.topLevelItem(0).text(0) == "Vooral voor de gemeente"
    s01 = next(v for v in s.uitkomst.resultaat.vraagpunten if v.id == "S01")
    from bodcheck.model import notitie_sleutel

    sleutel = notitie_sleutel(s01)
    assert vp.kies(sleutel)
    qtbot.keyClicks(vp.veld_afspraak, "Lindehof neemt 21 op")
    vp.meenemen.setChecked(False)
    assert s.gewijzigd and w.notities["Aaberg"][sleutel].afspraak == "Lindehof neemt 21 op"
    s.toon_scherm("samen")
    s.toon_scherm("vraagpunten")
    assert vp.kies(sleutel) and vp.veld_afspraak.toPlainText() == "Lindehof neemt 21 op"
    assert not vp.meenemen.isChecked()


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
    assert e.taken.aantal() == 0 and e.stapel.currentWidget() is e.werk
    assert e.views.currentWidget() is e.scherm(hv.VERGELIJKING)
    vp = e.toon_scherm(hv.VRAAGPUNTEN)
    vragen = [vp.boom.topLevelItem(i) for i in range(vp.boom.topLevelItemCount())
              if vp.boom.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)]
    assert len(vragen) == len(deel.resultaat.vraagpunten) > 0
    invoer = e.toon_scherm(hv.INVOER)
    assert invoer.tabs.count() > 3
    assert not e.gewijzigd

    assert s.open_eigen(0, 1) is e  # a second double click brings the same window forward
    pad = tmp_path / "aadal.bodcheck"
    assert e._schrijf(pad)
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
    s = aaberg
    w = s.toon_scherm("rapport")
    qtbot.waitUntil(lambda: w.document.pageCount() > 0 and s.taken.aantal() == 0, timeout=60_000)
    assert not w.wederhoor.isVisible()
    s.exporteer_pdf(tmp_path / "samen.pdf")
    s.exporteer_excel(tmp_path / "samen.xlsx")
    qtbot.waitUntil(lambda: s.taken.aantal() == 0, timeout=60_000)
    assert (tmp_path / "samen.pdf").stat().st_size > 10_000
    assert (tmp_path / "samen.xlsx").is_file()


def test_regio(venster, qtbot, tmp_path):
    from bodcheck import voorbeeld_regio_data as vb

    map_ = vb.schrijf_regio_voorbeeld(tmp_path / "regio")
    venster.open_map(map_, "regio")
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
    venster.open_map(map_, "gemeente")
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
