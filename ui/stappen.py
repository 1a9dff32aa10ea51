"""Work on the window's thread in small steps, one per turn of the event loop, so the window keeps
painting and answering in between (issue 16, "never frozen"). A view that builds several charts gives each
chart its own step; starting again drops the steps of the previous run.

One step per turn for the whole application, not per view: the Overzicht's charts and the views built out of
sight after an open each took a step in the same turn, and the window waited for both plus the layout and
painting they caused. The views with steps take turns (in the order they started).

`bezig()` says whether any run anywhere still has steps (tests and bench/hartslag.py wait for it)."""

from __future__ import annotations

import weakref
from collections import deque
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

from ui import taken

_alle: weakref.WeakSet[Stappen] = weakref.WeakSet()
_beurten: deque[weakref.ref[Stappen]] = deque()  # the runs with steps, in turn
_timer: QTimer | None = None
WACHT_MS = 20


class Stappen(QObject):
    """Steps run in order, one per event-loop turn, for as long as the owner lives."""

    def __init__(self, parent: QObject, na_rekenen: bool = False) -> None:
        """`na_rekenen`: work that can wait (views built out of sight) runs only while no background job computes
        (ui.taken.rekent): a job's Python work holds the GIL, and the steps would wait for it at every call."""
        super().__init__(parent)
        self._rij: deque[Callable[[], object]] = deque()
        self.na_rekenen = na_rekenen
        _alle.add(self)

    def start(self, stappen: Iterable[Callable[[], object]]) -> None:
        """Run `stappen` from the next turn on; the steps of an earlier run that did not run yet are dropped."""
        self._rij = deque(stappen)
        if self._rij and not any(ref() is self for ref in _beurten):
            _beurten.append(weakref.ref(self))
            _planner().start()

    def bezig(self) -> bool:
        if self._rij and not isValid(self):  # its view was closed: the steps have nothing left to build
            self._rij.clear()
        return bool(self._rij)

    def af(self) -> None:
        """Run what is left now (used before printing a view, and by tests that need the whole view)."""
        while self._rij:
            self._rij.popleft()()


def _planner() -> QTimer:
    global _timer
    if _timer is None or not isValid(_timer):
        _timer = QTimer()
        _timer.setInterval(0)
        _timer.timeout.connect(_volgende)
    return _timer


def _volgende() -> None:
    """One step of the first run in line that may go now; that run goes to the back of the line if it has more.
    When only runs that wait for the background are left, the planner looks again every WACHT_MS."""
    assert _timer is not None
    rekent = taken.rekent()
    for _ in range(len(_beurten)):
        run = _beurten.popleft()()
        if run is None or not run.bezig():
            continue
        _beurten.append(weakref.ref(run))
        if run.na_rekenen and rekent:
            continue
        if len(run._rij) == 1:
            _beurten.pop()
        _timer.setInterval(0)
        run._rij.popleft()()
        break
    else:
        _timer.setInterval(WACHT_MS)
    if not _beurten:
        _timer.stop()


def bezig() -> bool:
    """Does any view still have steps to run?"""
    return any(s.bezig() for s in list(_alle))
