"""The afspraken over the years as the monitor reads them (monitor.md; afspraken.md § Carrying afspraken forward).

Per assessment: the rows of its Afspraken sheet merged with the structured afspraken recorded in its `.bodcheck`
(the notes' afspraken and those taken over from a row), by the one carry-forward function of afspraken.md
(bodcheck.afspraken.doorschrijven): the record wins per code and year, with a melding naming both values. The
monitor keeps the past years too (the carry-forward for next year's template starts at the bodjaar). A
`periode` afspraak is one row with `van_jaar`–`tot_jaar` and no `jaar`.

Over the years, the value of an afspraak for a year is the one of the latest record that has it (a newer
afspraak made at the table replaces an older one); where a later workbook's Afspraken sheet differs from that
record, the record wins and the difference is a melding. Only without a record the latest sheet counts.

    rijen(jaargangen) -> ([row of the long table], [Melding])
"""

from __future__ import annotations

from bodcheck import opmaak
from bodcheck.afspraken.doorschrijven import doorschrijven
from bodcheck.afspraken.model import Afspraak
from bodcheck.afspraken.toets import eenheid_van as afspraak_eenheid
from bodcheck.afspraken.toets import indicator_label
from bodcheck.afspraken.verzamelen import afspraken_van
from bodcheck.model import Melding
from bodcheck.monitor.model import Jaargang
from bodcheck.vergelijking import eenheid_van

AAN_TAFEL = "afspraak aan tafel"  # the cell of a value from the record: it is in the .bodcheck, not in a sheet
BLAD, BEOORDELING = "blad", "beoordeling"  # herkomst: the Afspraken sheet, or the .bodcheck record
ALLE_JAREN = 0  # the carry-forward keeps the years ≥ this one: the monitor keeps every year


def vastgelegd(jg: Jaargang) -> list[Afspraak]:
    """The structured afspraken recorded in one assessment: at its vraagpunten (a versie 1 text as one afspraak
    with only `wat`), then those taken over from a comparison or gemeente row."""
    return [*(a for n in jg.notities.values() for a in afspraken_van(n)), *jg.afspraken]


def _van_jaargang(jg: Jaargang) -> tuple[list[tuple], list[Melding]]:
    blad = jg.resultaat.invoer.afspraken
    afspraken = vastgelegd(jg)
    if not afspraken:
        return [], []  # the sheet's rows are in the long table as read
    d = doorschrijven(blad, afspraken, ALLE_JAREN)
    rijen: list[tuple] = []
    for code, per_jaar in d.regels.items():
        regel = blad.regels.get(code) if blad is not None else None
        eenheid = eenheid_van(code, regel) if regel is not None or code not in d.eenheden else d.eenheden[code]
        for jaar, waarde in sorted(per_jaar.items()):
            w = regel.waarden.get(jaar) if regel is not None else None
            uit_blad = w is not None and w.getal is not None and abs(w.getal - waarde) <= 1e-9
            cel, herkomst = (w.bron.cel_tekst, BLAD) if uit_blad and w is not None else (AAN_TAFEL, BEOORDELING)
            rijen.append((jg.bodjaar, "afspraak", code, jaar, jaar, jaar, waarde, eenheid, cel, herkomst))
    for a in d.perioden:
        assert a.van_jaar is not None and a.tot_jaar is not None and a.waarde is not None
        rijen.append((jg.bodjaar, "afspraak", a.indicator, None, min(a.van_jaar, a.tot_jaar),
                      max(a.van_jaar, a.tot_jaar), a.waarde, afspraak_eenheid(a), AAN_TAFEL, BEOORDELING))
    meldingen = [Melding(m.soort, f"Bod {jg.bodjaar}: {m.tekst}", m.bron, bestand=jg.naam)
                 for m in d.meldingen if m.soort != "info"]  # the infos are about next year's template
    return rijen, meldingen


def rijen(jaargangen: list[Jaargang], blad_rijen: dict[int, list[tuple]]) -> tuple[list[tuple], list[Melding]]:
    """The afspraak rows of the long table for every year. `blad_rijen`: per bodjaar the rows its Afspraken sheet
    gives as read (bodcheck.monitor.tabel); they stand for a year without a record."""
    uit: list[tuple] = []
    meldingen: list[Melding] = []
    for jg in jaargangen:
        eigen, m = _van_jaargang(jg)
        uit += eigen if eigen else blad_rijen.get(jg.bodjaar, [])
        meldingen += m
    return uit, meldingen + _later_blad_wijkt_af(jaargangen, uit)


def _later_blad_wijkt_af(jaargangen: list[Jaargang], lijst: list[tuple]) -> list[Melding]:
    """A later workbook's Afspraken sheet that differs from an earlier record: the record wins, said once."""
    namen = {jg.bodjaar: jg.naam for jg in jaargangen}
    vastgelegd_: dict[tuple[str, int], tuple[int, float, str]] = {}  # the latest record value per code and year
    for bodjaar, _bron, code, jaar, _van, _tot, waarde, eenheid, _cel, herkomst in lijst:
        if herkomst == BEOORDELING and jaar is not None:
            vastgelegd_[(code, jaar)] = (bodjaar, waarde, eenheid)
    uit = []
    for bodjaar, _bron, code, jaar, _van, _tot, waarde, eenheid, cel, herkomst in lijst:
        r = vastgelegd_.get((code, jaar)) if herkomst == BLAD else None
        if r is None or bodjaar <= r[0] or abs(waarde - r[1]) <= 1e-9:
            continue
        uit.append(Melding("waarschuwing", (
            f"{indicator_label(code)} in {jaar}: de afspraak uit de beoordeling van het bod van {r[0]} "
            f"({opmaak.waarde_in_eenheid(r[1], eenheid)}) geldt, niet {opmaak.waarde_in_eenheid(waarde, eenheid)} "
            f"uit het blad Afspraken bij het bod van {bodjaar} ({cel})."), bestand=namen.get(bodjaar)))
    return uit
