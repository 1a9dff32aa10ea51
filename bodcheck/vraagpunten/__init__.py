"""Vraagpunten: the rules that turn data into questions for the overleg (vraagpunten.md).

    beoordeel(invoer, berekend, vergelijking, afgeleid, peildatum) -> ([Vraagpunt], [Melding])
        runs every rule of the registry in order; a rule that raises becomes a Melding(soort="intern")
        naming the rule, and the others still run. JSON order: (ernst, thema, registry order, first bron).
    ordening(vraagpunten, perspectief) -> [(partij, [Vraagpunt])]
        screen and report grouping: own party, beide, the other; then thema; never hides a finding.
    REGISTER: the ordered rules, each with id, naam, thema, ernst, partij and basis.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from bodcheck import codes
from bodcheck.model import Afgeleid, Berekend, Invoer, Melding, Vergelijking, Vraagpunt
from bodcheck.vraagpunten import uitvoering
from bodcheck.vraagpunten.kader import Context, Regel
from bodcheck.vraagpunten.register import REGISTER

__all__ = ["REGISTER", "beoordeel", "ordening", "sorteer"]

PERSPECTIEVEN = ("gemeente", "huurders")


def sorteer(vraagpunten: Iterable[Vraagpunt], register: Sequence[Regel[Any]] = REGISTER) -> list[Vraagpunt]:
    """JSON order: (ernst hoog → info, thema in codes.THEMAS order, registry order, first bron)."""
    return uitvoering.sorteer(vraagpunten, register)


def beoordeel(invoer: Invoer, berekend: Berekend | None, vergelijking: list[Vergelijking],
              afgeleid: Afgeleid, peildatum: dt.date,
              register: Sequence[Regel[Context]] = REGISTER) -> tuple[list[Vraagpunt], list[Melding]]:
    """Run every rule; returns the findings in JSON order and the `intern` meldingen of rules that raised."""
    return uitvoering.voer_uit(register, Context(invoer, berekend, vergelijking, afgeleid, peildatum))


def ordening(vraagpunten: Iterable[Vraagpunt], perspectief: str) -> list[tuple[str, list[Vraagpunt]]]:
    """Groups by addressee in perspective order (own party, beide, the other), then thema, then JSON order.
    Empty groups are left out; every finding appears exactly once."""
    eigen = perspectief if perspectief in PERSPECTIEVEN else "gemeente"
    ander = "huurders" if eigen == "gemeente" else "gemeente"
    thema = {t: i for i, t in enumerate(codes.THEMAS)}
    json_volgorde = sorteer(vraagpunten)
    positie = {id(v): i for i, v in enumerate(json_volgorde)}
    groepen = []
    for partij in (eigen, "beide", ander):
        leden = sorted((v for v in json_volgorde if v.partij == partij),
                       key=lambda v: (thema.get(v.thema, 99), positie[id(v)]))
        if leden:
            groepen.append((partij, leden))
    bekend = {eigen, "beide", ander}
    overig = [v for v in json_volgorde if v.partij not in bekend]
    if overig:
        groepen.append(("overig", overig))
    return groepen
