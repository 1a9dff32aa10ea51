"""Reading the series (monitor.md § Input): saved `.bodcheck` files and bod workbooks, or a folder with
them (not searched below), into one assessed Jaargang per bodjaar, oldest first.

    lees(paden, woonvisie, peildatum, perspectief) -> ([Jaargang], [Melding])    raises MonitorFout

Exit-2 problems (nothing usable, another corporatie or gemeente, two assessments of one bodjaar, a file
that cannot be read) raise MonitorFout with one Dutch line per problem, naming the files. A workbook whose
assessment is also present as a `.bodcheck` (the sha256 the `.bodcheck` recorded) is skipped with an
`info` melding, and so is a second copy of the same file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from bodcheck import beoordeling, pipeline
from bodcheck.afspraken.model import Afspraak
from bodcheck.model import Instellingen, Invoer, Melding, Notitie
from bodcheck.monitor.model import Jaargang
from bodcheck.samen.lezen import inventaris, is_woonvisie
from bodcheck.veilig import terminal


class MonitorFout(Exception):
    """The series cannot be used; each line is one Dutch message naming the file(s)."""

    def __init__(self, regels: list[str]):
        super().__init__("\n".join(regels))
        self.regels = regels


@dataclasses.dataclass
class _Gelezen:
    pad: Path
    sha256: str
    invoer: Invoer
    meldingen: list[Melding]
    instellingen: Instellingen
    notities: dict[str, Notitie]
    bod_sha256: str | None = None  # a .bodcheck: the workbook it was made from
    afspraken: tuple[Afspraak, ...] = ()  # a .bodcheck: the afspraken taken over from a row


def bestanden(paden: Sequence[str | Path]) -> tuple[list[Path], list[str], list[Melding]]:
    """The files to read: each path itself, or the `.bodcheck` files and workbooks directly in a folder.
    Returns the files, the problems (a path that does not exist, an empty folder) and an `info` or
    `waarschuwing` melding for every file of a folder that is skipped (bodcheck's own outputs, lock files,
    hidden files, links to outside the folder: the folder rules of every command, samen.lezen.inventaris)."""
    uit: list[Path] = []
    fouten: list[str] = []
    meldingen: list[Melding] = []
    for p in map(Path, paden):
        if p.is_dir():
            boeken, overgeslagen = inventaris(p)
            binnen = p.resolve()
            eigen = []
            for q in sorted(p.iterdir(), key=lambda q: q.name.casefold()):
                if q.suffix.lower() != beoordeling.EXTENSIE or q.name.startswith(".") or not q.is_file():
                    continue
                if q.is_symlink() and not q.resolve().is_relative_to(binnen):
                    continue  # inventaris says so: a link to outside the folder is refused
                eigen.append(q)
            # a .bodcheck is an input here, not an output to skip
            namen = {f"{terminal(q.name)} overgeslagen" for q in eigen}
            meldingen += [m for m in overgeslagen if not any(m.tekst.startswith(n) for n in namen)]
            if not eigen and not boeken:
                fouten.append(f"{p.name or p}: geen beoordelingen (.bodcheck) of werkboeken (.xlsx) in deze map")
            uit += eigen + boeken
        elif p.is_file():
            uit.append(p)
        else:
            fouten.append(f"{p.name or p}: bestand of map niet gevonden")
    return uit, fouten, meldingen


def _lees_bodcheck(pad: Path, sha: str) -> _Gelezen:
    try:
        b = beoordeling.openen(pad)
    except beoordeling.BeoordelingFout as e:
        raise MonitorFout([str(e)]) from None
    return _Gelezen(pad, sha, b.invoer, list(b.meldingen), b.instellingen, dict(b.notities),
                    b.bronbestanden.get("bod", {}).get("sha256"), tuple(b.afspraken))


def _lees_werkboeken(paden: list[Path], shas: dict[Path, str], woonvisie: Path | None) -> list[_Gelezen]:
    """Read the bod workbooks (with the woonvisie). Without `woonvisie`, one woonvisie workbook among them
    is used as it; its gemeente is checked by the reader."""
    alleen = {p: pipeline.lees(p) for p in paden}
    fouten = [x.regel_tekst() for _, meldingen in alleen.values() for x in meldingen if x.soort == "fout"]
    if fouten:
        raise MonitorFout(fouten)
    kandidaten = [p for p, (inv, _) in alleen.items() if is_woonvisie(inv)]
    if woonvisie is None and len(kandidaten) > 1:
        raise MonitorFout([f"meer dan één woonvisie-werkboek ({', '.join(p.name for p in kandidaten)}); kies er één "
                           "met --woonvisie"])
    wv = woonvisie or (kandidaten[0] if kandidaten else None)
    uit = []
    for p in paden:
        if p in kandidaten:
            continue
        inv, meldingen = pipeline.lees(p, wv) if wv is not None else alleen[p]
        fouten = [m.regel_tekst() for m in meldingen if m.soort == "fout"]
        if fouten:
            raise MonitorFout(fouten)
        uit.append(_Gelezen(p, shas[p], inv, meldingen, Instellingen(), {}))
    return uit


def lees(paden: Sequence[str | Path], woonvisie: str | Path | None, peildatum: dt.date,
         perspectief: str | None = None,
         open_: tuple[str, beoordeling.Beoordeling] | None = None) -> tuple[list[Jaargang], list[Melding]]:
    """`open_`: an assessment open in the app (its name and itself, saved or not) that joins the series."""
    gevonden, fouten, meldingen = bestanden(paden)
    if fouten:
        raise MonitorFout(fouten)
    wv = Path(woonvisie) if woonvisie is not None else None
    uniek: dict[str, Path] = {}
    shas: dict[Path, str] = {}
    for p in gevonden:
        if wv is not None and _zelfde(p, wv):
            continue
        try:
            sha = beoordeling._sha256(p)  # the digest the .bodcheck records for its workbook
        except OSError as e:
            raise MonitorFout([f"{p.name}: kan niet worden gelezen ({e.strerror or e})"]) from None
        if sha in uniek:
            meldingen.append(Melding("info", f"{p.name} is hetzelfde bestand als {uniek[sha].name} en is overgeslagen",
                                     bestand=p.name))
            continue
        uniek[sha] = p
        shas[p] = sha
    gelezen = [_lees_bodcheck(p, shas[p]) for p in shas if p.suffix.lower() == beoordeling.EXTENSIE]
    if open_ is not None:
        naam, b = open_
        gelezen.append(_Gelezen(Path(naam), "", b.invoer, list(b.meldingen), b.instellingen, dict(b.notities),
                                b.bronbestanden.get("bod", {}).get("sha256"), tuple(b.afspraken)))
    if gelezen and wv is not None and all(p.suffix.lower() == beoordeling.EXTENSIE for p in shas):
        raise MonitorFout([f"{wv.name}: een opgeslagen beoordeling bevat de woonvisie al; laat --woonvisie weg"])
    bekend = {g.bod_sha256: g.pad for g in gelezen if g.bod_sha256}
    boeken = []
    for p in shas:
        if p.suffix.lower() == beoordeling.EXTENSIE:
            continue
        if shas[p] in bekend:
            meldingen.append(Melding("info", f"{p.name} is overgeslagen: dezelfde beoordeling staat in "
                                             f"{bekend[shas[p]].name}", bestand=p.name))
            continue
        boeken.append(p)
    if boeken:
        gelezen += _lees_werkboeken(boeken, shas, wv)
    _controleer(gelezen)
    gelezen.sort(key=lambda g: g.invoer.bodjaar or 0)
    laatste = gelezen[-1].invoer.bodjaar
    jaargangen = []
    for g in gelezen:
        inst = dataclasses.replace(g.instellingen, perspectief=perspectief or g.instellingen.perspectief)
        # an earlier year is assessed as it stood then: at the latest on 1 January after its bodjaar
        bodjaar = g.invoer.bodjaar
        assert bodjaar is not None  # _controleer refused a file without one
        datum = peildatum if bodjaar == laatste else min(peildatum, dt.date(bodjaar + 1, 1, 1))
        r = pipeline.beoordeel_invoer(g.invoer, inst, datum, g.meldingen)
        jaargangen.append(Jaargang(g.pad.name, r, g.notities, g.afspraken))
    return jaargangen, meldingen


def _zelfde(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _controleer(gelezen: list[_Gelezen]) -> None:
    """Two or more assessments of one corporatie and gemeente, each bodjaar once."""
    if len(gelezen) < 2:
        namen = ", ".join(g.pad.name for g in gelezen) or "geen"
        raise MonitorFout([f"voor een terugblik over de jaren zijn minstens twee beoordelingen van verschillende "
                           f"bodjaren nodig; gevonden: {namen}"])
    fouten = [f"{g.pad.name}: het bodjaar ontbreekt (Algemeen, bodjaar)" for g in gelezen if g.invoer.bodjaar is None]
    eerste = gelezen[0]
    for g in gelezen[1:]:
        for wat, a, b in (("corporatie", eerste.invoer.corporatie, g.invoer.corporatie),
                          ("gemeente", eerste.invoer.gemeente, g.invoer.gemeente)):
            if a.strip().casefold() != b.strip().casefold():
                fouten.append(f"{g.pad.name} gaat over {wat} {b or '(leeg)'}, {eerste.pad.name} over {wat} "
                              f"{a or '(leeg)'}; een terugblik gaat over één corporatie in één gemeente")
    per_jaar: dict[int, Path] = {}
    for g in gelezen:
        j = g.invoer.bodjaar
        if j is None:
            continue
        if j in per_jaar:
            fouten.append(f"{per_jaar[j].name} en {g.pad.name} zijn allebei een beoordeling van het bod van {j}; "
                          "laat er één staan")
        per_jaar.setdefault(j, g.pad)
    if fouten:
        raise MonitorFout(fouten)
