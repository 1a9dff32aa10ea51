"""Emitting a signal from Python, working around a PySide6 6.12 reference-count bug.

`SignalInstance.emit()` returns `True` without owning a reference to it. Dropping that result (as every
plain `sig.emit(...)` statement does) lowers the reference count of `True` by one; after enough emits
Python aborts with "bool_dealloc: deallocating True or False" (seen at interpreter exit after the GUI
tests). Keeping each result balances the count exactly; if PySide fixes the bug, the kept references are
simply extra ones (a pointer per emit, negligible). Found with sys.getrefcount(True) around 50 emits.
"""

from __future__ import annotations

from typing import Any

_BEWAARD: list[Any] = []


def zend(signaal: Any, *args: Any) -> None:
    _BEWAARD.append(signaal.emit(*args))
