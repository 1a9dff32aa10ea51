"""Vraagpunten for the overleg: order, grouping by addressee, numbering, and the 15 printed in chapter 9.

Order (vraagpunten.md § Revisions 2): grouped by adressaat with the headings for the perspective, then thema,
ernst and registry order — `bodcheck.vraagpunten.ordening`; the numbers are `vraagpunten.nummers`, the same
in the app and the JSON and independent of what is ticked. The chapter holds at most `MAX_IN_HOOFDSTUK`
vraagpunten the user takes to the overleg; the rest are listed by number and title (in full in the
appendix with --bijlagen). Nothing is hidden.
"""

from __future__ import annotations

import re

from bodcheck import bronnen, codes, vraagpunten
from bodcheck.afspraken.verzamelen import als_regel
from bodcheck.model import Notitie, Vraagpunt, notitie_sleutel
from bodcheck.rapport.model import VraagpuntBlok

MAX_IN_HOOFDSTUK = 15


def rapport_volgorde(punten: list[Vraagpunt], perspectief: str) -> list[tuple[str, Vraagpunt]]:
    """(group heading, vraagpunt) in display order: vraagpunten.ordening (by adressaat; thema, ernst)."""
    return [(vraagpunten.groep_kop(adressaat, perspectief), v)
            for adressaat, leden in vraagpunten.ordening(punten, perspectief) for v in leden]


def nummeren(punten: list[Vraagpunt], perspectief: str, notities: dict[str, Notitie] | None,
             wederhoor: bool) -> tuple[list[VraagpuntBlok], list[VraagpuntBlok]]:
    """(chapter, the rest): numbered blocks. Notes are left out in the wederhoor version."""
    n = notities or {}
    nummers = vraagpunten.nummers(punten, perspectief)
    return nummeren_geordend([(g, v, n) for g, v in rapport_volgorde(punten, perspectief)], wederhoor, nummers)


def nummeren_geordend(geordend: list[tuple[str, Vraagpunt, dict[str, Notitie]]], wederhoor: bool,
                      nummers: dict[str, int] | None = None) -> tuple[list[VraagpuntBlok], list[VraagpuntBlok]]:
    """(chapter, rest) for (group heading, vraagpunt, its notes) already in display order; the notes may differ
    per vraagpunt (a regio's joint report has a set per gemeente). Every vraagpunt keeps its number
    (`nummers`, else its place in `geordend`), whatever is ticked: a list that leaves some out has gaps.
    At most MAX_IN_HOOFDSTUK of those to take along go to the chapter, the most important first; the
    chapter prints them in display order."""
    nummer_van = {id(v): (nummers or {}).get(notitie_sleutel(v), i) for i, (_, v, _) in enumerate(geordend, start=1)}
    rang = {id(v): i for i, v in enumerate(vraagpunten.sorteer(v for _, v, _ in geordend))}
    mee = sorted((v for _, v, n in geordend if n.get(notitie_sleutel(v), Notitie()).meenemen),
                 key=lambda v: rang[id(v)])
    gekozen = {id(v) for v in mee[:MAX_IN_HOOFDSTUK]}
    titels = titels_met_scope([v for _, v, _ in geordend])
    hoofd = [_blok(v, g, nummer_van[id(v)], n, wederhoor, titels[id(v)]) for g, v, n in geordend if id(v) in gekozen]
    rest = [_blok(v, g, nummer_van[id(v)], n, wederhoor, titels[id(v)]) for g, v, n in geordend
            if id(v) not in gekozen]
    return hoofd, rest


def _scope_delen(sleutel: str) -> list[str]:
    """A finding's scope in words: the label's parts (tak, ratio, year, the code's description), and a gemeente
    or corporatie name or "regio" as it stands in the sleutel (never a code name)."""
    delen: list[str] = []
    for deel in re.split(r"[|/:,;]+", sleutel or ""):
        deel = deel.strip()
        if not deel:
            continue
        woorden = vraagpunten._scope(deel)
        if woorden:
            delen.extend(woorden)
        elif deel == "regio":
            delen.append("hele regio")
        elif deel[:1].isupper() and "_" not in deel:
            delen.append(deel)
    return delen


def titels_met_scope(punten: list[Vraagpunt]) -> dict[int, str]:
    """id(vraagpunt) → the title to print in a list. Titles in one list are unique (review finding 11): where
    several findings share a title, each carries what tells them apart ("Rentedekking (ICR) daalt (DAEB)",
    "Regionale opgave: wie neemt welk deel (Aaberg · Sociale huurwoningen opgeleverd)")."""
    per_titel: dict[str, list[Vraagpunt]] = {}
    uit: dict[int, str] = {}
    for v in punten:
        if v.titel:
            per_titel.setdefault(v.titel, []).append(v)
        else:
            uit[id(v)] = v.titel
    for titel, broers in per_titel.items():
        if len(broers) == 1:
            uit[id(broers[0])] = broers[0].titel
            continue
        gemeen = set.intersection(*(set(_scope_delen(b.sleutel)) for b in broers))
        for i, b in enumerate(broers, start=1):
            scope = " · ".join(d for d in _scope_delen(b.sleutel) if d not in gemeen)
            scope = scope or b.label.partition(' · ')[2] or str(i)
            # a scope with brackets of its own ("hele corporatie (TI)") follows a comma, never nested brackets
            uit[id(b)] = f"{titel}, {scope}" if "(" in scope else f"{titel} ({scope})"
    return uit


def _blok(v: Vraagpunt, groep: str, nummer: int, notities: dict[str, Notitie], wederhoor: bool,
          titel: str | None = None) -> VraagpuntBlok:
    sleutel = notitie_sleutel(v)
    n = notities.get(sleutel, Notitie())
    return VraagpuntBlok(
        nummer=nummer, id=v.label or v.id, ernst=v.ernst, thema=codes.THEMA_LABEL.get(v.thema, v.thema), partij=v.partij,
        groep=groep, vraag=v.vraag, waarom=v.toelichting, bronnen=tuple(v.bronnen),
        basis=bronnen.in_woorden(v.basis), sleutel=sleutel, meenemen=n.meenemen,
        titel=v.titel if titel is None else titel, adressaat=v.adressaat,
        notitie="" if wederhoor else n.notitie.strip(),
        antwoord="" if wederhoor else n.antwoord.strip(),
        afspraak="" if wederhoor else (n.afspraak.strip() or als_regel(n.afspraken)),
    )
