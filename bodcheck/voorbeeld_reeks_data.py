"""De meegeleverde reeks (monitor.md § Bundled example): de bods van 2024, 2025 en 2026 van De Lindehof aan
Aaberg. Het bod van 2026 is het gewone voorbeeld (`voorbeeld_data`); de twee eerdere zijn daarvan afgeleid,
zodat alleen verschilt wat het verhaal vertelt. Alles is verzonnen.

Het verhaal, met de handberekening:
- Nieuwbouw sociaal voor 2027: 40 in het bod van 2024, 32 in 2025, 18 in 2026 (twee keer lager, elk meer
  dan 5 woningen: M02). Voor 2028: 40, 24, 24 (één keer lager: een verschuiving, geen M02).
- Afspraak tegen realisatie, nieuwbouw sociaal: 2023 afgesproken 30 (bod 2024), gerealiseerd 26 (4 minder,
  binnen de ruis van 5: gehaald); 2024 afgesproken 30 (bod 2025), gerealiseerd 20: achter; 2025 afgesproken
  30 (bod 2026), gerealiseerd 18: achter. Twee jaar op rij achter: M01. 2026 en 2027: nog niet aan de orde.
- ICR DAEB voor 2030: CFO + netto rente gedeeld door netto rente, netto rente 8.226 − 899 = 7.327 in alle
  drie prognoses. dPi 2023: (7.694 + 7.327) / 7.327 = 2,05; dPi 2024: (6.961 + 7.327) / 7.327 = 1,95;
  dPi 2025: (6.032 + 7.327) / 7.327 = 1,82. Elke stap naar de norm van 1,40, samen 0,23 ≥ 0,05: M03.
  Vanaf 2030 lag de hele lijn in de eerdere prognoses zo hoger: de CFO van jaar j is daar k × netto rente(j)
  hoger, k = 1.662 / 7.327 (dPi 2023) of 929 / 7.327 (dPi 2024), afgerond op hele duizenden (in 2028 een
  derde en in 2029 twee derde daarvan); de ICR van 2030–2033 schuift dus ongeveer 0,23 en 0,13 hoger in de
  oudere prognoses, in 2028 ongeveer 0,08 en 0,04 (samen 0,08 ≥ 0,05: ook drift).
  De TI-tak krijgt dezelfde CFO-verschillen (TI = DAEB + niet-DAEB): netto rente 2030 8.226 − 120 = 8.106;
  (8.921 + 8.106) / 8.106 = 2,10; (8.188 + 8.106) / 8.106 = 2,01; (7.259 + 8.106) / 8.106 = 1,90: ook drift.
- De prognose van 2023 rekent nog met beleidswaarde 1.0 (en het kader van 2020); de beleidswaarde ligt daar
  10% lager. LTV en solvabiliteit hebben daarom een breuk vanaf prognose 2024, geen drift.
- De vraag over woningen met label E, F of G komt in alle drie de jaren terug. In 2024 is aan tafel
  afgesproken: "Plan per complex voor de woningen met label E, F of G in het Oude Dorp" in 2025; in 2025
  antwoordde De Lindehof dat 24 woningen in het Oude Dorp later klaar zijn. (De jaarafspraak over het aantal
  E/F/G, 320 in 2025, is met 300 wel gehaald: die twee spreken elkaar niet tegen.)
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from bodcheck import voorbeeld_data

BODJAREN = (2024, 2025, 2026)
SLEUTEL_EFG = "D01|woningen_efg"
SLEUTEL_REALISATIE = "P10|nieuwbouw_sociaal"

_CFO_DAEB_2030 = {2024: 7_694, 2025: 6_961}  # 2026: 6.032 as in the example
_BW_FACTOR_BW1 = 0.9  # beleidswaarde 1.0 lies lower in this story

_NIEUWBOUW = {2024: [30, 32, 40, 40, 40], 2025: [28, 32, 24, 30, 40]}  # bod years bodjaar+1 … bodjaar+5
_EFG = {2024: [330, 220, 140, 38, 20], 2025: [200, 140, 38, 20, 0]}

_AFSPRAKEN = {
    2024: {"jaren": [2023, 2024, 2025],
           "regels": {"nieuwbouw_sociaal": [30, 30, 30], "verduurzaming": [120, 130, 140],
                      "woningen_efg": [430, 345, 320], "statushouders": [40, 34, 30]}},
    2025: {"jaren": [2024, 2025, 2026],
           "regels": {"nieuwbouw_sociaal": [30, 30, 32], "verduurzaming": [130, 140, 150],
                      "woningen_efg": [345, 320, 180], "statushouders": [34, 30, 30]}},
}

_ALGEMEEN = {
    2024: {"bodjaar": 2024, "datum_bod": dt.date(2024, 6, 27), "bw_versie": "1.0", "bron_prognose": "dPi 2023",
           "prognose_editie": 2023, "datum_overleg": dt.date(2024, 9, 12), "stukken_ho_datum": dt.date(2024, 8, 22),
           "datum_opgesteld": dt.date(2024, 6, 20), "onder_voorbehoud": "nee"},
    2025: {"bodjaar": 2025, "datum_bod": dt.date(2025, 6, 30), "bw_versie": "2.0", "bron_prognose": "dPi 2024",
           "prognose_editie": 2024, "datum_overleg": dt.date(2025, 9, 11), "stukken_ho_datum": dt.date(2025, 8, 21),
           "datum_opgesteld": dt.date(2025, 6, 24), "onder_voorbehoud": "nee"},
}

# One text, quoted the same everywhere (finding 22). Not "alle E/F/G verbeterd in 2025": the yearly afspraak on the
# Afspraken sheet (woningen_efg 2025: 320, realised 300, "gehaald") would contradict it.
AFSPRAAK_EFG = "Plan per complex voor de woningen met label E, F of G in het Oude Dorp"

# the afspraak made at the table in 2024, structured (afspraken.md): a process afspraak with resultaat and wanneer
AFSPRAKEN: dict[int, dict[str, list[dict[str, Any]]]] = {
    2024: {SLEUTEL_EFG: [{"wat": AFSPRAAK_EFG, "thema": "duurzaamheid", "wie": "corporatie",
                          "resultaat": AFSPRAAK_EFG, "wanneer": 2025}]},
}

NOTITIES: dict[int, dict[str, dict[str, str]]] = {
    2024: {SLEUTEL_EFG: {
        "antwoord": "De Lindehof maakt in 2025 een plan per complex voor de laatste woningen met label E, F of G, "
                    "samen met het groot onderhoud in het Oude Dorp.",
        "afspraak": f"{AFSPRAAK_EFG} · De Lindehof · 2025"}},
    2025: {SLEUTEL_EFG: {
        "antwoord": "24 karakteristieke woningen in het Oude Dorp vragen een omgevingsvergunning (beschermd "
                    "dorpsgezicht); ze zijn in 2029–2030 klaar.",
        "afspraak": ""},
           SLEUTEL_REALISATIE: {
        "antwoord": "Beatrixpark fase 1 liep een jaar vertraging op door de netaansluiting.",
        "afspraak": "De gemeente vraagt de netbeheerder om een planning voor Brinkhof · gemeente · 2025"}},
}


def _verschoven(waarden: list[Any], oude_jaren: list[int], nieuwe_jaren: list[int]) -> list[Any]:
    """The example's value for each new year; a year before the example's first takes its first value."""
    return [waarden[min(max(j - oude_jaren[0], 0), len(oude_jaren) - 1)] for j in nieuwe_jaren]


def _prognose(blad: dict[str, Any], bodjaar: int, tak: str) -> dict[str, Any]:
    jaren = list(range(bodjaar, bodjaar + 10))
    regels = {code: _verschoven(w, voorbeeld_data.PROGNOSE_JAREN, jaren) for code, w in blad["regels"].items()}
    if tak in ("Prognose", "Prognose DAEB"):  # TI = DAEB + niet-DAEB: the same difference in both
        daeb = voorbeeld_data.bod()["Prognose DAEB"]["regels"]
        netto = [b - o for b, o in zip(daeb["rente_betaald"], daeb["rente_ontvangen"], strict=True)]
        k = (_CFO_DAEB_2030[bodjaar] - daeb["kasstroom_operationeel"][4]) / netto[4]  # the ICR step in 2030
        for j in range(2028, jaren[-1] + 1):  # the earlier prognosis expected k more DAEB-ICR from 2030 on,
            deel = min(1.0, (j - 2027) / 3)  # a third and two thirds of it in 2028 and 2029
            regels["kasstroom_operationeel"][jaren.index(j)] += round(deel * k * netto[j - 2026])
    if _ALGEMEEN[bodjaar]["bw_versie"] == "1.0":
        regels["beleidswaarde"] = [round(x * _BW_FACTOR_BW1) for x in regels["beleidswaarde"]]
    return {"jaren": jaren, "regels": regels}


def bod(bodjaar: int) -> dict[str, Any]:
    """The corporatie's workbook of `bodjaar` (2024, 2025 or 2026) in the structure `sjabloon.schrijf` reads."""
    data = voorbeeld_data.bod()
    if bodjaar == 2026:
        return data
    data["Algemeen"].update(_ALGEMEEN[bodjaar])
    for tak in ("Prognose", "Prognose DAEB", "Prognose niet-DAEB"):
        data[tak] = _prognose(data[tak], bodjaar, tak)
    jaren = list(range(bodjaar + 1, bodjaar + 6))
    regels = {code: _verschoven(w, voorbeeld_data.BOD_JAREN, jaren) for code, w in data["Bod"]["regels"].items()}
    regels["nieuwbouw_sociaal"] = list(_NIEUWBOUW[bodjaar])
    regels["woningen_efg"] = list(_EFG[bodjaar])
    regels["nieuwbouw_sociaal_hard"] = [min(a, b) for a, b in zip(regels["nieuwbouw_sociaal_hard"],
                                                                  regels["nieuwbouw_sociaal"], strict=True)]
    regels["efg_sloop_verkoop"] = [min(a, b) for a, b in zip(regels["efg_sloop_verkoop"], regels["woningen_efg"],
                                                             strict=True)]
    data["Bod"] = {"jaren": jaren, "regels": regels, "toelichting": {}}
    data["Afspraken"] = copy.deepcopy(_AFSPRAKEN[bodjaar])
    n = len(range(voorbeeld_data.REALISATIE_JAREN[0], bodjaar))
    data["Realisatie"] = {"jaren": voorbeeld_data.REALISATIE_JAREN[:n],
                          "regels": {c: w[:n] for c, w in data["Realisatie"]["regels"].items()}, "toelichting": {}}
    del data["Wijken"]  # the wijk figures start with the 2026 bod
    return data
