"""Start of the desktop app: `main(bestand)` is called by `bodcheck` and `bodcheck gui [BESTAND]`.

The window is shown first; the core and the heavy Qt modules (QtCharts, QtPdf) load only when needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from ui import opwarmen


def _fontmap() -> Path | None:
    """bodcheck/data/fonts, found without running bodcheck/__init__ (that reads package metadata: slow)."""
    import importlib.util

    spec = importlib.util.find_spec("bodcheck")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "fonts"


def registreer_lettertypen(app: QApplication, als_standaard: bool = False) -> str | None:
    """Register the bundled DejaVu Sans, so the app renders € and the status symbols without system fonts.
    Where the system has no fonts at all, DejaVu becomes the application font."""
    map_ = _fontmap()
    if map_ is None:
        return None
    familie = None
    for naam in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        try:
            fid = QFontDatabase.addApplicationFont(str(map_ / naam))
        except OSError:
            continue
        if fid >= 0 and familie is None:
            families = QFontDatabase.applicationFontFamilies(fid)
            familie = families[0] if families else None
    if familie and als_standaard:
        from PySide6.QtGui import QFont

        app.setFont(QFont(familie, 9))
    return familie


def installeer_excepthook(venster: QWidget | None) -> None:
    """An uncaught exception in a slot becomes the Dutch error dialog (and a line in the log), never silence."""
    vorige = sys.excepthook

    def hook(soort, fout, tb):
        if issubclass(soort, KeyboardInterrupt):
            vorige(soort, fout, tb)
            return
        try:
            from ui.dialogen import toon_fout

            fout.__traceback__ = tb
            toon_fout(venster, fout)
        except Exception:  # the last resort must not raise
            vorige(soort, fout, tb)

    sys.excepthook = hook


def maak_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("bodcheck")
    app.setOrganizationName("bodcheck")
    app.setApplicationDisplayName("bodcheck")
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    from ui import opruimen

    opruimen.installeer(app)  # collect garbage on the GUI thread only (background jobs must not free Qt objects)
    # A background job in pure Python (the report, the computation) holds the GIL; every Qt call that lets go of
    # it made the window's thread wait up to Python's default 5 ms to get it back (364 QModelIndex look-ups:
    # 53 ms while the report was written). 0,5 ms gives the window its turn sooner (issue 16).
    sys.setswitchinterval(0.0005)
    if QFontDatabase.families():
        QTimer.singleShot(0, lambda: registreer_lettertypen(app))  # the system has fonts: after the first paint
    else:
        registreer_lettertypen(app, als_standaard=True)  # no fonts at all (a bare container): needed before anything is drawn
    return app


def main(bestand: str | None = None) -> int:
    app = maak_app()
    from ui.hoofdvenster import Hoofdvenster

    venster = Hoofdvenster()
    installeer_excepthook(venster)
    venster.show()

    def daarna() -> None:
        opwarmen.start()  # after the first paint: the core's modules load in the background
        from bodcheck import uitvoer
        from ui.startscherm import recent_item

        # leftovers of an interrupted save (a process that no longer runs), whatever their age
        uitvoer.ruim_op_bij_start({recent_item(r)[1].parent for r in venster.bestanden.recent()})
        if bestand:
            venster.bestanden.open_bestand(Path(bestand))
        else:
            venster.bestanden.bied_herstel_aan()

    QTimer.singleShot(0, daarna)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else None))
