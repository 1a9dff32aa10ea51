"""The window *Over de jaren* (monitor.md § App): the same corporatie and gemeente over the years.

The core does the work in the background (bodcheck.monitor: the series read and assessed, the views computed;
the report model of bodcheck.monitor.rapport gives the tables and charts); this window only shows them: the
traffic-light table of afspraak and realisatie per year (colour, symbol and word), a chart of promises per
target year for each subject whose promise slid (one line per bod), a chart per ratio with one line per
prognosis and the norm, and the questions that come back with the answer and afspraak of earlier years.
A series that cannot be used shows its Dutch messages, naming the files.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QMainWindow, QTableWidget, QTableWidgetItem, QWidget

from bodcheck import opmaak
from ui import kleuren
from ui.grafieken import nl_locale
from ui.taken import Taken
from ui.widgets import kader, kop, scrollend, uitleg

LIJNKLEUREN = ("#1F4E79", "#7A7A7A", "#B7791F", "#2F7D4F", "#8E3B46")
PATRONEN = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)


def _grafiek(g: Any) -> QChartView:
    """A chart of the report model (bodcheck.rapport.model.Grafiek) with QtCharts: a line per series (colour
    and dash pattern), a 'staaf' series as dots, the norm as a thick dashed line."""
    schaal = 100.0 if g.notatie == "procent" else 1.0
    chart = QChart()
    chart.setLocalizeNumbers(True)
    chart.setLocale(nl_locale())
    chart.setTitle(g.titel)
    f = QFont(chart.titleFont())
    f.setBold(True)
    chart.setTitleFont(f)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    jaren = sorted({j for r in g.reeksen for j, _ in r.punten})
    ys = [w * schaal for r in g.reeksen for _, w in r.punten if w is not None]
    if g.norm is not None:
        ys.append(g.norm * schaal)
        norm = QLineSeries()
        norm.setName(g.norm_label or "norm")
        norm.append(jaren[0] - 0.5, g.norm * schaal)
        norm.append(jaren[-1] + 0.5, g.norm * schaal)
        norm.setPen(QPen(kleuren.NORM, 2, Qt.PenStyle.DashLine))
        chart.addSeries(norm)
    lijnen = [r for r in g.reeksen if r.soort == "lijn"]
    for i, r in enumerate(lijnen):
        s = QLineSeries()
        s.setName(r.naam)
        s.setPen(QPen(QColor(LIJNKLEUREN[i % len(LIJNKLEUREN)]), 2.2, PATRONEN[i % len(PATRONEN)]))
        s.setPointsVisible(True)
        for j, w in r.punten:
            if w is not None:
                s.append(QPointF(j, w * schaal))
        chart.addSeries(s)
    for r in (r for r in g.reeksen if r.soort == "staaf"):
        s = QScatterSeries()
        s.setName(r.naam)
        s.setMarkerSize(11)
        s.setColor(QColor("#A9B4C2"))
        s.setBorderColor(QColor("#555B63"))
        for j, w in r.punten:
            if w is not None:
                s.append(j, w * schaal)
        chart.addSeries(s)
    ax = QValueAxis()
    ax.setRange(jaren[0] - 0.5, jaren[-1] + 0.5)
    ax.setTickType(QValueAxis.TickType.TicksDynamic)
    ax.setTickAnchor(jaren[0])
    ax.setTickInterval(1 if jaren[-1] - jaren[0] <= 8 else 2)
    ax.setLabelFormat("%.0f")
    ax.setGridLineVisible(False)
    ay = QValueAxis()
    lo, hi = (min(ys), max(ys)) if ys else (0.0, 1.0)
    marge = (hi - lo) * 0.15 or abs(hi) * 0.1 or 1.0
    ay.setRange(min(0.0, lo - marge) if g.notatie == "getal" else lo - marge, hi + marge)
    ay.setLabelFormat("%.2f" if g.notatie == "ratio" else "%.0f")
    ay.applyNiceNumbers()
    chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
    for s in chart.series():
        s.attachAxis(ax)
        s.attachAxis(ay)
    v = QChartView(chart)
    v.setRenderHint(QPainter.RenderHint.Antialiasing)
    v.setMinimumSize(QSize(420, 280))
    return v


def _tabel(t: Any) -> QTableWidget:
    """A table of the report model as a read-only table widget: group rows span the row, a cell's colour comes
    with its symbol and word (never alone)."""
    w = QTableWidget(len(t.rijen), len(t.kolommen))
    w.setHorizontalHeaderLabels([k.kop for k in t.kolommen])
    w.verticalHeader().setVisible(False)
    w.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    kleur = {(r, k): c for r, k, c in t.kleuren}
    for r, rij in enumerate(t.rijen):
        for k, cel in enumerate(rij):
            item = QTableWidgetItem(cel.tekst)
            if (r, k) in kleur:
                item.setBackground(QBrush(QColor(kleur[(r, k)])))
            if r in t.groepsrijen:
                f = item.font()
                f.setBold(True)
                item.setFont(f)
                item.setBackground(QBrush(QColor("#EEF2F6")))
            w.setItem(r, k, item)
        if r in t.groepsrijen:
            w.setSpan(r, 0, 1, len(t.kolommen))
    w.resizeColumnsToContents()
    w.resizeRowsToContents()
    w.setMinimumHeight(min(560, 40 + sum(w.rowHeight(r) for r in range(w.rowCount()))))
    return w


def _html(tekst: str) -> str:
    return escape(tekst)


class JarenScherm(QWidget):
    """The view itself: filled by `toon(monitor)`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _buiten, self.laag = scrollend(self)
        self.laag.addWidget(kop("Over de jaren"))
        self.status = uitleg("De vorige jaren worden ingelezen en beoordeeld…")
        self.laag.addWidget(self.status)
        self.tabel: QTableWidget | None = None
        self.grafieken: list[QChartView] = []
        self.terugkerend: QLabel | None = None

    def toon_fout(self, regels: list[str]) -> None:
        self.status.setText("Deze beoordelingen passen niet samen in één overzicht:<br>"
                            + "<br>".join(_html(r) for r in regels))

    def toon(self, m: Any) -> None:
        from bodcheck.monitor import rapport

        self.status.setText(
            f"{_html(m.corporatie)} aan gemeente {_html(m.gemeente)}: de bods van {opmaak.jaren(m.bodjaren)} naast "
            "elkaar. Afspraak tegen realisatie per jaar, beloftes die van bod tot bod veranderden, de eigen "
            "prognose van de kerncijfers en de vragen die terugkomen.")
        for x in m.meldingen:
            if x.soort != "info":
                self.laag.addWidget(kader(_html(x.tekst)))
        self.laag.addWidget(kop("Afspraak en realisatie per jaar", 2))
        met_afspraak = [b for b in m.belofte if b.status != "geen_afspraak"]
        if met_afspraak:
            self.tabel = _tabel(rapport.stoplicht_tabel(m, met_afspraak))
            self.laag.addWidget(self.tabel)
            self.laag.addWidget(uitleg(_html(rapport.STATUS_UITLEG)))
        else:
            self.laag.addWidget(uitleg("In deze beoordelingen staan geen afspraken."))
        rooster = QGridLayout()
        schuift = list(dict.fromkeys(v.code for v in m.verschuivingen if v.richting == "schuift_op"))
        tak = rapport.grafiek_tak(m)
        grafieken = [rapport.belofte_grafiek(m, c) for c in schuift[:rapport.MAX_GRAFIEKEN]]
        grafieken += [g for g in (rapport.drift_grafiek(m, r, tak) for r in rapport.GRAFIEK_RATIOS) if g is not None]
        self.laag.addWidget(kop("Beloftes en prognoses over de jaren", 2))
        for i, g in enumerate(grafieken):
            v = _grafiek(g)
            v.setAccessibleName(g.titel)
            self.grafieken.append(v)
            rooster.addWidget(v, i // 2, i % 2)
        self.laag.addLayout(rooster)
        self.laag.addWidget(kop("Vragen die terugkomen", 2))
        delen = []
        laatste = m.bodjaren[-1]
        for t in m.terugkerend:
            regel = f"<b>{_html(t.label)}</b> · eerder bij het bod van {opmaak.jaren(list(t.bodjaren))}: {_html(t.vraag)}"
            if t.antwoord:
                regel += (f"<br><i>{rapport.wanneer_tekst(t.antwoord_bodjaar, laatste)} antwoordde u:</i> "
                          f"‘{_html(t.antwoord)}’")
            if t.afspraak:
                regel += (f"<br><i>{rapport.wanneer_tekst(t.afspraak_bodjaar, laatste)} werd afgesproken:</i> "
                          f"‘{_html(t.afspraak)}’")
            delen.append(regel)
        self.terugkerend = uitleg("<br><br>".join(delen) if delen else "Geen vraag van dit jaar kwam eerder op.")
        self.terugkerend.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.laag.addWidget(self.terugkerend)
        self.laag.addStretch(1)


class JarenVenster(QMainWindow):
    """A window over the years; `werk()` makes the Monitor (in the background) and may raise MonitorFout."""

    def __init__(self, titel: str, werk: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(f"{titel} – over de jaren – bodcheck")
        self.resize(1200, 860)
        self.scherm = JarenScherm()
        self.setCentralWidget(self.scherm)
        self.monitor: Any = None
        self.taken = Taken(self)
        self.taken.start(werk, klaar=self._klaar, mislukt=self._mislukt)

    def _klaar(self, m: Any) -> None:
        self.monitor = m
        self.scherm.toon(m)

    def _mislukt(self, e: BaseException) -> None:
        from bodcheck.monitor.lezen import MonitorFout

        if isinstance(e, MonitorFout):
            self.scherm.toon_fout(e.regels)
            return
        from ui import dialogen

        self.scherm.toon_fout(["Het overzicht kon niet worden gemaakt."])
        dialogen.toon_fout(self, e, "Het overzicht over de jaren kon niet worden gemaakt.")
