"""Kerncijfers: the ratios per year and tak against the chosen normenkader, as a table and as charts with
the norm line and the krap band. Each band has a word, a symbol and a colour."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from bodcheck import opmaak
from bodcheck.codes import NORM_NAMEN, TAKKEN
from bodcheck.model import Resultaat
from ui import modellen
from ui.grafieken import ratio_grafiek
from ui.stappen import Stappen
from ui.tabel import Tabel
from ui.widgets import kop, scrollend, uitleg


class KerncijfersScherm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _, laag = scrollend(self)
        laag.addWidget(kop("Kerncijfers"))
        self.kader = uitleg("")
        laag.addWidget(self.kader)
        laag.addWidget(uitleg(
            "✓ <b>ruim</b>: ruim binnen de norm &nbsp;&nbsp; ! <b>krap</b>: binnen de norm, maar dichtbij "
            "&nbsp;&nbsp; ✗ <b>buiten norm</b>. Houd de muis op een getal voor de berekening en de bron."))
        self.model = modellen.RatioModel(self)
        self.tabel = Tabel()
        self.tabel.setAccessibleName("Kerncijfers per tak en jaar")
        self.tabel.setModel(self.model)
        self.tabel.bevries_kolommen(modellen.RatioModel.VAST)  # Tak, Kerncijfer, Norm stay when the years scroll
        self.tabel.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        laag.addWidget(self.tabel)
        rij = QHBoxLayout()
        rij.addWidget(kop("Verloop per jaar", 2))
        rij.addSpacing(12)
        rij.addWidget(QLabel("voor:"))
        self.tak = QComboBox()
        self.tak.setAccessibleName("Tak voor de grafieken")
        self.tak.currentTextChanged.connect(lambda _t: self._grafieken())
        rij.addWidget(self.tak)
        rij.addStretch(1)
        laag.addLayout(rij)
        laag.addWidget(uitleg("De stippellijn is de norm; de gekleurde band is de krappe zone vlak bij de norm."))
        self.raster_widget = QWidget()
        self.raster = QGridLayout(self.raster_widget)
        self.raster.setContentsMargins(0, 0, 0, 0)
        self.vakken: list[QWidget] = []  # a fixed cell per chart: a chart that arrives repaints its cell only
        for i in range(len(NORM_NAMEN)):
            vak = QWidget()
            vak.setMinimumHeight(250)
            QVBoxLayout(vak).setContentsMargins(0, 0, 0, 0)
            self.raster.addWidget(vak, i // 2, i % 2)
            self.vakken.append(vak)
        laag.addWidget(self.raster_widget)
        self._stappen = Stappen(self)
        laag.addStretch(1)
        self._resultaat: Resultaat | None = None
        self._naar_aandacht = False
        self._grafieken_later = False

    def toon(self, resultaat: Resultaat) -> None:
        self._resultaat = resultaat
        b = resultaat.berekend
        k = b.normenkader
        tekst = f"Getoetst aan het normenkader <b>{k.titel}</b> ({k.geldig}; bron: {k.bron})."
        if k.toelichting:
            tekst += f" {k.toelichting}"
        for n in b.extra_kaders:
            tekst += (f"<br>Daarnaast {'de eigen normen' if n.eigen else 'het officiële normenkader'} "
                      f"<b>{n.titel}</b> (bron: {n.bron}), op de regels ‘naast’.")
        self.kader.setText(tekst)
        self.model.zet(b.ratios, k, b.extra_kaders)
        self.tabel.pas_kolommen_aan(min_breedte=80)
        hoogte = self.tabel.horizontalHeader().height() + self.tabel.verticalHeader().length() + 4
        self.tabel.setFixedHeight(hoogte + self.tabel.horizontalScrollBar().sizeHint().height())
        self._naar_aandacht = True  # a small window: the first krap year in sight, not off to the right
        if self.isVisible():
            QTimer.singleShot(0, self._toon_aandacht)
        # only the takken with a computed figure: an empty DAEB sheet of an assessment being filled in would open
        # on four empty charts
        takken = [t for t in TAKKEN if any(r.tak == t and any(w is not None for w in r.waarden.values())
                                           for r in b.ratios)] or [t for t in TAKKEN if any(r.tak == t for r in b.ratios)]
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

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        if self._naar_aandacht:  # filled out of sight (ui.schermen.voorbereiden): scroll once it is laid out
            QTimer.singleShot(0, self._toon_aandacht)
        if self._grafieken_later:
            self._grafieken()

    def _toon_aandacht(self) -> None:
        """Scroll the table to the first krap or buiten-norm year, once per fill."""
        aandacht = self.model.eerste_aandacht()
        if aandacht is not None and self.isVisible():
            self._naar_aandacht = False
            self.tabel.scrollTo(aandacht)  # then as the first year beside the fixed columns, the later ones after it
            balk, vast = self.tabel.horizontalScrollBar(), self.tabel.vast
            balk.setValue(balk.value() + self.tabel.visualRect(aandacht).left() - (vast.breedte() if vast else 0))

    def _grafieken(self) -> None:
        """One chart per turn of the event loop (ui.stappen), each in its own fixed cell, so that the table is on
        screen at once and the window keeps answering while the charts come (issue 16)."""
        r = self._resultaat
        tak = self.tak.currentText()
        self._grafieken_later = not self.isVisible()  # filled out of sight: the charts come when it is shown,
        if r is None or not tak or self._grafieken_later:  # one per turn (four at once took 100 ms to paint)
            self._stappen.start([])
            return
        normen = r.berekend.normenkader.normen.get(tak) or r.berekend.normenkader.normen.get("TI", {})
        rijen = sorted((x for x in r.berekend.ratios if x.tak == tak), key=lambda x: x.jaar)
        self._stappen.start(lambda i=i, naam=naam: self._grafiek(i, naam, tak, rijen, normen.get(naam))
                            for i, naam in enumerate(NORM_NAMEN))

    def _grafiek(self, i: int, naam: str, tak: str, rijen, norm) -> None:
        vak = self.vakken[i].layout()
        while vak.count():
            w = vak.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        punten = [(x.jaar, x.waarden.get(naam), x.banden.get(naam)) for x in rijen]
        view = ratio_grafiek(naam, tak, punten, norm)
        view.setToolTip(f"{opmaak.RATIO_LABEL[naam]} van {tak} per jaar, met de norm (stippellijn) "
                        "en de krappe zone (gekleurde band).")
        vak.addWidget(view)
