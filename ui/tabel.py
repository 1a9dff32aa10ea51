"""A table view with calm defaults (light grid, no row numbers, fitted columns)."""

from __future__ import annotations

import heapq
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui import raster
from ui.vaste_kolommen import VasteKolommen

STEEKPROEF = 30  # rows Qt's own fit to contents measures (its default is 1.000); kolombreedtes reads all rows
KANDIDATEN = 8  # the longest texts of a column, by number of characters, that kolombreedtes measures in the font
RUIMTE = 8  # a cell's text margins (2 × 3 px) and grid line, as Qt's own fit to contents


class Tabel(QTableView):
    def __init__(self, parent: QWidget | None = None, bewerkbaar: bool = False) -> None:
        super().__init__(parent)
        self._later: dict[str, Any] | None = None  # a fitting asked for while hidden (pas_kolommen_aan_bij_tonen)
        self.vast: VasteKolommen | None = None  # label columns that stay in place (bevries_kolommen)
        self._vast_n = 0
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)
        # column widths from a sample of rows: fitting a long sheet must not hold up the window (issue 16)
        self.horizontalHeader().setResizeContentsPrecision(STEEKPROEF)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        # Tab and Shift+Tab leave the table for the next control; the arrow keys move from cell to cell (QTableView
        # uses Tab between cells by default: a keyboard trap, WCAG 2.1.2)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        self.setShowGrid(False)  # drawn light by ui.raster, without a style sheet per table
        if bewerkbaar:
            self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                 | QAbstractItemView.EditTrigger.EditKeyPressed
                                 | QAbstractItemView.EditTrigger.AnyKeyPressed)
        else:
            self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def pas_kolommen_aan(self, rek: int | None = None, min_breedte: int = 70, max_breedte: int = 460,
                         vanaf: int = 0, grenzen: dict[int, tuple[int, int]] | None = None) -> None:
        """Fit the columns to their contents within bounds (`max_breedte` applies from column `vanaf`;
        `grenzen`: (least, most) pixels for single columns)."""
        self._later = None
        h = self.horizontalHeader()
        for k, breedte in enumerate(self.kolombreedtes()):
            laag, hoog = (grenzen or {}).get(k, (min_breedte, max_breedte if k >= vanaf else 460))
            h.resizeSection(k, max(laag, min(hoog, breedte)))
        if rek is not None and 0 <= rek < h.count():
            h.setSectionResizeMode(rek, QHeaderView.ResizeMode.Interactive)
        h.setStretchLastSection(False)

    def pas_kolommen_aan_bij_tonen(self, **grenzen: Any) -> None:
        """`pas_kolommen_aan` now if the table is on screen, else when it is first shown: a sheet behind a tab
        costs nothing until it is chosen."""
        if self.isVisible():
            self.pas_kolommen_aan(**grenzen)
        else:
            self._later = grenzen

    def bevries_kolommen(self, n: int, bij_tonen: bool = False) -> None:
        """Keep the first `n` columns (the labels of the rows) in place when the table scrolls sideways.
        `bij_tonen`: made when the table is first shown (a sheet behind a tab costs nothing until chosen)."""
        self._vast_n = n
        if not bij_tonen or self.isVisible():
            self._maak_vast()

    def _maak_vast(self) -> None:
        if self.vast is None and self._vast_n and self.model() is not None:
            self.vast = VasteKolommen(self, self._vast_n)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if self.vast is not None:
            self.vast.koppel()

    def scrollTo(self, index: QModelIndex | QPersistentModelIndex,
                 hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        """Scrolling to a cell leaves it beside the fixed columns, not under them; to a fixed cell, only up or down."""
        vast = self.vast
        if vast is None:
            super().scrollTo(index, hint)
            return
        balk = self.horizontalScrollBar()
        waarde = balk.value()
        super().scrollTo(index, hint)
        if index.column() < vast.n:
            balk.setValue(waarde)
            return
        links = self.visualRect(index).left()
        if links < vast.breedte():
            balk.setValue(balk.value() - (vast.breedte() - links))

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        if self.vast is not None:
            self.vast.plaats()

    def showEvent(self, e: QShowEvent) -> None:
        if self._later is not None:
            self.pas_kolommen_aan(**self._later)
        self._maak_vast()
        super().showEvent(e)

    def paintEvent(self, e: QPaintEvent) -> None:
        super().paintEvent(e)
        raster.teken(self)

    def kolombreedtes(self) -> list[int]:
        """The width each column's text needs: the header and the widest display text of all rows, measured in
        the view's font (bold where the model says so). Qt's resizeColumnsToContents asks the model for every
        role of every cell through the delegate, which held the window up for 100–300 ms on the Invoer sheets
        (issue 16). This asks each cell for its text once, keeps the `KANDIDATEN` longest texts of a column by
        number of characters, and asks the font and measures only those: the widest value is found in any row
        (a sample of rows missed "€ 75.010.000" in Bod en woonvisie) at a fraction of the cost."""
        model, h = self.model(), self.horizontalHeader()
        if model is None:
            return []
        rijen, kolommen = model.rowCount(), model.columnCount()
        gewoon = QFontMetrics(self.font())
        f = QFont(self.font())
        f.setBold(True)
        vet = QFontMetrics(f)
        display, font_rol = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole
        uit = []
        for k in range(kolommen):
            teksten: list[tuple[int, int, list[str]]] = []  # (longest line in characters, row, lines)
            for r in range(rijen):
                tekst = model.data(model.index(r, k), display)
                if tekst is None or tekst == "":
                    continue
                regels = str(tekst).split("\n")
                teksten.append((max(len(regel) for regel in regels), r, regels))
            breedte = h.sectionSizeFromContents(k).width()
            for _, r, regels in heapq.nlargest(KANDIDATEN, teksten, key=lambda t: t[0]):
                lettertype = model.data(model.index(r, k), font_rol)
                fm = vet if lettertype is not None and lettertype.bold() else gewoon
                breedte = max(breedte, *(fm.horizontalAdvance(regel) + RUIMTE for regel in regels))
            uit.append(breedte)
        return uit
