"""Assessing a gemeente folder (several corporaties) and a regio folder (several gemeenten).

    beoordeel_gemeente(map, woonvisie=None, peildatum=None, instellingen=None) -> GemeenteResultaat
    beoordeel_regio(map, peildatum=None, instellingen=None) -> RegioResultaat

A problem in the user's data is a Melding; with any `fout` nothing is computed (check `.fouten`), like
pipeline.beoordeel. The peildatum is an argument (default 1 January after the first bod's bodjaar).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from bodcheck import pipeline
from bodcheck.model import Doel, Instellingen, Invoer, Melding
from bodcheck.samen import regels
from bodcheck.samen.lezen import MAX_WERKBOEKEN, inventaris, is_woonvisie, lees_map
from bodcheck.samen.model import (
    BodBestand,
    CorporatieDeel,
    GemeenteDeel,
    GemeenteResultaat,
    RegioDoel,
    RegioResultaat,
    SamenDoel,
)
from bodcheck.samen.optellen import Deel, aandelen, met_bestand, optelbaar, vergelijk_samen
from bodcheck.vergelijking import CONTEXT_DOELEN, bod_code, in_woorden, som_jaren
from bodcheck.vraagpunten import uitvoering


def _peildatum(peildatum: dt.date | None, bods: list[BodBestand]) -> dt.date:
    if peildatum is not None:
        return peildatum
    jaren = [b.invoer.bodjaar for b in bods if b.invoer.bodjaar is not None]
    return dt.date((min(jaren) if jaren else 2026) + 1, 1, 1)


def _getal(x: object) -> float | None:
    return float(x) if isinstance(x, int | float) and not isinstance(x, bool) else None


def _gemeente_naam(bods: list[BodBestand], wv: Invoer | None, map_: Path) -> str:
    for inv in [*(b.invoer for b in bods), *([wv] if wv is not None else [])]:
        if inv.gemeente.strip():
            return inv.gemeente.strip()
    return map_.name


def _sociale_voorraad(bods: list[BodBestand], wv: Invoer | None, wv_naam: str | None) -> tuple[float | None, str | None,
                                                                                                list[Melding]]:
    """Algemeen.sociale_voorraad_gemeente: the woonvisie's (the gemeente's own figure) first, else the bods'
    when they agree; a disagreement between bods without a woonvisie figure is a waarschuwing."""
    if wv is not None and _getal(wv.veld("sociale_voorraad_gemeente")):
        bron = wv.veld_bron("sociale_voorraad_gemeente")
        return _getal(wv.veld("sociale_voorraad_gemeente")), met_bestand(str(bron or ""), wv_naam or ""), []
    waarden = [(b, _getal(b.invoer.algemeen["sociale_voorraad_gemeente"].waarde))
               for b in bods if "sociale_voorraad_gemeente" in b.invoer.algemeen]
    waarden = [(b, w) for b, w in waarden if w]
    if not waarden:
        return None, None, []
    meldingen = []
    if len({w for _, w in waarden}) > 1:
        meldingen.append(Melding(
            "waarschuwing", "de bods noemen verschillende aantallen sociale huurwoningen in de gemeente ("
            + ", ".join(f"{b.naam}: {w:.0f}" for b, w in waarden) + f"); bodcheck gebruikt {waarden[0][1]:.0f} uit "
            f"{waarden[0][0].naam}"))
    b, w = waarden[0]
    return w, met_bestand(str(b.invoer.veld_bron("sociale_voorraad_gemeente") or ""), b.naam), meldingen


def _doelen(wv: Invoer | None, bods: list[BodBestand]) -> list[Doel]:
    """The gemeente's targets: from the woonvisie workbook, else from the first bod that holds a Woonvisie."""
    if wv is not None and wv.woonvisie is not None:
        doelen = wv.woonvisie
    else:
        doelen = next((b.invoer.woonvisie for b in bods if b.invoer.woonvisie), [])
    return sorted(doelen, key=lambda d: d.rij)


def _heeft_iets(inv: Invoer, doel: Doel) -> bool:
    """Does this bod say anything (a number or a text) for the target's code in the target's years?"""
    regel = inv.bod.regel(bod_code(doel)) if inv.bod is not None else None
    if regel is None:
        return False
    return any((w.getal is not None or (w.tekst or "").strip()) for j, w in regel.waarden.items()
               if doel.van_jaar <= j <= doel.tot_jaar)


def _met_bronnen(doel: Doel, wv_naam: str | None) -> Doel:
    """The woonvisie row with its bron named by file (as the reader does with two workbooks)."""
    if wv_naam and doel.bron.blad and not doel.bron.bestand:
        return dataclasses.replace(doel, bron=dataclasses.replace(doel.bron, bestand=wv_naam))
    return doel


def beoordeel_gemeente(map_: str | Path, woonvisie: str | Path | None = None, peildatum: dt.date | None = None,
                       instellingen: Instellingen | None = None,
                       voortgang: Callable[[int, int, str], None] | None = None) -> GemeenteResultaat:
    """Every corporatie's bod in the folder, each assessed on its own (pipeline.beoordeel_invoer, with the
    woonvisie's targets attached) and together against every gemeente-wide target."""
    map_ = Path(map_)
    instellingen = instellingen or Instellingen()
    bods, wv, meldingen = lees_map(map_, woonvisie, **({"voortgang": voortgang} if voortgang else {}))
    wv_naam = Path(woonvisie).name if woonvisie is not None else (wv.bestanden.get("bod") if wv is not None else None)
    g = GemeenteResultaat(gemeente=_gemeente_naam(bods, wv, map_), map=map_.name,
                          peildatum=_peildatum(peildatum, bods), instellingen=instellingen,
                          woonvisie_bestand=wv_naam if wv is not None else None, meldingen=list(meldingen))
    if g.fouten:
        return g
    svg, svg_bron, svg_meldingen = _sociale_voorraad(bods, wv, wv_naam)
    g.meldingen += svg_meldingen
    g.sociale_voorraad_gemeente = svg

    resultaten = [pipeline.beoordeel_invoer(b.invoer, instellingen, g.peildatum) for b in bods]
    delen = [Deel(b.invoer.corporatie or b.naam, b.naam, b.invoer, tuple(r.vergelijking))
             for b, r in zip(bods, resultaten, strict=True)]
    basis, aand = aandelen(delen, svg, svg_bron)
    g.aandeel_basis = basis
    corporaties = [CorporatieDeel(d.corporatie, d.bestand, r, a.voorraad, a.aandeel_gemeente, a.aandeel_tafel,
                                  a.bronnen) for d, r, a in zip(delen, resultaten, aand, strict=True)]
    # Largest share first, then by name: the order of every table and of the S01 split.
    volgorde = sorted(range(len(corporaties)),
                      key=lambda i: (-(corporaties[i].aandeel_aan_tafel or 0.0), corporaties[i].corporatie.casefold(),
                                     corporaties[i].bestand))
    g.corporaties = [corporaties[i] for i in volgorde]
    delen = [delen[i] for i in volgorde]
    if basis == "sociale_voorraad" and svg:
        totaal = sum(c.voorraad or 0.0 for c in g.corporaties)
        if totaal > svg * 1.000001:
            g.meldingen.append(Melding(
                "waarschuwing", f"de corporaties hebben samen {totaal:.0f} sociale huurwoningen, meer dan de "
                f"{svg:.0f} die voor de hele gemeente zijn opgegeven; controleer sociale_voorraad_gemeente en "
                "voorraad_sociaal"))

    g.doelen = [_met_bronnen(d, wv_naam) for d in _doelen(wv, bods)]
    for doel in g.doelen:
        if doel.code in CONTEXT_DOELEN or doel.niveau != "gemeente":
            continue
        if not any(_heeft_iets(d.invoer, doel) for d in delen):
            g.hiaten.append(doel)
        if not optelbaar(doel):
            g.niet_opgeteld.append(doel)
            continue
        for v, bijdragen in vergelijk_samen(delen, doel):
            g.samen.append(SamenDoel(doel, v, tuple(bijdragen)))
    punten, regel_meldingen = uitvoering.voer_uit(regels.GEMEENTE_REGISTER, g)
    g.vraagpunten = punten
    g.meldingen += regel_meldingen
    return g


# ---- regio ---------------------------------------------------------------------------------------------


def _in_map(m: Melding, sub: str) -> Melding:
    return dataclasses.replace(m, bestand=f"{sub}/{m.bestand}" if m.bestand else sub)


def _aandeel(regio_doel: Doel, gemeente_doelen: list[Doel]) -> Doel | None:
    """The gemeente's share of a regional target: a row in the gemeente's woonvisie with the same code, the
    same van_jaar and tot_jaar, niveau gemeente and no kern."""
    for d in gemeente_doelen:
        if (d.code == regio_doel.code and d.niveau == "gemeente" and not d.kern
                and d.van_jaar == regio_doel.van_jaar and d.tot_jaar == regio_doel.tot_jaar):
            return d
    return None


def _in_regio_termen(aandeel: Doel, regio_doel: Doel) -> float:
    """The share's waarde expressed like the regional row: per jaar × n for a periode target, periode / n for a
    per-jaar target."""
    n = regio_doel.tot_jaar - regio_doel.van_jaar + 1
    if aandeel.per == regio_doel.per:
        return aandeel.waarde
    return aandeel.waarde * n if regio_doel.per == "periode" else aandeel.waarde / n


def _in_submap(voortgang: Callable[[int, int, str], None] | None,
               sub: str) -> Callable[[int, int, str], None] | None:
    """The progress of one gemeente folder of a regio, its file names shown below the folder's name."""
    if voortgang is None:
        return None
    melden = voortgang

    def f(stap: int, van: int, naam: str) -> None:
        melden(stap, van, f"{sub}/{naam}")
    return f


def beoordeel_regio(map_: str | Path, peildatum: dt.date | None = None,
                    instellingen: Instellingen | None = None,
                    voortgang: Callable[[int, int, str], None] | None = None) -> RegioResultaat:
    """A folder with one regional woonvisie workbook (rows niveau regio) at the top and one subfolder per
    gemeente (each a gemeente folder, see beoordeel_gemeente). Per regional target: the region as a whole,
    and each gemeente against its share (the matching row in its own woonvisie)."""
    map_ = Path(map_)
    instellingen = instellingen or Instellingen()
    r = RegioResultaat(regio=map_.name, map=map_.name, peildatum=peildatum or dt.date(2000, 1, 1),
                       instellingen=instellingen)
    if not map_.is_dir():
        r.meldingen.append(Melding("fout", f"map {map_} bestaat niet of is geen map"))
        return r
    submappen = sorted((p for p in map_.iterdir() if p.is_dir() and not p.name.startswith((".", "~$", "__"))),
                       key=lambda p: p.name.casefold())
    boven, overgeslagen = inventaris(map_)
    r.meldingen += overgeslagen
    wv: Invoer | None = None
    wv_pad: Path | None = None
    for p in boven:
        inv, m = pipeline.lees(p)
        r.meldingen += m
        if any(x.soort == "fout" for x in m):
            continue
        if not is_woonvisie(inv):
            r.meldingen.append(Melding("fout", f"{p.name} staat bovenin de regiomap maar is geen woonvisie-werkboek; "
                                       "een bod hoort in de map van zijn gemeente", bestand=p.name))
        elif wv is not None:
            r.meldingen.append(Melding("fout", f"meer dan één regionale woonvisie bovenin de map ({wv_pad.name if wv_pad else ''}, "
                                       f"{p.name}); laat er één staan", bestand=p.name))
        else:
            wv, wv_pad = inv, p
    if wv is None and not r.fouten:
        r.meldingen.append(Melding("fout", f"geen regionale woonvisie (werkboek met de bladen Algemeen en Woonvisie) "
                                   f"bovenin de map {map_.name}"))
    if not submappen:
        r.meldingen.append(Melding("fout", f"geen gemeentemappen in {map_.name}: zet de bods en de woonvisie van elke "
                                   "gemeente in een eigen map"))
    if r.fouten:
        return r
    assert wv is not None and wv_pad is not None
    r.regio = wv.gemeente.strip() or map_.name
    r.woonvisie_bestand = wv_pad.name

    if len(submappen) > MAX_WERKBOEKEN:
        r.meldingen.append(Melding("fout", f"de regiomap {map_.name} heeft {len(submappen)} gemeentemappen; bodcheck "
                                   f"leest er hoogstens {MAX_WERKBOEKEN}"))
        return r
    for sub in submappen:
        g = beoordeel_gemeente(sub, None, peildatum, instellingen, _in_submap(voortgang, sub.name))
        r.meldingen += [_in_map(m, sub.name) for m in g.meldingen if m.soort in ("fout", "intern")]
        r.gemeenten.append(g)
    if r.fouten:
        return r
    gezien: dict[str, str] = {}
    for sub, g in zip(submappen, r.gemeenten, strict=True):
        if g.gemeente.casefold() in gezien:
            r.meldingen.append(Melding("fout", f"de mappen {gezien[g.gemeente.casefold()]} en {sub.name} gaan allebei over "
                                       f"gemeente {g.gemeente}; één map per gemeente"))
        gezien.setdefault(g.gemeente.casefold(), sub.name)
    if r.fouten:
        return r
    r.peildatum = peildatum or min(g.peildatum for g in r.gemeenten)

    # per gemeente: the Deel list and its own woonvisie targets
    gemeente_delen: list[list[Deel]] = []
    gemeente_doelen: list[list[Doel]] = []
    for g in r.gemeenten:
        gemeente_delen.append([Deel(c.corporatie, f"{g.map}/{c.bestand}", c.resultaat.invoer) for c in g.corporaties])
        gemeente_doelen.append(g.doelen)
    alle = [d for delen in gemeente_delen for d in delen]

    for doel in sorted(wv.woonvisie or [], key=lambda d: d.rij):
        doel = _met_bronnen(doel, wv_pad.name)
        if doel.niveau != "regio":
            r.meldingen.append(Melding(
                "waarschuwing", f"rij {doel.rij} van de regionale woonvisie heeft niveau {doel.niveau}; het deel van "
                "een gemeente hoort in de woonvisie van die gemeente (in haar map). Genegeerd.", doel.bron,
                bestand=wv_pad.name))
            continue
        if not optelbaar(doel):
            r.niet_opgeteld.append(doel)
            continue
        regio_vs = tuple(v for v, _ in vergelijk_samen(alle, doel))
        bod_jaren = sorted({j for d in alle if d.invoer.bod is not None for j in d.invoer.bod.jaren})
        jaren = [j for j in range(doel.van_jaar, doel.tot_jaar + 1) if j in bod_jaren]
        delen_g: list[GemeenteDeel] = []
        verdeeld: float | None = None
        for g, delen, doelen in zip(r.gemeenten, gemeente_delen, gemeente_doelen, strict=True):
            code = bod_code(doel)
            bekend = [s.waarde for d in delen if d.invoer.bod is not None and d.invoer.bod.regel(code) is not None
                      for s in [som_jaren(d.invoer.bod, code, jaren)] if s.waarde is not None]
            bod = float(sum(bekend)) if bekend else None
            woorden = any(in_woorden(d.invoer.bod, code, jaren) for d in delen)
            aandeel = _aandeel(doel, doelen)
            if aandeel is None:
                delen_g.append(GemeenteDeel(g.gemeente, None, (), bod, voornemen=woorden))
                continue
            waarde = _in_regio_termen(aandeel, doel)
            verdeeld = (verdeeld or 0.0) + waarde
            deel_doel = dataclasses.replace(doel, waarde=waarde, niveau="gemeente", bron=aandeel.bron,
                                            bron_woonvisie=aandeel.bron_woonvisie, aandeel_corporatie=None)
            vs = tuple(v for v, _ in vergelijk_samen(delen, deel_doel))
            delen_g.append(GemeenteDeel(g.gemeente, waarde, (str(aandeel.bron),) if str(aandeel.bron) else (), bod, vs,
                                        tuple(b for v in vs for b in v.bronnen), aandeel.bron_woonvisie, woorden))
        r.doelen.append(RegioDoel(doel, regio_vs, tuple(delen_g), verdeeld))
    punten, regel_meldingen = uitvoering.voer_uit(regels.REGIO_REGISTER, r)
    r.vraagpunten = punten
    r.meldingen += regel_meldingen
    return r
