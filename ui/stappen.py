"""Work on the window's thread in small steps, one per turn of the event loop, so the window keeps
painting and answering in between (issue 16, "never frozen"). A view that builds several charts gives each
chart its own step; starting again drops the steps of the previous run.

`bezig()` says whether any run anywhere still has steps (tests and bench/hartslag.py wait for it)."""

from __future__ import annotations

import weakref
from collections import deque
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer

_alle: weakref.WeakSet[Stappen] = weakref.WeakSet()


class Stappen(QObject):
    """Steps run in order, one per event-loop turn, for as long as the owner lives."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._rij: deque[Callable[[], object]] = deque()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._volgende)
        _alle.add(self)

    def start(self, stappen: Iterable[Callable[[], object]]) -> None:
        """Run `stappen` from the next turn on; the steps of an earlier run that did not run yet are dropped."""
        self._rij = deque(stappen)
        if self._rij:
            self._timer.start()
        else:
            self._timer.stop()

    def bezig(self) -> bool:
        return bool(self._rij)

    def af(self) -> None:
        """Run what is left now (used before printing a view, and by tests that need the whole view)."""
        while self._rij:
            self._volgende()

    def _volgende(self) -> None:
        if not self._rij:
            self._timer.stop()
            return
        stap = self._rij.popleft()
        if not self._rij:
            self._timer.stop()
        stap()


def bezig() -> bool:
    """Does any view still have steps to run?"""
    return any(s.bezig() for s in list(_alle))
