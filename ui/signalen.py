"""Emitting a signal from Python, working around a PySide6 6.12 reference-count bug.

`SignalInstance.emit()` returns `True` without owning a reference to it. Dropping that result (as every
plain `sig.emit(...)` statement does) lowers the reference count of `True` by one; after enough emits
Python aborts with "bool_dealloc: deallocating True or False" (seen at interpreter exit after the GUI
tests). `zend` takes the reference that emit should have given.

Whether the installed PySide has the bug is measured once (sys.getrefcount around a few emits), so a fixed
PySide gets no compensation. The count is only exact while no other thread runs Python, so it is taken on
the GUI thread before the first background job (ui.taken calls `meet`), not at import: ctypes (≈ 3 ms) need
not load before the first window.
"""

from __future__ import annotations

import _thread
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

_lekt: bool | None = None  # does emit() drop a reference? None: not measured yet
_incref: Any = None  # ctypes' Py_IncRef, loaded on first use
_gui = _thread.get_ident()  # imported on the GUI thread, with the first window (ui.startscherm)


class _Proef(QObject):
    sein = Signal()


def _py_incref() -> Any:
    global _incref
    if _incref is None:  # two threads may both load it: harmless
        import ctypes

        incref = ctypes.pythonapi.Py_IncRef
        incref.argtypes = [ctypes.py_object]
        incref.restype = None
        _incref = incref
    return _incref


def meet() -> None:
    """Measure the bug, once; on the GUI thread while no other thread emits. Also gives None its reserve
    (ui.omwegen: the same defect in void methods), now that ctypes is loaded anyway."""
    global _lekt
    if _lekt is not None:
        return
    from ui import omwegen

    omwegen.none_reserve()
    proef = _Proef()
    n = 200
    wissel = sys.getswitchinterval()
    sys.setswitchinterval(5.0)  # no other thread may touch True while we count
    try:
        voor = sys.getrefcount(True)
        uitkomsten = [proef.sein.emit() for _ in range(n)]
        del uitkomsten
        verloren = voor - sys.getrefcount(True)
    finally:
        sys.setswitchinterval(wissel)
    for _ in range(max(verloren, 0)):
        _py_incref()(True)  # repay what the measurement itself cost
    _lekt = verloren >= n // 2


def zend(signaal: Any, *args: Any) -> None:
    uitkomst = signaal.emit(*args)
    if _lekt is None and _thread.get_ident() == _gui:
        meet()
    # Not measured yet off the GUI thread: one reference to True too many is harmless, one too few is not.
    if _lekt is not False and isinstance(uitkomst, bool):
        _py_incref()(uitkomst)
