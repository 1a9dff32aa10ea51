"""Accessibility (issue 16, WCAG 2.1 AA as the reference): contrast computed from the palette in ui/kleuren.py,
every control reachable with Tab in a sensible order and named for a screen reader, per view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from ui import hoofdvenster as hv
from ui import kleuren


def _luminantie(c: QColor) -> float:
    """Relative luminance (WCAG 2.1, § 1.4.3): sRGB channels linearised, weighted 0,2126 / 0,7152 / 0,0722."""
    def lin(x: float) -> float:
        return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminantie(a), _luminantie(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrastformule_met_bekende_waarden():
    # black on white is 21:1 and #777777 on white 4,48:1 (the WCAG examples; just below AA)
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(("tekst", "achtergrond"), kleuren.TEKST_OP_ACHTERGROND,
                         ids=[f"{t.name()}-op-{a.name()}" for t, a in kleuren.TEKST_OP_ACHTERGROND])
def test_tekstcontrast_minstens_4_5(tekst, achtergrond):
    assert contrast(tekst, achtergrond) >= 4.5


@pytest.mark.parametrize("kleur", kleuren.GRAFISCH, ids=[k.name() for k in kleuren.GRAFISCH])
def test_lijnen_en_randen_minstens_3_tegen_wit(kleur):
    assert contrast(kleur, QColor("#ffffff")) >= 3.0  # non-text contrast (WCAG 1.4.11)


BEDIENING = (QAbstractButton, QComboBox, QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QAbstractItemView,
             QTabBar)


def _naam(w: QWidget) -> str:
    """What a screen reader announces: the accessible name, else the text of a label whose buddy it is (a form
    row), else a button's text; the line edit inside a spin box or combo box is named by its owner."""
    if w.accessibleName():
        return w.accessibleName()
    buddy = next((lab.text() for lab in w.window().findChildren(QLabel) if lab.buddy() is w and lab.text()), "")
    if buddy:
        return buddy
    if isinstance(w, QAbstractButton):
        return w.text().replace("&", "")
    ouder = w.parentWidget()
    if isinstance(ouder, QAbstractSpinBox | QComboBox):
        return _naam(ouder)
    return ""


def _tab_rondgang(venster, start: QWidget, max_stappen: int = 400) -> list[QWidget]:
    """Press Tab from `start` until the focus comes back (or leaves the window): the widgets in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    gezien: list[QWidget] = []
    for _ in range(max_stappen):
        w = QApplication.focusWidget()
        if w is None or w in gezien:
            break
        gezien.append(w)
        venster.focusNextChild()
        QApplication.processEvents()
    return gezien


@pytest.mark.gui
@pytest.mark.parametrize("i", range(len(hv.SCHERMEN)), ids=list(hv.SCHERMEN))
def test_tabvolgorde_per_scherm(voorbeeld, qtbot, i):
    """From the navigation, Tab reaches every visible control of the view, each with a name a screen reader
    reads, and comes back round; the navigation comes before the view's own controls."""
    w = voorbeeld
    scherm = w.toon_scherm(i)
    qtbot.waitUntil(lambda: w.taken.aantal() == 0, timeout=60_000)
    volgorde = _tab_rondgang(w, w.nav)
    assert volgorde[0] is w.nav
    in_scherm = [x for x in volgorde if scherm.isAncestorOf(x)]
    assert in_scherm, f"Tab bereikt niets in {hv.SCHERMEN[i]}"
    bedieningen = [x for x in scherm.findChildren(QWidget) if isinstance(x, BEDIENING) and x.isVisibleTo(w)
                   and x.isEnabled() and x.focusPolicy() & Qt.FocusPolicy.TabFocus
                   and not isinstance(x.parentWidget(), QAbstractSpinBox | QComboBox)]  # their owner has the focus
    onbereikbaar = [type(x).__name__ + ":" + _naam(x) for x in bedieningen if x not in volgorde]
    assert onbereikbaar == []
    naamloos = [type(x).__name__ for x in in_scherm if not _naam(x)]
    assert naamloos == []
