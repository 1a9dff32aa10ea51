"""Readable at 1024×640 (issue 16): the first krap year of the Kerncijfers is scrolled into sight."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt

from ui import hoofdvenster as hv

pytestmark = pytest.mark.gui


def test_krap_jaar_in_beeld_op_1024_bij_640(voorbeeld, qtbot):
    w = voorbeeld
    w.resize(1024, 640)
    k = w.toon_scherm(hv.KERNCIJFERS)
    qtbot.waitUntil(lambda: w.taken.aantal() == 0, timeout=30_000)
    qtbot.wait(50)
    # the earliest year in which a ratio of the chosen kader is krap or buiten norm, read from the core's ratios
    jaar = min(r.jaar for r in w.resultaat.berekend.ratios
               if any(b in ("krap", "overschreden") for b in r.banden.values()))
    idx = k.model.eerste_aandacht()
    assert k.model.jaren[idx.column() - k.model.VAST] == jaar
    assert k.tabel.viewport().rect().contains(k.tabel.visualRect(idx).center())
    # wholly: beside the fixed columns and inside the right edge
    vak = k.tabel.visualRect(idx)
    assert vak.left() >= k.tabel.vast.breedte() and vak.right() <= k.tabel.viewport().width()


def test_kerncijfers_namen_blijven_staan_bij_zijwaarts_scrollen(voorbeeld, qtbot):
    """Tak, Kerncijfer and Norm stay in place when the years scroll (a second view over the first columns)."""
    w = voorbeeld
    w.resize(1024, 640)
    k = w.toon_scherm(hv.KERNCIJFERS)
    qtbot.waitUntil(lambda: w.taken.aantal() == 0, timeout=30_000)
    t, vast = k.tabel, k.tabel.vast
    assert vast is not None and vast.isVisible() and vast.n == 3
    assert t.horizontalScrollBar().maximum() > 0  # at 1024 the years do not all fit: the case that matters
    # the krap year stands beside the fixed columns, not under them
    idx = k.model.eerste_aandacht()
    assert t.visualRect(idx).left() >= vast.breedte()
    assert vast.breedte() == sum(t.columnWidth(c) for c in range(3))
    for waarde in (0, t.horizontalScrollBar().maximum()):
        t.horizontalScrollBar().setValue(waarde)
        qtbot.wait(10)
        assert vast.x() == t.frameWidth()  # the fixed part does not move sideways
        assert [vast.isColumnHidden(c) for c in range(4)] == [False, False, False, True]
        rij = idx.row()
        naam = k.model.data(k.model.index(rij, 1))
        assert naam and vast.viewport().rect().contains(vast.visualRect(k.model.index(rij, 1)).center())
    # scrolling back to the first year puts it right beside the fixed columns
    eerste = k.model.index(0, k.model.VAST)
    t.scrollTo(eerste)
    assert t.visualRect(eerste).left() == vast.breedte()


def test_invoer_omschrijving_blijft_staan(voorbeeld, qtbot):
    w = voorbeeld
    w.resize(1024, 640)
    s = w.toon_scherm(hv.INVOER)
    s.kies_blad("Prognose DAEB")
    qtbot.waitUntil(lambda: w.taken.aantal() == 0, timeout=30_000)
    t = s.huidige_tabel()
    qtbot.waitUntil(t.isVisible)
    qtbot.wait(50)  # laid out at its size
    assert t.vast is not None and t.vast.n == t.model().VASTE_KOLOMMEN
    t.horizontalScrollBar().setValue(t.horizontalScrollBar().maximum())
    qtbot.wait(10)
    laatste = t.model().index(0, t.model().columnCount() - 1)
    assert t.viewport().rect().contains(t.visualRect(laatste).center())
    assert t.vast.isVisible() and t.vast.x() == t.frameWidth()
    assert t.vast.columnWidth(0) == t.columnWidth(0) and t.vast.columnWidth(1) == t.columnWidth(1)
    # a model swapped in (a re-read workbook) is followed by the fixed columns
    assert t.vast.model() is t.model() and t.vast.selectionModel() is t.selectionModel()


def _doorsneden(t) -> list[str]:
    """The columns that lie partly under the fixed columns (their start left of the fixed edge, their end right
    of it): a year would read "29" instead of 2029."""
    rand = t.vast.breedte()
    return [t.model().headerData(c, Qt.Orientation.Horizontal) for c in range(t.vast.n, t.model().columnCount())
            if t.columnViewportPosition(c) < rand < t.columnViewportPosition(c) + t.columnWidth(c)]


def test_zijwaarts_per_hele_kolom_op_1024_bij_640(voorbeeld, qtbot):
    """Scrolling sideways (arrow steps, the wheel's pixel steps, a drag to any position) always leaves the first
    scrolled year whole at the fixed columns' edge, and at the right end the last year is whole."""
    w = voorbeeld
    w.resize(1024, 640)
    k = w.toon_scherm(hv.KERNCIJFERS)
    qtbot.waitUntil(lambda: w.taken.aantal() == 0, timeout=30_000)
    qtbot.wait(50)  # laid out, and scrolled once to the first krap year
    t = k.tabel
    balk, rand = t.horizontalScrollBar(), t.vast.breedte()
    jaren = [str(j) for j in k.model.jaren]
    assert balk.maximum() > 0
    balk.setValue(0)
    gezien = []
    for actie, n in ((balk.SliderAction.SliderSingleStepAdd, 30), (balk.SliderAction.SliderSingleStepSub, 30)):
        for _ in range(n):
            balk.triggerAction(actie)
            qtbot.wait(1)
            assert _doorsneden(t) == []
            eerste = next(c for c in range(t.vast.n, t.model().columnCount()) if t.columnViewportPosition(c) >= rand)
            assert t.columnViewportPosition(eerste) == rand  # the first scrolled year right at the edge
            gezien.append(t.model().headerData(eerste, Qt.Orientation.Horizontal))
    # the steps went one year at a time to the right, then back to the first year
    assert gezien[0] == jaren[1] and gezien[-1] == jaren[0]
    assert all(abs(jaren.index(a) - jaren.index(b)) <= 1 for a, b in itertools.pairwise(gezien))
    laatste = t.model().columnCount() - 1
    balk.setValue(balk.maximum())
    assert t.columnViewportPosition(laatste) + t.columnWidth(laatste) <= t.viewport().width()
    # a drag or a wheel to any pixel: on to the next whole column in the direction it went
    breedte = t.columnWidth(t.vast.n)
    for van, naar, verwacht in ((0, breedte // 3, breedte), (2 * breedte, breedte + breedte // 2, breedte)):
        balk.setValue(van)
        balk.setValue(naar)
        assert balk.value() == verwacht and _doorsneden(t) == []


def test_afspraken_niets_weggevallen_op_1024_bij_640(voorbeeld, qtbot):
    """Afspraken at 1024×640: the rows to take over read whole (a longer one in its tooltip and in the list that
    opens) and every column of the table, Herkomst too, lies within the table."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    w = voorbeeld
    w.resize(1024, 640)
    a = w.toon_scherm(hv.AFSPRAKEN)
    qtbot.waitUntil(lambda: w.taken.aantal() == 0, timeout=30_000)
    a.neem_vergelijking_over()
    a.neem_gemeente_over()
    qtbot.wait(20)
    for keuze in (a.keuze_vergelijking, a.keuze_gemeente):
        assert keuze.count() > 0
        assert [keuze.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(keuze.count())] == \
            [keuze.itemText(i) for i in range(keuze.count())]
        assert keuze.toolTip() == keuze.currentText()
        opt = QStyleOptionComboBox()
        keuze.initStyleOption(opt)
        veld = keuze.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                             QStyle.SubControl.SC_ComboBoxEditField, keuze)
        # the row of Bod en woonvisie of the example reads whole ("Sociale huurwoningen opgeleverd 2027: bod 18")
        assert keuze.fontMetrics().horizontalAdvance(a.keuze_vergelijking.itemText(0)) <= veld.width()
    t = a.tabel
    laatste = t.columnCount() - 1
    assert t.horizontalHeaderItem(laatste).text() == "Herkomst"
    assert t.columnViewportPosition(laatste) + t.columnWidth(laatste) <= t.viewport().width()
    assert t.horizontalScrollBar().maximum() == 0
    # a shortened afspraak reads whole in its tooltip
    regel = a._ov.regels[1]
    assert t.item(1, 1).toolTip() == regel.afspraak.wat and len(regel.afspraak.wat) > 60


def test_kolom_breder_dan_de_ruimte_schuift_per_pixel(qtbot):
    """A column wider than the room beside the fixed columns is not skipped by the whole-column scrolling: it
    scrolls through by pixel, so its right part can be read too."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from ui.tabel import Tabel

    model = QStandardItemModel(3, 4)
    t = Tabel()
    qtbot.addWidget(t)
    t.setModel(model)
    t.bevries_kolommen(1)
    t.resize(400, 200)
    t.show()
    qtbot.waitExposed(t)
    for k, breedte in enumerate((100, 120, 600, 120)):  # room beside the fixed column: about 400 - 100 = 300
        t.setColumnWidth(k, breedte)
        model.setItem(0, k, QStandardItem(str(k)))
    qtbot.wait(10)
    balk = t.horizontalScrollBar()
    ruimte = t.viewport().width() - t.vast.breedte()
    assert 120 < ruimte < 600
    balk.setValue(0)
    balk.setValue(60)  # inside column 1 (120 wide, fits): on to its end
    assert balk.value() == 120
    balk.setValue(300)  # inside column 2 (600 wide, does not fit): stays
    assert balk.value() == 300
    balk.setValue(balk.maximum())  # the last column (120 wide) ends at the right edge or starts at the fixed edge
    laatste = t.columnViewportPosition(3)
    assert laatste == t.vast.breedte() or laatste + 120 <= t.viewport().width()


def test_bod_en_woonvisie_cijfers_in_beeld_op_1024_bij_640(voorbeeld, qtbot):
    """N2: Thema and Onderwerp took half the width at 1024×640 and Verschil was off screen. The labels are cut short
    with their whole text in the tooltip; Doel, Bod and Verschil are on screen; a wide window shows the labels whole."""
    from PySide6.QtGui import QFontMetrics

    from ui.scherm_vergelijking import ONDERWERP_MINST
    from ui.tabel import RUIMTE

    w = voorbeeld
    w.resize(1024, 640)
    s = w.toon_scherm(hv.VERGELIJKING)
    qtbot.waitUntil(lambda: w.taken.aantal() == 0, timeout=30_000)
    qtbot.wait(50)
    t, m = s.tabel, s.model
    verschil = m.KOPPEN.index("Verschil")
    assert t.columnViewportPosition(verschil) + t.columnWidth(verschil) <= t.viewport().width()
    # the longest Onderwerp of the example, read from the core's comparison, does not fit and is whole in its tooltip
    fm = QFontMetrics(t.font())
    langste = max((v.omschrijving for v in w.resultaat.vergelijking), key=fm.horizontalAdvance)
    assert ONDERWERP_MINST <= t.columnWidth(1) < fm.horizontalAdvance(langste) + RUIMTE
    rij = next(r for r, v in enumerate(m.rijen) if v.omschrijving == langste)
    assert m.data(m.index(rij, 1), Qt.ItemDataRole.ToolTipRole).split("\n")[0] == langste
    assert m.data(m.index(0, 0), Qt.ItemDataRole.ToolTipRole).split("\n")[0] == "Beschikbaarheid"  # Thema whole
    # N5: every figure column as wide as its widest text in any row ("€ 75.010.000" of Totale investering)
    for k in range(m.KOPPEN.index("Doel"), m.TOELICHTING):
        teksten = [m.data(m.index(r, k)) for r in range(m.rowCount())]
        assert t.columnWidth(k) >= max(fm.horizontalAdvance(x) for x in teksten) + RUIMTE, m.KOPPEN[k]
    # Thema at most 130 px: "Beschikbaarheid" fits, the figures get the rest
    assert fm.horizontalAdvance("Beschikbaarheid") + RUIMTE <= t.columnWidth(0) <= 130
    # wide window: Onderwerp as wide as its texts ask (at most 340 px)
    w.resize(1700, 900)
    qtbot.wait(50)
    assert t.columnWidth(1) == min(340, max(fm.horizontalAdvance(v.omschrijving) for v in m.rijen) + RUIMTE)
