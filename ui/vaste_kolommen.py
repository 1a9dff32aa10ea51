"""Label columns that stay in place when a wide table scrolls sideways (Qt's "Frozen Column" example): a
second table view over the first columns of a ui.tabel.Tabel, with the same model and selection, scrolled up
and down with it. At 1024×640 the years of Kerncijfers and of the Invoer sheets no longer take the names of
their rows with them (issue 16).

The table scrolls sideways by whole columns: the first scrolled column starts at the edge of the fixed ones, never
half under them (a year read "29" instead of 2029), and at the right end the last column is whole too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView, QWidget

from ui import raster

LIJN = QColor("#9aa5b1")

if TYPE_CHECKING:
    from ui.tabel import Tabel


class VasteKolommen(QTableView):
    def __init__(self, tabel: Tabel, n: int) -> None:
        super().__init__(tabel)
        self.tabel, self.n = tabel, n
        self.setObjectName("vaste_kolommen")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the table below, which has it all
        self.setAccessibleName(f"{tabel.accessibleName()}: vaste kolommen".strip(": "))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(tabel.verticalHeader().defaultSectionSize())
        kop = self.horizontalHeader()
        kop.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        kop.setHighlightSections(False)
        kop.setDefaultAlignment(tabel.horizontalHeader().defaultAlignment())
        self.setWordWrap(tabel.wordWrap())
        self.setShowGrid(False)  # drawn light by ui.raster (no style sheet: see there)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.lijn = QWidget(self)  # a line where the scrolling part begins
        self.lijn.setAutoFillBackground(True)
        kleur = self.lijn.palette()
        kleur.setColor(QPalette.ColorRole.Window, LIJN)
        self.lijn.setPalette(kleur)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        tabel.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        tabel.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        tabel.viewport().stackUnder(self)
        tabel.horizontalHeader().sectionResized.connect(self._breedte)
        tabel.horizontalHeader().geometriesChanged.connect(self.plaats)
        tabel.verticalHeader().sectionResized.connect(lambda rij, _oud, nieuw: self.setRowHeight(rij, nieuw))
        self.verticalScrollBar().valueChanged.connect(tabel.verticalScrollBar().setValue)
        tabel.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        balk = tabel.horizontalScrollBar()
        self._vorige = balk.value()
        balk.rangeChanged.connect(self._bereik)
        balk.valueChanged.connect(self._klik_vast)
        self.koppel()
        self._bereik(0, balk.maximum())

    def koppel(self) -> None:
        """Show the table's (new) model and share its selection."""
        model = self.tabel.model()
        self.setModel(model)
        self.setSelectionModel(self.tabel.selectionModel())
        for sein in (model.modelReset, model.layoutChanged, model.columnsInserted, model.columnsRemoved):
            sein.connect(self.kolommen)
        self.kolommen()

    def breedte(self) -> int:
        return sum(self.tabel.columnWidth(k) for k in range(self.n))

    def kolommen(self, *_args: object) -> None:
        """Only the first `n` columns, as wide as below, and the rows as high."""
        t = self.tabel
        for k in range(self.model().columnCount()):
            self.setColumnHidden(k, k >= self.n)
        for k in range(min(self.n, self.model().columnCount())):
            self.setColumnWidth(k, t.columnWidth(k))
        for r in range(self.model().rowCount()):
            if t.rowHeight(r) != self.rowHeight(r):
                self.setRowHeight(r, t.rowHeight(r))
        self.plaats()

    def _breedte(self, k: int, _oud: int, nieuw: int) -> None:
        if k < self.n:
            self.setColumnWidth(k, nieuw)
            self.plaats()

    def plaats(self) -> None:
        t = self.tabel
        self.setGeometry(t.verticalHeader().width() + t.frameWidth(), t.frameWidth(), self.breedte(),
                         t.viewport().height() + t.horizontalHeader().height())
        self.verticalScrollBar().setValue(t.verticalScrollBar().value())
        self.lijn.setGeometry(self.width() - 1, 0, 1, self.height())
        self.lijn.raise_()

    def paintEvent(self, e: QPaintEvent) -> None:
        super().paintEvent(e)
        raster.teken(self)

    # -- scrolling by whole columns ---------------------------------------------------------------------------
    def grenzen(self) -> list[int]:
        """The scroll positions (pixels) at which a scrolled column starts exactly at the fixed columns' edge: 0,
        then after each column beyond the fixed ones."""
        t, uit = self.tabel, [0]
        for k in range(self.n, t.horizontalHeader().count()):
            uit.append(uit[-1] + t.columnWidth(k))  # a hidden column is 0 wide
        return uit

    def _bereik(self, _van: int, tot: int) -> None:
        """Qt's range ends where the last column meets the right edge, wherever the first one then starts: widen
        it to the next whole column (an empty strip at the right, as in a spreadsheet)."""
        self.setVisible(tot > 0)  # only when the table scrolls sideways
        if tot > 0:
            balk = self.tabel.horizontalScrollBar()
            grenzen = self.grenzen()
            rand = next((g for g in grenzen if g >= tot), tot)
            onder = max((g for g in grenzen if g <= tot), default=0)
            if rand != tot and rand - onder <= self.tabel.viewport().width() - self.breedte():
                balk.setMaximum(rand)  # (not for a column wider than the room beside the fixed ones)
            self._klik_vast(balk.value())

    def _klik_vast(self, waarde: int) -> None:
        """Move a scroll position between two column edges on to the next edge in the direction it went (a small
        step of the wheel or an arrow still moves a whole column, and never back)."""
        balk = self.tabel.horizontalScrollBar()
        grenzen = self.grenzen()
        onder = max((g for g in grenzen if g <= waarde), default=0)
        boven = next((g for g in grenzen if g > waarde), onder)
        ruimte = self.tabel.viewport().width() - self.breedte()
        if waarde in grenzen or balk.maximum() == 0 or boven - onder > ruimte:
            self._vorige = waarde  # a column wider than the room beside the fixed ones scrolls through by pixel
            return
        if waarde > self._vorige:
            doel = next((g for g in grenzen if g >= waarde), balk.maximum())
        else:
            doel = onder
        self._vorige = doel
        balk.setValue(doel)
