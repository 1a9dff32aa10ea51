"""An independent check of the scenario solver: apply an investment X to the year figures through the
balance sheet and cash flow, then recompute the ratios with ``rekenmodellen.ratios``.

Written from the accounting story of rekenregels §4.2, not from its a/b coefficients:
- X is invested at the start of the first year (eenmalig) or of every year (gelijkmatig), with debt;
- the new debt costs ``rente`` a year; the investment yields ``y`` a year from the year of investment
  (lag 0) or the year after (lag 1); the shortfall (interest − yield) lowers the operating cash flow
  and is borrowed too;
- the asset adds v_bw·X to beleidswaarde and v_mw·X to marktwaarde; the balance sheet carries it at
  marktwaarde, so eigen vermogen moves by (v_mw − 1)·X minus the cumulative shortfall.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rekenmodellen import JaarCijfers, ScenarioParameters


def pas_toe(jaren: Sequence[JaarCijfers], p: ScenarioParameters, x: float) -> list[JaarCijfers]:
    uit = []
    extra_schuld = 0.0
    geinvesteerd = 0.0
    tekort_cumulatief = 0.0
    for t, c in enumerate(jaren):
        investering = x if (p.modus == "gelijkmatig" or t == 0) else 0.0
        geinvesteerd_vorig = geinvesteerd
        geinvesteerd += investering
        renderend = geinvesteerd if p.lag == 0 else geinvesteerd_vorig
        extra_rente = p.rente * (extra_schuld + investering)  # interest on debt held during the year
        opbrengst = p.y * renderend
        tekort = extra_rente - opbrengst
        tekort_cumulatief += tekort
        extra_schuld += investering + tekort
        uit.append(
            replace(
                c,
                kasstroom_operationeel=_plus(c.kasstroom_operationeel, opbrengst - extra_rente),
                rente_betaald=_plus(c.rente_betaald, extra_rente),
                schuld_nominaal=_plus(c.schuld_nominaal, extra_schuld),
                beleidswaarde=_plus(c.beleidswaarde, p.v_bw * geinvesteerd),
                marktwaarde=_plus(c.marktwaarde, p.v_mw * geinvesteerd),
                eigen_vermogen=_plus(c.eigen_vermogen, (p.v_mw - 1) * geinvesteerd - tekort_cumulatief),
                balanstotaal=_plus(c.balanstotaal, p.v_mw * geinvesteerd),
            )
        )
    return uit


def _plus(waarde: float | None, extra: float) -> float | None:
    return None if waarde is None else waarde + extra
