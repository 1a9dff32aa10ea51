"""Vraagpunten for the overleg: order, grouping by addressee, numbering, and the 15 printed in chapter 9.

Order (vraagpunten.md): grouped by addressee in perspective order (own party, beide, the other party), then
thema, then the JSON order (ernst first) — `bodcheck.vraagpunten.ordening`. Chapter 9 holds at most
`MAX_IN_HOOFDSTUK` vraagpunten the user takes to the overleg, the most important first when there are more;
the rest go to an appendix, numbered on. Nothing is hidden.
"""

from __future__ import annotations

from bodcheck import codes, vraagpunten
from bodcheck.model import Notitie, Vraagpunt, notitie_sleutel
from bodcheck.rapport.model import VraagpuntBlok

MAX_IN_HOOFDSTUK = 15
GROEP_TITELS = {
    "gemeente": "Vragen van de gemeente",
    "huurders": "Vragen van de huurdersorganisatie",
    "beide": "Vragen voor alle partijen (ook zorg en welzijn)",
    "overig": "Overige vragen",
}


def rapport_volgorde(punten: list[Vraagpunt], perspectief: str) -> list[tuple[str, Vraagpunt]]:
    """(group title, vraagpunt) in report order: vraagpunten.ordening (own party, beide, the other; thema)."""
    return [(GROEP_TITELS.get(partij, partij), v) for partij, leden in vraagpunten.ordening(punten, perspectief)
            for v in leden]


def nummeren(punten: list[Vraagpunt], perspectief: str, notities: dict[str, Notitie] | None,
             wederhoor: bool) -> tuple[list[VraagpuntBlok], list[VraagpuntBlok]]:
    """(chapter 9, appendix): numbered blocks. Notes are left out in the wederhoor version."""
    n = notities or {}
    return nummeren_geordend([(g, v, n) for g, v in rapport_volgorde(punten, perspectief)], wederhoor)


def nummeren_geordend(geordend: list[tuple[str, Vraagpunt, dict[str, Notitie]]],
                      wederhoor: bool) -> tuple[list[VraagpuntBlok], list[VraagpuntBlok]]:
    """(chapter, appendix) for (group title, vraagpunt, its notes) already in print order; the notes may differ
    per vraagpunt (a regio's joint report has a set per gemeente). At most MAX_IN_HOOFDSTUK of those to take
    along go to the chapter, the most important first; the rest keep their order and are numbered on."""
    rang = {id(v): i for i, v in enumerate(vraagpunten.sorteer(v for _, v, _ in geordend))}
    mee = sorted((v for _, v, n in geordend if n.get(notitie_sleutel(v), Notitie()).meenemen),
                 key=lambda v: rang[id(v)])
    gekozen = {id(v) for v in mee[:MAX_IN_HOOFDSTUK]}
    hoofd = [x for x in geordend if id(x[1]) in gekozen]
    rest = [x for x in geordend if id(x[1]) not in gekozen]
    blokken = [_blok(v, g, i, n, wederhoor) for i, (g, v, n) in enumerate([*hoofd, *rest], start=1)]
    return blokken[:len(hoofd)], blokken[len(hoofd):]


def _blok(v: Vraagpunt, groep: str, nummer: int, notities: dict[str, Notitie], wederhoor: bool) -> VraagpuntBlok:
    sleutel = notitie_sleutel(v)
    n = notities.get(sleutel, Notitie())
    return VraagpuntBlok(
        nummer=nummer, id=v.id, ernst=v.ernst, thema=codes.THEMA_LABEL.get(v.thema, v.thema), partij=v.partij,
        groep=groep, vraag=v.vraag, waarom=v.toelichting, bronnen=tuple(v.bronnen),
        basis=v.basis, sleutel=sleutel, meenemen=n.meenemen,
        notitie="" if wederhoor else n.notitie.strip(),
        antwoord="" if wederhoor else n.antwoord.strip(),
        afspraak="" if wederhoor else n.afspraak.strip(),
    )
