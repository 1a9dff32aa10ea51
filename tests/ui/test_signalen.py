"""Guard for the PySide6 6.12 emit() reference-count bug (see ui/signalen.py): emitting through `zend`
leaves the reference count of True unchanged, so the test run cannot end in "bool_dealloc"."""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QObject, Signal

from ui.signalen import zend

pytestmark = pytest.mark.gui


class _Bron(QObject):
    klaar = Signal(object)


def test_zend_houdt_true_in_balans(qapp):
    bron = _Bron()
    ontvangen = []
    bron.klaar.connect(ontvangen.append)
    gc.collect()
    voor = sys.getrefcount(True)
    for i in range(200):
        zend(bron.klaar, i)
    gc.collect()
    assert len(ontvangen) == 200
    assert sys.getrefcount(True) >= voor


def test_voor_de_meting_compenseert_een_werkdraad_altijd(qapp, monkeypatch):
    """Off the GUI thread the bug is never measured (other threads would spoil the count); until it is,
    every emit there is compensated: a reference too many is harmless, one too few is fatal."""
    import threading

    from ui import signalen

    monkeypatch.setattr(signalen, "_lekt", None)
    bron = _Bron()  # no receivers: nothing else touches True
    gc.collect()
    voor = sys.getrefcount(True)
    draad = threading.Thread(target=lambda: [zend(bron.klaar, i) for i in range(200)])
    draad.start()
    draad.join()
    gc.collect()
    assert signalen._lekt is None  # still unmeasured: the worker did not measure
    assert sys.getrefcount(True) >= voor


def test_taken_meten_voor_de_eerste_achtergrondtaak(qapp, qtbot, monkeypatch):
    from ui import signalen
    from ui.taken import Taken

    monkeypatch.setattr(signalen, "_lekt", None)
    taken = Taken()
    uitkomsten = []
    taken.start(lambda: 42, klaar=uitkomsten.append)
    assert signalen._lekt is not None  # measured on the GUI thread, before the worker ran
    qtbot.waitUntil(lambda: uitkomsten == [42], timeout=5000)


def test_none_true_false_hebben_een_reserve_na_de_start(qapp, qtbot):
    """PySide6 6.12.0 loses a reference to None per call of a void method (ui.signalen.reserveer): from the
    first background job on, None, True and False carry a reserve, so a long session cannot free them."""
    from PySide6.QtWidgets import QLabel

    from ui.app import maak_app
    from ui.taken import Taken

    maak_app()
    taken = Taken()
    uit = []
    taken.start(lambda: 1, klaar=uit.append)  # the reserve is made before the first background job
    qtbot.waitUntil(lambda: uit == [1], timeout=5_000)
    for o in (None, True, False):
        assert sys.getrefcount(o) > 1 << 39
    lab = QLabel()
    voor = sys.getrefcount(None)
    for _ in range(20_000):
        lab.setText("x")
    assert voor - sys.getrefcount(None) in (0, 20_000)  # the bug (or a fixed PySide); never more
    assert sys.getrefcount(None) > 1 << 39
