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
