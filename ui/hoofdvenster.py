"""The main window: start screen, then the work area (a side list of views), the toolbar with perspective
and normenkader, the status bar with progress. It holds the open Beoordeling and its latest Resultaat and
hands every computation to the core in the background; it decides nothing about the content itself.

What the first window does not need is reached through its module (`QtCore.Qt`, `QtWidgets.QFileDialog`):
PySide6 creates a class's Python enums when the class is first looked up, and the `Qt` namespace alone has
≈ 95 of them (≈ 20 ms). The start need not wait for that; a test guards it."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QSettings, QSize, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from ui.startscherm import Startscherm, recent_item, recent_map
from ui.taken import Taken

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ui import dialogen

SCHERMEN = ("Invoer", "Kerncijfers", "Investeringsruimte", "Bod en woonvisie", "Vraagpunten", "Afspraken", "Rapport")
INVOER, KERNCIJFERS, RUIMTE, VERGELIJKING, VRAAGPUNTEN, AFSPRAKEN, RAPPORT = range(len(SCHERMEN))
AUTOSAVE_MS = 30_000
MAX_RECENT = 8
EIGEN_KADER = "__eigen__"


def qsettings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "bodcheck", "bodcheck")


class Hoofdvenster(QMainWindow):
    def __init__(self, instellingen: QSettings | None = None) -> None:
        super().__init__()
        self.qs = instellingen or qsettings()
        self.taken = Taken(self)
        self.taken.fout.connect(self._fout)
        self.taken.bezig.connect(self._bezig)
        self.beoordeling: Any = None  # bodcheck.beoordeling.Beoordeling
        self.resultaat: Any = None  # bodcheck.model.Resultaat
        self.pad: Path | None = None
        self.invoer_paden: list[Path] = []  # the workbooks read into this window (never saved or exported over)
        self.gewijzigd = False
        self._reken_nr = 0
        self._rapport_nr = 0
        self._rapport_actueel = False
        self._na_rapport: list[Any] = []
        self._schermen: dict[int, QWidget] = {}
        self._laatste_autosave: Path | None = None
        self._sessie = os.urandom(4).hex()  # names this window's copy of a never-saved assessment
        self._tijdelijk: Path | None = None  # private folder for the report preview, made when first needed
        self.peildatum = dt.date.today()  # the ui reads the clock, the domain never does

        self.setWindowTitle("bodcheck[*]")
        self.setMinimumSize(QSize(900, 600))
        self.resize(1280, 820)
        self._bouw_acties()
        self._bouw_menus()
        self._bouw_werkbalk()
        self._bouw_statusbalk()

        # Widgets are made inside their parent: moving a finished tree into a window restyles all of it.
        self.stapel = QStackedWidget()
        self.setCentralWidget(self.stapel)
        self.start = Startscherm(self.stapel)
        self.start.nieuw.connect(self.nieuw)
        self.start.openen.connect(self.openen_dialoog)
        self.start.voorbeeld.connect(self.open_voorbeeld)
        self.start.sjabloon.connect(self.sjabloon_dialoog)
        self.start.map_gemeente.connect(lambda: self.kies_map("gemeente"))
        self.start.map_regio.connect(lambda: self.kies_map("regio"))
        self.start.voorbeeld_samen.connect(self.open_voorbeeld_samen)
        self.start.recent_gekozen.connect(self._open_recent)
        self.stapel.addWidget(self.start)
        self.werk: QWidget | None = None  # the work area is built when the first assessment opens
        self.samen_vensters: list[QMainWindow] = []  # folders opened as a gemeente or regio (ui.samen_venster)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self._werk_acties()
        self._ververs_recent()

    def _fout(self, e: BaseException, wat: str = "") -> None:
        from ui import dialogen

        dialogen.toon_fout(self, e, wat)

    def _bouw_werk(self) -> QWidget:
        if self.werk is not None:
            return self.werk
        self.werk = QWidget()
        wl = QHBoxLayout(self.werk)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.setSpacing(0)
        self.nav = QtWidgets.QListWidget()
        self.nav.setAccessibleName("Schermen")
        self.nav.setFixedWidth(self.fontMetrics().horizontalAdvance("Bod en woonvisie") + 64)
        self.nav.setStyleSheet("QListWidget { border: none; border-right: 1px solid #dcdfe3; background: #f5f6f8; "
                               "padding-top: 8px; } QListWidget::item { padding: 8px 12px; } "
                               "QListWidget::item:selected, QListWidget::item:selected:!active { background: #dde7f2; "
                               "color: #10304f; border-left: 3px solid #1f4e79; } "
                               "QListWidget::item:disabled { color: #a0a4a8; } QListWidget:focus { outline: none; }")
        for i, naam in enumerate(SCHERMEN):
            item = QtWidgets.QListWidgetItem(naam)
            item.setToolTip(f"{naam} (Ctrl+{i + 1})")
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._kies_scherm)
        wl.addWidget(self.nav)
        self.views = QStackedWidget()
        for _ in SCHERMEN:
            self.views.addWidget(QWidget())  # placeholders; each view is built the first time it is shown
        wl.addWidget(self.views, 1)
        self.stapel.addWidget(self.werk)
        return self.werk

    # ---- building -----------------------------------------------------------------------------------------
    def _actie(self, tekst: str, slot, sneltoets: QKeySequence | str | None = None, tip: str = "") -> QAction:
        a = QAction(tekst, self)
        if sneltoets is not None:
            a.setShortcuts([QKeySequence(sneltoets)])  # setShortcut's overloads would load the Qt namespace
        if tip:
            a.setStatusTip(tip)
        a.triggered.connect(lambda _c=False: slot())
        self.addAction(a)
        return a

    def _bouw_acties(self) -> None:
        self.a_nieuw = self._actie("&Nieuwe beoordeling…", self.nieuw, "Ctrl+N")
        self.a_openen = self._actie("&Openen…", self.openen_dialoog, "Ctrl+O")
        self.a_voorbeeld = self._actie("&Voorbeeld openen", self.open_voorbeeld)
        self.a_sjabloon = self._actie("Leeg &sjabloon maken…", self.sjabloon_dialoog)
        self.a_map_gemeente = self._actie("Map openen als &gemeente…", lambda: self.kies_map("gemeente"), "Ctrl+G",
                                          "Alle bods in één gemeente samen beoordelen")
        self.a_map_regio = self._actie("Map openen als re&gio…", lambda: self.kies_map("regio"), None,
                                       "De bods in meer gemeenten naast de regionale afspraken")
        self.a_map_reeks = self._actie("Map openen als &reeks…", self.kies_reeks, None,
                                       "Bewaarde beoordelingen van meerdere jaren naast elkaar: over de jaren")
        self.a_vorige_jaren = self._actie("Vorige &jaren koppelen…", self.vorige_jaren_koppelen, None,
                                          "Koppel bewaarde beoordelingen van eerdere jaren en bekijk de jaren naast "
                                          "elkaar")
        self.a_voorbeeld_samen = self._actie("Voorbeeld: drie corporaties in Aaberg", self.open_voorbeeld_samen)
        self.a_voorbeeld_regio = self._actie("Voorbeeld: regio Aa-vallei", lambda: self.open_voorbeeld_samen("regio"))
        self.a_opslaan = self._actie("&Bewaren", self.opslaan, "Ctrl+S")
        self.a_opslaan_als = self._actie("Bewaren &als…", self.opslaan_als, "Ctrl+Shift+S")
        self.a_pdf = self._actie("Rapport als &PDF bewaren…", self.exporteer_pdf, "Ctrl+E")
        self.a_excel = self._actie("Rapport als &Excel bewaren…", self.exporteer_excel)
        self.a_print = self._actie("&Afdrukken…", self.afdrukken, "Ctrl+P")
        self.a_sluit = self._actie("Beoordeling &sluiten", self.sluit_beoordeling, "Ctrl+W")
        self.a_ongedaan = self._actie("&Ongedaan maken", self.ongedaan_maken, "Ctrl+Z",
                                      "Maak de laatste wijziging van een getal, gegeven of doel ongedaan")
        self.a_opnieuw = self._actie("Opn&ieuw", self.opnieuw_doen, "Ctrl+Y", "Doe de ongedaan gemaakte wijziging opnieuw")
        self._ongedaan: list[tuple[object, str]] = []  # (earlier Invoer, what changed), newest last
        self._opnieuw: list[tuple[object, str]] = []
        self.a_afsluiten = self._actie("A&fsluiten", self.close, "Ctrl+Q")
        self.a_hulp = self._actie("&Uitleg", self.hulp, "F1")
        self.a_log = self._actie("&Logboek tonen", self.toon_logboek)
        self.a_over = self._actie("&Over bodcheck", self.over)
        self.a_schermen = []
        for i, naam in enumerate(SCHERMEN):
            self.a_schermen.append(self._actie(naam, lambda i=i: self.toon_scherm(i), f"Ctrl+{i + 1}"))

    def _bouw_menus(self) -> None:
        mb = self.menuBar()
        m = mb.addMenu("&Bestand")
        for a in (self.a_nieuw, self.a_openen, self.a_voorbeeld, self.a_sjabloon, None, self.a_map_gemeente,
                  self.a_map_regio, self.a_map_reeks, self.a_vorige_jaren, self.a_voorbeeld_samen,
                  self.a_voorbeeld_regio, None, self.a_opslaan,
                  self.a_opslaan_als, None, self.a_pdf, self.a_excel, self.a_print, None, self.a_sluit,
                  self.a_afsluiten):
            m.addSeparator() if a is None else m.addAction(a)
        self.menu_recent = m.addMenu("&Recent geopend")
        m.insertMenu(self.a_voorbeeld, self.menu_recent)
        bw = mb.addMenu("Be&werken")
        bw.addAction(self.a_ongedaan)
        bw.addAction(self.a_opnieuw)
        b = mb.addMenu("Be&eld")
        for a in self.a_schermen:
            b.addAction(a)
        h = mb.addMenu("&Help")
        for a in (self.a_hulp, self.a_log, self.a_over):
            h.addAction(a)

    def _bouw_werkbalk(self) -> None:
        tb = QToolBar("Werkbalk")
        tb.setObjectName("werkbalk")
        tb.setMovable(False)  # the actions have no icons, so the buttons show their text
        tb.addAction(self.a_openen)
        tb.addAction(self.a_opslaan)
        self._keuzes: list[QAction] = []  # perspective and normenkader: built with the first assessment
        leeg = QWidget()
        leeg.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._na_keuzes = tb.addWidget(leeg)
        tb.addAction(self.a_print)
        tb.addAction(self.a_hulp)
        self.addToolBar(tb)
        self.werkbalk = tb

    def _bouw_keuzes(self) -> None:
        """Perspective and normenkader in the toolbar; they matter only once an assessment is open."""
        if self._keuzes:
            return
        from bodcheck import normenkaders

        tb, voor = self.werkbalk, self._na_keuzes
        self.perspectief = QtWidgets.QComboBox()
        self.perspectief.setAccessibleName("Perspectief")
        self.perspectief.setToolTip("Voor wie de vraagpunten en het rapport worden geordend. Er wordt niets verborgen.")
        self.perspectief.addItem("Gemeente", "gemeente")
        self.perspectief.addItem("Huurders", "huurders")
        self.perspectief.currentIndexChanged.connect(self._perspectief_gekozen)
        self.normenkader = QtWidgets.QComboBox()
        self.normenkader.setAccessibleName("Normenkader")
        self.normenkader.setToolTip("De normen van Aw en WSW waartegen de kerncijfers worden getoetst.")
        self.normenkader.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.normenkader.addItem("Automatisch (past bij de prognose)", None)
        for k in normenkaders.ingebouwd():
            self.normenkader.addItem(k.titel, k.naam)
            self.normenkader.setItemData(self.normenkader.count() - 1, f"{k.titel}\n{k.geldig}\nBron: {k.bron}",
                                         QtCore.Qt.ItemDataRole.ToolTipRole)
        self.normenkader.addItem("Eigen normenkader (.toml)…", EIGEN_KADER)
        self.normenkader.currentIndexChanged.connect(self._kader_gekozen)
        self._keuzes = [tb.insertSeparator(voor),
                        tb.insertWidget(voor, QLabel(" Perspectief: ")), tb.insertWidget(voor, self.perspectief),
                        tb.insertWidget(voor, QLabel("   Normenkader: ")), tb.insertWidget(voor, self.normenkader)]

    def _bouw_statusbalk(self) -> None:
        sb = self.statusBar()
        self.voortgang_tekst = QLabel("")
        self.voortgang = QProgressBar()
        self.voortgang.setMaximumWidth(220)
        self.voortgang.setTextVisible(False)
        self.voortgang.setVisible(False)
        sb.addPermanentWidget(self.voortgang_tekst)
        sb.addPermanentWidget(self.voortgang)

    # ---- state ------------------------------------------------------------------------------------------
    def _werk_acties(self) -> None:
        open_ = self.beoordeling is not None
        self._bewerk_acties()
        for a in (self.a_opslaan, self.a_opslaan_als, self.a_sluit, self.a_vorige_jaren):
            a.setEnabled(open_)
        heeft = self.resultaat is not None
        for a in (self.a_pdf, self.a_excel, self.a_print):
            a.setEnabled(heeft)
        for a in self.a_schermen:
            a.setEnabled(open_)
        for a in self._keuzes:
            a.setVisible(open_)
        if self.werk is None:
            return
        for i in range(1, self.nav.count()):
            item = self.nav.item(i)
            vlag = item.flags()
            aan = QtCore.Qt.ItemFlag.ItemIsEnabled
            item.setFlags(vlag | aan if heeft else vlag & ~aan)

    def _zet_gewijzigd(self, aan: bool) -> None:
        self.gewijzigd = aan
        self._titel()
        self.setWindowModified(aan)

    def naam(self) -> str:
        if self.pad is not None:
            return self.pad.stem
        b = self.beoordeling
        if b is None:
            return ""
        delen = [b.invoer.corporatie, b.invoer.gemeente]
        jaar = b.invoer.bodjaar
        return " – ".join(d for d in delen if d) + (f" {jaar}" if jaar else "") or "Naamloze beoordeling"

    def _titel(self) -> None:
        if self.beoordeling is None:
            self.setWindowTitle("bodcheck[*]")
        else:
            self.setWindowTitle(f"{self.naam()}[*] – bodcheck")

    def _bezig(self, aan: bool) -> None:
        if not aan:
            self.voortgang.setVisible(False)
            self.voortgang_tekst.setText("")

    def _voortgang(self, stap: int, van: int, tekst: str) -> None:
        self.voortgang.setVisible(True)
        self.voortgang.setRange(0, max(van, 1))
        self.voortgang.setValue(stap)
        self.voortgang_tekst.setText(tekst)

    def bericht(self, tekst: str, ms: int = 6000) -> None:
        self.statusBar().showMessage(tekst, ms)

    # ---- views --------------------------------------------------------------------------------------------
    def scherm(self, i: int) -> QWidget:
        """The view at index i, built on first use (heavy modules such as QtCharts load only then)."""
        if i in self._schermen:
            return self._schermen[i]
        self._bouw_werk()
        if i == INVOER:
            from ui.scherm_invoer import InvoerScherm

            w = InvoerScherm()
            w.gewijzigd.connect(self.wijzig_cel)
            w.doel_gewijzigd.connect(self.wijzig_doel)
            w.algemeen_gewijzigd.connect(self.wijzig_algemeen)
            w.bericht.connect(self.bericht)
        elif i == KERNCIJFERS:
            from ui.scherm_kerncijfers import KerncijfersScherm

            w = KerncijfersScherm()
        elif i == RUIMTE:
            from ui.scherm_ruimte import RuimteScherm

            w = RuimteScherm()
            w.parameters_gewijzigd.connect(self._ruimte_parameters)
        elif i == VERGELIJKING:
            from ui.scherm_vergelijking import VergelijkingScherm

            w = VergelijkingScherm()
        elif i == VRAAGPUNTEN:
            from ui.scherm_vraagpunten import VraagpuntenScherm

            w = VraagpuntenScherm()
            w.notitie_gewijzigd.connect(self._notitie)
        elif i == AFSPRAKEN:
            from ui.scherm_afspraken import AfsprakenScherm

            w = AfsprakenScherm(taken=self.taken)
            w.gewijzigd.connect(lambda: self._notitie(None, None))
            w.bericht.connect(self.bericht)
        else:
            from ui.scherm_rapport import RapportScherm

            w = RapportScherm()
            w.maak.connect(self.maak_rapport)
            w.afdrukken.connect(self.afdrukken)
            w.exporteer_pdf.connect(self.exporteer_pdf)
            w.exporteer_excel.connect(self.exporteer_excel)
            w.opties_gewijzigd.connect(self._rapport_opties)
        oud = self.views.widget(i)
        self.views.insertWidget(i, w)
        self.views.removeWidget(oud)
        oud.deleteLater()
        self._schermen[i] = w
        self._vul(i)
        return w

    def _vul(self, i: int) -> None:
        w = self._schermen.get(i)
        if w is None or self.beoordeling is None:
            return
        r = self.resultaat
        if i == INVOER:
            w.toon(self.beoordeling.invoer, r.meldingen if r is not None else self.beoordeling.meldingen)
        elif r is None:
            return
        elif i == VRAAGPUNTEN:
            w.toon(r, self.beoordeling.notities)
        elif i == AFSPRAKEN:
            w.toon(self.beoordeling, r)
        elif i == RAPPORT:
            w.definitief.blockSignals(True)
            w.definitief.setChecked(bool(self.beoordeling.instellingen.definitief))
            w.definitief.blockSignals(False)
            if self.views.currentIndex() == RAPPORT and not self._rapport_actueel:
                self.maak_rapport()
        else:
            w.toon(r)

    def _kies_scherm(self, i: int) -> None:
        if i < 0:
            return
        self.scherm(i)
        if i == AFSPRAKEN:
            self._vul(i)  # the notes may have changed in Vraagpunten
        self.views.setCurrentIndex(i)
        if i == RAPPORT and self.resultaat is not None and not self._rapport_actueel:
            self.maak_rapport()

    def toon_scherm(self, i: int) -> QWidget:
        if self.beoordeling is None:
            return self.scherm(i)
        if self.nav.currentRow() != i:
            self.nav.setCurrentRow(i)
        else:
            self._kies_scherm(i)
        return self._schermen[i]

    def _ververs_views(self) -> None:
        for i in list(self._schermen):
            if i != RAPPORT:
                self._vul(i)
        self._rapport_actueel = False
        if RAPPORT in self._schermen:
            self._schermen[RAPPORT].verouderd()
            if self.views.currentIndex() == RAPPORT:
                self.maak_rapport()

    # ---- opening -----------------------------------------------------------------------------------------
    def _mag_weg(self) -> bool:
        """Ask to save when there are changes. False: the user cancelled."""
        from ui import dialogen

        if self.beoordeling is None or not self.gewijzigd:
            return True
        keuze = dialogen.vraag_opslaan(self, self.naam())
        knop = QtWidgets.QMessageBox.StandardButton
        if keuze == knop.Save:
            return self.opslaan()
        if keuze == knop.Discard:
            self._verwijder_autosave()
            return True
        return False

    def nieuw(self) -> None:
        from ui import dialogen

        if not self._mag_weg():
            return
        d = dialogen.NieuwDialoog(self)
        if d.exec():
            self.lees_werkboeken(*d.paden())

    def lees_werkboeken(self, bod: str | Path, woonvisie: str | Path | None) -> None:
        from bodcheck import beoordeling
        from ui import dialogen

        self.invoer_paden = [Path(p) for p in (bod, woonvisie) if p is not None]

        self._voortgang(0, 1, "Werkboek inlezen…")
        self.taken.start(lambda v: beoordeling.nieuw(bod, woonvisie, v), voortgang=self._voortgang,
                         klaar=self._werkboeken_gelezen,
                         mislukt=lambda e: dialogen.toon_fout(self, e, "Het werkboek kon niet worden ingelezen."))

    def _werkboeken_gelezen(self, uitkomst) -> None:
        b, meldingen = uitkomst
        self._zet_beoordeling(b, None, gewijzigd=True)
        fouten = [m for m in meldingen if m.soort == "fout"]
        if fouten:
            self.toon_scherm(INVOER)
            mb = QtWidgets.QMessageBox
            box = mb(mb.Icon.Warning, "Werkboek niet bruikbaar",
                     f"Het werkboek kan niet worden gebruikt: {len(fouten)} "
                     f"{'fout' if len(fouten) == 1 else 'fouten'}. Onder aan het scherm Invoer staat "
                     "per fout de cel; een dubbelklik toont die cel. Verbeter het werkboek en lees het "
                     "opnieuw in.", mb.StandardButton.Ok, self)
            box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self._zet_gewijzigd(False)
            return
        self.herbereken(na=lambda: self.toon_scherm(VERGELIJKING if self.nav.currentRow() < 0 else
                                                    self.nav.currentRow()))

    def openen_dialoog(self) -> None:
        from ui import dialogen

        if not self._mag_weg():
            return
        map_ = self.qs.value("laatste_map", str(Path.home()))
        pad, _ = QtWidgets.QFileDialog.getOpenFileName(self, "Beoordeling openen", map_,
                                                       dialogen.BODCHECK_FILTER)
        if pad:
            self.open_bestand(Path(pad), gevraagd=True)

    def open_bestand(self, pad: Path, gevraagd: bool = False) -> None:
        """Open a .bodcheck file, or a workbook (then it is read as a new assessment)."""
        if not gevraagd and not self._mag_weg():
            return
        if pad.suffix.lower() in (".xlsx", ".xlsm"):
            self.lees_werkboeken(pad, None)
            return
        from bodcheck import beoordeling

        self.invoer_paden = []
        bron = pad
        herstel = beoordeling.herstelbaar(pad)
        if herstel:
            knop = QtWidgets.QMessageBox.StandardButton
            keuze = QtWidgets.QMessageBox.question(
                self, "Nieuwere versie gevonden",
                f"Er is een automatisch bewaarde versie van {pad.name} die nieuwer is dan het bestand. "
                "Wilt u die openen?", knop.Yes | knop.No, knop.Yes)
            if keuze == knop.Yes:
                bron = herstel[0]
        self._voortgang(0, 1, f"{pad.name} openen…")
        self.taken.start(lambda: beoordeling.openen(bron),
                         klaar=lambda b: self._geopend(b, pad, hersteld=bron != pad,
                                                       autosave=bron if bron != pad else None),
                         mislukt=lambda e: self._open_mislukt(e, pad))

    def _open_mislukt(self, e: BaseException, pad: Path) -> None:
        from ui import dialogen

        self._verwijder_recent(pad)
        dialogen.toon_fout(self, e, f"{pad.name} kon niet worden geopend.")

    def _geopend(self, b, pad: Path | None, hersteld: bool = False, autosave: Path | None = None) -> None:
        self._zet_beoordeling(b, pad, gewijzigd=hersteld)
        self._laatste_autosave = autosave  # a recovered copy now belongs to this window
        if pad is not None:
            self._onthoud_recent(pad)
        self.herbereken(na=lambda: self.toon_scherm(self.nav.currentRow() if self.nav.currentRow() >= 0
                                                    else VERGELIJKING))

    def _zet_beoordeling(self, b, pad: Path | None, gewijzigd: bool) -> None:
        self.beoordeling = b
        self._ongedaan.clear()  # the history belongs to one assessment
        self._opnieuw.clear()
        self._laatste_autosave = None
        self.resultaat = None
        self.pad = pad
        self._rapport_actueel = False
        self._bouw_keuzes()
        self.perspectief.blockSignals(True)
        self.perspectief.setCurrentIndex(max(self.perspectief.findData(b.instellingen.perspectief), 0))
        self.perspectief.blockSignals(False)
        self._toon_kader(b.instellingen.normenkader)
        self._zet_gewijzigd(gewijzigd)
        self.stapel.setCurrentWidget(self._bouw_werk())
        self._werk_acties()
        if INVOER in self._schermen:
            self._vul(INVOER)

    def sluit_beoordeling(self) -> None:
        if not self._mag_weg():
            return
        self.taken.wacht()
        self._reken_nr += 1  # results still on their way belong to the closed assessment
        self._rapport_nr += 1
        self.beoordeling = self.resultaat = self.pad = None
        for i, w in list(self._schermen.items()):
            plek = QWidget()
            self.views.insertWidget(i, plek)
            self.views.removeWidget(w)
            w.deleteLater()
        self._schermen.clear()
        if self.werk is not None:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(-1)
            self.nav.blockSignals(False)
        self._zet_gewijzigd(False)
        self._werk_acties()
        self._ververs_recent()
        self.stapel.setCurrentWidget(self.start)

    def open_voorbeeld(self) -> None:
        if not self._mag_weg():
            return
        from bodcheck import voorbeeld

        basis = QtCore.QStandardPaths.writableLocation(QtCore.QStandardPaths.StandardLocation.AppLocalDataLocation)
        map_ = Path(basis) / "voorbeeld" if basis else Path(tempfile.mkdtemp(prefix="bodcheck-"))

        def werk():
            try:
                return voorbeeld.schrijf_werkboeken(map_)
            except OSError:
                return voorbeeld.schrijf_werkboeken(Path(tempfile.mkdtemp(prefix="bodcheck-voorbeeld-")))

        self._voortgang(0, 1, "Voorbeeld klaarzetten…")
        self.taken.start(werk, klaar=lambda paden: self.lees_werkboeken(*paden))

    # ---- several bods together (a gemeente or regio folder) ------------------------------------------------
    def kies_map(self, soort: str) -> None:
        titel = "Map met de bods van één gemeente" if soort == "gemeente" else "Regiomap (een map per gemeente)"
        vorige = str(self.qs.value("laatste_map", str(Path.home())))
        map_ = QtWidgets.QFileDialog.getExistingDirectory(self, titel, vorige)
        if map_:
            self.qs.setValue("laatste_map", map_)
            self.open_map(Path(map_), soort)

    def open_map(self, map_: Path, soort: str = "gemeente"):
        """Assess a folder as a gemeente or regio in a joint window of its own (ui.samen_venster). A folder that is
        open already comes to the front instead: two windows would save each other's notes over one another."""
        from ui.samen_venster import SamenVenster

        for open_ in self.samen_vensters:
            if open_.isVisible() and open_.soort == soort and open_.map.resolve() == map_.resolve():  # not one closing
                open_.showNormal()
                open_.raise_()
                open_.activateWindow()
                return open_

        w = SamenVenster(map_, soort, self.qs, self.peildatum, parent=self)
        w.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        w.destroyed.connect(lambda _o=None, w=w: self.samen_vensters.remove(w) if w in self.samen_vensters else None)
        self.samen_vensters.append(w)
        w.show()
        w.start()
        self._onthoud_recent(recent_map(soort, map_))
        return w

    def kies_reeks(self, map_: Path | None = None):
        """A folder with the saved assessments of several years (bodcheck.monitor) in a window of its own."""
        if map_ is None:
            gekozen = QtWidgets.QFileDialog.getExistingDirectory(
                self, "Map met beoordelingen van meerdere jaren", str(self.qs.value("laatste_map", str(Path.home()))))
            if not gekozen:
                return None
            map_ = Path(gekozen)
        return self._toon_jaren(map_.name, lambda m=map_, d=self.peildatum: _monitor_van_map(m, d))

    def vorige_jaren_koppelen(self, paden: list[Path] | None = None):
        """Link earlier years' .bodcheck files to the open assessment (saved in it as path and sha256) and show
        the years side by side. `paden` replaces the file dialog (tests)."""
        from bodcheck.monitor import koppelingen

        if self.beoordeling is None:
            return None
        if paden is None:
            namen, _ = QtWidgets.QFileDialog.getOpenFileNames(
                self, "Beoordelingen van vorige jaren", str(self.pad.parent if self.pad else Path.home()),
                "Beoordelingen (*.bodcheck)")
            paden = [Path(n) for n in namen]
        links, fouten = koppelingen.koppel(paden)
        if fouten:
            self.bericht("; ".join(fouten), 0)
        bekend = {x["pad"] for x in self.beoordeling.vorige_jaren}
        nieuw = [x for x in links if x["pad"] not in bekend]
        if nieuw:
            self.beoordeling.vorige_jaren.extend(nieuw)
            self._zet_gewijzigd(True)
        if not self.beoordeling.vorige_jaren:
            return None
        b, naam, datum = self.beoordeling, self.naam(), self.peildatum
        return self._toon_jaren(naam, lambda: koppelingen.over_de_jaren(naam, b, datum))

    def _toon_jaren(self, titel: str, werk):
        from ui.jaren_venster import JarenVenster

        w = JarenVenster(titel, werk, parent=self)
        w.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        w.show()
        return w

    def open_voorbeeld_samen(self, soort: str = "gemeente") -> None:
        """The example folder (three corporaties in Aaberg, or the regio Aa-vallei) in the local data folder."""
        from bodcheck import voorbeeld_regio_data as vb

        basis = QtCore.QStandardPaths.writableLocation(QtCore.QStandardPaths.StandardLocation.AppLocalDataLocation)
        naam = "voorbeeld-aaberg" if soort == "gemeente" else "voorbeeld-aa-vallei"
        schrijf = vb.schrijf_gemeente_voorbeeld if soort == "gemeente" else vb.schrijf_regio_voorbeeld

        def werk():
            try:
                return schrijf(Path(basis) / naam if basis else Path(tempfile.mkdtemp(prefix="bodcheck-")) / naam)
            except OSError:
                return schrijf(Path(tempfile.mkdtemp(prefix="bodcheck-voorbeeld-")) / naam)

        self._voortgang(0, 1, "Voorbeeld klaarzetten…")
        self.taken.start(werk, klaar=lambda map_: self.open_map(map_, soort))

    def toon_resultaat(self, resultaat, meldingen=()) -> None:
        """Show an assessment computed elsewhere (a corporatie of a joint assessment) without reading or computing
        it again. `meldingen`: what reading its workbooks reported. It is saved like any other assessment."""
        import dataclasses

        from bodcheck.beoordeling import Beoordeling

        meldingen = list(meldingen)
        b = Beoordeling(invoer=resultaat.invoer, meldingen=meldingen, instellingen=resultaat.instellingen)
        self.peildatum = resultaat.peildatum  # a later recomputation (after an edit) uses the same date
        self._zet_beoordeling(b, None, gewijzigd=False)
        self._reken_nr += 1
        self.resultaat = dataclasses.replace(resultaat, meldingen=[*meldingen, *resultaat.meldingen])
        self._werk_acties()
        self._ververs_views()
        self.toon_scherm(VERGELIJKING)

    def sjabloon_dialoog(self) -> None:
        from ui import dialogen

        d = dialogen.SjabloonDialoog(self)
        if not d.exec():
            return
        self.schrijf_sjabloon(*d.keuze())

    def schrijf_sjabloon(self, pad: Path, soort: str, bodjaar: int) -> None:
        from bodcheck import sjabloon
        from ui import dialogen

        self.taken.start(lambda: sjabloon.schrijf(pad, soort=soort, bodjaar=bodjaar),
                         klaar=lambda p: self.bericht(f"Sjabloon bewaard: {p}", 10000),
                         mislukt=lambda e: dialogen.toon_fout(self, e, "Het sjabloon kon niet worden bewaard."))

    # ---- computing ----------------------------------------------------------------------------------------
    def herbereken(self, na=None) -> None:
        """Recompute the whole Resultaat in the background; only the newest request is shown."""
        import dataclasses

        from ui import dialogen

        if self.beoordeling is None:
            return
        from bodcheck import pipeline

        self._reken_nr += 1
        nr = self._reken_nr
        b = self.beoordeling
        invoer, instellingen, meldingen = b.invoer, dataclasses.replace(b.instellingen), list(b.meldingen)
        peildatum = self.peildatum

        def klaar(r) -> None:
            if nr != self._reken_nr or self.beoordeling is not b:
                return
            self.resultaat = r
            self._werk_acties()
            self._ververs_views()
            if na is not None:
                na()

        self.taken.start(lambda v: pipeline.beoordeel_invoer(invoer, instellingen, peildatum, meldingen, v),
                         voortgang=self._voortgang, klaar=klaar,
                         mislukt=lambda e: dialogen.toon_fout(self, e, "Het herberekenen is mislukt."))

    def wijzig_cel(self, blad: str, code: str, jaar: int, getal) -> None:
        from bodcheck import bewerken

        self._bewerk(lambda i: bewerken.wijzig(i, blad, code, jaar, getal), f"{blad} {code} {jaar}",
                     "Deze cel kan niet worden gewijzigd.")

    def wijzig_algemeen(self, code: str, waarde) -> None:
        from bodcheck import bewerken, codes

        veld = codes.ALGEMEEN_PER_CODE.get(code)
        self._bewerk(lambda i: bewerken.wijzig_algemeen(i, code, waarde), f"Algemeen: {veld.label if veld else code}",
                     "Dit gegeven kan niet worden gewijzigd.")

    def wijzig_doel(self, nr: int, waarde) -> None:
        from bodcheck import bewerken

        self._bewerk(lambda i: bewerken.wijzig_doel(i, nr, waarde), "een doel uit de woonvisie",
                     "Dit doel kan niet worden gewijzigd.")

    def _bewerk(self, wijziging, wat: str, fout: str) -> None:
        """Apply an edit of the Invoer (a bodcheck.bewerken function), keep the old one for Ongedaan maken, and
        recompute. Invoer is immutable, so the history is just the earlier Invoer objects."""
        if self.beoordeling is None:
            return
        oud = self.beoordeling.invoer
        try:
            nieuw = wijziging(oud)
        except (ValueError, KeyError) as e:
            self._fout(e, fout)
            return
        self._ongedaan.append((oud, wat))
        self._opnieuw.clear()
        self._zet_invoer(nieuw, f"{wat} gewijzigd; wordt herberekend…")

    def ongedaan_maken(self) -> None:
        if self.beoordeling is not None and self._ongedaan:
            oud, wat = self._ongedaan.pop()
            self._opnieuw.append((self.beoordeling.invoer, wat))
            self._zet_invoer(oud, f"Ongedaan gemaakt: {wat}; wordt herberekend…")

    def opnieuw_doen(self) -> None:
        if self.beoordeling is not None and self._opnieuw:
            nieuw, wat = self._opnieuw.pop()
            self._ongedaan.append((self.beoordeling.invoer, wat))
            self._zet_invoer(nieuw, f"Opnieuw gedaan: {wat}; wordt herberekend…")

    def _zet_invoer(self, invoer, tekst: str) -> None:
        self.beoordeling.invoer = invoer
        self._zet_gewijzigd(True)
        self._vul(INVOER)
        self._bewerk_acties()
        self.bericht(tekst)
        self.herbereken()

    def _bewerk_acties(self) -> None:
        for actie, stapel, woord in ((self.a_ongedaan, self._ongedaan, "&Ongedaan maken"),
                                     (self.a_opnieuw, self._opnieuw, "Opn&ieuw")):
            actie.setEnabled(self.beoordeling is not None and bool(stapel))
            actie.setText(f"{woord}: {stapel[-1][1]}" if stapel else woord)

    def _instellingen(self, **velden) -> None:
        import dataclasses

        b = self.beoordeling
        if b is None:
            return
        nieuw = dataclasses.replace(b.instellingen, **velden)
        if nieuw == b.instellingen:
            return
        b.instellingen = nieuw
        self._zet_gewijzigd(True)
        self.herbereken()

    def _perspectief_gekozen(self, _i: int) -> None:
        self._instellingen(perspectief=self.perspectief.currentData())

    def _kader_gekozen(self, _i: int) -> None:
        keuze = self.normenkader.currentData()
        if keuze == EIGEN_KADER:
            pad, _ = QtWidgets.QFileDialog.getOpenFileName(self, "Eigen normenkader kiezen", str(Path.home()),
                                                 "Normenkader (*.toml);;Alle bestanden (*)")
            keuze = self.kies_eigen_kader(Path(pad)) if pad else None
            if keuze is None:
                self._toon_kader(self.beoordeling.instellingen.normenkader if self.beoordeling else None)
                return
        self._instellingen(normenkader=keuze)

    def kies_eigen_kader(self, pad: Path) -> str | None:
        """Check a user's TOML kader and put it in the list; returns its path, or None (a Dutch message shown)."""
        from bodcheck import normenkaders

        try:
            k = normenkaders.laad_bestand(pad)
        except normenkaders.KaderFout as e:
            self._fout(e, "Dit normenkader kan niet worden gebruikt.")
            return None
        self._kader_item(str(pad), f"{k.titel} (eigen)")
        return str(pad)

    def _kader_item(self, data: str, titel: str) -> None:
        if self.normenkader.findData(data) < 0:
            self.normenkader.blockSignals(True)
            self.normenkader.insertItem(self.normenkader.count() - 1, titel, data)
            self.normenkader.setItemData(self.normenkader.count() - 2, data, QtCore.Qt.ItemDataRole.ToolTipRole)
            self.normenkader.blockSignals(False)

    def _toon_kader(self, waarde: str | None) -> None:
        if waarde and self.normenkader.findData(waarde) < 0:
            self._kader_item(waarde, f"{Path(waarde).stem} (eigen)")
        self.normenkader.blockSignals(True)
        self.normenkader.setCurrentIndex(max(self.normenkader.findData(waarde), 0))
        self.normenkader.blockSignals(False)

    def _ruimte_parameters(self, p: dict) -> None:
        self._instellingen(**p)

    def _notitie(self, sleutel: str | None, notitie) -> None:
        """A note changed (Vraagpunten), or the afspraken changed in place (Afspraken: sleutel None)."""
        if self.beoordeling is None:
            return
        if sleutel is not None:
            self.beoordeling.notities[sleutel] = notitie
        self._zet_gewijzigd(True)
        self._rapport_actueel = False
        if RAPPORT in self._schermen:
            self._schermen[RAPPORT].verouderd()

    # ---- saving -------------------------------------------------------------------------------------------
    def opslaan(self) -> bool:
        if self.beoordeling is None:
            return False
        if self.pad is None:
            return self.opslaan_als()
        return self._schrijf(self.pad)

    def opslaan_als(self) -> bool:
        from ui import dialogen

        if self.beoordeling is None:
            return False
        map_ = Path(str(self.qs.value("laatste_map", str(Path.home()))))
        voorstel = str(self.pad or map_ / f"{self.naam().replace(' – ', ' ').replace('/', '-')}.bodcheck")
        pad, _ = QtWidgets.QFileDialog.getSaveFileName(self, "Beoordeling bewaren als", voorstel,
                                                       dialogen.BODCHECK_FILTER)
        if not pad:
            return False
        pad_ = Path(pad)
        if pad_.suffix.lower() != ".bodcheck":
            pad_ = pad_.with_name(pad_.name + ".bodcheck")
        if self._weiger_invoer(pad_, self.invoer_paden):
            return False
        oud = self.pad
        if self._schrijf(pad_):
            if oud is None:
                self._verwijder_autosave()  # the copy of the never-saved assessment is no longer needed
            return True
        return False

    def _schrijf(self, pad: Path) -> bool:
        """Save on the GUI thread: a small JSON file, and the user waits for it anyway (also on close)."""
        from bodcheck import beoordeling
        from ui import dialogen

        self.taken.wacht()  # an autosave in flight must not race the real save
        try:
            beoordeling.opslaan(self.beoordeling, pad)
        except Exception as e:
            dialogen.toon_fout(self, e, "De beoordeling is niet bewaard.")
            return False
        self.pad = pad
        if self._laatste_autosave is not None and not self._laatste_autosave.exists():
            self._laatste_autosave = None  # the core removed the copy beside the file
        self.qs.setValue("laatste_map", str(pad.parent))
        self._onthoud_recent(pad)
        self._zet_gewijzigd(False)
        self.bericht(f"Bewaard: {pad}")
        return True

    def autosave(self) -> None:
        """Every ~30 s while there are changes: a copy beside the file (or in the user folder), off the GUI thread."""
        if self.beoordeling is None or not self.gewijzigd or (self.resultaat is None and self.beoordeling.meldingen \
                and any(m.soort == "fout" for m in self.beoordeling.meldingen)):
            return
        import copy

        from bodcheck import beoordeling

        b = copy.copy(self.beoordeling)
        b.notities = dict(b.notities)
        b.meldingen = list(b.meldingen)
        pad = self.pad

        def klaar(p) -> None:
            self._laatste_autosave = p
            self.bericht("Automatisch bewaard.", 2500)

        self.taken.start(lambda: beoordeling.autosave(b, pad, self._sessie), baan="schijf", klaar=klaar,
                         mislukt=lambda e: self.bericht(f"Automatisch bewaren mislukt: {e}", 10000))

    def _verwijder_autosave(self) -> None:
        """Remove the autosave this window wrote (or recovered from) — never another session's copy."""
        self.taken.wacht()
        if self._laatste_autosave is not None:
            with contextlib.suppress(OSError):
                self._laatste_autosave.unlink(missing_ok=True)
            self._laatste_autosave = None

    def bied_herstel_aan(self) -> dialogen.HerstelDialoog | None:
        """At start: offer autosaved work of assessments that were never saved (a window-modal dialog)."""
        from bodcheck import beoordeling
        from ui import dialogen

        paden = beoordeling.herstelbaar(None)
        if not paden:
            return None
        d = dialogen.HerstelDialoog(self, paden)
        d.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)

        def klaar(_uitkomst: int) -> None:
            if d.gekozen is not None:
                gekozen = d.gekozen
                self.taken.start(lambda: beoordeling.openen(gekozen),
                                 klaar=lambda b: self._geopend(b, None, hersteld=True, autosave=gekozen),
                                 mislukt=lambda e: dialogen.toon_fout(self, e, "Het herstellen is mislukt."))
            elif d.weggooien:
                for p in paden:
                    p.unlink(missing_ok=True)

        d.finished.connect(klaar)
        d.open()
        return d

    # ---- recent files -------------------------------------------------------------------------------------
    def recent(self) -> list[str]:
        """Files and folders (see ui.startscherm.recent_item) opened lately, newest first, that still exist."""
        v = self.qs.value("recent", [])
        if isinstance(v, str):
            v = [v]
        return [p for p in (v or []) if recent_item(p)[1].exists()]

    def _onthoud_recent(self, regel: Path | str) -> None:
        lijst = [str(regel)] + [p for p in self.recent() if p != str(regel)]
        self.qs.setValue("recent", lijst[:MAX_RECENT])
        self._ververs_recent()

    def _verwijder_recent(self, pad: Path) -> None:
        self.qs.setValue("recent", [p for p in self.recent() if p != str(pad)])
        self._ververs_recent()

    def _open_recent(self, regel: str) -> None:
        soort, pad = recent_item(regel)
        if soort:
            self.open_map(pad, soort)
        else:
            self.open_bestand(pad)

    def _ververs_recent(self) -> None:
        lijst = self.recent()
        self.start.zet_recent(lijst)
        self.menu_recent.clear()
        for p in lijst:
            soort, pad = recent_item(p)
            a = self.menu_recent.addAction(f"{pad.name} (hele map, als {soort})" if soort else pad.name)
            a.setToolTip(str(pad))
            a.triggered.connect(lambda _c=False, p=p: self._open_recent(p))
        self.menu_recent.setEnabled(bool(lijst))

    # ---- report -------------------------------------------------------------------------------------------
    def _rapport_args(self, voor_scherm: bool = True) -> dict:
        w = self._schermen.get(RAPPORT)
        wederhoor = bool(w and w.wederhoor.isChecked())
        definitief = bool(w.definitief.isChecked()) if w else bool(self.beoordeling.instellingen.definitief)
        return {"notities": dict(self.beoordeling.notities), "definitief": definitief, "wederhoor": wederhoor}

    def _rapport_opties(self) -> None:
        import dataclasses

        w = self._schermen[RAPPORT]
        if self.beoordeling is not None and bool(self.beoordeling.instellingen.definitief) != w.definitief.isChecked():
            self.beoordeling.instellingen = dataclasses.replace(self.beoordeling.instellingen,
                                                                definitief=w.definitief.isChecked())
            self._zet_gewijzigd(True)
        self.maak_rapport()

    def maak_rapport(self, na=None) -> None:
        """Write the PDF to a temporary file in the background and show it."""
        from ui import dialogen

        if self.resultaat is None:
            return
        from bodcheck import rapport

        w = self.scherm(RAPPORT)
        w.bezig()
        self._rapport_nr += 1
        nr = self._rapport_nr
        r, args = self.resultaat, self._rapport_args()
        if self._tijdelijk is None:  # per user and session (a shared /tmp/bodcheck fails for a second user)
            self._tijdelijk = Path(tempfile.mkdtemp(prefix="bodcheck-"))
        map_ = self._tijdelijk
        pad = map_ / f"voorbeeldweergave-{nr}.pdf"

        def werk():
            map_.mkdir(parents=True, exist_ok=True)
            return rapport.schrijf_pdf(r, pad, **args)

        def klaar(p) -> None:
            if nr != self._rapport_nr or self._schermen.get(RAPPORT) is not w:  # outdated, or the view was closed
                Path(p).unlink(missing_ok=True)
                return
            vorige = w.pad
            w.laad(Path(p))
            self._rapport_actueel = r is self.resultaat
            if vorige is not None and vorige != Path(p):
                vorige.unlink(missing_ok=True)
            if na is not None:
                na()

        self.taken.start(werk, klaar=klaar,
                         mislukt=lambda e: (w.bezig(""), dialogen.toon_fout(self, e, "Het rapport kon niet worden "
                                                                             "opgesteld.")))

    def _vraag_pad(self, titel: str, extensie: str, filter_: str) -> Path | None:
        map_ = Path(str(self.qs.value("laatste_map", str(Path.home()))))
        w = self._schermen.get(RAPPORT)
        achter = " (wederhoor)" if w and w.wederhoor.isChecked() else ""
        voorstel = map_ / f"Beoordeling {self.naam().replace(' – ', ' ').replace('/', '-')}{achter}{extensie}"
        pad, _ = QtWidgets.QFileDialog.getSaveFileName(self, titel, str(voorstel), filter_)
        if not pad:
            return None
        p = Path(pad)
        return p if p.suffix.lower() == extensie else p.with_name(p.name + extensie)

    def _weiger_invoer(self, pad: Path, invoer: list) -> bool:
        """Refuse (with a dialog) saving or exporting over a file that is open as input (uitvoer.md, Revisions 2)."""
        from bodcheck import uitvoer

        reden = uitvoer.invoer_botsing(pad, invoer)
        if reden is None:
            return False
        mb = QtWidgets.QMessageBox
        box = mb(mb.Icon.Warning, "Niet bewaard", reden, mb.StandardButton.Ok, self)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return True

    def exporteer_pdf(self, pad: Path | None = None) -> None:
        from ui import dialogen

        if self.resultaat is None:
            return
        pad = pad or self._vraag_pad("Rapport als PDF bewaren", ".pdf", "PDF (*.pdf)")
        if pad is None or self._weiger_invoer(pad, [*self.invoer_paden, self.pad]):
            return
        from bodcheck import rapport

        r, args = self.resultaat, self._rapport_args()
        self.qs.setValue("laatste_map", str(pad.parent))
        self.taken.start(lambda: rapport.schrijf_pdf(r, pad, **args),
                         klaar=lambda p: self.bericht(f"Rapport bewaard: {p}", 10000),
                         mislukt=lambda e: dialogen.toon_fout(self, e, "Het rapport is niet bewaard."))

    def exporteer_excel(self, pad: Path | None = None) -> None:
        from ui import dialogen

        if self.resultaat is None:
            return
        pad = pad or self._vraag_pad("Rapport als Excel bewaren", ".xlsx", "Excel-werkboek (*.xlsx)")
        if pad is None or self._weiger_invoer(pad, [*self.invoer_paden, self.pad]):
            return
        from bodcheck import rapport

        args = self._rapport_args()
        r, notities = self.resultaat, None if args["wederhoor"] else args["notities"]  # wederhoor: no own notes
        self.qs.setValue("laatste_map", str(pad.parent))
        self.taken.start(lambda: rapport.schrijf_excel(r, pad, notities),
                         klaar=lambda p: self.bericht(f"Excel-export bewaard: {p}", 10000),
                         mislukt=lambda e: dialogen.toon_fout(self, e, "De Excel-export is niet bewaard."))

    def afdrukken(self) -> None:
        if self.resultaat is None:
            return
        self.toon_scherm(RAPPORT)
        if self._rapport_actueel and self._schermen[RAPPORT].document.pageCount():
            self._print_dialoog()
        else:
            self.maak_rapport(na=self._print_dialoog)

    def _print_dialoog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ui import dialogen
        from ui.scherm_rapport import druk_af

        w = self._schermen[RAPPORT]
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        d = QPrintDialog(printer, self)
        d.setWindowTitle("Rapport afdrukken")
        if d.exec():
            try:
                n = druk_af(w.document, printer)
            except Exception as e:
                dialogen.toon_fout(self, e, "Afdrukken is mislukt.")
                return
            self.bericht(f"{n} pagina’s naar de printer gestuurd.")

    # ---- help ---------------------------------------------------------------------------------------------
    def hulp(self) -> None:
        from ui.hulp import HulpDialoog

        huidig = self.views.currentIndex() if self.werk is not None else -1
        tab = {KERNCIJFERS: 0, RUIMTE: 0, RAPPORT: 2}.get(huidig, 1)
        d = HulpDialoog(self, tab)
        d.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        d.show()

    def toon_logboek(self) -> None:
        from bodcheck import logboek

        mb = QtWidgets.QMessageBox
        box = mb(mb.Icon.Information, "Logboek", "Technische details van fouten worden lokaal bewaard in:\n"
                 f"{logboek.pad()}\n\nEr wordt nooit iets verstuurd.", mb.StandardButton.Ok, self)
        box.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def over(self) -> None:
        from bodcheck import __version__

        QtWidgets.QMessageBox.about(
            self, "Over bodcheck",
            f"<b>bodcheck {__version__}</b><br>Beoordeel het bod van een woningcorporatie en bereid "
            "het overleg over prestatieafspraken voor.<br><br>bodcheck geeft signalen, geen oordeel "
            "over de redelijkheid van het bod in de zin van art. 44 Woningwet.<br>Licentie: EUPL-1.2.")

    # ---- closing ------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._mag_weg():
            event.ignore()
            return
        for w in list(self.samen_vensters):  # a joint window asks about its own work first
            if w.isVisible() and not w.close():
                event.ignore()
                return
        self.autosave_timer.stop()
        self.taken.wacht()
        if not self.gewijzigd:
            self._verwijder_autosave()
        w = self._schermen.get(RAPPORT)
        if w is not None and w.pad is not None:
            w.document.close()
        if self._tijdelijk is not None:
            shutil.rmtree(self._tijdelijk, ignore_errors=True)
        event.accept()


def _monitor_van_map(map_: Path, peildatum: dt.date):
    from bodcheck import monitor

    return monitor.maak([map_], peildatum)
