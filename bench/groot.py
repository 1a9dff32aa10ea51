"""The large benchmark case: one corporatie in many gemeenten, every sheet full, many years; written with
the real template writer (bodcheck.sjabloon)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from bodcheck import codes, sjabloon

BODJAAR = 2026


def _reeks(basis: float, jaren: int, groei: float = 0.02) -> list[float]:
    return [round(basis * (1 + groei) ** i, 3) for i in range(jaren)]


def _prognose(jaren: int, schaal: float) -> dict[str, Any]:
    basis = {"kasstroom_operationeel": 40_000, "rente_betaald": 20_000, "rente_ontvangen": 500,
             "schuld_nominaal": 700_000, "schuld_geborgd": 650_000, "beleidswaarde": 1_400_000,
             "marktwaarde": 2_400_000, "onderpand_waarde": 3_000_000, "eigen_vermogen": 1_600_000,
             "balanstotaal": 2_500_000, "huurontvangsten": 90_000, "onderhoud": 30_000, "leefbaarheid": 2_000,
             "investering_nieuwbouw": 25_000, "investering_verbetering": 15_000, "investering_aankoop": 1_000,
             "verkoopontvangsten": 3_000, "vhe": 10_000, "icr_opgegeven": 1.8}
    regels: dict[str, list[Any]] = {c: _reeks(v * schaal, jaren) for c, v in basis.items()}
    for c in ("huurstijging_aanname", "inflatie_aanname"):
        regels[c] = [0.025] * jaren
    for c, v in (("ltv_opgegeven", 0.5), ("solvabiliteit_opgegeven", 0.64), ("dekkingsratio_opgegeven", 0.3),
                 ("onderpandratio_opgegeven", 0.25)):
        regels[c] = [v] * jaren
    return {"jaren": list(range(BODJAAR, BODJAAR + jaren)), "regels": regels}


def _indicatoren(jaar0: int, jaren: int) -> dict[str, Any]:
    regels = {}
    for c in codes.INDICATOR_CODES:
        if c.eenheid == "%":
            regels[c.code] = [0.9 if c.code in codes.AANDEEL_CODES else 0.03] * jaren
        else:
            regels[c.code] = _reeks(50, jaren)
    return {"jaren": list(range(jaar0, jaar0 + jaren)), "regels": regels,
            "toelichting": {c.code: f"toelichting bij {c.code}" for c in codes.INDICATOR_CODES[:10]}}


def gegevens(gemeente: str, jaren: int) -> dict[str, Any]:
    g: dict[str, Any] = {
        "Algemeen": {"formaatversie": 1, "corporatie": "Woonstichting Groot", "gemeente": gemeente,
                     "bodjaar": BODJAAR, "datum_bod": dt.date(2026, 6, 25), "eenheid": "x € 1.000",
                     "vhe_totaal": 30_000, "vhe_gemeente": 1_000, "sociale_voorraad_gemeente": 4_000,
                     "woningen_gemeente": 20_000, "huurdersorganisatie": "HO Groot", "ho_betrokken": "ja"},
        "Prognose": _prognose(jaren, 3), "Prognose DAEB": _prognose(jaren, 2.7),
        "Prognose niet-DAEB": _prognose(jaren, 0.3),
        "Bod": _indicatoren(BODJAAR + 1, jaren), "Afspraken": _indicatoren(BODJAAR - 1, jaren),
        "Realisatie": _indicatoren(BODJAAR - jaren, jaren),
        "Toezeggingen": [{"thema": t, "tekst": f"Toezegging {i} over {t}", "jaar": BODJAAR + 1 + i % 5,
                          "kwantitatief": "ja" if i % 2 else "nee", "eigenaar": "corporatie"}
                         for i, t in enumerate(codes.TOEZEGGING_THEMAS * 2)],
        "Wijken": {"jaren": list(range(BODJAAR - jaren, BODJAAR)), "regels": [
            {"wijk": f"Wijk {k}", "code": c.code,
             "waarden": [0.3] * jaren if c.eenheid == "%" else _reeks(7 if c.eenheid == "score" else 100, jaren)}
            for k in range(10) for c in codes.WIJK_CODES]},
        "Woonvisie": [{"code": c.code, "soort": "minimaal", "waarde": 0.8 if c.eenheid == "%" else 40,
                       "eenheid": c.eenheid, "van_jaar": BODJAAR + 1, "tot_jaar": BODJAAR + jaren, "per": "jaar",
                       "prioriteit": "midden"} for c in codes.INDICATOR_CODES],
        "Gemeente": [{"thema": "beschikbaarheid", "tegenprestatie": f"Locatie {i}", "jaar": BODJAAR + 1,
                      "kwantitatief": 20, "eenheid": "woningen", "status": "toegezegd"} for i in range(10)],
    }
    return g


def schrijf(map_: Path, gemeenten: int = 30, jaren: int = 15) -> list[Path]:
    map_.mkdir(parents=True, exist_ok=True)
    return [sjabloon.schrijf(map_ / f"bod-gemeente-{i:02d}.xlsx", gegevens(f"Gemeente {i:02d}", jaren),
                             soort="volledig", bodjaar=BODJAAR) for i in range(1, gemeenten + 1)]
