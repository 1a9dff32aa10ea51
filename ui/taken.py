"""Background jobs: a core call runs in a QThreadPool, its result or exception comes back on the GUI thread.

Like Anki's QueryOp: `taken.start(werk, klaar=..., mislukt=...)`. `werk` never touches widgets; progress is
a plain callback `voortgang(stap, van, tekst)` that the core calls, bridged here to a Qt signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ui.signalen import zend

log = logging.getLogger(__name__)

Voortgang = Callable[[int, int, str], None]


class _Bode(QObject):
    """Lives on the GUI thread; the worker emits its signals, so the slots run on the GUI thread."""

    klaar = Signal(object)
    mislukt = Signal(object)
    voortgang = Signal(int, int, str)

    def __init__(self, taken: Taken, bij_klaar: Callable[[Any], None],
                 bij_mislukt: Callable[[BaseException], None] | None,
                 bij_voortgang: Voortgang | None) -> None:
        super().__init__(taken)
        self._taken = taken
        self._bij_klaar, self._bij_mislukt, self._bij_voortgang = bij_klaar, bij_mislukt, bij_voortgang
        self.klaar.connect(self._op_klaar)
        self.mislukt.connect(self._op_mislukt)
        self.voortgang.connect(self._op_voortgang)

    @Slot(object)
    def _op_klaar(self, uitkomst: Any) -> None:
        self._taken._af(self)
        self._bij_klaar(uitkomst)

    @Slot(object)
    def _op_mislukt(self, fout: BaseException) -> None:
        self._taken._af(self)
        if self._bij_mislukt is not None:
            self._bij_mislukt(fout)
        else:
            zend(self._taken.fout, fout)

    @Slot(int, int, str)
    def _op_voortgang(self, stap: int, van: int, tekst: str) -> None:
        if self._bij_voortgang is not None:
            self._bij_voortgang(stap, van, tekst)


class _Werk(QRunnable):
    def __init__(self, werk: Callable[..., Any], bode: _Bode, met_voortgang: bool) -> None:
        super().__init__()
        self._werk, self._bode, self._met_voortgang = werk, bode, met_voortgang

    def run(self) -> None:  # on a pool thread: no widgets here
        bode = self._bode
        try:
            if self._met_voortgang:
                uitkomst = self._werk(lambda stap, van, tekst: zend(bode.voortgang, int(stap), int(van), str(tekst)))
            else:
                uitkomst = self._werk()
        except BaseException as e:  # every failure goes back to the GUI as data
            log.debug("achtergrondtaak mislukt", exc_info=True)
            zend(bode.mislukt, e)
        else:
            zend(bode.klaar, uitkomst)


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
        self._lopend: dict[_Bode, str] = {}

    def start(self, werk: Callable[..., Any], *, klaar: Callable[[Any], None],
              mislukt: Callable[[BaseException], None] | None = None,
              voortgang: Voortgang | None = None, baan: str = "werk") -> None:
        """Run `werk()` (or `werk(voortgang)` when `voortgang` is given) in the background."""
        bode = _Bode(self, klaar, mislukt, voortgang)
        was_leeg = not self.werk_bezig()
        self._lopend[bode] = baan
        pool = self._schijf if baan == "schijf" else self._werk
        pool.start(_Werk(werk, bode, voortgang is not None))
        if baan == "werk" and was_leeg:
            zend(self.bezig, True)

    def werk_bezig(self) -> bool:
        return any(b == "werk" for b in self._lopend.values())

    def aantal(self) -> int:
        return len(self._lopend)

    def _af(self, bode: _Bode) -> None:
        baan = self._lopend.pop(bode, None)
        bode.deleteLater()
        if baan == "werk" and not self.werk_bezig():
            zend(self.bezig, False)

    def wacht(self, ms: int = 30_000) -> bool:
        """Block until both lanes are idle (used on close, and by tests)."""
        return self._werk.waitForDone(ms) and self._schijf.waitForDone(ms)
