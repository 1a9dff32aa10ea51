"""Room left under each continuity norm in one year: the right-hand side ``b`` of spec §4.

    ICR : b = CFO + R − ICRmin·R              R = rente_betaald − rente_ontvangen
    LTV : b = LTVmax·BW − D
    SOLV: b = EVbw − SOLVmin·BTbw             EVbw = EV − (MW − BW), BTbw = BT − (MW − BW)
    DR  : b = DRmax·MW − D

All in euros; b < 0 means the norm is already breached. Since ratio − norm = b / noemer (noemer R,
BW, BTbw, MW respectively), a ratio within 1e-9 of its norm gives |b| ≤ 1e-9·|noemer|; such a b is
returned as exactly 0.0, so "on the norm" never reads as "breached".
"""

from __future__ import annotations

import math

from rekenmodellen.normen import TOLERANTIE, Normen
from rekenmodellen.ratios import NORM_NAMEN, RATIO_INVOER, JaarCijfers, waarden
from rekenmodellen.resultaat import NietTeBerekenen

BENODIGD = {norm: RATIO_INVOER[norm] for norm in NORM_NAMEN}
"""The inputs each norm needs; when one is unknown the norm is skipped for that year."""


def _b_en_noemer(norm: str, w: tuple[float, ...], normen: Normen) -> tuple[float, float]:
    if norm == "icr":
        cfo, betaald, ontvangen = w
        r = betaald - ontvangen
        return cfo + r - normen.icr_min * r, r
    if norm == "ltv":
        d, bw = w
        return normen.ltv_max * bw - d, bw
    if norm == "solvabiliteit":
        ev, bt, mw, bw = w
        ev_bw, bt_bw = ev - (mw - bw), bt - (mw - bw)
        return ev_bw - normen.solvabiliteit_min * bt_bw, bt_bw
    d, mw = w
    return normen.dekkingsratio_max * mw - d, mw


def normruimte(norm: str, c: JaarCijfers, normen: Normen) -> float | None:
    """``b`` of ``norm`` in year ``c`` (euros), or ``None`` when an input of that norm is unknown.

    (Also ``None`` if the inputs are so large that b overflows; real figures never do.)
    """
    if norm not in BENODIGD:
        raise ValueError(f"onbekende norm {norm!r}; bekend: {', '.join(NORM_NAMEN)}")
    w = waarden(c, BENODIGD[norm])
    if isinstance(w, NietTeBerekenen):
        return None
    b, noemer = _b_en_noemer(norm, w, normen)
    if not math.isfinite(b):
        return None
    if abs(b) <= TOLERANTIE * abs(noemer):
        return 0.0
    return b
