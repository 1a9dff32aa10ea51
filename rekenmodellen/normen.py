"""Norms of one tak, the bands ``overschreden`` / ``krap`` / ``ruim`` and "controleer de invoer" notes.

Spec rekenregels §3. Norms are fractions (LTV 0.70 = 70%); the ICR norm is a plain number (1.4).
The norm values themselves are data (normenkaders), passed in as ``Normen``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

TOLERANTIE = 1e-9
"""A ratio within this distance of its norm is within the norm (spec §2)."""

RICHTING = {"icr": "minimaal", "ltv": "maximaal", "solvabiliteit": "minimaal", "dekkingsratio": "maximaal"}

KRAP_MARGE = 0.10
"""``krap`` = within 10% of the norm (spec §3)."""

# Values far outside the sector's usual range (spec §3).
ICR_ONGEWOON_HOOG = 3.5
LTV_ONGEWOON_LAAG = 0.25
DEKKINGSRATIO_NUL = 0.0005
"""A dekkingsratio below this shows as 0,0% (one decimal): treated as "dekkingsratio 0%"."""
SCHULD_PER_VHE_ONGEWOON = 70_000.0
"""Euros of nominal debt per verhuureenheid."""


NORM_VELD = {
    "icr": "icr_min",
    "ltv": "ltv_max",
    "solvabiliteit": "solvabiliteit_min",
    "dekkingsratio": "dekkingsratio_max",
}
"""The ``Normen`` field holding each ratio's norm (in ``NORM_NAMEN`` order)."""


@dataclass(frozen=True)
class Normen:
    """The norm set for ONE tak: ICR minimum, LTV maximum, solvabiliteit minimum, dekkingsratio maximum.

    Example, kader 2024 DAEB: ``Normen(icr_min=1.4, ltv_max=0.70, solvabiliteit_min=0.30,
    dekkingsratio_max=0.70)``. Raises ``ValueError`` for a value that is not a finite number, an ICR,
    LTV or dekkingsratio norm of 0 or below, or a negative solvabiliteit norm.
    """

    icr_min: float
    ltv_max: float
    solvabiliteit_min: float
    dekkingsratio_max: float

    def __post_init__(self) -> None:
        for naam in NORM_VELD.values():
            waarde = getattr(self, naam)
            if not math.isfinite(waarde):
                raise ValueError(f"norm {naam} is geen eindig getal: {waarde!r}")
        if self.icr_min <= 0 or self.ltv_max <= 0 or self.dekkingsratio_max <= 0:
            raise ValueError("de normen voor ICR, LTV en dekkingsratio moeten groter dan 0 zijn")
        if self.solvabiliteit_min < 0:
            raise ValueError("de norm voor solvabiliteit mag niet negatief zijn")


def _richting(ratio: str) -> str:
    try:
        return RICHTING[ratio]
    except KeyError:
        raise ValueError(f"geen norm voor ratio {ratio!r}; bekend: {', '.join(RICHTING)}") from None


def grens(ratio: str, normen: Normen) -> float:
    """The norm of ``ratio`` (``icr``, ``ltv``, ``solvabiliteit``, ``dekkingsratio``) in ``normen``."""
    _richting(ratio)
    return float(getattr(normen, NORM_VELD[ratio]))


def krap_grens(ratio: str, normen: Normen, marge: float = KRAP_MARGE) -> float:
    """Edge of the ``krap`` band: norm·(1 + marge) for a minimum, norm·(1 − marge) for a maximum.

    Kader 2024 (1,4 / 70% / 30% / 70%), marge 0.10: ICR 1,54; LTV 63%; solvabiliteit 33%; dekkingsratio 63%.
    """
    norm = grens(ratio, normen)
    if _richting(ratio) == "minimaal":
        return norm * (1 + marge)
    return norm * (1 - marge)


def band(ratio: str, waarde: float, normen: Normen, marge: float = KRAP_MARGE) -> str:
    """``"overschreden"`` beyond the norm, ``"krap"`` within ``marge`` of it, else ``"ruim"``.

    Both edges have a tolerance of 1e-9 in favour of the better band: a value within 1e-9 of the norm
    is within the norm, a value within 1e-9 of the krap edge is ``ruim`` (ICR exactly 1,54 is ruim,
    since the spec says "krap: ICR < 1,54").
    """
    if not math.isfinite(waarde):
        raise ValueError(f"waarde voor {ratio} is geen eindig getal: {waarde!r}")
    return band_tegen(waarde, grens(ratio, normen), krap_grens(ratio, normen, marge), _richting(ratio))


def band_tegen(waarde: float, norm: float, krap: float, richting: str) -> str:
    """The band of ``waarde`` against one norm and its krap edge (``richting`` minimaal or maximaal), with the
    tolerances of `band`."""
    if richting == "minimaal":
        if waarde < norm - TOLERANTIE:
            return "overschreden"
        if waarde < krap - TOLERANTIE:
            return "krap"
        return "ruim"
    if waarde > norm + TOLERANTIE:
        return "overschreden"
    if waarde > krap + TOLERANTIE:
        return "krap"
    return "ruim"


def ongewone_waarde(ratio: str, waarde: float) -> str | None:
    """A Dutch "controleer de invoer" note when ``waarde`` is far outside the sector's usual range.

    ICR > 3,5; LTV < 25%; dekkingsratio 0% (below 0,05%, so it shows as 0,0%). Otherwise ``None``.
    """
    if ratio == "icr" and waarde > ICR_ONGEWOON_HOOG:
        return (
            "ICR boven 3,5 is ongewoon hoog: controleer de invoer "
            "(ontbreekt rente, is de schuld erg klein of staat een bedrag in een andere eenheid?)"
        )
    if ratio == "ltv" and waarde < LTV_ONGEWOON_LAAG:
        return (
            "LTV onder 25% is ongewoon laag: controleer de invoer "
            "(beleidswaarde en schuld in dezelfde eenheid? beleidswaarde versie 1.0 of 2.0?)"
        )
    if ratio == "dekkingsratio" and waarde < DEKKINGSRATIO_NUL:
        return (
            "dekkingsratio 0% is ongewoon: controleer de invoer "
            "(ontbreekt de schuld of staat de marktwaarde in een andere eenheid?)"
        )
    return None


def schuld_per_vhe_ongewoon(schuld: float, vhe: float) -> str | None:
    """A Dutch "controleer de invoer" note when schuld / vhe > € 70.000 (euros per verhuureenheid).

    A number of vhe of 0 or below also gets a note; otherwise ``None``.
    """
    if vhe <= 0:
        return "aantal verhuureenheden is 0 of negatief: controleer de invoer"
    if schuld / vhe > SCHULD_PER_VHE_ONGEWOON:
        return (
            "schuld per verhuureenheid boven € 70.000 is ongewoon hoog: controleer de invoer "
            "(staat de schuld in euro's en het aantal vhe als aantal?)"
        )
    return None
