"""Prognose-drift (monitor.md): per ratio, tak and year, the value in each bodjaar's prognosis.

The ICR (and the market-value and WOZ based dekkingsratio and onderpandratio) is compared across all
prognoses. LTV and solvabiliteit rest on the beleidswaarde: they depend on its version and the normenkader: they are compared only between prognoses with the same
bw-versie and kader; a change of definition is a break in the line ("andere definitie vanaf prognose
2024"), never drift. Drift counts when the ratio moved towards its norm in every step of the latest
comparable stretch, by at least a minimum in total (monitor.md: 0,05 for the ICR, 1 procentpunt for the
others). The minimums are assumptions of bodcheck, in bodcheck/data/parameters/monitor.toml.
"""

from __future__ import annotations

import itertools

import pandas as pd

from bodcheck import normenkaders, parameters
from bodcheck.codes import RATIO_NAMEN as RATIOS
from bodcheck.codes import TAKKEN
from bodcheck.monitor.model import Drift, Jaargang, Raming

PARAMETERS = "monitor"  # bodcheck/data/parameters/monitor.toml


def minimum(ratio: str, drempels: dict[str, parameters.Parameter] | None = None) -> float:
    """The total move towards the norm from which a ratio's forecast counts as drift: `drift_minimum_icr` for
    the ICR, `drift_minimum_procentpunt` (a fraction) for the others."""
    d = drempels if drempels is not None else parameters.laad(PARAMETERS)
    return float(d["drift_minimum_icr" if ratio == "icr" else "drift_minimum_procentpunt"].waarde)


def ramingen_tabel(jaargangen: list[Jaargang]) -> pd.DataFrame:
    """One row per (bodjaar, ratio, tak, jaar) with the computed value, bw-versie and kader."""
    rijen = []
    for jg in jaargangen:
        b = jg.resultaat.berekend
        editie = jg.resultaat.invoer.prognose_editie
        for x in b.ratios:
            for ratio in RATIOS:
                waarde = x.waarden.get(ratio)
                if waarde is not None:
                    rijen.append((jg.bodjaar, editie, ratio, x.tak, x.jaar, waarde, x.bw_versie,
                                  b.normenkader.naam, "; ".join(x.bronnen.get(ratio, ()))))
    return pd.DataFrame.from_records(rijen, columns=["bodjaar", "prognose_editie", "ratio", "tak", "jaar", "waarde",
                                                     "bw_versie", "kader", "cel"])


DEFINITIE_AFHANKELIJK = frozenset({"ltv", "solvabiliteit"})  # beleidswaarde-based (monitor.md)


def _definitie(ratio: str, r: Raming) -> tuple[str, str]:
    return (r.bw_versie, r.kader) if ratio in DEFINITIE_AFHANKELIJK else ("", "")


def _naar_norm(verschil: float, richting: str) -> bool:
    """A step towards the norm: down to a minimum, up to a maximum."""
    return verschil < 0 if richting == "minimaal" else verschil > 0


def drift(jaargangen: list[Jaargang], drempels: dict[str, parameters.Parameter] | None = None) -> list[Drift]:
    """`drempels`: the parameters of monitor.toml (a changed copy in a test); None reads the shipped file."""
    df = ramingen_tabel(jaargangen)
    kader = jaargangen[-1].resultaat.berekend.normenkader
    uit = []
    volgorde = {r: i for i, r in enumerate(RATIOS)}
    takken = {t: i for i, t in enumerate(TAKKEN)}
    df = df.assign(_r=df["ratio"].map(volgorde), _t=df["tak"].map(takken))
    df = df.sort_values(["_r", "_t", "jaar", "bodjaar"], kind="stable")
    lijnen: dict[tuple[str, str, int], list[Raming]] = {}
    for ratio, tak, jaar, bodjaar, editie, w, bw, k, cel in zip(
            df["ratio"], df["tak"], df["jaar"], df["bodjaar"], df["prognose_editie"], df["waarde"], df["bw_versie"],
            df["kader"], df["cel"], strict=True):
        lijnen.setdefault((ratio, tak, int(jaar)), []).append(
            Raming(int(bodjaar), None if pd.isna(editie) else int(editie), float(w), str(bw), str(k), str(cel)))
    for (ratio, tak, jaar), lijst in lijnen.items():
        if len(lijst) < 2:
            continue
        ramingen = tuple(lijst)
        # the stretch since the last change of definition
        begin = 0
        for i in range(1, len(ramingen)):
            if _definitie(ratio, ramingen[i]) != _definitie(ratio, ramingen[i - 1]):
                begin = i
        breuk = begin > 0
        vanaf = None
        if breuk:
            eerste = ramingen[begin]
            vanaf = eerste.prognose_editie if eerste.prognose_editie is not None else eerste.bodjaar
        g = normenkaders.grens_van(kader, tak, ratio)
        is_drift = False
        stuk = ramingen[begin:]
        if g is not None and len(stuk) >= 2:
            stappen = [b.waarde - a.waarde for a, b in itertools.pairwise(stuk)]
            totaal = stuk[-1].waarde - stuk[0].waarde
            is_drift = (all(_naar_norm(s, g.richting) for s in stappen)
                        and abs(totaal) >= minimum(ratio, drempels) - 1e-12)
        uit.append(Drift(ratio, tak, int(jaar), ramingen, breuk, vanaf, is_drift,
                         None if g is None else g.grens, None if g is None else g.richting))
    return uit
