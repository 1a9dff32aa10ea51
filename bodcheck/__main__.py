"""The program entry (`bodcheck` console script, `python -m bodcheck`, the frozen app). It sits above the
layers: it hands the command line a way to open the desktop app, so bodcheck itself never imports Qt."""

from __future__ import annotations

import sys

from bodcheck.cli import main


def _open_app(bestand: str | None) -> int:
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
