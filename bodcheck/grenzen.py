"""Bounds on what a value read from a file can be (rekenregels.md and uitvoer.md, Revisions 2). One place,
used by the workbook reader and by the check of an opened `.bodcheck`, so both refuse the same.

    controleer(code, eenheid, v) -> Grens | None    v in the model's units (euros, fractions)
    jaar_probleem(j) -> str | None                  a year outside 1900–2100

- beyond the bounds per unit (amounts from € 10^13, counts and persons from 10^7, shares outside 0–100%):
  an error, the value is unusable (more than any corporatie owns; a unit or typing error);
- negative debt, negative market or beleidswaarde, a negative number of homes: an error (cannot be true);
- a number so small that it is zero in practice (0 < |v| < 10^-9, e.g. 1E-320): read as 0 with a warning.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from bodcheck.codes import AANDEEL_CODES

MAX_BEDRAG = 1e13  # euros
MAX_AANTAL = 1e7
MAX_PROCENT = 10.0  # a non-share percentage (rent increase, assumption) as a fraction: 1.000%
MIN_JAAR, MAX_JAAR = 1900, 2100
MAX_JAREN = 30  # year columns per sheet
NUL = 1e-9

# Shares that lie between 0% and 100% by definition (the published ratios do not: an LTV can exceed 100%).
BEGRENSDE_AANDELEN = frozenset(c for c in AANDEEL_CODES if not c.endswith("_opgegeven"))
NOOIT_NEGATIEF = {
    "schuld_nominaal": "een schuld", "schuld_geborgd": "een schuld", "marktwaarde": "een marktwaarde",
    "beleidswaarde": "een beleidswaarde", "onderpand_waarde": "een onderpandwaarde",
    "balanstotaal": "een balanstotaal", "vhe": "een aantal woningen",
}


@dataclass(frozen=True)
class Grens:
    soort: str  # "fout" or "waarschuwing"
    tekst: str
    waarde: float | None  # the value to use (None: unusable)


def controleer(code: str, eenheid: str, v: float) -> Grens | None:
    if not math.isfinite(v):
        return Grens("fout", "getal is oneindig groot of ongeldig", None)
    if v != 0 and abs(v) < NUL:
        return Grens("waarschuwing", "getal is zo klein dat het als 0 is gelezen", 0.0)
    if eenheid in ("bedrag", "€") and abs(v) >= MAX_BEDRAG:
        return Grens("fout", "bedrag is onmogelijk groot (een bedrag ligt onder € 10.000.000.000.000); "
                             "controleer de eenheid en de invoer", None)
    if eenheid in ("aantal", "personen") and abs(v) >= MAX_AANTAL:
        return Grens("fout", "aantal is onmogelijk groot (een aantal ligt onder 10.000.000)", None)
    if eenheid in ("score", "jaren", "ratio") and abs(v) >= MAX_AANTAL:
        return Grens("fout", "getal is onmogelijk groot (hoogstens 10.000.000)", None)
    if eenheid == "%":
        if code in BEGRENSDE_AANDELEN and not 0 <= v <= 1:
            return Grens("fout", "aandeel ligt niet tussen 0% en 100%", None)
        if abs(v) > MAX_PROCENT:
            return Grens("fout", "percentage is onmogelijk groot (meer dan 1.000%)", None)
    if code in NOOIT_NEGATIEF and v < 0:
        return Grens("fout", f"negatief getal: {NOOIT_NEGATIEF[code]} kan niet negatief zijn", None)
    return None


def jaar_probleem(j: int) -> str | None:
    if not MIN_JAAR <= j <= MAX_JAAR:
        return f"jaartal {j} ligt niet tussen {MIN_JAAR} en {MAX_JAAR}"
    return None
