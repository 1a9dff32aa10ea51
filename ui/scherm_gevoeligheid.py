"""Gevoeligheid in the Investeringsruimte view: what the ratios do when the interest, the rent or the costs turn
out worse (rekenregels §6). The same tables and sentences as the report (bodcheck.rapport.financien), the
parameters editable; a change goes out as `parameters_gewijzigd({"gevoeligheid": {...}})` and the window
recomputes in the background (ui.taken), like the other uitgangspunten. The Investeringsruimte view wires the
boxes to its own debounced sender (ui.scherm_ruimte), so both sets of uitgangspunten go out the same way."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bodcheck import gevoeligheid, parameters
from bodcheck.model import Resultaat
from bodcheck.rapport import financien
from ui.modellen_samen import RapportTabelModel
from ui.signalen import zend
from ui.tabel import Tabel
from ui.widgets import kop, uitleg

# parameter → (suffix, maximum, step, decimals) of its spin box; the box shows procentpunten or procenten, the
# model holds fractions
VELDEN = {
    "rente_opslag": (" procentpunt", 5.0, 0.25, 2),
    "herfinanciering_per_jaar": ("% van de schuld per jaar", 100.0, 1.0, 1),
    "huurstijging_lager": (" procentpunt", 5.0, 0.25, 2),
    "onderhoud_opslag": ("%", 100.0, 5.0, 1),
    "bouwkosten_opslag": ("%", 100.0, 5.0, 1),
}


class GevoeligheidPaneel(QWidget):
    parameters_gewijzigd = Signal(object)  # {"gevoeligheid": {}}: back to the defaults

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        laag = QVBoxLayout(self)
        laag.setContentsMargins(0, 0, 0, 0)
        laag.addWidget(kop("Gevoeligheid: wat als het tegenvalt?", 2))
        laag.addWidget(uitleg(financien.GEVOELIGHEID_UITLEG))
        self.kern = QLabel("")
        self.kern.setWordWrap(True)
        self.kern.setTextFormat(Qt.TextFormat.RichText)
        laag.addWidget(self.kern)

        groep = QGroupBox("Uitgangspunten van de gevoeligheid")
        form = QFormLayout(groep)
        data = parameters.laad(gevoeligheid.BESTAND)
        self.vakken: dict[str, QDoubleSpinBox] = {}
        for naam, (achter, hoogst, stap, decimalen) in VELDEN.items():
            vak = QDoubleSpinBox()
            vak.setDecimals(decimalen)
            vak.setMinimumWidth(240)
            vak.setRange(0.0, hoogst)
            vak.setSingleStep(stap)
            vak.setSuffix(achter)
            label = gevoeligheid.PARAMETER_LABEL[naam]
            vak.setAccessibleName(label)
            vak.setToolTip(f"Bron: {data[naam].bron}")
            self.vakken[naam] = vak
            form.addRow(label + (" (aanname)" if data[naam].status == "aanname" else "") + ":", vak)
        self.standaard = QPushButton("Standaardwaarden")
        self.standaard.setToolTip("Terug naar de waarden uit het parameterbestand van bodcheck")
        self.standaard.clicked.connect(lambda: zend(self.parameters_gewijzigd, {"gevoeligheid": {}}))
        form.addRow("", self.standaard)
        self.bezig = QLabel("")
        self.bezig.setStyleSheet("color: #666;")
        form.addRow("", self.bezig)
        groep.setMaximumWidth(720)
        laag.addWidget(groep)

        self.takken = QVBoxLayout()
        laag.addLayout(self.takken)
        self.tabellen: dict[str, tuple[QLabel, Tabel, RapportTabelModel]] = {}
        self.voetnoot = uitleg("")
        laag.addWidget(self.voetnoot)

    def waarden(self) -> dict[str, float]:
        """The values in the boxes as fractions (the view that holds this panel sends them, debounced)."""
        return {naam: round(vak.value() / 100, 6) for naam, vak in self.vakken.items()}

    def _tak(self, tak: str) -> tuple[QLabel, Tabel, RapportTabelModel]:
        if tak not in self.tabellen:
            zin = uitleg("")
            tabel = Tabel()
            tabel.setAccessibleName(f"Gevoeligheid {tak}")
            model = RapportTabelModel(tabel)
            tabel.setModel(model)
            self.takken.addWidget(zin)
            self.takken.addWidget(tabel)
            self.tabellen[tak] = (zin, tabel, model)
        return self.tabellen[tak]

    def toon(self, resultaat: Resultaat) -> None:
        self.bezig.setText("")
        gs = resultaat.berekend.gevoeligheid
        waarden = gevoeligheid.parameters_voor(resultaat.instellingen)
        for naam, vak in self.vakken.items():  # the holding view ignores these changes while it fills
            vak.setValue(waarden[naam] * 100)
        kern = gevoeligheid.kern_zin(gs, resultaat.berekend.normenkader) \
            or financien.gevoeligheid_goed(resultaat)
        if kern and kern.startswith("Gevoeligheid: "):  # the heading says it already
            kern = kern.removeprefix("Gevoeligheid: ")
            kern = kern[0].upper() + kern[1:]
        self.kern.setText(f"<b>{kern}</b>" if kern else ("De gevoeligheid is niet berekend: er is geen bruikbare "
                                                         "prognose." if not gs else ""))
        getoond = set()
        for tak in financien.takken(resultaat):
            tabel = financien.gevoeligheid_tabel(resultaat, tak)
            if tabel is None:
                continue
            zin, view, model = self._tak(tak)
            zin.setText(f"<b>{tabel.titel}.</b> {financien.tak_zin(resultaat, tak)}")
            model.zet(tabel)
            view.pas_kolommen_aan()
            view.setFixedHeight(view.horizontalHeader().height() + view.verticalHeader().length() + 4
                                + view.horizontalScrollBar().sizeHint().height())
            getoond.add(tak)
        for tak, (zin, view, _) in self.tabellen.items():
            zin.setVisible(tak in getoond)
            view.setVisible(tak in getoond)
        self.voetnoot.setText(f"<i>{gevoeligheid.parameters_tekst(gs)} {financien.GEVOELIGHEID_KANTTEKENING}</i>"
                              if gs else "")
