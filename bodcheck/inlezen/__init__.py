"""Reading bodcheck workbooks (format v1, ../shared/spec/invoerformat.md) into an Invoer.

    lees(bod_pad, woonvisie_pad=None) -> (Invoer, [Melding])

The only place (with the template writer and the Excel export) that uses openpyxl. A problem in the
workbook is a Melding with its file and cell; `fout` means the input cannot be used (exit 2).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bodcheck import codes, namen
from bodcheck.inlezen.bestand import BestandFout, Werkboek
from bodcheck.inlezen.bladen import (
    Lezer,
    lees_algemeen,
    lees_gemeente,
    lees_jaarblad,
    lees_toezeggingen,
    lees_wijken,
    lees_woonvisie,
    leg_richtingen_vast,
)
from bodcheck.model import Bron, Invoer, Melding

__all__ = ["BestandFout", "lees", "leg_richtingen_vast", "voeg_woonvisie_toe"]


BEKENDE_BLADEN = (codes.BLAD_ALGEMEEN, *codes.PROGNOSE_BLADEN, codes.BLAD_BOD, codes.BLAD_AFSPRAKEN,
                  codes.BLAD_REALISATIE, codes.BLAD_WOONVISIE, codes.BLAD_TOEZEGGINGEN, codes.BLAD_WIJKEN,
                  codes.BLAD_GEMEENTE)


def _niets(stap: int, van: int, tekst: str) -> None:
    return None


def lees(bod_pad: str | Path, woonvisie_pad: str | Path | None = None,
         voortgang: Callable[[int, int, str], None] = _niets) -> tuple[Invoer, list[Melding]]:
    bod_pad = Path(bod_pad)
    twee = woonvisie_pad is not None
    invoer, meldingen = _lees_een(bod_pad, twee, voortgang)
    if not twee or any(m.soort == "fout" and m.bron is None for m in meldingen):
        return invoer, meldingen + leg_richtingen_vast(invoer)
    meldingen += voeg_woonvisie_toe(invoer, Path(woonvisie_pad), bod_pad.name, voortgang)
    return invoer, meldingen + leg_richtingen_vast(invoer)


def voeg_woonvisie_toe(invoer: Invoer, wv_pad: Path, bod_naam: str,
                       voortgang: Callable[[int, int, str], None] = _niets) -> list[Melding]:
    """Read the gemeente's woonvisie workbook into `invoer` (read from a bod workbook, or filled in in the app:
    then `bod_naam` is how the bod is named in messages). Returns the meldingen of the woonvisie workbook."""
    wv, meldingen = _lees_een(wv_pad, True, voortgang)
    if wv.woonvisie is None and not any(m.soort == "fout" for m in meldingen):
        meldingen.append(Melding("fout", "blad Woonvisie ontbreekt in het woonvisie-werkboek", bestand=wv_pad.name))
    g_bod, g_wv = invoer.gemeente.strip(), wv.gemeente.strip()
    v = namen.vergelijk(g_bod, g_wv, "gemeente") if g_bod and g_wv else None
    if g_bod and g_wv and (v is None or v.soort == "fout"):
        tekst = v.tekst if v is not None and v.tekst else f"Gemeente in bod ({g_bod}) wijkt af van woonvisie ({g_wv})"
        meldingen.append(Melding("fout", tekst, wv.veld_bron("gemeente"), bestand=wv_pad.name))
    elif v is not None and v.soort == "waarschuwing" and v.tekst:
        meldingen.append(Melding("waarschuwing", v.tekst, invoer.veld_bron("gemeente"), bestand=bod_naam))
    invoer.woonvisie = wv.woonvisie if wv.woonvisie is not None else invoer.woonvisie
    invoer.gemeente_levert = wv.gemeente_levert if wv.gemeente_levert is not None else invoer.gemeente_levert
    for code in ("sociale_voorraad_gemeente", "woningen_gemeente", "woonzorgvisie_datum"):
        if code not in invoer.algemeen and code in wv.algemeen:
            invoer.algemeen[code] = wv.algemeen[code]
    for code in codes.IBW_VELDEN:  # IBW may come with the bod or with the woonvisie (format 1.1)
        if code not in invoer.algemeen and code in wv.algemeen:
            invoer.algemeen[code] = wv.algemeen[code]
    invoer.bestanden["woonvisie"] = wv_pad.name
    invoer.woonvisie_algemeen = dict(wv.algemeen)  # its own opgesteld_door and dates (the report's voorblad)
    return meldingen


def _lees_een(pad: Path, met_prefix: bool, voortgang: Callable[[int, int, str], None]) -> tuple[Invoer, list[Melding]]:
    invoer = Invoer(bestanden={"bod": pad.name})
    try:
        wb = Werkboek(pad)
    except BestandFout as e:
        bron = Bron(e.blad, e.cel or "") if e.blad else None
        return invoer, [Melding("fout", e.tekst, bron, bestand=pad.name)]
    lz = Lezer(wb, pad.name, pad.name if met_prefix else None)
    try:
        _lees_bladen(lz, invoer, voortgang)
    except BestandFout as e:
        lz.fout(e.tekst, e.blad or "", e.cel or "")
    finally:
        wb.close()
    return invoer, lz.meldingen


def _lees_bladen(lz: Lezer, invoer: Invoer, voortgang: Callable[[int, int, str], None]) -> None:
    wb = lz.wb
    for soort, tekst in wb.koppel(BEKENDE_BLADEN):
        (lz.fout if soort == "fout" else lz.waarschuwing)(tekst)
    blad_algemeen = wb.vind_blad(codes.BLAD_ALGEMEEN)
    inhoud = [n for n in codes.INHOUD_BLADEN if wb.vind_blad(n)]
    if blad_algemeen is None:
        lz.fout("blad Algemeen ontbreekt; gebruik het sjabloon van bodcheck (bodcheck sjabloon)")
    if not inhoud:
        lz.fout("geen van de bladen Prognose, Prognose DAEB, Prognose niet-DAEB, Bod of Woonvisie gevonden "
                f"(wel: {', '.join(wb.bladnamen) or 'geen bladen'})")
    if blad_algemeen is None or not inhoud:
        return
    heeft_bod = any(n != codes.BLAD_WOONVISIE for n in inhoud)
    invoer.algemeen = lees_algemeen(lz, blad_algemeen, heeft_bod, invoer.algemeen_geweigerd)
    eenheid = invoer.veld("eenheid") or codes.EENHEID_STANDAARD
    lz.eenheid, lz.factor = eenheid, codes.EENHEID_BEDRAGEN[eenheid]
    invoer.eenheid_bedragen = eenheid

    taken = [(n, t) for n, t in codes.PROGNOSE_BLADEN.items()]
    stappen = len(taken) + 7
    for i, (naam, tak) in enumerate(taken, start=1):
        blad = wb.vind_blad(naam)
        if blad:
            voortgang(i, stappen, f"{lz.bestand}: blad {naam}")
            jb = lees_jaarblad(lz, blad, naam, codes.PROGNOSE_CODES)
            if jb is not None:
                invoer.prognoses[tak] = jb
    for i, (naam, attr) in enumerate((("Bod", "bod"), ("Afspraken", "afspraken"), ("Realisatie", "realisatie")),
                                     start=len(taken) + 1):
        blad = wb.vind_blad(naam)
        if blad:
            voortgang(i, stappen, f"{lz.bestand}: blad {naam}")
            setattr(invoer, attr, lees_jaarblad(lz, blad, naam, codes.INDICATOR_CODES))
    for naam, attr, lezer in (("Woonvisie", "woonvisie", lees_woonvisie),
                              ("Toezeggingen", "toezeggingen", lees_toezeggingen),
                              ("Gemeente", "gemeente_levert", lees_gemeente),
                              ("Wijken", "wijken", lees_wijken)):
        blad = wb.vind_blad(naam)
        if blad:
            voortgang(stappen - 1, stappen, f"{lz.bestand}: blad {naam}")
            setattr(invoer, attr, lezer(lz, blad))
