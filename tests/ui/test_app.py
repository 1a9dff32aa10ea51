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


EERSTE_VENSTER = textwrap.dedent("""
    import PySide6.QtCore as QtCore, PySide6.QtWidgets as QtWidgets
    from ui.app import maak_app
    from ui.hoofdvenster import Hoofdvenster, qsettings

    app = maak_app()
    qsettings().setValue("recent", [sys.argv[1]])
    v = Hoofdvenster(); v.show(); app.processEvents()
    print("RECENT", len(v.start.recent_knoppen))
    print("GELADEN", *[naam for mod, naam in ((QtCore, "Qt"), (QtWidgets, "QListWidget"), (QtWidgets, "QComboBox"),
                                              (QtWidgets, "QFileDialog"), (QtWidgets, "QMessageBox"))
                       if naam in vars(mod)], *[m for m in ("ctypes",) if m in sys.modules])
    from PySide6.QtCore import Qt  # the probe itself: looking a class up puts it in the module
    print("DAARNA", "Qt" in vars(QtCore))
""")


def test_eerste_venster_laadt_geen_zware_klassen(tmp_path):
    """Start speed (issue 7): the first window, recent files included, never looks up the `Qt` namespace
    (PySide6 then builds ≈ 95 enum classes, ≈ 20 ms) nor the classes only later views and dialogs need, nor
    ctypes (ui.signalen)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_STATE_HOME=str(tmp_path / "state"))
    recent = tmp_path / "a.bodcheck"
    recent.write_bytes(b"")  # the list shows files that exist
    p = subprocess.run([sys.executable, "-c", "import sys\n" + EERSTE_VENSTER, str(recent)],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert "RECENT 1" in p.stdout
    assert "GELADEN\n" in p.stdout, p.stdout
    assert "DAARNA True" in p.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb: Linux only")
@pytest.mark.parametrize("platform", ["xcb", ""])
def test_display_waar_niemand_antwoordt_een_nederlandse_regel(tmp_path, platform):
    """Bevinding 8: DISPLAY=:99 without an X server gives the one Dutch line and exit 2, not Qt's English abort
    (exit 134). A number no X server here uses: its socket does not exist."""
    assert not Path("/tmp/.X11-unix/X99").exists()
    env = dict(os.environ, DISPLAY=":99", QT_QPA_PLATFORM=platform, XDG_STATE_HOME=str(tmp_path / "state"))
    env.pop("WAYLAND_DISPLAY", None)
    p = subprocess.run([sys.executable, "-m", "bodcheck"], cwd=ROOT, env=env, capture_output=True, text=True,
                       timeout=60)
    assert p.returncode == 2, p.stderr
    assert p.stderr.splitlines() == [
        "bodcheck: er is geen beeldscherm om het programmavenster op te tonen (DISPLAY=:99 is niet bereikbaar); "
        "start bodcheck vanaf het bureaublad, of gebruik de opdrachten zonder venster (bodcheck --help)."]
    assert p.stdout == "" and "qt.qpa" not in p.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X sockets: Linux only")
def test_display_met_een_luisterende_server_is_geen_probleem(tmp_path):
    """The check only refuses where nobody listens: a listening local socket or TCP port 6000+n passes (the X server
    itself is Qt's business); the same numbers with nobody listening are refused."""
    import socket

    from bodcheck.__main__ import _display_probleem

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.bind(str(tmp_path / "X7"))
        s.listen(1)
        assert _display_probleem(":7", str(tmp_path)) is None
        assert _display_probleem(":7.0", str(tmp_path)) is None
    assert _display_probleem(":8", str(tmp_path)) is not None
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        poort = s.getsockname()[1]
        if poort <= 6000:
            pytest.skip("the free port is below 6000")
        s.listen(1)
        assert _display_probleem(f"127.0.0.1:{poort - 6000}") is None
    assert "127.0.0.1:" in (_display_probleem(f"127.0.0.1:{poort - 6000}") or "")
