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
    English message (uitvoer.md Revisions 2): no DISPLAY, missing xcb libraries (the frozen app brings its own), or a
    DISPLAY where no X server answers. Only on Linux with the xcb platform."""
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
        return _display_probleem(env["DISPLAY"])
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
    return _display_probleem(env["DISPLAY"])


def _display_probleem(display: str, socketmap: str = "/tmp/.X11-unix") -> str | None:
    """DISPLAY names an X server nobody answers at (DISPLAY=:99 without one): Qt would abort with its English
    xcb message. Only the connection is tried (a local socket, or TCP 6000+n for host:n), in milliseconds;
    whether the server then lets us in is Qt's to say."""
    import socket  # light, and only on this path

    host, _, rest = display.rpartition(":")
    nummer = rest.split(".")[0]
    bereikbaar = False
    doelen: list[tuple[int, str | tuple[str, int]]]
    if nummer.isdigit():
        if host in ("", "unix"):
            doelen = [(socket.AF_UNIX, f"{socketmap}/X{nummer}"), (socket.AF_UNIX, f"\0{socketmap}/X{nummer}")]
        else:
            doelen = [(socket.AF_INET6 if ":" in host else socket.AF_INET, (host.strip("[]"), 6000 + int(nummer)))]
        for familie, adres in doelen:
            try:
                with socket.socket(familie, socket.SOCK_STREAM) as s:
                    s.settimeout(2)
                    s.connect(adres)
                bereikbaar = True
                break
            except OSError:
                continue
    else:
        bereikbaar = True  # a form we do not know (a launchd path on a Mac): Qt decides
    if bereikbaar:
        return None
    return (f"bodcheck: er is geen beeldscherm om het programmavenster op te tonen (DISPLAY={display} is niet "
            "bereikbaar); start bodcheck vanaf het bureaublad, of gebruik de opdrachten zonder venster "
            "(bodcheck --help).")


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
