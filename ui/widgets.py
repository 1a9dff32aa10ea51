"""Small shared widgets: a section heading, an explanation line, a note box. (The table view is in
ui.tabel, so the start screen does not load the item-view classes; `QtCore.Qt` is looked up only when used,
see ui.hoofdvenster.)"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui import kleuren


def kop(tekst: str, niveau: int = 1) -> QLabel:
    lab = QLabel(tekst)
    f = lab.font()
    f.setPointSizeF(f.pointSizeF() * (1.45 if niveau == 1 else 1.15))
    f.setBold(True)
    lab.setFont(f)
    return lab


def uitleg(tekst: str, opgemaakt: bool = True) -> QLabel:
    """An explanation line. `opgemaakt`: the text (also later setText) is HTML; the start screen passes False,
    plain text, so the first window does not load PySide's `Qt` namespace (see ui.startscherm)."""
    lab = QLabel(tekst)
    lab.setWordWrap(True)
    if opgemaakt:
        lab.setTextFormat(QtCore.Qt.TextFormat.RichText)
    lab.setOpenExternalLinks(False)
    kleur = lab.palette()  # a palette, not a style sheet: see ui.raster for what a style sheet per widget costs
    kleur.setColor(QPalette.ColorRole.WindowText, kleuren.UITLEG)
    lab.setPalette(kleur)
    return lab


def kader(tekst: str, soort: str = "let_op") -> QLabel:
    """A framed note: `let_op` (amber rule on the left) or `info` (grey)."""
    lab = QLabel(tekst)
    lab.setWordWrap(True)
    lab.setTextFormat(QtCore.Qt.TextFormat.RichText)
    lab.setFrameShape(QFrame.Shape.NoFrame)
    kleur = "#b7791f" if soort == "let_op" else "#9aa5b1"
    achter = "#fdf7e7" if soort == "let_op" else "#f4f6f8"
    lab.setStyleSheet(f"QLabel {{ background: {achter}; border-left: 4px solid {kleur}; padding: 8px 10px; "
                      "color: #222; }")
    return lab


def scrollend(widget: QWidget) -> tuple[QVBoxLayout, QVBoxLayout]:
    """A view whose content scrolls as a whole: returns (outer layout, content layout)."""
    buiten = QVBoxLayout(widget)
    buiten.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setAccessibleName("Inhoud van het scherm")  # it takes the focus to scroll with the keyboard
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    binnen = QWidget()
    scroll.setWidget(binnen)
    buiten.addWidget(scroll)
    laag = QVBoxLayout(binnen)
    laag.setContentsMargins(16, 12, 16, 12)
    return buiten, laag


def vet_gekozen(lijst: QWidget) -> None:
    """The chosen item of the side list of views in bold, besides the bar and the colour of `navigatie_stijl` (a
    style sheet's font-weight does not reach the items of a list). Item-view classes are loaded here, when the
    list is made, not with this module (the start screen needs none)."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate

    class VetGekozen(QStyledItemDelegate):
        def initStyleOption(self, option, index) -> None:
            super().initStyleOption(option, index)
            if option.state & QStyle.StateFlag.State_Selected:
                f = QFont(option.font)
                f.setBold(True)
                option.font = f

    assert isinstance(lijst, QAbstractItemView)
    lijst.setItemDelegate(VetGekozen(lijst))


def navigatie_stijl() -> str:
    """The side list of views in both windows: the active view marked by a bar and a colour, also when the list
    has no focus (ui.kleuren, contrast checked in a test)."""
    return (f"QListWidget {{ border: none; border-right: 1px solid #dcdfe3; background: {kleuren.NAV_ACHTERGROND}; "
            "padding-top: 8px; } QListWidget::item { padding: 8px 12px; } QListWidget::item:selected, "
            f"QListWidget::item:selected:!active {{ background: {kleuren.NAV_GEKOZEN}; "
            f"color: {kleuren.NAV_GEKOZEN_TEKST}; border-left: 3px solid {kleuren.NAV_RAND}; font-weight: bold; }} "
            "QListWidget::item:disabled { color: #8a8f96; } "
            f"QListWidget:focus {{ outline: none; border-right: 2px solid {kleuren.NAV_RAND}; }}")
