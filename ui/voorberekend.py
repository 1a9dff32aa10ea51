"""Table models whose painted cells are computed once, after each reset, instead of at every paint.

A QTableView asks its model for eight roles of every visible cell at every paint; in Python each call formats
the number again. For Kerncijfers that was ≈ 2.500 calls (≈ 40 ms) at the first sight of the view (issue 16).
A model with this mixin computes the painted roles of all cells when it is filled (that happens out of sight,
ui.schermen.voorbereiden), and `data` becomes a dict lookup. The tooltip and other roles are still computed
when asked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

R = Qt.ItemDataRole
GESCHILDERD = tuple(int(r) for r in (R.DisplayRole, R.TextAlignmentRole, R.ForegroundRole, R.BackgroundRole,
                                      R.FontRole, R.DecorationRole, R.CheckStateRole))
_GESCHILDERD = frozenset(GESCHILDERD)


class Voorberekend:
    """Mixin for a QAbstractTableModel: the subclass computes a cell in `bereken(index, role)` and calls
    `voorbereken()` after every reset (its `zet`)."""

    _geschilderd: dict[tuple[int, int, int], Any] | None = None

    def bereken(self, index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
        raise NotImplementedError

    def voorbereken(self) -> None:
        uit: dict[tuple[int, int, int], Any] = {}
        model: Any = self
        for r in range(model.rowCount()):
            for k in range(model.columnCount()):
                index = model.index(r, k)
                for rol in GESCHILDERD:
                    waarde = self.bereken(index, rol)
                    if waarde is not None:
                        uit[r, k, rol] = waarde
        self._geschilderd = uit

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = R.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rol = int(role)
        if self._geschilderd is not None and rol in _GESCHILDERD:
            return self._geschilderd.get((index.row(), index.column(), rol))
        return self.bereken(index, rol)
