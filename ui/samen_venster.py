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
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ui.taken import Taken
from ui.widgets import kop, uitleg

BEWAAR_MS = 1500  # save the notes this long after the last change
TITELS = {"regio": "Regio", "samen": "Samen", "hiaten": "Hiaten", "vraagpunten": "Vraagpunten",
          "corporaties": "Corporaties", "meldingen": "Meldingen", "rapport": "Rapport"}
NAV_STIJL = ("QListWidget { border: none; border-right: 1px solid #dcdfe3; background: #f5f6f8; padding-top: 8px; } "
             "QListWidget::item { padding: 8px 12px; } QListWidget::item:selected, "
             "QListWidget::item:selected:!active { background: #dde7f2; color: #10304f; border-left: 3px solid "
             "#1f4e79; } QListWidget:focus { outline: none; }")


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
    from bodcheck import samen
    from bodcheck.model import Instellingen
    from bodcheck.rapport import opbouw_samen
    from bodcheck.samen import notities

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
        self.taken.bezig.connect(lambda aan: aan or self._voortgang_uit())
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
        self._rapport_nr = 0
        self._rapport_actueel = False
        self._tijdelijk: Path | None = None
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
        self.nav.setStyleSheet(NAV_STIJL)
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

        sb = self.statusBar()
        self.voortgang_tekst = QLabel("")
        self.voortgang = QProgressBar()
        self.voortgang.setMaximumWidth(220)
        self.voortgang.setTextVisible(False)
        self.voortgang.setVisible(False)
        sb.addPermanentWidget(self.voortgang_tekst)
        sb.addPermanentWidget(self.voortgang)

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

    def _voortgang(self, stap: int, van: int, tekst: str) -> None:
        self.voortgang.setVisible(True)
        self.voortgang.setRange(0, max(van, 1))
        self.voortgang.setValue(stap)
        self.voortgang_tekst.setText(tekst)

    def _voortgang_uit(self) -> None:
        self.voortgang.setVisible(False)
        self.voortgang_tekst.setText("")

    def bericht(self, tekst: str, ms: int = 6000) -> None:
        self.statusBar().showMessage(tekst, ms)

    # ---- assessing ----------------------------------------------------------------------------------------
    def start(self, perspectief: str | None = None) -> None:
        """Assess the folder in the background; the views appear (or are made again) when it is done."""
        map_, soort, peildatum = self.map, self.soort, self.peildatum
        self._beoordeling_nr += 1
        nr = self._beoordeling_nr
        self._voortgang(0, 3, "Map inlezen…")
        self.taken.start(lambda v: beoordeel(map_, soort, peildatum, v, perspectief), voortgang=self._voortgang,
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
        from ui import dialogen

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
        self._rapport_actueel = False
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
        if naam == "rapport" and not self._rapport_actueel:
            self.maak_rapport()

    def _maak(self, naam: str) -> QWidget:
        from ui import scherm_samen, scherm_samen_lijsten

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
            from bodcheck.samen import notities

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
            from ui.scherm_rapport import RapportScherm

            w = RapportScherm()
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
        self._rapport_actueel = False  # the report prints the notes: make it again when it is shown
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
        from bodcheck.samen import notities

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
        from bodcheck.samen import notities

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
        from ui.hulp import HulpDialoog

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
        from ui.hoofdvenster import Hoofdvenster

        c = g.corporaties[ci]
        eigen_bestanden = {c.bestand, g.woonvisie_bestand}
        meldingen = [m for m in g.meldingen if m.bestand in eigen_bestanden]  # what was read from its workbooks
        w = Hoofdvenster(self.qs)
        w.setParent(self, Qt.WindowType.Window)
        w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        w.destroyed.connect(lambda _o=None, k=(gi, ci): self.eigen.pop(k, None))
        w.toon_resultaat(c.resultaat, meldingen)
        w.show()
        self.eigen[(gi, ci)] = w
        self.bericht(f"Eigen beoordeling van {c.corporatie} geopend in een nieuw venster.")
        return w

    # ---- report -------------------------------------------------------------------------------------------
    def _definitief(self) -> bool:
        w = self.schermen.get("rapport")
        return bool(w and w.definitief.isChecked())

    def _wederhoor(self) -> bool:
        """The version for the corporaties to check the figures: without the user's notes."""
        w = self.schermen.get("rapport")
        return bool(w and w.wederhoor.isChecked())

    def maak_rapport(self, na=None) -> None:
        from bodcheck import rapport
        from ui import dialogen

        if self.uitkomst is None or self.uitkomst.resultaat.fouten:
            return
        w = self.scherm("rapport")
        w.bezig()
        self._rapport_nr += 1
        nr = self._rapport_nr
        if self._tijdelijk is None:
            self._tijdelijk = Path(tempfile.mkdtemp(prefix="bodcheck-samen-"))
        pad = self._tijdelijk / f"samen-{nr}.pdf"
        r, definitief = self.uitkomst.resultaat, self._definitief()

        def klaar(p) -> None:
            if nr != self._rapport_nr or self.schermen.get("rapport") is not w:
                Path(p).unlink(missing_ok=True)
                return
            vorige = w.pad
            w.laad(Path(p))
            self._rapport_actueel = True
            if vorige is not None and vorige != Path(p):
                vorige.unlink(missing_ok=True)
            if na is not None:
                na()

        kopie, wederhoor = self.momentopname(), self._wederhoor()
        self.taken.start(lambda: rapport.schrijf_pdf_samen(r, pad, definitief=definitief, notities=kopie,
                                                           wederhoor=wederhoor),
                         klaar=klaar, mislukt=lambda e: (w.bezig(""), dialogen.toon_fout(self, e, "Het rapport kon niet worden "
                                                                             "opgesteld.")))

    def _vraag_pad(self, titel: str, extensie: str, filter_: str) -> Path | None:
        map_ = Path(str(self.qs.value("laatste_map", str(Path.home()))))
        if map_.resolve().is_relative_to(self.map.resolve()):
            map_ = self.map.resolve().parent  # never propose a place inside the bods folder itself
        naam = self.uitkomst.naam if self.uitkomst else self.map.name
        pad, _ = QFileDialog.getSaveFileName(self, titel, str(map_ / f"Bods samen {naam}{extensie}"), filter_)
        if not pad:
            return None
        p = Path(pad)
        return p if p.suffix.lower() == extensie else p.with_name(p.name + extensie)

    def _weiger_invoer(self, pad: Path) -> bool:
        """Refuse (with a dialog) exporting over a workbook of this folder (uitvoer.md, Revisions 2)."""
        from bodcheck import uitvoer
        from bodcheck.samen.lezen import invoerbestanden

        reden = uitvoer.invoer_botsing(pad, invoerbestanden(self.map))
        if reden is None:
            return False
        box = QMessageBox(QMessageBox.Icon.Warning, "Niet bewaard", reden, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return True

    def _exporteer(self, schrijf, pad: Path | None, titel: str, extensie: str, filter_: str, wat: str) -> None:
        from ui import dialogen

        if self.uitkomst is None or self.uitkomst.resultaat.fouten:
            return
        pad = pad or self._vraag_pad(titel, extensie, filter_)
        if pad is None or self._weiger_invoer(pad):
            return
        self.qs.setValue("laatste_map", str(pad.parent))
        self.taken.start(lambda: schrijf(pad), klaar=lambda p: self.bericht(f"{wat} bewaard: {p}", 10000),
                         mislukt=lambda e: dialogen.toon_fout(self, e, f"{wat} is niet bewaard."))

    def exporteer_pdf(self, pad: Path | None = None) -> None:
        from bodcheck import rapport

        r, definitief = (self.uitkomst.resultaat if self.uitkomst else None), self._definitief()
        kopie, wederhoor = self.momentopname(), self._wederhoor()
        self._exporteer(lambda p: rapport.schrijf_pdf_samen(r, p, definitief=definitief, notities=kopie,
                                                            wederhoor=wederhoor), pad,
                        "Rapport als PDF bewaren", ".pdf", "PDF (*.pdf)", "Het rapport")

    def exporteer_excel(self, pad: Path | None = None) -> None:
        from bodcheck import rapport

        r = self.uitkomst.resultaat if self.uitkomst else None
        kopie, wederhoor = self.momentopname(), self._wederhoor()
        self._exporteer(lambda p: rapport.schrijf_excel_samen(r, p, notities=kopie, wederhoor=wederhoor), pad,
                        "Rapport als Excel bewaren", ".xlsx", "Excel-werkboek (*.xlsx)", "De Excel-export")

    def afdrukken(self) -> None:
        if self.uitkomst is None or self.uitkomst.resultaat.fouten:
            return
        w = self.toon_scherm("rapport")
        if self._rapport_actueel and w.document.pageCount():
            self._print_dialoog()
        else:
            self.maak_rapport(na=self._print_dialoog)

    def _print_dialoog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ui import dialogen
        from ui.scherm_rapport import druk_af

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        d = QPrintDialog(printer, self)
        d.setWindowTitle("Rapport afdrukken")
        if d.exec():
            try:
                n = druk_af(self.schermen["rapport"].document, printer)
            except Exception as e:
                dialogen.toon_fout(self, e, "Afdrukken is mislukt.")
                return
            self.bericht(f"{n} pagina’s naar de printer gestuurd.")

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
        w = self.schermen.get("rapport")
        if w is not None:
            w.document.close()
        if self._tijdelijk is not None:
            shutil.rmtree(self._tijdelijk, ignore_errors=True)
        event.accept()
