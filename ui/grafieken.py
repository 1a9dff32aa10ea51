"""QtCharts charts: one ratio over the years with the norm line and the krap band.

Pitfalls (tech.md §3): label format "%.0f"/"%.2f", never "%d"; a Dutch locale without group separator,
so years read 2026 and not 2.026.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import QAreaSeries, QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

from bodcheck import opmaak
from bodcheck.model import NormGrens
from bodcheck.rapport.model import Grafiek
from ui import kleuren


def nl_locale() -> QLocale:
    loc = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return loc


def _grafiek(titel: str, marge: int) -> QChart:
    """An empty chart in Dutch number format, with a bold title and the legend below."""
    chart = QChart()
    chart.setLocalizeNumbers(True)
    chart.setLocale(nl_locale())
    chart.setTitle(titel)
    f = QFont(chart.titleFont())
    f.setBold(True)
    chart.setTitleFont(f)
    chart.setMargins(QMargins(marge, marge, marge, marge))
    chart.setBackgroundRoundness(0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def ratio_grafiek(naam: str, tak: str, punten: Sequence[tuple[int, float | None, str | None]],
                  norm: NormGrens | None) -> QChartView:
    """`punten`: (jaar, waarde, band). Percent ratios are drawn as percentages (0,497 → 49,7)."""
    schaal = 1.0 if naam == "icr" else 100.0
    chart = _grafiek(f"{opmaak.RATIO_LABEL[naam]} · {opmaak.TAK_LABEL.get(tak, tak)}", 4)

    jaren = [j for j, _x, _b in punten]
    if not jaren:
        chart.setTitle(f"{opmaak.RATIO_LABEL[naam]} · {opmaak.TAK_LABEL.get(tak, tak)}: geen gegevens")
        return _view(chart)
    x0, x1 = min(jaren), max(jaren)
    waarden = [x * schaal for _j, x, _b in punten if x is not None]
    ys = list(waarden)

    if norm is not None:
        grens, krap = norm.grens * schaal, norm.krap_grens * schaal
        ys += [grens, krap]
        boven, onder = QLineSeries(), QLineSeries()
        laag_, hoog_ = sorted((grens, krap))
        for x in (x0, x1):  # the band and the norm stop where the years do, not in the axis margin
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
        normlijn.append(x0, grens)
        normlijn.append(x1, grens)
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

    _assen(chart, x0, x1, ys, "%.2f" if naam == "icr" else "%.0f%", 1 if x1 - x0 <= 10 else 2)
    return _view(chart)


def _assen(chart: QChart, x0: int, x1: int, ys: list[float], y_formaat: str, interval: int,
           klein: bool = False) -> None:
    """Years along the bottom (every `interval` years, never with a group separator), values on the left with
    some room around them; `klein`: smaller labels for the Overzicht's charts. ("%%" would print literally.)"""
    ax = QValueAxis()
    ax.setRange(x0 - 0.5, x1 + 0.5)
    ax.setTickType(QValueAxis.TickType.TicksDynamic)
    ax.setTickAnchor(x0)
    ax.setTickInterval(interval)
    ax.setLabelFormat("%.0f")
    ax.setGridLineVisible(False)
    ay = QValueAxis()
    lo, hi = (min(ys), max(ys)) if ys else (0.0, 1.0)
    marge = (hi - lo) * 0.15 or abs(hi) * 0.1 or 1.0
    # at most five round values on the left: Qt's own nice numbers gave seven or more on a small chart, and
    # then showed every label as "…"
    stap = nette_stap((hi - lo + 2 * marge) / 4)
    onder = math.floor((lo - marge) / stap) * stap
    ay.setRange(max(onder, 0.0) if lo >= 0 else onder, math.ceil((hi + marge) / stap) * stap)  # no axis below 0 for
    # figures that cannot be negative
    ay.setTickType(QValueAxis.TickType.TicksDynamic)
    ay.setTickAnchor(0.0)
    ay.setTickInterval(stap)
    ay.setLabelFormat(y_formaat)
    for as_ in (ax, ay):
        as_.setTruncateLabels(False)  # a year or a value is never cut to "20…"
    if klein:
        f = QFont(ax.labelsFont())
        f.setPointSizeF(max(f.pointSizeF() * 0.85, 6.0))
        ax.setLabelsFont(f)
        ay.setLabelsFont(f)
    ay.setGridLineColor(QColor("#e4e4e4"))
    chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
    for s in chart.series():
        s.attachAxis(ax)
        s.attachAxis(ay)


def nette_stap(ruw: float) -> float:
    """The round step (1, 2 or 5 times a power of ten) at or above `ruw`: 0,37 → 0,5; 12 → 20. (Not 2,5: a
    percentage axis without decimals would print 62,5 as "63%".)"""
    if ruw <= 0:
        return 1.0
    macht = 10 ** math.floor(math.log10(ruw))
    return next(f * macht for f in (1, 2, 5, 10) if f * macht >= ruw - 1e-12)


def _fmt(naam: str, x: float) -> str:
    return opmaak.ratio_waarde(naam, x)


def _view(chart: QChart) -> QChartView:
    v = QChartView(chart)
    v.setRenderHint(QPainter.RenderHint.Antialiasing)
    v.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: the same figures are in the table beside it
    v.setAccessibleName(chart.title())
    v.setMinimumSize(280, 220)
    return v


PEN_STIJLEN = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashDotLine, Qt.PenStyle.DotLine)  # a tak by line, not colour
TAK_KLEUREN = (QColor("#1f4e79"), QColor("#6a3d9a"), QColor("#00798c"))


def klein(g: Grafiek) -> QChartView:
    """A small chart of a report Grafiek (bodcheck.rapport.financien.ratio_grafiek): a line per tak, the norm
    as a dashed line, every year labelled on the axis."""
    schaal = 100.0 if g.notatie == "procent" else 1.0
    # the norm's value goes in the title, so the legend ("hele corporatie (TI)", DAEB, niet-DAEB, norm) fits a
    # small chart at 1024 pixels without "…" (QLegend does not wrap)
    # another tak's own norm follows in the title ("ICR · norm ≥ 1,40; niet-DAEB ≥ 1,80"): one norm never
    # stands for every tak
    titel = f"{g.titel} · {g.norm_label}" if g.norm is not None and g.norm_label else g.titel
    chart = _grafiek("; ".join((titel, *(t for t, _ in g.andere_normen))), 2)
    lf = QFont(chart.legend().font())
    lf.setPointSizeF(max(lf.pointSizeF() * 0.85, 6.0))
    chart.legend().setFont(lf)
    jaren = sorted({j for r in g.reeksen for j, x in r.punten if x is not None})
    ys = [x * schaal for r in g.reeksen for _j, x in r.punten if x is not None]
    for i, r in enumerate(g.reeksen):
        lijn = QLineSeries()
        lijn.setName(r.naam)
        lijn.setPen(QPen(TAK_KLEUREN[i % 3], 2, PEN_STIJLEN[i % 3]))
        for j, x in r.punten:
            if x is not None:
                lijn.append(QPointF(j, x * schaal))
        chart.addSeries(lijn)
    if g.norm is not None and jaren:
        norm = QLineSeries()
        norm.setName("norm")
        norm.setPen(QPen(kleuren.NORM, 2, Qt.PenStyle.DashLine))
        for x in (jaren[0], jaren[-1]):  # as far as the tak lines, not into the axis margin
            norm.append(x, g.norm * schaal)
        chart.addSeries(norm)
        ys.append(g.norm * schaal)
    for _tekst, w in g.andere_normen if jaren else ():
        ander = QLineSeries()
        ander.setPen(QPen(kleuren.NORM, 1, Qt.PenStyle.DotLine))  # thinner: the title says which tak it is
        for x in (jaren[0], jaren[-1]):
            ander.append(x, w * schaal)
        chart.addSeries(ander)
        chart.legend().markers(ander)[0].setVisible(False)
        ys.append(w * schaal)
    x0, x1 = (jaren[0], jaren[-1]) if jaren else (0, 1)
    # room for every label when small: every year up to 5 years, else every 2nd or 5th
    _assen(chart, x0, x1, ys, "%.1f" if g.notatie == "ratio" else "%.0f%",
           1 if x1 - x0 <= 4 else 2 if x1 - x0 <= 10 else 5, klein=True)
    v = QChartView(chart)
    v.setRenderHint(QPainter.RenderHint.Antialiasing)
    v.setMinimumSize(220, 190)
    v.setAccessibleName(f"Grafiek {g.titel} per tak met de norm")
    return v
