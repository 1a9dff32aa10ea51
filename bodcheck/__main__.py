"""The program entry (`bodcheck` console script, `python -m bodcheck`, the frozen app). It sits above the
layers: it hands the command line a way to open the desktop app, so bodcheck itself never imports Qt."""

from __future__ import annotations

import os
import sys

from bodcheck.cli import main

# What the Qt xcb platform plugin (a window on a Linux desktop) loads beyond Qt itself: library -> Debian package.
XCB_BIBLIOTHEKEN = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def scherm_probleem(omgeving: dict[str, str] | None = None, bibliotheken: dict[str, str] | None = None) -> str | None:
    """Why the window cannot open here, in one Dutch sentence, or None. Qt itself would abort the process with an
    English message (uitvoer.md Revisions 2). Only on Linux with the xcb platform; the frozen app brings its own
    xcb libraries."""
    env = os.environ if omgeving is None else omgeving
    platform = env.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or platform not in ("", "xcb"):
        return None
    if not env.get("DISPLAY"):
        if platform == "" and env.get("WAYLAND_DISPLAY"):
            return None  # a Wayland desktop: Qt picks its own platform
        return ("bodcheck: er is geen beeldscherm om het programmavenster op te tonen (DISPLAY is niet gezet); "
                "start bodcheck vanaf het bureaublad, of gebruik de opdrachten zonder venster (bodcheck --help).")
    if getattr(sys, "frozen", False):
        return None
    import ctypes  # here, not at the top: the start of the app never pays for it elsewhere (docs/prestaties.md)

    ontbreekt = []
    for naam, pakket in (XCB_BIBLIOTHEKEN if bibliotheken is None else bibliotheken).items():
        try:
            ctypes.CDLL(naam)
        except OSError:
            ontbreekt.append(pakket)
    if ontbreekt:
        return (f"bodcheck: het programmavenster mist systeembibliotheken; installeer {' '.join(ontbreekt)} "
                "(bijvoorbeeld met: bash scripts/setup.sh) en start bodcheck opnieuw.")
    return None


def _open_app(bestand: str | None) -> int:
    probleem = scherm_probleem()
    if probleem:
        sys.stderr.write(probleem + "\n")
        return 2
    try:
        from ui.app import main as app_main
    except ImportError as e:
        sys.stderr.write(f"bodcheck: het programmavenster kan niet starten ({e})\n")
        return 2
    return app_main(bestand)


def _gui_zelftest(*args, **kwargs) -> list[str]:
    """The Qt half of `--zelftest` (ui.zelftest), reached like the app: only this module imports ui."""
    from ui.zelftest import qt_stappen

    return qt_stappen(*args, **kwargs)


def start() -> int:
    return main(gui_start=_open_app, gui_zelftest=_gui_zelftest)


if __name__ == "__main__":
    sys.exit(start())
