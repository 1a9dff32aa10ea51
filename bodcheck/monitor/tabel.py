"""The long table (monitor.md): one row per (bodjaar, bron, code, jaar, waarde, cel), bron ∈ {bod, afspraak,
realisatie, woonvisie}. Per-jaar values only; a woonvisie target or an afspraak `per periode` is one row with
`jaar` empty and `van_jaar`/`tot_jaar`. The afspraken are the structured afspraken of each `.bodcheck` merged
with its Afspraken sheet by the carry-forward rule (bodcheck.monitor.afgesproken); `herkomst` says where a value
is: `blad` (a sheet's cell) or `beoordeling` (the record in the `.bodcheck`). The user's own pivots start from
this table (the Excel sheet `Tabel`).

pandas is imported here and in the other monitor modules only: the app's start and `beoordeel` never
load it.
"""

from __future__ import annotations

import pandas as pd

from bodcheck.model import JaarBlad, Melding
from bodcheck.monitor import afgesproken
from bodcheck.monitor.model import Jaargang
from bodcheck.vergelijking import eenheid_van

KOLOMMEN = ("bodjaar", "bron", "code", "jaar", "van_jaar", "tot_jaar", "waarde", "eenheid", "cel", "herkomst")
BRONNEN = ("bod", "afspraak", "realisatie", "woonvisie")


def _uit_blad(bodjaar: int, bron: str, blad: JaarBlad | None) -> list[tuple]:
    if blad is None:
        return []
    rijen = []
    for code, regel in blad.regels.items():
        eenheid = eenheid_van(code, regel)
        for jaar, w in regel.waarden.items():
            if w.getal is not None:
                rijen.append((bodjaar, bron, code, jaar, jaar, jaar, w.getal, eenheid, w.bron.cel_tekst, "blad"))
    return rijen


def lange_tabel(jaargangen: list[Jaargang], meldingen: list[Melding] | None = None) -> pd.DataFrame:
    """`meldingen`: gets what the carry-forward rule says about the afspraken (a record that wins over a sheet)."""
    rijen: list[tuple] = []
    bladen: dict[int, list[tuple]] = {}
    for jg in jaargangen:
        inv = jg.resultaat.invoer
        for bron, blad in (("bod", inv.bod), ("realisatie", inv.realisatie)):
            rijen += _uit_blad(jg.bodjaar, bron, blad)
        bladen[jg.bodjaar] = _uit_blad(jg.bodjaar, "afspraak", inv.afspraken)
        for d in inv.woonvisie or []:
            if d.per == "periode":
                rijen.append((jg.bodjaar, "woonvisie", d.code, None, d.van_jaar, d.tot_jaar, d.waarde, d.eenheid,
                              d.bron.cel_tekst, "blad"))
            else:
                rijen += [(jg.bodjaar, "woonvisie", d.code, j, j, j, d.waarde, d.eenheid, d.bron.cel_tekst, "blad")
                          for j in range(d.van_jaar, d.tot_jaar + 1)]
    afspraken, gemeld = afgesproken.rijen(jaargangen, bladen)
    rijen += afspraken
    if meldingen is not None:
        meldingen += gemeld
    df = pd.DataFrame.from_records(rijen, columns=list(KOLOMMEN))
    for k in ("bodjaar", "jaar", "van_jaar", "tot_jaar"):
        df[k] = df[k].astype("Int64")
    df["waarde"] = df["waarde"].astype("float64")
    return df
