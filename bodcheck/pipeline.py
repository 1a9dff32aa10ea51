"""The one façade the command line and the desktop app call.

    lees(bod_pad, woonvisie_pad) -> (Invoer, [Melding])           reading, no computing
    beoordeel_invoer(invoer, instellingen, peildatum, meldingen) -> Resultaat
    beoordeel(bod_pad, woonvisie_pad, instellingen, peildatum) -> Resultaat

Progress is a plain callback `voortgang(stap: int, van: int, tekst: str)`; no Qt here.
A problem in the user's data is a Melding (soort `fout` makes the input unusable), not an exception.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from bodcheck.model import Instellingen, Invoer, Melding, Resultaat

Voortgang = Callable[[int, int, str], None]


def _geen_voortgang(stap: int, van: int, tekst: str) -> None:
    return None


def lees(bod_pad: str | Path, woonvisie_pad: str | Path | None = None,
         voortgang: Voortgang | None = None) -> tuple[Invoer, list[Melding]]:
    """Read one workbook, or a bod workbook and a woonvisie workbook together."""
    from bodcheck import inlezen

    return inlezen.lees(bod_pad, woonvisie_pad, voortgang=voortgang or _geen_voortgang)


def beoordeel_invoer(invoer: Invoer, instellingen: Instellingen | None = None,
                     peildatum: dt.date | None = None, meldingen: list[Melding] | None = None,
                     voortgang: Voortgang | None = None) -> Resultaat:
    """Compute, compare and check an Invoer (read or edited). `peildatum` is required in practice;
    it defaults to 1 January after the bodjaar so the domain never reads the clock."""
    from bodcheck import afgeleid, berekenen, vergelijking, vraagpunten

    voortgang = voortgang or _geen_voortgang
    instellingen = instellingen or Instellingen()
    meldingen = list(meldingen or [])
    if peildatum is None:
        peildatum = dt.date((invoer.bodjaar or 2026) + 1, 1, 1)
    voortgang(1, 4, "Kerncijfers en investeringsruimte berekenen")
    berekend = berekenen.bereken(invoer, instellingen)
    voortgang(2, 4, "Bod vergelijken met de woonvisie")
    vergelijk, vergelijk_meldingen = vergelijking.vergelijk(invoer)
    extra = afgeleid.bereken(invoer, berekend, vergelijk)
    voortgang(3, 4, "Vraagpunten opstellen")
    punten, regel_meldingen = vraagpunten.beoordeel(invoer, berekend, vergelijk, extra, peildatum)
    voortgang(4, 4, "Klaar")
    return Resultaat(
        invoer=invoer, berekend=berekend,
        meldingen=[*meldingen, *berekend.meldingen, *vergelijk_meldingen, *regel_meldingen],
        instellingen=instellingen, peildatum=peildatum, vergelijking=vergelijk, vraagpunten=punten,
        afgeleid=extra,
    )


def beoordeel(bod_pad: str | Path, woonvisie_pad: str | Path | None = None,
              instellingen: Instellingen | None = None, peildatum: dt.date | None = None,
              voortgang: Voortgang | None = None) -> Resultaat:
    """Read and assess. When reading gives a `fout`, the Resultaat holds the meldingen and nothing
    is computed (check `resultaat.fouten`)."""
    voortgang = voortgang or _geen_voortgang
    voortgang(0, 4, "Werkboek inlezen")
    invoer, meldingen = lees(bod_pad, woonvisie_pad)
    if any(m.soort == "fout" for m in meldingen):
        from bodcheck.berekenen import leeg_berekend

        return Resultaat(invoer=invoer, berekend=leeg_berekend(), meldingen=meldingen,
                         instellingen=instellingen or Instellingen(),
                         peildatum=peildatum or dt.date(2000, 1, 1))
    return beoordeel_invoer(invoer, instellingen, peildatum, meldingen, voortgang)
