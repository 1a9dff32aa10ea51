"""Kerncijfers: the ratios per year and tak against the chosen normenkader, as a table and as charts with
the norm line and the krap band. Each band has a word, a symbol and a colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from bodcheck import opmaak
from bodcheck.model import Resultaat
from ui import modellen
from ui.widgets import Tabel, kop, uitleg

GRAFIEK_RATIOS = ("icr", "ltv", "solvabiliteit", "dekkingsratio")


class KerncijfersScherm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        laag = QVBoxLayout(self)
        laag.setContentsMargins(16, 12, 16, 12)
        laag.addWidget(kop("Kerncijfers"))
        self.kader = uitleg("")
        laag.addWidget(self.kader)
        laag.addWidget(uitleg(
            "✓ <b>ruim</b>: ruim binnen de norm · ! <b>krap</b>: binnen de norm, maar dichtbij · "
            "✗ <b>buiten norm</b>. Houd de muis op een getal voor de berekening en de bron."))
        split = QSplitter(Qt.Orientation.Vertical)
        self.model = modellen.RatioModel(self)
        self.tabel = Tabel()
        self.tabel.setModel(self.model)
        split.addWidget(self.tabel)
        onder = QWidget()
        ol = QVBoxLayout(onder)
        ol.setContentsMargins(0, 6, 0, 0)
        rij = QHBoxLayout()
        rij.addWidget(QLabel("Grafieken voor:"))
        self.tak = QComboBox()
        self.tak.setAccessibleName("Tak voor de grafieken")
        self.tak.currentTextChanged.connect(lambda _t: self._grafieken())
        rij.addWidget(self.tak)
        rij.addStretch(1)
        ol.addLayout(rij)
        self.raster_widget = QWidget()
        self.raster = QGridLayout(self.raster_widget)
        self.raster.setContentsMargins(0, 0, 0, 0)
        ol.addWidget(self.raster_widget, 1)
        split.addWidget(onder)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        laag.addWidget(split, 1)
        self._resultaat: Resultaat | None = None

    def toon(self, resultaat: Resultaat) -> None:
        self._resultaat = resultaat
        b = resultaat.berekend
        k = b.normenkader
        tekst = f"Getoetst aan het normenkader <b>{k.titel}</b> ({k.geldig}; bron: {k.bron})."
        if k.toelichting:
            tekst += f" {k.toelichting}"
        self.kader.setText(tekst)
        self.model.zet(b.ratios, k)
        self.tabel.pas_kolommen_aan(min_breedte=80)
        takken = [t for t in modellen.TAKKEN if any(r.tak == t for r in b.ratios)]
        huidig = self.tak.currentText()
        self.tak.blockSignals(True)
        self.tak.clear()
        self.tak.addItems(takken)
        if huidig in takken:
            self.tak.setCurrentText(huidig)
        elif "DAEB" in takken:
            self.tak.setCurrentText("DAEB")
        self.tak.blockSignals(False)
        self._grafieken()

    def _grafieken(self) -> None:
        while self.raster.count():
            w = self.raster.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        r = self._resultaat
        tak = self.tak.currentText()
        if r is None or not tak:
            return
        from ui.grafieken import ratio_grafiek

        normen = r.berekend.normenkader.normen.get(tak) or r.berekend.normenkader.normen.get("TI", {})
        rijen = sorted((x for x in r.berekend.ratios if x.tak == tak), key=lambda x: x.jaar)
        for i, naam in enumerate(GRAFIEK_RATIOS):
            punten = [(x.jaar, x.waarden.get(naam), x.banden.get(naam)) for x in rijen]
            view = ratio_grafiek(naam, tak, punten, normen.get(naam))
            view.setToolTip(f"{opmaak.RATIO_LABEL[naam]} van {tak} per jaar, met de norm (stippellijn) "
                            "en de krappe zone (gekleurde band).")
            self.raster.addWidget(view, i // 2, i % 2)
