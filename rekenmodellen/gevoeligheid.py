"""Gevoeligheid: what the ratios do when the interest, the rent or the costs turn out worse (rekenregels §6).

Each scenario changes the cash flows of the prognosis as given and recomputes the ratios; balance values
(schuld, beleidswaarde, marktwaarde, eigen vermogen, balanstotaal) are left unchanged, so LTV,
solvabiliteit and dekkingsratio stay as in the base case. Amounts in euros, rates as fractions.

Years: k = jaar − bodjaar for the prognosis years after the bodjaar (k = 1, 2, …); the bodjaar and earlier
years are unchanged (k ≤ 0 gives no shock). D_0 = schuld_nominaal of the bodjaar, else of the first
prognosis year.

    S1 rente +Δ       E_k = Δ · min(D_k, k·h·D_0 + max(0, D_k − D_0))
                      CFO' = CFO − E_k,  rente_betaald' = rente_betaald + E_k
                      so ICR' = (CFO + R) / (R + E_k),  R = rente_betaald − rente_ontvangen
    S2 huur −Δ        L_k = huurontvangsten_k · (1 − (1 − Δ)^k);  CFO' = CFO − L_k
    S3 onderhoud +p   CFO' = CFO − p · onderhoud_k
    S4 bouwkosten +p  the nieuwbouw eenmalig solver (§4.2) with v_bw, v_mw and y divided by (1 + p);
                      woningen = floor(X_max' / ((1 + p) · stichtingskosten))
    S5                S1 and S2 together: CFO' = CFO − E_k − L_k, rente_betaald' = rente_betaald + E_k

A higher Δ or p never raises an ICR, with one exception inherent in the formula: when the scenario's own
numerator CFO' + R is negative (the ICR is negative, far below any norm), more interest in the denominator
moves that negative ratio towards 0.

A scenario that cannot be computed at all returns ``NietTeBerekenen`` with the reason; a single year whose
input is missing carries ``NietTeBerekenen`` as its ICR. Never NaN.

Worked example (rekenregels §6; TI, bodjaar 2026, CFO 10.000, R 5.000, huur 30.000, onderhoud 8.000 per
year, D 200.000 in 2026–2028 and 220.000 in 2029, x € 1.000): S1 ICR' 2029 = 15.000 / 5.680 = 2,640845;
S2 ICR' 2029 = 14.108,97 / 5.000 = 2,821794; S3 ICR' = 14.200 / 5.000 = 2,84; S5 ICR' 2027 = 2,848837.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass

from rekenmodellen.normen import Normen, band
from rekenmodellen.ratios import NORM_NAMEN, RATIO_NAMEN, JaarCijfers, bereken_ratios, icr, is_bekend
from rekenmodellen.resultaat import NietTeBerekenen, opsomming
from rekenmodellen.scenario import ScenarioParameters, los_op, nieuwbouw

SCENARIOS = ("S1", "S2", "S3", "S4", "S5")
"""S1 rente +Δ, S2 huur −Δ, S3 onderhoud +p, S4 bouwkosten +p, S5 = S1 and S2 together."""

Ratio = float | NietTeBerekenen


@dataclass(frozen=True)
class GevoeligheidParameters:
    """The size of each shock, all fractions.

    ``rente_opslag_fractie``: Δ of S1 (0.01 = 1 procentpunt). ``herfinanciering_fractie_per_jaar``: h,
    the share of the existing debt refinanced or repriced each year (an aanname). ``huurstijging_lager_fractie``:
    Δ of S2 (0.01 = the rent rises 1 procentpunt less every year). ``onderhoud_opslag_fractie``: p of S3
    (0.10 = 10% more). ``bouwkosten_opslag_fractie``: p of S4. Raises ``ValueError`` for a value that is not
    a finite number, a negative value, h above 1 or a rent Δ of 1 or more.
    """

    rente_opslag_fractie: float
    herfinanciering_fractie_per_jaar: float
    huurstijging_lager_fractie: float
    onderhoud_opslag_fractie: float
    bouwkosten_opslag_fractie: float

    def __post_init__(self) -> None:
        for veld in dataclasses.fields(self):
            waarde = getattr(self, veld.name)
            if not (isinstance(waarde, int | float) and math.isfinite(waarde)) or waarde < 0:
                raise ValueError(f"gevoeligheidsparameter {veld.name} moet een getal van 0 of meer zijn, "
                                 f"niet {waarde!r}")
        if self.herfinanciering_fractie_per_jaar > 1:
            raise ValueError("de herfinanciering per jaar kan niet meer dan 100% van de schuld zijn")
        if self.huurstijging_lager_fractie >= 1:
            raise ValueError("de lagere huurstijging moet kleiner dan 100 procentpunt zijn")


@dataclass(frozen=True)
class JaarInvoer:
    """One prognosis year as the scenarios need it: the ratio inputs and two cash-flow items (euros).

    ``huurontvangsten_euro`` and ``onderhoud_euro`` are positive amounts; ``None`` = unknown.
    """

    cijfers: JaarCijfers
    huurontvangsten_euro: float | None = None
    onderhoud_euro: float | None = None


@dataclass(frozen=True)
class ScenarioJaar:
    """The ratios of one year under a scenario, keyed (and ordered) by ``RATIO_NAMEN``."""

    jaar: int
    ratios: dict[str, Ratio]


@dataclass(frozen=True)
class Overschrijding:
    """The first (ratio, jaar) where a scenario breaches a norm the base case keeps in that year."""

    ratio: str
    jaar: int


@dataclass(frozen=True)
class LaagsteIcr:
    waarde: float
    jaar: int


@dataclass(frozen=True)
class Woningen:
    """S4: the number of new homes that fit within the norms, base case and with dearer building."""

    basis: int
    scenario: int


@dataclass(frozen=True)
class ScenarioUitkomst:
    """One scenario on one tak: ratios per year, the first new breach (or None) and the lowest ICR (or None
    when no year's ICR can be computed)."""

    scenario: str
    per_jaar: tuple[ScenarioJaar, ...]
    eerste_overschrijding: Overschrijding | None
    laagste_icr: LaagsteIcr | None


# ---- the shocks, per year ------------------------------------------------------------------------------


def extra_rente_euro(k: int, schuld_euro: float, schuld_start_euro: float, rente_opslag_fractie: float,
                     herfinanciering_fractie_per_jaar: float) -> float:
    """S1, extra interest in year k (euros): E_k = Δ · min(D_k, k·h·D_0 + max(0, D_k − D_0)); 0 for k ≤ 0.

    Example (§6): k = 3, D_3 = 220.000, D_0 = 200.000, h = 0,08, Δ = 0,01 →
    0,01 · min(220.000, 48.000 + 20.000) = 680.
    """
    if k <= 0:
        return 0.0
    herprijsd = k * herfinanciering_fractie_per_jaar * schuld_start_euro + max(0.0, schuld_euro - schuld_start_euro)
    return rente_opslag_fractie * min(schuld_euro, herprijsd)


def huurderving_euro(k: int, huurontvangsten_euro: float, huurstijging_lager_fractie: float) -> float:
    """S2, rent lost in year k (euros): L_k = huurontvangsten_k · (1 − (1 − Δ)^k); 0 for k ≤ 0.

    Example (§6): huur 30.000, Δ = 0,01, k = 3 → 30.000 · (1 − 0,99³) = 891,03.
    """
    if k <= 0:
        return 0.0
    return huurontvangsten_euro * (1.0 - (1.0 - huurstijging_lager_fractie) ** k)


def extra_onderhoud_euro(k: int, onderhoud_euro: float, onderhoud_opslag_fractie: float) -> float:
    """S3, extra maintenance in year k (euros): p · onderhoud_k; 0 for k ≤ 0. Example: 0,10 · 8.000 = 800."""
    if k <= 0:
        return 0.0
    return onderhoud_opslag_fractie * onderhoud_euro


def schuld_start_euro(jaren: Sequence[JaarInvoer], bodjaar: int) -> float | NietTeBerekenen:
    """D_0: schuld_nominaal of the bodjaar, else of the first prognosis year (euros)."""
    per_jaar = {j.cijfers.jaar: j.cijfers.schuld_nominaal for j in jaren}
    if bodjaar in per_jaar:
        d0 = per_jaar[bodjaar]
    elif jaren:
        d0 = jaren[0].cijfers.schuld_nominaal
    else:
        return NietTeBerekenen("de prognose heeft geen jaren")
    if d0 is None or not is_bekend(d0):
        return NietTeBerekenen("nominale schuld van het startjaar ontbreekt")
    return float(d0)


# ---- scenarios S1, S2, S3, S5 --------------------------------------------------------------------------

def _jaar_onder_schok(j: JaarInvoer, basis: ScenarioJaar, k: int, scenario: str, d0: float,
                      p: GevoeligheidParameters) -> ScenarioJaar:
    """The ratios of one year with the cash-flow shocks of ``scenario`` (S1, S2, S3 or S5). Only the ICR
    moves: the balance ratios are those of ``basis`` (the same year, unchanged)."""
    c = j.cijfers
    cfo, betaald = c.kasstroom_operationeel, c.rente_betaald
    if k <= 0 or cfo is None or betaald is None or not (is_bekend(cfo) and is_bekend(betaald)):
        return basis  # unchanged year, or its ICR is not computable anyway (the reason kept)
    ontbreekt: list[str] = []
    rente = huur = onderhoud = 0.0
    if scenario in ("S1", "S5"):
        schuld = c.schuld_nominaal
        if schuld is None or not is_bekend(schuld):
            ontbreekt.append("nominale schuld")
        else:
            rente = extra_rente_euro(k, schuld, d0, p.rente_opslag_fractie, p.herfinanciering_fractie_per_jaar)
    if scenario in ("S2", "S5"):
        ontvangen = j.huurontvangsten_euro
        if ontvangen is None or not is_bekend(ontvangen):
            ontbreekt.append("huurontvangsten")
        else:
            huur = huurderving_euro(k, ontvangen, p.huurstijging_lager_fractie)
    if scenario == "S3":
        uitgaven = j.onderhoud_euro
        if uitgaven is None or not is_bekend(uitgaven):
            ontbreekt.append("onderhoudsuitgaven")
        else:
            onderhoud = extra_onderhoud_euro(k, uitgaven, p.onderhoud_opslag_fractie)
    ratios = dict(basis.ratios)
    if ontbreekt:
        ratios["icr"] = NietTeBerekenen(f"gegevens van {c.jaar} ontbreken: {opsomming(ontbreekt)}")
    else:
        ratios["icr"] = icr(JaarCijfers(c.jaar, kasstroom_operationeel=cfo - rente - huur - onderhoud,
                                        rente_betaald=betaald + rente, rente_ontvangen=c.rente_ontvangen))
    return ScenarioJaar(c.jaar, ratios)


def eerste_overschrijding(basis: Sequence[ScenarioJaar], scenario: Sequence[ScenarioJaar], normen: Normen,
                          krap_marge: float) -> Overschrijding | None:
    """The first (jaar, then ratio in ``NORM_NAMEN`` order) where ``scenario`` is ``overschreden`` while the
    base case in that year is not, with the band function the ratios use (``rekenmodellen.normen.band``)."""
    basis_per_jaar = {b.jaar: b.ratios for b in basis}
    for s in sorted(scenario, key=lambda x: x.jaar):
        b = basis_per_jaar.get(s.jaar, {})
        for ratio in NORM_NAMEN:
            w = s.ratios.get(ratio)
            bw = b.get(ratio)
            if w is bw or not isinstance(w, float | int) or band(ratio, float(w), normen, krap_marge) != "overschreden":
                continue  # (`w is bw`: the value is the base's own, so not a new breach)
            if isinstance(bw, float | int) and band(ratio, float(bw), normen, krap_marge) == "overschreden":
                continue
            return Overschrijding(ratio, s.jaar)
    return None


def laagste_icr(per_jaar: Sequence[ScenarioJaar]) -> LaagsteIcr | None:
    """The lowest computable ICR and its year (the earliest year on a tie); None when no ICR is known."""
    bekend = [(float(w), s.jaar) for s in per_jaar if isinstance(w := s.ratios.get("icr"), float | int)]
    if not bekend:
        return None
    waarde, jaar = min(bekend)
    return LaagsteIcr(waarde, jaar)


def basis_ratios(jaren: Sequence[JaarInvoer]) -> tuple[ScenarioJaar, ...]:
    """The base case: the ratios of the prognosis as given."""
    return tuple(ScenarioJaar(j.cijfers.jaar, bereken_ratios(j.cijfers)) for j in jaren)


def kasstroom_scenario(scenario: str, jaren: Sequence[JaarInvoer], bodjaar: int, p: GevoeligheidParameters,
                       normen: Normen, krap_marge: float,
                       basis: Sequence[ScenarioJaar] | None = None) -> ScenarioUitkomst | NietTeBerekenen:
    """S1, S2, S3 or S5 on the years of one tak (the formulas in the module docstring).

    ``basis`` (the base ratios of the same years) may be passed to avoid computing them again. Not computable
    as a whole when no year has the ICR inputs, when S1/S5 lack D_0, or when S2/S5 (huurontvangsten) or S3
    (onderhoud) find that item in none of the years after the bodjaar.
    """
    if scenario not in ("S1", "S2", "S3", "S5"):
        raise ValueError(f"kasstroomscenario moet S1, S2, S3 of S5 zijn, niet {scenario!r}")
    if not any(is_bekend(j.cijfers.kasstroom_operationeel) and is_bekend(j.cijfers.rente_betaald) for j in jaren):
        return NietTeBerekenen("de bedragen ontbreken (operationele kasstroom en rente)")
    later = [j for j in jaren if j.cijfers.jaar > bodjaar]
    if not later:
        return NietTeBerekenen(f"de prognose heeft geen jaren na {bodjaar}")
    d0: float = 0.0
    if scenario in ("S1", "S5"):
        start = schuld_start_euro(jaren, bodjaar)
        if isinstance(start, NietTeBerekenen):
            return start
        d0 = start
    if scenario in ("S2", "S5") and not any(is_bekend(j.huurontvangsten_euro) for j in later):
        return NietTeBerekenen("huurontvangsten ontbreken")
    if scenario == "S3" and not any(is_bekend(j.onderhoud_euro) for j in later):
        return NietTeBerekenen("onderhoudsuitgaven ontbreken")
    basis = basis if basis is not None else basis_ratios(jaren)
    per_jaar = tuple(_jaar_onder_schok(j, b, j.cijfers.jaar - bodjaar, scenario, d0, p)
                     for j, b in zip(jaren, basis, strict=True))
    return ScenarioUitkomst(scenario, per_jaar, eerste_overschrijding(basis, per_jaar, normen, krap_marge),
                            laagste_icr(per_jaar))


# ---- scenario S4 ---------------------------------------------------------------------------------------


def duurder_bouwen(p: ScenarioParameters, bouwkosten_opslag_fractie: float) -> ScenarioParameters:
    """S4 parameters: v_bw, v_mw and y divided by (1 + p); a dearer home is not worth more, nor rents for more."""
    factor = 1.0 + bouwkosten_opslag_fractie
    return dataclasses.replace(p, v_bw=p.v_bw / factor, v_mw=p.v_mw / factor, y=p.y / factor)


def woningen(x_euro: float, stichtingskosten_per_woning_euro: float) -> int:
    """floor(X / stichtingskosten), with 1e-9 against rounding noise just below a whole home."""
    return max(0, math.floor(x_euro / stichtingskosten_per_woning_euro + 1e-9))


def s4_bouwkosten(horizon: Sequence[JaarCijfers], normen: Normen, rente_fractie: float,
                  stichtingskosten_per_woning_euro: float,
                  bouwkosten_opslag_fractie: float) -> Woningen | NietTeBerekenen:
    """S4: nieuwbouw eenmalig (§4.2) in the base case and with building costs (1 + p) times higher.

    basis = floor(X_max / s); scenario = floor(X_max' / ((1 + p) · s)), X_max' from the solver with
    v_bw, v_mw and y divided by (1 + p). Not computable when no norm limits the investment.
    """
    if not (math.isfinite(stichtingskosten_per_woning_euro) and stichtingskosten_per_woning_euro > 0):
        return NietTeBerekenen("stichtingskosten per woning moeten groter dan 0 zijn")
    if not horizon:
        return NietTeBerekenen("de horizon bevat geen jaren")
    preset = nieuwbouw(rente_fractie, "eenmalig")
    basis = los_op(horizon, normen, preset)
    duur = los_op(horizon, normen, duurder_bouwen(preset, bouwkosten_opslag_fractie))
    if basis.x_max is None or duur.x_max is None:
        return NietTeBerekenen(basis.reden or duur.reden or "geen norm begrenst de investering")
    factor = 1.0 + bouwkosten_opslag_fractie
    return Woningen(woningen(basis.x_max, stichtingskosten_per_woning_euro),
                    woningen(duur.x_max, factor * stichtingskosten_per_woning_euro))


__all__ = [
    "RATIO_NAMEN",
    "SCENARIOS",
    "GevoeligheidParameters",
    "JaarInvoer",
    "LaagsteIcr",
    "Overschrijding",
    "ScenarioJaar",
    "ScenarioUitkomst",
    "Woningen",
    "basis_ratios",
    "duurder_bouwen",
    "eerste_overschrijding",
    "extra_onderhoud_euro",
    "extra_rente_euro",
    "huurderving_euro",
    "kasstroom_scenario",
    "laagste_icr",
    "s4_bouwkosten",
    "schuld_start_euro",
    "woningen",
]
