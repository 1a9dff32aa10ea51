"""Vraagpunten: the rules that turn data into questions for the overleg (vraagpunten.md).

    beoordeel(invoer, berekend, vergelijking, afgeleid, peildatum) -> ([Vraagpunt], [Melding])
        runs every rule of the registry in order; a rule that raises becomes a Melding(soort="intern")
        naming the rule, and the others still run. JSON order: (ernst, thema, registry order, first bron).
    ordening(vraagpunten, perspectief) -> [(adressaat, [Vraagpunt])]
        screen and report grouping by who must answer (corporatie, gemeente, allen); then thema, ernst and
        registry order; never hides a finding.
    nummers(vraagpunten, perspectief) -> {notitie_sleutel: nummer}
        every finding numbered in that display order, independent of what the user ticks; the app, the
        report and the JSON print the same number.
    groep_kop(adressaat, perspectief) -> "Aan de corporatie" …
    voor_wie(adressaat, perspectief) -> "de corporatie" …: the same words, for a question's detail ("Voor: …")
    REGISTER: the ordered rules, each with id, naam, thema, ernst, partij and basis.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from bodcheck import codes, opmaak
from bodcheck.model import Afgeleid, Berekend, Invoer, Melding, Vergelijking, Vraagpunt, notitie_sleutel
from bodcheck.vraagpunten import titels, uitvoering
from bodcheck.vraagpunten.kader import ERNSTEN, Context, Regel
from bodcheck.vraagpunten.register import REGISTER

__all__ = ["REGISTER", "beoordeel", "groep_kop", "nummers", "ordening", "sorteer", "voor_wie"]

PERSPECTIEVEN = ("gemeente", "huurders")
GROEP_KOPPEN = {
    "gemeente": {"corporatie": "Aan de corporatie", "gemeente": "Aan de gemeente zelf", "allen": "Aan allen"},
    "huurders": {"corporatie": "Aan de corporatie", "gemeente": "Aan de gemeente", "allen": "Aan allen"},
}


def groep_kop(adressaat: str, perspectief: str) -> str:
    """The heading a group of findings is printed under, for the perspective."""
    return GROEP_KOPPEN.get(perspectief, GROEP_KOPPEN["gemeente"]).get(adressaat, "Overige vragen")


def voor_wie(adressaat: str, perspectief: str) -> str:
    """Who must answer, in the words of the group heading ("Aan de gemeente zelf" -> "de gemeente zelf")."""
    kop = groep_kop(adressaat, perspectief)
    return kop.removeprefix("Aan ") if kop.startswith("Aan ") else kop


def _scope(sleutel: str) -> list[str]:
    """A finding's scope in words, for its label: a tak, a ratio, a year, or the code's description."""
    delen: list[str] = []
    for deel in re.split(r"[|/:,;]+", sleutel):
        deel = deel.strip()
        if not deel:
            continue
        if deel in codes.TAKKEN:
            delen.append(opmaak.TAK_LABEL.get(deel, deel))  # "hele corporatie (TI)", never a bare "TI"
        elif re.fullmatch(r"\d{4}", deel):
            delen.append(deel)
        elif deel in opmaak.RATIO_LABEL:
            delen.append(opmaak.RATIO_LABEL[deel])
        elif deel in codes.ALLE_CODES:
            tekst = codes.ALLE_CODES[deel].omschrijving
            # cut at a word, never inside one ("…label E, F of G, u…")
            delen.append(tekst if len(tekst) <= 32 else tekst[:32].rsplit(" ", 1)[0].rstrip(" ,;:") + "…")
    return delen


def _labels(punten: list[Vraagpunt]) -> list[Vraagpunt]:
    """`label` = the rule id, with its scope where the rule fires more than once ("F06 · DAEB")."""
    per_id: dict[str, list[Vraagpunt]] = {}
    for v in punten:
        per_id.setdefault(v.id, []).append(v)
    uit = []
    for v in punten:
        broers = per_id[v.id]
        if len(broers) == 1:
            uit.append(v)
            continue
        gemeen = set.intersection(*(set(_scope(b.sleutel)) for b in broers))  # only what tells them apart
        scope = " · ".join(d for d in _scope(v.sleutel) if d not in gemeen) or str(broers.index(v) + 1)
        uit.append(dataclasses.replace(v, label=f"{v.id} · {scope}"))
    return uit


def sorteer(vraagpunten: Iterable[Vraagpunt], register: Sequence[Regel[Any]] = REGISTER) -> list[Vraagpunt]:
    """JSON order: (ernst hoog → info, thema in codes.THEMAS order, registry order, first bron)."""
    return uitvoering.sorteer(vraagpunten, register)


def beoordeel(invoer: Invoer, berekend: Berekend | None, vergelijking: list[Vergelijking],
              afgeleid: Afgeleid, peildatum: dt.date,
              register: Sequence[Regel[Context]] = REGISTER) -> tuple[list[Vraagpunt], list[Melding]]:
    """Run every rule; returns the findings in JSON order and the `intern` meldingen of rules that raised."""
    punten, meldingen = uitvoering.uitkomsten(register, Context(invoer, berekend, vergelijking, afgeleid, peildatum))
    return sorteer(_labels(punten), register), meldingen


def ordening(vraagpunten: Iterable[Vraagpunt], perspectief: str) -> list[tuple[str, list[Vraagpunt]]]:
    """Groups by adressaat (corporatie, gemeente, allen), then thema, ernst and registry order
    (vraagpunten.md § Revisions 2). The perspective only changes the headings (groep_kop). Empty groups are
    left out; every finding appears exactly once."""
    thema = {t: i for i, t in enumerate(codes.THEMAS)}
    json_volgorde = sorteer(vraagpunten)
    positie = {id(v): i for i, v in enumerate(json_volgorde)}
    ernst = {e: i for i, e in enumerate(ERNSTEN)}
    groepen = []
    for adressaat in titels.ADRESSATEN:
        leden = sorted((v for v in json_volgorde if v.adressaat == adressaat),
                       key=lambda v: (thema.get(v.thema, 99), ernst.get(v.ernst, 9), positie[id(v)]))
        if leden:
            groepen.append((adressaat, leden))
    overig = [v for v in json_volgorde if v.adressaat not in titels.ADRESSATEN]
    if overig:
        groepen.append(("overig", overig))
    return groepen


def nummers(vraagpunten: Iterable[Vraagpunt], perspectief: str) -> dict[str, int]:
    """notitie_sleutel -> nummer: 1, 2, … in display order (ordening), whatever the user ticks."""
    volgorde = [v for _, leden in ordening(vraagpunten, perspectief) for v in leden]
    return {notitie_sleutel(v): i for i, v in enumerate(volgorde, start=1)}
