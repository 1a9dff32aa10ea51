"""Reading a gemeente folder (several bods and one woonvisie) and a regio folder.

    lees_map(map, woonvisie=None) -> ([BodBestand], Invoer | None, [Melding])
    werkboeken(map) -> [Path]            the .xlsx files a folder holds that bodcheck reads
    inventaris(map) -> ([Path], [Melding])   the same, with a melding for every file skipped
    lees_map(..., voortgang)             voortgang(i, n, bestandsnaam) before each workbook is read
    is_woonvisie(invoer) -> bool         Algemeen + Woonvisie, no Bod and no Prognose

All reading goes through bodcheck.pipeline.lees, so a bod read with the woonvisie gets exactly what
`bodcheck beoordeel BOD --woonvisie WV` gets (targets attached, bronnen prefixed with the file name,
the gemeente check of the reader).
"""

from __future__ import annotations

import dataclasses
import re
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from bodcheck import opmaak, pipeline
from bodcheck.model import Doel, Invoer, Melding
from bodcheck.namen import vergelijk as vergelijk_naam
from bodcheck.samen.model import BodBestand
from bodcheck.vraagpunten.kader import opsomming

OPTELBARE_EENHEDEN = frozenset({"aantal", "personen", "bedrag"})


MAX_WERKBOEKEN = 100  # per folder: a gemeente has a handful of corporaties, a regio a few dozen gemeenten
EIGEN_UITVOER = (".json", ".pdf", ".bodcheck", ".bodcheck~")


def werkboeken(map_: Path) -> list[Path]:
    """Every .xlsx in the folder itself (not below) that bodcheck reads, sorted by name (see `inventaris`)."""
    return inventaris(map_)[0]


def inventaris(map_: Path) -> tuple[list[Path], list[Melding]]:
    """The workbooks in the folder itself that bodcheck reads, sorted by name, and an `info` or `waarschuwing`
    melding for every file it skips: bodcheck's own outputs (its Excel export, JSON, PDF, .bodcheck and
    temporary files), Excel's lock files, hidden files, other kinds of file, anything that is not a regular
    file, and links pointing outside the folder (refused). More than MAX_WERKBOEKEN workbooks is a `fout`."""
    from bodcheck.atomair import is_tijdelijk
    from bodcheck.invoerpad import probleem
    from bodcheck.veilig import terminal

    meldingen: list[Melding] = []
    paden: list[Path] = []
    try:
        binnen = map_.resolve()
        inhoud = sorted(map_.iterdir(), key=lambda p: p.name.casefold())
    except OSError as e:
        return [], [_fout(f"map {terminal(map_.name)} kan niet worden gelezen ({e.strerror or e})")]

    def sla_over(p: Path, reden: str, soort: str = "info") -> None:
        meldingen.append(Melding(soort, f"{terminal(p.name)} overgeslagen: {reden}"))

    for p in inhoud:
        if p.is_dir() and not p.is_symlink():
            continue  # gemeente folders of a regio; read by the regio reader
        if p.is_symlink():
            try:
                doel = p.resolve(strict=True)
            except (OSError, RuntimeError):
                sla_over(p, "de koppeling wijst naar niets", "waarschuwing")
                continue
            if not doel.is_relative_to(binnen):
                sla_over(p, "een koppeling naar een bestand buiten de map wordt niet gelezen", "waarschuwing")
                continue
        naam = p.name
        if is_tijdelijk(naam):
            sla_over(p, "een tijdelijk bestand van bodcheck")
        elif naam.startswith("~$"):
            sla_over(p, "een vergrendelbestand van Excel")
        elif naam.startswith("."):
            sla_over(p, "een verborgen bestand")
        elif naam.lower().endswith(EIGEN_UITVOER):
            sla_over(p, "uitvoer van bodcheck (rapport, JSON of beoordeling), geen werkboek")
        elif p.suffix.lower() != ".xlsx":
            sla_over(p, "geen Excel-werkboek (.xlsx)")
        elif (reden := probleem(p)) is not None:
            sla_over(p, reden, "waarschuwing")
        elif _is_eigen_export(p):
            sla_over(p, "een Excel-export van bodcheck, geen bod of woonvisie")
        else:
            paden.append(p)
    if len(paden) > MAX_WERKBOEKEN:
        return [], [_fout(f"de map {terminal(map_.name)} bevat {len(paden)} werkboeken; bodcheck leest er hoogstens "
                          f"{MAX_WERKBOEKEN} per map. Zet alleen de bods en de woonvisie van één gemeente in de map")]
    return paden, meldingen


_MAKER = re.compile(rb"<(?:\w+:)?creator\b[^>]*>\s*bodcheck\b")
_BLAD = re.compile(rb"<(?:\w+:)?sheet\b[^>]*\bname=\"([^\"]*)\"")


def _is_eigen_export(p: Path) -> bool:
    """bodcheck's Excel export: made by bodcheck and without an Algemeen sheet (a filled-in template keeps
    its Algemeen). Read from two small zip members only."""
    try:
        with zipfile.ZipFile(p) as z:
            kern = z.open("docProps/core.xml").read(65536)
            if not _MAKER.search(kern):
                return False
            boek = z.open("xl/workbook.xml").read(1024 * 1024)
    except (OSError, KeyError, zipfile.BadZipFile, RuntimeError, ValueError, EOFError, zlib.error):
        return False
    return not any(b.decode("utf-8", "replace").strip().casefold() == "algemeen" for b in _BLAD.findall(boek))


def is_woonvisie(invoer: Invoer) -> bool:
    """A gemeente's own workbook: a Woonvisie sheet and neither a Bod nor a Prognose sheet."""
    return invoer.woonvisie is not None and invoer.bod is None and not invoer.prognoses


def _uniek(meldingen: list[Melding]) -> list[Melding]:
    """Drop exact repeats (a woonvisie read once per bod reports its warnings once)."""
    gezien: set[Melding] = set()
    uit = []
    for m in meldingen:
        if m not in gezien:
            gezien.add(m)
            uit.append(m)
    return uit


def _fout(tekst: str, bestand: str | None = None) -> Melding:
    return Melding("fout", tekst, bestand=bestand)


def _zelfde(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _stil(stap: int, van: int, naam: str) -> None:
    return None


def lees_map(map_: str | Path, woonvisie: str | Path | None = None,
             voortgang: Callable[[int, int, str], None] = _stil) -> tuple[list[BodBestand], Invoer | None,
                                                                          list[Melding]]:
    """Read every bod workbook in `map_` and the woonvisie (the `woonvisie` path, else the one woonvisie
    workbook found in the folder). Problems are meldingen; any `fout` makes the folder unusable.

    Rules: no .xlsx at all is a fout; more than one woonvisie workbook without `woonvisie` is a fout; all
    bods must concern the same gemeente (a fout names both files); two bods of the same corporatie are a
    fout (they would be counted twice); different bodjaren are a waarschuwing."""
    map_ = Path(map_)
    if not map_.is_dir():
        return [], None, [_fout(f"map {map_} bestaat niet of is geen map")]
    wv_pad = Path(woonvisie) if woonvisie is not None else None
    alle, overgeslagen = inventaris(map_)
    if any(m.soort == "fout" for m in overgeslagen):
        return [], None, overgeslagen
    paden = [p for p in alle if wv_pad is None or not _zelfde(p, wv_pad)]
    if not paden:
        return [], None, [*overgeslagen, _fout(f"geen werkboeken (.xlsx) gevonden in de map {map_.name or map_}; "
                                               "zet er de bods van de corporaties in (en eventueel de woonvisie)")]
    meldingen: list[Melding] = list(overgeslagen)
    gelezen: list[tuple[Path, Invoer, list[Melding]]] = []
    for i, p in enumerate(paden, start=1):
        voortgang(i, len(paden), p.name)
        inv, m = pipeline.lees(p)
        gelezen.append((p, inv, m))
    onleesbaar = [(p, m) for p, _, m in gelezen if any(x.soort == "fout" for x in m)]
    for _, m in onleesbaar:
        meldingen += m
    leesbaar = [(p, inv, m) for p, inv, m in gelezen if not any(x.soort == "fout" for x in m)]

    kandidaten = [(p, inv, m) for p, inv, m in leesbaar if is_woonvisie(inv)]
    bods = [(p, inv, m) for p, inv, m in leesbaar if not is_woonvisie(inv)]
    wv_invoer: Invoer | None = None
    if wv_pad is not None:
        wv_invoer, wv_meldingen = pipeline.lees(wv_pad)
        meldingen += wv_meldingen
        if not any(x.soort == "fout" for x in wv_meldingen) and wv_invoer.woonvisie is None:
            meldingen.append(_fout("blad Woonvisie ontbreekt in het woonvisie-werkboek", wv_pad.name))
        for p, _, _ in kandidaten:
            meldingen.append(Melding("waarschuwing", f"{p.name} is ook een woonvisie-werkboek; het wordt niet gebruikt "
                                     f"omdat --woonvisie {wv_pad.name} is opgegeven", bestand=p.name))
    elif len(kandidaten) > 1:
        namen = ", ".join(p.name for p, _, _ in kandidaten)
        meldingen.append(_fout(f"meer dan één woonvisie-werkboek in de map ({namen}); kies er één met --woonvisie"))
    elif kandidaten:
        wv_pad, wv_invoer, wv_meldingen = kandidaten[0]
        meldingen += wv_meldingen

    if not bods and not onleesbaar:
        meldingen.append(_fout(f"geen bod in de map {map_.name or map_}: geen werkboek met een blad Bod of Prognose"))

    # one gemeente per folder, one bod per corporatie
    eerste: tuple[Path, str] | None = None
    corporaties: dict[str, Path] = {}
    for p, inv, _ in bods:
        g = inv.gemeente.strip()
        v = vergelijk_naam(g, eerste[1], "gemeente") if eerste is not None else None
        if eerste is None:
            eerste = (p, g)
        elif v is not None and v.soort == "waarschuwing":
            meldingen.append(Melding("waarschuwing", f"{p.name}: {v.tekst}", bestand=p.name))
        elif v is None or v.soort == "fout":
            meldingen.append(_fout(f"{p.name} is een bod aan gemeente {g}, {eerste[0].name} aan gemeente "
                                   f"{eerste[1]}; een map hoort bij één gemeente", p.name))
        c = inv.corporatie.strip().casefold()
        if c and c in corporaties:
            meldingen.append(_fout(f"{p.name} en {corporaties[c].name} zijn allebei een bod van {inv.corporatie}; laat "
                                   "er één in de map staan, anders telt het bod dubbel", p.name))
        corporaties.setdefault(c, p)
    bodjaren = sorted({inv.bodjaar for _, inv, _ in bods if inv.bodjaar is not None})
    if len(bodjaren) > 1:
        meldingen.append(Melding("waarschuwing", "de bods hebben verschillende bodjaren ("
                                 + ", ".join(str(j) for j in bodjaren) + "); bodcheck telt ze per jaar op"))

    if any(m.soort == "fout" for m in meldingen):
        return [BodBestand(p, inv, tuple(m)) for p, inv, m in bods], wv_invoer, _uniek(meldingen)

    uit: list[BodBestand] = []
    for p, inv, m in bods:
        if wv_pad is not None:  # read again with the woonvisie: targets attached, bronnen with file names
            inv, m = pipeline.lees(p, wv_pad)
        meldingen += m
        uit.append(BodBestand(p, inv, tuple(m)))
    if len(uit) > 1:
        meldingen += _aandeel_per_rij(uit)
    return uit, wv_invoer, _uniek(meldingen)


def _aandeel_per_rij(bods: list[BodBestand]) -> list[Melding]:
    """A woonvisie row's `aandeel_corporatie` names one corporatie's part; with several corporaties in the
    folder it cannot say whose. On additive targets it is dropped from each bod's copy, so each corporatie is
    assessed naar rato van bezit (vraagpunten.md § Vergelijking), with one waarschuwing that names the targets in
    words, their rows, and the woonvisie's file and first cell (the Cel and Bestand columns of the app)."""
    rijen: dict[str, Doel] = {}
    for b in bods:
        doelen = b.invoer.woonvisie or []
        nieuw = []
        for d in doelen:
            if d.aandeel_corporatie is not None and d.eenheid in OPTELBARE_EENHEDEN:
                rijen.setdefault(str(d.bron), d)
                d = dataclasses.replace(d, aandeel_corporatie=None)
            nieuw.append(d)
        b.invoer.woonvisie = nieuw if b.invoer.woonvisie is not None else None
    if not rijen:
        return []
    doelen = list(rijen.values())
    namen = opsomming(list(dict.fromkeys(opmaak.in_zin(d.omschrijving or d.code) for d in doelen)))
    nummers = opsomming([str(d.rij) for d in doelen if d.rij])
    waar = f"kolom aandeel_corporatie, {'rij' if len(doelen) == 1 else 'rijen'} {nummers}" if nummers \
        else "kolom aandeel_corporatie"
    return [Melding("waarschuwing",
                    f"De woonvisie geeft bij {namen} een deel voor één corporatie ({waar}); met {len(bods)} "
                    "corporaties in de map rekent bodcheck elke corporatie naar rato van bezit.",
                    bron=doelen[0].bron, bestand=doelen[0].bron.bestand)]


def invoerbestanden(map_: str | Path) -> list[Path]:
    """Every file a `gemeente` or `regio` run may read in `map_` (and its gemeente folders): the outputs of the
    run are compared against these before anything is read."""
    map_ = Path(map_)
    uit: list[Path] = []
    try:
        for p in map_.iterdir():
            if p.is_file():
                uit.append(p)
            elif p.is_dir():
                uit += [q for q in p.iterdir() if q.is_file()]
    except OSError:
        pass
    return uit
