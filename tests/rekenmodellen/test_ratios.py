"""Ratios of rekenregels §2 on the worked example of §4.3, and the "niet te berekenen" cases."""

from __future__ import annotations

import math

import pytest

from rekenmodellen import (
    RATIO_NAMEN,
    JaarCijfers,
    NietTeBerekenen,
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

from .voorbeeld import JAREN

# Expected ratios, spec §4.3 ("ICR 2,20 / 2,00 / 1,7429; LTV 50,50% / 54,15% / 53,90%; ...").
# Hand check 2028: ICR (2.600 + 3.500) / 3.500 = 1,74286; solvabiliteit (317.800 − 210.000) /
# (435.000 − 210.000) = 107.800 / 225.000 = 0,47911.
VERWACHT = {
    "icr": (2.20, 2.00, 1.7429),
    "ltv": (0.5050, 0.5415, 0.5390),
    "solvabiliteit": (0.5116, 0.4773, 0.4791),
    "dekkingsratio": (0.2525, 0.2707, 0.2695),
}


@pytest.mark.parametrize("naam", list(VERWACHT))
@pytest.mark.parametrize("index", [0, 1, 2])
def test_voorbeeld_ratios(naam: str, index: int) -> None:
    uitkomst = bereken_ratios(JAREN[index])[naam]
    assert isinstance(uitkomst, float)
    assert uitkomst == pytest.approx(VERWACHT[naam][index], abs=1e-4)


def test_bereken_ratios_geeft_alle_vijf_in_volgorde() -> None:
    assert RATIO_NAMEN == ("icr", "ltv", "solvabiliteit", "dekkingsratio", "onderpandratio")
    uitkomst = bereken_ratios(JAREN[0])
    assert tuple(uitkomst) == RATIO_NAMEN
    # the example has no geborgde schuld / onderpandwaarde
    assert uitkomst["onderpandratio"] == NietTeBerekenen("geborgde schuld en onderpandwaarde ontbreken")


def test_afgeleide_bedragen() -> None:
    c = JAREN[0]  # 2026, euros
    # EVbw = 310.000 − (400.000 − 200.000) = 110.000 k€; BTbw = 415.000 − 200.000 = 215.000 k€ (hand)
    assert eigen_vermogen_bw(c) == pytest.approx(110_000_000)
    assert balanstotaal_bw(c) == pytest.approx(215_000_000)
    assert netto_rente(c) == pytest.approx(3_000_000)


def test_icr_op_netto_rente() -> None:
    # (CFO + R) / R with R = betaald − ontvangen = 1.200 − 200 = 1.000: (1.500 + 1.000) / 1.000 = 2,5 (hand);
    # the gross variant (1.500 + 1.200) / 1.200 = 2,25 is wrong per spec §2
    c = JaarCijfers(2026, kasstroom_operationeel=1_500, rente_betaald=1_200, rente_ontvangen=200)
    assert icr(c) == pytest.approx(2.5)


def test_onderpandratio() -> None:
    # 80.000 / 200.000 = 0,40 (hand)
    assert onderpandratio(
        JaarCijfers(2026, schuld_geborgd=80_000, onderpand_waarde=200_000)
    ) == pytest.approx(0.40)


@pytest.mark.parametrize(
    ("cijfers", "functie", "reden"),
    [
        # net interest 0 and negative (more received than paid)
        (
            JaarCijfers(2026, kasstroom_operationeel=100, rente_betaald=50, rente_ontvangen=50),
            icr,
            "noemer (netto rente) is 0 of negatief",
        ),
        (
            JaarCijfers(2026, kasstroom_operationeel=100, rente_betaald=50, rente_ontvangen=80),
            icr,
            "noemer (netto rente) is 0 of negatief",
        ),
        (
            JaarCijfers(2026, schuld_nominaal=100, beleidswaarde=0),
            ltv,
            "noemer (beleidswaarde) is 0 of negatief",
        ),
        (
            JaarCijfers(2026, schuld_nominaal=100, beleidswaarde=-5),
            ltv,
            "noemer (beleidswaarde) is 0 of negatief",
        ),
        (
            JaarCijfers(2026, schuld_nominaal=100, marktwaarde=0),
            dekkingsratio,
            "noemer (marktwaarde) is 0 of negatief",
        ),
        # BTbw = 100 − (300 − 200) = 0
        (
            JaarCijfers(2026, eigen_vermogen=50, balanstotaal=100, marktwaarde=300, beleidswaarde=200),
            solvabiliteit,
            "noemer (balanstotaal op beleidswaarde) is 0 of negatief",
        ),
        (
            JaarCijfers(2026, schuld_geborgd=10, onderpand_waarde=0),
            onderpandratio,
            "noemer (onderpandwaarde) is 0 of negatief",
        ),
    ],
)
def test_noemer_nul_of_negatief(cijfers: JaarCijfers, functie, reden: str) -> None:
    assert functie(cijfers) == NietTeBerekenen(reden)


@pytest.mark.parametrize(
    ("cijfers", "functie", "reden"),
    [
        (JaarCijfers(2026, schuld_nominaal=100), ltv, "beleidswaarde ontbreekt"),
        (JaarCijfers(2026, beleidswaarde=100), ltv, "nominale schuld ontbreekt"),
        # strict: a missing rente_ontvangen is not taken as 0
        (JaarCijfers(2026, kasstroom_operationeel=100, rente_betaald=50), icr, "ontvangen rente ontbreekt"),
        (JaarCijfers(2026, kasstroom_operationeel=100), icr, "betaalde rente en ontvangen rente ontbreken"),
        (JaarCijfers(2026), icr, "operationele kasstroom, betaalde rente en ontvangen rente ontbreken"),
        (
            JaarCijfers(2026, eigen_vermogen=1, balanstotaal=2, beleidswaarde=1),
            solvabiliteit,
            "marktwaarde ontbreekt",
        ),
        (JaarCijfers(2026, schuld_nominaal=100), dekkingsratio, "marktwaarde ontbreekt"),
        (JaarCijfers(2026, onderpand_waarde=100), onderpandratio, "geborgde schuld ontbreekt"),
        # NaN (an empty cell that slipped through) and infinity count as missing
        (JaarCijfers(2026, schuld_nominaal=100, beleidswaarde=math.nan), ltv, "beleidswaarde ontbreekt"),
        (
            JaarCijfers(2026, schuld_nominaal=math.inf, marktwaarde=100),
            dekkingsratio,
            "nominale schuld ontbreekt",
        ),
    ],
)
def test_ontbrekende_invoer(cijfers: JaarCijfers, functie, reden: str) -> None:
    assert functie(cijfers) == NietTeBerekenen(reden)


def test_uitkomst_nooit_oneindig() -> None:
    # a positive but tiny denominator would overflow to infinity
    uitkomst = ltv(JaarCijfers(2026, schuld_nominaal=1e300, beleidswaarde=1e-300))
    assert isinstance(uitkomst, NietTeBerekenen)


def test_niet_te_berekenen_leest_als_tekst() -> None:
    assert str(NietTeBerekenen("beleidswaarde ontbreekt")) == "niet te berekenen: beleidswaarde ontbreekt"
