"""The worked example of rekenregels §4.3: DAEB, kader 2024 (1,4 / 70% / 30% / 70%), r = 3%.

The spec gives amounts in € x 1.000; here they are scaled to euros (the unit rekenmodellen uses), and
tests divide euro results by ``K`` to compare with the spec's k€ to two decimals. R in the spec is net
interest; it is passed as rente_betaald = R, rente_ontvangen = 0.
"""

from __future__ import annotations

from rekenmodellen import JaarCijfers, Normen

K = 1000.0
"""Euros per spec unit (€ x 1.000)."""

RENTE = 0.03
NORMEN_2024 = Normen(icr_min=1.4, ltv_max=0.70, solvabiliteit_min=0.30, dekkingsratio_max=0.70)

# jaar, CFO, R, D, BW, MW, EV, BT in k€ (spec §4.3 table)
TABEL = (
    (2026, 3_600, 3_000, 101_000, 200_000, 400_000, 310_000, 415_000),
    (2027, 3_300, 3_300, 111_000, 205_000, 410_000, 310_000, 425_000),
    (2028, 2_600, 3_500, 113_200, 210_000, 420_000, 317_800, 435_000),
)


def jaar_cijfers(
    jaar: int, cfo: float, r: float, d: float, bw: float, mw: float, ev: float, bt: float
) -> JaarCijfers:
    return JaarCijfers(
        jaar=jaar,
        kasstroom_operationeel=cfo * K,
        rente_betaald=r * K,
        rente_ontvangen=0.0,
        schuld_nominaal=d * K,
        beleidswaarde=bw * K,
        marktwaarde=mw * K,
        eigen_vermogen=ev * K,
        balanstotaal=bt * K,
    )


JAREN = tuple(jaar_cijfers(*rij) for rij in TABEL)
