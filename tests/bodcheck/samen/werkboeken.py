"""Real workbooks for the joint-view tests, written through the template writer (no mocks)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bodcheck import sjabloon

JAREN = [2027, 2028]


def bod(pad: Path, corporatie: str, regels: dict[str, list[Any]], gemeente: str = "Testdorp",
        jaren: list[int] | None = None, **algemeen: Any) -> Path:
    """A bod workbook with only Algemeen and Bod (amounts in x € 1.000)."""
    alg = {"formaatversie": 1, "corporatie": corporatie, "gemeente": gemeente, "bodjaar": 2026,
           "eenheid": "x € 1.000", "sociale_voorraad_gemeente": 1_000}
    alg.update(algemeen)
    return sjabloon.schrijf(pad, {"Algemeen": alg, "Bod": {"jaren": jaren or JAREN, "regels": regels}}, soort="bod")


def doel(code: str, soort: str, waarde: float, eenheid: str = "aantal", van: int = 2027, tot: int = 2028,
         per: str = "jaar", niveau: str = "gemeente", kern: str | None = None, bron: str = "",
         aandeel: float | None = None) -> dict[str, Any]:
    return {"code": code, "omschrijving": None, "soort": soort, "waarde": waarde, "eenheid": eenheid,
            "van_jaar": van, "tot_jaar": tot, "per": per, "aandeel_corporatie": aandeel, "niveau": niveau,
            "kern": kern, "prioriteit": "midden", "bron": bron, "thema": None}


def woonvisie(pad: Path, doelen: list[dict[str, Any]], gemeente: str = "Testdorp",
              sociale_voorraad: int | None = 1_000) -> Path:
    return sjabloon.schrijf(pad, {"Algemeen": {"formaatversie": 1, "gemeente": gemeente, "eenheid": "x € 1.000",
                                               "sociale_voorraad_gemeente": sociale_voorraad},
                                  "Woonvisie": doelen}, soort="woonvisie")


def drie_corporaties(map_: Path, *, met_woonvisie: bool = True) -> Path:
    """Testdorp: 1.000 sociale huurwoningen; A 600, B 300, C 100 (shares 0,6 / 0,3 / 0,1).

    nieuwbouw_sociaal ≥ 35 over 2027–2028 (periode): A 20 + B 11 + C 5 = 36 → sluit aan; nobody alone.
    verduurzaming ≥ 100 per jaar: 40 + 20 + 5 = 65 per year → wijkt af (65 < 0,8 × 100).
    taakstelling_personen ≥ 20 per jaar: A 20 + B 2 + C 3 = 25 → sluit aan; B takes 4 of 50 (8%) vs 30%.
    ouderen_geclusterd ≥ 10 (periode): nobody. huurverhoging ≤ 3%: not added up (A only)."""
    map_.mkdir(parents=True, exist_ok=True)
    bod(map_ / "a.xlsx", "Corporatie Alfa", {
        "nieuwbouw_sociaal": [10, 10], "verduurzaming": [40, 40], "statushouders": [20, 20],
        "voorraad_sociaal": [600, 610], "huurverhoging": [0.03, 0.03]}, vhe_gemeente=620)
    bod(map_ / "b.xlsx", "Stichting Beta", {
        "nieuwbouw_sociaal": [5, 6], "verduurzaming": [20, 20], "statushouders": [2, 2],
        "voorraad_sociaal": [300, 305]}, vhe_gemeente=310)
    bod(map_ / "c.xlsx", "Woningbouwvereniging Gamma", {
        "nieuwbouw_sociaal": [2, 3], "verduurzaming": [5, 5], "statushouders": [3, 3],
        "voorraad_sociaal": [100, 102]}, vhe_gemeente=70)
    if met_woonvisie:
        woonvisie(map_ / "woonvisie.xlsx", [
            doel("nieuwbouw_sociaal", "minimaal", 35, per="periode", bron="Woonvisie Testdorp, §2"),
            doel("verduurzaming", "minimaal", 100, bron="Woonvisie Testdorp, §3"),
            doel("taakstelling_personen", "minimaal", 20, eenheid="personen", bron="Woonvisie Testdorp, §4"),
            doel("ouderen_geclusterd", "minimaal", 10, per="periode", kern="Oosthoek", bron="Woonvisie Testdorp, §5"),
            doel("huurverhoging", "maximaal", 0.03, eenheid="%", bron="Woonvisie Testdorp, §6"),
        ])
    return map_
