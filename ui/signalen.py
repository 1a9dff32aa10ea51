"""Emitting a signal from Python, working around a PySide6 6.12 reference-count bug.

`SignalInstance.emit()` returns `True` without owning a reference to it. Dropping that result (as every
plain `sig.emit(...)` statement does) lowers the reference count of `True` by one; after enough emits
Python aborts with "bool_dealloc: deallocating True or False" (seen at interpreter exit after the GUI
tests). `zend` takes the reference that emit should have given. Whether the installed PySide has the bug
is measured once (sys.getrefcount around a few emits), so a fixed PySide gets no compensation.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def _meet() -> bool:
    from PySide6.QtCore import QObject, Signal

    class _Proef(QObject):
        sein = Signal()

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
        _incref(True)  # repay what the measurement itself cost
    return verloren >= n // 2


def zend(signaal: Any, *args: Any) -> None:
    uitkomst = signaal.emit(*args)
    if _lekt and isinstance(uitkomst, bool):
        _incref(uitkomst)


_lekt = _meet()  # at import, on the GUI thread, before any background job runs
