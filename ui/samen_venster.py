"""The joint window: a folder assessed as a gemeente (several corporaties) or a regio (several gemeenten).

The core does all the work in the background (bodcheck.samen.beoordeel_gemeente / beoordeel_regio, then
bodcheck.rapport.opbouw_samen for the tables); this window shows the views Samen, Regio, Hiaten, Vraagpunten,
Corporaties, Meldingen and Rapport, and opens each corporatie's own assessment (already computed) in a normal
Hoofdvenster. A folder with a `fout` shows only its meldingen.

The user's ticks and notes on the joint vraagpunten are kept per folder and soort in the user's state folder
(bodcheck.samen.notities): loaded with the assessment, saved in the background shortly after each change and
once more on close, and printed in the joint report. The perspective (toolbar) orders the joint vraagpunten
and the report as in the main window; choosing another assesses the folder again and is kept with the notes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from bodcheck import rapport, samen
from bodcheck.model import Instellingen
from bodcheck.rapport import opbouw_samen
from bodcheck.samen import notities
from bodcheck.samen.lezen import invoerbestanden
from ui import dialogen, scherm_samen, scherm_samen_lijsten
from ui.hoofdvenster import Hoofdvenster
from ui.hulp import HulpDialoog
from ui.rapportdienst import Rapportdienst
from ui.scherm_rapport import RapportScherm
from ui.statusbalk import Voortgang
from ui.taken import Taken
from ui.widgets import kop, navigatie_stijl, uitleg, vet_gekozen

BEWAAR_MS = 1500  # save the notes this long after the last change
TITELS = {"regio": "Regio", "samen": "Samen", "hiaten": "Hiaten", "vraagpunten": "Vraagpunten",
          "corporaties": "Corporaties", "meldingen": "Meldingen", "rapport": "Rapport"}


@dataclass
class Uitkomst:
    """What the background job hands back: the result and, per gemeente, its joint report data."""

    resultaat: Any  # GemeenteResultaat | RegioResultaat
    gemeenten: list[tuple[Any, Any]] = field(default_factory=list)  # (GemeenteResultaat, SamenRapport)
    regio: Any = None  # the regio's SamenRapport
    geladen: Any = None  # bodcheck.samen.notities.Geladen: the user's notes on this folder

    @property
    def naam(self) -> str:
        r = self.resultaat
        return getattr(r, "regio", None) or getattr(r, "gemeente", "") or r.map


def beoordeel(map_: Path, soort: str, peildatum: dt.date, voortgang, perspectief: str | None = None) -> Uitkomst:
    """Runs in the background: the user's notes on the folder, the core's assessment of the folder in the
    perspective kept with them, then the report tables per gemeente. With `perspectief` (another order chosen in
    an open window, whose notes are loaded already) the notes are not read again."""
    geladen = None
    if perspectief is None:
        geladen = notities.laad(map_, soort)
        perspectief = geladen.perspectief or "gemeente"
    instellingen = Instellingen(perspectief=perspectief)
    voortgang(0, 3, "Bods inlezen en beoordelen…")

    def per_werkboek(stap: int, van: int, naam: str) -> None:  # one bod at a time, shown as it is read
        voortgang(stap, van, f"Inlezen {stap} van {van}: {naam}")

    if soort == "regio":
        r = samen.beoordeel_regio(map_, peildatum, instellingen, per_werkboek)
    else:
        r = samen.beoordeel_gemeente(map_, None, peildatum, instellingen, per_werkboek)
    if r.fouten:
        return Uitkomst(r)
    voortgang(2, 3, "Overzicht opstellen…")
    gemeenten = list(r.gemeenten) if soort == "regio" else [r]
    uit = Uitkomst(r, [(g, opbouw_samen(g)) for g in gemeenten], geladen=geladen)
    if soort == "regio":
        uit.regio = opbouw_samen(r)
    voortgang(3, 3, "Klaar")
    return uit


class SamenVenster(QMainWindow):
    def __init__(self, map_: Path, soort: str, instellingen: QSettings, peildatum: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.map = Path(map_)
        self.soort = soort  # gemeente | regio
        self.qs = instellingen
        self.peildatum = peildatum or dt.date.today()
        self.taken = Taken(self)
        self.taken.bezig.connect(lambda aan: aan or self.voortgang.uit())
        self.uitkomst: Uitkomst | None = None
        self.notities: dict[str, dict[str, Any]] = {}  # group name -> {notitie_sleutel: Notitie}
        self.gewijzigd = False  # notes changed since the last save
        self._bewaarbaar = True  # False when a broken notes file could not be put aside
        self._perspectief: str | None = None  # the perspective the user chose (kept with the notes)
        self._beoordeling_nr = 0  # a newer assessment (another perspective) makes an older one's result stale
        self._vraagpunten_keuze: str | None = None  # the regio's choice in Vraagpunten, kept over a new assessment
        self._versie = 0  # counts the changes, so a save that finishes late knows whether it is the latest
        self._bewaar_timer = QTimer(self)
        self._bewaar_timer.setSingleShot(True)
        self._bewaar_timer.setInterval(BEWAAR_MS)
        self._bewaar_timer.timeout.connect(self._bewaar)
        self.schermen: dict[str, QWidget] = {}
        self.eigen: dict[tuple[int, int], QMainWindow] = {}
        self.dienst = Rapportdienst(self, self.taken, self.qs, lambda: self.schermen.get("rapport"),
                                    lambda: self.toon_scherm("rapport"), self.bericht)
        self.setMinimumSize(QSize(900, 600))
        self.resize(1280, 820)
        self.setWindowTitle(f"{self.map.name} ({soort})[*] – bodcheck")
        self._bouw()

    # ---- building -----------------------------------------------------------------------------------------
    def _bouw(self) -> None:
        werk = QWidget()
        wl = QHBoxLayout(werk)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setAccessibleName("Schermen")
        self.nav.setFixedWidth(self.fontMetrics().horizontalAdvance("Vraagpunten") + 80)
        self.nav.setStyleSheet(navigatie_stijl())
        vet_gekozen(self.nav)
        self.nav.currentRowChanged.connect(self._kies_rij)
        wl.addWidget(self.nav)
        self.views = QStackedWidget()
        self.laden = QWidget()
        ll = QVBoxLayout(self.laden)
        ll.setContentsMargins(16, 12, 16, 12)
        ll.addWidget(kop(self.map.name))
        self.laden_tekst = uitleg(f"De bods in de map worden ingelezen en beoordeeld, als {self.soort}…")
        ll.addWidget(self.laden_tekst)
        ll.addStretch(1)
        self.views.addWidget(self.laden)
        wl.addWidget(self.views, 1)
        self.setCentralWidget(werk)

        tb = QToolBar("Werkbalk")
        tb.setObjectName("werkbalk")
        tb.setMovable(False)
        tb.addWidget(QLabel(" Perspectief: "))
        self.perspectief = QComboBox()
        self.perspectief.setAccessibleName("Perspectief")
        self.perspectief.setToolTip("Voor wie de gezamenlijke vraagpunten en het rapport worden geordend. Er wordt "
                                    "niets verborgen.")
        self.perspectief.addItem("Gemeente", "gemeente")
        self.perspectief.addItem("Huurders", "huurders")
        self.perspectief.setEnabled(False)
        self.perspectief.currentIndexChanged.connect(self._perspectief_gekozen)
        tb.addWidget(self.perspectief)
        self.addToolBar(tb)
        self.werkbalk = tb

        self.voortgang = Voortgang(self.statusBar())

        m = self.menuBar().addMenu("&Bestand")
        self.a_pdf = m.addAction("Rapport als &PDF bewaren…", lambda: self.exporteer_pdf())
        self.a_excel = m.addAction("Rapport als &Excel bewaren…", lambda: self.exporteer_excel())
        self.a_print = m.addAction("&Afdrukken…", self.afdrukken)
        m.addSeparator()
        self.a_sluit = m.addAction("Venster &sluiten", self.close)
        self.a_pdf.setShortcut(QKeySequence("Ctrl+E"))
        self.a_print.setShortcut(QKeySequence("Ctrl+P"))
        self.a_sluit.setShortcut(QKeySequence("Ctrl+W"))
        self.menu_beeld = self.menuBar().addMenu("Be&eld")
        h = self.menuBar().addMenu("&Help")
        self.a_hulp = h.addAction("&Uitleg", self.hulp)
        self.a_hulp.setShortcut(QKeySequence("F1"))
        self._acties_aan(False)

    def _acties_aan(self, aan: bool) -> None:
        for a in (self.a_pdf, self.a_excel, self.a_print):
            a.setEnabled(aan)

    def bericht(self, tekst: str, ms: int = 6000) -> None:
        self.statusBar().showMessage(tekst, ms)

    # ---- assessing ----------------------------------------------------------------------------------------
    def start(self, perspectief: str | None = None) -> None:
        """Assess the folder in the background; the views appear (or are made again) when it is done."""
        map_, soort, peildatum = self.map, self.soort, self.peildatum
        self._beoordeling_nr += 1
        nr = self._beoordeling_nr
        self.voortgang.toon(0, 3, "Map inlezen…")
        self.taken.start(lambda v: beoordeel(map_, soort, peildatum, v, perspectief), voortgang=self.voortgang.toon,
                         klaar=lambda u: nr == self._beoordeling_nr and self._klaar(u), mislukt=self._mislukt)

    def _perspectief_gekozen(self, _i: int) -> None:
        p = self.perspectief.currentData()
        if self.uitkomst is None or p == self.uitkomst.resultaat.perspectief:
            return
        self._perspectief = p
        self._notitie()  # kept with the notes
        self.perspectief.setEnabled(False)  # until the folder is assessed in the new order
        self.start(p)

    def _mislukt(self, e: BaseException) -> None:
        self.laden_tekst.setText("De map kon niet worden beoordeeld.")
        if self.uitkomst is not None:  # another perspective failed: the views of the earlier one stay
            r = self.uitkomst.resultaat
            self.perspectief.blockSignals(True)
            self.perspectief.setCurrentIndex(max(self.perspectief.findData(r.perspectief), 0))
            self.perspectief.blockSignals(False)
            self.perspectief.setEnabled(not r.fouten)
        dialogen.toon_fout(self, e, f"De map {self.map.name} kon niet worden beoordeeld.")

    def _klaar(self, u: Uitkomst) -> None:
        vorige = self._ruim_schermen_op()  # a new assessment (another perspective): the views are made again
        self.uitkomst = u
        r = u.resultaat
        if u.geladen is not None:
            self.notities = u.geladen.notities
            self._bewaarbaar = u.geladen.bewaarbaar
            self._perspectief = u.geladen.perspectief
        self.perspectief.blockSignals(True)
        self.perspectief.setCurrentIndex(max(self.perspectief.findData(r.perspectief), 0))
        self.perspectief.blockSignals(False)
        self.perspectief.setEnabled(not r.fouten)
        regio = self.soort == "regio"
        if r.fouten:
            namen = ["meldingen"]
        else:
            namen = (["regio"] if regio else []) + ["samen", "hiaten", "vraagpunten", "corporaties"]
            namen += ["meldingen"] if r.meldingen else []
            namen += ["rapport"]
            self.setWindowTitle(f"{u.naam}: de bods samen[*] – bodcheck")
        self.nav.blockSignals(True)
        self.nav.clear()
        self.menu_beeld.clear()
        for i, naam in enumerate(namen):
            item = QListWidgetItem(TITELS[naam])
            item.setData(Qt.ItemDataRole.UserRole, naam)
            item.setToolTip(f"{TITELS[naam]} (Ctrl+{i + 1})")
            self.nav.addItem(item)
            a = self.menu_beeld.addAction(TITELS[naam], lambda n=naam: self.toon_scherm(n))
            a.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
        self.nav.blockSignals(False)
        self._acties_aan(not r.fouten)
        self.toon_scherm(vorige if vorige in namen else namen[0])
        if u.geladen is not None and u.geladen.melding:
            self._melding_notities(u.geladen.melding, u.geladen.apart)

    def _ruim_schermen_op(self) -> str | None:
        """Remove the views of an earlier assessment; returns the name of the one shown."""
        vorige = next((n for n, w in self.schermen.items() if w is self.views.currentWidget()), None)
        vp = self.schermen.get("vraagpunten")
        if vp is not None:
            self._vraagpunten_keuze = vp.huidige()
        for w in self.schermen.values():
            if hasattr(w, "document"):  # the report view: let go of its PDF
                w.document.close()
            self.views.removeWidget(w)
            w.deleteLater()
        self.schermen = {}
        self.dienst.actueel = False
        return vorige

    def namen(self) -> list[str]:
        return [self.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.nav.count())]

    # ---- views --------------------------------------------------------------------------------------------
    def _kies_rij(self, rij: int) -> None:
        if rij >= 0:
            self._toon(self.nav.item(rij).data(Qt.ItemDataRole.UserRole))

    def toon_scherm(self, naam: str) -> QWidget:
        rij = self.namen().index(naam)
        if self.nav.currentRow() != rij:
            self.nav.setCurrentRow(rij)  # shows it through _kies_rij
        else:
            self._toon(naam)
        return self.schermen[naam]

    def scherm(self, naam: str) -> QWidget:
        """The view `naam`, built and filled the first time it is asked for."""
        if naam not in self.schermen:
            w = self._maak(naam)
            self.schermen[naam] = w
            self.views.addWidget(w)
        return self.schermen[naam]

    def _toon(self, naam: str) -> None:
        w = self.scherm(naam)
        self.views.setCurrentWidget(w)
        if naam == "rapport" and not self.dienst.actueel:
            self.maak_rapport()

    def _maak(self, naam: str) -> QWidget:
        u = self.uitkomst
        assert u is not None
        r = u.resultaat
        gemeenten = [(g.gemeente, rap) for g, rap in u.gemeenten]
        if naam == "samen":
            w = scherm_samen.SamenScherm()
            w.toon(gemeenten)
            w.corporatie_gekozen.connect(self.open_eigen)
        elif naam == "regio":
            w = scherm_samen.RegioScherm()
            w.toon(u.regio)
        elif naam == "hiaten":
            w = scherm_samen.HiatenScherm()
            w.toon(gemeenten)
        elif naam == "vraagpunten":
            w = scherm_samen_lijsten.SamenVraagpuntenScherm()
            w.toon(notities.groepen(r), self.notities)
            if self._vraagpunten_keuze:
                w.kies(self._vraagpunten_keuze)
            w.gewijzigd.connect(self._notitie)
        elif naam == "corporaties":
            w = scherm_samen_lijsten.CorporatiesScherm()
            w.toon([g for g, _ in u.gemeenten], self.soort == "regio")
            w.open_eigen.connect(self.open_eigen)
        elif naam == "meldingen":
            w = scherm_samen_lijsten.MeldingenScherm()
            w.toon(r.meldingen, self.map.name)
        else:
            w = RapportScherm(met_bijlagen=False)
            for lab in w.findChildren(QLabel):
                if lab.text().startswith("Het beoordelingsrapport"):
                    lab.setText("Het gezamenlijke rapport zoals het wordt afgedrukt: de bods samen per doel, de "
                                "doelen zonder bod, de gezamenlijke vraagpunten met uw vinkjes, notities, "
                                "antwoorden en afspraken, en per corporatie een verwijzing naar haar eigen "
                                "beoordeling.")
            w.maak.connect(self.maak_rapport)
            w.opties_gewijzigd.connect(self.maak_rapport)
            w.afdrukken.connect(self.afdrukken)
            w.exporteer_pdf.connect(lambda: self.exporteer_pdf())
            w.exporteer_excel.connect(lambda: self.exporteer_excel())
        return w

    # ---- notes --------------------------------------------------------------------------------------------
    def _notitie(self) -> None:
        self._versie += 1
        self.gewijzigd = True
        self.setWindowModified(True)
        self.dienst.actueel = False  # the report prints the notes: make it again when it is shown
        self._bewaar_timer.start()  # (restarts: one save after a run of keystrokes)

    def _melding_notities(self, melding: str, apart: Path | None) -> None:
        """The notes file could not be used: say so in the status bar until another message (full path as tip)."""
        sb = self.statusBar()
        sb.setToolTip(str(apart) if apart else "")
        sb.messageChanged.connect(lambda tekst: tekst == melding or sb.setToolTip(""))
        self.bericht(melding, 0)

    def momentopname(self) -> dict[str, dict[str, Any]]:
        """A copy of the notes for a background job (a Notitie is replaced on each change, never altered)."""
        return {naam: dict(per) for naam, per in self.notities.items()}

    def _bewaar(self) -> None:
        """Save the notes in the background (the `schijf` lane keeps the saves in order)."""
        if not self.gewijzigd or not self._bewaarbaar:
            return
        versie, kopie, map_, soort, p = self._versie, self.momentopname(), self.map, self.soort, self._perspectief
        self.taken.start(lambda: notities.bewaar(map_, soort, kopie, p), baan="schijf",
                         klaar=lambda _p: self._bewaard(versie),
                         mislukt=lambda e: self.bericht(f"Let op: {e}. bodcheck probeert het opnieuw bij de "
                                                        "volgende wijziging en bij het sluiten.", 0))

    def _bewaard(self, versie: int) -> None:
        if versie == self._versie:
            self.gewijzigd = False
            self.setWindowModified(False)

    def _bewaar_nu(self) -> str:
        """Save the notes now (on close); '' when done, else the Dutch reason."""
        if not self._bewaarbaar:
            return ("de notities worden niet bewaard: het bestand met uw eerdere notities kon niet worden gelezen "
                    "en ook niet apart worden gezet")
        try:
            notities.bewaar(self.map, self.soort, self.momentopname(), self._perspectief)
        except notities.NotitiesFout as e:
            return str(e)
        self._bewaard(self._versie)
        return ""

    def hulp(self) -> None:
        d = HulpDialoog(self, 1)  # Begrippen: the statuses and the words of the joint view
        d.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        d.show()

    # ---- drill-down ---------------------------------------------------------------------------------------
    def open_eigen(self, gi: int, ci: int) -> QMainWindow | None:
        """Open corporatie `ci` of gemeente `gi` in a normal main window, with its Resultaat as computed here."""
        if self.uitkomst is None or not (0 <= gi < len(self.uitkomst.gemeenten)):
            return None
        g = self.uitkomst.gemeenten[gi][0]
        if not 0 <= ci < len(g.corporaties):
            return None
        w = self.eigen.get((gi, ci))
        if w is not None:
            try:
                w.showNormal()
                if QGuiApplication.platformName() != "offscreen":  # (offscreen warns that it cannot raise)
                    w.raise_()
                w.activateWindow()
                return w
            except RuntimeError:  # closed and deleted
                self.eigen.pop((gi, ci), None)
        c = g.corporaties[ci]
        eigen_bestanden = {c.bestand, g.woonvisie_bestand}
        meldingen = [m for m in g.meldingen if m.bestand in eigen_bestanden]  # what was read from its workbooks
        w = Hoofdvenster(self.qs)
        w.setParent(self, Qt.WindowType.Window)
        w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        w.destroyed.connect(lambda _o=None, k=(gi, ci): self.eigen.pop(k, None))
        w.bestanden.toon_resultaat(c.resultaat, meldingen)
        w.show()
        self.eigen[(gi, ci)] = w
        self.bericht(f"Eigen beoordeling van {c.corporatie} geopend in een nieuw venster.")
        return w

    # ---- report -------------------------------------------------------------------------------------------
    def _schrijver(self, pdf: bool):
        """The joint report's writer for the current notes and choices (the writers apply wederhoor)."""
        r, kopie, wederhoor = self.uitkomst.resultaat, self.momentopname(), self.dienst.wederhoor()
        if pdf:
            definitief = self.dienst.definitief()
            return lambda p: rapport.schrijf_pdf_samen(r, p, definitief=definitief, notities=kopie, wederhoor=wederhoor)
        return lambda p: rapport.schrijf_excel_samen(r, p, notities=kopie, wederhoor=wederhoor)

    def _rapport_mogelijk(self) -> bool:
        return self.uitkomst is not None and not self.uitkomst.resultaat.fouten

    def maak_rapport(self, na=None) -> None:
        if self._rapport_mogelijk():
            self.dienst.maak(self._schrijver(pdf=True), na=na)

    def exporteer_pdf(self, pad: Path | None = None) -> None:
        if self._rapport_mogelijk():
            self.dienst.exporteer(self._schrijver(pdf=True), pad, f"Bods samen {self.uitkomst.naam}", True,
                                  invoerbestanden(self.map), self.map)

    def exporteer_excel(self, pad: Path | None = None) -> None:
        if self._rapport_mogelijk():
            self.dienst.exporteer(self._schrijver(pdf=False), pad, f"Bods samen {self.uitkomst.naam}", False,
                                  invoerbestanden(self.map), self.map)

    def afdrukken(self) -> None:
        if self._rapport_mogelijk():
            self.dienst.afdrukken(self.maak_rapport)

    # ---- closing ------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        for w in list(self.eigen.values()):  # each own assessment asks about its own unsaved work
            try:
                if w.isVisible() and not w.close():
                    event.ignore()
                    return
            except RuntimeError:
                continue
        self._bewaar_timer.stop()
        self.taken.wacht()  # a save in flight finishes first
        reden = self._bewaar_nu() if self.gewijzigd else ""
        if reden:  # only when saving failed: nothing is lost silently
            keuze = QMessageBox.question(
                self, "Venster sluiten",
                f"Let op: {reden}.\n\nToch sluiten? Dan gaan uw vinkjes en notities bij de gezamenlijke "
                "vraagpunten sinds het laatste bewaren verloren.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if keuze != QMessageBox.StandardButton.Yes:
                self._bewaar_timer.start()
                event.ignore()
                return
        self.dienst.sluit()
        event.accept()
