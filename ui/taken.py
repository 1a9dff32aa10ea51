"""Background jobs: a core call runs in a QThreadPool, its result or exception comes back on the GUI thread.

Like Anki's QueryOp: `taken.start(werk, klaar=..., mislukt=...)`. `werk` never touches widgets; progress is
a plain callback `voortgang(stap, van, tekst)` that the core calls, bridged here to a Qt signal.

One messenger object (`_Bode`) lives as long as `Taken` and carries every job's result with the job's number;
the callbacks wait on the GUI thread in a dict. No per-job QObject is created or deleted across threads.
"""

from __future__ import annotations

import itertools
import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

from ui import signalen
from ui.signalen import zend

log = logging.getLogger(__name__)

Voortgang = Callable[[int, int, str], None]
_alle: weakref.WeakSet[Taken] = weakref.WeakSet()  # for `rekent()`


class _Opdracht(NamedTuple):
    klaar: Callable[[Any], None]
    mislukt: Callable[[BaseException], None] | None
    voortgang: Voortgang | None
    baan: str


class _Bode(QObject):
    """Lives on the GUI thread; workers emit its signals, so the slots run on the GUI thread."""

    klaar = Signal(int, object)
    mislukt = Signal(int, object)
    voortgang = Signal(int, int, int, str)


class _Werk(QRunnable):
    def __init__(self, nr: int, werk: Callable[..., Any], bode: _Bode, met_voortgang: bool) -> None:
        super().__init__()
        self._nr, self._werk, self._bode, self._met_voortgang = nr, werk, bode, met_voortgang

    def run(self) -> None:  # on a pool thread: no widgets here
        nr, bode = self._nr, self._bode
        try:
            if self._met_voortgang:
                uitkomst = self._werk(lambda stap, van, tekst: zend(bode.voortgang, nr, int(stap), int(van),
                                                                    str(tekst)))
            else:
                uitkomst = self._werk()
        except BaseException as e:  # every failure goes back to the GUI as data
            log.debug("achtergrondtaak mislukt", exc_info=True)
            zend(bode.mislukt, nr, e)
        else:
            zend(bode.klaar, nr, uitkomst)
        finally:
            self._werk = None  # the job's closure (and what it holds) is released here, not later


class Taken(QObject):
    """Two lanes of one thread each: `werk` (import, compute, report; in order) and `schijf` (autosave)."""

    bezig = Signal(bool)  # the `werk` lane started or became idle
    fout = Signal(object)  # a job without its own failure handler failed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._werk = QThreadPool(self)
        self._werk.setMaxThreadCount(1)
        self._schijf = QThreadPool(self)
        self._schijf.setMaxThreadCount(1)
        self._bode = _Bode(self)
        self._bode.klaar.connect(self._op_klaar)
        self._bode.mislukt.connect(self._op_mislukt)
        self._bode.voortgang.connect(self._op_voortgang)
        self._nummers = itertools.count(1)
        self._lopend: dict[int, _Opdracht] = {}
        _alle.add(self)

    def start(self, werk: Callable[..., Any], *, klaar: Callable[[Any], None],
              mislukt: Callable[[BaseException], None] | None = None,
              voortgang: Voortgang | None = None, baan: str = "werk") -> int:
        """Run `werk()` (or `werk(voortgang)` when `voortgang` is given) in the background; returns its number."""
        nr = next(self._nummers)
        was_leeg = not self.werk_bezig()
        self._lopend[nr] = _Opdracht(klaar, mislukt, voortgang, baan)
        pool = self._schijf if baan == "schijf" else self._werk
        signalen.meet()  # before any worker emits (see ui.signalen)
        pool.start(_Werk(nr, werk, self._bode, voortgang is not None))
        if baan == "werk" and was_leeg:
            zend(self.bezig, True)
        return nr

    def werk_bezig(self) -> bool:
        return any(o.baan == "werk" for o in self._lopend.values())

    def aantal(self) -> int:
        return len(self._lopend)

    def _af(self, nr: int) -> _Opdracht | None:
        opdracht = self._lopend.pop(nr, None)
        if opdracht is not None and opdracht.baan == "werk" and not self.werk_bezig():
            zend(self.bezig, False)
        return opdracht

    @Slot(int, object)
    def _op_klaar(self, nr: int, uitkomst: Any) -> None:
        opdracht = self._af(nr)
        if opdracht is not None:
            opdracht.klaar(uitkomst)

    @Slot(int, object)
    def _op_mislukt(self, nr: int, fout: BaseException) -> None:
        opdracht = self._af(nr)
        if opdracht is None:
            return
        if opdracht.mislukt is not None:
            opdracht.mislukt(fout)
        else:
            zend(self.fout, fout)

    @Slot(int, int, int, str)
    def _op_voortgang(self, nr: int, stap: int, van: int, tekst: str) -> None:
        opdracht = self._lopend.get(nr)
        if opdracht is not None and opdracht.voortgang is not None:
            opdracht.voortgang(stap, van, tekst)

    def wacht(self, ms: int = 30_000) -> bool:
        """Block until both lanes are idle (used on close, and by tests)."""
        return self._werk.waitForDone(ms) and self._schijf.waitForDone(ms)


def rekent() -> bool:
    """Does a window have an import, computation or report running in the background? Python work there holds
    the GIL: work on the window's thread meanwhile waits for it at each call between Qt and Python."""
    return any(isValid(t) and t.werk_bezig() for t in list(_alle))


def wacht_op(werk: Callable[[], Any]) -> Any:
    """Run `werk()` on a thread of its own and return its result (or raise its exception), while the window
    keeps painting and its timers keep running; the user's input waits until it is done, so nothing can change
    what `werk` reads. For work the caller must finish before it goes on (saving before the window closes)
    that is too long to hold the window up for (issue 16: a .bodcheck of 350 kB took 60–100 ms to encode)."""
    uitkomst: list[Any] = []
    fout: list[BaseException] = []

    def doe() -> None:
        try:
            uitkomst.append(werk())
        except BaseException as e:
            fout.append(e)

    t = threading.Thread(target=doe, name="bodcheck-wacht-op", daemon=True)
    t.start()
    vlag = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
    while t.is_alive():
        QCoreApplication.processEvents(vlag, 5)
        t.join(0.003)
    if fout:
        raise fout[0]
    return uitkomst[0]
