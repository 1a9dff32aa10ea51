"""The main window: start screen, then the work area (a side list of views), the toolbar with perspective
and normenkader, the status bar with progress. It shows one document (ui.document: the open assessment, its
result, undo and autosave); files are opened and saved by ui.bestanden, the report is previewed, exported and
printed by ui.rapportdienst, and each view is its own module (ui.schermen). The core computes in the
background; the window decides nothing about the content itself.

What the first window does not need is reached through its module (`QtCore.Qt`, `QtWidgets.QFileDialog`):
PySide6 creates a class's Python enums when the class is first looked up, and the `Qt` namespace alone has
≈ 95 of them (≈ 20 ms). The start need not wait for that; a test guards it. The modules loaded later are
listed in docs/prestaties.md ("Bewust laat geladen"), also guarded by a test."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QSettings, QSize, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from ui import acties, schermen
from ui.bestanden import Bestanden
from ui.document import Beoordelingsdocument
from ui.schermen import (
    AFSPRAKEN,
    EERSTE,
    INVOER,
    KERNCIJFERS,
    OVERZICHT,
    RAPPORT,
    RUIMTE,
    SCHERMEN,
    VERGELIJKING,
    VRAAGPUNTEN,
    ZONDER_RESULTAAT,
)
from ui.stappen import Stappen
from ui.startscherm import Startscherm
from ui.statusbalk import Voortgang
from ui.taken import Taken
from ui.widgets import navigatie_stijl, vet_gekozen

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ui.keuzes import Keuzes
    from ui.rapportdienst import Rapportdienst

__all__ = ["AFSPRAKEN", "INVOER", "KERNCIJFERS", "OVERZICHT", "RAPPORT", "RUIMTE", "SCHERMEN", "VERGELIJKING", "VRAAGPUNTEN",
           "Hoofdvenster", "qsettings"]
AUTOSAVE_MS = 30_000


def _schrijver(r: Any, args: dict, pdf: bool):
    """The report writer for a background job: bodcheck.rapport loads there, never on the window's thread. The
    writers apply the wederhoor rule themselves."""
    def schrijf(pad: Path) -> Path:
        from bodcheck import rapport

        if pdf:
            extra = {k: v for k, v in args.items() if k != "jaren"}
            if "jaren" in args:  # earlier years linked: the chapter over the years (bodcheck.monitor, pandas)
                from bodcheck.monitor import koppelingen

                extra["terugblik"], _ = koppelingen.terugblik(*args["jaren"], wederhoor=args["wederhoor"])
            return rapport.schrijf_pdf(r, pad, **extra)
        return rapport.schrijf_excel(r, pad, args["notities"], wederhoor=args["wederhoor"])

    return schrijf


def qsettings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "bodcheck", "bodcheck")


class Hoofdvenster(QMainWindow):
    def __init__(self, instellingen: QSettings | None = None) -> None:
        super().__init__()
        self.qs = instellingen or qsettings()
        self.taken = Taken(self)
        self.taken.fout.connect(self._fout)
        self.taken.bezig.connect(lambda aan: aan or self._voortgang.uit())
        self.doc = Beoordelingsdocument()
        self.doc.bij_gewijzigd.append(self._gewijzigd_getoond)
        self.bestanden = Bestanden(self)
        self.samen_vensters = self.bestanden.samen_vensters
        self._schermen: dict[int, QWidget] = {}
        self._verouderd: set[int] = set()  # built views not yet refilled after a recomputation (filled when shown)
        self._voorbereiden = Stappen(self, na_rekenen=True)
        self._dienst: Rapportdienst | None = None
        self.keuzes: Keuzes | None = None  # perspective and normenkader: built with the first assessment

        self.setWindowTitle("bodcheck[*]")
        self.setMinimumSize(QSize(900, 600))
        self.resize(1280, 820)
        acties.bouw(self)
        self._bouw_werkbalk()
        self._voortgang = Voortgang(self.statusBar())
        # Widgets are made inside their parent: moving a finished tree into a window restyles all of it.
        self.stapel = QStackedWidget()
        self.setCentralWidget(self.stapel)
        self.start = Startscherm(self.stapel)
        b = self.bestanden
        self.start.nieuw.connect(b.nieuw)
        self.start.invullen.connect(self.a_invullen.trigger)
        self.start.openen.connect(b.openen_dialoog)
        self.start.voorbeeld.connect(b.open_voorbeeld)
        self.start.sjabloon.connect(b.sjabloon_dialoog)
        self.start.map_gemeente.connect(lambda: b.kies_map("gemeente"))
        self.start.map_regio.connect(lambda: b.kies_map("regio"))
        self.start.voorbeeld_samen.connect(b.open_voorbeeld_samen)
        self.start.recent_gekozen.connect(b.open_recent)
        self.stapel.addWidget(self.start)
        self.werk: QWidget | None = None  # the work area is built when the first assessment opens

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(b.autosave)
        self.autosave_timer.start()
        self.werk_acties()
        b.ververs_recent()

    # ---- the document, as the tests and the self-test read it -------------------------------------------------
    beoordeling = property(lambda self: self.doc.beoordeling)
    resultaat = property(lambda self: self.doc.resultaat)
    pad = property(lambda self: self.doc.pad, lambda self, p: setattr(self.doc, "pad", p))
    gewijzigd = property(lambda self: self.doc.gewijzigd, lambda self, aan: self.doc.zet_gewijzigd(aan))
    peildatum = property(lambda self: self.doc.peildatum)

    def naam(self) -> str:
        return self.doc.naam()

    def _fout(self, e: BaseException, wat: str = "") -> None:
        from ui import dialogen

        dialogen.toon_fout(self, e, wat)

    @property
    def dienst(self) -> Rapportdienst:
        if self._dienst is None:
            from ui.rapportdienst import Rapportdienst

            self._dienst = Rapportdienst(self, self.taken, self.qs, lambda: self._schermen.get(RAPPORT),
                                         lambda: self.toon_scherm(RAPPORT), self.bericht)
        return self._dienst

    # ---- building -----------------------------------------------------------------------------------------
    def _bouw_werkbalk(self) -> None:
        tb = QToolBar("Werkbalk")
        tb.setObjectName("werkbalk")
        tb.setMovable(False)  # the actions have no icons, so the buttons show their text
        tb.addAction(self.a_openen)
        tb.addAction(self.a_opslaan)
        leeg = QWidget()
        leeg.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._na_keuzes = tb.addWidget(leeg)
        tb.addAction(self.a_print)
        tb.addAction(self.a_hulp)
        self.addToolBar(tb)
        self.werkbalk = tb

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
        self.nav.setStyleSheet(navigatie_stijl())
        vet_gekozen(self.nav)
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

    # ---- state --------------------------------------------------------------------------------------------
    def werk_acties(self) -> None:
        open_ = self.doc.open
        self._bewerk_acties()
        onbruikbaar = open_ and self.doc.resultaat is None and any(m.soort == "fout" for m in self.doc.beoordeling.meldingen)
        for a in (self.a_opslaan, self.a_opslaan_als, self.a_werkboek, self.a_nieuw_jaar):
            a.setEnabled(open_ and not onbruikbaar)  # a workbook that could not be used is not saved as an assessment
        for a in (self.a_sluit, self.a_vorige_jaren, *self.a_schermen):
            a.setEnabled(open_)
        heeft = self.doc.resultaat is not None
        for a in (self.a_pdf, self.a_excel, self.a_print):
            a.setEnabled(heeft)
        gekoppeld = open_ and bool(self.doc.beoordeling.vorige_jaren)
        for i in schermen.ALLEEN_GEKOPPELD:  # Over de jaren: only with earlier years linked
            self.a_schermen[i].setEnabled(gekoppeld)
        if self.keuzes is not None:
            self.keuzes.zichtbaar(open_)
        if self.werk is None:
            return
        for i in schermen.ALLEEN_GEKOPPELD:
            self.nav.item(i).setHidden(not gekoppeld)
        for i in range(self.nav.count()):
            if i in ZONDER_RESULTAAT:
                continue
            item = self.nav.item(i)
            vlag, aan = item.flags(), QtCore.Qt.ItemFlag.ItemIsEnabled
            item.setFlags(vlag | aan if heeft else vlag & ~aan)

    def _gewijzigd_getoond(self, aan: bool) -> None:
        self.setWindowTitle(f"{self.doc.naam()}[*] – bodcheck" if self.doc.open else "bodcheck[*]")
        self.setWindowModified(aan)

    def voortgang(self, stap: int, van: int, tekst: str) -> None:
        self._voortgang.toon(stap, van, tekst)

    def bericht(self, tekst: str, ms: int = 6000) -> None:
        self.statusBar().showMessage(tekst, ms)

    # ---- views --------------------------------------------------------------------------------------------
    def scherm(self, i: int, vullen: bool = True) -> QWidget:
        """The view at index i, built on first use (QtCharts loads only then); `vullen` False: filled when shown."""
        if i in self._schermen:
            return self._schermen[i]
        self._bouw_werk()
        w = schermen.maak(i, self)
        oud = self.views.widget(i)
        self.views.insertWidget(i, w)
        self.views.removeWidget(oud)
        oud.deleteLater()
        self._schermen[i] = w
        if vullen:
            self._vul(i)
        else:
            self._verouderd.add(i)
        return w

    def _vul(self, i: int) -> None:
        w = self._schermen.get(i)
        if w is None or not self.doc.open:
            return
        self._verouderd.discard(i)
        schermen.vul(i, w, self.doc.beoordeling, self.doc.resultaat)
        if i == RAPPORT and self.views.currentIndex() == RAPPORT and not self.dienst.actueel:
            self.maak_rapport()

    def _kies_scherm(self, i: int) -> None:
        if i < 0:
            return
        self.scherm(i)
        if i == AFSPRAKEN or i in self._verouderd:
            self._vul(i)  # a recomputation while hidden; for Afspraken also the notes changed in Vraagpunten
        self.views.setCurrentIndex(i)
        if i == RAPPORT and self.doc.resultaat is not None and not self.dienst.actueel:
            self.maak_rapport()

    def toon_scherm(self, i: int) -> QWidget:
        if not self.doc.open:
            return self.scherm(i)
        if self.nav.currentRow() != i:
            self.nav.setCurrentRow(i)
        else:
            self._kies_scherm(i)
        self.nav.item(i).setSelected(True)  # the active view is always marked in the navigation
        return self._schermen[i]

    def _vul_of_later(self, i: int) -> None:
        """Fill view i now if it is on screen, else when it is shown (refilling all at once held the window up)."""
        if self.werk is not None and self.views.currentIndex() == i:
            self._vul(i)
        else:
            self._verouderd.add(i)

    def ververs_views(self) -> None:
        for i in list(self._schermen):
            if i != RAPPORT:
                self._vul_of_later(i)
        self.dienst.verouderd()
        if RAPPORT in self._schermen and self.views.currentIndex() == RAPPORT:
            self.maak_rapport()

    def na_openen(self) -> None:
        """After every open, once computed: the Overzicht, the keyboard in the navigation (Tab goes to the cards);
        then the other views are built out of sight (schermen.voorbereiden)."""
        self.toon_scherm(EERSTE)
        self.nav.setFocus()
        self._voorbereiden.start(schermen.voorbereiden(self))

    # ---- opening and closing an assessment -------------------------------------------------------------------
    def zet_beoordeling(self, b: Any, pad: Path | None, gewijzigd: bool) -> None:
        self.doc.zet(b, pad, gewijzigd)
        self.dienst.actueel = False
        if self.keuzes is None:
            from ui.keuzes import Keuzes

            self.keuzes = Keuzes(self.werkbalk, self._na_keuzes, self.kies, self._fout)
            self.keuzes.huidig_kader = lambda: self.doc.beoordeling.instellingen.normenkader if self.doc.open else None
            self.perspectief, self.normenkader = self.keuzes.perspectief, self.keuzes.normenkader
        self.keuzes.toon(b.instellingen)
        self.stapel.setCurrentWidget(self._bouw_werk())
        self.werk_acties()
        if INVOER in self._schermen:
            self._vul_of_later(INVOER)

    def sluit_beoordeling(self) -> None:
        if not self.bestanden.mag_weg():
            return
        self.taken.wacht()
        self.doc.sluit()
        self.dienst.nr += 1  # a preview still on its way belongs to the closed assessment
        for i, w in list(self._schermen.items()):
            self.views.insertWidget(i, QWidget())
            self.views.removeWidget(w)
            w.deleteLater()
        self._schermen.clear()
        self._verouderd.clear()
        if self.werk is not None:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(-1)
            self.nav.blockSignals(False)
        self.werk_acties()
        self.bestanden.ververs_recent()
        self.stapel.setCurrentWidget(self.start)

    # ---- computing and changing ----------------------------------------------------------------------------
    def herbereken(self, na=None) -> None:
        """Recompute the whole Resultaat in the background; only the newest request is shown."""
        if not self.doc.open:
            return
        nr, werk = self.doc.reken_taak()

        def klaar(r: Any) -> None:
            if self.doc.reken_klaar(nr, r):
                self.werk_acties()
                self.ververs_views()
                if na is not None:
                    na()

        self.taken.start(werk, voortgang=self.voortgang, klaar=klaar,
                         mislukt=lambda e: self._fout(e, "Het herberekenen is mislukt."))

    def wijzig_cel(self, blad: str, code: str, jaar: int, getal) -> None:
        from bodcheck import bewerken, codes

        c = codes.ALLE_CODES.get(code)  # words, not codes: "Prognose DAEB: Betaalde rente 2026"
        self._bewerk(lambda i: bewerken.wijzig(i, blad, code, jaar, getal),
                     f"{blad}: {c.omschrijving if c else code} {jaar}", "Deze cel kan niet worden gewijzigd.")

    def wijzig_algemeen(self, code: str, waarde) -> None:
        from bodcheck import bewerken, codes

        veld = codes.ALGEMEEN_PER_CODE.get(code)
        self._bewerk(lambda i: bewerken.wijzig_algemeen(i, code, waarde), f"Algemeen: {veld.label if veld else code}",
                     "Dit gegeven kan niet worden gewijzigd.")

    def wijzig_doel(self, nr: int, waarde) -> None:
        from bodcheck import bewerken

        self._bewerk(lambda i: bewerken.wijzig_doel(i, nr, waarde), "een doel uit de woonvisie",
                     "Dit doel kan niet worden gewijzigd.")

    def bewerk_invoer(self, wijziging, wat: str, gedaan: str) -> None:
        """A change of the Invoer made in a view (a pasted block, ui.klembord): one step of Ongedaan maken."""
        self._bewerk(wijziging, wat, "Plakken is niet gelukt.", gedaan)

    def _bewerk(self, wijziging, wat: str, fout: str, gedaan: str | None = None) -> None:
        if not self.doc.open:
            return
        try:
            self.doc.bewerk(wijziging, wat)
        except (ValueError, KeyError) as e:
            self._fout(e, fout)
            return
        self._na_invoer(gedaan or f"{wat} gewijzigd")

    def ongedaan_maken(self) -> None:
        wat = self.doc.ongedaan_maken()
        if wat is not None:
            self._na_invoer(f"Ongedaan gemaakt: {wat}")

    def opnieuw_doen(self) -> None:
        wat = self.doc.opnieuw_doen()
        if wat is not None:
            self._na_invoer(f"Opnieuw gedaan: {wat}")

    def _na_invoer(self, gedaan: str) -> None:
        """The status bar says what happened, then when the recomputation finished (never a stale 'bezig')."""
        self._vul(INVOER)
        self._bewerk_acties()
        self.bericht(f"{gedaan}; wordt herberekend…", 0)
        self.herbereken(na=lambda: self.bericht(f"{gedaan}; herberekend om {time.strftime('%H:%M')}.", 20_000))

    def _bewerk_acties(self) -> None:
        for actie, stapel, woord in ((self.a_ongedaan, self.doc.ongedaan, "&Ongedaan maken"),
                                     (self.a_opnieuw, self.doc.opnieuw, "Opn&ieuw")):
            actie.setEnabled(self.doc.open and bool(stapel))
            actie.setText(f"{woord}: {stapel[-1][1]}" if stapel else woord)

    def kies(self, **velden: Any) -> None:
        """A choice that changes the assessment's Instellingen (toolbar, Investeringsruimte): compute again."""
        if self.doc.wijzig_instellingen(**velden):
            self.herbereken()

    def kies_eigen_kader(self, pad: Path) -> str | None:
        return self.keuzes.kies_eigen_kader(pad) if self.keuzes else None

    def _notitie(self, sleutel: str | None, notitie) -> None:
        """A note changed (Vraagpunten), or the afspraken changed in place (Afspraken: sleutel None)."""
        self.doc.zet_notitie(sleutel, notitie)
        self.dienst.verouderd()
        if OVERZICHT in self._schermen:
            self._vul_of_later(OVERZICHT)  # the top questions follow what is taken to the overleg

    # ---- report -------------------------------------------------------------------------------------------
    def _rapport_args(self) -> dict:
        w = self._schermen.get(RAPPORT)
        return {**self.doc.rapport_args(self.dienst.wederhoor(), bool(w.definitief.isChecked()) if w else None),
                "bijlagen": self.dienst.bijlagen()}

    def rapport_opties(self) -> None:
        if self.doc.open:  # kept in the file; no recomputation, only the report changes
            self.doc.wijzig_instellingen(definitief=self._schermen[RAPPORT].definitief.isChecked())
        self.maak_rapport()

    def maak_rapport(self, na=None) -> None:
        """Write the PDF to a temporary file in the background and show it."""
        if self.doc.resultaat is None:
            return
        r = self.doc.resultaat
        self.dienst.maak(_schrijver(r, self._rapport_args(), pdf=True), geldig=lambda: r is self.doc.resultaat, na=na)

    def exporteer_pdf(self, pad: Path | None = None) -> None:
        if self.doc.resultaat is not None:
            self.dienst.exporteer(_schrijver(self.doc.resultaat, self._rapport_args(), pdf=True), pad,
                                  f"Beoordeling {self.naam()}", True, [*self.doc.invoer_paden, self.doc.pad])

    def exporteer_excel(self, pad: Path | None = None) -> None:
        if self.doc.resultaat is not None:
            self.dienst.exporteer(_schrijver(self.doc.resultaat, self._rapport_args(), pdf=False), pad,
                                  f"Beoordeling {self.naam()}", False, [*self.doc.invoer_paden, self.doc.pad])

    def afdrukken(self) -> None:
        if self.doc.resultaat is not None:
            self.dienst.afdrukken(self.maak_rapport)

    # ---- help ---------------------------------------------------------------------------------------------
    def hulp(self) -> None:
        from ui.hulp import HulpDialoog

        huidig = self.views.currentIndex() if self.werk is not None else -1
        d = HulpDialoog(self, {KERNCIJFERS: 0, RUIMTE: 0, RAPPORT: 2}.get(huidig, 1))
        d.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        d.show()

    # ---- closing ------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.bestanden.mag_weg():
            event.ignore()
            return
        for w in list(self.samen_vensters):  # a joint window asks about its own work first
            if w.isVisible() and not w.close():
                event.ignore()
                return
        self.autosave_timer.stop()
        self.taken.wacht()
        if not self.doc.gewijzigd:
            self.bestanden.verwijder_autosave()
        if self._dienst is not None:
            self._dienst.sluit()
        event.accept()

