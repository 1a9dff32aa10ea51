"""Belofte en realisatie, and verschuivingen (monitor.md), from the long table.

Per (code, jaar) covered by a bod or an afspraak: the value each bod offered for that year (its vintages),
the latest afspraak, the latest realisatie and a status:
- `gerealiseerd`: realisatie not short of the afspraak beyond the noise floor (in the code's direction);
- `achter`: short beyond the noise floor (5 units, or 1 procentpunt for a percentage);
- `niet_gerapporteerd`: an afspraak for a year up to the latest realisation year, without realisatie;
- `nog_niet`: an afspraak for a year after the latest realisation year;
- `geen_afspraak`: no afspraak for that year.
A verschuiving is a promise that changed between consecutive bods by at least the noise floor;
`schuift_op` when every counted change went the wrong way for the code (lower where higher is better).
"""

from __future__ import annotations

import itertools

import pandas as pd

from bodcheck import codes
from bodcheck.monitor.model import Aanbod, Belofte, Verschuiving, cel_in
from bodcheck.vergelijking import boven_ruis

_VOLGORDE = {c.code: i for i, c in enumerate(codes.INDICATOR_CODES)}


def _laatste(df: pd.DataFrame, bron: str) -> dict[tuple[str, int], tuple[float, str]]:
    """Per (code, jaar): the value and cell of the latest bodjaar that gives one; a value recorded in a `.bodcheck`
    before one read from a sheet (afspraken.md: the record wins; bodcheck.monitor.afgesproken)."""
    deel = df[(df["bron"] == bron) & df["jaar"].notna()]
    deel = deel.assign(_vastgelegd=deel["herkomst"] == "beoordeling").sort_values(["_vastgelegd", "bodjaar"],
                                                                                 kind="stable")
    laatste = deel.drop_duplicates(["code", "jaar"], keep="last")
    return {(str(c), int(j)): (float(w), cel_in(int(b), str(cel)))
            for c, j, w, cel, b in zip(laatste["code"], laatste["jaar"], laatste["waarde"], laatste["cel"],
                                       laatste["bodjaar"], strict=True)}


def _sleutel(code: str, jaar: int) -> tuple[int, str, int]:
    return (_VOLGORDE.get(code, len(_VOLGORDE)), code, jaar)


def status(code: str, jaar: int, eenheid: str, afspraak: float | None, realisatie: float | None,
           laatste_realisatiejaar: int | None) -> str:
    if afspraak is None:
        return "geen_afspraak"
    if realisatie is not None:
        verschil = realisatie - afspraak
        slechter = verschil > 0 if codes.lager_is_beter(code) else verschil < 0
        return "achter" if slechter and boven_ruis(verschil, eenheid) else "gerealiseerd"
    if laatste_realisatiejaar is not None and jaar <= laatste_realisatiejaar:
        return "niet_gerapporteerd"
    return "nog_niet"


def beloftes(df: pd.DataFrame) -> list[Belofte]:
    bod = df[(df["bron"] == "bod") & df["jaar"].notna()].sort_values(["code", "jaar", "bodjaar"], kind="stable")
    per_jaar: dict[tuple[str, int], list[Aanbod]] = {}
    for code, jaar, bodjaar, w, cel in zip(bod["code"], bod["jaar"], bod["bodjaar"], bod["waarde"], bod["cel"],
                                           strict=True):
        per_jaar.setdefault((str(code), int(jaar)), []).append(Aanbod(int(bodjaar), float(w), str(cel)))
    eenheden: dict[str, str] = dict(zip(df["code"], df["eenheid"], strict=True))
    afspraak = _laatste(df, "afspraak")
    realisatie = _laatste(df, "realisatie")
    gerealiseerd = df.loc[df["bron"] == "realisatie", "jaar"]
    laatste_jaar = None if gerealiseerd.empty else int(gerealiseerd.max())
    uit = []
    for code, jaar in sorted(set(per_jaar) | set(afspraak), key=lambda s: _sleutel(*s)):
        a = afspraak.get((code, jaar))
        r = realisatie.get((code, jaar))
        eenheid = eenheden[code]
        uit.append(Belofte(
            code, jaar, eenheid, tuple(per_jaar.get((code, jaar), [])),
            a[0] if a else None, a[1] if a else None, r[0] if r else None, r[1] if r else None,
            status(code, jaar, eenheid, a[0] if a else None, r[0] if r else None, laatste_jaar)))
    return uit


def verschuivingen(lijst: list[Belofte]) -> list[Verschuiving]:
    uit = []
    for b in lijst:
        if len(b.beloftes) < 2:
            continue
        lager_beter = codes.lager_is_beter(b.code)
        stappen: list[bool | None] = []  # per step: None (within the noise floor), True (worse), False (better)
        for vorige, nu in itertools.pairwise(b.beloftes):
            verschil = nu.waarde - vorige.waarde
            if not boven_ruis(verschil, b.eenheid):
                stappen.append(None)
            else:
                stappen.append(verschil > 0 if lager_beter else verschil < 0)
        geteld = [s for s in stappen if s is not None]
        if not geteld:
            continue
        richting = "schuift_op" if all(geteld) else "verbetert" if not any(geteld) else "wisselt"
        rij = langste = 0
        for s in stappen:
            rij = rij + 1 if s else 0
            langste = max(langste, rij)
        uit.append(Verschuiving(b.code, b.jaar, b.eenheid, b.beloftes, richting, langste))
    return uit
