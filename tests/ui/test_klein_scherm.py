"""Readable at 1024×640 (issue 16): the first krap year of the Kerncijfers is scrolled into sight."""

from __future__ import annotations

import pytest

from ui import hoofdvenster as hv

pytestmark = pytest.mark.gui


def test_krap_jaar_in_beeld_op_1024_bij_640(voorbeeld, qtbot):
    w = voorbeeld
    w.resize(1024, 640)
    k = w.toon_scherm(hv.KERNCIJFERS)
    qtbot.waitUntil(lambda: w.taken.aantal() == 0, timeout=30_000)
    qtbot.wait(50)
    # the earliest year in which a ratio of the chosen kader is krap or buiten norm, read from the core's ratios
    jaar = min(r.jaar for r in w.resultaat.berekend.ratios
               if any(b in ("krap", "overschreden") for b in r.banden.values()))
    idx = k.model.eerste_aandacht()
    assert k.model.jaren[idx.column() - k.model.VAST] == jaar
    assert k.tabel.viewport().rect().contains(k.tabel.visualRect(idx).center())
