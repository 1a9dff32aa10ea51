"""The open assessment of a main window, without Qt: the Beoordeling and its latest Resultaat, the file it
belongs to, whether it changed, the history for Ongedaan maken / Opnieuw, and autosave.

The window (ui.hoofdvenster) shows the document and runs its work in the background (ui.taken); the
document itself decides what a change means. Functions returned by `*_taak` run on a worker thread and
touch only the copies they were given; the matching `*_klaar` runs on the GUI thread again.

The core modules load when first needed (docs/prestaties.md, "Bewust laat geladen"): the first window
never needs them."""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

Wijziging = Callable[[Any], Any]  # Invoer -> Invoer (a bodcheck.bewerken function)


class Beoordelingsdocument:
    def __init__(self, peildatum: dt.date | None = None) -> None:
        self.beoordeling: Any = None  # bodcheck.beoordeling.Beoordeling
        self.resultaat: Any = None  # bodcheck.model.Resultaat, the newest computed for `beoordeling`
        self.pad: Path | None = None
        self.invoer_paden: list[Path] = []  # the workbooks read into this window (never saved or exported over)
        self.gewijzigd = False
        self.peildatum = peildatum or dt.date.today()  # the ui reads the clock, the domain never does
        self.ongedaan: list[tuple[Any, str]] = []  # (earlier Invoer, what changed), newest last
        self.opnieuw: list[tuple[Any, str]] = []
        self.laatste_autosave: Path | None = None
        self.sessie = os.urandom(4).hex()  # names this window's copy of a never-saved assessment
        self.reken_nr = 0  # only the newest computation is shown
        self.standaard_nodig = False  # a new assessment: take only the top questions to the overleg
        self.bij_gewijzigd: list[Callable[[bool], None]] = []  # called when `gewijzigd` is set

    # ---- state --------------------------------------------------------------------------------------------
    @property
    def open(self) -> bool:
        return self.beoordeling is not None

    def naam(self) -> str:
        if self.pad is not None:
            return self.pad.stem
        b = self.beoordeling
        if b is None:
            return ""
        delen = [b.invoer.corporatie, b.invoer.gemeente]
        jaar = b.invoer.bodjaar
        return " – ".join(d for d in delen if d) + (f" {jaar}" if jaar else "") or "Naamloze beoordeling"

    def zet_gewijzigd(self, aan: bool) -> None:
        self.gewijzigd = aan
        for f in self.bij_gewijzigd:
            f(aan)

    def zet(self, b: Any, pad: Path | None, gewijzigd: bool) -> None:
        """Take a newly read or opened assessment; its history starts empty."""
        self.beoordeling = b
        self.ongedaan.clear()
        self.opnieuw.clear()
        self.laatste_autosave = None
        self.resultaat = None
        self.pad = pad
        self.reken_nr += 1  # a computation still on its way belongs to the previous assessment
        self.standaard_nodig = False
        self.zet_gewijzigd(gewijzigd)

    def sluit(self) -> None:
        self.reken_nr += 1
        self.beoordeling = self.resultaat = self.pad = None
        self.ongedaan.clear()
        self.opnieuw.clear()
        self.zet_gewijzigd(False)

    # ---- computing ----------------------------------------------------------------------------------------
    def reken_taak(self) -> tuple[int, Callable[[Callable], Any]]:
        """A number for this request and the work for the background (with a progress callback): the Resultaat,
        and for a new assessment the default notes (only the Kern's top questions taken to the overleg)."""
        self.reken_nr += 1
        b = self.beoordeling
        invoer, instellingen, meldingen = b.invoer, dataclasses.replace(b.instellingen), list(b.meldingen)
        peildatum, standaard = self.peildatum, self.standaard_nodig and not b.notities

        def werk(v: Callable) -> tuple[Any, dict | None]:
            from bodcheck import pipeline  # on the worker, as everything below
            from bodcheck.rapport import overzicht

            r = pipeline.beoordeel_invoer(invoer, instellingen, peildatum, meldingen, v)
            return r, (overzicht.standaard_notities(r) if standaard else None)

        return self.reken_nr, werk

    def reken_klaar(self, nr: int, uitkomst: tuple[Any, dict | None]) -> bool:
        """Keep a finished computation when it is still the newest; False when it is outdated."""
        if nr != self.reken_nr or self.beoordeling is None:
            return False
        self.resultaat, standaard = uitkomst
        if standaard is not None and not self.beoordeling.notities:
            self.beoordeling.notities.update(standaard)
        self.standaard_nodig = False
        return True

    # ---- changes ------------------------------------------------------------------------------------------
    def bewerk(self, wijziging: Wijziging, wat: str) -> None:
        """Apply an edit of the Invoer; the old one is kept for Ongedaan maken. Raises ValueError/KeyError when
        the core refuses the edit (nothing changes then). Invoer is immutable: the history is just the earlier
        Invoer objects."""
        oud = self.beoordeling.invoer
        nieuw = wijziging(oud)
        self.ongedaan.append((oud, wat))
        self.opnieuw.clear()
        self._zet_invoer(nieuw)

    def ongedaan_maken(self) -> str | None:
        """Undo the newest edit; returns what it was, or None when there is nothing to undo."""
        return self._verplaats(self.ongedaan, self.opnieuw)

    def opnieuw_doen(self) -> str | None:
        return self._verplaats(self.opnieuw, self.ongedaan)

    def _verplaats(self, van: list[tuple[Any, str]], naar: list[tuple[Any, str]]) -> str | None:
        """Take the newest Invoer from one history and keep the current one on the other."""
        if self.beoordeling is None or not van:
            return None
        invoer, wat = van.pop()
        naar.append((self.beoordeling.invoer, wat))
        self._zet_invoer(invoer)
        return wat

    def _zet_invoer(self, invoer: Any) -> None:
        self.beoordeling.invoer = invoer
        self.zet_gewijzigd(True)

    def wijzig_instellingen(self, **velden: Any) -> bool:
        """Change perspective, normenkader, ruimte parameters or `definitief`; True when something changed."""
        b = self.beoordeling
        if b is None:
            return False
        nieuw = dataclasses.replace(b.instellingen, **velden)
        if nieuw == b.instellingen:
            return False
        b.instellingen = nieuw
        self.zet_gewijzigd(True)
        return True

    def zet_notitie(self, sleutel: str | None, notitie: Any) -> None:
        """A note replaced, or (sleutel None) changed in place, as the Afspraken view does."""
        if self.beoordeling is not None:
            if sleutel is not None:
                self.beoordeling.notities[sleutel] = notitie
            self.zet_gewijzigd(True)

    def rapport_args(self, wederhoor: bool, definitief: bool | None = None) -> dict[str, Any]:
        """The report writers' arguments (bodcheck.rapport): the writers apply the wederhoor rule themselves."""
        if definitief is None:
            definitief = bool(self.beoordeling.instellingen.definitief)
        args: dict[str, Any] = {"notities": dict(self.beoordeling.notities), "definitief": definitief,
                                "wederhoor": wederhoor}
        b = self.beoordeling
        if b.vorige_jaren:  # the chapter over the years (monitor.md): the links are read with the report
            args["jaren"] = (self.naam(), dataclasses.replace(b, notities=dict(b.notities),
                                                              vorige_jaren=[dict(x) for x in b.vorige_jaren]),
                             self.peildatum)
        return args

    # ---- saving -------------------------------------------------------------------------------------------
    def opslaan(self, pad: Path) -> None:
        """Write the .bodcheck file (raises bodcheck.beoordeling.BeoordelingFout with a Dutch message)."""
        from bodcheck import beoordeling

        beoordeling.opslaan(self.beoordeling, pad)
        self.pad = pad
        if self.laatste_autosave is not None and not self.laatste_autosave.exists():
            self.laatste_autosave = None  # the core removed the copy beside the file
        self.zet_gewijzigd(False)

    def autosave_taak(self) -> Callable[[], Path] | None:
        """The work of one autosave on a copy, or None when there is nothing worth saving (no changes, or a
        workbook that could not be used)."""
        b = self.beoordeling
        if b is None or not self.gewijzigd:
            return None
        if self.resultaat is None and any(m.soort == "fout" for m in b.meldingen):
            return None
        from bodcheck import beoordeling

        kopie = copy.copy(b)
        kopie.notities = dict(b.notities)
        kopie.meldingen = list(b.meldingen)
        pad, sessie = self.pad, self.sessie
        return lambda: beoordeling.autosave(kopie, pad, sessie)

    def verwijder_autosave(self) -> None:
        """Remove the autosave this document wrote (or recovered from), never another session's copy."""
        if self.laatste_autosave is not None:
            with contextlib.suppress(OSError):
                self.laatste_autosave.unlink(missing_ok=True)
            self.laatste_autosave = None
