"""The joint window's lists: the corporaties (for a regio under their gemeente) with the way to each one's own
assessment, the joint vraagpunten (the existing Vraagpunten view, per gemeente or for the regio, with the user's
notes), and the meldingen of the folder."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodcheck import opmaak
from bodcheck.model import Melding, Notitie
from ui import modellen
from ui.scherm_vraagpunten import VraagpuntenScherm
from ui.signalen import zend
from ui.tabel import Tabel
from ui.widgets import kader, kop, uitleg

PLEK = Qt.ItemDataRole.UserRole


def _telling(vraagpunten: Sequence[Any]) -> str:
    hoog = sum(v.ernst == "hoog" for v in vraagpunten)
    return f"{len(vraagpunten)}" + (f" ({hoog} hoog)" if hoog else "")


class CorporatiesScherm(QWidget):
    """Each corporatie with its share and its own vraagpunten; a double click (or the button) opens its own
    assessment."""

    open_eigen = Signal(int, int)  # gemeente index, corporatie index

    KOPPEN = ("Corporatie", "Woningen", "Aandeel", "Eigen vraagpunten", "Bod", "Bestand")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        laag = QVBoxLayout(self)
        laag.setContentsMargins(16, 12, 16, 12)
        laag.addWidget(kop("Elke corporatie apart"))
        self.uitleg = uitleg("Elke corporatie heeft haar eigen beoordeling: haar bod naast haar deel van de "
                             "woonvisie, haar financiële ruimte en haar eigen vraagpunten. Dubbelklik op een "
                             "corporatie, of kies haar en ‘Open eigen beoordeling’; die opent in een eigen venster "
                             "en is te bewaren als elke beoordeling.")
        laag.addWidget(self.uitleg)
        self.boom = QTreeWidget()
        self.boom.setAccessibleName("Corporaties")
        self.boom.setHeaderLabels(list(self.KOPPEN))
        self.boom.setUniformRowHeights(True)
        self.boom.setAlternatingRowColors(False)
        self.boom.setStyleSheet("QTreeWidget::item { padding: 3px 0; }")
        self.boom.itemActivated.connect(lambda item, _k: self._open(item))
        self.boom.currentItemChanged.connect(lambda nu, _oud: self.knop.setEnabled(self._plek(nu) is not None))
        laag.addWidget(self.boom, 1)
        rij = QHBoxLayout()
        rij.addStretch(1)
        self.knop = QPushButton("Open eigen beoordeling")
        self.knop.setEnabled(False)
        self.knop.clicked.connect(lambda: self._open(self.boom.currentItem()))
        rij.addWidget(self.knop)
        laag.addLayout(rij)

    def toon(self, gemeenten: Sequence[Any], regio: bool) -> None:
        """`gemeenten`: the GemeenteResultaat objects (one for a gemeente folder)."""
        self.boom.clear()
        self.boom.setRootIsDecorated(regio)
        vet = QFont(self.boom.font())
        vet.setBold(True)
        for gi, g in enumerate(gemeenten):
            ouder = None
            if regio:
                ouder = QTreeWidgetItem([f"{g.gemeente}", "", "", _telling(g.vraagpunten) + " gezamenlijk", "", g.map])
                ouder.setFont(0, vet)
                ouder.setToolTip(0, f"Gemeente {g.gemeente}: {len(g.corporaties)} "
                                 f"{'bod' if len(g.corporaties) == 1 else 'bods'}")
                self.boom.addTopLevelItem(ouder)
            basis = "sociale huurwoningen" if g.aandeel_basis == "sociale_voorraad" else "woningen"
            for ci, c in enumerate(g.corporaties):
                r = c.resultaat
                item = QTreeWidgetItem([c.corporatie, opmaak.getal(c.voorraad), opmaak.procent(c.aandeel_aan_tafel),
                                        _telling(r.vraagpunten), str(r.invoer.bodjaar or ""), c.bestand])
                item.setData(0, PLEK, (gi, ci))
                item.setToolTip(0, f"{c.corporatie}: {opmaak.getal(c.voorraad)} {basis} in {g.gemeente}. "
                                "Dubbelklik voor de eigen beoordeling.")
                for k in (1, 2):
                    item.setTextAlignment(k, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if ouder is not None:
                    ouder.addChild(item)
                else:
                    self.boom.addTopLevelItem(item)
            if ouder is not None:
                ouder.setExpanded(True)
        h = self.boom.header()
        h.setStretchLastSection(False)
        for k in range(len(self.KOPPEN)):
            self.boom.resizeColumnToContents(k)
            h.setSectionResizeMode(k, QHeaderView.ResizeMode.Interactive)
        self.boom.setColumnWidth(0, self.boom.columnWidth(0) + 24)
        eerste = self._eerste()
        if eerste is not None:
            self.boom.setCurrentItem(eerste)

    def _eerste(self) -> QTreeWidgetItem | None:
        for item in self.items():
            return item
        return None

    def items(self):
        """Every corporatie item, in order."""
        for i in range(self.boom.topLevelItemCount()):
            top = self.boom.topLevelItem(i)
            if self._plek(top) is not None:
                yield top
            for k in range(top.childCount()):
                yield top.child(k)

    def item(self, corporatie: str, gemeente_index: int | None = None) -> QTreeWidgetItem | None:
        for it in self.items():
            if it.text(0) == corporatie and (gemeente_index is None or it.data(0, PLEK)[0] == gemeente_index):
                return it
        return None

    @staticmethod
    def _plek(item: QTreeWidgetItem | None) -> tuple[int, int] | None:
        return item.data(0, PLEK) if item is not None else None

    def _open(self, item: QTreeWidgetItem | None) -> None:
        plek = self._plek(item)
        if plek is not None:
            zend(self.open_eigen, int(plek[0]), int(plek[1]))


class SamenVraagpuntenScherm(QWidget):
    """The joint vraagpunten in the existing Vraagpunten view; for a regio a choice between the regio's own and
    each gemeente's. Meenemen, notitie, antwoord and afspraak are kept per choice in the window's notes (which
    the window saves and prints)."""

    gewijzigd = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        laag = QVBoxLayout(self)
        laag.setContentsMargins(0, 0, 0, 0)
        laag.setSpacing(0)
        self.keuze_rij = QWidget()
        rij = QHBoxLayout(self.keuze_rij)
        rij.setContentsMargins(16, 12, 16, 0)
        rij.addWidget(QLabel("Vraagpunten van:"))
        self.keuze = QComboBox()
        self.keuze.setAccessibleName("Vraagpunten van")
        self.keuze.currentIndexChanged.connect(lambda _i: self._toon())
        rij.addWidget(self.keuze)
        rij.addStretch(1)
        laag.addWidget(self.keuze_rij)
        self.vraagpunten = VraagpuntenScherm()
        for lab in self.vraagpunten.findChildren(QLabel):
            if lab.text().startswith("Vragen die u aan tafel"):
                lab.setText("Vragen die pas zichtbaar worden als de bods naast elkaar liggen, met de reden en de "
                            "cellen waarop ze rusten. Vink aan wat u meeneemt naar het overleg; uw notities, het "
                            "antwoord en de afspraak komen in het gezamenlijke rapport. bodcheck bewaart ze meteen in "
                            "uw eigen gegevens (niet in de map zelf); open de map later opnieuw en ze staan er weer. "
                            "De vraagpunten van één corporatie staan in haar eigen beoordeling.")
        self.vraagpunten.notitie_gewijzigd.connect(self._notitie)
        laag.addWidget(self.vraagpunten, 1)
        self._groepen: list[tuple[str, Any]] = []
        self.notities: dict[str, dict[str, Notitie]] = {}

    def toon(self, groepen: Sequence[tuple[str, Any]], notities: dict[str, dict[str, Notitie]] | None = None) -> None:
        """(name, result with .vraagpunten and .perspectief) per choice: the gemeente, or the regio and then
        each gemeente. `notities` (group name -> {sleutel: Notitie}) is kept up to date in place."""
        self._groepen = list(groepen)
        if notities is not None:
            self.notities = notities
        self.keuze.blockSignals(True)
        self.keuze.clear()
        for naam, r in self._groepen:
            self.keuze.addItem(f"{naam} ({len(r.vraagpunten)})", naam)
            self.notities.setdefault(naam, {})
        self.keuze.blockSignals(False)
        self.keuze_rij.setVisible(len(self._groepen) > 1)
        self._toon()

    def _toon(self) -> None:
        i = self.keuze.currentIndex()
        if 0 <= i < len(self._groepen):
            naam, r = self._groepen[i]
            self.vraagpunten.toon(r, self.notities[naam])

    def huidige(self) -> str | None:
        return self.keuze.currentData()

    def kies(self, naam: str) -> bool:
        i = self.keuze.findData(naam)
        if i >= 0:
            self.keuze.setCurrentIndex(i)
        return i >= 0

    def _notitie(self, sleutel: str, notitie: Notitie) -> None:
        naam = self.huidige()
        if naam is not None:
            self.notities.setdefault(naam, {})[sleutel] = notitie
            zend(self.gewijzigd)


class MeldingenScherm(QWidget):
    """What bodcheck found in the folder, with file and cell: the existing meldingen list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        laag = QVBoxLayout(self)
        laag.setContentsMargins(16, 12, 16, 12)
        self.kop = kop("Meldingen bij het inlezen")
        laag.addWidget(self.kop)
        self.kader = kader("")
        laag.addWidget(self.kader)
        self.model = modellen.MeldingenModel(self)
        self.tabel = Tabel()
        self.tabel.setAccessibleName("Meldingen bij het inlezen")
        self.tabel.setModel(self.model)
        self.tabel.setSelectionBehavior(Tabel.SelectionBehavior.SelectRows)
        self.tabel.setWordWrap(True)
        laag.addWidget(self.tabel, 1)

    def toon(self, meldingen: Sequence[Melding], map_naam: str) -> None:
        self.model.zet(meldingen)
        self.tabel.pas_kolommen_aan(max_breedte=320)
        self.tabel.horizontalHeader().setStretchLastSection(True)
        fouten = [m for m in meldingen if m.soort in ("fout", "intern")]
        if fouten:
            self.kop.setText("De map kan niet worden gebruikt")
            self.kader.setText(
                f"In de map <b>{map_naam}</b> {'staat' if len(fouten) == 1 else 'staan'} {len(fouten)} "
                f"{'fout' if len(fouten) == 1 else 'fouten'}; daarom is er niets berekend. Per fout staan hieronder "
                "het bestand en de cel. Verbeter de werkboeken (of haal er een uit de map) en open de map opnieuw.")
        else:
            self.kop.setText(f"Meldingen bij het inlezen ({len(meldingen)})" if meldingen else "Meldingen: geen")
            self.kader.setText("Waarschuwingen over de gegevens: ze zijn meegenomen, maar kijk ze na. Houd de muis "
                               "op een regel voor de hele tekst.")
        self.kader.setVisible(bool(meldingen))
