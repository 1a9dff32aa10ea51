"""The start screen: a new assessment, open a saved one, recent files, the bundled example, a template; and
several bods together: a folder as a gemeente or a regio, with its own example.

It is the first thing the user sees, so it stays clear of the `Qt` namespace: PySide6 builds that namespace's
≈ 95 enum classes on first use (≈ 20 ms), which the first window need not wait for.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.signalen import zend
from ui.widgets import kop, scrollend, uitleg


def recent_map(soort: str, map_: Path) -> str:
    """The recent-list entry of a folder opened as a gemeente or regio (read back by recent_item)."""
    return f"{soort}:{map_}"


def recent_item(regel: str) -> tuple[str | None, Path]:
    """One entry of the recent list: a file, or a folder opened as a gemeente or regio ("gemeente:/pad")."""
    soort, _, pad = regel.partition(":")
    if soort in ("gemeente", "regio") and pad:
        return soort, Path(pad)
    return None, Path(regel)


class _Keuze(QPushButton):
    """A large button with a title and one line of explanation."""

    def __init__(self, titel: str, tekst: str, sneltoets: str = "") -> None:
        super().__init__()
        self.setAccessibleName(titel)
        self.setToolTip(f"{titel} ({sneltoets})" if sneltoets else titel)
        laag = QVBoxLayout(self)
        laag.setContentsMargins(14, 10, 14, 10)
        t = QLabel(titel + (f"   <span style='color:#777; font-weight:normal'>{sneltoets}</span>"
                            if sneltoets else ""))
        f = t.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.1)
        t.setFont(f)
        u = QLabel(tekst)
        u.setWordWrap(True)
        u.setStyleSheet("color: #555;")
        for lab in (t, u):  # a plain QLabel ignores clicks, so they reach the button
            laag.addWidget(lab)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setObjectName("keuze")

    # A QPushButton sizes itself by its own (empty) text; this one by its labels, wrapped at its real width.
    def sizeHint(self) -> QSize:
        return self.layout().totalSizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.layout().totalMinimumSize()


class Startscherm(QWidget):
    nieuw = Signal()
    invullen = Signal()
    openen = Signal()
    voorbeeld = Signal()
    sjabloon = Signal()
    recent_gekozen = Signal(str)
    map_gemeente = Signal()
    map_regio = Signal()
    voorbeeld_samen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("QPushButton#keuze { text-align: left; border: 1px solid #d4d8dd; border-radius: 4px; "
                           "background: #fbfbfc; } QPushButton#keuze:hover { border-color: #1f4e79; "
                           "background: #f3f7fb; } QPushButton#keuze:focus { border: 2px solid #1f4e79; } "
                           "QPushButton#recent { text-align: left; border: 1px solid transparent; border-radius: 3px; "
                           "padding: 5px 8px; color: #1f4e79; background: transparent; } "
                           "QPushButton#recent:hover { background: #e9eff6; } "
                           "QPushButton#recent:focus { border-color: #1f4e79; }")
        _, buiten = scrollend(self)  # a small screen (a laptop at 150 %) scrolls instead of squeezing the cards
        buiten.addStretch(1)
        midden = QHBoxLayout()
        midden.addStretch(1)
        kaart = QFrame()
        kaart.setMaximumWidth(980)
        kaart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        midden.addWidget(kaart, 8)
        midden.addStretch(1)
        buiten.addLayout(midden)
        buiten.addStretch(2)

        laag = QVBoxLayout(kaart)
        titel = kop("bodcheck")
        f = titel.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        titel.setFont(f)
        titel.setStyleSheet("color: #1f4e79;")
        laag.addWidget(titel)
        laag.addWidget(uitleg("Beoordeel het bod van een woningcorporatie naast de woonvisie en bereid het "
                              "overleg over de prestatieafspraken voor. Alles blijft op deze computer.",
                              opgemaakt=False))
        laag.addSpacing(14)
        rij = QHBoxLayout()
        rij.setSpacing(24)
        links = QVBoxLayout()
        links.setSpacing(8)
        self.knop_nieuw = _Keuze("Nieuwe beoordeling…", "Lees het bod van de corporatie en de woonvisie van de "
                                 "gemeente in (Excel-werkboeken volgens het sjabloon).", "Ctrl+N")
        self.knop_invullen = _Keuze("Nieuwe beoordeling invullen…", "Alleen een PDF van de corporatie? Typ of plak "
                                    "de cijfers in de lege regels van het sjabloon.")
        self.knop_openen = _Keuze("Beoordeling openen…", "Ga verder met een bewaarde beoordeling (.bodcheck), met "
                                  "uw notities en wijzigingen.", "Ctrl+O")
        self.knop_voorbeeld = _Keuze("Voorbeeld bekijken", "Een verzonnen corporatie en gemeente, om bodcheck te "
                                     "leren kennen.")
        self.knop_sjabloon = _Keuze("Leeg sjabloon maken…", "Het werkboek dat u naar de corporatie stuurt om het bod "
                                    "in te vullen, of voor de woonvisie.")
        for k, sig in ((self.knop_nieuw, self.nieuw), (self.knop_invullen, self.invullen), (self.knop_openen, self.openen),
                       (self.knop_voorbeeld, self.voorbeeld), (self.knop_sjabloon, self.sjabloon)):
            k.clicked.connect(sig)
            links.addWidget(k)
        links.addStretch(1)
        rij.addLayout(links, 5)
        rechts = QVBoxLayout()
        rechts.setSpacing(8)
        rechts.addWidget(kop("Recent geopend", 2))
        self.recent = QWidget()  # a flat button per file (a click opens it), or a line saying there are none
        self.recent.setAccessibleName("Recent geopende beoordelingen")
        self._recent_laag = QVBoxLayout(self.recent)
        self._recent_laag.setContentsMargins(0, 0, 0, 0)
        self._recent_laag.setSpacing(1)
        self.recent_leeg = uitleg("Nog niets geopend. Bewaarde beoordelingen verschijnen hier.", opgemaakt=False)
        self._recent_laag.addWidget(self.recent_leeg)
        self._recent_laag.addStretch(1)
        self._knoppen: list[QPushButton] = []
        self._recent: list[str] | None = None  # a new list, its buttons not made yet (see zet_recent)
        rechts.addWidget(self.recent)
        rechts.addSpacing(12)
        rechts.addWidget(kop("Meer bods samen", 2))
        self.knop_gemeente = _Keuze("Map openen als gemeente…", "Alle bods voor één gemeente in één map, met de "
                                    "woonvisie: samen per doel, en elke corporatie apart.", "Ctrl+G")
        self.knop_regio = _Keuze("Map openen als regio…", "De regionale woonvisie bovenin, een map per gemeente.")
        self.knop_voorbeeld_samen = _Keuze("Voorbeeld: drie corporaties in Aaberg", "Drie verzonnen bods voor "
                                           "één gemeente, om het samen beoordelen te leren kennen.")
        for k, sig in ((self.knop_gemeente, self.map_gemeente), (self.knop_regio, self.map_regio),
                       (self.knop_voorbeeld_samen, self.voorbeeld_samen)):
            k.clicked.connect(sig)
            rechts.addWidget(k)
        rechts.addStretch(1)
        rij.addLayout(rechts, 4)
        laag.addLayout(rij)
        laag.addSpacing(10)
        laag.addWidget(uitleg("F1 opent de uitleg: wat de kerncijfers betekenen en hoe u het rapport leest.",
                              opgemaakt=False))

    def zet_recent(self, paden: list[str]) -> None:
        """The recent list; its buttons are made when the start screen is shown (or asked for): behind an open
        assessment, ten buttons styled through the start screen's style sheet held the window up for ≈ 20 ms at
        every open (issue 16)."""
        self._recent = list(paden)
        self.recent_leeg.setVisible(not paden)
        if self.isVisible():
            self._maak_recent()

    @property
    def recent_knoppen(self) -> list[QPushButton]:
        self._maak_recent()
        return self._knoppen

    def showEvent(self, e: QShowEvent) -> None:
        self._maak_recent()
        super().showEvent(e)

    def _maak_recent(self) -> None:
        if self._recent is None:
            return
        paden, self._recent = self._recent, None
        for knop in self._knoppen:
            knop.hide()
            knop.deleteLater()
        self._knoppen = []
        for i, p in enumerate(paden):
            soort, pad = recent_item(p)
            naam = pad.name if soort else pad.stem
            waar = f"hele map, als {soort}" if soort else f"map {pad.parent.name or pad.parent}"
            knop = QPushButton(f"{naam}   ·   {waar}")  # the whole path in the tip
            knop.setObjectName("recent")
            knop.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # a long name never widens the column
            knop.setToolTip(str(pad))
            knop.setAccessibleName(f"{naam} openen")
            knop.clicked.connect(lambda _c=False, p=p: zend(self.recent_gekozen, p))
            self._recent_laag.insertWidget(i, knop)
            self._knoppen.append(knop)
