"""GUI tests: real windows, offscreen, with settings and user folders in a temporary place."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import pytest


@pytest.fixture(autouse=True)
def _eigen_mappen(tmp_path, monkeypatch):
    """Keep QSettings, the autosave folder, the log and the example out of the user's home."""
    from PySide6.QtCore import QSettings, QStandardPaths

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "instellingen"))
    QStandardPaths.setTestModeEnabled(True)
    # Qt's test mode puts the local data folder in ~/.qttest, shared by every test process on the machine: two
    # suites running at once rewrote each other's example folders mid-test. Each test gets its own.
    import ui.bestanden

    monkeypatch.setattr(ui.bestanden, "_lokale_map", lambda naam: tmp_path / "lokaal" / naam)
    yield


@pytest.fixture
def venster(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from ui.app import maak_app
    from ui.hoofdvenster import Hoofdvenster

    maak_app()
    qs = QSettings(str(tmp_path / "bodcheck.ini"), QSettings.Format.IniFormat)
    w = Hoofdvenster(qs)
    qtbot.addWidget(w, before_close_func=_zonder_vragen)
    w.show()
    qtbot.waitExposed(w)
    return w


def _zonder_vragen(w) -> None:
    """pytest-qt closes the window after the test: finish the background work, skip the save prompt."""
    w.taken.wacht()
    w.gewijzigd = False


@pytest.fixture
def voorbeeld(venster, qtbot):
    """The main window with the bundled example opened and computed."""
    venster.bestanden.open_voorbeeld()
    qtbot.waitUntil(lambda: venster.resultaat is not None, timeout=30_000)
    qtbot.waitUntil(lambda: venster.taken.aantal() == 0, timeout=30_000)
    return venster
