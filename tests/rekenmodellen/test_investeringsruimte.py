"""Static headroom per year, rekenregels §4.1, on the worked example of §4.3."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rekenmodellen import NORM_NAMEN, JaarCijfers, statische_ruimte

from .voorbeeld import JAREN, NORMEN_2024, RENTE, K

# spec §4.3: "H_ICR 57.142,86 / 47.142,86 / 28.571,43; H_SOLV 45.500 / 39.000 / 40.300;
# H_DR 179.000 / 176.000 / 180.800"; H_LTV by hand = 0,70·BW − D: 39.000 / 32.500 / 33.800.
# Hand check 2026: H_ICR = (3.600 + 3.000 − 1,4·3.000) / (1,4·0,03) = 2.400 / 0,042 = 57.142,86.
VERWACHT_K = {
    "icr": (57_142.86, 47_142.86, 28_571.43),
    "ltv": (39_000.00, 32_500.00, 33_800.00),
    "solvabiliteit": (45_500.00, 39_000.00, 40_300.00),
    "dekkingsratio": (179_000.00, 176_000.00, 180_800.00),
}
# spec §4.3: "Headroom: 2026 39.000 (LTV); 2027 32.500 (LTV); 2028 28.571,43 (ICR)"
HEADROOM_K = ((2026, 39_000.00, "ltv"), (2027, 32_500.00, "ltv"), (2028, 28_571.43, "icr"))


def _k(bedrag: float | None) -> float:
    assert bedrag is not None
    return round(bedrag / K, 2)


@pytest.mark.parametrize("index", [0, 1, 2])
def test_voorbeeld_per_norm(index: int) -> None:
    ruimte = statische_ruimte(JAREN[index], NORMEN_2024, RENTE)
    assert tuple(ruimte.per_norm) == NORM_NAMEN
    for norm in NORM_NAMEN:
        assert _k(ruimte.per_norm[norm]) == pytest.approx(VERWACHT_K[norm][index], abs=1e-9), norm


@pytest.mark.parametrize(("index", "verwacht"), list(enumerate(HEADROOM_K)))
def test_voorbeeld_headroom_en_bindende_norm(index: int, verwacht: tuple[int, float, str]) -> None:
    jaar, headroom_k, bindend = verwacht
    ruimte = statische_ruimte(JAREN[index], NORMEN_2024, RENTE)
    assert ruimte.jaar == jaar
    assert _k(ruimte.extra_schuld) == pytest.approx(headroom_k, abs=1e-9)
    assert ruimte.bindende_norm == bindend


def test_al_overschreden_is_negatief() -> None:
    # D = 150.000 k€ > 0,70 · 200.000: H_LTV = 140.000 − 150.000 = −10.000 k€ (hand)
    c = replace(JAREN[0], schuld_nominaal=150_000 * K)
    ruimte = statische_ruimte(c, NORMEN_2024, RENTE)
    assert ruimte.extra_schuld == pytest.approx(-10_000 * K)
    assert ruimte.bindende_norm == "ltv"


def test_precies_op_de_norm_is_nul_niet_negatief() -> None:
    # LTV exactly 70% up to rounding: 0,7 · 1/3 is not representable exactly
    c = JaarCijfers(2026, schuld_nominaal=0.7 * (1 / 3), beleidswaarde=1 / 3)
    assert statische_ruimte(c, NORMEN_2024, RENTE).per_norm["ltv"] == 0.0


def test_ontbrekende_invoer_slaat_norm_over() -> None:
    c = replace(JAREN[0], beleidswaarde=None)
    ruimte = statische_ruimte(c, NORMEN_2024, RENTE)
    # beleidswaarde feeds LTV and solvabiliteit (via EVbw and BTbw)
    assert ruimte.per_norm["ltv"] is None
    assert ruimte.per_norm["solvabiliteit"] is None
    assert _k(ruimte.per_norm["icr"]) == pytest.approx(57_142.86)
    assert ruimte.bindende_norm == "icr"


def test_niets_bekend() -> None:
    ruimte = statische_ruimte(JaarCijfers(2026), NORMEN_2024, RENTE)
    assert ruimte.per_norm == dict.fromkeys(NORM_NAMEN)
    assert ruimte.extra_schuld is None
    assert ruimte.bindende_norm is None


@pytest.mark.parametrize("rente", [0.0, -0.01, float("nan")])
def test_rente_moet_positief_zijn(rente: float) -> None:
    with pytest.raises(ValueError):
        statische_ruimte(JAREN[0], NORMEN_2024, rente)
