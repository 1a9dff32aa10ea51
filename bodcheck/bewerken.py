"""Editing an Invoer in the app: pure functions that return a new Invoer and leave the old one untouched
(so undo is keeping the old one). No Qt.

    wijzig(invoer, blad, code, jaar, getal) -> Invoer           a year sheet cell (Prognose*, Bod, ...)
    wijzig_algemeen(invoer, code, waarde) -> Invoer             an Algemeen field
    wijzig_doel(invoer, nr, waarde) -> Invoer                   the waarde of Woonvisie target `nr`

Values are in the model's units: euros for amounts (not the workbook unit), fractions for percentages.
An edited value keeps its history as its bron: `handmatig (was Bod!D7)`; a value added where the
workbook had none is plain `handmatig`. A cell's text that was no number (Waarde.tekst) is kept: it is
what the corporatie wrote.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from typing import Any

from bodcheck import codes
from bodcheck.model import Bron, Invoer, JaarBlad, Regel, Veld, Waarde

JAARBLADEN = {**{naam: ("prognose", tak) for naam, tak in codes.PROGNOSE_BLADEN.items()},
              codes.BLAD_BOD: ("bod", None), codes.BLAD_AFSPRAKEN: ("afspraken", None),
              codes.BLAD_REALISATIE: ("realisatie", None)}


class BewerkFout(ValueError):
    """The edit is not possible; the message is Dutch."""


def _handmatig(oud: Bron | None) -> Bron:
    if oud is None or not oud.blad:
        return Bron(handmatig=True)
    return oud.als_handmatig()


def _controleer_getal(getal: float | None) -> float | None:
    if getal is None:
        return None
    if isinstance(getal, bool) or not isinstance(getal, int | float) or not math.isfinite(getal):
        raise BewerkFout(f"{getal!r} is geen geldig getal")
    return float(getal)


# ---- year sheets ------------------------------------------------------------------------------------


def wijzig(invoer: Invoer, blad: str, code: str, jaar: int, getal: float | None) -> Invoer:
    """A new Invoer with `getal` for (blad, code, jaar); None makes the value unknown."""
    if blad not in JAARBLADEN:
        raise BewerkFout(f"blad {blad} heeft geen jaarkolommen; kies uit {', '.join(JAARBLADEN)}")
    if not isinstance(jaar, int) or isinstance(jaar, bool) or not 1900 <= jaar <= 2100:
        raise BewerkFout(f"{jaar!r} is geen jaartal")
    getal = _controleer_getal(getal)
    oud_blad = _jaarblad(invoer, blad)
    vorige = oud_blad.regels[code].waarden.get(jaar) if oud_blad and code in oud_blad.regels else None
    if getal is None and (vorige is None or (vorige.getal is None and not vorige.tekst)):
        return invoer  # an empty cell left empty: nothing changes (no "handmatig" on an empty cell)
    nieuw_blad = _wijzig_blad(oud_blad, blad, code, jaar, getal)
    attr, tak = JAARBLADEN[blad]
    if attr == "prognose":
        return dataclasses.replace(invoer, prognoses={**invoer.prognoses, tak: nieuw_blad})
    return dataclasses.replace(invoer, **{attr: nieuw_blad})


def _jaarblad(invoer: Invoer, blad: str) -> JaarBlad | None:
    attr, tak = JAARBLADEN[blad]
    return invoer.prognoses.get(tak) if attr == "prognose" else getattr(invoer, attr)


def _wijzig_blad(oud: JaarBlad | None, blad: str, code: str, jaar: int, getal: float | None) -> JaarBlad:
    jaren = sorted({*(oud.jaren if oud else []), jaar})
    regels = dict(oud.regels) if oud else {}
    regel = regels.get(code) or _nieuwe_regel(blad, code)
    if not regel.bron.blad and not regel.bron.handmatig:  # an empty row of an assessment filled in in the app
        regel = dataclasses.replace(regel, bron=Bron(handmatig=True))
    vorige = regel.waarden.get(jaar)
    waarde = Waarde(getal, _handmatig(vorige.bron if vorige else None), vorige.tekst if vorige else None)
    regels[code] = dataclasses.replace(regel, waarden={**regel.waarden, jaar: waarde})
    return JaarBlad(oud.naam if oud else blad, jaren, regels)


def _nieuwe_regel(blad: str, code: str) -> Regel:
    bekende = codes.PROGNOSE_CODES if blad.startswith("Prognose") else codes.INDICATOR_CODES
    bekend = next((c for c in bekende if c.code == code), None)
    if bekend is None:
        raise BewerkFout(f'code "{code}" hoort niet in blad {blad}')
    return Regel(code, bekend.omschrijving, bekend.eenheid, bekend.thema, bron=Bron(handmatig=True))


# ---- Algemeen ---------------------------------------------------------------------------------------

_SOORT_TYPEN: dict[str, tuple[type, ...]] = {
    "tekst": (str,), "int": (int,), "getal": (int, float), "datum": (dt.date,), "janee": (bool,),
    "eenheid": (str,), "bwversie": (str,), "basis": (str,),
    "ratio": (int, float), "aandeel": (int, float), "bedrag": (int, float),  # format 1.1: own norms, IBW
}


def wijzig_algemeen(invoer: Invoer, code: str, waarde: Any) -> Invoer:
    """A new Invoer with Algemeen field `code` set to `waarde` (of the field's kind; None = unknown)."""
    veld = codes.ALGEMEEN_PER_CODE.get(code)
    if veld is None:
        raise BewerkFout(f'"{code}" is geen veld van Algemeen')
    waarde = _controleer_veld(veld, waarde)
    oud = invoer.algemeen.get(code) or invoer.algemeen_geweigerd.get(code)  # a refused value keeps its cell
    algemeen = {**invoer.algemeen, code: Veld(waarde, _handmatig(oud.bron if oud else None))}
    geweigerd = {c: v for c, v in invoer.algemeen_geweigerd.items() if c != code}
    eenheid = waarde if code == "eenheid" and waarde is not None else invoer.eenheid_bedragen
    return dataclasses.replace(invoer, algemeen=algemeen, algemeen_geweigerd=geweigerd, eenheid_bedragen=eenheid)


def _controleer_veld(veld: codes.AlgemeenVeld, waarde: Any) -> Any:
    if waarde is None:
        return None
    typen = _SOORT_TYPEN[veld.soort]
    goed = isinstance(waarde, typen) and not (isinstance(waarde, bool) and bool not in typen)
    if veld.soort == "datum":
        goed = isinstance(waarde, dt.date) and not isinstance(waarde, dt.datetime)
    if veld.soort == "eenheid":
        goed = waarde in codes.EENHEID_BEDRAGEN
    if veld.soort == "bwversie":
        goed = waarde in ("1.0", "2.0")
    if veld.soort == "basis":
        goed = waarde in codes.PROGNOSE_BASES
    if veld.soort in ("getal", "ratio", "aandeel", "bedrag") and goed:
        _controleer_getal(waarde)
        goed = veld.soort == "getal" or waarde >= 0
    if veld.soort == "tekst" and goed:
        goed = bool(waarde.strip())
    if not goed:
        raise BewerkFout(f"{veld.label}: {waarde!r} is geen geldige waarde")
    return waarde


# ---- Woonvisie --------------------------------------------------------------------------------------


def wijzig_doel(invoer: Invoer, nr: int, waarde: float) -> Invoer:
    """A new Invoer in which Woonvisie target `nr` (its index in invoer.woonvisie) has `waarde`."""
    doelen = invoer.woonvisie or []
    if not 0 <= nr < len(doelen):
        raise BewerkFout(f"doel {nr} bestaat niet in de woonvisie")
    if waarde is None:
        raise BewerkFout("een doel heeft altijd een waarde")
    waarde = _controleer_getal(waarde)
    oud = doelen[nr]
    nieuwe = list(doelen)
    nieuwe[nr] = dataclasses.replace(oud, waarde=waarde, bron=_handmatig(oud.bron))
    return dataclasses.replace(invoer, woonvisie=nieuwe)
