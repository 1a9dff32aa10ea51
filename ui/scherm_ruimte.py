"""Investeringsruimte: the headroom per year with its binding norm, the scenarios (parameters editable,
results recomputed in the background), the share for this gemeente, and the warning that it is no cash."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bodcheck import afgeleid, opmaak
from bodcheck.model import Resultaat
from bodcheck.rapport.financien import RUIMTE_PER_JAAR_UITLEG
from ui import modellen
from ui.scherm_gevoeligheid import GevoeligheidPaneel
from ui.signalen import zend
from ui.stappen import Stappen
from ui.tabel import Tabel
from ui.widgets import kader, kop, scrollend, uitleg

WAARSCHUWING = ("<b>Let op: dit is leencapaciteit, geen geld op de plank.</b> De bedragen voor nieuwbouw en "
                "voor verbetering zijn alternatieven en tellen <b>niet</b> bij elkaar op. De ruimte geldt voor "
                "<b>alle gemeenten</b> waar de corporatie werkt samen; het deel voor uw gemeente is een "
                "indicatieve verdeling naar rato van het aantal woningen.")


class RuimteScherm(QWidget):
    parameters_gewijzigd = Signal(object)  # dict: rente_nieuwe_leningen, stichtingskosten_per_woning, horizon_jaren;
    #                                        or {"gevoeligheid": {...}} from the sensitivity panel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _, laag = scrollend(self)
        laag.addWidget(kop("Investeringsruimte (indicatief)"))
        self.scope = uitleg("")
        laag.addWidget(self.scope)
        laag.addWidget(kader(WAARSCHUWING))

        boven = QHBoxLayout()
        params = QGroupBox("Uitgangspunten")
        form = QFormLayout(params)
        self.rente = QDoubleSpinBox()
        self.rente.setDecimals(2)
        self.rente.setRange(0.1, 15.0)
        self.rente.setSingleStep(0.25)
        self.rente.setSuffix(" %")
        self.rente.setAccessibleName("Rente nieuwe leningen")
        self.stichting = QSpinBox()
        self.stichting.setRange(50_000, 1_000_000)
        self.stichting.setSingleStep(10_000)
        self.stichting.setPrefix("€ ")
        self.stichting.setGroupSeparatorShown(True)
        self.stichting.setAccessibleName("Stichtingskosten per woning")
        self.horizon = QSpinBox()
        self.horizon.setRange(1, 15)
        self.horizon.setSuffix(" jaar")
        self.horizon.setAccessibleName("Horizon")
        form.addRow("Rente nieuwe leningen:", self.rente)
        form.addRow("Stichtingskosten per woning:", self.stichting)
        form.addRow("Horizon:", self.horizon)
        self.standaard = QPushButton("Standaardwaarden")
        self.standaard.setToolTip("Terug naar de waarden uit de parameterbestanden van bodcheck")
        self.standaard.clicked.connect(lambda: zend(self.parameters_gewijzigd,
            {"rente_nieuwe_leningen": None, "stichtingskosten_per_woning": None, "horizon_jaren": 5}))
        form.addRow("", self.standaard)
        self.bezig = QLabel("")
        self.bezig.setStyleSheet("color: #666;")
        form.addRow("", self.bezig)
        boven.addWidget(params, 2)
        gem = QGroupBox("Voor deze gemeente")
        gl = QVBoxLayout(gem)
        self.gemeente = QLabel("")
        self.gemeente.setWordWrap(True)
        self.gemeente.setTextFormat(Qt.TextFormat.RichText)
        gl.addWidget(self.gemeente)
        gl.addStretch(1)
        boven.addWidget(gem, 3)
        laag.addLayout(boven)

        laag.addWidget(kop("Scenario's over de horizon", 2))
        laag.addWidget(uitleg("Hoeveel extra investering past binnen de normen als de corporatie die in één "
                              "jaar doet of gelijk verdeelt over de horizon. De extra rente wordt ook geleend."))
        self.scenario_model = modellen.ScenarioModel(self)
        self.scenarios = Tabel()
        self.scenarios.setAccessibleName("Scenario's voor nieuwbouw en verbetering")
        self.scenarios.setModel(self.scenario_model)
        self.scenarios.bevries_kolommen(2)  # Scenario and Verdeling stay when the figures scroll sideways
        laag.addWidget(self.scenarios)
        per_jaar_kop = kop("Ruimte per jaar", 2)
        laag.addWidget(per_jaar_kop)
        per_jaar_uitleg = uitleg(RUIMTE_PER_JAAR_UITLEG)  # the report's words: a uitgave without rent or value
        laag.addWidget(per_jaar_uitleg)
        self.per_jaar_model = modellen.RuimteModel(self)
        self.per_jaar = Tabel()
        self.per_jaar.setAccessibleName("Ruimte per jaar")
        self.per_jaar.setModel(self.per_jaar_model)
        self.per_jaar.bevries_kolommen(1)  # the year
        laag.addWidget(self.per_jaar)
        self.methode = uitleg("")
        laag.addWidget(self.methode)
        self.gevoeligheid = GevoeligheidPaneel()
        self.gevoeligheid.parameters_gewijzigd.connect(lambda p: zend(self.parameters_gewijzigd, p))
        for vak in self.gevoeligheid.vakken.values():
            vak.valueChanged.connect(self._op_wijziging)
        laag.addWidget(self.gevoeligheid)
        # At the first sight the parts below the scenarios come in later turns of the event loop (ui.stappen):
        # showing, laying out and painting the whole view at once held the window up for 70–130 ms (issue 16).
        self._later = [[per_jaar_kop, per_jaar_uitleg, self.per_jaar, self.methode], [self.gevoeligheid]]
        for deel in self._later:
            for w in deel:
                w.hide()
        self._stappen = Stappen(self)
        laag.addStretch(1)

        self._uitstel = QTimer(self)
        self._uitstel.setSingleShot(True)
        self._uitstel.setInterval(400)
        self._uitstel.timeout.connect(self._stuur)
        for w in (self.rente, self.stichting, self.horizon):
            w.valueChanged.connect(self._op_wijziging)
        self._vullen = False

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        if self._later:
            self._stappen.start([lambda deel=deel: [w.show() for w in deel] for deel in self._later])
            self._later = []

    def _op_wijziging(self) -> None:
        if not self._vullen:
            for label in (self.bezig, self.gevoeligheid.bezig):
                label.setText("Wordt herberekend…")
            self._uitstel.start()

    def _stuur(self) -> None:
        zend(self.parameters_gewijzigd, {
            "rente_nieuwe_leningen": round(self.rente.value() / 100, 6),
            "stichtingskosten_per_woning": float(self.stichting.value()),
            "horizon_jaren": int(self.horizon.value()),
            "gevoeligheid": self.gevoeligheid.waarden(),
        })

    def toon(self, resultaat: Resultaat) -> None:
        ir = resultaat.berekend.investeringsruimte
        self.bezig.setText("")
        self._vullen = True
        try:
            self.gevoeligheid.toon(resultaat)
            if ir is not None:
                p = ir.parameters
                self.rente.setValue(float(p.get("rente_nieuwe_leningen", 0.03)) * 100)
                self.stichting.setValue(int(float(p.get("stichtingskosten_per_woning", 250_000))))
                self.horizon.setValue(int(p.get("horizon_jaren", 5)))
        finally:
            self._vullen = False
        if ir is None:
            self.scope.setText("De investeringsruimte kon niet worden berekend: er is geen bruikbaar prognoseblad. "
                               "Zie de meldingen bij Invoer.")
            self.scenario_model.zet([])
            self.per_jaar_model.zet([])
            self.gemeente.setText("–")
            self.methode.setText("")
            return
        jaren = opmaak.jaren(list(ir.horizon))
        self.scope.setText(f"Berekend voor <b>{ir.tak}</b> over {jaren}, tegen het normenkader "
                           f"{resultaat.berekend.normenkader.titel}.")
        self.scenario_model.zet(ir.scenarios)
        self.per_jaar_model.zet(ir.per_jaar)
        self.scenarios.pas_kolommen_aan()
        self.per_jaar.pas_kolommen_aan()
        for t in (self.scenarios, self.per_jaar):
            t.setFixedHeight(t.horizontalHeader().height() + t.verticalHeader().length() + 4
                             + t.horizontalScrollBar().sizeHint().height())  # room for a scroll bar when narrow
        self.gemeente.setText(self._gemeente_tekst(resultaat))
        self.methode.setText(f"<i>Methode.</i> {ir.methode}")

    def _gemeente_tekst(self, r: Resultaat) -> str:
        ig = r.afgeleid.investeringsruimte_gemeente
        ir = r.berekend.investeringsruimte
        nb = next((s for s in ir.scenarios if s.naam == "nieuwbouw" and s.modus == "eenmalig"), None) if ir else None
        if nb is None:
            return "–"
        regels = [f"Nieuwbouw, eenmalig, voor {afgeleid.ruimte_scope(ir.tak)}: "
                  f"<b>{opmaak.euro_globaal(nb.x_max)}</b>"
                  + (f" (ongeveer {opmaak.getal(nb.woningen)} woningen)" if nb.woningen is not None else "")]
        if ig and ig.aandeel_gemeente is not None:
            regels.append(f"Aandeel {r.invoer.gemeente or 'gemeente'} naar rato van woningen: "
                          f"{opmaak.procent(ig.aandeel_gemeente)}")
            regels.append(f"Indicatief voor deze gemeente: <b>{opmaak.euro_globaal(ig.ruimte_gemeente)}</b>"
                          + (f", ongeveer <b>{opmaak.getal(ig.woningen_gemeente)} woningen</b>"
                             if ig.woningen_gemeente is not None else ""))
        else:
            regels.append("Het aandeel voor deze gemeente is onbekend: vul bij Algemeen (in het werkboek, of "
                          "hier in Invoer › Algemeen) de woongelegenheden totaal en in de gemeente in.")
        return "<br>".join(regels)
