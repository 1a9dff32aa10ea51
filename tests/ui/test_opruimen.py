"""Garbage is collected on the GUI thread only (ui.opruimen): automatic collection is off, and the timer's
collection frees reference cycles."""

from __future__ import annotations

import gc
import weakref


class _Knoop:
    def __init__(self) -> None:
        self.ander: _Knoop | None = None


def test_automatische_opruiming_uit_en_timer_ruimt_kringen_op(qapp) -> None:
    from ui import opruimen
    from ui.app import maak_app

    app = maak_app()
    opruimer = opruimen.installeer(app)
    assert opruimen.installeer(app) is opruimer  # one per application
    assert not gc.isenabled()

    a, b = _Knoop(), _Knoop()
    a.ander, b.ander = b, a  # a reference cycle: only the cyclic collector can free it
    zwak = weakref.ref(a)
    del a, b
    assert zwak() is not None  # automatic collection is off: the cycle is still there
    ballast = [[] for _ in range(gc.get_threshold()[0] * 2)]  # enough allocations to make generation 0 due
    opruimer.ruim_op()
    del ballast
    assert zwak() is None
