"""The joint views over the report's tables: Samen (per target a row per corporatie, the total, the target and
the joint status), Regio (per regional target a row per gemeente and the part not yet divided) and Hiaten
(targets nobody addresses). The tables come from bodcheck.rapport.opbouw_samen; these views only show them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from bodcheck.rapport.model import Rapport, Tabel
from ui import kleuren
from ui.modellen_samen import (
    DoelWeergave,
    RapportTabelModel,
    alinea_uit,
    doelen_uit,
    status_html,
    status_tekst,
    tabellen_uit,
)
from ui.signalen import zend
from ui.tabel import Tabel as TabelView
from ui.widgets import kop, scrollend, uitleg

STATUS_LEGENDA = ("✓ <b>sluit aan</b> &nbsp;&nbsp; ◐ <b>deels</b> &nbsp;&nbsp; ✗ <b>wijkt af</b> &nbsp;&nbsp; "
                  "○ <b>niet in bod</b>")


class TabelBlok(QWidget):
    """A heading with the status (word, symbol, colour), the table's title, the table at its full height and its
    footnote. A double click on a row emits its number."""

    rij_gekozen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        laag = QVBoxLayout(self)
        laag.setContentsMargins(0, 6, 0, 6)
        laag.setSpacing(4)
        self.kop = kop("", 2)
        self.kop.setTextFormat(Qt.TextFormat.RichText)
        self.kop.setWordWrap(True)
        laag.addWidget(self.kop)
        self.titel = uitleg("")
        laag.addWidget(self.titel)
        self.model = RapportTabelModel(self)
        self.tabel = TabelView()
        self.tabel.setModel(self.model)
        self.tabel.setSelectionBehavior(TabelView.SelectionBehavior.SelectRows)
        self.tabel.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabel.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.tabel.doubleClicked.connect(lambda i: zend(self.rij_gekozen, i.row()))
        laag.addWidget(self.tabel)
        self.voetnoot = uitleg("")
        self.voetnoot.setStyleSheet("color: #666;")
        self.status: str | None = None
        laag.addWidget(self.voetnoot)

    def zet(self, tabel: Tabel | None, kop_tekst: str = "", status: str | None = None, titel: str | None = None) -> None:
        self.setVisible(tabel is not None)
        if tabel is None:
            self.model.zet(None)
            return
        chip = status_html(status)
        self.status = status
        self.kop.setText(f"{kop_tekst} &nbsp; {chip}" if chip else kop_tekst)
        self.kop.setAccessibleName(f"{kop_tekst}: {status_tekst(status)}" if status else kop_tekst)
        self.kop.setVisible(bool(kop_tekst or chip))
        self.titel.setText(tabel.titel if titel is None else titel)
        self.tabel.setAccessibleName(kop_tekst or self.titel.text() or "Tabel")  # for a screen reader
        self.titel.setVisible(bool(self.titel.text()))
        self.model.zet(tabel)
        self.tabel.pas_kolommen_aan(min_breedte=90, max_breedte=520)
        self.tabel.setWordWrap(any("\n" in c.tekst for rij in tabel.rijen for c in rij))
        if self.tabel.wordWrap():
            self.tabel.resizeRowsToContents()
            for r in range(self.model.rowCount()):
                self.tabel.setRowHeight(r, self.tabel.rowHeight(r) + 8)
        self.voetnoot.setText(tabel.voetnoot)
        self.voetnoot.setVisible(bool(tabel.voetnoot))
        self.pas_hoogte_aan()

    def pas_hoogte_aan(self) -> None:
        """Every row visible (the view scrolls as a whole), no empty space right of the last column, and room for
        a horizontal scroll bar when the block is narrower than the table."""
        t = self.tabel
        breedte = t.horizontalHeader().length() + 2 * t.frameWidth() + 2
        t.setMaximumWidth(breedte)
        extra = t.horizontalScrollBar().sizeHint().height() if breedte > self.width() else 0
        t.setFixedHeight(t.horizontalHeader().sizeHint().height() + t.verticalHeader().length()
                         + 2 * t.frameWidth() + extra + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.model.tabel is not None:
            self.pas_hoogte_aan()


class SamenScherm(QWidget):
    """Per target of the woonvisie: the corporaties' bods side by side, the total against the whole target."""

    corporatie_gekozen = Signal(int, int)  # gemeente index, corporatie index (order of the report's rows)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _, laag = scrollend(self)
        laag.addWidget(kop("De bods samen"))
        laag.addWidget(uitleg(
            "Per doel van de woonvisie: wat elke corporatie biedt, haar aandeel in wat de corporaties samen bieden "
            "en haar aandeel in de sociale voorraad. Haar eigen status komt uit haar eigen beoordeling (haar deel "
            "van het doel); de status samen legt de som van de bods naast het hele doel. Dubbelklik op een "
            "corporatie voor haar eigen beoordeling.<br>" + STATUS_LEGENDA))
        rij = QHBoxLayout()
        self.gemeente_label = QLabel("Gemeente:")
        self.gemeente = QComboBox()
        self.gemeente.setAccessibleName("Gemeente")
        self.gemeente.currentIndexChanged.connect(lambda _i: self._vul_doelen())
        self.doel = QComboBox()
        self.doel.setAccessibleName("Doel")
        self.doel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.doel.setMaxVisibleItems(20)
        self.doel.currentIndexChanged.connect(lambda _i: self._toon_doel())
        for w in (self.gemeente_label, self.gemeente):
            rij.addWidget(w)
        rij.addSpacing(12)
        rij.addWidget(QLabel("Doel:"))
        rij.addWidget(self.doel)
        rij.addStretch(1)
        laag.addLayout(rij)
        self.hoofd = TabelBlok()
        self.hoofd.rij_gekozen.connect(self._rij)
        laag.addWidget(self.hoofd)
        self.jaren = TabelBlok()
        laag.addWidget(self.jaren)
        self.leeg = uitleg("")
        laag.addWidget(self.leeg)
        self.niet = uitleg("")
        laag.addWidget(self.niet)
        laag.addStretch(1)
        self._data: list[tuple[str, list[DoelWeergave], tuple[str, ...]]] = []

    def toon(self, gemeenten: Sequence[tuple[str, Rapport]]) -> None:
        """One (gemeente, its joint report) per gemeente; a gemeente folder has one."""
        self._data = [(naam, *doelen_uit(r)) for naam, r in gemeenten]
        self.gemeente.blockSignals(True)
        self.gemeente.clear()
        for naam, doelen, _ in self._data:
            self.gemeente.addItem(f"{naam} ({len(doelen)} doelen)", naam)
        self.gemeente.blockSignals(False)
        for w in (self.gemeente_label, self.gemeente):
            w.setVisible(len(self._data) > 1)
        self._vul_doelen()

    def doelen(self) -> list[DoelWeergave]:
        i = self.gemeente.currentIndex()
        return self._data[i][1] if 0 <= i < len(self._data) else []

    def _vul_doelen(self) -> None:
        self.doel.blockSignals(True)
        self.doel.clear()
        for d in self.doelen():
            self.doel.addItem(d.keuze)
            kleur = kleuren.ACHTERGROND.get(d.status or "")
            if kleur is not None:
                self.doel.setItemData(self.doel.count() - 1, kleur, Qt.ItemDataRole.BackgroundRole)
        self.doel.blockSignals(False)
        i = self.gemeente.currentIndex()
        niet = self._data[i][2] if 0 <= i < len(self._data) else ()
        self.niet.setText("<b>Niet opgeteld</b> (procenten, scores en euro's per woning tellen niet op over "
                          "corporaties; zie de eigen beoordelingen): " + "; ".join(x.rstrip(".") for x in niet) + "."
                          if niet else "")
        self.niet.setVisible(bool(niet))
        self._toon_doel()

    def _toon_doel(self) -> None:
        doelen = self.doelen()
        i = self.doel.currentIndex()
        d = doelen[i] if 0 <= i < len(doelen) else None
        self.doel.setEnabled(bool(doelen))
        self.leeg.setText("" if doelen else "Er zijn geen doelen om de bods samen aan te toetsen.")
        self.leeg.setVisible(not doelen)
        self.hoofd.zet(d.tabel if d else None, d.naam if d else "", d.status if d else None)
        self.jaren.zet(d.jaren if d else None, "Per jaar", None, "")

    def kies_doel(self, tekst: str) -> bool:
        """Select the first target whose name contains `tekst` (case-insensitive)."""
        for i, d in enumerate(self.doelen()):
            if tekst.casefold() in d.naam.casefold():
                self.doel.setCurrentIndex(i)
                return True
        return False

    def kies_gemeente(self, naam: str) -> bool:
        i = self.gemeente.findData(naam)
        if i >= 0:
            self.gemeente.setCurrentIndex(i)
        return i >= 0

    def _rij(self, rij: int) -> None:
        t = self.hoofd.model.tabel
        if t is not None and t.vet and rij < min(t.vet):  # the rows above the total are the corporaties
            zend(self.corporatie_gekozen, self.gemeente.currentIndex(), rij)


class _Blokken(QWidget):
    """A scrolling view of headed tables."""

    def __init__(self, titel: str, tekst: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _, laag = scrollend(self)
        laag.addWidget(kop(titel))
        self.uitleg = uitleg(tekst)
        laag.addWidget(self.uitleg)
        self.lijst = QVBoxLayout()
        self.lijst.setContentsMargins(0, 0, 0, 0)
        laag.addLayout(self.lijst)
        laag.addStretch(1)
        self.blokken: list[TabelBlok] = []

    def _leeg(self) -> None:
        while self.lijst.count():
            w = self.lijst.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.blokken = []

    def _blok(self, tabel: Tabel, kop_tekst: str, status: str | None = None) -> TabelBlok:
        b = TabelBlok()
        self.lijst.addWidget(b)
        b.zet(tabel, kop_tekst, status)
        self.blokken.append(b)
        return b


class RegioScherm(_Blokken):
    """Per regional target: each gemeente's share (from its own woonvisie), the bod of its corporaties together,
    the status, and the part not yet divided over the gemeenten."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Regionale doelen per gemeente", "", parent)

    def toon(self, rapport: Rapport) -> None:
        self._leeg()
        self.uitleg.setText(alinea_uit(rapport, "regio", 0) + "<br>" + STATUS_LEGENDA)
        for naam, status, t in tabellen_uit(rapport, "kern", "kern_regio"):
            self._blok(t, naam or "Samen in de regio", status)
        for naam, status, t in tabellen_uit(rapport, "regio", "regio_"):
            self._blok(t, naam, status)
        if not self.blokken:
            self.lijst.addWidget(uitleg("De regionale woonvisie heeft geen doelen die bij elkaar op te tellen zijn."))


class HiatenScherm(_Blokken):
    """Targets of the woonvisie that no corporatie mentions in its bod, per gemeente."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Doelen zonder bod", "", parent)
        self.aantal = 0

    def toon(self, gemeenten: Sequence[tuple[str, Rapport]]) -> None:
        self._leeg()
        self.aantal = 0
        met_naam = len(gemeenten) > 1
        for naam, r in gemeenten:
            if not self.uitleg.text():
                self.uitleg.setText(alinea_uit(r, "hiaten", 0))
            tabellen = tabellen_uit(r, "hiaten", "hiaten")
            if tabellen:
                t = tabellen[0][2]
                self._blok(t, naam if met_naam else "", None).titel.setText(
                    f"{len(t.rijen)} {'doel' if len(t.rijen) == 1 else 'doelen'} zonder bod")
                self.aantal += len(t.rijen)
            else:
                regel = uitleg(f"<b>{naam}</b>: " + alinea_uit(r, "hiaten") if met_naam else alinea_uit(r, "hiaten"))
                self.lijst.addWidget(regel)
