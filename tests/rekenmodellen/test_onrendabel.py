"""Onrendabele top and annuities, rekenregels §5 (numbers also in achtergrond/financieel.md §5)."""

from __future__ import annotations

import math

import pytest

from rekenmodellen import NietTeBerekenen, annuiteit, netto_kasstromen, onrendabele_top, restschuld

# spec §5: I = 250.000; rent 9.600/yr +2,5%/yr; costs 2.400/yr +3,0%/yr; 50 years; residual 25.000 in year 50
VOORBEELD = {
    "stichtingskosten": 250_000.0,
    "huur_per_jaar": 9_600.0,
    "huurstijging": 0.025,
    "lasten_per_jaar": 2_400.0,
    "lastenstijging": 0.03,
    "jaren": 50,
    "restwaarde": 25_000.0,
}


def test_onrendabele_top_voorbeeld() -> None:
    uitkomst = onrendabele_top(**VOORBEELD, disconteringsvoet=0.05)
    # spec §5: npf.npv(0.05, [-250000] + cf) = -53.040,57 (onrendabele top € 53.041)
    assert uitkomst.npv == pytest.approx(-53_040.57, abs=0.005)
    assert uitkomst.top == pytest.approx(53_040.57, abs=0.005)
    # spec §5: npf.irr = 3,85%
    assert isinstance(uitkomst.irr, float)
    assert round(uitkomst.irr, 4) == 0.0385


def test_onrendabele_top_met_groeiende_annuiteiten() -> None:
    # financieel.md §5.1, by growing-annuity formulas: PV huur = 9.600/(0,05−0,025)·(1−(1,025/1,05)^50),
    # PV lasten = 2.400/(0,05−0,03)·(1−(1,03/1,05)^50), PV rest = 25.000/1,05^50; total 196.959,43
    pv_huur = 9_600 / (0.05 - 0.025) * (1 - (1.025 / 1.05) ** 50)
    pv_lasten = 2_400 / (0.05 - 0.03) * (1 - (1.03 / 1.05) ** 50)
    pv_rest = 25_000 / 1.05**50
    assert pv_huur - pv_lasten + pv_rest == pytest.approx(196_959.43, abs=0.005)
    uitkomst = onrendabele_top(**VOORBEELD, disconteringsvoet=0.05)
    assert uitkomst.top == pytest.approx(250_000 - (pv_huur - pv_lasten + pv_rest), abs=1e-6)


# spec §5: "Discount 4% → € 7.966; 6% → € 86.498"; financieel.md §5.1 adds 5,25% → € 62.336
@pytest.mark.parametrize(("voet", "top"), [(0.04, 7_966), (0.0525, 62_336), (0.06, 86_498)])
def test_gevoeligheid_voor_disconteringsvoet(voet: float, top: int) -> None:
    assert round(onrendabele_top(**VOORBEELD, disconteringsvoet=voet).top) == top


def test_netto_kasstromen() -> None:
    cf = netto_kasstromen(9_600, 0.025, 2_400, 0.03, 50, 25_000)
    assert len(cf) == 50
    assert cf[0] == pytest.approx(7_200)  # 9.600 − 2.400, the "year-1 net rent 7.200" of spec §5
    # year 2: 9.600·1,025 − 2.400·1,03 = 9.840 − 2.472 = 7.368 (hand)
    assert cf[1] == pytest.approx(7_368)
    # year 50 includes the residual value: 9.600·1,025^49 − 2.400·1,03^49 + 25.000
    assert cf[-1] == pytest.approx(9_600 * 1.025**49 - 2_400 * 1.03**49 + 25_000)


def test_geen_irr() -> None:
    # cash flows that never turn positive have no internal rate of return
    uitkomst = onrendabele_top(250_000, 0, 0, 1_000, 0, 10, 0, 0.05)
    assert isinstance(uitkomst.irr, NietTeBerekenen)
    assert math.isfinite(uitkomst.npv)


@pytest.mark.parametrize(
    "velden",
    [{"jaren": 0}, {"disconteringsvoet": -1.0}, {"disconteringsvoet": math.nan}, {"huur_per_jaar": math.inf}],
)
def test_onrendabele_top_ongeldige_parameters(velden: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        onrendabele_top(**(VOORBEELD | {"disconteringsvoet": 0.05} | velden))  # type: ignore[arg-type]


def test_annuiteit_voorbeeld() -> None:
    uitkomst = annuiteit(250_000, 0.035, 30)
    # spec §5: npf.pmt = −13.592,83 (returned here as a positive payment); year-1 interest 8.750,00
    assert uitkomst.termijn == pytest.approx(13_592.83, abs=0.005)
    assert uitkomst.rente_jaar1 == pytest.approx(8_750.00, abs=0.005)
    # financieel.md §5.2: ppmt year 1 = −4.842,83
    assert uitkomst.aflossing_jaar1 == pytest.approx(4_842.83, abs=0.005)
    # closed form: P·r / (1 − (1 + r)^−n)
    assert uitkomst.termijn == pytest.approx(250_000 * 0.035 / (1 - 1.035**-30), rel=1e-12)


def test_annuiteit_zonder_rente() -> None:
    # r = 0: 300.000 / 30 = 10.000 a year, all aflossing (hand)
    uitkomst = annuiteit(300_000, 0.0, 30)
    assert uitkomst.termijn == pytest.approx(10_000)
    assert uitkomst.rente_jaar1 == 0.0
    assert uitkomst.aflossing_jaar1 == pytest.approx(10_000)


def test_restschuld_voorbeeld() -> None:
    # spec §5: balance after 10 yr 193.186,82
    assert restschuld(250_000, 0.035, 30, 10) == pytest.approx(193_186.82, abs=0.005)
    # the whole loan before any payment, nothing after the last one
    assert restschuld(250_000, 0.035, 30, 0) == pytest.approx(250_000)
    assert restschuld(250_000, 0.035, 30, 30) == pytest.approx(0, abs=1e-6)


def test_restschuld_ongeldig() -> None:
    with pytest.raises(ValueError):
        restschuld(250_000, 0.035, 30, 31)
    with pytest.raises(ValueError):
        annuiteit(250_000, 0.035, 0)
