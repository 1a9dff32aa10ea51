"""Files of the main window: new (two workbooks), open (.bodcheck or a workbook), save, autosave and recovery,
recent files, the examples, folders opened as a gemeente or regio, and the empty template.

`Bestanden` asks, reads and writes; what it reads it hands to the window (`Hoofdvenster.zet_beoordeling`)
and the window's document (ui.document). The core runs in the background (ui.taken). A failed open leaves
the assessment that was open untouched."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtWidgets

from ui import statusbalk
from ui.schermen import EERSTE, INVOER
from ui.startscherm import recent_item, recent_map
from ui.taken import wacht_op

if TYPE_CHECKING:
    from ui import dialogen
    from ui.hoofdvenster import Hoofdvenster

MAX_RECENT = 8

# Loaded when first used, not with the first window (docs/prestaties.md, "Bewust laat geladen"):
# bodcheck.beoordeling, bodcheck.voorbeeld, bodcheck.voorbeeld_regio_data, bodcheck.sjabloon, ui.dialogen,
# ui.samen_venster.


class BestandNietBruikbaar(Exception):
    """A file that holds nothing bodcheck can read; the message is the reader's Dutch melding."""


def _lokale_map(naam: str) -> Path:
    """A folder for the examples in the user's local data folder (a private temporary one without it)."""
    basis = QtCore.QStandardPaths.writableLocation(QtCore.QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(basis) / naam if basis else Path(tempfile.mkdtemp(prefix="bodcheck-")) / naam


class Bestanden:
    def __init__(self, venster: Hoofdvenster) -> None:
        self.v = venster
        self.doc = venster.doc
        self.qs = venster.qs
        self.samen_vensters: list[QtWidgets.QMainWindow] = []  # folders opened as a gemeente or regio

    def _fout(self, e: BaseException, wat: str) -> None:
        from ui import dialogen

        dialogen.toon_fout(self.v, e, wat)

    def _niet_geopend(self, e: BaseException) -> None:
        """A file that could not be opened: one sentence that names it and says what to do (the reader's message);
        the title says that what was open stays open."""
        from ui import dialogen

        blijft = "; wat open was, blijft open" if self.doc.open else ""
        dialogen.toon_fout(self.v, e, titel=f"niet geopend{blijft}")
        self.v.bericht(f"Niet geopend om {time.strftime('%H:%M')}{blijft}.", 0)  # the status bar says so too

    # ---- asking -------------------------------------------------------------------------------------------
    def mag_weg(self) -> bool:
        """Ask to save when there are changes. False: the user cancelled."""
        from ui import dialogen

        if not self.doc.open or not self.doc.gewijzigd:
            return True
        keuze = dialogen.vraag_opslaan(self.v, self.doc.naam())
        knop = QtWidgets.QMessageBox.StandardButton
        if keuze == knop.Save:
            return self.opslaan()
        if keuze == knop.Discard:
            self.verwijder_autosave()
            return True
        return False

    def nieuw(self) -> None:
        from ui import dialogen

        if not self.mag_weg():
            return
        d = dialogen.NieuwDialoog(self.v)
        if d.exec():
            self.lees_werkboeken(*d.paden())

    def openen_dialoog(self) -> None:
        from ui import dialogen

        if not self.mag_weg():
            return
        map_ = self.qs.value("laatste_map", str(Path.home()))
        pad, _ = QtWidgets.QFileDialog.getOpenFileName(self.v, "Beoordeling openen", map_, dialogen.BODCHECK_FILTER)
        if pad:
            self.open_bestand(Path(pad), gevraagd=True)

    # ---- reading ------------------------------------------------------------------------------------------
    def lees_werkboeken(self, bod: str | Path, woonvisie: str | Path | None, peildatum: dt.date | None = None,
                        naam: str | None = None) -> None:
        """Read a workbook pair as a new assessment, dated today (the bundled example: its own day, as on the
        command line, so its dates tell one timeline). `naam`: what the status bar calls it (the file names)."""
        naam = naam or " en ".join(Path(p).name for p in (bod, woonvisie) if p is not None)
        def werk(v):
            from bodcheck import (
                beoordeling,  # on the worker: the module (≈ 80 ms cold) never blocks the window
            )

            return beoordeling.nieuw(bod, woonvisie, v)

        self.doc.invoer_paden = [Path(p) for p in (bod, woonvisie) if p is not None]
        self.v.statusBar().clearMessage()  # an earlier "Bewaard: …" is about what was open before
        self.v.voortgang(0, 1, "Werkboek inlezen…")
        self.v.taken.start(werk, voortgang=self.v.voortgang,
                           klaar=lambda uit: self.werkboeken_gelezen(uit, peildatum or dt.date.today(), naam),
                           mislukt=lambda e: self._fout(e, "Het werkboek kon niet worden ingelezen."))

    def werkboeken_gelezen(self, uitkomst: tuple[Any, list], peildatum: dt.date | None = None,
                           naam: str | None = None) -> None:
        b, meldingen = uitkomst
        fouten = [m for m in meldingen if m.soort == "fout"]
        i = b.invoer
        niets = not i.algemeen and i.bod is None and not i.prognoses and i.woonvisie is None  # not a workbook at all
        if fouten and (niets or (self.doc.open and i.bod is None and not i.prognoses)):
            # nothing could be read: the assessment that was open (or the start screen) stays as it was
            self._niet_geopend(BestandNietBruikbaar(fouten[0].regel_tekst()))
            return
        self.doc.peildatum = peildatum or dt.date.today()  # only now: a failed open keeps the open assessment's
        self.v.zet_beoordeling(b, None, gewijzigd=True)
        self.doc.standaard_nodig = True
        if fouten:
            self.v.toon_scherm(INVOER)
            mb = QtWidgets.QMessageBox
            n = f"{len(fouten)} {'fout' if len(fouten) == 1 else 'fouten'}"
            m = fouten[0]
            bestand = (m.bron.bestand if m.bron else None) or m.bestand or "Het werkboek"
            cel = f"{m.bron.blad}!{m.bron.cel}: " if m.bron and m.bron.blad and m.bron.cel else ""
            box = mb(mb.Icon.Warning, "Werkboek niet bruikbaar",
                     f"{bestand} heeft {n} waardoor bodcheck niet kan rekenen ({cel}{m.tekst}"
                     f"{' …' if len(fouten) > 1 else ''}); verbeter {'die cel' if len(fouten) == 1 else 'ze'} in "
                     "Invoer (een dubbelklik op een melding onderaan toont de cel), of in het werkboek en lees dat "
                     "opnieuw in.", mb.StandardButton.Ok, self.v)
            box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.doc.zet_gewijzigd(False)
            if naam:
                self.v.bericht(statusbalk.geopend(naam, False, f"; niet bruikbaar: {len(fouten)} "
                                                               f"{'fout' if len(fouten) == 1 else 'fouten'}, zie Invoer"), 0)
            return
        self.v.herbereken(na=lambda: self._na_openen(naam))

    def _na_openen(self, wat: str | None) -> None:
        """Opened and computed: the status bar says what and when ("Voorbeeld geopend en berekend om 11:25.")."""
        if wat:
            self.v.bericht(statusbalk.geopend(wat), 0)
        self.v.na_openen()

    def open_bestand(self, pad: Path, gevraagd: bool = False) -> None:
        """Open a .bodcheck file, or a workbook (then it is read as a new assessment)."""
        if not gevraagd and not self.mag_weg():
            return
        if pad.suffix.lower() in (".xlsx", ".xlsm"):
            self.lees_werkboeken(pad, None)
            return
        from bodcheck import beoordeling

        self.doc.invoer_paden = []
        bron = pad
        herstel = beoordeling.herstelbaar(pad)
        if herstel:
            knop = QtWidgets.QMessageBox.StandardButton
            keuze = QtWidgets.QMessageBox.question(
                self.v, "Nieuwere versie gevonden",
                f"Er is een automatisch bewaarde versie van {pad.name} die nieuwer is dan het bestand. "
                "Wilt u die openen?", knop.Yes | knop.No, knop.Yes)
            if keuze == knop.Yes:
                bron = herstel[0]
        self.v.statusBar().clearMessage()
        self.v.voortgang(0, 1, f"{pad.name} openen…")
        self.v.taken.start(lambda: beoordeling.openen(bron),
                           klaar=lambda b: self.geopend(b, pad, hersteld=bron != pad,
                                                        autosave=bron if bron != pad else None),
                           mislukt=lambda e: self._open_mislukt(e, pad))

    def _open_mislukt(self, e: BaseException, pad: Path) -> None:
        self.verwijder_recent(pad)
        self._niet_geopend(e)  # the reader's message names the file

    def geopend(self, b: Any, pad: Path | None, hersteld: bool = False, autosave: Path | None = None) -> None:
        self.doc.peildatum = dt.date.today()  # not the date of an example opened before
        self.v.zet_beoordeling(b, pad, gewijzigd=hersteld)
        self.doc.laatste_autosave = autosave  # a recovered copy now belongs to this window
        if pad is not None:
            self.onthoud_recent(pad)
        wat = (f"Herstelde kopie van {pad.name}" if pad is not None else "Herstelde beoordeling") if hersteld \
            else pad.name if pad is not None else "Beoordeling"
        self.v.herbereken(na=lambda: self._na_openen(wat))

    def toon_resultaat(self, resultaat: Any, meldingen=()) -> None:
        """Show an assessment computed elsewhere (a corporatie of a joint assessment) without reading or computing
        it again. `meldingen`: what reading its workbooks reported. It is saved like any other assessment."""
        from bodcheck.beoordeling import Beoordeling

        meldingen = list(meldingen)
        b = Beoordeling(invoer=resultaat.invoer, meldingen=meldingen, instellingen=resultaat.instellingen)
        self.doc.peildatum = resultaat.peildatum  # a later recomputation (after an edit) uses the same date
        self.v.zet_beoordeling(b, None, gewijzigd=False)
        self.doc.resultaat = dataclasses.replace(resultaat, meldingen=[*meldingen, *resultaat.meldingen])
        self.v.werk_acties()
        self.v.ververs_views()
        self.v.toon_scherm(EERSTE)
        self.v.bericht(statusbalk.geopend(f"Beoordeling van {resultaat.invoer.corporatie or 'de corporatie'}"), 0)

    def open_voorbeeld(self) -> None:
        if not self.mag_weg():
            return
        map_ = _lokale_map("voorbeeld")

        def werk():
            from bodcheck import (
                voorbeeld,  # loads openpyxl (≈ 200 ms): on the worker, never on the window's thread
            )

            try:
                return voorbeeld.schrijf_werkboeken(map_), voorbeeld.PEILDATUM
            except OSError:
                return voorbeeld.schrijf_werkboeken(Path(tempfile.mkdtemp(prefix="bodcheck-voorbeeld-"))), \
                    voorbeeld.PEILDATUM

        self.v.voortgang(0, 1, "Voorbeeld klaarzetten…")
        self.v.taken.start(werk, klaar=lambda uit: self.lees_werkboeken(*uit[0], peildatum=uit[1], naam="Voorbeeld"))

    # ---- several bods together (a gemeente or regio folder) ------------------------------------------------
    def kies_map(self, soort: str) -> None:
        titel = "Map met de bods van één gemeente" if soort == "gemeente" else "Regiomap (een map per gemeente)"
        vorige = str(self.qs.value("laatste_map", str(Path.home())))
        map_ = QtWidgets.QFileDialog.getExistingDirectory(self.v, titel, vorige)
        if map_:
            self.qs.setValue("laatste_map", map_)
            self.open_map(Path(map_), soort)

    def open_map(self, map_: Path, soort: str = "gemeente") -> QtWidgets.QMainWindow:
        """Assess a folder as a gemeente or regio in a joint window of its own (ui.samen_venster). A folder that is
        open already comes to the front instead: two windows would save each other's notes over one another."""
        from ui.samen_venster import SamenVenster

        for open_ in self.samen_vensters:
            if open_.isVisible() and open_.soort == soort and open_.map.resolve() == map_.resolve():  # not one closing
                open_.showNormal()
                open_.raise_()
                open_.activateWindow()
                return open_
        w = SamenVenster(map_, soort, self.qs, self.doc.peildatum, parent=self.v)
        w.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        w.destroyed.connect(lambda _o=None, w=w: self.samen_vensters.remove(w) if w in self.samen_vensters else None)
        self.samen_vensters.append(w)
        w.show()
        w.start()
        self.onthoud_recent(recent_map(soort, map_))
        return w

    def open_voorbeeld_samen(self, soort: str = "gemeente") -> None:
        """The example folder (three corporaties in Aaberg, or the regio Aa-vallei) in the local data folder."""
        naam = "voorbeeld-aaberg" if soort == "gemeente" else "voorbeeld-aa-vallei"
        doel = _lokale_map(naam)

        def werk():
            from bodcheck import voorbeeld_regio_data as vb  # openpyxl: on the worker

            schrijf = vb.schrijf_gemeente_voorbeeld if soort == "gemeente" else vb.schrijf_regio_voorbeeld
            try:
                return schrijf(doel)
            except OSError:
                return schrijf(Path(tempfile.mkdtemp(prefix="bodcheck-voorbeeld-")) / naam)

        self.v.voortgang(0, 1, "Voorbeeld klaarzetten…")
        self.v.taken.start(werk, klaar=lambda map_: self.open_map(map_, soort))

    # ---- the same corporatie over the years (ui.jaren_bestanden) -------------------------------------------------
    def kies_reeks(self, map_: Path | None = None) -> None:
        from ui import jaren_bestanden

        jaren_bestanden.kies_reeks(self, map_)

    def vorige_jaren_koppelen(self, paden: list[Path] | None = None) -> QtWidgets.QWidget | None:
        from ui import jaren_bestanden

        return jaren_bestanden.vorige_jaren_koppelen(self, paden)

    def nieuw_jaar(self, bod: Path | None = None) -> None:
        from ui import jaren_bestanden

        jaren_bestanden.nieuw_jaar(self, bod)

    # ---- the empty template -------------------------------------------------------------------------------
    def sjabloon_dialoog(self) -> None:
        from ui import dialogen

        d = dialogen.SjabloonDialoog(self.v)
        if d.exec():
            self.schrijf_sjabloon(*d.keuze())

    def schrijf_sjabloon(self, pad: Path, soort: str, bodjaar: int) -> None:
        from bodcheck import sjabloon

        self.v.taken.start(lambda: sjabloon.schrijf(pad, soort=soort, bodjaar=bodjaar),
                           klaar=lambda p: self.v.bericht(f"Sjabloon bewaard: {p}", 10000),
                           mislukt=lambda e: self._fout(e, "Het sjabloon kon niet worden bewaard."))

    # ---- saving -------------------------------------------------------------------------------------------
    def opslaan(self) -> bool:
        if not self.doc.open:
            return False
        if self.doc.pad is None:
            return self.opslaan_als()
        return self.schrijf(self.doc.pad)

    def opslaan_als(self) -> bool:
        from ui import dialogen

        if not self.doc.open:
            return False
        map_ = Path(str(self.qs.value("laatste_map", str(Path.home()))))
        voorstel = str(self.doc.pad or map_ / f"{self.doc.naam().replace(' – ', ' ').replace('/', '-')}.bodcheck")
        pad, _ = QtWidgets.QFileDialog.getSaveFileName(self.v, "Beoordeling bewaren als", voorstel,
                                                       dialogen.BODCHECK_FILTER)
        if not pad:
            return False
        pad_ = Path(pad)
        if pad_.suffix.lower() != ".bodcheck":
            pad_ = pad_.with_name(pad_.name + ".bodcheck")
        if self.v.dienst.weiger_invoer(pad_, self.doc.invoer_paden):
            return False
        oud = self.doc.pad
        if self.schrijf(pad_):
            if oud is None:
                self.verwijder_autosave()  # the copy of the never-saved assessment is no longer needed
            return True
        return False

    def schrijf(self, pad: Path) -> bool:
        """Save before going on (the user waits for it anyway, also on close). The encoding runs on a thread
        while the window keeps painting and the user's input waits (ui.taken.wacht_op; issue 16)."""
        self.v.taken.wacht()  # an autosave in flight must not race the real save
        timer = self.v.autosave_timer
        liep = timer.isActive()
        timer.stop()  # nor one that starts while this save runs
        try:
            self.doc.opslaan(pad, wacht_op)
        except Exception as e:
            self._fout(e, "De beoordeling is niet bewaard.")
            return False
        finally:
            if liep:
                timer.start()
        self.qs.setValue("laatste_map", str(pad.parent))
        self.onthoud_recent(pad)
        self.v.bericht(f"Bewaard: {pad}")
        return True

    def autosave(self) -> None:
        """Every ~30 s while there are changes: a copy beside the file (or in the user folder), off the GUI thread."""
        werk = self.doc.autosave_taak()
        if werk is None:
            return

        def klaar(p: Path) -> None:
            self.doc.laatste_autosave = p
            self.v.bericht("Automatisch bewaard.", 2500)

        self.v.taken.start(werk, baan="schijf", klaar=klaar,
                           mislukt=lambda e: self.v.bericht(f"Automatisch bewaren mislukt: {e}", 10000))

    def verwijder_autosave(self) -> None:
        self.v.taken.wacht()
        self.doc.verwijder_autosave()

    def bied_herstel_aan(self) -> dialogen.HerstelDialoog | None:
        """At start: offer autosaved work of assessments that were never saved (a window-modal dialog)."""
        from bodcheck import beoordeling
        from ui import dialogen

        paden = beoordeling.herstelbaar(None)
        if not paden:
            return None
        d = dialogen.HerstelDialoog(self.v, paden)
        d.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)

        def klaar(_uitkomst: int) -> None:
            if d.gekozen is not None:
                gekozen = d.gekozen
                self.v.taken.start(lambda: beoordeling.openen(gekozen),
                                   klaar=lambda b: self.geopend(b, None, hersteld=True, autosave=gekozen),
                                   mislukt=lambda e: self._fout(e, "Het herstellen is mislukt."))
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

    def onthoud_recent(self, regel: Path | str) -> None:
        lijst = [str(regel)] + [p for p in self.recent() if p != str(regel)]
        self.qs.setValue("recent", lijst[:MAX_RECENT])
        self.ververs_recent()

    def verwijder_recent(self, pad: Path) -> None:
        self.qs.setValue("recent", [p for p in self.recent() if p != str(pad)])
        self.ververs_recent()

    def open_recent(self, regel: str) -> None:
        soort, pad = recent_item(regel)
        if soort:
            self.open_map(pad, soort)
        else:
            self.open_bestand(pad)

    def ververs_recent(self) -> None:
        lijst = self.recent()
        self.v.start.zet_recent(lijst)
        menu = self.v.menu_recent
        menu.clear()
        for p in lijst:
            soort, pad = recent_item(p)
            a = menu.addAction(f"{pad.name} (hele map, als {soort})" if soort else pad.name)
            a.setToolTip(str(pad))
            a.triggered.connect(lambda _c=False, p=p: self.open_recent(p))
        menu.setEnabled(bool(lijst))
