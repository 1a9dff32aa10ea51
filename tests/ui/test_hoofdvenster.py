"""The real main window, offscreen: open the example, switch views, edit a cell, annotate a vraagpunt,
save and reopen, produce the report. No mocks of Qt; the core runs for real in the background."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from bodcheck.model import Notitie, notitie_sleutel
from ui import hoofdvenster as hv

pytestmark = pytest.mark.gui


def _wacht_rust(venster, qtbot):
    qtbot.waitUntil(lambda: venster.taken.aantal() == 0, timeout=30_000)


def _index(model, tekst: str, kolom: int = 0) -> QModelIndex:
    for r in range(model.rowCount()):
        if model.data(model.index(r, kolom)) == tekst:
            return model.index(r, kolom)
    raise AssertionError(f"{tekst} niet gevonden")


def test_startscherm_eerst(venster):
    assert venster.stapel.currentWidget() is venster.start
    assert not venster.a_opslaan.isEnabled()
    assert venster.start.recent_leeg.isVisible()
    assert "bodcheck" in venster.windowTitle()


def test_voorbeeld_alle_schermen(voorbeeld, qtbot):
    w = voorbeeld
    assert w.stapel.currentWidget() is w.werk
    assert w.resultaat.invoer.corporatie == "Woonstichting De Lindehof"
    for i, naam in enumerate(hv.SCHERMEN):
        scherm = w.toon_scherm(i)
        assert w.views.currentWidget() is scherm, naam
        assert w.nav.currentItem().text() == naam
    _wacht_rust(w, qtbot)

    invoer = w.scherm(hv.INVOER)
    namen = [invoer.tabs.tabText(i) for i in range(invoer.tabs.count())]
    assert namen[:5] == ["Algemeen", "Prognose", "Prognose DAEB", "Prognose niet-DAEB", "Bod"]
    assert "Woonvisie" in namen

    kern = w.scherm(hv.KERNCIJFERS)
    assert kern.model.rowCount() >= 8
    assert kern.raster.count() == 4  # four charts
    icr = _index(kern.model, "ICR", 1)
    tekst = kern.model.data(kern.model.index(icr.row(), kern.model.VAST))
    assert tekst.split()[0].count(",") == 1 and tekst.split()[-1] in ("✓", "!", "✗")

    ruimte = w.scherm(hv.RUIMTE)
    assert ruimte.scenario_model.rowCount() == 4
    assert "geen geld op de plank" in ruimte.findChildren(type(ruimte.bezig))[1].text() or any(
        "geen geld op de plank" in lab.text() for lab in ruimte.findChildren(type(ruimte.bezig)))
    assert "woningen" in ruimte.gemeente.text()

    verg = w.scherm(hv.VERGELIJKING)
    assert verg.model.rowCount() > 10
    statussen = {verg.model.data(verg.model.index(r, verg.model.STATUS)) for r in range(verg.model.rowCount())}
    assert any("wijkt af" in s and "✗" in s for s in statussen)

    vp = w.scherm(hv.VRAAGPUNTEN)
    assert vp.boom.topLevelItemCount() > len(w.resultaat.vraagpunten)  # plus group headings
    assert vp.boom.topLevelItem(0).text(0) == "Aan de corporatie"  # grouped by who must answer


def test_cel_wijzigen_herberekent_kerncijfers(voorbeeld, qtbot):
    w = voorbeeld
    invoer = w.toon_scherm(hv.INVOER)
    tabel = invoer.tabel("Prognose DAEB")
    model = tabel.model()
    rij = _index(model, "Kasstroom uit operationele activiteiten (na betaalde en ontvangen rente)").row()
    kolom = model.jaren.index(2026) + model.VASTE_KOLOMMEN
    idx = model.index(rij, kolom)
    oud_icr = next(r for r in w.resultaat.berekend.ratios if r.tak == "DAEB" and r.jaar == 2026).waarden["icr"]
    oud_resultaat = w.resultaat
    assert model.data(idx, Qt.ItemDataRole.EditRole) == "6.504"

    assert model.setData(idx, "1.000", Qt.ItemDataRole.EditRole)  # what a user types: 1.000 (x € 1.000)
    qtbot.waitUntil(lambda: w.resultaat is not oud_resultaat, timeout=10_000)
    _wacht_rust(w, qtbot)

    nieuw_icr = next(r for r in w.resultaat.berekend.ratios if r.tak == "DAEB" and r.jaar == 2026).waarden["icr"]
    assert nieuw_icr < oud_icr
    assert w.beoordeling.invoer.prognoses["DAEB"].getal("kasstroom_operationeel", 2026) == 1_000_000.0
    model = invoer.tabel("Prognose DAEB").model()
    assert "handmatig (was" in model.data(model.index(rij, kolom), Qt.ItemDataRole.ToolTipRole)
    assert w.gewijzigd and w.isWindowModified()
    kern = w.toon_scherm(hv.KERNCIJFERS)
    cel = kern.model.cellen[("DAEB", 2026)]
    assert cel.waarden["icr"] == nieuw_icr


def test_ongeldige_invoer_wordt_geweigerd(voorbeeld, qtbot):
    w = voorbeeld
    invoer = w.toon_scherm(hv.INVOER)
    model = invoer.tabel("Bod").model()
    berichten = []
    invoer.bericht.connect(berichten.append)
    assert not model.setData(model.index(0, model.VASTE_KOLOMMEN), "veel", Qt.ItemDataRole.EditRole)
    assert berichten and "geen getal" in berichten[0]


def test_melding_dubbelklik_toont_cel(voorbeeld, qtbot):
    w = voorbeeld
    invoer = w.toon_scherm(hv.INVOER)
    mm = invoer.meldingen_model
    rij = next(i for i, m in enumerate(mm.meldingen) if m.bron and m.bron.blad == "Bod" and m.bron.cel == "C36")
    tabel = invoer.meldingen
    tabel.scrollTo(mm.index(rij, 1))
    rect = tabel.visualRect(mm.index(rij, 1))
    qtbot.mouseClick(tabel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tabel.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert invoer.tabs.tabText(invoer.tabs.currentIndex()) == "Bod"
    bod = invoer.tabel("Bod")
    huidig = bod.currentIndex()
    w_ = bod.model().regels[huidig.row()].waarden[bod.model().jaar_van(huidig.column())]
    assert w_.bron.cel == "C36"
    assert w_.getal is None and "inzet op" in (w_.tekst or "")
    assert bod.model().data(huidig).startswith("⚠")


def test_vraagpunt_notitie_bewaren_en_heropenen(voorbeeld, qtbot, tmp_path):
    w = voorbeeld
    vp = w.toon_scherm(hv.VRAAGPUNTEN)
    b01 = next(v for v in w.resultaat.vraagpunten if v.id == "B01")
    sleutel = notitie_sleutel(b01)
    assert vp.kies(sleutel)
    vp.meenemen.setChecked(False)
    qtbot.keyClicks(vp.veld_notitie, "Vragen naar Molenweg")
    vp.veld_antwoord.setPlainText("Locatie pas in 2028 bouwrijp")
    vp.veld_afspraak.setPlainText("Gemeente levert grond Molenweg · wethouder · Q2 2027")
    item = vp._item(sleutel)
    assert item.checkState(0) == Qt.CheckState.Unchecked
    assert w.beoordeling.notities[sleutel].notitie == "Vragen naar Molenweg"

    pad = tmp_path / "lindehof.bodcheck"
    assert w.bestanden.schrijf(pad)
    assert pad.is_file() and not w.gewijzigd
    assert w.bestanden.recent()[0] == str(pad)
    w.sluit_beoordeling()
    assert w.stapel.currentWidget() is w.start
    assert [k.toolTip() for k in w.start.recent_knoppen] == [str(pad)]
    assert w.start.recent_leeg.isHidden()

    qtbot.mouseClick(w.start.recent_knoppen[0], Qt.MouseButton.LeftButton)  # opens it, as a user would
    qtbot.waitUntil(lambda: w.resultaat is not None, timeout=30_000)
    _wacht_rust(w, qtbot)
    nt = w.beoordeling.notities[sleutel]
    assert (nt.meenemen, nt.notitie, nt.antwoord) == (False, "Vragen naar Molenweg", "Locatie pas in 2028 bouwrijp")
    vp = w.toon_scherm(hv.VRAAGPUNTEN)
    assert vp.kies(sleutel)
    assert vp.veld_notitie.toPlainText() == "Vragen naar Molenweg"
    assert vp.veld_afspraak.toPlainText().startswith("Gemeente levert grond")
    assert not vp.meenemen.isChecked()
    assert w.windowTitle().startswith("lindehof")


def test_filters_vraagpunten(voorbeeld):
    vp = voorbeeld.toon_scherm(hv.VRAAGPUNTEN)
    vp.ernst.setCurrentIndex(vp.ernst.findData("hoog"))
    items = [vp.boom.topLevelItem(i) for i in range(vp.boom.topLevelItemCount())]
    vragen = [i for i in items if i.data(0, Qt.ItemDataRole.UserRole)]
    assert vragen and all("hoog" in i.text(1) for i in vragen)
    vp.ernst.setCurrentIndex(0)
    vp.partij.setCurrentIndex(vp.partij.findData("huurders"))
    koppen = [i.text(0) for i in (vp.boom.topLevelItem(k) for k in range(vp.boom.topLevelItemCount()))
              if not i.data(0, Qt.ItemDataRole.UserRole)]
    # the huurders' questions in the example: H08, D06, D08 and HP4 are for the corporatie to answer; HP3 (how the
    # achterban is still heard "voordat we tekenen") is for all
    assert koppen == ["Aan de corporatie", "Aan allen"]


def test_perspectief_en_normenkader_herberekenen(voorbeeld, qtbot):
    w = voorbeeld
    w.toon_scherm(hv.VRAAGPUNTEN)
    oud = w.resultaat
    w.perspectief.setCurrentIndex(w.perspectief.findData("huurders"))
    qtbot.waitUntil(lambda: w.resultaat is not oud and w.resultaat.perspectief == "huurders", timeout=10_000)
    _wacht_rust(w, qtbot)
    vp = w.scherm(hv.VRAAGPUNTEN)
    assert vp.boom.topLevelItem(0).text(0) == "Aan de corporatie"

    oud = w.resultaat
    w.normenkader.setCurrentIndex(w.normenkader.findData("aw-wsw-2019"))
    qtbot.waitUntil(lambda: w.resultaat is not oud, timeout=10_000)
    _wacht_rust(w, qtbot)
    assert w.resultaat.berekend.normenkader.naam == "aw-wsw-2019"
    kern = w.toon_scherm(hv.KERNCIJFERS)
    assert "2019" in kern.kader.text() or w.resultaat.berekend.normenkader.titel in kern.kader.text()


def test_scenario_parameters_live(voorbeeld, qtbot):
    w = voorbeeld
    ruimte = w.toon_scherm(hv.RUIMTE)
    oud = w.resultaat.berekend.investeringsruimte.scenarios[0].x_max
    ruimte.rente.setValue(5.0)
    qtbot.waitUntil(lambda: w.resultaat.instellingen.rente_nieuwe_leningen == 0.05, timeout=10_000)
    _wacht_rust(w, qtbot)
    nieuw = w.resultaat.berekend.investeringsruimte.scenarios[0].x_max
    assert nieuw < oud
    assert ruimte.scenario_model.rijen[0].x_max == nieuw
    assert ruimte.rente.value() == 5.0


def test_rapport_voorbeeld_en_export(voorbeeld, qtbot, tmp_path):
    w = voorbeeld
    rapport = w.toon_scherm(hv.RAPPORT)
    qtbot.waitUntil(lambda: rapport.document.pageCount() > 0, timeout=60_000)
    _wacht_rust(w, qtbot)
    assert "concept" in rapport.status.text()
    pdf = tmp_path / "rapport.pdf"
    w.exporteer_pdf(pdf)
    xlsx = tmp_path / "rapport.xlsx"
    w.exporteer_excel(xlsx)
    _wacht_rust(w, qtbot)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert xlsx.read_bytes().startswith(b"PK")

    rapport.wederhoor.setChecked(True)
    qtbot.waitUntil(lambda: "wederhoor" in rapport.status.text(), timeout=60_000)
    _wacht_rust(w, qtbot)


def test_wederhoor_ook_in_de_excel_export(voorbeeld, qtbot, tmp_path):
    """With 'Versie voor wederhoor' ticked, the Excel export leaves the user's notes out too, like the PDF."""
    import openpyxl

    w = voorbeeld
    sleutel = notitie_sleutel(w.resultaat.vraagpunten[0])
    w._notitie(sleutel, dataclasses.replace(w.beoordeling.notities.get(sleutel) or Notitie(),
                                            notitie="Alleen voor onszelf"))
    rapport = w.toon_scherm(hv.RAPPORT)

    def cellen(pad):
        return {str(v) for ws in openpyxl.load_workbook(pad).worksheets for r in ws.iter_rows(values_only=True)
                for v in r if v is not None}

    w.exporteer_excel(tmp_path / "eigen.xlsx")
    _wacht_rust(w, qtbot)
    assert "Alleen voor onszelf" in cellen(tmp_path / "eigen.xlsx")
    rapport.wederhoor.setChecked(True)
    w.exporteer_excel(tmp_path / "wederhoor.xlsx")
    _wacht_rust(w, qtbot)
    assert "Alleen voor onszelf" not in cellen(tmp_path / "wederhoor.xlsx")


def test_afdrukken_via_qprinter(voorbeeld, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from ui.scherm_rapport import druk_af

    w = voorbeeld
    rapport = w.toon_scherm(hv.RAPPORT)
    qtbot.waitUntil(lambda: rapport.document.pageCount() > 0, timeout=60_000)
    _wacht_rust(w, qtbot)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    uit = tmp_path / "geprint.pdf"
    printer.setOutputFileName(str(uit))
    printer.setResolution(72)
    assert druk_af(rapport.document, printer) == rapport.document.pageCount()
    assert uit.read_bytes().startswith(b"%PDF")


def test_autosave_en_herstel(voorbeeld, qtbot, tmp_path):
    from bodcheck import beoordeling

    w = voorbeeld
    assert w.gewijzigd and w.pad is None
    w.bestanden.autosave()
    _wacht_rust(w, qtbot)
    assert beoordeling.herstelbaar(None) == [beoordeling.autosave_pad(None, w.doc.sessie)]

    from PySide6.QtCore import QSettings

    from tests.ui.conftest import _zonder_vragen

    tweede = hv.Hoofdvenster(QSettings(str(tmp_path / "ander.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(tweede, before_close_func=_zonder_vragen)
    tweede.show()
    d = tweede.bestanden.bied_herstel_aan()
    assert d is not None and d.lijst.count() == 1
    d._herstel()
    qtbot.waitUntil(lambda: tweede.resultaat is not None, timeout=30_000)
    tweede.taken.wacht()
    assert tweede.gewijzigd and tweede.beoordeling.invoer.corporatie == "Woonstichting De Lindehof"


def test_sluiten_vraagt_om_bewaren(voorbeeld, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui import dialogen

    w = voorbeeld
    gevraagd = []
    monkeypatch.setattr(dialogen, "vraag_opslaan",
                        lambda parent, naam: gevraagd.append(naam) or QMessageBox.StandardButton.Cancel)
    assert not w.close()
    assert gevraagd == ["Woonstichting De Lindehof – Aaberg 2026"]
    assert w.isVisible()


def test_onbruikbaar_werkboek_toont_meldingen(venster, qtbot, tmp_path):
    from tests.ui.test_foutpaden import bod_met_fout  # a workbook read, with a cell bodcheck cannot use

    pad = bod_met_fout(tmp_path / "bod.xlsx")
    venster.bestanden.lees_werkboeken(pad, None)
    qtbot.waitUntil(lambda: venster.beoordeling is not None, timeout=30_000)
    _wacht_rust(venster, qtbot)
    assert venster.resultaat is None
    invoer = venster.scherm(hv.INVOER)
    assert venster.views.currentWidget() is invoer
    soorten = {m.soort for m in invoer.meldingen_model.meldingen}
    assert "fout" in soorten
    assert not venster.nav.item(hv.KERNCIJFERS).flags() & Qt.ItemFlag.ItemIsEnabled
    assert not venster.a_pdf.isEnabled()


def test_kapot_bestand_geeft_nederlandse_fout(venster, qtbot, tmp_path):
    from ui.dialogen import FoutDialoog

    pad = tmp_path / "kapot.bodcheck"
    pad.write_text("dit is geen beoordeling", encoding="utf-8")
    venster.bestanden.open_bestand(Path(pad))
    qtbot.waitUntil(lambda: any(d.isVisible() for d in venster.findChildren(FoutDialoog)), timeout=10_000)
    d = next(d for d in venster.findChildren(FoutDialoog) if d.isVisible())
    assert "kapot.bodcheck" in d.tekst.text() and "geen leesbare bodcheck-beoordeling" in d.tekst.text()
    d.close()
    assert venster.stapel.currentWidget() is venster.start


def test_woonvisiedoel_wijzigen(voorbeeld, qtbot):
    w = voorbeeld
    invoer = w.toon_scherm(hv.INVOER)
    model = invoer.tabel("Woonvisie").model()
    nr = next(i for i, d in enumerate(model.doelen) if d.code == "nieuwbouw_sociaal")
    idx = model.index(nr, model.WAARDE)
    assert model.data(idx, Qt.ItemDataRole.EditRole) == "40"
    oud = w.resultaat
    assert model.setData(idx, "10", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: w.resultaat is not oud, timeout=10_000)
    _wacht_rust(w, qtbot)
    nieuwbouw = [v for v in w.resultaat.vergelijking if v.code == "nieuwbouw_sociaal" and v.jaar == 2027]
    assert nieuwbouw and nieuwbouw[0].status == "voldoet"
    doel = w.beoordeling.invoer.woonvisie[nr]
    assert doel.waarde == 10 and str(doel.bron).startswith("handmatig (was")


def test_niet_bewaren_laat_andermans_herstelkopie_staan(venster, qtbot, monkeypatch):
    """"Niet bewaren" removes only the autosave this window wrote, not a copy left by an earlier crash."""
    from PySide6.QtWidgets import QMessageBox

    from bodcheck import beoordeling
    from ui import dialogen

    ander = beoordeling.autosave_pad(None)
    ander.parent.mkdir(parents=True, exist_ok=True)
    ander.write_bytes(b"kopie van een eerdere sessie")
    venster.bestanden.open_voorbeeld()
    qtbot.waitUntil(lambda: venster.resultaat is not None, timeout=30_000)
    monkeypatch.setattr(dialogen, "vraag_opslaan", lambda *_a: QMessageBox.StandardButton.Discard)
    venster.sluit_beoordeling()
    assert ander.read_bytes() == b"kopie van een eerdere sessie"

    venster.bestanden.open_voorbeeld()
    qtbot.waitUntil(lambda: venster.resultaat is not None, timeout=30_000)
    venster.bestanden.autosave()
    qtbot.waitUntil(lambda: venster.doc.laatste_autosave is not None, timeout=10_000)
    eigen = beoordeling.autosave_pad(None, venster.doc.sessie)
    assert eigen.exists() and eigen != ander  # each session has its own slot: the old copy is not overwritten
    venster.sluit_beoordeling()
    assert not eigen.exists()  # this window's own copy is cleaned up
    assert ander.read_bytes() == b"kopie van een eerdere sessie"


def test_eigen_normenkader(voorbeeld, qtbot, tmp_path):
    w = voorbeeld
    kader = tmp_path / "eigen.toml"
    kader.write_text('naam = "intern"\ntitel = "Interne normen corporatie"\n[normen.TI]\nicr_min = 2.0\n'
                     'ltv_max = 0.6\nsolvabiliteit_min = 0.35\ndekkingsratio_max = 0.6\n', encoding="utf-8")
    keuze = w.kies_eigen_kader(kader)
    assert keuze == str(kader)
    oud = w.resultaat
    w.normenkader.setCurrentIndex(w.normenkader.findData(keuze))
    qtbot.waitUntil(lambda: w.resultaat is not oud, timeout=10_000)
    _wacht_rust(w, qtbot)
    assert w.resultaat.berekend.normenkader.titel == "Interne normen corporatie"
    assert "(eigen)" in w.normenkader.currentText()
    # rekenregels §3: the official kader stays in view, side by side, one line under each ratio
    kern = w.toon_scherm(hv.KERNCIJFERS)
    officieel = w.resultaat.berekend.extra_kaders[0].titel
    assert "Daarnaast het officiële normenkader" in kern.kader.text() and officieel in kern.kader.text()
    m = kern.model
    labels = [m.data(m.index(i, 1)) for i in range(m.rowCount())]
    icr = labels.index("ICR")
    assert labels[icr + 1] == f"   naast: {officieel}"
    assert m.data(m.index(icr + 1, 2)) == "≥ 1,4" or m.data(m.index(icr + 1, 2)).startswith("≥ 1,4")
    assert {m.data(m.index(icr + 1, k)) for k in range(3, m.columnCount())} <= {"✓", "!", "✗", ""}

    kapot = tmp_path / "kapot.toml"
    kapot.write_text("naam = \n", encoding="utf-8")
    assert w.kies_eigen_kader(kapot) is None


def test_algemeen_wijzigen_verandert_aandeel_gemeente(voorbeeld, qtbot):
    w = voorbeeld
    invoer = w.toon_scherm(hv.INVOER)
    model = invoer.tabel("Algemeen").model()
    rij = next(i for i, v in enumerate(model.velden) if v.code == "vhe_gemeente")
    idx = model.index(rij, model.WAARDE)
    assert model.data(idx, Qt.ItemDataRole.EditRole) == "1.668"
    assert not model.flags(model.index(0, model.WAARDE)) & Qt.ItemFlag.ItemIsEditable  # formaatversie
    oud = w.resultaat
    oud_aandeel = oud.berekend.investeringsruimte.aandeel_gemeente
    assert model.setData(idx, "834", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: w.resultaat is not oud, timeout=10_000)
    _wacht_rust(w, qtbot)
    assert w.resultaat.berekend.investeringsruimte.aandeel_gemeente == pytest.approx(oud_aandeel / 2)
    assert "handmatig" in str(w.beoordeling.invoer.veld_bron("vhe_gemeente"))


def test_recent_geopende_map_opent_weer_als_gemeente(venster, qtbot):
    """A folder opened as a gemeente comes back under Recent geopend (start screen and menu) and opens again
    as a gemeente with one click."""
    w = venster
    w.bestanden.open_voorbeeld_samen()
    qtbot.waitUntil(lambda: bool(w.samen_vensters) and w.samen_vensters[-1].uitkomst is not None, timeout=60_000)
    eerste = w.samen_vensters[-1]
    map_ = eerste.map
    assert w.bestanden.recent()[0] == f"gemeente:{map_}"
    assert w.bestanden.open_map(map_ / ".." / map_.name, "gemeente") is eerste and len(w.samen_vensters) == 1  # one window a folder
    knop = w.start.recent_knoppen[0]
    assert knop.text() == f"{map_.name}   ·   hele map, als gemeente" and knop.toolTip() == str(map_)
    assert [a.text() for a in w.menu_recent.actions()] == [f"{map_.name} (hele map, als gemeente)"]
    qtbot.waitUntil(lambda: eerste.taken.aantal() == 0, timeout=30_000)
    eerste.gewijzigd = False
    eerste.close()

    qtbot.mouseClick(knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(s is not eerste and s.map == map_ and s.soort == "gemeente" and s.uitkomst is not None
                                for s in w.samen_vensters), timeout=60_000)
    tweede = next(s for s in w.samen_vensters if s is not eerste)
    qtbot.waitUntil(lambda: tweede.taken.aantal() == 0, timeout=30_000)
    tweede.gewijzigd = False
    tweede.close()


def test_algemeen_datum_en_janee_wijzigen(voorbeeld, qtbot):
    """Dates and ja/nee fields are editable too; what they mean for the vraagpunten follows (P02 asks about a
    huurdersorganisatie that was not involved), and text that is neither is refused with a Dutch reason."""
    import datetime as dt

    w = voorbeeld
    invoer = w.toon_scherm(hv.INVOER)
    model = invoer.tabel("Algemeen").model()

    def idx(code):  # the view builds new models after each change: look it up each time
        m = invoer.tabel("Algemeen").model()
        return m.index(next(i for i, v in enumerate(m.velden) if v.code == code), m.WAARDE)

    def zet(code, tekst):
        return invoer.tabel("Algemeen").model().setData(idx(code), tekst, Qt.ItemDataRole.EditRole)

    assert not any(v.id == "P02" for v in w.resultaat.vraagpunten)
    assert not idx("eenheid").flags() & Qt.ItemFlag.ItemIsEditable  # amounts are in euros once read
    assert idx("ho_betrokken").data(Qt.ItemDataRole.EditRole) == "ja"
    assert idx("datum_overleg").data(Qt.ItemDataRole.EditRole) == "10-09-2026"
    meldingen = []
    model.ongeldig.connect(meldingen.append)
    assert not zet("datum_overleg", "31-2-2026")
    assert not zet("ho_betrokken", "misschien")
    assert meldingen == ["“31-2-2026” is geen datum. Gebruik dag-maand-jaar, bijvoorbeeld 15-6-2026.",
                         "“misschien” is geen ja of nee."]

    oud = w.resultaat
    assert zet("ho_betrokken", "Nee")
    qtbot.waitUntil(lambda: w.resultaat is not oud, timeout=10_000)
    _wacht_rust(w, qtbot)
    assert w.beoordeling.invoer.veld("ho_betrokken") is False
    assert any(v.id == "P02" for v in w.resultaat.vraagpunten)

    assert zet("datum_overleg", "1-10-2026")
    qtbot.waitUntil(lambda: w.beoordeling.invoer.veld("datum_overleg") == dt.date(2026, 10, 1), timeout=10_000)
    qtbot.waitUntil(lambda: idx("datum_overleg").data(Qt.ItemDataRole.EditRole) == "01-10-2026", timeout=10_000)
    _wacht_rust(w, qtbot)


def test_lees_veld_versie_en_leeg():
    from ui.modellen import lees_veld

    assert lees_veld("bwversie", "2") == "2.0" and lees_veld("bwversie", "1,0") == "1.0"
    assert lees_veld("janee", "") is None and lees_veld("datum", "") is None
    with pytest.raises(ValueError) as e:
        lees_veld("bwversie", "3")
    assert str(e.value).endswith("Kies 1.0 of 2.0")


def test_ongedaan_maken_en_opnieuw(voorbeeld, qtbot):
    """Ctrl+Z takes an edited number back (and the ratios with it), Ctrl+Y redoes it; a new edit clears what
    could be redone; another assessment starts with an empty history."""
    w = voorbeeld
    invoer = w.toon_scherm(hv.INVOER)
    model = invoer.tabel("Prognose DAEB").model()
    rij = _index(model, "Kasstroom uit operationele activiteiten (na betaalde en ontvangen rente)").row()
    idx = model.index(rij, model.jaren.index(2026) + model.VASTE_KOLOMMEN)

    def kasstroom():
        return w.beoordeling.invoer.prognoses["DAEB"].getal("kasstroom_operationeel", 2026)

    def icr():
        return next(r for r in w.resultaat.berekend.ratios if r.tak == "DAEB" and r.jaar == 2026).waarden["icr"]

    origineel, icr_origineel = kasstroom(), icr()
    assert not w.a_ongedaan.isEnabled() and not w.a_opnieuw.isEnabled()
    assert model.setData(idx, "1.000", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: icr() != icr_origineel, timeout=10_000)
    _wacht_rust(w, qtbot)
    assert kasstroom() == 1_000_000.0
    assert w.a_ongedaan.isEnabled() and w.a_ongedaan.text() == \
        "&Ongedaan maken: Prognose DAEB: Kasstroom uit operationele activiteiten (na betaalde en ontvangen rente) 2026"
    assert "herberekend om" in w.statusBar().currentMessage()  # what happened, and that it finished

    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: icr() == icr_origineel, timeout=10_000)
    _wacht_rust(w, qtbot)
    assert kasstroom() == origineel and not w.a_ongedaan.isEnabled() and w.a_opnieuw.isEnabled()

    qtbot.keyClick(w, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: kasstroom() == 1_000_000.0 and icr() != icr_origineel, timeout=10_000)
    _wacht_rust(w, qtbot)
    w.ongedaan_maken()
    _wacht_rust(w, qtbot)
    model = invoer.tabel("Prognose DAEB").model()
    assert model.setData(model.index(rij, idx.column()), "7.000", Qt.ItemDataRole.EditRole)
    _wacht_rust(w, qtbot)
    assert not w.a_opnieuw.isEnabled()  # a new edit: nothing left to redo

    w.gewijzigd = False
    w.sluit_beoordeling()
    assert not w.a_ongedaan.isEnabled()


def test_voorbeeld_gedateerd_op_zijn_eigen_dag_en_daarna_weer_vandaag(voorbeeld, qtbot, tmp_path):
    """Review finding 12 in the app: the example is dated on its own day (1 September 2026, as `bodcheck
    voorbeeld`), between the stukken and the overleg; a workbook opened after it is dated today again."""
    import datetime as dt

    from bodcheck import voorbeeld as vb

    assert voorbeeld.resultaat.peildatum == vb.PEILDATUM == dt.date(2026, 9, 1)
    bod, wv = vb.schrijf_werkboeken(tmp_path / "ander")
    voorbeeld.gewijzigd = False
    voorbeeld.bestanden.lees_werkboeken(bod, wv)
    qtbot.waitUntil(lambda: voorbeeld.taken.aantal() == 0 and voorbeeld.resultaat is not None
                    and voorbeeld.resultaat.peildatum == dt.date.today(), timeout=30_000)
