"""The light grid of every table, drawn by the table itself.

Qt's Fusion style draws the grid in its own colour (#c7c7c7, from the window colour); a light grey took a style
sheet per table, and a widget with its own style sheet is polished through Qt's style-sheet engine, it and every
child (headers, scroll bars, the viewport): ≈ 2 ms per table, 40 ms of the window's time when the example opens
(issue 16, "never frozen"). So the tables turn Qt's grid off and draw these lines after the cells: where Qt
would draw them (the last pixel of each cell), only between the visible cells."""

from __future__ import annotations

from PySide6.QtCore import QLine
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QTableView

KLEUR = QColor("#e2e2e2")


def teken(view: QTableView) -> None:
    """Draw the grid over the viewport of `view` (call after QTableView.paintEvent)."""
    model = view.model()
    if model is None:
        return
    rijen, kolommen = model.rowCount(), model.columnCount()
    if not rijen or not kolommen:
        return
    vp = view.viewport()
    breed, hoog = vp.width(), vp.height()
    xs = [x for k in _zichtbaar(view.horizontalHeader(), kolommen, breed)
          if 0 <= (x := view.columnViewportPosition(k) + view.columnWidth(k) - 1) < breed]
    ys = [y for r in _zichtbaar(view.verticalHeader(), rijen, hoog)
          if 0 <= (y := view.rowViewportPosition(r) + view.rowHeight(r) - 1) < hoog]
    rechts = min(breed, view.columnViewportPosition(kolommen - 1) + view.columnWidth(kolommen - 1))
    onder = min(hoog, view.rowViewportPosition(rijen - 1) + view.rowHeight(rijen - 1))
    p = QPainter(vp)
    p.setPen(KLEUR)
    p.drawLines([QLine(x, 0, x, onder - 1) for x in xs] + [QLine(0, y, rechts - 1, y) for y in ys])
    p.end()


def _zichtbaar(kop, n: int, lengte: int) -> range:
    """The logical sections on screen (the tables of bodcheck are not reordered: visual = logical)."""
    eerste = kop.logicalIndexAt(0)
    laatste = kop.logicalIndexAt(lengte - 1)
    return range(max(eerste, 0), (laatste if laatste >= 0 else n - 1) + 1)
