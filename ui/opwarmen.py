"""After the first window is painted, the heavy modules are imported on a background thread, so that
opening, computing, the first report and the first visit to a view never wait for an import on the window's
thread (issue 16). First the core (pure Python: openpyxl, numpy, reportlab come along), then the modules of
the views (QtCharts, QtPdf and their Python classes). Importing a Qt module only loads its library and
creates Python types; no QObject is made here, so this is safe off the GUI thread."""

from __future__ import annotations

import gc
import importlib
import threading

# in the order the first assessment needs them
MODULES = ("bodcheck.beoordeling", "bodcheck.pipeline", "bodcheck.normenkaders", "bodcheck.rapport.overzicht",
           "bodcheck.bewerken", "bodcheck.voorbeeld", "bodcheck.rapport.pdf", "bodcheck.rapport.excel",
           "ui.keuzes", "ui.rapportdienst", "ui.dialogen", "ui.scherm_overzicht", "ui.scherm_invoer",
           "ui.scherm_kerncijfers", "ui.scherm_ruimte", "ui.scherm_vergelijking", "ui.scherm_vraagpunten",
           "ui.scherm_afspraken", "ui.scherm_rapport", "ui.samen_venster", "bodcheck.samen")


def _importeer() -> None:
    for naam in MODULES:
        try:
            importlib.import_module(naam)
        except Exception:
            break
    # Modules, classes and functions live as long as the program: move them out of the collector's sight, so
    # that no collection on the window's thread walks them again. Freezing frees nothing, so any thread may.
    gc.freeze()


def start() -> threading.Thread:
    t = threading.Thread(target=_importeer, name="bodcheck-opwarmen", daemon=True)
    t.start()
    return t
