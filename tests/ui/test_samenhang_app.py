"""One story in the app too (issue #13, vraagpunten.md § Revisions 2): no code name, spec file name or `[S63]`
source key in anything the app shows.

Generic rather than a list of examples: every view of the real main window is shown with the bundled example,
every row of every table or list is made current in turn (so detail panes fill), and every text a person can
read is collected — labels, buttons, tabs, group titles, text panes, and every cell, header and tooltip of the
item models. The same check as the report's and the Excel's (tests/bodcheck/test_samenhang.py) is applied.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.bodcheck.test_samenhang import geen_codenamen
from ui.schermen import SCHERMEN

MAX_RIJEN = 80  # rows made current per view; enough to pass every vraagpunt of the example
ROLLEN = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def _zonder_html(tekst: str) -> str:
    """The text as read: tags dropped, and an explicit "Code: …" (the workbook's own row key, shown in the Invoer
    view's tooltips next to the source cell, as the template shows it in column A) left out like a cell reference."""
    return re.sub(r"Code: \w+", "", re.sub(r"<[^>]+>", " ", tekst))


def _model_teksten(model: QAbstractItemModel, waar: str, ouder: QModelIndex | None = None,
                   diepte: int = 0) -> list[tuple[str, str]]:
    ouder = ouder or QModelIndex()
    uit = []
    for k in range(model.columnCount(ouder)):
        for rol in ROLLEN:
            kop = model.headerData(k, Qt.Orientation.Horizontal, rol)
            if isinstance(kop, str):
                uit.append((f"{waar} kolomkop {k}", kop))
    for r in range(min(model.rowCount(ouder), 400)):
        for k in range(model.columnCount(ouder)):
            index = model.index(r, k, ouder)
            for rol in ROLLEN:
                waarde = model.data(index, rol)
                if isinstance(waarde, str):
                    uit.append((f"{waar} rij {r} kolom {k}", _zonder_html(waarde)))
            if k == 0 and diepte < 2 and model.rowCount(index) > 0:  # a tree: its children too
                uit.extend(_model_teksten(model, waar, index, diepte + 1))
    return uit


def _widget_teksten(w: QWidget, waar: str) -> list[tuple[str, str]]:
    uit: list[tuple[str, str]] = []
    for lab in w.findChildren(QLabel):
        if lab.isVisibleTo(w):
            uit.append((f"{waar} label", _zonder_html(lab.text())))
    for knop in w.findChildren(QAbstractButton):
        if knop.isVisibleTo(w):
            uit.append((f"{waar} knop", knop.text()))
    for tabs in w.findChildren(QTabWidget):
        uit.extend((f"{waar} tab", tabs.tabText(i)) for i in range(tabs.count()))
    for groep in w.findChildren(QGroupBox):
        uit.append((f"{waar} groep", groep.title()))
    for vak in w.findChildren(QTextEdit):
        uit.append((f"{waar} tekstvak", vak.toPlainText()))
    for vak in w.findChildren(QPlainTextEdit):
        uit.append((f"{waar} tekstvak", vak.placeholderText()))
    for lijst in w.findChildren(QAbstractItemView):
        if lijst.model() is not None:
            uit.extend(_model_teksten(lijst.model(), f"{waar} tabel"))
    return [(waar_, t) for waar_, t in uit if t]


def _alle_rijen_langs(view: QWidget, qtbot) -> list[tuple[str, str]]:
    """Make each row of each list current, so a detail pane shows it, and collect the view's texts each time."""
    uit = []
    for lijst in view.findChildren(QAbstractItemView):
        model = lijst.model()
        if model is None or not lijst.isVisibleTo(view):
            continue
        for r in range(min(model.rowCount(), MAX_RIJEN)):
            index = model.index(r, 0)
            if not index.flags() & Qt.ItemFlag.ItemIsSelectable:
                continue
            lijst.setCurrentIndex(index)
            qtbot.wait(1)
            uit.extend((f"{waar} (rij {r} gekozen)", t) for waar, t in _widget_teksten(view, "")
                       if waar.endswith(("label", "tekstvak")))
    return uit


@pytest.mark.parametrize("perspectief", ["gemeente", "huurders"])
def test_app_toont_geen_codenamen(voorbeeld, qtbot, perspectief):
    v = voorbeeld
    keuze = v.keuzes.perspectief
    keuze.setCurrentIndex(keuze.findData(perspectief))
    qtbot.waitUntil(lambda: v.taken.aantal() == 0, timeout=30_000)
    teksten: list[tuple[str, str]] = []
    for i, naam in enumerate(SCHERMEN):
        if v.nav.item(i).isHidden() or not v.nav.item(i).flags() & Qt.ItemFlag.ItemIsEnabled:
            continue
        v.toon_scherm(i)
        qtbot.waitUntil(lambda: v.taken.aantal() == 0, timeout=30_000)
        qtbot.wait(20)
        scherm = v.views.currentWidget()
        for tabs in scherm.findChildren(QTabWidget):  # a tab's contents may be built when it is first shown
            for t in range(tabs.count()):
                tabs.setCurrentIndex(t)
                qtbot.wait(1)
        teksten += [(f"{naam}:{waar}", t) for waar, t in _widget_teksten(scherm, "")]
        teksten += [(f"{naam}:{waar}", t) for waar, t in _alle_rijen_langs(scherm, qtbot)]
    teksten.append(("statusbalk", v.statusBar().currentMessage()))
    assert len(teksten) > 500, "te weinig teksten gevonden: de rondgang door de schermen werkt niet"
    fouten = sorted(set(geen_codenamen(teksten)))
    assert not fouten, "\n".join(fouten[:40])
