"""Accessibility (issue 16, WCAG 2.1 AA as the reference): contrast computed from the palette in ui/kleuren.py,
every control reachable with Tab in a sensible order and named for a screen reader, per view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
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


def _rondgang(start: QWidget, terug: bool = False, max_stappen: int = 300) -> list[QWidget]:
    """Press the real Tab key (Shift+Tab with `terug`) on the widget that has the focus, from `start`, until
    the focus is back at `start`: the widgets in order. Fails when the focus stays put, goes round without
    `start` (a keyboard trap, WCAG 2.1.2) or leaves the window."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert QApplication.focusWidget() is start
    toets = Qt.Key.Key_Backtab if terug else Qt.Key.Key_Tab
    mod = Qt.KeyboardModifier.ShiftModifier if terug else Qt.KeyboardModifier.NoModifier
    gezien = [start]
    for _ in range(max_stappen):
        QTest.keyClick(QApplication.focusWidget(), toets, mod)
        QApplication.processEvents()
        nu = QApplication.focusWidget()
        if nu is start:
            return gezien
        assert nu is not None and nu.window() is start.window(), "de focus verlaat het venster"
        assert nu is not gezien[-1], f"Tab blijft hangen in {type(nu).__name__}:{_naam(nu)}"
        assert nu not in gezien, f"Tab gaat rond zonder terug te komen: {[_naam(x) for x in gezien[gezien.index(nu):]]}"
        gezien.append(nu)
    pytest.fail(f"na {max_stappen} keer Tab niet terug bij {_naam(start)}")


def _bedieningen(scherm: QWidget, venster: QWidget) -> list[QWidget]:
    return [x for x in scherm.findChildren(QWidget) if isinstance(x, BEDIENING) and x.isVisibleTo(venster)
            and x.isEnabled() and x.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(x.parentWidget(), QAbstractSpinBox | QComboBox)]  # their owner has the focus


@pytest.mark.gui
@pytest.mark.parametrize("i", range(len(hv.SCHERMEN)), ids=list(hv.SCHERMEN))
def test_tabvolgorde_per_scherm(voorbeeld, qtbot, i):
    """With the real Tab key, from the navigation: every visible control of the view is reached, each with a name
    a screen reader reads, no table keeps the focus (Tab leaves it, the arrows move between cells) and the
    focus comes back round to the navigation; Shift+Tab goes the same way back."""
    w = voorbeeld
    w.resize(1024, 640)
    scherm = w.toon_scherm(i)
    qtbot.waitUntil(lambda: w.taken.aantal() == 0, timeout=60_000)
    volgorde = _rondgang(w.nav)
    in_scherm = [x for x in volgorde if scherm.isAncestorOf(x)]
    assert in_scherm, f"Tab bereikt niets in {hv.SCHERMEN[i]}"
    plekken = [volgorde.index(x) for x in in_scherm]  # the view's controls together, right after the navigation
    assert plekken == list(range(1, 1 + len(in_scherm)))
    onbereikbaar = [type(x).__name__ + ":" + _naam(x) for x in _bedieningen(scherm, w) if x not in volgorde]
    assert onbereikbaar == []
    naamloos = [type(x).__name__ for x in in_scherm if not _naam(x)]
    assert naamloos == []
    assert _rondgang(w.nav, terug=True) == [w.nav, *reversed(volgorde[1:])]


@pytest.mark.gui
def test_invoer_tab_van_bladen_naar_tabel_naar_meldingen(voorbeeld, qtbot):
    """Invoer: the sheet tabs, then the table of the sheet shown, then the meldingen; also for a sheet whose table
    is made later (when its tab is first chosen)."""
    w = voorbeeld
    s = w.toon_scherm(hv.INVOER)
    qtbot.waitUntil(lambda: w.taken.aantal() == 0, timeout=60_000)
    for blad in ("Algemeen", "Prognose DAEB", "Bod"):
        assert s.kies_blad(blad)
        tabel = s.huidige_tabel()
        volgorde = [x for x in _rondgang(w.nav) if s.isAncestorOf(x)]
        assert volgorde == [s.tabs.tabBar(), tabel, s.meldingen], [_naam(x) for x in volgorde]
        # the arrows still move from cell to cell in the table, and Tab leaves it from any cell
        tabel.setFocus()
        tabel.setCurrentIndex(tabel.model().index(0, 0))
        QTest.keyClick(tabel, Qt.Key.Key_Down)
        QTest.keyClick(tabel, Qt.Key.Key_Right)
        assert (tabel.currentIndex().row(), tabel.currentIndex().column()) == (1, 1)
        QTest.keyClick(tabel, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is s.meldingen
    # typing in a cell of a year sheet, Tab goes on to the next cell as in a spreadsheet; Escape ends the typing,
    # and then Tab leaves the table
    tabel = s.huidige_tabel()
    tabel.setFocus()
    tabel.setCurrentIndex(tabel.model().index(2, 3))
    QTest.keyClick(tabel, Qt.Key.Key_F2)
    assert tabel.state() == tabel.State.EditingState
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert tabel.state() == tabel.State.EditingState and tabel.currentIndex().column() == 4
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is s.meldingen


@pytest.mark.gui
def test_vraagkaarten_heten_naar_hun_vraag(voorbeeld, qtbot):
    """A screen reader reads a question card of the Overzicht as its number and title, as the Kern page of the
    report lists them ("Vraag 15: …"), not only "Vraag 15"; the card's text is its description."""
    from bodcheck import rapport
    from bodcheck.rapport.model import Opsomming

    w = voorbeeld
    scherm = w.scherm(hv.OVERZICHT)
    qtbot.waitUntil(lambda: bool(scherm.kaarten), timeout=30_000)
    kern = next(h for h in rapport.opbouw(w.resultaat, w.beoordeling.notities).hoofdstukken if h.sleutel == "kern")
    top = next(b for b in kern.blokken if isinstance(b, Opsomming) and "belangrijkste vragen" in b.titel)
    kaarten = [k for k in scherm.kaarten if k.titel.text().startswith("Vraag ")]
    assert len(kaarten) == len(top.items) == 5
    assert [k.accessibleName() for k in kaarten] == list(top.items)
    assert all(len(k.accessibleName()) > len("Vraag 30: ") + 10 for k in kaarten)
    assert all(k.accessibleDescription() == k.tekst.text() for k in kaarten)


@pytest.mark.gui
def test_gekozen_scherm_vet_in_de_navigatie(voorbeeld, qtbot):
    """The navigation marks the view shown with a bar, a colour and bold text (docs/toegankelijkheid.md), also
    when the focus is elsewhere: the item is drawn with a bold font, the others not."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    w = voorbeeld
    nav = w.nav

    def vet(rij: int) -> bool:
        idx = nav.model().index(rij, 0)
        opt = QStyleOptionViewItem()
        nav.initViewItemOption(opt)
        if nav.selectionModel().isSelected(idx):
            opt.state |= QStyle.StateFlag.State_Selected
        nav.itemDelegateForIndex(idx).initStyleOption(opt, idx)
        return opt.font.bold()

    for i in (hv.OVERZICHT, hv.KERNCIJFERS, hv.AFSPRAKEN):
        w.toon_scherm(i)
        nav.clearFocus()
        assert [vet(r) for r in range(nav.count())] == [r == i for r in range(nav.count())]


@pytest.mark.gui
def test_tabvolgorde_gemeentevenster(venster, qtbot, monkeypatch):
    """The gemeente window (three corporaties in Aaberg): in every view the real Tab key reaches every visible
    control, no table keeps the focus, and the focus comes back round to its navigation; the chosen view is bold."""
    from PySide6.QtWidgets import QMessageBox, QStyle, QStyleOptionViewItem

    from ui import samen_venster

    monkeypatch.setattr(samen_venster.QMessageBox, "question",  # closing never waits on a question
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    venster.bestanden.open_voorbeeld_samen()
    qtbot.waitUntil(lambda: bool(venster.samen_vensters) and venster.samen_vensters[-1].uitkomst is not None,
                    timeout=60_000)
    s = venster.samen_vensters[-1]
    qtbot.waitUntil(lambda: s.taken.aantal() == 0 and venster.taken.aantal() == 0, timeout=30_000)
    s.resize(1024, 640)
    s.activateWindow()
    assert len(s.namen()) >= 5
    for rij, naam in enumerate(s.namen()):
        scherm = s.toon_scherm(naam)
        qtbot.waitUntil(lambda: s.taken.aantal() == 0, timeout=30_000)
        volgorde = _rondgang(s.nav)
        assert any(scherm.isAncestorOf(x) for x in volgorde), naam
        onbereikbaar = [type(x).__name__ + ":" + _naam(x) for x in _bedieningen(scherm, s) if x not in volgorde]
        assert onbereikbaar == [], naam
        assert [type(x).__name__ for x in volgorde if not _naam(x)] == [], naam
        idx = s.nav.model().index(rij, 0)
        opt = QStyleOptionViewItem()
        s.nav.initViewItemOption(opt)
        opt.state |= QStyle.StateFlag.State_Selected
        s.nav.itemDelegateForIndex(idx).initStyleOption(opt, idx)
        assert s.nav.currentRow() == rij and opt.font.bold()
    s.close()
