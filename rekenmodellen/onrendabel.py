"""Onrendabele top of one new home and annuity loans, with numpy-financial (spec rekenregels §5).

Amounts in euros, rates as fractions per year (0.05 = 5%), years as int. ``npf.npv`` discounts
``values[0]`` at t = 0; ``npf.pmt`` returns a negative payment for a positive loan, and this module
turns the results into positive amounts where stated.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy_financial as npf

from rekenmodellen.resultaat import NietTeBerekenen


@dataclass(frozen=True)
class OnrendabeleTop:
    """``npv``: NPV of [−stichtingskosten, cf_1, …, cf_n] (euros; negative = onrendabel).
    ``top``: onrendabele top = −npv (euros; negative means the home is rendabel at this rate).
    ``irr``: internal rate of return (fraction), or ``NietTeBerekenen`` when there is none.
    """

    npv: float
    top: float
    irr: float | NietTeBerekenen


def _controleer(**waarden: float) -> None:
    for naam, waarde in waarden.items():
        if not math.isfinite(waarde):
            raise ValueError(f"{naam} is geen eindig getal: {waarde!r}")


def netto_kasstromen(
    huur_per_jaar: float,
    huurstijging: float,
    lasten_per_jaar: float,
    lastenstijging: float,
    jaren: int,
    restwaarde: float,
) -> list[float]:
    """Net rent per year t = 1..jaren, euros, with the restwaarde added in the last year:

        cf_t = huur·(1 + huurstijging)^(t−1) − lasten·(1 + lastenstijging)^(t−1);  cf_jaren += restwaarde
    """
    _controleer(
        huur_per_jaar=huur_per_jaar,
        huurstijging=huurstijging,
        lasten_per_jaar=lasten_per_jaar,
        lastenstijging=lastenstijging,
        restwaarde=restwaarde,
    )
    if jaren < 1:
        raise ValueError(f"exploitatieduur moet minstens 1 jaar zijn, niet {jaren!r}")
    cf = [
        huur_per_jaar * (1 + huurstijging) ** (t - 1) - lasten_per_jaar * (1 + lastenstijging) ** (t - 1)
        for t in range(1, jaren + 1)
    ]
    cf[-1] += restwaarde
    return cf


def onrendabele_top(
    stichtingskosten: float,
    huur_per_jaar: float,
    huurstijging: float,
    lasten_per_jaar: float,
    lastenstijging: float,
    jaren: int,
    restwaarde: float,
    disconteringsvoet: float,
) -> OnrendabeleTop:
    """Onrendabele top = stichtingskosten − present value of net rent (+ restwaarde), euros.

        npv = npf.npv(disconteringsvoet, [−stichtingskosten] + cf)   (cf from ``netto_kasstromen``)
        top = −npv;  irr = npf.irr([−stichtingskosten] + cf)

    Example (spec §5): 250.000; huur 9.600 +2,5%; lasten 2.400 +3,0%; 50 jaar; restwaarde 25.000;
    5% → npv −53.040,57, irr 3,85%. Always show the disconteringsvoet used: the top depends on it.
    Raises ``ValueError`` for a non-finite parameter, ``jaren`` < 1 or a disconteringsvoet ≤ −1.
    """
    _controleer(stichtingskosten=stichtingskosten, disconteringsvoet=disconteringsvoet)
    if disconteringsvoet <= -1:
        raise ValueError(f"disconteringsvoet moet groter dan −1 zijn, niet {disconteringsvoet!r}")
    stromen = [
        -stichtingskosten,
        *netto_kasstromen(huur_per_jaar, huurstijging, lasten_per_jaar, lastenstijging, jaren, restwaarde),
    ]
    npv = float(npf.npv(disconteringsvoet, stromen))
    if not math.isfinite(npv):
        raise ValueError("contante waarde is geen eindig getal: controleer de parameters")
    irr_ruw = float(npf.irr(stromen))
    irr: float | NietTeBerekenen
    if math.isfinite(irr_ruw):
        irr = irr_ruw
    else:
        irr = NietTeBerekenen("geen interne rentevoet: de kasstromen wisselen niet (eenduidig) van teken")
    return OnrendabeleTop(npv=npv, top=-npv, irr=irr)


@dataclass(frozen=True)
class Annuiteit:
    """A yearly annuity, all positive euros: ``termijn`` (payment per year), and its split in year 1
    into ``rente_jaar1`` and ``aflossing_jaar1``."""

    termijn: float
    rente_jaar1: float
    aflossing_jaar1: float


def _controleer_lening(hoofdsom: float, rente: float, jaren: int) -> None:
    _controleer(hoofdsom=hoofdsom, rente=rente)
    if jaren < 1:
        raise ValueError(f"looptijd moet minstens 1 jaar zijn, niet {jaren!r}")
    if rente <= -1:
        raise ValueError(f"rente moet groter dan −1 zijn, niet {rente!r}")


def annuiteit(hoofdsom: float, rente: float, jaren: int) -> Annuiteit:
    """Annuity on a loan of ``hoofdsom`` euros at ``rente`` per year over ``jaren`` years, paid at year end.

        termijn = −npf.pmt(rente, jaren, hoofdsom) = hoofdsom·r / (1 − (1 + r)^−n)   (hoofdsom / n at r = 0)
        rente_jaar1 = hoofdsom·r;  aflossing_jaar1 = termijn − rente_jaar1

    Example (spec §5): 250.000, 3,5%, 30 jaar → termijn 13.592,83; rente jaar 1 8.750,00.
    """
    _controleer_lening(hoofdsom, rente, jaren)
    termijn = -float(npf.pmt(rente, jaren, hoofdsom))
    rente_jaar1 = hoofdsom * rente
    return Annuiteit(termijn=termijn, rente_jaar1=rente_jaar1, aflossing_jaar1=termijn - rente_jaar1)


def restschuld(hoofdsom: float, rente: float, jaren: int, na_jaren: int) -> float:
    """Outstanding balance (positive euros) of that annuity loan after ``na_jaren`` payments:

        restschuld = −npf.fv(rente, na_jaren, npf.pmt(rente, jaren, hoofdsom), hoofdsom)
                   = hoofdsom·(1 + r)^k − termijn·((1 + r)^k − 1) / r

    Example (spec §5): 250.000, 3,5%, 30 jaar, na 10 jaar → 193.186,82. 0 ≤ na_jaren ≤ jaren.
    """
    _controleer_lening(hoofdsom, rente, jaren)
    if not 0 <= na_jaren <= jaren:
        raise ValueError(f"na_jaren moet tussen 0 en {jaren} liggen, niet {na_jaren!r}")
    betaling = npf.pmt(rente, jaren, hoofdsom)
    return -float(npf.fv(rente, na_jaren, betaling, hoofdsom))
