"""The years linked to the open assessment (monitor.md § App), computed once for the views that show them: the
view *Over de jaren* and the Vraagpunten view (last year's answer beside this year's question).

The monitor reads and assesses the earlier `.bodcheck` files and loads pandas: it runs in a background job
(ui.taken), only when a view asks for it, and again only when the links or the assessment's result changed.
The view model it returns (bodcheck.monitor.rapport.Scherm) is made on the worker as well; the views only turn
it into widgets. A series that cannot be used gives its Dutch lines (naming the files) in `fout`."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QObject, Signal

from ui.taken import Taken

# (naam, Beoordeling, Resultaat, peildatum) of the open assessment, read when the work starts
Bron = Callable[[], tuple[str, Any, Any, Any]]


def gekoppeld(b: Any) -> bool:
    """Whether the assessment `b` has earlier years linked (the view Over de jaren is shown only then)."""
    return b is not None and bool(b.vorige_jaren)


def eerder_html(eerder: tuple[tuple[str, str], ...]) -> str:
    """What was noted the last time (bodcheck.monitor.rapport.eerder_genoteerd) as rich text: the lead-in in
    italics, the note quoted. The view Over de jaren and the Vraagpunten view show it so."""
    return "<br>".join(f"<i>{escape(kop)}:</i> ‘{escape(tekst)}’" for kop, tekst in eerder)


class JarenDienst(QObject):
    veranderd = Signal()  # a new monitor, a failure, or the links are gone

    def __init__(self, taken: Taken, bron: Bron, fout: Callable[[BaseException, str], None]) -> None:
        super().__init__()
        self._taken = taken
        self._bron = bron
        self._meld = fout
        self._sleutel: tuple | None = None  # what the shown (or computing) monitor was made of
        self.monitor: Any = None  # bodcheck.monitor.Monitor
        self.inhoud: Any = None  # bodcheck.monitor.rapport.Scherm
        self.fout: list[str] | None = None
        self.bezig = False

    def _nu(self) -> tuple[tuple | None, tuple[str, Any, Any, Any]]:
        naam, b, r, peildatum = self._bron()
        if not gekoppeld(b) or r is None:
            return None, (naam, b, r, peildatum)
        return (tuple((x["pad"], x["sha256"]) for x in b.vorige_jaren), id(b), id(r)), (naam, b, r, peildatum)

    def nodig(self) -> None:
        """A view wants the years: start the work unless what it would show is current (or on its way)."""
        sleutel, (naam, b, _r, peildatum) = self._nu()
        if sleutel == self._sleutel:
            return
        self._sleutel = sleutel
        self.monitor = self.inhoud = self.fout = None
        if sleutel is None:
            self.bezig = False
            self.veranderd.emit()
            return
        # the worker gets its own copy of what the user may change meanwhile (notes, links)
        kopie = dataclasses.replace(b, notities=dict(b.notities), vorige_jaren=[dict(x) for x in b.vorige_jaren])

        def werk():
            from bodcheck.monitor import koppelingen, rapport  # pandas: on the worker only

            m = koppelingen.over_de_jaren(naam, kopie, peildatum)
            return m, rapport.scherm(m)

        self.bezig = True
        self.veranderd.emit()
        self._taken.start(werk, klaar=lambda uitkomst, s=sleutel: self._klaar(s, uitkomst),
                          mislukt=lambda e, s=sleutel: self._mislukt(s, e))

    def _klaar(self, sleutel: tuple, uitkomst: tuple[Any, Any]) -> None:
        if sleutel != self._sleutel:
            return  # the links or the assessment changed meanwhile: a newer job follows
        self.monitor, self.inhoud = uitkomst
        self.bezig = False
        self.veranderd.emit()

    def _mislukt(self, sleutel: tuple, e: BaseException) -> None:
        if sleutel != self._sleutel:
            return
        from bodcheck.monitor.lezen import MonitorFout

        self.bezig = False
        if isinstance(e, MonitorFout):
            self.fout = list(e.regels)
        else:
            self.fout = ["Het overzicht over de jaren kon niet worden gemaakt."]
            self._meld(e, "Het overzicht over de jaren kon niet worden gemaakt.")
        self.veranderd.emit()
