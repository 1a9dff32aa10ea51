"""Pure calculations for bodcheck: ratios, investeringsruimte, scenario solver, onrendabele top.

numpy / numpy-financial only: no I/O, no pandas, no Qt. Amounts in euros, rates as fractions.
"""

from __future__ import annotations

from rekenmodellen.investeringsruimte import StatischeRuimte, statische_ruimte
from rekenmodellen.normen import (
    RICHTING,
    Normen,
    band,
    grens,
    krap_grens,
    ongewone_waarde,
    schuld_per_vhe_ongewoon,
)
from rekenmodellen.normruimte import normruimte
from rekenmodellen.onrendabel import (
    Annuiteit,
    OnrendabeleTop,
    annuiteit,
    netto_kasstromen,
    onrendabele_top,
    restschuld,
)
from rekenmodellen.ratios import (
    NORM_NAMEN,
    RATIO_INVOER,
    RATIO_NAMEN,
    JaarCijfers,
    balanstotaal_bw,
    bereken_ratios,
    dekkingsratio,
    eigen_vermogen_bw,
    icr,
    ltv,
    netto_rente,
    onderpandratio,
    solvabiliteit,
)
from rekenmodellen.resultaat import NietTeBerekenen
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
    "RATIO_INVOER",
    "RATIO_NAMEN",
    "RICHTING",
    "Annuiteit",
    "JaarCijfers",
    "Limiet",
    "NietTeBerekenen",
    "Normen",
    "OnrendabeleTop",
    "ScenarioParameters",
    "ScenarioResultaat",
    "StatischeRuimte",
    "annuiteit",
    "balanstotaal_bw",
    "band",
    "bereken_ratios",
    "dekkingsratio",
    "eigen_vermogen_bw",
    "grens",
    "icr",
    "krap_grens",
    "los_op",
    "ltv",
    "netto_kasstromen",
    "netto_rente",
    "nieuwbouw",
    "normruimte",
    "onderpandratio",
    "ongewone_waarde",
    "onrendabele_top",
    "restschuld",
    "schuld_per_vhe_ongewoon",
    "solvabiliteit",
    "statische_ruimte",
    "verbetering",
]
