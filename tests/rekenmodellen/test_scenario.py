"""Scenario solver, rekenregels §4.2, on the worked example of §4.3."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rekenmodellen import (
    NORM_NAMEN,
    JaarCijfers,
    ScenarioParameters,
    band,
    bereken_ratios,
    grens,
    los_op,
    nieuwbouw,
    verbetering,
)
from rekenmodellen.investeringsruimte import los_op as los_op_via_investeringsruimte

from .simulatie import pas_toe
from .voorbeeld import JAREN, NORMEN_2024, RENTE, K

# spec §4.3:
# "Nieuwbouw eenmalig: X_max = 50.000, binding LTV 2027. Nieuwbouw gelijkmatig: 17.333,33 per year
#  (52.000 in total), binding LTV 2028. Verbetering eenmalig: X_max = 26.931,31, binding ICR 2028.
#  Verbetering gelijkmatig: 9.243,72 per year, binding ICR 2028. (With lag 1, nieuwbouw eenmalig would be
#  47.730,94: lag matters.)"
# Hand check nieuwbouw eenmalig, 2027: d = C = 1 (y = r cancels the interest), a_LTV = 1 − 0,7·0,5 = 0,65,
# b = 0,7·205.000 − 111.000 = 32.500 → 32.500 / 0,65 = 50.000.
# Hand check verbetering eenmalig, 2028: d_2028 = 1,03² = 1,0609 before the year, i = 0,03·1,0609,
# a_ICR = 1,4·0,031827 = 0,0445578, b = 2.600 + 3.500 − 1,4·3.500 = 1.200 → 26.931,31.
SCENARIOS = [
    ("nieuwbouw eenmalig", nieuwbouw(RENTE), 50_000.00, 50_000.00, "ltv", 2027),
    ("nieuwbouw gelijkmatig", nieuwbouw(RENTE, "gelijkmatig"), 17_333.33, 52_000.00, "ltv", 2028),
    ("verbetering eenmalig", verbetering(RENTE), 26_931.31, 26_931.31, "icr", 2028),
    # x_totaal = 3 years · x_max (spec §4.2 "x_max is per year (JSON adds x_totaal)")
    ("verbetering gelijkmatig", verbetering(RENTE, "gelijkmatig"), 9_243.72, None, "icr", 2028),
    ("nieuwbouw eenmalig lag 1", replace(nieuwbouw(RENTE), lag=1), 47_730.94, 47_730.94, "ltv", 2027),
]


@pytest.mark.parametrize(
    ("naam", "p", "x_max_k", "x_totaal_k", "norm", "jaar"), SCENARIOS, ids=[s[0] for s in SCENARIOS]
)
def test_voorbeeld(
    naam: str, p: ScenarioParameters, x_max_k: float, x_totaal_k: float | None, norm: str, jaar: int
) -> None:
    uitkomst = los_op(JAREN, NORMEN_2024, p)
    assert uitkomst.x_max is not None and uitkomst.x_totaal is not None
    assert round(uitkomst.x_max / K, 2) == pytest.approx(x_max_k, abs=1e-9)
    if x_totaal_k is None:
        assert uitkomst.x_totaal == pytest.approx(3 * uitkomst.x_max)
    else:
        assert round(uitkomst.x_totaal / K, 2) == pytest.approx(x_totaal_k, abs=1e-9)
    assert (uitkomst.bindende_norm, uitkomst.bindend_jaar) == (norm, jaar)
    assert uitkomst.modus == p.modus
    assert uitkomst.overgeslagen == ()
    assert uitkomst.reden is None
    assert len(uitkomst.limieten) == 3 * len(NORM_NAMEN)


@pytest.mark.parametrize("p", [s[1] for s in SCENARIOS], ids=[s[0] for s in SCENARIOS])
def test_voorbeeld_bindende_ratio_precies_op_de_norm(p: ScenarioParameters) -> None:
    """Apply X_max through the balance sheet (tests/rekenmodellen/simulatie.py) and recompute the ratios."""
    uitkomst = los_op(JAREN, NORMEN_2024, p)
    assert uitkomst.x_max is not None and uitkomst.bindende_norm is not None
    na = pas_toe(JAREN, p, uitkomst.x_max)
    for cijfers in na:
        ratios = bereken_ratios(cijfers)
        for norm in NORM_NAMEN:
            waarde = ratios[norm]
            assert isinstance(waarde, float)
            assert band(norm, waarde, NORMEN_2024) != "overschreden", (norm, cijfers.jaar)
            if (norm, cijfers.jaar) == (uitkomst.bindende_norm, uitkomst.bindend_jaar):
                assert waarde == pytest.approx(grens(norm, NORMEN_2024), abs=1e-9)


def test_presets() -> None:
    # spec §4.2: nieuwbouw (v_bw 0,5; v_mw 0,75; y = r), verbetering (v_bw = v_mw = y = 0); lag 0
    assert nieuwbouw(0.03) == ScenarioParameters(
        rente=0.03, v_bw=0.5, v_mw=0.75, y=0.03, lag=0, modus="eenmalig"
    )
    assert verbetering(0.04, "gelijkmatig") == ScenarioParameters(0.04, 0.0, 0.0, 0.0, 0, "gelijkmatig")


def test_ook_te_importeren_uit_investeringsruimte() -> None:
    assert los_op_via_investeringsruimte is los_op


def test_limiet_velden() -> None:
    uitkomst = los_op(JAREN, NORMEN_2024, nieuwbouw(RENTE))
    ltv_2027 = next(lim for lim in uitkomst.limieten if (lim.norm, lim.jaar) == ("ltv", 2027))
    # hand: a = 1 − 0,7·0,5 = 0,65; b = 32.500 k€; grens = 50.000 k€
    assert ltv_2027.a == pytest.approx(0.65)
    assert ltv_2027.b == pytest.approx(32_500 * K)
    assert ltv_2027.grens == pytest.approx(50_000 * K)
    assert [(lim.jaar, lim.norm) for lim in uitkomst.limieten] == [
        (jaar, norm) for jaar in (2026, 2027, 2028) for norm in NORM_NAMEN
    ]


def test_al_overschreden_geeft_nul() -> None:
    # D 2027 = 150.000 k€ > 0,70 · 205.000 = 143.500: LTV breached, a > 0 so grens = b/a < 0, X_max = 0
    jaren = (JAREN[0], replace(JAREN[1], schuld_nominaal=150_000 * K), JAREN[2])
    uitkomst = los_op(jaren, NORMEN_2024, nieuwbouw(RENTE))
    assert uitkomst.x_max == 0.0
    assert (uitkomst.bindende_norm, uitkomst.bindend_jaar) == ("ltv", 2027)


def test_overschreden_zonder_effect_van_x_geeft_nul() -> None:
    # a ≤ 0 and b < 0: v_bw = 2 makes a_LTV = d − 0,7·2·C < 0, while LTV is breached → limit 0 (spec §4.2)
    c = JaarCijfers(2026, schuld_nominaal=80.0, beleidswaarde=100.0)
    p = ScenarioParameters(rente=0.03, v_bw=2.0, v_mw=0.0, y=0.03)
    uitkomst = los_op([c], NORMEN_2024, p)
    (limiet,) = uitkomst.limieten
    assert limiet.a < 0 and limiet.b < 0 and limiet.grens == 0.0
    assert uitkomst.x_max == 0.0
    assert uitkomst.bindende_norm == "ltv"


def test_geen_grens() -> None:
    # a ≤ 0 and b ≥ 0 everywhere: no limit, so no number at all (never infinity)
    c = JaarCijfers(2026, schuld_nominaal=50.0, beleidswaarde=100.0)
    p = ScenarioParameters(rente=0.03, v_bw=2.0, v_mw=0.0, y=0.03)
    uitkomst = los_op([c], NORMEN_2024, p)
    assert uitkomst.limieten[0].grens is None
    assert uitkomst.x_max is None and uitkomst.x_totaal is None
    assert uitkomst.bindende_norm is None and uitkomst.bindend_jaar is None
    assert uitkomst.reden == "geen norm begrenst deze investering binnen de horizon"


def test_ontbrekende_invoer_wordt_overgeslagen() -> None:
    # 2027 without beleidswaarde: LTV and solvabiliteit skipped that year; the binding LTV 2027 is gone,
    # so nieuwbouw eenmalig is bound by LTV 2028: a = 0,65, b = 0,7·210.000 − 113.200 = 33.800 → 52.000 (hand)
    jaren = (JAREN[0], replace(JAREN[1], beleidswaarde=None), JAREN[2])
    uitkomst = los_op(jaren, NORMEN_2024, nieuwbouw(RENTE))
    assert uitkomst.overgeslagen == (("ltv", 2027), ("solvabiliteit", 2027))
    assert uitkomst.x_max is not None
    assert round(uitkomst.x_max / K, 2) == pytest.approx(52_000.00)
    assert (uitkomst.bindende_norm, uitkomst.bindend_jaar) == ("ltv", 2028)


def test_alles_ontbreekt() -> None:
    uitkomst = los_op([JaarCijfers(2026), JaarCijfers(2027)], NORMEN_2024, nieuwbouw(RENTE))
    assert uitkomst.x_max is None
    assert len(uitkomst.overgeslagen) == 2 * len(NORM_NAMEN)
    assert uitkomst.reden == "voor geen enkele norm is de invoer compleet"


def test_lege_horizon() -> None:
    with pytest.raises(ValueError):
        los_op([], NORMEN_2024, nieuwbouw(RENTE))


@pytest.mark.parametrize(
    "velden", [{"lag": 2}, {"modus": "jaarlijks"}, {"rente": float("nan")}, {"v_bw": float("inf")}]
)
def test_parameters_ongeldig(velden: dict[str, object]) -> None:
    standaard: dict[str, object] = {"rente": 0.03, "v_bw": 0.5, "v_mw": 0.75, "y": 0.03}
    with pytest.raises(ValueError):
        ScenarioParameters(**(standaard | velden))  # type: ignore[arg-type]
