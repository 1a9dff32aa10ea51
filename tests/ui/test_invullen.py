"""Issue 17, end to end with real widgets and the real clipboard: a new assessment filled in in the app (typed
and pasted like from Excel), its ratios, saved and reopened, then written as a workbook that the reader reads
back with no warnings and the same values."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QMessageBox

from bodcheck import inlezen
from ui import hoofdvenster as hv
from ui import invullen as ui_invullen

# What Excel puts on the clipboard for a 3 × 5 block (rows schuld_nominaal, schuld_geborgd, beleidswaarde;
# columns 2026–2030, x € 1.000): tab-separated, "\r\n" after every row, plain numbers.
EXCEL_BLOK = ("300000\t310000\t320000\t330000\t340000\r\n"
              "250000\t255000\t260000\t265000\t270000\r\n"
              "600000\t640000\t640000\t660000\t680000\r\n")
# The same block as LibreOffice copies it from a Dutch sheet with number text ("€ 1.234,5"), and one cell that
# is no number (2028 of the first row): "\n" between rows, no newline at the end.
NL_BLOK = ("€ 300.000\t310.000,0\tcirca 320.000\t330.000\t340.000\n"
           "250.000\t255.000\t260.000\t265.000\t270.000\n"
           "600.000\t€ 640.000\t640.000\t660.000\t680.000")


def _wacht(w, qtbot):
    qtbot.waitUntil(lambda: w.taken.aantal() == 0, timeout=30_000)


def _rij(model, code: str) -> int:
    return next(i for i, r in enumerate(model.regels) if r.code == code)


def _typ(qtbot, tabel, rij: int, jaar: int, tekst: str) -> None:
    """Select a cell, open its editor as a user does (start typing), type and press Enter."""
    model = tabel.model()
    idx = model.index(rij, model.jaren.index(jaar) + model.VASTE_KOLOMMEN)
    tabel.setFocus()
    tabel.setCurrentIndex(idx)
    tabel.edit(idx)
    editor = QApplication.focusWidget()
    assert editor is not tabel
    qtbot.keyClicks(editor, tekst)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits and closes the editor through the event loop (a queued call)
    qtbot.waitUntil(lambda: tabel.state() != QAbstractItemView.State.EditingState, timeout=5_000)


def _plak(qtbot, tabel, rij: int, jaar: int, tekst: str) -> None:
    model = tabel.model()
    idx = model.index(rij, model.jaren.index(jaar) + model.VASTE_KOLOMMEN)
    tabel.setFocus()
    tabel.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    QApplication.clipboard().setText(tekst)
    qtbot.keyClick(tabel, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _blad(w, naam: str):
    """The Invoer view with the tab of sheet `naam` shown: (view, table, model)."""
    scherm = w.toon_scherm(hv.INVOER)
    scherm.kies_blad(naam)
    tabel = scherm.tabel(naam)
    return scherm, tabel, tabel.model()


def _kies(tabel, cellen) -> None:
    """Select exactly these (rij, kolom) cells, as ctrl-clicks do, and give the table the focus."""
    sel = tabel.selectionModel()
    sel.clearSelection()
    for rij, kolom in cellen:
        sel.select(tabel.model().index(rij, kolom), QItemSelectionModel.SelectionFlag.Select)
    tabel.setFocus()


def _ratio(w, jaar: int, naam: str):
    return next(r for r in w.resultaat.berekend.ratios if r.tak == "TI" and r.jaar == jaar).waarden[naam]


@pytest.fixture
def leeg(venster, qtbot):
    """A new assessment, filled in in the app (Aaberg, bodjaar 2026, amounts x € 1.000)."""
    ui_invullen.begin(venster, "Woonstede", "Aaberg", 2026)
    qtbot.waitUntil(lambda: venster.resultaat is not None, timeout=30_000)
    _wacht(venster, qtbot)
    return venster


def _typ_prognose_en_bod(w, qtbot) -> None:
    scherm = w.toon_scherm(hv.INVOER)
    assert scherm.tabs.tabText(scherm.tabs.currentIndex()) == "Prognose"  # the flow starts where one types
    prognose = scherm.tabel("Prognose")
    m = prognose.model()
    _typ(qtbot, prognose, _rij(m, "kasstroom_operationeel"), 2026, "30.000")
    _wacht(w, qtbot)
    # Enter moved to the cell below, as in a spreadsheet: the next two figures are typed without selecting
    for code, tekst in (("rente_betaald", "12.000"), ("rente_ontvangen", "500")):
        assert prognose.currentIndex().row() == _rij(m, code)
        qtbot.keyClicks(prognose, tekst[0])  # the first key opens the editor with it
        editor = QApplication.focusWidget()
        qtbot.keyClicks(editor, tekst[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: prognose.state() != QAbstractItemView.State.EditingState, timeout=5_000)
        _wacht(w, qtbot)
    bod = scherm.tabel("Bod")
    scherm.kies_blad("Bod")
    _typ(qtbot, bod, _rij(bod.model(), "nieuwbouw_sociaal"), 2027, "40")
    _wacht(w, qtbot)
    _typ(qtbot, bod, _rij(bod.model(), "huurverhoging"), 2027, "3,5")
    _wacht(w, qtbot)
    inv = w.beoordeling.invoer
    assert inv.prognoses["TI"].getal("kasstroom_operationeel", 2026) == 30_000_000
    assert inv.bod.getal("nieuwbouw_sociaal", 2027) == 40 and inv.bod.getal("huurverhoging", 2027) == 0.035
    assert str(inv.prognoses["TI"].bron("rente_betaald", 2026)) == "handmatig"


def _bewaar_heropen_schrijf(w, qtbot, tmp_path) -> None:
    """Save as .bodcheck, reopen, then write the workbook; it reads back with no warnings and the same values."""
    ingevuld = w.beoordeling.invoer
    pad = tmp_path / "ingevuld.bodcheck"
    assert w.bestanden.schrijf(pad)
    w.sluit_beoordeling()
    w.bestanden.open_bestand(pad)
    qtbot.waitUntil(lambda: w.resultaat is not None, timeout=30_000)
    _wacht(w, qtbot)
    heropend = w.beoordeling.invoer
    for tak in ("TI",):
        for code, regel in ingevuld.prognoses[tak].regels.items():
            for jaar in ingevuld.prognoses[tak].jaren:
                assert heropend.prognoses[tak].getal(code, jaar) == regel.getal(jaar)
    assert str(heropend.prognoses["TI"].bron("schuld_nominaal", 2026)) == "handmatig"

    xlsx = tmp_path / "voor de corporatie.xlsx"
    ui_invullen.bewaar_als_werkboek(w, xlsx)
    qtbot.waitUntil(lambda: xlsx.exists(), timeout=30_000)
    _wacht(w, qtbot)
    assert "Werkboek bewaard" in w.statusBar().currentMessage()
    terug, meldingen = inlezen.lees(xlsx)
    assert [m.regel_tekst() for m in meldingen if m.soort in ("fout", "waarschuwing")] == []
    assert terug.veld("formaatversie") == 1.1 and terug.corporatie == "Woonstede" and terug.bodjaar == 2026
    for naam, blad in (("TI", ingevuld.prognoses["TI"]), ("Bod", ingevuld.bod)):
        terug_blad = terug.prognoses["TI"] if naam == "TI" else terug.bod
        for code, regel in blad.regels.items():
            for jaar in blad.jaren:
                assert terug_blad.getal(code, jaar) == regel.getal(jaar), (code, jaar)


def test_invullen_typen_plakken_bewaren_en_werkboek(leeg, qtbot, tmp_path):
    w = leeg
    _typ_prognose_en_bod(w, qtbot)
    # ICR 2026 by hand: (CFO + rente betaald − rente ontvangen) / (rente betaald − rente ontvangen)
    #                 = (30.000 + 12.000 − 500) / (12.000 − 500) = 41.500 / 11.500 = 3,6087
    assert _ratio(w, 2026, "icr") == pytest.approx(41_500 / 11_500)

    scherm = w.toon_scherm(hv.INVOER)
    scherm.kies_blad("Prognose")
    prognose = scherm.tabel("Prognose")
    stappen = len(w.doc.ongedaan)
    _plak(qtbot, prognose, _rij(prognose.model(), "schuld_nominaal"), 2026, EXCEL_BLOK)
    _wacht(w, qtbot)
    assert len(w.doc.ongedaan) == stappen + 1  # one paste, one step of Ongedaan maken
    assert "Plakken in Prognose: 15 cellen geplakt" in w.statusBar().currentMessage()
    assert not scherm.findChildren(QMessageBox, "plakverslag")  # nothing skipped: no window
    # LTV by hand: schuld / beleidswaarde; 2026: 300.000 / 600.000 = 0,5; 2027: 310.000 / 640.000 = 0,484375
    assert _ratio(w, 2026, "ltv") == pytest.approx(0.5)
    assert _ratio(w, 2027, "ltv") == pytest.approx(310_000 / 640_000)
    kern = w.toon_scherm(hv.KERNCIJFERS)
    rij = next(i for i, (tak, naam, naast) in enumerate(kern.model.rijen) if tak == "TI" and naam == "ltv" and naast is None)
    tekst = kern.model.data(kern.model.index(rij, kern.model.VAST + kern.model.jaren.index(2026)))
    assert tekst.startswith("50,0%")  # what the user sees

    # Ctrl+Z takes the whole block back in one step; Ctrl+Y puts it back
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _wacht(w, qtbot)
    assert w.beoordeling.invoer.prognoses["TI"].getal("schuld_nominaal", 2026) is None
    assert w.beoordeling.invoer.prognoses["TI"].getal("beleidswaarde", 2030) is None
    assert w.beoordeling.invoer.prognoses["TI"].getal("rente_ontvangen", 2026) == 500_000  # the typed edit stays
    qtbot.keyClick(w, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    _wacht(w, qtbot)
    assert w.beoordeling.invoer.prognoses["TI"].getal("beleidswaarde", 2030) == 680_000_000

    _bewaar_heropen_schrijf(w, qtbot, tmp_path)


def test_invullen_nederlandse_getaltekst_met_een_foute_cel(leeg, qtbot, tmp_path):
    w = leeg
    _typ_prognose_en_bod(w, qtbot)
    scherm = w.toon_scherm(hv.INVOER)
    scherm.kies_blad("Prognose")
    prognose = scherm.tabel("Prognose")
    _plak(qtbot, prognose, _rij(prognose.model(), "schuld_nominaal"), 2026, NL_BLOK)
    _wacht(w, qtbot)
    assert "Plakken in Prognose: 14 cellen geplakt, 1 overgeslagen" in w.statusBar().currentMessage()
    verslag = scherm.findChildren(QMessageBox, "plakverslag")
    assert len(verslag) == 1
    assert ("• Nominale schuld (leningen o/g incl. aflossing < 1 jaar) 2028: \"circa 320.000\" is geen getal"
            in verslag[0].informativeText())
    verslag[0].close()
    ti = w.beoordeling.invoer.prognoses["TI"]
    assert ti.getal("schuld_nominaal", 2026) == 300_000_000 and ti.getal("schuld_nominaal", 2027) == 310_000_000
    assert ti.getal("schuld_nominaal", 2028) is None  # skipped, not guessed
    assert ti.getal("beleidswaarde", 2027) == 640_000_000
    assert _ratio(w, 2026, "ltv") == pytest.approx(0.5)  # 300.000 / 600.000
    assert _ratio(w, 2028, "ltv") is None  # the skipped cell leaves the LTV of 2028 unknown

    _bewaar_heropen_schrijf(w, qtbot, tmp_path)


def test_plakken_buiten_de_tabel_en_in_vaste_kolommen(leeg, qtbot):
    """A block that runs past the last year is pasted as far as the table goes; the rest is counted. A number
    pasted on the label column is skipped with its reason."""
    w = leeg
    scherm = w.toon_scherm(hv.INVOER)
    scherm.kies_blad("Bod")
    bod = scherm.tabel("Bod")
    m = bod.model()
    laatste = m.jaren[-1]
    _plak(qtbot, bod, _rij(m, "sloop"), laatste, "5\t6\t7\r\n")
    _wacht(w, qtbot)
    assert w.beoordeling.invoer.bod.getal("sloop", laatste) == 5
    assert "1 cel geplakt, 2 buiten de tabel" in w.statusBar().currentMessage()
    verslag = scherm.findChildren(QMessageBox, "plakverslag")[-1]
    assert "Buiten de tabel: 2 cellen" in verslag.informativeText()
    verslag.close()

    bod.setFocus()
    bod.selectionModel().setCurrentIndex(m.index(_rij(m, "verkoop"), 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    QApplication.clipboard().setText("12\r\n")
    qtbot.keyClick(bod, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    verslag = scherm.findChildren(QMessageBox, "plakverslag")[-1]
    assert "Woningen verkocht: de kolom Omschrijving is geen invulcel" in verslag.informativeText()
    assert "0 cellen geplakt, 1 overgeslagen" in w.statusBar().currentMessage()
    verslag.close()


def test_kopieren_geeft_getallen_die_excel_leest(leeg, qtbot):
    """Ctrl+C: tab-separated, a decimal comma, no thousands separator, a percentage with %, in the unit shown."""
    w = leeg
    _typ_prognose_en_bod(w, qtbot)
    scherm, bod, m = _blad(w, "Bod")
    k = m.jaren.index(2027) + m.VASTE_KOLOMMEN
    _kies(bod, [(_rij(m, code), kolom) for code in ("nieuwbouw_sociaal", "huurverhoging") for kolom in (0, k)])
    qtbot.keyClick(bod, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    tekst = QApplication.clipboard().text()
    rijen = [r.split("\t") for r in tekst.split("\r\n")[:-1]]
    assert rijen[0][0] == "Sociale huurwoningen opgeleverd" and rijen[0][-1] == "40"
    assert rijen[-1][0] == "Gemiddelde huurverhoging (huursomstijging)" and rijen[-1][-1] == "3,5%"
    assert all(len(r) == k + 1 for r in rijen)  # the rectangle, unselected cells empty

    scherm.kies_blad("Prognose")
    prognose = scherm.tabel("Prognose")
    pm = prognose.model()
    prognose.selectionModel().setCurrentIndex(pm.index(_rij(pm, "kasstroom_operationeel"), pm.VASTE_KOLOMMEN),
                                              QItemSelectionModel.SelectionFlag.ClearAndSelect)
    prognose.setFocus()
    qtbot.keyClick(prognose, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "30000\r\n"  # x € 1.000, as shown; no thousands separator


def test_algemeen_eigen_normen_en_ibw_bewerkbaar_in_nederlandse_notatie(leeg, qtbot):
    w = leeg
    scherm = w.toon_scherm(hv.INVOER)
    scherm.kies_blad("Algemeen")
    tabel = scherm.tabel("Algemeen")

    def idx(code):
        m = scherm.tabel("Algemeen").model()
        return m.index(next(i for i, v in enumerate(m.velden) if v.code == code), m.WAARDE)

    m = tabel.model()
    assert idx("intern_solvabiliteit_min").flags() & Qt.ItemFlag.ItemIsEditable
    assert m.setData(idx("intern_solvabiliteit_min"), "20%", Qt.ItemDataRole.EditRole)
    _wacht(w, qtbot)
    assert w.beoordeling.invoer.veld("intern_solvabiliteit_min") == 0.2
    assert scherm.tabel("Algemeen").model().setData(idx("ibw_nieuwbouw"), "12.500", Qt.ItemDataRole.EditRole)
    _wacht(w, qtbot)
    assert w.beoordeling.invoer.veld("ibw_nieuwbouw") == 12_500_000  # x € 1.000
    assert scherm.tabel("Algemeen").model().setData(idx("intern_icr_min"), "1,6", Qt.ItemDataRole.EditRole)
    _wacht(w, qtbot)
    assert idx("intern_solvabiliteit_min").data() == "20,0%"
    assert idx("intern_solvabiliteit_min").data(Qt.ItemDataRole.EditRole) == "20"
    assert idx("ibw_nieuwbouw").data() == "€ 12.500.000"
    assert idx("ibw_nieuwbouw").data(Qt.ItemDataRole.EditRole) == "12.500"
    assert idx("intern_icr_min").data() == "1,60"
    assert idx("formaatversie").data() == "1.1" and not idx("formaatversie").flags() & Qt.ItemFlag.ItemIsEditable
    berichten = []
    scherm.tabel("Algemeen").model().ongeldig.connect(berichten.append)
    assert not scherm.tabel("Algemeen").model().setData(idx("intern_icr_min"), "-1", Qt.ItemDataRole.EditRole)
    assert berichten == ['Eigen norm ICR: "-1" kan niet negatief zijn.']
    # the own norms reach the computation: a kader of the corporatie's own norms next to the official one
    eigen = [k for k in w.resultaat.berekend.extra_kaders if k.normen.get("TI", {}).get("solvabiliteit")]
    assert eigen and eigen[-1].normen["TI"]["solvabiliteit"].grens == 0.2


def test_plakken_in_woonvisie_algemeen_en_een_leestabel(voorbeeld, qtbot):
    """Paste works in every editable table: the Waarde column of the Woonvisie and of Algemeen (a column of two
    values), each one undo step; a read-only list says so and changes nothing."""
    w = voorbeeld
    scherm = w.toon_scherm(hv.INVOER)
    scherm.kies_blad("Woonvisie")
    tabel = scherm.tabel("Woonvisie")
    m = tabel.model()
    nr = next(i for i, d in enumerate(m.doelen) if d.code == "nieuwbouw_sociaal")
    tabel.setFocus()
    tabel.selectionModel().setCurrentIndex(m.index(nr, m.WAARDE), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    QApplication.clipboard().setText("35\r\n")
    stappen = len(w.doc.ongedaan)
    qtbot.keyClick(tabel, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    _wacht(w, qtbot)
    doel = w.beoordeling.invoer.woonvisie[nr]
    assert doel.waarde == 35 and str(doel.bron).startswith("handmatig (was")
    assert len(w.doc.ongedaan) == stappen + 1

    scherm.kies_blad("Algemeen")
    tabel = scherm.tabel("Algemeen")
    m = tabel.model()
    rij = next(i for i, v in enumerate(m.velden) if v.code == "intern_icr_min")
    assert m.velden[rij + 1].code == "intern_ltv_max"  # the template's order: two own norms under each other
    tabel.setFocus()
    tabel.selectionModel().setCurrentIndex(m.index(rij, m.WAARDE), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    QApplication.clipboard().setText("1,6\r\n75%\r\n")
    qtbot.keyClick(tabel, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    _wacht(w, qtbot)
    inv = w.beoordeling.invoer
    assert inv.veld("intern_icr_min") == 1.6 and inv.veld("intern_ltv_max") == 0.75
    assert len(w.doc.ongedaan) == stappen + 2
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _wacht(w, qtbot)
    assert w.beoordeling.invoer.veld("intern_icr_min") is None and w.beoordeling.invoer.veld("intern_ltv_max") is None

    scherm.kies_blad("Toezeggingen")
    tabel = scherm.tabel("Toezeggingen")
    voor = w.beoordeling.invoer
    tabel.setFocus()
    tabel.selectionModel().setCurrentIndex(tabel.model().index(0, 1), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    QApplication.clipboard().setText("iets\r\n")
    qtbot.keyClick(tabel, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert w.beoordeling.invoer is voor
    assert "Toezeggingen is alleen te lezen" in w.statusBar().currentMessage()


def test_invuldialoog(venster, qtbot, tmp_path):
    """The question at the start: names required, a woonvisie file that does not exist is named, and the bodjaar
    proposed is the next bod (1 July is the date of the bod)."""
    import datetime as dt

    assert ui_invullen.standaard_bodjaar(dt.date(2026, 6, 30)) == 2026
    assert ui_invullen.standaard_bodjaar(dt.date(2026, 7, 1)) == 2027
    d = ui_invullen.InvulDialoog(dt.date(2026, 12, 6), venster)
    qtbot.addWidget(d)
    assert d.bodjaar.value() == 2027 and d.eenheid.currentText() == "x € 1.000"
    d._controleer()
    assert d.melding.text() == "Vul de naam van de corporatie in." and not d.result()
    d.corporatie.setText(" Woonstede ")
    d.gemeente.setText("Aaberg")
    d.woonvisie.veld.setText(str(tmp_path / "bestaat-niet.xlsx"))
    d._controleer()
    assert d.melding.text().startswith("Het bestand ") and d.melding.text().endswith("bestaat niet.")
    d.woonvisie.veld.setText("")
    d._controleer()
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.keuze() == {"corporatie": "Woonstede", "gemeente": "Aaberg", "bodjaar": 2027, "eenheid": "x € 1.000",
                         "woonvisie_pad": None}


def test_delete_maakt_de_selectie_leeg_in_een_stap(leeg, qtbot):
    w = leeg
    _typ_prognose_en_bod(w, qtbot)
    _, tabel, m = _blad(w, "Prognose")
    k = m.jaren.index(2026) + m.VASTE_KOLOMMEN
    _kies(tabel, [(_rij(m, code), k) for code in ("kasstroom_operationeel", "rente_ontvangen")])  # not rente_betaald
    stappen = len(w.doc.ongedaan)
    qtbot.keyClick(tabel, Qt.Key.Key_Delete)
    _wacht(w, qtbot)
    ti = w.beoordeling.invoer.prognoses["TI"]
    assert ti.getal("kasstroom_operationeel", 2026) is None and ti.getal("rente_ontvangen", 2026) is None
    assert ti.getal("rente_betaald", 2026) == 12_000_000  # not selected: left alone
    assert len(w.doc.ongedaan) == stappen + 1
    assert "Leegmaken in Prognose: 2 cellen leeggemaakt" in w.statusBar().currentMessage()


def test_werkboek_nooit_over_het_ingelezen_werkboek(voorbeeld, qtbot):
    """Bewaren als werkboek over the workbook the assessment was read from is refused, and the file is untouched."""
    w = voorbeeld
    bod = w.doc.invoer_paden[0]
    voor = bod.read_bytes()
    ui_invullen.bewaar_als_werkboek(w, bod)
    box = next(b for b in w.findChildren(QMessageBox) if b.windowTitle() == "Niet bewaard")
    assert box.text() == (f"{bod.name} is nu geopend als invoer. Bewaren zou die invoer overschrijven; kies een "
                          "andere naam of map.")
    _wacht(w, qtbot)
    assert bod.read_bytes() == voor
    box.close()


def test_een_waarde_plakken_op_een_selectie_vult_die(leeg, qtbot):
    """One copied value pasted on a selection of cells fills each of them, in one step (as in a spreadsheet)."""
    w = leeg
    scherm = w.toon_scherm(hv.INVOER)
    scherm.kies_blad("Bod")
    bod = scherm.tabel("Bod")
    m = bod.model()
    rij = _rij(m, "huurverhoging")
    _kies(bod, [(rij, m.jaren.index(jaar) + m.VASTE_KOLOMMEN) for jaar in (2027, 2028, 2029)])
    QApplication.clipboard().setText("2,5%\r\n")  # one cell copied in Excel
    stappen = len(w.doc.ongedaan)
    qtbot.keyClick(bod, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    _wacht(w, qtbot)
    inv = w.beoordeling.invoer
    assert [inv.bod.getal("huurverhoging", j) for j in (2027, 2028, 2029, 2030)] == [0.025, 0.025, 0.025, None]
    assert len(w.doc.ongedaan) == stappen + 1
    assert "Plakken in Bod: 3 cellen geplakt" in w.statusBar().currentMessage()


def test_getypt_getal_buiten_de_grenzen_wordt_geweigerd(leeg, qtbot):
    """A typed value is judged by the reader's bounds too: a share above 100% is refused, the reason in the status
    bar; text that is no number gets the hint how to write a number."""
    w = leeg
    scherm = w.toon_scherm(hv.INVOER)
    scherm.kies_blad("Bod")
    bod = scherm.tabel("Bod")
    rij = _rij(bod.model(), "passend_toewijzen")
    _typ(qtbot, bod, rij, 2027, "120")
    assert w.statusBar().currentMessage() == ("Passend toegewezen aan huurtoeslaggerechtigden 2027: aandeel ligt niet "
                                              "tussen 0% en 100%.")
    _typ(qtbot, bod, rij, 2027, "veel")
    assert w.statusBar().currentMessage() == ('Passend toegewezen aan huurtoeslaggerechtigden 2027: "veel" is geen '
                                              "getal. Gebruik bijvoorbeeld 1.234,5 (of laat de cel leeg).")
    assert w.beoordeling.invoer.bod.getal("passend_toewijzen", 2027) is None
