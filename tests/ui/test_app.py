"""The entry point `ui.app.main(bestand)` as `bodcheck gui [BESTAND]` calls it: a real process, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from ui.app import maak_app, main

    app = maak_app()
    def stop():
        vensters = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "Hoofdvenster"]
        w = vensters[0]
        if len(sys.argv) > 1 and w.resultaat is None:
            QTimer.singleShot(100, stop)
            return
        print("TITEL", w.windowTitle())
        print("RESULTAAT", w.resultaat is not None)
        w.gewijzigd = False
        w.close()
        app.quit()
    QTimer.singleShot(300, stop)
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else None))
""")


def _start(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               LOCALAPPDATA=str(tmp_path / "state"))
    return subprocess.run([sys.executable, "-c", SCRIPT, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_main_zonder_bestand(tmp_path):
    p = _start(tmp_path)
    assert p.returncode == 0, p.stderr
    assert "TITEL bodcheck" in p.stdout and "RESULTAAT False" in p.stdout


def test_main_met_werkboek(tmp_path):
    from bodcheck import voorbeeld

    bod, _wv = voorbeeld.schrijf_werkboeken(tmp_path / "vb")
    p = _start(tmp_path, str(bod))
    assert p.returncode == 0, p.stderr
    assert "RESULTAAT True" in p.stdout
    assert "De Lindehof" in p.stdout
