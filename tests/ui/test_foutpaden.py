"""Errors that help (issue 16): one sentence, "Kopieer details" only when there are details, and a failed open
leaves what was open untouched; a workbook that cannot be used is not offered for saving."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ui.dialogen import FoutDialoog

pytestmark = pytest.mark.gui


def _foutdialoog(qtbot) -> FoutDialoog:
    qtbot.waitUntil(lambda: any(isinstance(w, FoutDialoog) and w.isVisible() for w in QApplication.topLevelWidgets()),
                    timeout=10_000)
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, FoutDialoog) and w.isVisible())


def _pdf(tmp_path):
    pad = tmp_path / "rapport per ongeluk.pdf"
    pad.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
    return pad


def test_pdf_openen_laat_de_open_beoordeling_staan(voorbeeld, qtbot, tmp_path):
    w = voorbeeld
    resultaat, titel = w.resultaat, w.windowTitle()
    pad = _pdf(tmp_path)
    w.bestanden.open_bestand(pad, gevraagd=True)
    d = _foutdialoog(qtbot)
    tekst = d.tekst.text()
    assert tekst.count(pad.name) == 1  # named once, not twice
    assert not d.kopieer.isVisible()  # nothing behind "Kopieer details" for a user's mistake
    d.close()
    assert w.resultaat is resultaat and w.windowTitle() == titel and w.a_opslaan.isEnabled()


def test_pdf_als_werkboek_laat_de_open_beoordeling_staan(voorbeeld, qtbot, tmp_path):
    w = voorbeeld
    resultaat = w.resultaat
    w.bestanden.lees_werkboeken(_pdf(tmp_path), None)
    d = _foutdialoog(qtbot)
    assert "wat open was, blijft open" in d.tekst.text() and not d.kopieer.isVisible()
    d.close()
    w.taken.wacht()
    assert w.resultaat is resultaat and w.beoordeling.invoer is resultaat.invoer


def test_onbruikbaar_werkboek_niet_te_bewaren(venster, qtbot, tmp_path):
    w = venster
    w.bestanden.lees_werkboeken(_pdf(tmp_path), None)
    qtbot.waitUntil(lambda: w.beoordeling is not None and w.taken.aantal() == 0, timeout=10_000)
    assert w.resultaat is None
    assert not w.a_opslaan.isEnabled() and not w.a_opslaan_als.isEnabled()
    for box in QApplication.topLevelWidgets():
        if box.isVisible() and box is not w:
            box.close()
