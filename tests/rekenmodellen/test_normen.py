"""Norms, bands and "controleer de invoer" notes, rekenregels §2 and §3."""

from __future__ import annotations

import math

import pytest

from rekenmodellen import RICHTING, Normen, band, grens, krap_grens, ongewone_waarde, schuld_per_vhe_ongewoon

# Kader Aw/WSW herijking juni 2024, spec §3 table
KADER_2024 = Normen(icr_min=1.4, ltv_max=0.70, solvabiliteit_min=0.30, dekkingsratio_max=0.70)


def test_richting() -> None:
    assert RICHTING == {
        "icr": "minimaal",
        "ltv": "maximaal",
        "solvabiliteit": "minimaal",
        "dekkingsratio": "maximaal",
    }


@pytest.mark.parametrize(
    ("ratio", "norm"), [("icr", 1.4), ("ltv", 0.70), ("solvabiliteit", 0.30), ("dekkingsratio", 0.70)]
)
def test_grens(ratio: str, norm: float) -> None:
    assert grens(ratio, KADER_2024) == norm


# spec §3: "ICR < 1,54; LTV > 63%; solvabiliteit < 33%; dekkingsratio > 63% for the 2024 kader"
@pytest.mark.parametrize(
    ("ratio", "verwacht"), [("icr", 1.54), ("ltv", 0.63), ("solvabiliteit", 0.33), ("dekkingsratio", 0.63)]
)
def test_krap_grens(ratio: str, verwacht: float) -> None:
    assert krap_grens(ratio, KADER_2024) == pytest.approx(verwacht, abs=1e-12)


def test_krap_grens_andere_marge() -> None:
    # 1,4 · 1,2 = 1,68 and 0,70 · 0,8 = 0,56 (hand)
    assert krap_grens("icr", KADER_2024, marge=0.2) == pytest.approx(1.68)
    assert krap_grens("ltv", KADER_2024, marge=0.2) == pytest.approx(0.56)


@pytest.mark.parametrize(
    ("ratio", "waarde", "verwacht"),
    [
        # ICR, norm 1,4 minimum, krap below 1,54
        ("icr", 1.39, "overschreden"),
        ("icr", 1.4 - 1e-10, "krap"),  # within 1e-9 of the norm is within the norm (spec §2)
        ("icr", 1.4, "krap"),
        ("icr", 1.5399, "krap"),
        ("icr", 1.54, "ruim"),  # "krap: ICR < 1,54", so 1,54 itself is ruim
        ("icr", 2.2, "ruim"),
        # LTV, norm 70% maximum, krap above 63%
        ("ltv", 0.7001, "overschreden"),
        ("ltv", 0.70 + 1e-10, "krap"),
        ("ltv", 0.70, "krap"),
        ("ltv", 0.6301, "krap"),
        ("ltv", 0.63, "ruim"),
        ("ltv", 0.505, "ruim"),
        # solvabiliteit, norm 30% minimum, krap below 33%
        ("solvabiliteit", 0.2999, "overschreden"),
        ("solvabiliteit", 0.30, "krap"),
        ("solvabiliteit", 0.3299, "krap"),
        ("solvabiliteit", 0.33, "ruim"),
        # dekkingsratio, norm 70% maximum, krap above 63%
        ("dekkingsratio", 0.71, "overschreden"),
        ("dekkingsratio", 0.70, "krap"),
        ("dekkingsratio", 0.64, "krap"),
        ("dekkingsratio", 0.63, "ruim"),
        ("dekkingsratio", 0.25, "ruim"),
    ],
)
def test_band(ratio: str, waarde: float, verwacht: str) -> None:
    assert band(ratio, waarde, KADER_2024) == verwacht


def test_band_niet_daeb_icr() -> None:
    # niet-DAEB ICR norm 1,8 (spec §3): krap below 1,8 · 1,1 = 1,98 (hand)
    normen = Normen(icr_min=1.8, ltv_max=0.70, solvabiliteit_min=0.30, dekkingsratio_max=0.70)
    assert band("icr", 1.79, normen) == "overschreden"
    assert band("icr", 1.97, normen) == "krap"
    assert band("icr", 1.98, normen) == "ruim"


def test_band_weigert_nan() -> None:
    with pytest.raises(ValueError):
        band("icr", math.nan, KADER_2024)


def test_onbekende_ratio() -> None:
    with pytest.raises(ValueError):
        grens("onderpandratio", KADER_2024)


@pytest.mark.parametrize(
    "velden",
    [
        {"icr_min": 0, "ltv_max": 0.7, "solvabiliteit_min": 0.3, "dekkingsratio_max": 0.7},
        {"icr_min": 1.4, "ltv_max": math.nan, "solvabiliteit_min": 0.3, "dekkingsratio_max": 0.7},
        {"icr_min": 1.4, "ltv_max": 0.7, "solvabiliteit_min": -0.1, "dekkingsratio_max": 0.7},
    ],
)
def test_normen_ongeldig(velden: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        Normen(**velden)


# spec §3: "ICR > 3,5; LTV < 25%; schuld per vhe > € 70.000; dekkingsratio 0%"
@pytest.mark.parametrize(
    ("ratio", "waarde", "opmerking"),
    [
        ("icr", 3.51, True),
        ("icr", 3.5, False),
        ("icr", 2.2, False),
        ("ltv", 0.2499, True),
        ("ltv", 0.25, False),
        ("dekkingsratio", 0.0, True),
        ("dekkingsratio", 0.0004, True),  # shows as 0,0%: usually a unit error
        ("dekkingsratio", 0.2525, False),
        ("solvabiliteit", 0.9, False),
    ],
)
def test_ongewone_waarde(ratio: str, waarde: float, opmerking: bool) -> None:
    notitie = ongewone_waarde(ratio, waarde)
    if opmerking:
        assert notitie is not None
        assert "controleer de invoer" in notitie
    else:
        assert notitie is None


def test_schuld_per_vhe() -> None:
    assert schuld_per_vhe_ongewoon(70_000.0 * 1_000, 1_000) is None  # exactly 70.000 per vhe
    notitie = schuld_per_vhe_ongewoon(70_001.0 * 1_000, 1_000)
    assert notitie is not None and "controleer de invoer" in notitie
    assert schuld_per_vhe_ongewoon(40_000.0 * 1_000, 1_000) is None  # Thesor 2023 ≈ 40.000
    assert schuld_per_vhe_ongewoon(1_000.0, 0) is not None
