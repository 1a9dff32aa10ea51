"""Earlier years linked to an assessment (monitor.md § Output, App): each link is the path and the sha256 of
an earlier `.bodcheck`, saved in the assessment (`Beoordeling.vorige_jaren`). A link is opened only when the
user asks for the view over the years, only if it is a regular file; a missing or changed file is reported,
never silently skipped.

    koppel(paden) -> ([{"pad", "sha256"}], [fout])       what "Vorige jaren koppelen…" saves
    controleer(links) -> ([Path], [Melding])              the files to read, and what is wrong with the others
    over_de_jaren(naam, beoordeling, peildatum) -> Monitor   the series of an open assessment and its links
    reeks_in_map(map_) -> (pad, Beoordeling)              "Map openen als reeks…": the latest year, the others linked
    terugblik(naam, beoordeling, peildatum, wederhoor) -> (blocks, [line])   the report's chapter over the years
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from bodcheck import beoordeling
from bodcheck.model import Melding
from bodcheck.monitor.lezen import MonitorFout
from bodcheck.monitor.model import Monitor


def koppel(paden: Sequence[str | Path]) -> tuple[list[dict[str, str]], list[str]]:
    links, fouten = [], []
    for p in map(Path, paden):
        if not p.is_file() or p.suffix.lower() != beoordeling.EXTENSIE:
            fouten.append(f"{p.name}: geen opgeslagen beoordeling (.bodcheck)")
            continue
        try:
            links.append({"pad": str(p.resolve()), "sha256": beoordeling._sha256(p)})
        except OSError as e:
            fouten.append(f"{p.name}: kan niet worden gelezen ({e.strerror or e})")
    return links, fouten


def controleer(links: list[dict[str, str]]) -> tuple[list[Path], list[Melding]]:
    paden: list[Path] = []
    meldingen: list[Melding] = []
    for link in links:
        p = Path(link["pad"])
        if not p.exists():
            meldingen.append(Melding("waarschuwing", f"het gekoppelde vorige jaar {p} is niet gevonden; het ontbreekt "
                                                     "in dit overzicht", bestand=p.name))
            continue
        if not p.is_file():
            meldingen.append(Melding("waarschuwing", f"het gekoppelde vorige jaar {p} is geen gewoon bestand en is "
                                                     "niet geopend", bestand=p.name))
            continue
        try:
            veranderd = beoordeling._sha256(p) != link["sha256"]
        except OSError as e:
            meldingen.append(Melding("waarschuwing", f"het gekoppelde vorige jaar {p} kan niet worden gelezen "
                                                     f"({e.strerror or e})", bestand=p.name))
            continue
        if veranderd:
            meldingen.append(Melding("waarschuwing", f"{p.name} is veranderd sinds het werd gekoppeld; dit overzicht "
                                                     "gebruikt de huidige inhoud", bestand=p.name))
        paden.append(p)
    return paden, meldingen


def over_de_jaren(naam: str, b: beoordeling.Beoordeling, peildatum: dt.date) -> Monitor:
    """The open assessment with its linked earlier years. Raises MonitorFout when the series cannot be used;
    the link problems are among the monitor's meldingen (and in the message when nothing is left)."""
    from bodcheck import monitor

    paden, meldingen = controleer(b.vorige_jaren)
    try:
        m = monitor.maak(paden, peildatum, perspectief=b.instellingen.perspectief, open_=(naam, b))
    except MonitorFout as e:
        raise MonitorFout([*(x.tekst for x in meldingen), *e.regels]) from None
    m.meldingen[:0] = meldingen
    return m


def reeks_in_map(map_: str | Path) -> tuple[Path, beoordeling.Beoordeling]:
    """The saved assessments in a folder (not below it) as a series: the one of the latest bodjaar, opened, with
    the others linked to it as earlier years (path and sha256, as "Vorige jaren koppelen…" saves them). The
    monitor checks the series itself (one corporatie and gemeente, each bodjaar once) when the view is shown.
    Raises MonitorFout (Dutch, naming the folder or file) when there are not two saved assessments."""
    from bodcheck.monitor.lezen import bestanden

    map_ = Path(map_)
    gevonden, fouten, _ = bestanden([map_])
    if fouten:
        raise MonitorFout(fouten)
    paden = [p for p in gevonden if p.suffix.lower() == beoordeling.EXTENSIE]
    if len(paden) < 2:
        raise MonitorFout([f"{map_.name}: voor een reeks zijn minstens twee bewaarde beoordelingen (.bodcheck) van "
                           f"verschillende jaren nodig; gevonden: {len(paden)}. Bewaar het bod van elk jaar eerst "
                           "als beoordeling."])
    geopend = []
    for p in paden:
        try:
            geopend.append((p, beoordeling.openen(p)))
        except beoordeling.BeoordelingFout as e:
            raise MonitorFout([str(e)]) from None
    pad, laatste = max(geopend, key=lambda x: (x[1].invoer.bodjaar or 0, x[0].name))
    links, fouten = koppel([p for p, _ in geopend if p != pad])
    if fouten:
        raise MonitorFout(fouten)
    bekend = {x["pad"] for x in laatste.vorige_jaren}
    laatste.vorige_jaren.extend(x for x in links if x["pad"] not in bekend)
    return pad, laatste


def terugblik(naam: str, b: beoordeling.Beoordeling, peildatum: dt.date,
              wederhoor: bool = False) -> tuple[tuple, list[str]]:
    """The beoordelingsrapport's short chapter over the years when earlier years are linked (monitor.md § Output):
    the blocks of bodcheck.monitor.rapport.kort, and what is wrong as Dutch lines (a missing or changed file; a
    series that cannot be used, then without the chapter). Reads the linked files now: only on the user's action
    (the report), as the command line and the app make it."""
    from bodcheck.monitor import rapport

    if not b.vorige_jaren:
        return (), []
    try:
        m = over_de_jaren(naam, b, peildatum)
    except MonitorFout as e:
        return (), [f"geen hoofdstuk over de jaren: {regel}" for regel in e.regels]
    return rapport.kort(m, wederhoor), [x.regel_tekst() for x in m.meldingen if x.soort != "info"]
