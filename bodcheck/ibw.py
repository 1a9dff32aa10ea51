"""The ministry's IBW (Indicatieve bestedingsruimte woningcorporaties) next to bodcheck's own indicative
figure (invoerformat 1.1; vraagpunten.md Revisions 2, F03).

The IBW gives three amounts per corporatie and per gemeente: nieuwbouw, verbetering and huurmatiging. They
are alternatives (not a sum), they come on top of the plans already in the prognosis, and they are indicative.
bodcheck's own figure for this gemeente is the nieuwbouw resp. verbetering scenario (eenmalig) naar rato.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from bodcheck import codes
from bodcheck.afgeleid import stichtingskosten
from bodcheck.model import Berekend, Invoer

WAARSCHUWINGEN = (
    "De drie IBW-bedragen zijn alternatieven: nieuwbouw, verbetering óf huurmatiging, geen optelsom.",
    "De IBW komt bovenop de plannen die al in de prognose van de corporatie zitten.",
    "De IBW is indicatief, net als de eigen berekening van bodcheck; de Autoriteit woningcorporaties vond de "
    "IBW te positief.",
)
LABEL = {"nieuwbouw": "Nieuwbouw", "verbetering": "Verbetering", "huurmatiging": "Huurmatiging"}


@dataclass(frozen=True)
class Ibw:
    jaar: int | None
    gemeente: dict[str, float | None]  # soort -> euros, this corporatie in this gemeente
    corporatie: dict[str, float | None]  # soort -> euros, the whole corporatie
    eigen: dict[str, float | None]  # soort -> bodcheck's own indicative figure for this gemeente (euros)
    woningen_nieuwbouw: int | None  # IBW nieuwbouw for this gemeente ÷ stichtingskosten, rounded down
    stichtingskosten: float
    bronnen: dict[str, str]  # field code -> cell


def van(invoer: Invoer, berekend: Berekend | None) -> Ibw | None:
    """The IBW block, or None when the workbooks give no IBW amount."""
    if not any(isinstance(invoer.veld(c), int | float) for c in codes.IBW_VELDEN if c != "ibw_jaar"):
        return None
    gemeente = {s: _bedrag(invoer.veld(f"ibw_{s}")) for s in codes.IBW_SOORTEN}
    corporatie = {s: _bedrag(invoer.veld(f"ibw_{s}_corporatie")) for s in codes.IBW_SOORTEN}
    ir = berekend.investeringsruimte if berekend is not None else None
    eigen: dict[str, float | None] = {s: None for s in codes.IBW_SOORTEN}
    for s in ir.scenarios if ir is not None else ():
        if s.modus == "eenmalig" and s.naam in eigen:
            eigen[s.naam] = s.x_gemeente
    sk = stichtingskosten(berekend)
    nb = gemeente["nieuwbouw"]
    jaar = invoer.veld("ibw_jaar")
    return Ibw(jaar=int(jaar) if isinstance(jaar, int | float) else None, gemeente=gemeente, corporatie=corporatie,
               eigen=eigen, woningen_nieuwbouw=math.floor(nb / sk + 1e-9) if nb is not None and sk > 0 else None,
               stichtingskosten=sk,
               bronnen={c: str(b) for c in codes.IBW_VELDEN if (b := invoer.veld_bron(c)) is not None})


def _bedrag(x: object) -> float | None:
    return float(x) if isinstance(x, int | float) and not isinstance(x, bool) else None
