"""Errors that help (issue 16): one sentence, "Kopieer details" only when there are details, and a failed open
leaves what was open untouched; a workbook that cannot be used is not offered for saving."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from ui.dialogen import FoutDialoog

pytestmark = pytest.mark.gui


def _foutdialoog(qtbot) -> FoutDialoog:
    qtbot.waitUntil(lambda: any(isinstance(w, FoutDialoog) and w.isVisible() for w in QApplication.topLevelWidgets()),
                    timeout=10_000)
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, FoutDialoog) and w.isVisible())


def bod_met_fout(pad):
    """The example's bod with Bodjaar "tweeduizend" (Algemeen!B6): read, but bodcheck cannot compute it."""
    from bodcheck import sjabloon, voorbeeld_data

    data = voorbeeld_data.bod()
    data["Algemeen"]["bodjaar"] = "tweeduizend"
    return sjabloon.schrijf(pad, data, soort="bod")


def _pdf(tmp_path):
    pad = tmp_path / "rapport per ongeluk.pdf"
    pad.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
    return pad


PDF_ZIN = ("{naam}: dit is een PDF en geen {wat}; bodcheck leest het bod uit het ingevulde sjabloon (.xlsx) van de "
           "corporatie, en heeft u alleen de PDF, kies dan in het programma Nieuwe beoordeling invullen… en neem de "
           "cijfers over.")


def _een_zin(tekst: str) -> bool:
    """One sentence: a capital or file name first, one full stop at the end, none inside (a file name aside)."""
    return tekst.endswith(".") and ". " not in tekst and "\n" not in tekst


def test_pdf_openen_laat_de_open_beoordeling_staan(voorbeeld, qtbot, tmp_path):
    w = voorbeeld
    resultaat, titel = w.resultaat, w.windowTitle()
    pad = _pdf(tmp_path)
    w.bestanden.open_bestand(pad, gevraagd=True)
    d = _foutdialoog(qtbot)
    tekst = d.tekst.text()
    # what happened and what to do, in one sentence that names the file once (bevinding 3)
    assert tekst == PDF_ZIN.format(naam=pad.name, wat="bodcheck-beoordeling") and _een_zin(tekst)
    assert tekst.count(pad.name) == 1 and "beschadigd" not in tekst
    assert d.windowTitle() == "bodcheck – niet geopend; wat open was, blijft open"
    assert not d.kopieer.isVisible()  # nothing behind "Kopieer details" for a user's mistake
    # the status bar says so too (it was emptied when the open began)
    assert re.fullmatch(r"Niet geopend om \d\d:\d\d; wat open was, blijft open\.", w.statusBar().currentMessage())
    d.close()
    assert w.resultaat is resultaat and w.windowTitle() == titel and w.a_opslaan.isEnabled()


def test_pdf_als_werkboek_laat_de_open_beoordeling_staan(voorbeeld, qtbot, tmp_path):
    w = voorbeeld
    resultaat = w.resultaat
    pad = tmp_path / "bod.xlsx"
    pad.write_bytes(_pdf(tmp_path).read_bytes())  # a PDF renamed to .xlsx
    w.bestanden.open_bestand(pad, gevraagd=True)
    d = _foutdialoog(qtbot)
    assert d.tekst.text() == PDF_ZIN.format(naam="bod.xlsx", wat="Excel-werkboek") and _een_zin(d.tekst.text())
    assert d.windowTitle() == "bodcheck – niet geopend; wat open was, blijft open" and not d.kopieer.isVisible()
    d.close()
    w.taken.wacht()
    assert w.resultaat is resultaat and w.beoordeling.invoer is resultaat.invoer


@pytest.mark.parametrize(("naam", "inhoud", "verwacht"), [
    ("kapot.xlsx", b"PK\x03\x04 dit is geen zip" + b"x" * 100,
     "kapot.xlsx: het werkboek is beschadigd of niet helemaal overgekomen; vraag de corporatie het opnieuw te "
     "sturen, of open het in Excel of LibreOffice en bewaar het opnieuw als .xlsx."),
    ("kapot.bodcheck", b"{ niet af",
     "kapot.bodcheck: dit is geen leesbare bodcheck-beoordeling (het bestand is beschadigd of door een ander "
     "programma gemaakt); open een eerdere kopie, of lees de werkboeken opnieuw in."),
])
def test_kapot_bestand_zegt_wat_te_doen_zonder_jargon(voorbeeld, qtbot, tmp_path, naam, inhoud, verwacht):
    w = voorbeeld
    resultaat = w.resultaat
    pad = tmp_path / naam
    pad.write_bytes(inhoud)
    w.bestanden.open_bestand(pad, gevraagd=True)
    d = _foutdialoog(qtbot)
    tekst = d.tekst.text()
    assert tekst == verwacht and _een_zin(tekst)
    assert "zip" not in tekst and "archief" not in tekst and "Error" not in tekst
    assert not d.kopieer.isVisible()
    d.close()
    w.taken.wacht()
    assert w.resultaat is resultaat


def test_pdf_vanaf_het_startscherm_blijft_op_het_startscherm(venster, qtbot, tmp_path):
    w = venster
    pad = tmp_path / "bod.xlsx"
    pad.write_bytes(_pdf(tmp_path).read_bytes())
    w.bestanden.open_bestand(pad, gevraagd=True)
    d = _foutdialoog(qtbot)
    assert d.windowTitle() == "bodcheck – niet geopend"  # nothing was open
    assert d.tekst.text() == PDF_ZIN.format(naam="bod.xlsx", wat="Excel-werkboek")
    d.close()
    w.taken.wacht()
    assert w.beoordeling is None and w.stapel.currentWidget() is w.start


def test_onbruikbaar_werkboek_niet_te_bewaren(venster, qtbot, tmp_path):
    """A workbook with a cell bodcheck cannot use opens (its meldingen show where), but is not offered for saving;
    the message says which file and cell, and what to do, in one sentence."""
    from PySide6.QtWidgets import QMessageBox

    w = venster
    pad = bod_met_fout(tmp_path / "bod-2027.xlsx")
    w.bestanden.lees_werkboeken(pad, None)
    qtbot.waitUntil(lambda: w.beoordeling is not None and w.taken.aantal() == 0, timeout=30_000)
    assert w.resultaat is None
    assert not w.a_opslaan.isEnabled() and not w.a_opslaan_als.isEnabled()
    box = next(b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible())
    tekst = box.text()
    fouten = [m for m in w.beoordeling.meldingen if m.soort == "fout"]
    assert len(fouten) == 1 and tekst == (
        'bod-2027.xlsx heeft 1 fout waardoor bodcheck niet kan rekenen (Algemeen!B6: Bodjaar: "tweeduizend" is geen '
        "geheel getal); verbeter die cel in Invoer (een dubbelklik op een melding onderaan toont de cel), of in het "
        "werkboek en lees dat opnieuw in.")
    assert _een_zin(tekst) and "Invoer" in tekst
    box.close()
