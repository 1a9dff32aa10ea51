"""Gevoeligheid (rekenregels §6): the worked example to 1e-6, and properties.

Expected values come from §6's worked example (computed there twice, by hand and by script) and, where
the example does not give them, from the formula written out in the test.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rekenmodellen import JaarCijfers, NietTeBerekenen, Normen
from rekenmodellen.gevoeligheid import (
    GevoeligheidParameters,
    JaarInvoer,
    ScenarioUitkomst,
    Woningen,
    basis_ratios,
    duurder_bouwen,
    extra_onderhoud_euro,
    extra_rente_euro,
    huurderving_euro,
    kasstroom_scenario,
    s4_bouwkosten,
)
from rekenmodellen.scenario import los_op, nieuwbouw

K = 1_000.0  # the example is in x € 1.000; the functions work in euros
TI_2024 = Normen(icr_min=1.4, ltv_max=0.70, solvabiliteit_min=0.30, dekkingsratio_max=0.70)
STANDAARD = GevoeligheidParameters(0.01, 0.08, 0.01, 0.10, 0.10)
NUL = GevoeligheidParameters(0.0, 0.08, 0.0, 0.0, 0.0)


def _voorbeeld() -> list[JaarInvoer]:
    """§6: TI, bodjaar 2026, 2026–2029, CFO 10.000, rente 5.000 / 0, huur 30.000, onderhoud 8.000; schuld
    200.000 (2026–2028) and 220.000 (2029). Balance items chosen so the other ratios are computable."""
    uit = []
    for jaar, schuld in ((2026, 200_000), (2027, 200_000), (2028, 200_000), (2029, 220_000)):
        c = JaarCijfers(jaar, kasstroom_operationeel=10_000 * K, rente_betaald=5_000 * K, rente_ontvangen=0.0,
                        schuld_nominaal=schuld * K, beleidswaarde=400_000 * K, marktwaarde=600_000 * K,
                        eigen_vermogen=300_000 * K, balanstotaal=550_000 * K)
        uit.append(JaarInvoer(c, huurontvangsten_euro=30_000 * K, onderhoud_euro=8_000 * K))
    return uit


def _icr(u: ScenarioUitkomst | NietTeBerekenen) -> dict[int, float]:
    assert isinstance(u, ScenarioUitkomst), u
    return {j.jaar: j.ratios["icr"] for j in u.per_jaar}  # type: ignore[misc]


def test_basis_icr_is_3() -> None:
    assert [j.ratios["icr"] for j in basis_ratios(_voorbeeld())] == pytest.approx([3.0] * 4, abs=1e-12)


def test_s1_extra_rente_en_icr() -> None:
    # E = 0,01 · min(D_k, k·0,08·200.000 + max(0, D_k − 200.000)): 160, 320, 680 (x € 1.000)
    assert extra_rente_euro(1, 200_000 * K, 200_000 * K, 0.01, 0.08) == pytest.approx(160 * K, abs=1e-6)
    assert extra_rente_euro(2, 200_000 * K, 200_000 * K, 0.01, 0.08) == pytest.approx(320 * K, abs=1e-6)
    assert extra_rente_euro(3, 220_000 * K, 200_000 * K, 0.01, 0.08) == pytest.approx(680 * K, abs=1e-6)
    icr = _icr(kasstroom_scenario("S1", _voorbeeld(), 2026, STANDAARD, TI_2024, 0.10))
    assert icr[2026] == 3.0  # the bodjaar is unchanged
    assert icr[2027] == pytest.approx(2.906977, abs=1e-6)  # 15.000 / 5.160
    assert icr[2028] == pytest.approx(2.819549, abs=1e-6)  # 15.000 / 5.320
    assert icr[2029] == pytest.approx(2.640845, abs=1e-6)  # 15.000 / 5.680


def test_s2_huurderving_en_icr() -> None:
    # L = 30.000 · (1 − 0,99^k): 300, 597, 891,03
    assert huurderving_euro(1, 30_000 * K, 0.01) == pytest.approx(300 * K, abs=1e-6)
    assert huurderving_euro(2, 30_000 * K, 0.01) == pytest.approx(597 * K, abs=1e-6)
    assert huurderving_euro(3, 30_000 * K, 0.01) == pytest.approx(891.03 * K, abs=1e-6)
    icr = _icr(kasstroom_scenario("S2", _voorbeeld(), 2026, STANDAARD, TI_2024, 0.10))
    assert icr[2026] == 3.0
    assert icr[2027] == pytest.approx(2.94, abs=1e-6)  # 14.700 / 5.000
    assert icr[2028] == pytest.approx(2.8806, abs=1e-6)  # 14.403 / 5.000
    assert icr[2029] == pytest.approx(2.821794, abs=1e-6)  # 14.108,97 / 5.000


def test_s3_onderhoud() -> None:
    assert extra_onderhoud_euro(1, 8_000 * K, 0.10) == pytest.approx(800 * K, abs=1e-6)
    icr = _icr(kasstroom_scenario("S3", _voorbeeld(), 2026, STANDAARD, TI_2024, 0.10))
    assert icr[2026] == 3.0
    for jaar in (2027, 2028, 2029):
        assert icr[jaar] == pytest.approx(2.84, abs=1e-6)  # 14.200 / 5.000


def test_s5_rente_en_huur_samen() -> None:
    icr = _icr(kasstroom_scenario("S5", _voorbeeld(), 2026, STANDAARD, TI_2024, 0.10))
    assert icr[2026] == 3.0
    assert icr[2027] == pytest.approx(2.848837, abs=1e-6)  # (15.000 − 300) / 5.160
    # 2029 written out: (15.000 − 891,03) / (5.000 + 680)
    assert icr[2029] == pytest.approx((15_000 - 891.03) / 5_680, abs=1e-6)


def test_balanswaarden_blijven_gelijk() -> None:
    """LTV, solvabiliteit and dekkingsratio are the base ratios in every scenario (§6: balance unchanged)."""
    basis = {j.jaar: j.ratios for j in basis_ratios(_voorbeeld())}
    for s in ("S1", "S2", "S3", "S5"):
        u = kasstroom_scenario(s, _voorbeeld(), 2026, STANDAARD, TI_2024, 0.10)
        assert isinstance(u, ScenarioUitkomst)
        for j in u.per_jaar:
            for ratio in ("ltv", "solvabiliteit", "dekkingsratio"):
                assert j.ratios[ratio] == basis[j.jaar][ratio]


def test_laagste_icr_en_geen_overschrijding_in_het_voorbeeld() -> None:
    u = kasstroom_scenario("S1", _voorbeeld(), 2026, STANDAARD, TI_2024, 0.10)
    assert isinstance(u, ScenarioUitkomst)
    assert u.laagste_icr is not None
    assert (u.laagste_icr.jaar, u.laagste_icr.waarde) == (2029, pytest.approx(15_000 / 5_680, abs=1e-9))
    assert u.eerste_overschrijding is None  # 2,64 stays above 1,4


def test_eerste_overschrijding_alleen_waar_de_basis_binnen_blijft() -> None:
    """ICR norm 2,9: the base (3,0) keeps it; S1 breaks it first in 2028 (2,82), 2027 is 2,907 ≥ 2,9."""
    normen = Normen(icr_min=2.9, ltv_max=0.70, solvabiliteit_min=0.30, dekkingsratio_max=0.70)
    u = kasstroom_scenario("S1", _voorbeeld(), 2026, STANDAARD, normen, 0.10)
    assert isinstance(u, ScenarioUitkomst) and u.eerste_overschrijding is not None
    assert (u.eerste_overschrijding.ratio, u.eerste_overschrijding.jaar) == ("icr", 2028)
    # norm 3,5: the base breaks it already every year, so nothing is new
    streng = Normen(icr_min=3.5, ltv_max=0.70, solvabiliteit_min=0.30, dekkingsratio_max=0.70)
    u = kasstroom_scenario("S1", _voorbeeld(), 2026, STANDAARD, streng, 0.10)
    assert isinstance(u, ScenarioUitkomst) and u.eerste_overschrijding is None


def test_niet_te_berekenen_zonder_huur_of_onderhoud() -> None:
    zonder = [JaarInvoer(j.cijfers) for j in _voorbeeld()]
    for s, woord in (("S2", "huurontvangsten"), ("S5", "huurontvangsten"), ("S3", "onderhoud")):
        u = kasstroom_scenario(s, zonder, 2026, STANDAARD, TI_2024, 0.10)
        assert isinstance(u, NietTeBerekenen) and woord in u.reden
    assert isinstance(kasstroom_scenario("S1", zonder, 2026, STANDAARD, TI_2024, 0.10), ScenarioUitkomst)


def test_een_jaar_zonder_huur_geeft_dat_jaar_geen_icr() -> None:
    jaren = _voorbeeld()
    jaren[2] = JaarInvoer(jaren[2].cijfers, huurontvangsten_euro=None, onderhoud_euro=8_000 * K)
    u = kasstroom_scenario("S2", jaren, 2026, STANDAARD, TI_2024, 0.10)
    assert isinstance(u, ScenarioUitkomst)
    icr_2028 = u.per_jaar[2].ratios["icr"]
    assert isinstance(icr_2028, NietTeBerekenen) and "2028" in icr_2028.reden
    assert u.per_jaar[3].ratios["icr"] == pytest.approx(2.821794, abs=1e-6)


def test_zonder_bedragen_niet_te_berekenen() -> None:
    leeg = [JaarInvoer(JaarCijfers(j)) for j in (2026, 2027)]
    u = kasstroom_scenario("S1", leeg, 2026, STANDAARD, TI_2024, 0.10)
    assert isinstance(u, NietTeBerekenen) and "bedragen ontbreken" in u.reden


def test_parameters_worden_gecontroleerd() -> None:
    with pytest.raises(ValueError):
        GevoeligheidParameters(-0.01, 0.08, 0.01, 0.1, 0.1)
    with pytest.raises(ValueError):
        GevoeligheidParameters(0.01, 1.5, 0.01, 0.1, 0.1)
    with pytest.raises(ValueError):
        GevoeligheidParameters(0.01, 0.08, math.nan, 0.1, 0.1)


# ---- S4 -------------------------------------------------------------------------------------------------

# rekenregels §4.3: DAEB, kader 2024, r = 3%; nieuwbouw eenmalig X_max = 50.000 (x € 1.000), binding LTV 2027.
_43 = ((2026, 3_600, 3_000, 101_000, 200_000, 400_000, 310_000, 415_000),
       (2027, 3_300, 3_300, 111_000, 205_000, 410_000, 310_000, 425_000),
       (2028, 2_600, 3_500, 113_200, 210_000, 420_000, 317_800, 435_000))
HORIZON = [JaarCijfers(j, kasstroom_operationeel=cfo * K, rente_betaald=r * K, rente_ontvangen=0.0,
                       schuld_nominaal=d * K, beleidswaarde=bw * K, marktwaarde=mw * K, eigen_vermogen=ev * K,
                       balanstotaal=bt * K) for j, cfo, r, d, bw, mw, ev, bt in _43]


def test_s4_basis_is_het_voorbeeld_van_43() -> None:
    u = s4_bouwkosten(HORIZON, TI_2024, 0.03, 250_000.0, 0.10)
    assert isinstance(u, Woningen)
    assert u.basis == 200  # 50.000.000 / 250.000


def test_s4_duurder_bouwen_met_de_hand() -> None:
    """LTV 2027 binds in §4.3. With v_bw 0,5/1,1 the LTV limit of 2027 is, per euro of X (lag 0, y = r/1,1):
    d_1 = 1 + 0,03 − 0,03/1,1; d_2 = d_1 + 0,03·d_1 − (0,03/1,1); a_2027 = d_2 − 0,7·(0,5/1,1);
    b_2027 = 0,7·205.000 − 111.000 = 32.500; X' = min over all limits (the solver); here the LTV 2027 limit
    is checked against the solver and the woningen follow as floor(X' / (1,1 · 250.000))."""
    y = 0.03 / 1.1
    d1 = 1 + 0.03 - y
    d2 = d1 + 0.03 * d1 - y
    a = d2 - 0.7 * (0.5 / 1.1)
    grens_ltv_2027 = 32_500 * K / a
    p = duurder_bouwen(nieuwbouw(0.03), 0.10)
    r = los_op(HORIZON, TI_2024, p)
    ltv_2027 = next(lim for lim in r.limieten if (lim.norm, lim.jaar) == ("ltv", 2027))
    assert ltv_2027.grens == pytest.approx(grens_ltv_2027, rel=1e-12)
    assert r.x_max is not None and r.x_max <= grens_ltv_2027 + 1e-6
    u = s4_bouwkosten(HORIZON, TI_2024, 0.03, 250_000.0, 0.10)
    assert isinstance(u, Woningen)
    assert u.scenario == math.floor(r.x_max / (1.1 * 250_000.0))
    assert u.scenario < u.basis


def test_s4_zonder_opslag_is_de_basis() -> None:
    u = s4_bouwkosten(HORIZON, TI_2024, 0.03, 250_000.0, 0.0)
    assert isinstance(u, Woningen) and u.scenario == u.basis


# ---- properties -----------------------------------------------------------------------------------------

BESCHEIDEN = settings(max_examples=150, deadline=None)
bedrag = st.floats(min_value=0.0, max_value=1e9, allow_nan=False)


@st.composite
def prognoses(draw: st.DrawFn) -> list[JaarInvoer]:
    """3–8 consecutive years from 2026 with a positive net interest and CFO + R ≥ 0 (a non-negative base ICR)."""
    n = draw(st.integers(3, 8))
    uit = []
    for i in range(n):
        rente = draw(st.floats(1e3, 1e8))
        ontvangen = draw(st.floats(0.0, 0.9)) * rente
        cfo = draw(st.floats(-0.99, 20.0)) * (rente - ontvangen)
        c = JaarCijfers(2026 + i, kasstroom_operationeel=cfo, rente_betaald=rente, rente_ontvangen=ontvangen,
                        schuld_nominaal=draw(st.floats(1e4, 1e10)), beleidswaarde=draw(st.floats(1e5, 1e10)),
                        marktwaarde=draw(st.floats(1e5, 1e10)))
        uit.append(JaarInvoer(c, huurontvangsten_euro=draw(bedrag), onderhoud_euro=draw(bedrag)))
    return uit


def _parameters(delta: float, h: float, p: float) -> GevoeligheidParameters:
    return GevoeligheidParameters(delta, h, delta, p, p)


@BESCHEIDEN
@given(prognoses(), st.floats(0.0, 0.05), st.floats(0.0, 0.05), st.floats(0.0, 1.0), st.floats(0.0, 0.5),
       st.sampled_from(["S1", "S2", "S3", "S5"]))
def test_hogere_delta_verhoogt_nooit_een_icr(jaren: list[JaarInvoer], d1: float, d2: float, h: float, p: float,
                                             scenario: str) -> None:
    laag, hoog = sorted((d1, d2))
    a = kasstroom_scenario(scenario, jaren, 2026, _parameters(laag, h, p / 2), TI_2024, 0.10)
    b = kasstroom_scenario(scenario, jaren, 2026, _parameters(hoog, h, p), TI_2024, 0.10)
    assert isinstance(a, ScenarioUitkomst) and isinstance(b, ScenarioUitkomst)
    for ja, jb in zip(a.per_jaar, b.per_jaar, strict=True):
        x, y = ja.ratios["icr"], jb.ratios["icr"]
        assert isinstance(x, float) and isinstance(y, float)
        # the one exception, documented in the module: between two negative ICRs (the cash flow itself is
        # negative) more interest moves the ratio towards 0; both are far below any norm
        assert y <= x + 1e-12 * max(1.0, abs(x)) or (x < 0 and y < 0)


@BESCHEIDEN
@given(prognoses(), st.floats(0.0, 1.0), st.sampled_from(["S1", "S2", "S3", "S5"]))
def test_delta_nul_geeft_precies_de_basis(jaren: list[JaarInvoer], h: float, scenario: str) -> None:
    u = kasstroom_scenario(scenario, jaren, 2026, _parameters(0.0, h, 0.0), TI_2024, 0.10)
    assert isinstance(u, ScenarioUitkomst)
    basis = basis_ratios(jaren)
    assert [j.ratios for j in u.per_jaar] == [j.ratios for j in basis]  # exactly, not approximately
    assert u.eerste_overschrijding is None
