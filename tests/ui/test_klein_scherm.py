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


def test_kerncijfers_namen_blijven_staan_bij_zijwaarts_scrollen(voorbeeld, qtbot):
    """Tak, Kerncijfer and Norm stay in place when the years scroll (a second view over the first columns)."""
    w = voorbeeld
    w.resize(1024, 640)
    k = w.toon_scherm(hv.KERNCIJFERS)
    qtbot.waitUntil(lambda: w.taken.aantal() == 0, timeout=30_000)
    t, vast = k.tabel, k.tabel.vast
    assert vast is not None and vast.isVisible() and vast.n == 3
    assert t.horizontalScrollBar().maximum() > 0  # at 1024 the years do not all fit: the case that matters
    # the krap year stands beside the fixed columns, not under them
    idx = k.model.eerste_aandacht()
    assert t.visualRect(idx).left() >= vast.breedte()
    assert vast.breedte() == sum(t.columnWidth(c) for c in range(3))
    for waarde in (0, t.horizontalScrollBar().maximum()):
        t.horizontalScrollBar().setValue(waarde)
        qtbot.wait(10)
        assert vast.x() == t.frameWidth()  # the fixed part does not move sideways
        assert [vast.isColumnHidden(c) for c in range(4)] == [False, False, False, True]
        rij = idx.row()
        naam = k.model.data(k.model.index(rij, 1))
        assert naam and vast.viewport().rect().contains(vast.visualRect(k.model.index(rij, 1)).center())
    # scrolling back to the first year puts it right beside the fixed columns
    eerste = k.model.index(0, k.model.VAST)
    t.scrollTo(eerste)
    assert t.visualRect(eerste).left() == vast.breedte()


def test_invoer_omschrijving_blijft_staan(voorbeeld, qtbot):
    w = voorbeeld
    w.resize(1024, 640)
    s = w.toon_scherm(hv.INVOER)
    s.kies_blad("Prognose DAEB")
    qtbot.waitUntil(lambda: w.taken.aantal() == 0, timeout=30_000)
    t = s.huidige_tabel()
    qtbot.waitUntil(t.isVisible)
    qtbot.wait(50)  # laid out at its size
    assert t.vast is not None and t.vast.n == t.model().VASTE_KOLOMMEN
    t.horizontalScrollBar().setValue(t.horizontalScrollBar().maximum())
    qtbot.wait(10)
    laatste = t.model().index(0, t.model().columnCount() - 1)
    assert t.viewport().rect().contains(t.visualRect(laatste).center())
    assert t.vast.isVisible() and t.vast.x() == t.frameWidth()
    assert t.vast.columnWidth(0) == t.columnWidth(0) and t.vast.columnWidth(1) == t.columnWidth(1)
    # a model swapped in (a re-read workbook) is followed by the fixed columns
    assert t.vast.model() is t.model() and t.vast.selectionModel() is t.selectionModel()
