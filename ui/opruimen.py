"""Garbage collection on the GUI thread only.

Python's cyclic garbage collector runs on whichever thread happens to allocate. When a background job
triggers it, it can free Qt objects that belong to the GUI thread from the wrong thread, and Qt crashes
(seen here as a rare segfault "Garbage-collecting" in a worker). So automatic collection is switched off
and the same generational collection runs from a timer on the GUI thread, as qutebrowser does.
Reference counting still frees most objects at once; only reference cycles wait for the timer.

The timer runs often (every 100 ms): a collection costs time in proportion to the objects allocated since the
last one, and the background jobs allocate tens of thousands per second. Once a second, a young generation of
90.000 objects took 40 ms on the window's thread; ten times a second it is a few ms (issue 16, "never frozen").
The modules loaded at start are frozen out of the collector's sight after the warm-up (ui.opwarmen).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 100


class Opruimer(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.ruim_op)
        self._timer.start()

    def ruim_op(self) -> int:
        """Collect the generations that are due, with the thresholds automatic collection would use."""
        nivo0, nivo1, nivo2 = gc.get_count()
        drempel0, drempel1, drempel2 = gc.get_threshold()
        if nivo0 <= drempel0:
            return 0
        if nivo1 <= drempel1:
            return gc.collect(0)
        return gc.collect(1) if nivo2 <= drempel2 else gc.collect(2)


_opruimer: Opruimer | None = None


def installeer(app: QObject) -> Opruimer:
    """Once per application: the collector lives as long as the QApplication. (A module reference, not
    app.findChild, which costs PySide6 ~13 ms of enum set-up at start.)"""
    global _opruimer
    if _opruimer is None or _opruimer.parent() is not app:
        _opruimer = Opruimer(app)
    return _opruimer
