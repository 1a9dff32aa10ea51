"""Workarounds for defects of the Qt binding that bodcheck cannot fix at their source.

PySide6 6.12.0 (the abi3 wheels pinned in pyproject.toml) returns None from a void method such as
`QLabel.setText` without taking a new reference. On CPython 3.12 and later None is immortal and this is
harmless; on 3.11, which bodcheck supports and bundles, every such call lowers None's reference count by one,
and a long session can end in "Fatal Python error: none_dealloc" (measured: 1.000 calls of `setText` lower it by
1.000; tests/ui/test_omwegen.py). None is never legitimately freed, so giving it a reserve of references is
safe: it is what 3.12 does by making None immortal. ui.signalen gives the reserve before the first background
job, with its own workaround for `emit` (ctypes is not loaded for the first window; the start itself leaves None
thousands of references to spare, measured).
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # about 10^12 calls; a session makes a few hundred thousand


def none_reserve() -> None:
    """Once per process, on CPython before 3.12: add RESERVE to None's reference count (the first field of every
    CPython object header)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12) or getattr(none_reserve, "gedaan", False):
        return
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
    none_reserve.gedaan = True  # type: ignore[attr-defined]
