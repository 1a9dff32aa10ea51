"""After the first window is painted, the heavy core modules are imported on a background thread, so that
opening, computing and the first report never wait for an import on the window's thread (issue 16). Pure
Python only: Qt modules load on the GUI thread when a view needs them (docs/prestaties.md)."""

from __future__ import annotations

import importlib
import threading

# in the order the first assessment needs them; openpyxl and numpy come along
MODULES = ("bodcheck.beoordeling", "bodcheck.pipeline", "bodcheck.normenkaders", "bodcheck.rapport.overzicht",
           "bodcheck.bewerken", "bodcheck.voorbeeld", "bodcheck.rapport.pdf", "bodcheck.rapport.excel")


def _importeer() -> None:
    for naam in MODULES:
        try:
            importlib.import_module(naam)
        except Exception:
            return


def start() -> threading.Thread:
    t = threading.Thread(target=_importeer, name="bodcheck-opwarmen", daemon=True)
    t.start()
    return t
