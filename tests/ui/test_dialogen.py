"""Errors reach the user as a Dutch dialog with "Kopieer details" and the log path; help opens with F1."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ui import dialogen

pytestmark = pytest.mark.gui


def _fout() -> RuntimeError:
    try:
        raise RuntimeError("onverwacht")
    except RuntimeError as e:
        return e


def test_bug_geeft_dialoog_met_details_en_logboek(qtbot):
    from bodcheck import logboek

    d = dialogen.maak_foutdialoog(None, _fout(), "Het rapport kon niet worden opgesteld.")
    qtbot.addWidget(d)
    assert "Het rapport kon niet worden opgesteld." in d.tekst.text()
    assert "fout in het programma" in d.tekst.text()
    assert logboek.pad().is_file() and "onverwacht" in logboek.pad().read_text("utf-8")
    assert str(logboek.pad()) in "".join(lab.text() for lab in d.findChildren(type(d.tekst)))
    qtbot.mouseClick(d.kopieer, Qt.MouseButton.LeftButton)
    assert "RuntimeError: onverwacht" in QGuiApplication.clipboard().text()
    assert d.kopieer.text() == "Gekopieerd"


def test_gebruikersfout_zonder_traceback():
    tekst, bug = dialogen.fout_tekst(PermissionError(13, "Permission denied", "rapport.pdf"))
    assert not bug and "rapport.pdf" in tekst and "Excel" in tekst


def test_excepthook_toont_dialoog(venster, qtbot, monkeypatch):
    from ui.app import installeer_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    installeer_excepthook(venster)
    e = _fout()
    sys.excepthook(type(e), e, e.__traceback__)
    dialogen_ = [d for d in venster.findChildren(dialogen.FoutDialoog) if d.isVisible()]
    assert dialogen_ and "fout in het programma" in dialogen_[0].tekst.text()
    dialogen_[0].close()


def test_f1_opent_uitleg(venster, qtbot):
    from ui.hulp import HulpDialoog

    qtbot.keyClick(venster, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in venster.findChildren(HulpDialoog)), timeout=3000)
    d = next(d for d in venster.findChildren(HulpDialoog) if d.isVisible())
    assert [d.tabs.tabText(i) for i in range(d.tabs.count())] == ["Kerncijfers", "Begrippen", "Het rapport"]
    assert "ICR" in d.tabs.widget(0).toPlainText()
    d.close()


def test_sneltoetsen(venster):
    acties = {a.text().replace("&", ""): a.shortcut().toString() for a in venster.actions()}
    assert acties["Openen…"] == "Ctrl+O"
    assert acties["Bewaren"] == "Ctrl+S"
    assert acties["Afdrukken…"] == "Ctrl+P"
    assert acties["Rapport als PDF bewaren…"] == "Ctrl+E"
    assert acties["Uitleg"] == "F1"


def test_sjabloon_schrijven(venster, qtbot, tmp_path):
    d = dialogen.SjabloonDialoog(venster)
    qtbot.addWidget(d)
    d.bodjaar.setValue(2027)
    d.pad = tmp_path / "bod-sjabloon.xlsx"
    pad, soort, bodjaar = d.keuze()
    assert (soort, bodjaar) == ("bod", 2027)
    venster.bestanden.schrijf_sjabloon(pad, soort, bodjaar)
    qtbot.waitUntil(lambda: venster.taken.aantal() == 0, timeout=10_000)
    assert pad.read_bytes().startswith(b"PK")
    assert str(pad) in venster.statusBar().currentMessage()
