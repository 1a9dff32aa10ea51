"""Four small bundled cases for invoerformat 1.1, as Python data that `sjabloon.schrijf` writes into one
workbook each (all sheets together, soort `volledig`). Every name is invented. Amounts x € 1.000,
percentages as fractions, None = an empty cell. The figures are worked out by hand below; the tests
(tests/bodcheck/test_voorbeeld_11.py) assert them.

The prognosis of cases 1 and 4 is the worked example of rekenregels §4.3 (DAEB, kader Aw/WSW 2024: ICR 1,4;
LTV 70%; solvabiliteit 30%; dekkingsratio 70%; r = 3%): ICR 2,20 / 2,00 / 1,74 (2026–2028), LTV 50,5% / 54,1% /
53,9%; nieuwbouw eenmalig X_max = 50.000 (€ 50 mln, bindend LTV 2027) = 200 woningen à € 250.000.

1. `nieuw_in_gemeente` — Woonstichting Nieuwland has no homes in Beekdal yet (vhe_gemeente = 0). Its share of
   the investeringsruimte is 0 (0 / 4.000), and the woonvisie's 40 sociale huurwoningen per jaar, without
   aandeel_corporatie, are not charged to it: status niet_toegerekend for that target.
2. `alleen_ratios` — Stichting Jaarverslag publishes only the ratios (TI): ICR 1,90 / 1,80 / 1,60; LTV 58% /
   61% / 64%; solvabiliteit 45% / 44% / 42%; dekkingsratio 38% / 40% / 42% (2026–2028). Against the TI
   norms: all ruim except the LTV of 2028, 64% > 70% × 0,9 = 63%: krap. Herkomst opgegeven; the
   investeringsruimte is not computable (no amounts).
3. `maximum_eigen_code` — the woonvisie of Heuvelrand caps the share of lettings to vergunninghouders at
   25% and the number of empty homes (own code `leegstand_woningen`) at 10 per year. Bod lettings 22%, 24%,
   28%, 25%, 20% (2027–2031): 28% lies above 25% but within 25% / 0,8 = 31,25%: gedeeltelijk in 2029, the
   other years voldoet; a share must hold every year, so the summary is gedeeltelijk. Leegstand 12, 8, 8, 6,
   6: 2027 is gedeeltelijk (12 ≤ 12,5), the sum 40 ≤ 50: the summary voldoet. Last year the parties agreed
   on at most 5 empty homes in 2027; the bod's 12 is worse (lower is better, implied by the maximum).
4. `perioden_en_ibw` — Woonstede Dal offers totals for 2027–2031: 150 sociale huurwoningen against 35 per
   jaar × 5 years × its aandeel 80% = 140 (voldoet), and 600 woningen verduurzaamd against a periode target of
   750 (600 ≥ 0,8 × 750 = 600: gedeeltelijk). IBW 2025 for this gemeente: nieuwbouw € 10.000.000 (40
   woningen à € 250.000), verbetering € 6.000.000, huurmatiging € 2.500.000; bodcheck's own nieuwbouw figure
   for the gemeente: € 50 mln × 1.000 / 4.000 vhe = € 12.500.000.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

_PROGNOSE_43: dict[str, Any] = {  # rekenregels §4.3, also the tests' worked example (werkvoorbeeld_43)
    "jaren": [2026, 2027, 2028],
    "regels": {
        "kasstroom_operationeel": [3600, 3300, 2600],
        "rente_betaald": [3000, 3300, 3500],
        "rente_ontvangen": [0, 0, 0],
        "schuld_nominaal": [101000, 111000, 113200],
        "beleidswaarde": [200000, 205000, 210000],
        "marktwaarde": [400000, 410000, 420000],
        "eigen_vermogen": [310000, 310000, 317800],
        "balanstotaal": [415000, 425000, 435000],
    },
}
_BOD_JAREN = [2027, 2028, 2029, 2030, 2031]


def werkvoorbeeld_43() -> dict[str, Any]:
    """A fresh copy of the Prognose of rekenregels §4.3 (x € 1.000)."""
    return copy.deepcopy(_PROGNOSE_43)


def _algemeen(corporatie: str, gemeente: str, **extra: Any) -> dict[str, Any]:
    return {"formaatversie": 1.1, "corporatie": corporatie, "gemeente": gemeente, "bodjaar": 2026,
            "eenheid": "x € 1.000", "prognose_editie": 2025, **extra}


def _doel(code: str, soort: str, waarde: float, **extra: Any) -> dict[str, Any]:
    return {"code": code, "soort": soort, "waarde": waarde, "eenheid": extra.pop("eenheid", "aantal"),
            "van_jaar": 2027, "tot_jaar": 2031, "per": extra.pop("per", "jaar"), **extra}


def nieuw_in_gemeente() -> dict[str, Any]:
    return {
        "Algemeen": _algemeen("Woonstichting Nieuwland", "Beekdal", vhe_totaal=4_000, vhe_gemeente=0),
        "Prognose DAEB": werkvoorbeeld_43(),
        "Bod": {"jaren": _BOD_JAREN, "regels": {"nieuwbouw_sociaal": [0, 24, 36, 0, 0],
                                                 "voorraad_sociaal": [0, 24, 60, 60, 60]},
                "toelichting": {"nieuwbouw_sociaal": "Eerste project: Beekweide, 60 woningen in twee fasen"}},
        "Woonvisie": [_doel("nieuwbouw_sociaal", "minimaal", 40, prioriteit="hoog", bron="Woonvisie 2025 §2")],
    }


def alleen_ratios() -> dict[str, Any]:
    return {
        "Algemeen": _algemeen("Stichting Jaarverslag", "Veenstad", bron_prognose="jaarverslag 2025, meerjarenblik"),
        "Prognose": {"jaren": [2026, 2027, 2028], "regels": {
            "icr_opgegeven": [1.90, 1.80, 1.60], "ltv_opgegeven": [0.58, 0.61, 0.64],
            "solvabiliteit_opgegeven": [0.45, 0.44, 0.42], "dekkingsratio_opgegeven": [0.38, 0.40, 0.42]}},
        "Bod": {"jaren": _BOD_JAREN, "regels": {"nieuwbouw_sociaal": [10, 10, 10, 10, 10]}},
    }


def maximum_eigen_code() -> dict[str, Any]:
    return {
        "Algemeen": _algemeen("Woonstichting Heuvelrand", "Heuvelrand"),
        "Bod": {"jaren": _BOD_JAREN, "regels": {
            "toewijzing_statushouders": [0.22, 0.24, 0.28, 0.25, 0.20],
            "leegstand_woningen": [12, 8, 8, 6, 6]},
            "eenheden": {"leegstand_woningen": "aantal"}, "themas": {"leegstand_woningen": "beschikbaarheid"}},
        "Afspraken": {"jaren": [2025, 2026, 2027], "regels": {"leegstand_woningen": [5, 5, 5]},
                      "eenheden": {"leegstand_woningen": "aantal"},
                      "themas": {"leegstand_woningen": "beschikbaarheid"}},
        "Woonvisie": [
            _doel("toewijzing_statushouders", "maximaal", 0.25, eenheid="%", bron="Woonvisie 2024 §4.1"),
            _doel("leegstand_woningen", "maximaal", 10, thema="beschikbaarheid", omschrijving="Leegstaande woningen",
                  bron="Woonvisie 2024 §3.2"),
        ],
    }


def perioden_en_ibw() -> dict[str, Any]:
    return {
        "Algemeen": _algemeen("Woonstede Dal", "Daldorp", vhe_totaal=4_000, vhe_gemeente=1_000, ibw_jaar=2025,
                              ibw_nieuwbouw=10_000, ibw_verbetering=6_000, ibw_huurmatiging=2_500,
                              ibw_nieuwbouw_corporatie=40_000, ibw_verbetering_corporatie=24_000,
                              ibw_huurmatiging_corporatie=10_000),
        "Prognose DAEB": werkvoorbeeld_43(),
        "Bod": {"jaren": ["2027-2031"], "regels": {"nieuwbouw_sociaal": [150], "verduurzaming": [600]}},
        "Woonvisie": [
            _doel("nieuwbouw_sociaal", "minimaal", 35, aandeel_corporatie=0.8, prioriteit="hoog"),
            _doel("verduurzaming", "minimaal", 750, per="periode", aandeel_corporatie=1.0),
        ],
    }


GEVALLEN = {
    "nieuw-in-gemeente.xlsx": nieuw_in_gemeente,
    "alleen-ratios.xlsx": alleen_ratios,
    "maximum-eigen-code.xlsx": maximum_eigen_code,
    "perioden-en-ibw.xlsx": perioden_en_ibw,
}


def schrijf(map_: Path) -> list[Path]:
    """Write the four cases as workbooks into `map_`."""
    from bodcheck import sjabloon

    map_.mkdir(parents=True, exist_ok=True)
    return [sjabloon.schrijf(map_ / naam, maak(), soort="volledig") for naam, maak in GEVALLEN.items()]
