"""A table view with calm defaults (light grid, no row numbers, fitted columns)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

STEEKPROEF = 100  # rows measured when columns are fitted to their contents (Qt's default is 1.000)


class Tabel(QTableView):
    def __init__(self, parent: QWidget | None = None, bewerkbaar: bool = False) -> None:
        super().__init__(parent)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)
        # column widths from a sample of rows: fitting a long sheet must not hold up the window (issue 16)
        self.horizontalHeader().setResizeContentsPrecision(STEEKPROEF)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        self.setShowGrid(True)
        self.setStyleSheet("QTableView { gridline-color: #e2e2e2; }")
        if bewerkbaar:
            self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                 | QAbstractItemView.EditTrigger.EditKeyPressed
                                 | QAbstractItemView.EditTrigger.AnyKeyPressed)
        else:
            self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def pas_kolommen_aan(self, rek: int | None = None, min_breedte: int = 70, max_breedte: int = 460,
                         vanaf: int = 0) -> None:
        """Fit the columns to their contents within bounds (`max_breedte` applies from column `vanaf`)."""
        h = self.horizontalHeader()
        self.resizeColumnsToContents()
        for k in range(h.count()):
            if h.sectionSize(k) < min_breedte:
                h.resizeSection(k, min_breedte)
            grens = max_breedte if k >= vanaf else 460
            if h.sectionSize(k) > grens:
                h.resizeSection(k, grens)
        if rek is not None and 0 <= rek < h.count():
            h.setSectionResizeMode(rek, QHeaderView.ResizeMode.Interactive)
        h.setStretchLastSection(False)
