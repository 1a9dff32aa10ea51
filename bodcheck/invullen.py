"""Filling in an assessment in the app, without a workbook: the empty assessment, and what one typed or pasted
text means for one cell. No Qt.

    leeg(corporatie, gemeente, bodjaar, eenheid) -> Invoer     the template's rows and years, no values
    nieuwe_beoordeling(..., woonvisie_pad=None) -> (Beoordeling, meldingen)   with the gemeente's woonvisie
    jaarcel(tekst, blad, code, eenheid, eenheid_bedragen) -> Invulling     a year-sheet cell
    algemeen_veld(tekst, code, eenheid_bedragen) -> Invulling              an Algemeen field
    doelwaarde(tekst, code, eenheid, eenheid_bedragen) -> Invulling        the waarde of a Woonvisie target

A text is judged by the workbook reader itself (bodcheck.inlezen.bladen: the same number parsing, percent
reading, signs and bounds of bodcheck.grenzen), as if it stood in the cell of a workbook; there is no second
parser. What the reader would refuse raises `Ongeldig` with its Dutch reason. The reader's note that a cell
held number *text* is dropped: everything typed or pasted is text.

Every value set here gets the source "handmatig" (bodcheck.bewerken does that).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bodcheck import codes
from bodcheck.model import Bron, Invoer, JaarBlad, Melding, Regel, Veld

# The sheets of an assessment filled in in the app: the year sheets of the bod template (sjabloon BOD_BLADEN).
LEGE_BLADEN = ("Prognose", "Prognose DAEB", "Prognose niet-DAEB", codes.BLAD_BOD, codes.BLAD_AFSPRAKEN,
               codes.BLAD_REALISATIE)


class Ongeldig(ValueError):
    """The text cannot be this cell's value; the message is the Dutch reason (without the cell)."""


@dataclass(frozen=True)
class Invulling:
    waarde: Any  # in the model's units (euros, fractions); None = unknown (empty, nvt)
    notities: tuple[str, ...] = field(default=())  # how the text was read, when that is worth saying


# ---- the empty assessment ---------------------------------------------------------------------------


def leeg(corporatie: str, gemeente: str, bodjaar: int, eenheid: str = codes.EENHEID_STANDAARD) -> Invoer:
    """A new assessment with the rows and years of the empty template (bodcheck.sjabloon) and no values."""
    from bodcheck import sjabloon  # the template's years per sheet; loads openpyxl

    if eenheid not in codes.EENHEID_BEDRAGEN:
        raise Ongeldig(f"eenheid {eenheid!r} is onbekend; kies €, x € 1.000 of x € 1 mln")
    hand = Bron(handmatig=True)
    algemeen = {"formaatversie": Veld(codes.FORMAATVERSIE, hand), "corporatie": Veld(corporatie.strip(), hand),
                "gemeente": Veld(gemeente.strip(), hand), "bodjaar": Veld(int(bodjaar), hand),
                "eenheid": Veld(eenheid, hand)}
    # as the reader reads the empty template: its Toezeggingen and Wijken sheets are there with no rows, so the
    # assessment in the app and its workbook (Bewaren als werkboek) ask the same questions
    invoer = Invoer(algemeen=algemeen, eenheid_bedragen=eenheid, toezeggingen=[], wijken=[])
    for naam in LEGE_BLADEN:
        bekende = codes.PROGNOSE_CODES if naam.startswith("Prognose") else codes.INDICATOR_CODES
        # a row gets the source "handmatig" with its first value (bodcheck.bewerken); an empty row has none
        regels = {c.code: Regel(c.code, c.omschrijving, c.eenheid, c.thema) for c in bekende}
        blad = JaarBlad(naam, sjabloon.jaren_van_blad(naam, int(bodjaar)), regels)
        if naam in codes.PROGNOSE_BLADEN:
            invoer.prognoses[codes.PROGNOSE_BLADEN[naam]] = blad
        else:
            setattr(invoer, {codes.BLAD_BOD: "bod", codes.BLAD_AFSPRAKEN: "afspraken",
                             codes.BLAD_REALISATIE: "realisatie"}[naam], blad)
    return invoer


# ---- one text, judged by the reader -----------------------------------------------------------------


def _lezer(eenheid_bedragen: str):
    from bodcheck.inlezen.bladen import Lezer  # loads openpyxl (docs/prestaties.md)

    return Lezer(wb=None, bestand="", prefix=None, factor=codes.factor_bedragen(eenheid_bedragen),  # type: ignore[arg-type]
                 eenheid=eenheid_bedragen)


def _is_nvt(waarde: Any) -> bool:
    from bodcheck.inlezen.waarden import is_nvt

    return is_nvt(waarde)


def _cel(tekst: str):
    from bodcheck.inlezen.bestand import Cel

    t = tekst.strip()
    return Cel(1, 2, t or None)


def _zonder_label(tekst: str, label: str) -> str:
    """A reader's message without the field label it starts with, and without what the reader assumes instead
    ("(enkelvoudig aangenomen)", "; genegeerd"): in the app a refused value is simply not taken."""
    t = tekst.removeprefix(f"{label}: ") if label else tekst
    t = re.sub(r'^tekst "[^"]*" (?=\S+ gelezen als (fractie|procentpunten))', "", t)
    return re.sub(r"\s*\([^()]*aangenomen\)$|; genegeerd$", "", t)


def _uitkomst(lezer, waarde: Any, label: str = "") -> Invulling:
    fouten = [m.tekst for m in lezer.meldingen if m.soort == "fout"]
    if fouten:
        raise Ongeldig(_zonder_label(fouten[0], label))
    notities = tuple(_zonder_label(m.tekst, label) for m in lezer.meldingen
                     if m.soort == "waarschuwing" and not _getaltekst(_zonder_label(m.tekst, label)))
    return Invulling(waarde, notities)


def _getaltekst(tekst: str) -> bool:
    """The reader's note that a cell held a number as text ('tekst "1.234" gelezen als getal 1.234'): always so
    for what is typed or pasted. A note on how a percentage was read (fractie, procentpunten) is kept."""
    return tekst.startswith('tekst "')


# What a row of each unit asks for, said when a text carries another unit's sign.
_GEVRAAGD = {"%": "een percentage", "bedrag": "een bedrag", "€": "een bedrag", "aantal": "een aantal",
             "personen": "een aantal personen", "jaren": "een aantal jaren", "ratio": "een verhoudingsgetal",
             "score": "een cijfer"}
_HELE_AANTALLEN = ("aantal", "personen")


def _eenheid_past(tekst: str, eenheid: str, waarde: Any, heel: bool = True) -> None:
    """A typed or pasted text whose own unit sign contradicts the row's unit is refused, not silently converted:
    a workbook cell has its unit from the row, a copied text brings its own ("3,5%" in a row of amounts was
    read as € 35). A count in a year cell is a whole number (a target may be an average, "17,5 per jaar")."""
    t = tekst.strip()
    gevraagd = _GEVRAAGD.get(eenheid, "een getal")
    if "%" in t and eenheid != "%":
        raise Ongeldig(f'"{t}" is een percentage; deze rij vraagt {gevraagd}')
    if ("€" in t or t.upper().startswith("EUR")) and eenheid not in ("bedrag", "€"):
        raise Ongeldig(f'"{t}" is een bedrag; deze rij vraagt {gevraagd}')
    if heel and eenheid in _HELE_AANTALLEN and isinstance(waarde, float) and not waarde.is_integer():
        raise Ongeldig(f'"{t}" is geen heel getal; deze rij vraagt {gevraagd}')


def jaarcel(tekst: str, blad: str, code: str, eenheid: str, eenheid_bedragen: str) -> Invulling:
    """A year-sheet cell (Prognose*, Bod, Afspraken, Realisatie) of row `code` with unit `eenheid`. Amounts are
    in the unit of Eenheid bedragen; a percent row reads as the reader reads it (3,5 and 3,5% are 3,5%; for a
    share code 0,95 and 95 are both 95%)."""
    lz = _lezer(eenheid_bedragen)
    w = lz.cel_getal(_cel(tekst), blad, code, eenheid, streng=True)
    uit = _uitkomst(lz, w.getal)
    if w.getal is None and w.tekst:
        raise Ongeldig(f'"{tekst.strip()}" is geen getal')
    _eenheid_past(tekst, eenheid, w.getal)
    return uit


def algemeen_veld(tekst: str, code: str, eenheid_bedragen: str) -> Invulling:
    """An Algemeen field, as the reader reads column B of that row (amounts in the unit of Eenheid bedragen)."""
    from bodcheck.inlezen.bladen import _algemeen_waarde

    veld = codes.ALGEMEEN_PER_CODE.get(code)
    if veld is None:
        raise Ongeldig(f'"{code}" is geen veld van Algemeen')
    lz = _lezer(eenheid_bedragen)
    cel = _cel(tekst)
    waarde = _algemeen_waarde(lz, codes.BLAD_ALGEMEEN, cel.adres, veld, cel)
    uit = _uitkomst(lz, waarde, veld.label)
    if cel.waarde is not None and waarde is None and not _is_nvt(cel.waarde) and lz.meldingen:
        # refused with a warning only (an unknown choice): in the app it is not taken
        raise Ongeldig(_zonder_label(lz.meldingen[-1].tekst, veld.label))
    if veld.soort == "bedrag" and isinstance(waarde, int | float) and not isinstance(waarde, bool):
        return Invulling(float(waarde) * codes.factor_bedragen(eenheid_bedragen), uit.notities)
    if veld.soort == "int" and waarde is not None and code in ("ibw_jaar",) and not 1900 <= waarde <= 2100:
        raise Ongeldig(f"{waarde} is geen jaartal")
    return uit


def doelwaarde(tekst: str, code: str, eenheid: str, eenheid_bedragen: str) -> Invulling:
    """The waarde of a Woonvisie target: required, read as the reader reads the `waarde` column."""
    if not tekst.strip():
        raise Ongeldig("een doel heeft altijd een waarde; vul een getal in")
    lz = _lezer(eenheid_bedragen)
    w = lz.cel_getal(_cel(tekst), codes.BLAD_WOONVISIE, code, eenheid, streng=True)
    uit = _uitkomst(lz, w.getal)
    if w.getal is None:
        if w.tekst:
            raise Ongeldig(f'"{tekst.strip()}" is geen getal')
        raise Ongeldig("een doel heeft altijd een waarde; vul een getal in")
    _eenheid_past(tekst, eenheid, w.getal, heel=False)
    return uit


def nieuwe_beoordeling(corporatie: str, gemeente: str, bodjaar: int, eenheid: str = codes.EENHEID_STANDAARD,
                       woonvisie_pad: str | Path | None = None):
    """A new assessment to fill in (`leeg`), with the gemeente's woonvisie workbook read in when given. Returns
    (bodcheck.beoordeling.Beoordeling, meldingen); a `fout` among the meldingen is the woonvisie workbook's."""
    from bodcheck import inlezen
    from bodcheck.beoordeling import Beoordeling
    from bodcheck.model import Instellingen

    invoer = leeg(corporatie, gemeente, bodjaar, eenheid)
    meldingen: list[Melding] = []
    if woonvisie_pad is not None:
        meldingen = inlezen.voeg_woonvisie_toe(invoer, Path(woonvisie_pad), "")
        meldingen += inlezen.leg_richtingen_vast(invoer)
    return Beoordeling(invoer=invoer, meldingen=list(meldingen), instellingen=Instellingen()), meldingen
