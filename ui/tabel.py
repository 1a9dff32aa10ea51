"""A table view with calm defaults (light grid, no row numbers, fitted columns)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui import raster
from ui.vaste_kolommen import VasteKolommen

STEEKPROEF = 30  # rows measured when columns are fitted to their contents (Qt's default is 1.000)
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
        """The width each column's text needs: the header and the display text of a sample of rows spread
        over the table, measured in the view's font (bold where the model says so). Qt's
        resizeColumnsToContents asks the model for every role of every cell through the delegate, which held
        the window up for 100–300 ms on the Invoer sheets (issue 16); this asks for the text and the font only."""
        model, h = self.model(), self.horizontalHeader()
        if model is None:
            return []
        rijen, kolommen = model.rowCount(), model.columnCount()
        stap = max(1, rijen // STEEKPROEF)
        gewoon = QFontMetrics(self.font())
        f = QFont(self.font())
        f.setBold(True)
        vet = QFontMetrics(f)
        display, font_rol = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole
        uit = []
        for k in range(kolommen):
            breedte = h.sectionSizeFromContents(k).width()
            for r in range(0, rijen, stap):
                i = model.index(r, k)
                tekst = model.data(i, display)
                if tekst is None or tekst == "":
                    continue
                lettertype = model.data(i, font_rol)
                fm = vet if lettertype is not None and lettertype.bold() else gewoon
                breedte = max(breedte, *(fm.horizontalAdvance(regel) + RUIMTE for regel in str(tekst).split("\n")))
            uit.append(breedte)
        return uit
