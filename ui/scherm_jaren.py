"""The view *Over de jaren* of the main window (monitor.md § App): the same corporatie and gemeente over the
years, shown in the navigation only when earlier years are linked to the open assessment.

The core does the work in the background (ui.jaren_dienst: the series read and assessed, the views computed,
and the view model of bodcheck.monitor.rapport made on the worker); this view only shows it: the traffic-light
table of afspraak and realisatie per year (colour, symbol and word), a chart of promises per target year for
each subject whose promise slid (one line per bod), a chart per ratio with one line per prognosis and the norm,
and the questions that come back with the answer and afspraak of earlier years. The charts are built one per
turn of the event loop, so the window never waits long for them. A series that cannot be used shows its Dutch
messages, naming the files.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import kleuren
from ui.grafieken import nl_locale
from ui.jaren_dienst import JarenDienst, eerder_html
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
    ay.setLabelFormat("%.2f" if g.notatie == "ratio" else "%.0f%" if g.notatie == "procent" else "%.0f")
    ay.applyNiceNumbers()
    chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
    for s in chart.series():
        s.attachAxis(ax)
        s.attachAxis(ay)
    v = QChartView(chart)
    v.setRenderHint(QPainter.RenderHint.Antialiasing)
    v.setMinimumSize(QSize(320, 280))  # two side by side fit beside the navigation at 1024 pixels wide
    return v


def _tabel(t: Any) -> QTableWidget:
    """A table of the report model as a read-only table widget: group rows span the row, a cell's colour comes
    with its symbol and word (never alone)."""
    w = QTableWidget(len(t.rijen), len(t.kolommen))
    w.setHorizontalHeaderLabels([k.kop for k in t.kolommen])
    w.verticalHeader().setVisible(False)
    w.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    w.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap); the arrows move between cells
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


class _Tekst(QTextBrowser):
    """A long read-only rich text at its full height, without a scroll bar of its own. A word-wrapped QLabel would
    lay its whole text out again at every layout pass of the view (each chart added is one): with thirty returning
    questions that blocked the window for a third of a second. A document is laid out once per width."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setOpenLinks(False)
        self.viewport().setAutoFillBackground(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setHtml(html)
        self._breedte = -1

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        breedte = self.viewport().width()
        if breedte != self._breedte:
            self._breedte = breedte
            self.document().setTextWidth(breedte)
            self.setFixedHeight(int(self.document().size().height()) + 2 * self.frameWidth() + 2)


class JarenScherm(QWidget):
    """Filled from the window's JarenDienst whenever it has something new; asks it for work when shown. The
    buttons save the whole Terugblik over de jaren (PDF, or Excel with the long table for own pivots)."""

    exporteer = Signal(bool)  # True: PDF, False: Excel

    def __init__(self, dienst: JarenDienst, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dienst = dienst
        _buiten, self.laag = scrollend(self)
        boven = QHBoxLayout()
        boven.addWidget(kop("Over de jaren"))
        boven.addStretch(1)
        self.knop_pdf = QPushButton("Terugblik als PDF bewaren…")
        self.knop_excel = QPushButton("Terugblik als Excel bewaren…")
        self.knop_excel.setToolTip("Alle waarden van alle jaren in één tabel, voor eigen draaitabellen, en de overzichten")
        for knop, pdf in ((self.knop_pdf, True), (self.knop_excel, False)):
            knop.setEnabled(False)
            knop.clicked.connect(lambda _c=False, pdf=pdf: self.exporteer.emit(pdf))
            boven.addWidget(knop)
        self.laag.addLayout(boven)
        self.status = uitleg("")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.laag.addWidget(self.status)
        self.inhoud = QWidget()  # replaced as a whole when the years are computed again
        self.laag.addWidget(self.inhoud)
        self.laag.addStretch(1)
        self.tabel: QTableWidget | None = None
        self.grafieken: list[QChartView] = []
        self.terugkerend: _Tekst | None = None
        self._nr = 0  # only the newest filling continues with its charts
        self.klaar = False  # every part of the newest view model is shown
        dienst.veranderd.connect(self._toon)
        self._toon()

    @property
    def monitor(self) -> Any:
        """The Monitor shown (bodcheck.monitor.Monitor), None while it is being made."""
        return self.dienst.monitor if self.klaar else None

    def ververs(self) -> None:
        """The assessment or its links may have changed: ask for the years again when this view is visible."""
        if self.isVisible():
            self.dienst.nodig()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.dienst.nodig()

    def _nieuw_inhoud(self) -> QVBoxLayout:
        self._nr += 1
        self.klaar = False
        for knop in (self.knop_pdf, self.knop_excel):
            knop.setEnabled(self.dienst.monitor is not None)
        self.tabel, self.grafieken, self.terugkerend = None, [], None
        oud = self.inhoud
        self.inhoud = QWidget()
        self.laag.replaceWidget(oud, self.inhoud)
        oud.deleteLater()
        laag = QVBoxLayout(self.inhoud)
        laag.setContentsMargins(0, 0, 0, 0)
        return laag

    def _toon(self) -> None:
        d = self.dienst
        if d.fout is not None:
            self._nieuw_inhoud()
            self.status.setText("Deze beoordelingen passen niet samen in één overzicht:<br>"
                                + "<br>".join(escape(r) for r in d.fout))
        elif d.inhoud is not None:
            self._vul(d.inhoud)
        elif d.bezig:
            self._nieuw_inhoud()
            self.status.setText("De vorige jaren worden ingelezen en beoordeeld…")
        else:
            self._nieuw_inhoud()
            self.status.setText("Er zijn geen vorige jaren gekoppeld. Kies in het menu Bestand <i>Vorige jaren "
                                "koppelen…</i> om bewaarde beoordelingen van eerdere jaren naast deze te leggen.")

    def _vul(self, s: Any) -> None:
        laag = self._nieuw_inhoud()
        self.status.setText(escape(s.inleiding))
        for tekst in s.waarschuwingen:
            laag.addWidget(kader(escape(tekst)))
        laag.addWidget(kop("Afspraak en realisatie per jaar", 2))
        if s.tabel is not None:
            self.tabel = _tabel(s.tabel)
            self.tabel.setAccessibleName("Afspraak en realisatie per jaar")
            laag.addWidget(self.tabel)
        laag.addWidget(uitleg(escape(s.uitleg_tabel)))
        laag.addWidget(kop("Beloftes en prognoses over de jaren", 2))
        rooster = QGridLayout()
        laag.addLayout(rooster)
        laag.addWidget(kop("Vragen die terugkomen", 2))
        delen = []
        for label, eerder_gesteld, vraag, eerder in s.terugkerend:
            regel = f"<b>{escape(label)}</b> · {escape(eerder_gesteld)}: {escape(vraag)}"
            if eerder:
                regel += "<br>" + eerder_html(eerder)
            delen.append(regel)
        self.terugkerend = _Tekst("<br><br>".join(delen) if delen else "Geen vraag van dit jaar kwam eerder op.")
        self.terugkerend.setAccessibleName("Vragen die terugkomen")
        laag.addWidget(self.terugkerend)
        self._grafiek_stap(self._nr, rooster, list(s.grafieken), 0)

    def _grafiek_stap(self, nr: int, rooster: QGridLayout, grafieken: list[Any], i: int) -> None:
        """One chart per turn of the event loop (a QtCharts view takes tens of milliseconds to build)."""
        if nr != self._nr:
            return  # a newer filling replaced this one
        if i >= len(grafieken):
            self.klaar = True
            return
        g = grafieken[i]
        vak = QWidget()
        vl = QVBoxLayout(vak)
        vl.setContentsMargins(0, 0, 0, 0)
        v = _grafiek(g)
        v.setAccessibleName(g.titel)
        vl.addWidget(v)
        if g.onderschrift:  # e.g. a change of definition in the line: said in words, as in the report
            vl.addWidget(uitleg(escape(g.onderschrift)))
        self.grafieken.append(v)
        rooster.addWidget(vak, i // 2, i % 2)
        QTimer.singleShot(0, lambda: self._grafiek_stap(nr, rooster, grafieken, i + 1))
