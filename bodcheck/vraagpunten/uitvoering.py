"""The one rule runner, for the rules on one bod and for the joint gemeente and regio rules.

    voer_uit(register, ctx) -> ([Vraagpunt], [Melding])        (uitkomsten: the same, unsorted)
        runs every rule in `register` on `ctx`; a rule that raises becomes a Melding(soort="intern") naming
        the rule, and the others still run. What the rules report missing (`Ontbreekt`) is collected and
        handed to the rules made with `na_ontbrekend=True` (P16), which run after the others.
    sorteer(vraagpunten, register) -> [Vraagpunt]
        JSON order: (ernst hoog → info, thema in codes.THEMAS order, registry order, first bron); rules not
        in `register` after those that are, by id.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence

from bodcheck import codes
from bodcheck.model import Melding, Vraagpunt
from bodcheck.vraagpunten import titels
from bodcheck.vraagpunten.kader import ERNSTEN, Bevinding, C, Context, Ontbreekt, Regel

Sorteersleutel = tuple[int, int, int, str, str, str, str]


def vraagpunt(r: Regel[C], b: Bevinding) -> Vraagpunt:
    """The finding with the rule's metadata; the finding's own ernst, thema and adressaat win over the rule's."""
    return Vraagpunt(
        id=r.id, naam=r.naam, ernst=b.ernst or r.ernst, thema=b.thema or r.thema, partij=r.partij,
        vraag=b.vraag, toelichting=b.toelichting, bronnen=tuple(b.bronnen), basis=r.basis, sleutel=b.sleutel,
        titel=titels.titel(r.id), adressaat=b.adressaat or titels.adressaat(r.id), label=r.id,
        waarden=tuple(b.waarden),
    )


def sorteersleutel(register: Sequence[Regel[C]]) -> Callable[[Vraagpunt], Sorteersleutel]:
    ernst = {e: i for i, e in enumerate(ERNSTEN)}
    thema = {t: i for i, t in enumerate(codes.THEMAS)}
    volgorde = {r.id: i for i, r in enumerate(register)}

    def sleutel(v: Vraagpunt) -> Sorteersleutel:
        # a rule of another register (a joint finding sorted with the bod's) goes after, by id: the joint
        # registers list their rules in id order (a test checks), so this is their registry order too
        return (ernst.get(v.ernst, 9), thema.get(v.thema, 99), volgorde.get(v.id, 999), v.id,
                v.bronnen[0] if v.bronnen else "", v.sleutel, v.vraag)

    return sleutel


def sorteer(vraagpunten: Iterable[Vraagpunt], register: Sequence[Regel[C]]) -> list[Vraagpunt]:
    return sorted(vraagpunten, key=sorteersleutel(register))


def _met_ontbrekend(ctx: C, ontbrekend: list[Ontbreekt]) -> C:
    """`ctx` with what the rules found missing, per thema in the order found, each (blad, code) once."""
    if not isinstance(ctx, Context):
        raise TypeError(f"regels met na_ontbrekend vragen een Context, geen {type(ctx).__name__}")
    per_thema: dict[str, list[tuple[str, str]]] = {}
    for o in ontbrekend:
        lijst = per_thema.setdefault(o.thema_of_proces, [])
        if (o.blad, o.code) not in lijst:
            lijst.append((o.blad, o.code))
    return dataclasses.replace(ctx, ontbrekend={t: tuple(v) for t, v in per_thema.items()})


def voer_uit(register: Sequence[Regel[C]], ctx: C) -> tuple[list[Vraagpunt], list[Melding]]:
    """Run every rule; returns the findings in JSON order and the `intern` meldingen of rules that raised."""
    punten, meldingen = uitkomsten(register, ctx)
    return sorteer(punten, register), meldingen


def uitkomsten(register: Sequence[Regel[C]], ctx: C) -> tuple[list[Vraagpunt], list[Melding]]:
    """As `voer_uit`, with the findings in the order the rules gave them (before sorting)."""
    punten: list[Vraagpunt] = []
    meldingen: list[Melding] = []
    ontbrekend: list[Ontbreekt] = []
    eerst = [r for r in register if not r.na_ontbrekend]
    daarna = [r for r in register if r.na_ontbrekend]
    for fase, regels in enumerate((eerst, daarna)):
        context = _met_ontbrekend(ctx, ontbrekend) if fase == 1 and regels else ctx
        for r in regels:
            try:
                gevonden = r(context)
            except Exception as fout:  # a bug in one rule must not stop the others
                meldingen.append(Melding("intern", f"Regel {r.id} ({r.naam}) faalde: {type(fout).__name__}: {fout}",
                                         regel=r.id))
                continue
            punten += [vraagpunt(r, u) for u in gevonden if isinstance(u, Bevinding)]
            ontbrekend += [u for u in gevonden if isinstance(u, Ontbreekt)]
    return punten, meldingen
