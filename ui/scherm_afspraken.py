"""Afspraken: from the table to the agreement (afspraken.md § Outputs, App). The list of afspraken with their
check letters (S, M, T, R, T), editing the selected one, taking over a row of Bod en woonvisie or of what the
gemeente delivers, merging two afspraken on one indicator and year, and the exports: the concept
prestatieafspraken (Word), next year's bod template and the gemeente's workbook.

The view edits the open assessment in place (`Beoordeling.notities[…].afspraken` and `Beoordeling.afspraken`)
and says so with `gewijzigd`; the exports run in the background. `vraag_pad(titel, extensie, filter)` asks
for a file name and can be replaced (tests inject a path).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from bodcheck import codes, getallen, opmaak
from bodcheck.afspraken import overnemen, toets
from bodcheck.afspraken.model import VOORBEHOUD_LABEL, WIE, Afspraak
from bodcheck.afspraken.tekst import jaar_of_periode, wie
from bodcheck.afspraken.verzamelen import Overzicht, Regel, afspraken_van, verzamel
from ui.signalen import zend
from ui.taken import Taken
from ui.widgets import kader, kop, uitleg

KOLOMMEN = ("Nr.", "Afspraak", "Thema", "Wie", *(toets.LETTER_KOP[k] for k in toets.LETTERS), "Herkomst")
GEEN_JAAR = 1899  # the spin boxes' "–"
VraagPad = Callable[[str, str, str], Path | None]


def _datum_of_jaar(tekst: str) -> int | dt.date | None:
    """'2027' → 2027; '30-6-2027' or '2027-06-30' → a date; '' → None; anything else raises ValueError."""
    t = tekst.strip()
    if not t:
        return None
    if re.fullmatch(r"\d{4}", t):
        return int(t)
    m = re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", t)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    return dt.date.fromisoformat(t)


class AfsprakenScherm(QWidget):
    gewijzigd = Signal()  # the afspraken of the assessment changed
    bericht = Signal(str)

    def __init__(self, parent: QWidget | None = None, taken: Taken | None = None) -> None:
        super().__init__(parent)
        self.taken = taken or Taken(self)
        self.vraag_pad: VraagPad = self._vraag_pad_dialoog
        self._b: Any = None
        self._r: Any = None
        self._ov = Overzicht()
        self._huidig: int | None = None  # row in the table
        self._vullen = False

        laag = QVBoxLayout(self)
        laag.setContentsMargins(16, 12, 16, 12)
        laag.addWidget(kop("Afspraken"))
        laag.addWidget(uitleg(
            "De afspraken uit het overleg, getoetst: <b>S</b>pecifiek, <b>M</b>eetbaar, <b>T</b>oegewezen "
            "(wie voert uit; bij samen: wie trekt), <b>R</b>ealistisch, <b>T</b>ijdgebonden. ✓ in orde, ✗ aanvullen, "
            "– niet van toepassing. Een afspraak die u bij een vraagpunt noteerde, staat hier ook."))

        self.keuze_vergelijking = _keuze("Rij uit bod en woonvisie")
        self.knop_vergelijking = QPushButton("Overnemen als afspraak")
        self.knop_vergelijking.clicked.connect(self.neem_vergelijking_over)
        self.keuze_gemeente = _keuze("Wat de gemeente levert")
        self.knop_gemeente = QPushButton("Overnemen")
        self.knop_gemeente.clicked.connect(self.neem_gemeente_over)
        laag.addLayout(_onder_elkaar((("Bod en woonvisie:", self.keuze_vergelijking, self.knop_vergelijking),
                                      ("Gemeente levert:", self.keuze_gemeente, self.knop_gemeente))))

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.tabel = QTableWidget(0, len(KOLOMMEN))
        self.tabel.setHorizontalHeaderLabels(list(KOLOMMEN))
        self.tabel.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.tabel.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.tabel.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tabel.setTabKeyNavigation(False)  # Tab goes on to the form; the arrows choose a row
        self.tabel.verticalHeader().setVisible(False)
        self.tabel.setAccessibleName("Afspraken")
        # the Afspraak column takes the width that is left, so that Herkomst stays on screen at 1024 pixels; a
        # text longer than its cell shows whole in its tooltip
        kop_ = self.tabel.horizontalHeader()
        kop_.setMinimumSectionSize(30)
        for i, naam in enumerate(KOLOMMEN):
            self.tabel.setColumnWidth(i, {"Nr.": 40, "Thema": 130, "Wie": 130, "Herkomst": 170}.get(naam, 30))
        kop_.setSectionResizeMode(KOLOMMEN.index("Afspraak"), QHeaderView.ResizeMode.Stretch)
        self.tabel.currentCellChanged.connect(lambda rij, *_: self._kies(rij))
        splitter.addWidget(self.tabel)
        splitter.addWidget(self._bouw_formulier())
        splitter.setSizes([260, 420])
        laag.addWidget(splitter, 1)

        self.conflict = kader("", "let_op")
        self.knop_samenvoegen = QPushButton("Samenvoegen")
        self.knop_samenvoegen.clicked.connect(self.voeg_samen)
        conflict_rij = QHBoxLayout()
        conflict_rij.addWidget(self.conflict, 1)
        conflict_rij.addWidget(self.knop_samenvoegen)
        laag.addLayout(conflict_rij)

        knoppen = QHBoxLayout()
        self.knop_nieuw = QPushButton("Nieuwe afspraak")
        self.knop_nieuw.clicked.connect(self.nieuwe_afspraak)
        self.knop_weg = QPushButton("Verwijderen")
        self.knop_weg.clicked.connect(self.verwijder)
        self.knop_docx = QPushButton("Concept prestatieafspraken (Word)…")
        self.knop_docx.clicked.connect(lambda: self.exporteer("docx"))
        self.knop_sjabloon = QPushButton("Sjabloon bod volgend jaar…")
        self.knop_sjabloon.clicked.connect(lambda: self.exporteer("sjabloon"))
        self.knop_woonvisie = QPushButton("Werkboek gemeente…")
        self.knop_woonvisie.clicked.connect(lambda: self.exporteer("woonvisie"))
        for k in (self.knop_nieuw, self.knop_weg):
            knoppen.addWidget(k)
        knoppen.addStretch(1)
        for k in (self.knop_docx, self.knop_sjabloon, self.knop_woonvisie):
            knoppen.addWidget(k)
        laag.addLayout(knoppen)
        self._toon_conflict()
        self._zet_formulier(None)

    # ---- the form -------------------------------------------------------------------------------------
    def _bouw_formulier(self) -> QWidget:
        vak = QWidget()
        rijen = QHBoxLayout(vak)
        links, rechts = QFormLayout(), QFormLayout()
        self.veld_wat = QLineEdit()
        self.veld_wat.setPlaceholderText("Wat spreken partijen af?")
        self.veld_thema = QComboBox()
        self.veld_thema.addItem("–", "")
        for t in codes.TOEZEGGING_THEMAS:
            self.veld_thema.addItem(codes.THEMA_LABEL.get(t, t.replace("_", " ").capitalize()), t)
        self.veld_wie = QComboBox()
        self.veld_wie.addItem("–", "")
        for w in WIE:
            self.veld_wie.addItem(w, w)
        self.veld_kartrekker = QComboBox()
        self.veld_kartrekker.addItem("–", "")
        for w in WIE[:3]:
            self.veld_kartrekker.addItem(w, w)
        self.veld_voorbehoud = QComboBox()
        self.veld_voorbehoud.addItem("geen", "")
        for k, label in VOORBEHOUD_LABEL.items():
            self.veld_voorbehoud.addItem(label, k)
        links.addRow("Afspraak:", self.veld_wat)
        links.addRow("Thema:", self.veld_thema)
        links.addRow("Wie voert uit:", self.veld_wie)
        links.addRow("Trekker (bij samen):", self.veld_kartrekker)
        links.addRow("Voorbehoud:", self.veld_voorbehoud)

        self.veld_indicator = QComboBox()
        self.veld_indicator.addItem("geen (procesafspraak)", "")
        for c in codes.INDICATOR_CODES:
            self.veld_indicator.addItem(c.omschrijving, c.code)
        self.veld_waarde = QLineEdit()
        self.veld_waarde.setPlaceholderText("bijvoorbeeld 30 of 95%")
        self.veld_per = QComboBox()
        self.veld_per.addItem("per jaar", "jaar")
        self.veld_per.addItem("voor de hele periode", "periode")
        self.veld_van, self.veld_tot = QSpinBox(), QSpinBox()
        for s in (self.veld_van, self.veld_tot):
            s.setRange(GEEN_JAAR, 2100)
            s.setSpecialValueText("–")
            s.setValue(GEEN_JAAR)
        jaren = QHBoxLayout()
        jaren.addWidget(self.veld_van)
        jaren.addWidget(QLabel("tot en met"))
        jaren.addWidget(self.veld_tot)
        self.veld_resultaat = QLineEdit()
        self.veld_resultaat.setPlaceholderText("Procesafspraak: wat ligt er dan? (bv. woonzorgvisie vastgesteld)")
        self.veld_wanneer = QLineEdit()
        self.veld_wanneer.setPlaceholderText("jaar (2027) of datum (30-6-2027)")
        rechts.addRow("Indicator:", self.veld_indicator)
        rechts.addRow("Waarde:", self.veld_waarde)
        rechts.addRow("Geldt:", self.veld_per)
        rechts.addRow("Jaren:", jaren)
        rechts.addRow("Resultaat:", self.veld_resultaat)
        rechts.addRow("Wanneer:", self.veld_wanneer)
        self.toets_tekst = QLabel()
        self.toets_tekst.setWordWrap(True)
        self.toets_tekst.setTextFormat(Qt.TextFormat.PlainText)
        self.toets_tekst.setAccessibleName("Toets van de afspraak")
        rechts.addRow("Toets:", self.toets_tekst)
        rijen.addLayout(links, 1)
        rijen.addLayout(rechts, 1)

        for veld in (self.veld_wat, self.veld_resultaat, self.veld_waarde, self.veld_wanneer):
            veld.editingFinished.connect(self._formulier_gewijzigd)
        for combo in (self.veld_thema, self.veld_wie, self.veld_kartrekker, self.veld_voorbehoud,
                      self.veld_indicator, self.veld_per):
            combo.currentIndexChanged.connect(lambda _i: self._formulier_gewijzigd())
        for s in (self.veld_van, self.veld_tot):
            s.valueChanged.connect(lambda _v: self._formulier_gewijzigd())
        return vak

    def _zet_formulier(self, a: Afspraak | None) -> None:
        self._vullen = True
        try:
            leeg = a is None
            a = a or Afspraak()
            self.veld_wat.setText(a.wat)
            self.veld_resultaat.setText(a.resultaat)
            eenheid = toets.eenheid_van(a)
            if a.waarde is None:
                self.veld_waarde.setText("")
            elif eenheid == "%":
                self.veld_waarde.setText(opmaak.procent(a.waarde))
            else:
                self.veld_waarde.setText(opmaak.getal(a.waarde, 0 if float(a.waarde).is_integer() else 2))
            w = a.wanneer
            self.veld_wanneer.setText(opmaak.datum(w) if isinstance(w, dt.date) else ("" if w is None else str(w)))
            for veld in (self.veld_wat, self.veld_resultaat):
                veld.setCursorPosition(0)  # a long text shows its beginning, not its end
            for combo, waarde in ((self.veld_thema, a.thema), (self.veld_wie, a.wie),
                                  (self.veld_kartrekker, a.kartrekker), (self.veld_voorbehoud, a.onder_voorbehoud),
                                  (self.veld_indicator, a.indicator), (self.veld_per, a.per)):
                combo.setCurrentIndex(max(combo.findData(waarde), 0))
            self.veld_van.setValue(a.van_jaar or GEEN_JAAR)
            self.veld_tot.setValue(a.tot_jaar or GEEN_JAAR)
            self.veld_kartrekker.setEnabled(a.wie == "samen")
            for veld in (self.veld_wat, self.veld_thema, self.veld_wie, self.veld_voorbehoud, self.veld_indicator,
                         self.veld_waarde, self.veld_per, self.veld_van, self.veld_tot, self.veld_resultaat,
                         self.veld_wanneer, self.knop_weg):
                veld.setEnabled(not leeg)
            self._toon_toets()
        finally:
            self._vullen = False

    def _toon_toets(self) -> None:
        if self._huidig is None or self._huidig >= len(self._ov.regels):
            self.toets_tekst.setText("Kies een afspraak in de lijst, of maak er een.")
            return
        t = self._ov.regels[self._huidig].toets
        letters = "   ".join(f"{toets.LETTER_KOP[k]} {toets.SYMBOOL[getattr(t, k)]}" for k in toets.LETTERS)
        self.toets_tekst.setText("\n".join([letters, *t.uitleg]) if t.uitleg else letters + "\nIn orde.")

    def _formulier_gewijzigd(self) -> None:
        if self._vullen or self._huidig is None or self._b is None or not self._levend():
            return
        a = self._echte(self._ov.regels[self._huidig])
        indicator = self.veld_indicator.currentData() or ""
        nieuwe_eenheid = codes.ALLE_CODES[indicator].eenheid if indicator in codes.ALLE_CODES else "aantal"
        try:
            waarde = getallen.lees_invoer(self.veld_waarde.text())
        except getallen.GeenGetal:
            zend(self.bericht, f"‘{self.veld_waarde.text()}’ is geen getal")
            waarde = a.waarde
        else:
            if waarde is not None and nieuwe_eenheid == "%":
                waarde /= 100
        try:
            wanneer = _datum_of_jaar(self.veld_wanneer.text())
        except ValueError:
            zend(self.bericht, f"‘{self.veld_wanneer.text()}’ is geen jaar of datum; schrijf 2027 of 30-6-2027")
            wanneer = a.wanneer
        a.wat = self.veld_wat.text().strip()
        a.thema = self.veld_thema.currentData() or codes.thema_van(indicator)
        a.wie = self.veld_wie.currentData() or ""
        a.kartrekker = (self.veld_kartrekker.currentData() or "") if a.wie == "samen" else ""
        a.onder_voorbehoud = self.veld_voorbehoud.currentData() or ""
        a.indicator = indicator
        a.waarde = waarde if indicator else None
        a.per = self.veld_per.currentData() or "jaar"
        a.van_jaar = None if self.veld_van.value() == GEEN_JAAR else self.veld_van.value()
        a.tot_jaar = None if self.veld_tot.value() == GEEN_JAAR else self.veld_tot.value()
        if a.van_jaar is not None and a.tot_jaar is None:
            a.tot_jaar = a.van_jaar
        a.resultaat = self.veld_resultaat.text().strip()
        a.wanneer = wanneer
        self._na_wijziging(self._huidig)

    def _levend(self) -> bool:
        """False while Qt tears the view down: a line edit losing its focus then still says editingFinished,
        after its siblings are gone."""
        return all(isValid(v) for v in (self, self.veld_wat, self.veld_van, self.veld_tot, self.veld_indicator,
                                          self.veld_waarde, self.veld_wanneer, self.tabel))

    # ---- data -----------------------------------------------------------------------------------------
    def toon(self, b: Any, r: Any) -> None:
        """Show the afspraken of assessment `b` (bodcheck.beoordeling.Beoordeling) with its result `r`."""
        self._b, self._r = b, r
        self._vullen = True
        try:
            self.keuze_vergelijking.clear()
            for i, v in enumerate(r.vergelijking if r is not None else []):
                if v.bod is None:
                    continue
                a = overnemen.uit_vergelijking(v)
                self.keuze_vergelijking.addItem(f"{toets.indicator_label(a.indicator)} {jaar_of_periode(a)}: bod "
                                                f"{toets.waarde_tekst(a.waarde, toets.eenheid_van(a))}", i)
            self.keuze_gemeente.clear()
            for i, t in enumerate((r.invoer.gemeente_levert or []) if r is not None else []):
                self.keuze_gemeente.addItem(f"{t.tegenprestatie}" + (f" ({t.jaar})" if t.jaar else ""), i)
        finally:
            self._vullen = False
        for keuze in (self.keuze_vergelijking, self.keuze_gemeente):
            _tooltips(keuze)
        self.knop_vergelijking.setEnabled(self.keuze_vergelijking.count() > 0)
        self.knop_gemeente.setEnabled(self.keuze_gemeente.count() > 0)
        self.knop_woonvisie.setEnabled(r is not None and r.invoer.woonvisie is not None)
        self._ververs(0 if self._huidig is None else self._huidig)

    def _ververs(self, kies: int | None) -> None:
        if self._b is None or self._r is None:
            return
        self._ov = verzamel(self._b.notities, self._b.afspraken, self._r)
        self.tabel.blockSignals(True)
        self.tabel.setRowCount(len(self._ov.regels))
        for rij, r in enumerate(self._ov.regels):
            a = r.afspraak
            cellen = [str(r.nummer), toets.kort(a.wat or a.resultaat or toets.indicator_label(a.indicator), 90),
                      codes.THEMA_LABEL.get(r.thema, r.thema.replace("_", " ")), wie(a),
                      *(toets.SYMBOOL[getattr(r.toets, k)] for k in toets.LETTERS), r.herkomst]
            for k, tekst in enumerate(cellen):
                item = QTableWidgetItem(tekst)
                if KOLOMMEN[k] == "Afspraak":
                    item.setToolTip(a.wat or tekst)  # the cell may be shortened
                elif KOLOMMEN[k] in ("Thema", "Wie", "Herkomst"):
                    item.setToolTip(tekst)
                if KOLOMMEN[k] in ("S", "M", "T", "R"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setToolTip(_letter_tip(k - 4, r))
                self.tabel.setItem(rij, k, item)
        self.tabel.blockSignals(False)
        if kies is not None and self._ov.regels:
            kies = min(kies, len(self._ov.regels) - 1)
            self.tabel.setCurrentCell(kies, 1)
            self._kies(kies)
        else:
            self._huidig = None
            self._zet_formulier(None)
        self._toon_conflict()

    def _kies(self, rij: int) -> None:
        if rij < 0 or rij >= len(self._ov.regels):
            self._huidig = None
            self._zet_formulier(None)
            return
        self._huidig = rij
        self._zet_formulier(self._ov.regels[rij].afspraak)

    def _echte(self, regel: Regel) -> Afspraak:
        """The stored afspraak behind a row; a note's typed text becomes a stored afspraak the first time."""
        lijst, i = self._plaats(regel)
        return lijst[i]

    def _plaats(self, regel: Regel) -> tuple[list[Afspraak], int]:
        if regel.notitie is None:
            return self._b.afspraken, regel.index
        n = self._b.notities[regel.notitie]
        if not n.afspraken:  # in place: the Vraagpunten view holds the same note objects
            n.afspraken = afspraken_van(n)
        return n.afspraken, regel.index

    def _na_wijziging(self, kies: int | None) -> None:
        self._ververs(kies)
        zend(self.gewijzigd)

    # ---- actions --------------------------------------------------------------------------------------
    def nieuwe_afspraak(self) -> None:
        if self._b is None:
            return
        self._b.afspraken.append(Afspraak())
        self._na_wijziging(len(self._ov.regels))
        self.veld_wat.setFocus()

    def neem_vergelijking_over(self) -> None:
        i = self.keuze_vergelijking.currentData()
        if self._b is None or i is None:
            return
        self._b.afspraken.append(overnemen.uit_vergelijking(self._r.vergelijking[i]))
        self._na_wijziging(len(self._ov.regels))

    def neem_gemeente_over(self) -> None:
        i = self.keuze_gemeente.currentData()
        if self._b is None or i is None:
            return
        self._b.afspraken.append(overnemen.uit_gemeente(self._r.invoer.gemeente_levert[i]))
        self._na_wijziging(len(self._ov.regels))

    def verwijder(self) -> None:
        if self._huidig is None:
            return
        lijst, i = self._plaats(self._ov.regels[self._huidig])
        del lijst[i]
        self._na_wijziging(max(self._huidig - 1, 0))

    def _conflicten(self) -> list[overnemen.Conflict]:
        return overnemen.conflicten([r.afspraak for r in self._ov.regels])

    def _toon_conflict(self) -> None:
        c = self._conflicten()
        self.conflict.setText(c[0].tekst() if c else "")
        self.conflict.setVisible(bool(c))
        self.knop_samenvoegen.setVisible(bool(c))

    def voeg_samen(self) -> None:
        c = self._conflicten()
        if not c:
            return
        eerste, tweede = self._ov.regels[c[0].i], self._ov.regels[c[0].j]
        samen = overnemen.samenvoegen([eerste.afspraak, tweede.afspraak], 0, 1)[0]
        lijst, i = self._plaats(eerste)
        lijst[i] = samen
        lijst2, j = self._plaats(tweede)
        del lijst2[j]
        self._na_wijziging(c[0].i)

    # ---- exports --------------------------------------------------------------------------------------
    def _vraag_pad_dialoog(self, titel: str, extensie: str, filter_: str) -> Path | None:
        pad, _ = QFileDialog.getSaveFileName(self, titel, "", filter_)
        if not pad:
            return None
        p = Path(pad)
        return p if p.suffix.lower() == extensie else p.with_name(p.name + extensie)

    def exporteer(self, soort: str) -> None:
        if self._b is None or self._r is None:
            return
        titel, extensie, filter_ = {
            "docx": ("Concept prestatieafspraken bewaren", ".docx", "Word-document (*.docx)"),
            "sjabloon": ("Sjabloon voor het bod van volgend jaar bewaren", ".xlsx", "Excel-werkboek (*.xlsx)"),
            "woonvisie": ("Werkboek van de gemeente bewaren", ".xlsx", "Excel-werkboek (*.xlsx)"),
        }[soort]
        pad = self.vraag_pad(titel, extensie, filter_)
        if pad is None:
            return
        from bodcheck.afspraken import uitvoer

        b, r = self._b, self._r
        args = {soort: str(pad)}
        self.taken.start(lambda: uitvoer.schrijf(b, r, r.peildatum, **args)[0],
                         klaar=lambda paden: zend(self.bericht, "Bewaard: " + ", ".join(str(p) for p in paden)),
                         mislukt=lambda e: zend(self.bericht, f"Niet bewaard: {e}"))


def _keuze(naam: str) -> QComboBox:
    """A choice of rows to take over: as wide as its place allows (not as its longest row), the whole row in its
    tooltip and in the list that opens."""
    c = QComboBox()
    c.setAccessibleName(naam)
    c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    c.setMinimumContentsLength(20)
    c.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    c.currentTextChanged.connect(c.setToolTip)
    return c


def _tooltips(keuze: QComboBox) -> None:
    """Each row of a choice whole in its tooltip (a longer one is cut in the box)."""
    for i in range(keuze.count()):
        keuze.setItemData(i, keuze.itemText(i), Qt.ItemDataRole.ToolTipRole)
    keuze.setToolTip(keuze.currentText())


def _onder_elkaar(rijen: tuple[tuple[str, QComboBox, QPushButton], ...]) -> QGridLayout:
    """The choices to take over one under the other, each as wide as the view: side by side at 1024 pixels they
    were cut to "Sociale huurwoningen opge" and "Bestemmingspla"."""
    raster = QGridLayout()
    raster.setColumnStretch(1, 1)
    for rij, (tekst, keuze, knop) in enumerate(rijen):
        label = QLabel(tekst)
        label.setBuddy(keuze)
        raster.addWidget(label, rij, 0)
        raster.addWidget(keuze, rij, 1)
        raster.addWidget(knop, rij, 2)
    return raster


def _letter_tip(k: int, r: Regel) -> str:
    letter = toets.LETTERS[k]
    naam = toets.LETTER_NAAM[letter]
    regels = [u for u in r.toets.uitleg if u.startswith(naam.split(" ")[0])]
    return "\n".join([naam, *regels])
