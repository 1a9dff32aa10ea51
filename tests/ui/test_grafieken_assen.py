"""Chart axes that a person can read (review of the entry flow: a small LTV chart showed every value label as
"…", years as "20…", an axis down to −25% for an LTV, and Kerncijfers opened on four empty DAEB charts when
only the whole-corporatie prognosis was typed in)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCharts import QChart, QLineSeries, QValueAxis
from PySide6.QtCore import Qt

from bodcheck import bewerken, invullen, pipeline
from ui.grafieken import _assen, nette_stap


@pytest.mark.parametrize(("ruw", "stap"), [(0.37, 0.5), (12, 20), (1, 1), (0.09, 0.1), (7.3, 10), (25, 50),
                                           (0.02, 0.02)])
def test_nette_stap(ruw, stap):
    assert nette_stap(ruw) == pytest.approx(stap)


def test_as_met_ronde_waarden_niet_onder_nul_en_nooit_afgekapt(qapp):
    chart = QChart()
    s = QLineSeries()
    s.append(2027, 2.0)
    s.append(2028, 0.2)
    chart.addSeries(s)
    _assen(chart, 2027, 2028, [2.0, 0.2, 70.0], "%.0f%", 1, klein=True)  # LTV in %, with its norm of 70%
    ax, = chart.axes(Qt.Orientation.Horizontal)
    ay, = chart.axes(Qt.Orientation.Vertical)
    assert isinstance(ay, QValueAxis)
    # by hand: span 0,2–70 plus 15% room each side (10,47): 90,74, a quarter is 22,7 → step 50; 0 to 100
    assert ay.tickInterval() == 50 and ay.min() == 0 and ay.max() == 100
    assert (ay.max() - ay.min()) / ay.tickInterval() + 1 <= 6
    assert not ax.truncateLabels() and not ay.truncateLabels()


def test_kerncijfers_kiest_een_tak_met_cijfers(qtbot):
    from ui.scherm_kerncijfers import KerncijfersScherm

    inv = invullen.leeg("Woonstede", "Aaberg", 2027)
    for jaar, schuld, bw in ((2027, 300e6, 600e6), (2028, 310e6, 640e6)):
        inv = bewerken.wijzig(inv, "Prognose", "schuld_nominaal", jaar, schuld)
        inv = bewerken.wijzig(inv, "Prognose", "beleidswaarde", jaar, bw)
    r = pipeline.beoordeel_invoer(inv, peildatum=dt.date(2027, 9, 1))
    scherm = KerncijfersScherm()
    qtbot.addWidget(scherm)
    scherm.toon(r)
    assert [scherm.tak.itemText(i) for i in range(scherm.tak.count())] == ["TI"]  # DAEB and niet-DAEB are empty
