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
