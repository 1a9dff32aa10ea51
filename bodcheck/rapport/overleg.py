"""Vraagpunten for the overleg: order, grouping by addressee, numbering, and the 15 printed in chapter 9.

Order (vraagpunten.md § Revisions 2): grouped by adressaat with the headings for the perspective, then thema,
ernst and registry order — `bodcheck.vraagpunten.ordening`; the numbers are `vraagpunten.nummers`, the same
in the app and the JSON and independent of what is ticked. The chapter holds at most `MAX_IN_HOOFDSTUK`
vraagpunten the user takes to the overleg; the rest are listed by number and title (in full in the
appendix with --bijlagen). Nothing is hidden.
"""

from __future__ import annotations

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
    hoofd = [_blok(v, g, nummer_van[id(v)], n, wederhoor) for g, v, n in geordend if id(v) in gekozen]
    rest = [_blok(v, g, nummer_van[id(v)], n, wederhoor) for g, v, n in geordend if id(v) not in gekozen]
    return hoofd, rest


def _blok(v: Vraagpunt, groep: str, nummer: int, notities: dict[str, Notitie], wederhoor: bool) -> VraagpuntBlok:
    sleutel = notitie_sleutel(v)
    n = notities.get(sleutel, Notitie())
    return VraagpuntBlok(
        nummer=nummer, id=v.label or v.id, ernst=v.ernst, thema=codes.THEMA_LABEL.get(v.thema, v.thema), partij=v.partij,
        groep=groep, vraag=v.vraag, waarom=v.toelichting, bronnen=tuple(v.bronnen),
        basis=bronnen.in_woorden(v.basis), sleutel=sleutel, meenemen=n.meenemen, titel=v.titel, adressaat=v.adressaat,
        notitie="" if wederhoor else n.notitie.strip(),
        antwoord="" if wederhoor else n.antwoord.strip(),
        afspraak="" if wederhoor else (n.afspraak.strip() or als_regel(n.afspraken)),
    )
