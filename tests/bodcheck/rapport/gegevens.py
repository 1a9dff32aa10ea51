"""A small but complete test case for the report, in the format of `sjabloon.schrijf` (amounts x € 1.000).

Used when the bundled example (`bodcheck.voorbeeld`) is not available, and for the case with few sheets.
The numbers are fictional; the tests compute what they expect from the written workbook, not from here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

BODJAAR = 2026
PROGNOSE_JAREN = [2026, 2027, 2028, 2029, 2030, 2031]
BOD_JAREN = [2027, 2028, 2029, 2030, 2031]


def bod() -> dict[str, Any]:
    return {
        "Algemeen": {
            "corporatie": "Woonstichting De Hoeksteen", "l_nummer": "L9999", "gemeente": "Veldhoven aan Zee",
            "bodjaar": BODJAAR, "datum_bod": dt.date(2026, 6, 24), "eenheid": "x € 1.000",
            "vhe_totaal": 9800, "vhe_gemeente": 2450, "sociale_voorraad_gemeente": 3100,
            "woningen_gemeente": 14800, "huurdersorganisatie": "Huurdersvereniging Samen Sterk",
            "ho_betrokken": "ja", "bw_versie": "2.0", "bron_prognose": "dPi 2025",
            "prognose_editie": 2025, "prognose_bevat_bod": "ja", "datum_overleg": dt.date(2026, 10, 6),
            "stukken_ho_datum": dt.date(2026, 6, 24),
        },
        "Prognose": {
            "jaren": PROGNOSE_JAREN,
            "regels": {
                "kasstroom_operationeel": [6200, 5600, 5400, 5250, 5500, 5800],
                "rente_betaald": [9100, 9600, 10200, 10700, 11000, 11300],
                "rente_ontvangen": [300, 250, 200, 200, 200, 200],
                "schuld_nominaal": [398000, 421000, 447000, 466000, 480000, 492000],
                "beleidswaarde": [781000, 806000, 832000, 858000, 884000, 910000],
                "marktwaarde": [1520000, 1561000, 1603000, 1646000, 1690000, 1735000],
                "eigen_vermogen": [1050000, 1081000, 1110000, 1142000, 1175000, 1210000],
                "balanstotaal": [1488000, 1545000, 1601000, 1652000, 1700000, 1748000],
                "investering_nieuwbouw": [28000, 31000, 33000, 26000, 22000, 20000],
                "investering_verbetering": [12000, 14000, 15000, 15000, 14000, 13000],
                "onderhoud": [17500, 17900, 18300, 18700, 19100, 19500],
                "vhe": [9800, 9850, 9920, 9990, 10040, 10080],
                "icr_opgegeven": [1.6, None, None, None, None, None],
            },
        },
        "Bod": {
            "jaren": BOD_JAREN,
            "regels": {
                "nieuwbouw_sociaal": [30, 42, 24, 36, 40],
                "nieuwbouw_midden": [8, 10, 0, 6, 6],
                "aankoop": [2, 2, 0, 0, 0],
                "sloop": [12, 0, 18, 0, 0],
                "verkoop": [6, 6, 5, 5, 5],
                "liberalisatie": [4, 4, 3, 3, 3],
                "voorraad_sociaal": [2460, 2494, 2492, 2520, 2552],
                "investering_gemeente": [9800, 12100, 9400, 10300, 11200],
                "huurverhoging": [0.041, 0.035, 0.03, 0.03, 0.03],
                "passend_toewijzen": [0.95, 0.95, 0.95, 0.95, 0.95],
                "verduurzaming": [80, 85, 90, 90, 90],
                "woningen_efg": [210, 130, 50, 0, 0],
                "statushouders": [30, 28, 28, 28, 28],
                "uitstroom_bw_mo": [6, 6, 6, 6, 6],
                "ouderen_geclusterd": [0, 24, 0, 0, 18],
                "leefbaarheid_per_vhe": [95, 95, 95, 95, 95],
            },
            "toelichting": {"nieuwbouw_sociaal": "waarvan 2028: project Havenkwartier fase 1"},
        },
        "Afspraken": {
            "jaren": [2025, 2026, 2027],
            "regels": {
                "nieuwbouw_sociaal": [40, 35, 30],
                "verkoop": [5, 5, 5],
                "verduurzaming": [70, 80, 80],
                "statushouders": [32, 30, 30],
            },
        },
        "Realisatie": {
            "jaren": [2021, 2022, 2023, 2024, 2025],
            "regels": {
                "nieuwbouw_sociaal": [22, 31, 18, 26, 28],
                "verkoop": [8, 7, 6, 6, 7],
                "verduurzaming": [55, 60, 62, 70, 64],
                "statushouders": [28, 35, 30, 27, 33],
            },
        },
        "Toezeggingen": [
            {"thema": "leefbaarheid", "tekst": "Wijkbeheerder twee dagen per week in De Akkers", "jaar": 2027,
             "kwantitatief": "ja", "eigenaar": "corporatie"},
        ],
    }


def woonvisie() -> dict[str, Any]:
    return {
        "Algemeen": {"gemeente": "Veldhoven aan Zee", "eenheid": "x € 1.000", "sociale_voorraad_gemeente": 3100,
                     "woningen_gemeente": 14800, "woonzorgvisie_datum": dt.date(2023, 3, 14),
                     "opgesteld_door": "Team Wonen", "datum_opgesteld": dt.date(2023, 5, 1)},
        "Woonvisie": [
            {"code": "nieuwbouw_sociaal", "omschrijving": "Nieuwe sociale huurwoningen", "soort": "minimaal",
             "waarde": 45, "eenheid": "aantal", "van_jaar": 2027, "tot_jaar": 2031, "per": "jaar",
             "aandeel_corporatie": 1.0, "prioriteit": "hoog", "bron": "Woonvisie 2023 §3.1"},
            {"code": "nieuwbouw_midden", "omschrijving": "Middenhuur", "soort": "minimaal", "waarde": 30,
             "eenheid": "aantal", "van_jaar": 2027, "tot_jaar": 2031, "per": "periode",
             "aandeel_corporatie": 1.0, "bron": "Woonvisie 2023 §3.2"},
            {"code": "verkoop", "omschrijving": "Verkoop sociale huur", "soort": "maximaal", "waarde": 5,
             "eenheid": "aantal", "van_jaar": 2027, "tot_jaar": 2031, "per": "jaar", "aandeel_corporatie": 1.0},
            {"code": "huurverhoging", "omschrijving": "Huursomstijging", "soort": "maximaal", "waarde": 0.035,
             "eenheid": "%", "van_jaar": 2027, "tot_jaar": 2031, "per": "jaar"},
            {"code": "verduurzaming", "omschrijving": "Woningen verduurzaamd", "soort": "minimaal", "waarde": 90,
             "eenheid": "aantal", "van_jaar": 2027, "tot_jaar": 2031, "per": "jaar", "aandeel_corporatie": 1.0},
            {"code": "taakstelling_personen", "omschrijving": "Vergunninghouders", "soort": "minimaal",
             "waarde": 40, "eenheid": "personen", "van_jaar": 2027, "tot_jaar": 2031, "per": "jaar",
             "aandeel_corporatie": 0.8},
            {"code": "ouderen_geclusterd", "omschrijving": "Geclusterd wonen ouderen", "soort": "minimaal",
             "waarde": 60, "eenheid": "aantal", "van_jaar": 2027, "tot_jaar": 2031, "per": "periode",
             "aandeel_corporatie": 1.0},
        ],
        "Gemeente": [
            {"thema": "beschikbaarheid", "tegenprestatie": "Twee bouwlocaties (Havenkwartier, De Weide) bouwrijp",
             "jaar": 2027, "status": "toegezegd"},
            {"thema": "beschikbaarheid", "tegenprestatie": "Vergunning Havenkwartier fase 1", "jaar": 2025,
             "status": "achter"},
            {"thema": "begeleiding", "tegenprestatie": "Begeleiding uitstroom beschermd wonen", "jaar": 2026,
             "status": "geleverd"},
        ],
    }


def alleen_prognose() -> dict[str, Any]:
    """A thin case: Algemeen and Prognose only (no Bod, Realisatie, Woonvisie)."""
    data = bod()
    return {k: data[k] for k in ("Algemeen", "Prognose")}
