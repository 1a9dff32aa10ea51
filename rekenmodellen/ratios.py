"""Financial ratios of one year of one tak (Aw/WSW joint framework), spec rekenregels §2.

All amounts in euros; ratios are plain fractions (LTV 0.505 means 50,5%).
A missing input (``None``, or a value that is not a finite number such as NaN) or a denominator of
zero or below gives ``NietTeBerekenen`` with the reason; never 0, NaN or infinity.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from rekenmodellen.resultaat import NietTeBerekenen, noemer_niet_positief, ontbreekt

NORM_NAMEN = ("icr", "ltv", "solvabiliteit", "dekkingsratio")
"""The ratios with an Aw/WSW norm, in display order. The one definition: import it, do not copy it."""
RATIO_NAMEN = (*NORM_NAMEN, "onderpandratio")
"""All ratios: the four with a norm, then the onderpandratio (information on WSW borging, no norm)."""

RATIO_INVOER = {
    "icr": ("kasstroom_operationeel", "rente_betaald", "rente_ontvangen"),
    "ltv": ("schuld_nominaal", "beleidswaarde"),
    "solvabiliteit": ("eigen_vermogen", "balanstotaal", "marktwaarde", "beleidswaarde"),
    "dekkingsratio": ("schuld_nominaal", "marktwaarde"),
    "onderpandratio": ("schuld_geborgd", "onderpand_waarde"),
}
"""The inputs (``JaarCijfers`` fields) each ratio needs, in the order its function unpacks them."""


@dataclass(frozen=True)
class JaarCijfers:
    """One year of one tak (scope: TI, DAEB or niet-DAEB). Amounts in euros, ``None`` = unknown.

    ``rente_betaald`` and ``rente_ontvangen`` are positive amounts (interest paid, interest received).
    ``kasstroom_operationeel`` is the operating cash flow after interest, as in the kasstroomoverzicht.
    ``marktwaarde`` is the marktwaarde in verhuurde staat.
    """

    jaar: int
    kasstroom_operationeel: float | None = None
    rente_betaald: float | None = None
    rente_ontvangen: float | None = None
    schuld_nominaal: float | None = None
    schuld_geborgd: float | None = None
    beleidswaarde: float | None = None
    marktwaarde: float | None = None
    onderpand_waarde: float | None = None
    eigen_vermogen: float | None = None
    balanstotaal: float | None = None


# How each input is named in a reden, for the user.
LABELS = {
    "kasstroom_operationeel": "operationele kasstroom",
    "rente_betaald": "betaalde rente",
    "rente_ontvangen": "ontvangen rente",
    "schuld_nominaal": "nominale schuld",
    "schuld_geborgd": "geborgde schuld",
    "beleidswaarde": "beleidswaarde",
    "marktwaarde": "marktwaarde",
    "onderpand_waarde": "onderpandwaarde",
    "eigen_vermogen": "eigen vermogen",
    "balanstotaal": "balanstotaal",
}


def is_bekend(waarde: float | None) -> bool:
    """True for a finite number; ``None``, NaN and infinity count as unknown."""
    return waarde is not None and math.isfinite(waarde)


def ontbrekende_velden(c: JaarCijfers, velden: tuple[str, ...]) -> tuple[str, ...]:
    """The names (of ``velden``, in that order) whose value in ``c`` is unknown."""
    return tuple(v for v in velden if not is_bekend(getattr(c, v)))


def waarden(c: JaarCijfers, velden: tuple[str, ...]) -> tuple[float, ...] | NietTeBerekenen:
    """The values of ``velden`` in ``c`` as floats, or ``NietTeBerekenen`` naming every unknown one."""
    missend = ontbrekende_velden(c, velden)
    if missend:
        return ontbreekt([LABELS[v] for v in missend])
    return tuple(float(getattr(c, v)) for v in velden)


def _deling(teller: float, noemer: float, noemer_naam: str) -> float | NietTeBerekenen:
    if noemer <= 0:
        return noemer_niet_positief(noemer_naam)
    uitkomst = teller / noemer
    if not math.isfinite(uitkomst):
        return NietTeBerekenen(f"uitkomst is geen eindig getal (noemer {noemer_naam} te klein)")
    return uitkomst


def netto_rente(c: JaarCijfers) -> float | NietTeBerekenen:
    """Net interest in euros: R = rente_betaald − rente_ontvangen."""
    w = waarden(c, ("rente_betaald", "rente_ontvangen"))
    if isinstance(w, NietTeBerekenen):
        return w
    betaald, ontvangen = w
    return betaald - ontvangen


def eigen_vermogen_bw(c: JaarCijfers) -> float | NietTeBerekenen:
    """Eigen vermogen on beleidswaarde, euros: EVbw = EV − (MW − BW)."""
    w = waarden(c, ("eigen_vermogen", "marktwaarde", "beleidswaarde"))
    if isinstance(w, NietTeBerekenen):
        return w
    ev, mw, bw = w
    return ev - (mw - bw)


def balanstotaal_bw(c: JaarCijfers) -> float | NietTeBerekenen:
    """Balanstotaal on beleidswaarde, euros: BTbw = BT − (MW − BW)."""
    w = waarden(c, ("balanstotaal", "marktwaarde", "beleidswaarde"))
    if isinstance(w, NietTeBerekenen):
        return w
    bt, mw, bw = w
    return bt - (mw - bw)


def icr(c: JaarCijfers) -> float | NietTeBerekenen:
    """Interest coverage ratio on net interest: ICR = (CFO + R) / R.

    CFO = kasstroom_operationeel (after interest), R = rente_betaald − rente_ontvangen (euros).
    R ≤ 0 → niet te berekenen. The gross variant (CFO + betaald) / betaald is not used.
    """
    w = waarden(c, RATIO_INVOER["icr"])
    if isinstance(w, NietTeBerekenen):
        return w
    cfo, betaald, ontvangen = w
    r = betaald - ontvangen
    return _deling(cfo + r, r, "netto rente")


def ltv(c: JaarCijfers) -> float | NietTeBerekenen:
    """Loan to value on beleidswaarde: LTV = schuld_nominaal / beleidswaarde (cash is not netted)."""
    w = waarden(c, RATIO_INVOER["ltv"])
    if isinstance(w, NietTeBerekenen):
        return w
    d, bw = w
    return _deling(d, bw, "beleidswaarde")


def solvabiliteit(c: JaarCijfers) -> float | NietTeBerekenen:
    """Solvabiliteit on beleidswaarde: EVbw / BTbw, EVbw = EV − (MW − BW), BTbw = BT − (MW − BW)."""
    w = waarden(c, RATIO_INVOER["solvabiliteit"])
    if isinstance(w, NietTeBerekenen):
        return w
    ev, bt, mw, bw = w
    return _deling(ev - (mw - bw), bt - (mw - bw), "balanstotaal op beleidswaarde")


def dekkingsratio(c: JaarCijfers) -> float | NietTeBerekenen:
    """Dekkingsratio: schuld_nominaal / marktwaarde (verhuurde staat)."""
    w = waarden(c, RATIO_INVOER["dekkingsratio"])
    if isinstance(w, NietTeBerekenen):
        return w
    d, mw = w
    return _deling(d, mw, "marktwaarde")


def onderpandratio(c: JaarCijfers) -> float | NietTeBerekenen:
    """Onderpandratio: schuld_geborgd / onderpand_waarde. Information (WSW borging), not a norm."""
    w = waarden(c, RATIO_INVOER["onderpandratio"])
    if isinstance(w, NietTeBerekenen):
        return w
    geborgd, onderpand = w
    return _deling(geborgd, onderpand, "onderpandwaarde")


_FUNCTIES = {
    "icr": icr,
    "ltv": ltv,
    "solvabiliteit": solvabiliteit,
    "dekkingsratio": dekkingsratio,
    "onderpandratio": onderpandratio,
}


def bereken_ratios(c: JaarCijfers) -> dict[str, float | NietTeBerekenen]:
    """All five ratios of ``c``, keyed (and ordered) by ``RATIO_NAMEN``."""
    return {naam: _FUNCTIES[naam](c) for naam in RATIO_NAMEN}
