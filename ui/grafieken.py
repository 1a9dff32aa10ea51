"""QtCharts charts: one ratio over the years with the norm line and the krap band.

Pitfalls (tech.md §3): label format "%.0f"/"%.2f", never "%d"; a Dutch locale without group separator,
so years read 2026 and not 2.026.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QAreaSeries, QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

from bodcheck import opmaak
from bodcheck.model import NormGrens
from ui import kleuren


def nl_locale() -> QLocale:
    loc = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return loc


def ratio_grafiek(naam: str, tak: str, punten: Sequence[tuple[int, float | None, str | None]],
                  norm: NormGrens | None) -> QChartView:
    """`punten`: (jaar, waarde, band). Percent ratios are drawn as percentages (0,497 → 49,7)."""
    schaal = 1.0 if naam == "icr" else 100.0
    chart = QChart()
    chart.setLocalizeNumbers(True)
    chart.setLocale(nl_locale())
    chart.setTitle(f"{opmaak.RATIO_LABEL[naam]} · {tak}")
    f = QFont(chart.titleFont())
    f.setBold(True)
    chart.setTitleFont(f)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    jaren = [j for j, _x, _b in punten]
    if not jaren:
        chart.setTitle(f"{opmaak.RATIO_LABEL[naam]} · {tak}: geen gegevens")
        return _view(chart)
    x0, x1 = min(jaren), max(jaren)
    waarden = [x * schaal for _j, x, _b in punten if x is not None]
    ys = list(waarden)

    if norm is not None:
        grens, krap = norm.grens * schaal, norm.krap_grens * schaal
        ys += [grens, krap]
        boven, onder = QLineSeries(), QLineSeries()
        laag_, hoog_ = sorted((grens, krap))
        for x in (x0 - 0.5, x1 + 0.5):
            onder.append(x, laag_)
            boven.append(x, hoog_)
        band = QAreaSeries(boven, onder)
        boven.setParent(band)  # QAreaSeries does not own its bounds; without a parent Python frees them
        onder.setParent(band)
        band.setName(f"krap (tot {_fmt(naam, norm.krap_grens)})")
        band.setBrush(QBrush(kleuren.KRAPBAND))
        band.setPen(QPen(Qt.PenStyle.NoPen))
        chart.addSeries(band)
        normlijn = QLineSeries()
        normlijn.setName(f"norm {'≥' if norm.richting == 'minimaal' else '≤'} {_fmt(naam, norm.grens)}")
        normlijn.append(x0 - 0.5, grens)
        normlijn.append(x1 + 0.5, grens)
        pen = QPen(kleuren.NORM, 2, Qt.PenStyle.DashLine)
        normlijn.setPen(pen)
        chart.addSeries(normlijn)

    lijn = QLineSeries()
    lijn.setName(opmaak.RATIO_LABEL[naam])
    lijn.setPen(QPen(kleuren.ACCENT, 2.5))
    for j, x, _b in punten:
        if x is not None:
            lijn.append(QPointF(j, x * schaal))
    chart.addSeries(lijn)
    # a marker per year in the band's colour (the band word is in the table and the tooltip)
    for bandnaam in ("ruim", "krap", "overschreden"):
        s = QScatterSeries()
        s.setMarkerSize(9)
        s.setColor(kleuren.LIJN[bandnaam])
        s.setBorderColor(QColor("white"))
        for j, x, b in punten:
            if x is not None and b == bandnaam:
                s.append(j, x * schaal)
        if s.count():
            chart.addSeries(s)
            chart.legend().markers(s)[0].setVisible(False)

    ax = QValueAxis()
    ax.setRange(x0 - 0.5, x1 + 0.5)
    ax.setTickType(QValueAxis.TickType.TicksDynamic)
    ax.setTickAnchor(x0)
    ax.setTickInterval(1 if x1 - x0 <= 10 else 2)
    ax.setLabelFormat("%.0f")
    ax.setGridLineVisible(False)
    ay = QValueAxis()
    lo, hi = (min(ys), max(ys)) if ys else (0.0, 1.0)
    marge = (hi - lo) * 0.15 or abs(hi) * 0.1 or 1.0
    ay.setRange(lo - marge, hi + marge)
    ay.setLabelFormat("%.2f" if naam == "icr" else "%.0f%")  # "%%" would print literally
    ay.applyNiceNumbers()
    ay.setGridLineColor(QColor("#e4e4e4"))
    chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
    for s in chart.series():
        s.attachAxis(ax)
        s.attachAxis(ay)
    return _view(chart)


def _fmt(naam: str, x: float) -> str:
    return opmaak.ratio_waarde(naam, x)


def _view(chart: QChart) -> QChartView:
    v = QChartView(chart)
    v.setRenderHint(QPainter.RenderHint.Antialiasing)
    v.setMinimumSize(280, 220)
    return v
