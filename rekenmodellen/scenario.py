"""Scenario solver: the largest extra investment X that keeps every norm in every year, spec §4.2.

All effects are linear in X. Per unit of X, with d_0 = s_0 = 0 and C_0 = 0:

    x_t = 1 if modus == "gelijkmatig" or t is the first year, else 0
    C_t = Σ_{s≤t} x_s                  cumulative investment
    E_t = C_t (lag 0) or C_{t−1} (lag 1)   investment that yields cash flow
    i_t = r·(d_{t−1} + x_t)            extra interest
    s_t = s_{t−1} + (i_t − y·E_t)      cumulative cash shortfall, financed with debt
    d_t = d_{t−1} + x_t + (i_t − y·E_t)    extra debt

Per (norm, year) the constraint is a·X ≤ b (b from ``normruimte``, euros):

    ICR : a = ICRmin·i_t − y·E_t
    LTV : a = d_t − LTVmax·v_bw·C_t
    SOLV: a = (1 − v_bw)·C_t + s_t + SOLVmin·v_bw·C_t
    DR  : a = d_t − DRmax·v_mw·C_t

a > 0: limit b/a.  a ≤ 0 and b < 0: already breached, limit 0.  a ≤ 0 and b ≥ 0: no limit.
X_max = max(0, min(limits)); binding = (norm, year) of the minimum (the earliest year, then the first
norm in ``NORM_NAMEN`` order, on a tie).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from rekenmodellen.normen import Normen
from rekenmodellen.normruimte import normruimte
from rekenmodellen.ratios import NORM_NAMEN, JaarCijfers

MODI = ("eenmalig", "gelijkmatig")

A_NUL = 1e-12
"""A coefficient a (dimensionless, per euro invested) with |a| ≤ this counts as 0: rounding noise."""

# Presets, spec §4.2: value created per euro invested (beleidswaarde, marktwaarde).
NIEUWBOUW_V_BW = 0.5
NIEUWBOUW_V_MW = 0.75


@dataclass(frozen=True)
class ScenarioParameters:
    """Parameters of one scenario (fractions, per euro invested).

    ``rente``: r, interest on new loans per year. ``v_bw``, ``v_mw``: beleidswaarde and marktwaarde
    created per euro invested. ``y``: extra net operating cash flow per euro invested per year.
    ``lag``: 0 (cash flow from the year of investment) or 1 (from the next year).
    ``modus``: ``"eenmalig"`` (X at the start of the first year) or ``"gelijkmatig"`` (X at the start
    of every year). Raises ``ValueError`` for a non-finite value, another lag or another modus.
    """

    rente: float
    v_bw: float
    v_mw: float
    y: float
    lag: int = 0
    modus: str = "eenmalig"

    def __post_init__(self) -> None:
        for naam in ("rente", "v_bw", "v_mw", "y"):
            waarde = getattr(self, naam)
            if not math.isfinite(waarde):
                raise ValueError(f"scenarioparameter {naam} is geen eindig getal: {waarde!r}")
        if self.lag not in (0, 1):
            raise ValueError(f"lag moet 0 of 1 zijn, niet {self.lag!r}")
        if self.modus not in MODI:
            raise ValueError(f"modus moet 'eenmalig' of 'gelijkmatig' zijn, niet {self.modus!r}")


def nieuwbouw(rente: float, modus: str = "eenmalig") -> ScenarioParameters:
    """Preset nieuwbouw (spec §4.2): v_bw 0,5; v_mw 0,75; y = r; lag 0."""
    return ScenarioParameters(
        rente=rente, v_bw=NIEUWBOUW_V_BW, v_mw=NIEUWBOUW_V_MW, y=rente, lag=0, modus=modus
    )


def verbetering(rente: float, modus: str = "eenmalig") -> ScenarioParameters:
    """Preset verbetering (spec §4.2): v_bw = v_mw = y = 0; lag 0 (a fully onrendabele uitgave)."""
    return ScenarioParameters(rente=rente, v_bw=0.0, v_mw=0.0, y=0.0, lag=0, modus=modus)


@dataclass(frozen=True)
class Limiet:
    """The constraint a·X ≤ b of one norm in one year.

    ``a`` per euro of X (dimensionless), ``b`` in euros. ``grens`` = b/a when a > 0 (may be negative
    when already breached), 0 when a ≤ 0 and b < 0 (already breached), ``None`` when a ≤ 0 and b ≥ 0
    (no limit).
    """

    norm: str
    jaar: int
    a: float
    b: float
    grens: float | None


@dataclass(frozen=True)
class ScenarioResultaat:
    """The solution of one scenario.

    ``x_max``: euros; per year for ``gelijkmatig``. ``x_totaal``: x_max times the number of horizon
    years for ``gelijkmatig``, equal to x_max for ``eenmalig``. ``bindende_norm`` / ``bindend_jaar``:
    the (norm, year) of the smallest limit. ``limieten``: every constraint, by year then norm.
    ``overgeslagen``: (norm, jaar) skipped because inputs are missing.

    When no constraint limits X (every norm skipped, or every a ≤ 0 with b ≥ 0) there is no finite
    answer: ``x_max``, ``x_totaal``, ``bindende_norm`` and ``bindend_jaar`` are ``None`` and ``reden``
    says why. Otherwise ``reden`` is ``None``.
    """

    modus: str
    x_max: float | None
    x_totaal: float | None
    bindende_norm: str | None
    bindend_jaar: int | None
    limieten: tuple[Limiet, ...]
    overgeslagen: tuple[tuple[str, int], ...]
    reden: str | None = None


@dataclass(frozen=True)
class Eenheidseffect:
    """The effects of one year per euro of X: C_t, i_t, E_t, s_t, d_t (see the module docstring)."""

    c: float  # C_t
    i: float  # i_t
    e: float  # E_t
    s: float  # s_t
    d: float  # d_t


def eenheidseffecten(p: ScenarioParameters, aantal_jaren: int) -> list[Eenheidseffect]:
    """C_t, i_t, E_t, s_t, d_t per unit of X for ``aantal_jaren`` years (the recursion in the docstring)."""
    uit: list[Eenheidseffect] = []
    c_vorig = d_vorig = s_vorig = 0.0
    for t in range(aantal_jaren):
        x = 1.0 if (p.modus == "gelijkmatig" or t == 0) else 0.0
        c = c_vorig + x
        e = c if p.lag == 0 else c_vorig
        i = p.rente * (d_vorig + x)
        tekort = i - p.y * e
        s = s_vorig + tekort
        d = d_vorig + x + tekort
        uit.append(Eenheidseffect(c=c, i=i, e=e, s=s, d=d))
        c_vorig, d_vorig, s_vorig = c, d, s
    return uit


def _a(norm: str, u: Eenheidseffect, normen: Normen, p: ScenarioParameters) -> float:
    if norm == "icr":
        return normen.icr_min * u.i - p.y * u.e
    if norm == "ltv":
        return u.d - normen.ltv_max * p.v_bw * u.c
    if norm == "solvabiliteit":
        return (1 - p.v_bw) * u.c + u.s + normen.solvabiliteit_min * p.v_bw * u.c
    return u.d - normen.dekkingsratio_max * p.v_mw * u.c


def _grens(a: float, b: float) -> float | None:
    if a > A_NUL:
        return b / a
    if b < 0:
        return 0.0
    return None


def los_op(jaren: Sequence[JaarCijfers], normen: Normen, p: ScenarioParameters) -> ScenarioResultaat:
    """Largest X (euros) with a·X ≤ b for every norm and year in ``jaren`` (spec §4.2).

    ``jaren`` is the horizon chosen by the caller, used in the order given as consecutive years
    (the first element is the first year). Raises ``ValueError`` for an empty horizon.
    """
    if not jaren:
        raise ValueError("de horizon bevat geen jaren")
    limieten: list[Limiet] = []
    overgeslagen: list[tuple[str, int]] = []
    for cijfers, u in zip(jaren, eenheidseffecten(p, len(jaren)), strict=True):
        for norm in NORM_NAMEN:
            b = normruimte(norm, cijfers, normen)
            if b is None:
                overgeslagen.append((norm, cijfers.jaar))
                continue
            a = _a(norm, u, normen, p)
            limieten.append(Limiet(norm=norm, jaar=cijfers.jaar, a=a, b=b, grens=_grens(a, b)))

    begrensd = [(lim.grens, lim) for lim in limieten if lim.grens is not None]
    if not begrensd:
        if limieten:
            reden = "geen norm begrenst deze investering binnen de horizon"
        else:
            reden = "voor geen enkele norm is de invoer compleet"
        return ScenarioResultaat(p.modus, None, None, None, None, tuple(limieten), tuple(overgeslagen), reden)

    kleinste, bindend = min(begrensd, key=lambda paar: paar[0])
    x_max = max(0.0, kleinste)
    x_totaal = x_max * len(jaren) if p.modus == "gelijkmatig" else x_max
    return ScenarioResultaat(
        modus=p.modus,
        x_max=x_max,
        x_totaal=x_totaal,
        bindende_norm=bindend.norm,
        bindend_jaar=bindend.jaar,
        limieten=tuple(limieten),
        overgeslagen=tuple(overgeslagen),
    )
