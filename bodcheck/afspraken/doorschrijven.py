"""Carrying afspraken forward (afspraken.md § Carrying afspraken forward): one function, also used by the
monitor.

    doorschrijven(lopend, afspraken, bodjaar) -> Doorgeschreven

Next year's `Afspraken` = the rows of `lopend` (this year's Afspraken sheet, or a later workbook's) for
years ≥ bodjaar, merged with the indicator afspraken of the `.bodcheck`: the afspraak of the record wins
per code and year, and every value it replaces is a melding naming both. Afspraken of the gemeente
(`wie` = gemeente) become `Gemeente` rows with status `toegezegd`, not Afspraken rows. A `periode`
afspraak has no place in a year sheet of format 1 (period columns come with format 1.1): it is kept in
`perioden` and its row's toelichting, with an info melding. Values stay in the model's units (euros,
fractions); the writer converts them to the workbook's unit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bodcheck import codes, opmaak
from bodcheck.afspraken.model import Afspraak
from bodcheck.afspraken.toets import eenheid_van, indicator_label
from bodcheck.model import Bron, JaarBlad, Melding, Tegenprestatie


@dataclass
class Doorgeschreven:
    regels: dict[str, dict[int, float]] = field(default_factory=dict)  # code -> jaar -> waarde
    toelichting: dict[str, str] = field(default_factory=dict)  # code -> text for the row
    eenheden: dict[str, str] = field(default_factory=dict)  # own codes only
    themas: dict[str, str] = field(default_factory=dict)  # own codes only
    perioden: list[Afspraak] = field(default_factory=list)
    gemeente: list[Tegenprestatie] = field(default_factory=list)
    meldingen: list[Melding] = field(default_factory=list)

    @property
    def jaren(self) -> list[int]:
        return sorted({j for per_jaar in self.regels.values() for j in per_jaar})


def _wanneer_jaar(a: Afspraak) -> int | None:
    if isinstance(a.wanneer, int):
        return a.wanneer
    if a.wanneer is not None:
        return a.wanneer.year
    return a.tot_jaar if a.tot_jaar is not None else a.van_jaar


def doorschrijven(lopend: JaarBlad | None, afspraken: list[Afspraak], bodjaar: int) -> Doorgeschreven:
    uit = Doorgeschreven()
    oorsprong: dict[tuple[str, int], Bron | None] = {}
    if lopend is not None:
        for code, r in lopend.regels.items():
            for jaar, w in sorted(r.waarden.items()):
                if jaar >= bodjaar and w.getal is not None:
                    uit.regels.setdefault(code, {})[jaar] = w.getal
                    oorsprong[(code, jaar)] = w.bron
            if not r.bekend and code in uit.regels:
                uit.eenheden[code], uit.themas[code] = r.eenheid, r.thema
    nieuw: set[tuple[str, int]] = set()
    for a in afspraken:
        if a.wie == "gemeente":
            uit.gemeente.append(Tegenprestatie(
                thema=a.thema or codes.thema_van(a.indicator), tegenprestatie=a.resultaat or a.wat,
                jaar=_wanneer_jaar(a), kwantitatief=a.waarde if a.is_indicator else None,
                eenheid=eenheid_van(a) if a.is_indicator and a.waarde is not None else None, status="toegezegd"))
            continue
        if not a.is_indicator:
            continue
        label = indicator_label(a.indicator)
        if a.waarde is None or not a.jaren():
            uit.meldingen.append(Melding("info", f"De afspraak over {label.lower()} heeft nog geen "
                                         f"{'waarde' if a.waarde is None else 'jaar'}; zij gaat niet mee naar "
                                         "volgend jaar."))
            continue
        if a.indicator not in codes.ALLE_CODES:
            uit.eenheden[a.indicator] = a.eenheid or "aantal"
            uit.themas[a.indicator] = a.thema
        eenheid = eenheid_van(a)
        if a.per == "periode":
            uit.perioden.append(a)
            tekst = (f"Afgesproken voor {opmaak.jaren(a.jaren())} samen: "
                     f"{opmaak.waarde_in_eenheid(a.waarde, eenheid)}.")
            uit.toelichting[a.indicator] = " ".join(t for t in (uit.toelichting.get(a.indicator), tekst) if t)
            uit.regels.setdefault(a.indicator, {})
            uit.meldingen.append(Melding("info", f"De afspraak over {label.lower()} geldt voor "
                                         f"{opmaak.jaren(a.jaren())} samen; het blad Afspraken heeft alleen kolommen "
                                         "per jaar, dus zij staat in de toelichting van die regel."))
            continue
        for jaar in a.jaren():
            sleutel = (a.indicator, jaar)
            if sleutel in nieuw:
                uit.meldingen.append(Melding("waarschuwing", f"Voor {label.lower()} in {jaar} zijn er twee "
                                             "afspraken; de eerste geldt. Voeg ze samen."))
                continue
            nieuw.add(sleutel)
            oud = uit.regels.get(a.indicator, {}).get(jaar)
            if oud is not None and abs(oud - a.waarde) > 1e-9:
                uit.meldingen.append(Melding(
                    "waarschuwing", f"{label} in {jaar}: de afspraak uit de beoordeling "
                    f"({opmaak.waarde_in_eenheid(a.waarde, eenheid)}) geldt, niet "
                    f"{opmaak.waarde_in_eenheid(oud, eenheid)} uit het blad Afspraken.", bron=oorsprong.get(sleutel)))
            uit.regels.setdefault(a.indicator, {})[jaar] = a.waarde
    return uit
