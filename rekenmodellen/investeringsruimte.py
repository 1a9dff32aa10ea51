"""Investeringsruimte: borrowing capacity up to the absolute norms, spec rekenregels §4.

Static headroom per year (§4.1) lives here; the scenario solver (§4.2) lives in
``rekenmodellen.scenario`` and is re-exported from this module. Headroom is borrowing capacity, not
cash, and amounts for different purposes are alternatives that do not add up.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from rekenmodellen.normen import Normen
from rekenmodellen.normruimte import normruimte
from rekenmodellen.ratios import NORM_NAMEN, JaarCijfers
from rekenmodellen.scenario import (
    Limiet,
    ScenarioParameters,
    ScenarioResultaat,
    los_op,
    nieuwbouw,
    verbetering,
)

__all__ = [
    "NORM_NAMEN",
    "Limiet",
    "ScenarioParameters",
    "ScenarioResultaat",
    "StatischeRuimte",
    "los_op",
    "nieuwbouw",
    "statische_ruimte",
    "verbetering",
]


@dataclass(frozen=True)
class StatischeRuimte:
    """Static headroom of one year, euros of extra debt per norm (spec §4.1).

    ``per_norm``: keyed by ``NORM_NAMEN``; ``None`` when that norm's inputs are missing this year.
    ``extra_schuld``: the minimum of the known ones (negative = already breached), ``None`` if none known.
    ``bindende_norm``: the norm giving that minimum (the first in ``NORM_NAMEN`` order on a tie).
    """

    jaar: int
    per_norm: dict[str, float | None]
    extra_schuld: float | None
    bindende_norm: str | None


def statische_ruimte(c: JaarCijfers, normen: Normen, rente: float) -> StatischeRuimte:
    """Extra debt-financed, fully onrendabele uitgave in year ``c.jaar`` that keeps each norm (euros).

        H_ICR  = (CFO + R − ICRmin·R) / (ICRmin·r)     R = rente_betaald − rente_ontvangen
        H_LTV  = LTVmax·BW − D
        H_SOLV = EVbw − SOLVmin·BTbw
        H_DR   = DRmax·MW − D
        headroom = min of the four; binding = the norm that gives it; negative = already breached

    ``rente`` (r) is the interest rate on the new debt as a fraction (0.03 = 3%) and must be above 0.
    A ratio within 1e-9 of its norm has headroom 0 (see ``normruimte``).
    """
    if not (math.isfinite(rente) and rente > 0):
        raise ValueError(f"rente op nieuwe leningen moet groter dan 0 zijn, niet {rente!r}")
    per_norm: dict[str, float | None] = {}
    for norm in NORM_NAMEN:
        b = normruimte(norm, c, normen)
        if b is not None and norm == "icr":
            b = b / (normen.icr_min * rente)
            if not math.isfinite(b):
                b = None
        per_norm[norm] = b
    bekend = [(h, norm) for norm, h in per_norm.items() if h is not None]
    if not bekend:
        return StatischeRuimte(c.jaar, per_norm, None, None)
    extra, bindend = min(bekend, key=lambda paar: paar[0])
    return StatischeRuimte(c.jaar, per_norm, extra, bindend)
