"""The light grid of the tables (ui.raster) is drawn where Qt would draw its own: the last pixel row and column of
each cell, in #e2e2e2, and nowhere inside a cell; the fixed label columns end in a darker line."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from ui import raster
from ui.tabel import Tabel

pytestmark = pytest.mark.gui


def _model(rijen: int, kolommen: int) -> QStandardItemModel:
    m = QStandardItemModel(rijen, kolommen)
    for r in range(rijen):
        for k in range(kolommen):
            m.setItem(r, k, QStandardItem(""))
    return m


def test_raster_op_de_randen_van_de_cellen(qtbot):
    t = Tabel()
    qtbot.addWidget(t)
    t.setModel(_model(3, 3))
    t.resize(400, 200)
    t.show()
    qtbot.waitExposed(t)
    beeld = t.viewport().grab().toImage()
    breedte, hoogte = t.columnWidth(0), t.rowHeight(0)
    midden_y = hoogte // 2
    assert beeld.pixelColor(breedte - 1, midden_y) == raster.KLEUR  # right edge of the first cell
    assert beeld.pixelColor(breedte // 2, hoogte - 1) == raster.KLEUR  # its bottom edge
    assert beeld.pixelColor(breedte // 2, midden_y) != raster.KLEUR  # not inside it
    # no line beyond the last column or row
    rechts = sum(t.columnWidth(k) for k in range(3))
    onder = 3 * hoogte
    assert rechts + 5 < beeld.width() and beeld.pixelColor(rechts + 3, midden_y) != raster.KLEUR
    assert onder + 5 < beeld.height() and beeld.pixelColor(breedte // 2, onder + 3) != raster.KLEUR


def test_vaste_kolommen_eindigen_in_een_lijn(qtbot):
    t = Tabel()
    qtbot.addWidget(t)
    t.setModel(_model(4, 30))
    t.bevries_kolommen(1)
    t.resize(400, 200)
    t.show()
    qtbot.waitExposed(t)
    qtbot.waitUntil(lambda: t.vast is not None and t.vast.isVisible())
    vast = t.vast
    beeld = vast.grab().toImage()
    assert beeld.pixelColor(vast.width() - 1, vast.height() // 2) == QColor("#9aa5b1")
    assert vast.styleSheet() == "" and t.styleSheet() == ""  # no style sheet per table (see ui.raster)
