"""Het tweede meegeleverde voorbeeld: meer corporaties in één gemeente, en drie gemeenten in één regio.

Alle namen zijn verzonnen: Stichting Wonen Aadal (L9903), Woningbouwvereniging Ons Huis (L9917), de gemeenten
Aadijk en Vlierveen, Regio Aa-vallei. De Lindehof en de woonvisie van Aaberg komen uit `voorbeeld_data`.
Bedragen in x € 1.000, €-regels in hele euro's, percentages als fractie, None = lege cel.

Gemeente Aaberg (1.900 sociale huurwoningen): drie corporaties.
  De Lindehof 1.663 (87,5%), Aadal 140 (7,4%), Ons Huis 97 (5,1%) sociale huurwoningen ultimo 2027: samen 1.900.
  - Samen halen ze wat geen van hen alleen haalt: verduurzaming 570 + 40 + 30 = 640 tegen 600 (2027–2031);
    aardgasvrij 140 + 12 = 152 tegen 150; sociale voorraad eind 2031 1.736 + 154 + 111 = 2.001 tegen 2.000;
    nieuwbouw in 2029 30 + 6 + 6 = 42 tegen 40 (De Lindehof alleen: 30, deels).
  - Eén doel pakt niemand op: 30 geclusterde woningen voor ouderen in Aabergerveen (S02).
  - Eén tekort waarvan de grote corporatie het meeste draagt: nieuwbouw 2027 (18 + 0 + 8 = 26) en 2028
    (24 + 6 + 0 = 30) tegen 40 per jaar: 56 tegen 80, tekort 24; naar rato van bezit De Lindehof 21, Aadal 2,
    Ons Huis 1 (24 × 0,875 = 21,0; 24 × 0,074 = 1,8; 24 × 0,051 = 1,2; grootste rest → 21, 2, 1) (S01).
    In 2029–2031 bieden ze samen 18 meer dan gevraagd (42 + 48 + 48 − 120).
  - Aadal huisvest 5 van de 177 vergunninghouders (2,8%) tegen 7,4% van de voorraad (S03).

Regio Aa-vallei (Aaberg, Aadijk, Vlierveen), regionale woonvisie bovenin de regiomap (niveau regio):
  nieuwbouw_sociaal 400 in 2027–2031 (woondeal) en uitstroom_bw_mo 60 in 2027–2031 (regionale woonagenda).

Hoe het deel van een gemeente in een regionaal doel staat (de gekozen vorm): in de woonvisie van die gemeente,
in haar eigen map, als een rij met dezelfde code en dezelfde van_jaar en tot_jaar, niveau `gemeente`, zonder kern,
met in `bron` de regionale afspraak ("Woondeal Aa-vallei 2023–2030, tabel 2: aandeel Aadijk"). Een per-jaar-rij
telt als waarde × aantal jaren tegen een periode-doel. Waarom niet in het regionale werkboek zelf: de lezer staat
per blad maar één rij per (code, kern, niveau) en periode toe, `kern` is een dorp of wijk en geen gemeente, en
`aandeel_corporatie` is het deel van een corporatie. Zo is het regionale werkboek de optelling (niveau regio) en
legt elke gemeente haar eigen deel vast in haar eigen woonvisie. Een `niveau regio`-rij in een gemeentelijke
woonvisie blijft wat hij was: het regionale totaal zoals de gemeente het citeert (R02 vraagt dan naar het deel).

  nieuwbouw: Aaberg deel 200 (40 per jaar in haar woonvisie), bod samen 194: deels (R01).
             Aadijk deel 120, bod samen 68 (Aadal) + 62 (De Lindehof) = 130: sluit aan; maar De Lindehof heeft
             2.300 van de 2.960 sociale huurwoningen van de corporaties in Aadijk (77,7%) en biedt 62 van de 130
             (47,7%) (S03 in Aadijk): zij bouwt vooral in Aaberg.
             Vlierveen: geen deel in de woonvisie (R02); De Lindehof biedt er 52.
             Regio: 194 + 130 + 52 = 376 tegen 400 (R01); de gemeenten verdeelden samen 320 van de 400.
  uitstroom: Aaberg geen deel (R02; Ons Huis biedt 5), Aadijk 20 tegen 20 (Aadal), Vlierveen 10 tegen alleen
             "inzet op" (R01); regio 25 tegen 60, wijkt af, maar onvolledig: De Lindehof schrijft "inzet op" in
             plaats van een aantal, dus het tekort is niet beslist en R01 voor de hele regio zwijgt (regel § Vergelijking).

De Lindehof (5.742 DAEB-vhe) = Aaberg 1.668 + Aadijk 2.350 + Vlierveen 1.724. Aadal (900 vhe) = Aaberg 142 +
Aadijk 690 + Vlierveen 68. Ons Huis (102 vhe) staat helemaal in Aaberg.

    schrijf_gemeente_voorbeeld(map) -> Path    map met drie bods en de woonvisie van Aaberg
    schrijf_regio_voorbeeld(map) -> Path       map met de regionale woonvisie en de mappen Aaberg, Aadijk, Vlierveen
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

from bodcheck import sjabloon, voorbeeld_data

BOD_JAREN = list(range(2027, 2032))
PROGNOSE_JAREN = list(range(2026, 2031))

GEMEENTE_BESTANDEN = ("bod-lindehof.xlsx", "bod-aadal.xlsx", "bod-ons-huis.xlsx", "woonvisie-aaberg.xlsx")
REGIO_WOONVISIE = "regio-woonvisie-aa-vallei.xlsx"
REGIO = "Regio Aa-vallei"


def _algemeen(corporatie: str, l_nummer: str, gemeente: str, vhe_totaal: int, vhe_gemeente: int,
              sociale_voorraad: int, woningen: int, huurdersorganisatie: str, datum_bod: dt.date,
              **extra: Any) -> dict[str, Any]:
    d = {
        "formaatversie": 1, "corporatie": corporatie, "l_nummer": l_nummer, "gemeente": gemeente, "bodjaar": 2026,
        "datum_bod": datum_bod, "eenheid": "x € 1.000", "vhe_totaal": vhe_totaal, "vhe_gemeente": vhe_gemeente,
        "sociale_voorraad_gemeente": sociale_voorraad, "woningen_gemeente": woningen,
        "huurdersorganisatie": huurdersorganisatie, "ho_betrokken": "ja", "bw_versie": "2.0",
        "bron_prognose": "dPi 2025", "prognose_editie": 2025, "prognose_bevat_bod": "ja",
        "ho_ondertekend_vorig": "ja", "achterban_geraadpleegd": "ja",
    }
    d.update(extra)
    return d


# ---- Stichting Wonen Aadal (900 vhe; 690 in Aadijk, 142 in Aaberg, 68 in Vlierveen) ----------------------
# Lichte prognose, TI (geen DAEB-splitsing). Handcontrole 2026: ICR = (1.300 + 1.330) / 1.330 = 1,98;
# LTV = 45.000 / 90.000 = 50%; solvabiliteit bw = (110.000 − 60.000) / (160.000 − 60.000) = 50%;
# dekkingsratio = 45.000 / 150.000 = 30%.

_AADAL_PROGNOSE: dict[str, list[Any]] = {
    "kasstroom_operationeel": [1_300, 1_320, 1_290, 1_270, 1_260],
    "rente_betaald": [1_350, 1_420, 1_480, 1_520, 1_550],
    "rente_ontvangen": [20, 20, 20, 20, 20],
    "schuld_nominaal": [45_000, 47_500, 49_800, 51_000, 52_000],
    "schuld_geborgd": [45_000, 47_500, 49_800, 51_000, 52_000],
    "beleidswaarde": [90_000, 93_000, 96_500, 99_000, 101_500],
    "marktwaarde": [150_000, 155_000, 160_500, 165_000, 169_500],
    "eigen_vermogen": [110_000, 113_000, 116_500, 120_000, 123_500],
    "balanstotaal": [160_000, 165_000, 170_500, 175_000, 179_500],
    "huurontvangsten": [7_200, 7_450, 7_700, 7_950, 8_200],
    "onderhoud": [1_980, 2_040, 2_100, 2_160, 2_220],
    "leefbaarheid": [60, 60, 62, 64, 66],
    "investering_nieuwbouw": [3_400, 4_300, 4_600, 3_900, 3_700],
    "investering_verbetering": [1_500, 1_500, 1_400, 1_200, 1_200],
    "investering_aankoop": [0, 0, 0, 800, 0],
    "verkoopontvangsten": [250, 250, 250, 0, 0],
    "vhe": [900, 908, 922, 940, 956],
    "huurstijging_aanname": [0.04, 0.035, 0.03, 0.028, 0.025],
    "inflatie_aanname": [0.028, 0.025, 0.022, 0.02, 0.02],
}

_AADAL_AABERG_BOD: dict[str, list[Any]] = {
    "nieuwbouw_sociaal": [0, 6, 6, 0, 0],
    "aankoop": [0, 0, 0, 4, 0],
    "sloop": [0, 0, 0, 0, 0],
    "verkoop": [0, 1, 1, 0, 0],
    "liberalisatie": [0, 0, 0, 0, 0],
    "voorraad_sociaal": [140, 145, 150, 154, 154],
    "investering_gemeente": [300, 1_900, 1_800, 1_200, 300],
    "huurverhoging": [0.03, 0.028, 0.025, 0.025, 0.025],
    "voorraad_onder_aftopping": [0.82, 0.82, 0.81, 0.81, 0.81],
    "passend_toewijzen": [0.97, 0.97, 0.97, 0.97, 0.97],
    "verduurzaming": [10, 10, 8, 6, 6],
    "woningen_efg": [6, 0, 0, 0, 0],
    "onderhoud_per_vhe": [2_050, 2_100, 2_150, 2_200, 2_250],
    "leefbaarheid_per_vhe": [60, 60, 62, 64, 66],
    "statushouders": [1, 1, 1, 1, 1],
    "budget_huurdersorganisatie": [2_500, 2_500, 2_500, 2_600, 2_600],
}

_AADAL_AABERG_TOELICHTING = {
    "nieuwbouw_sociaal": "Twaalf woningen in het plan Ketelhoek-Zuid (6 in 2028, 6 in 2029).",
    "aankoop": "Aankoop van vier woningen van een particuliere verhuurder aan de Dorpsstraat.",
    "statushouders": "Aadal neemt in Aaberg één huishouden per jaar; de meeste vergunninghouders huisvest Aadal in Aadijk.",
}

_AADAL_AADIJK_BOD: dict[str, list[Any]] = {
    "nieuwbouw_sociaal": [12, 12, 14, 14, 16],
    "sloop": [0, 0, 0, 0, 0],
    "verkoop": [2, 2, 2, 2, 2],
    "liberalisatie": [0, 0, 0, 0, 0],
    "voorraad_sociaal": [660, 668, 678, 688, 700],
    "investering_gemeente": [3_800, 3_900, 4_200, 4_100, 4_500],
    "huurverhoging": [0.03, 0.028, 0.025, 0.025, 0.025],
    "passend_toewijzen": [0.97, 0.97, 0.97, 0.97, 0.97],
    "verduurzaming": [50, 50, 45, 45, 40],
    "woningen_efg": [20, 0, 0, 0, 0],
    "statushouders": [10, 10, 10, 10, 10],
    "uitstroom_bw_mo": [4, 4, 4, 4, 4],
    "leefbaarheid_per_vhe": [70, 70, 72, 74, 76],
    "budget_huurdersorganisatie": [5_000, 5_000, 5_200, 5_200, 5_400],
}


def aadal_aaberg() -> dict[str, Any]:
    """Aadal's bod to Aaberg: small, twelve new homes, one vergunninghouder a year."""
    return copy.deepcopy({
        "Algemeen": _algemeen("Stichting Wonen Aadal", "L9903", "Aaberg", 900, 142, 1_900, 6_750,
                              "Huurdersvereniging Aaberg", dt.date(2026, 6, 26),
                              opgesteld_door="Stichting Wonen Aadal, bestuurssecretariaat"),
        "Prognose": {"jaren": PROGNOSE_JAREN, "regels": _AADAL_PROGNOSE},
        "Bod": {"jaren": BOD_JAREN, "regels": _AADAL_AABERG_BOD, "toelichting": _AADAL_AABERG_TOELICHTING},
    })


def aadal_aadijk() -> dict[str, Any]:
    """Aadal's bod to Aadijk, where most of its homes are."""
    return copy.deepcopy({
        "Algemeen": _algemeen("Stichting Wonen Aadal", "L9903", "Aadijk", 900, 690, 3_000, 11_200,
                              "Huurdersraad Aadijk", dt.date(2026, 6, 26)),
        "Prognose": {"jaren": PROGNOSE_JAREN, "regels": _AADAL_PROGNOSE},
        "Bod": {"jaren": BOD_JAREN, "regels": _AADAL_AADIJK_BOD},
    })


# ---- Woningbouwvereniging Ons Huis (102 vhe, alle in Aaberg) -------------------------------------------
# Handcontrole 2026: ICR = (150 + 88) / 88 = 2,70; LTV = 3.000 / 10.000 = 30%.

_ONS_HUIS_PROGNOSE: dict[str, list[Any]] = {
    "kasstroom_operationeel": [150, 155, 150, 160, 150],
    "rente_betaald": [90, 95, 120, 125, 150],
    "rente_ontvangen": [2, 2, 2, 2, 2],
    "schuld_nominaal": [3_000, 3_100, 4_100, 4_150, 5_100],
    "schuld_geborgd": [3_000, 3_100, 4_100, 4_150, 5_100],
    "beleidswaarde": [10_000, 10_300, 11_700, 12_000, 13_500],
    "marktwaarde": [16_000, 16_500, 18_300, 18_800, 20_800],
    "eigen_vermogen": [13_500, 13_800, 14_600, 15_100, 15_900],
    "balanstotaal": [16_800, 17_200, 19_000, 19_600, 21_400],
    "huurontvangsten": [780, 830, 860, 920, 950],
    "onderhoud": [230, 235, 245, 250, 265],
    "leefbaarheid": [10, 10, 10, 11, 11],
    "investering_nieuwbouw": [1_200, 1_100, 1_700, 0, 2_300],
    "investering_verbetering": [150, 150, 150, 150, 150],
    "investering_aankoop": [0, 0, 0, 0, 0],
    "verkoopontvangsten": [0, 0, 0, 0, 0],
    "vhe": [94, 102, 102, 108, 108],
    "huurstijging_aanname": [0.035, 0.03, 0.025, 0.025, 0.025],
    "inflatie_aanname": [0.028, 0.025, 0.022, 0.02, 0.02],
}

_ONS_HUIS_BOD: dict[str, list[Any]] = {
    "nieuwbouw_sociaal": [8, 0, 6, 0, 8],
    "sloop": [0, 0, 0, 0, 0],
    "verkoop": [0, 0, 0, 0, 0],
    "liberalisatie": [0, 0, 0, 0, 0],
    "voorraad_sociaal": [97, 97, 103, 103, 111],
    "investering_gemeente": [1_350, 150, 1_850, 150, 2_450],
    "huurverhoging": [0.025, 0.025, 0.025, 0.025, 0.025],
    "passend_toewijzen": [0.98, 0.98, 0.98, 0.98, 0.98],
    "verduurzaming": [6, 6, 6, 6, 6],
    "woningen_efg": [0, 0, 0, 0, 0],
    "aardgasvrij": [0, 0, 4, 4, 4],
    "leefbaarheid_per_vhe": [95, 95, 95, 95, 95],
    "statushouders": [4, 4, 4, 4, 4],
    "uitstroom_bw_mo": [1, 1, 1, 1, 1],
    "budget_huurdersorganisatie": [1_000, 1_000, 1_000, 1_000, 1_000],
}

_ONS_HUIS_TOELICHTING = {
    "nieuwbouw_sociaal": "Drie kleine projecten op eigen grond: Kerkpad (8), Schoolstraat (6), Bongerd (8).",
    "uitstroom_bw_mo": "Eén woning per jaar, met begeleiding door het wijkteam.",
}


def ons_huis() -> dict[str, Any]:
    """Ons Huis's bod to Aaberg: a small vereniging that builds a little and takes more than its share of
    vergunninghouders."""
    return copy.deepcopy({
        "Algemeen": _algemeen("Woningbouwvereniging Ons Huis", "L9917", "Aaberg", 102, 102, 1_900, 6_750,
                              "Bewonerscommissie Ons Huis", dt.date(2026, 6, 30),
                              opgesteld_door="Woningbouwvereniging Ons Huis, bestuur"),
        "Prognose": {"jaren": PROGNOSE_JAREN, "regels": _ONS_HUIS_PROGNOSE},
        "Bod": {"jaren": BOD_JAREN, "regels": _ONS_HUIS_BOD, "toelichting": _ONS_HUIS_TOELICHTING},
    })


# ---- De Lindehof in Aadijk en Vlierveen (lichte bods; prognose en Algemeen van voorbeeld_data) -------------


def _lindehof(gemeente: str, vhe_gemeente: int, sociale_voorraad: int, woningen: int, huurdersorganisatie: str,
              regels: dict[str, list[Any]], toelichting: dict[str, str]) -> dict[str, Any]:
    basis = voorbeeld_data.bod()
    algemeen = dict(basis["Algemeen"])
    algemeen.update(gemeente=gemeente, vhe_gemeente=vhe_gemeente, sociale_voorraad_gemeente=sociale_voorraad,
                    woningen_gemeente=woningen, huurdersorganisatie=huurdersorganisatie, datum_bod=dt.date(2026, 6, 29),
                    datum_overleg=None, stukken_ho_datum=None, achterban_geraadpleegd="ja", onder_voorbehoud="nee")
    uit = {"Algemeen": algemeen}
    for naam in ("Prognose", "Prognose DAEB", "Prognose niet-DAEB"):
        if naam in basis:
            uit[naam] = basis[naam]
    uit["Bod"] = {"jaren": BOD_JAREN, "regels": copy.deepcopy(regels), "toelichting": dict(toelichting)}
    return uit


def lindehof_aadijk() -> dict[str, Any]:
    return _lindehof("Aadijk", 2_350, 3_000, 11_200, "Huurdersraad Aadijk", {
        "nieuwbouw_sociaal": [10, 14, 12, 14, 12],
        "sloop": [0, 0, 0, 0, 0],
        "verkoop": [8, 8, 6, 6, 6],
        "liberalisatie": [2, 2, 2, 2, 2],
        "voorraad_sociaal": [2_300, 2_304, 2_308, 2_314, 2_318],
        "huurverhoging": [0.035, 0.03, 0.028, 0.025, 0.025],
        "passend_toewijzen": [0.96, 0.96, 0.96, 0.96, 0.96],
        "verduurzaming": [180, 180, 170, 160, 160],
        "woningen_efg": [90, 30, 0, 0, 0],
        "statushouders": [28, 28, 28, 28, 28],
        "uitstroom_bw_mo": ["inzet op"] * 5,
        "leefbaarheid_per_vhe": [85, 85, 88, 90, 92],
    }, {"nieuwbouw_sociaal": "Stationskwartier fase 1 en 2; meer kan pas na 2031, als Aaberg is afgerond."})


def lindehof_vlierveen() -> dict[str, Any]:
    return _lindehof("Vlierveen", 1_724, 1_800, 6_900, "Huurdersvereniging Vlierveen", {
        "nieuwbouw_sociaal": [8, 10, 12, 10, 12],
        "sloop": [0, 0, 0, 0, 0],
        "verkoop": [4, 4, 4, 4, 4],
        "liberalisatie": [0, 0, 0, 0, 0],
        "voorraad_sociaal": [1_690, 1_696, 1_704, 1_710, 1_718],
        "huurverhoging": [0.035, 0.03, 0.028, 0.025, 0.025],
        "passend_toewijzen": [0.96, 0.96, 0.96, 0.96, 0.96],
        "verduurzaming": [110, 110, 100, 100, 90],
        "woningen_efg": [60, 20, 0, 0, 0],
        "statushouders": [18, 18, 18, 18, 18],
        "uitstroom_bw_mo": ["inzet op 2 per jaar"] * 5,
        "leefbaarheid_per_vhe": [85, 85, 88, 90, 92],
    }, {"uitstroom_bw_mo": "Afhankelijk van begeleiding door de regio; geen vast contingent."})


# ---- woonvisies ----------------------------------------------------------------------------------------


def _doel(code: str, soort: str, waarde: float, eenheid: str, van: int, tot: int, per: str = "jaar",
          prioriteit: str = "midden", bron: str = "", niveau: str = "gemeente") -> dict[str, Any]:
    return {"code": code, "omschrijving": None, "soort": soort, "waarde": waarde, "eenheid": eenheid,
            "van_jaar": van, "tot_jaar": tot, "per": per, "aandeel_corporatie": None, "niveau": niveau,
            "kern": None, "prioriteit": prioriteit, "bron": bron, "thema": None}


def _woonvisie_algemeen(gemeente: str, sociale_voorraad: int | None, woningen: int | None) -> dict[str, Any]:
    return {"formaatversie": 1, "gemeente": gemeente, "eenheid": "x € 1.000",
            "sociale_voorraad_gemeente": sociale_voorraad, "woningen_gemeente": woningen,
            "opgesteld_door": f"{'Gemeente ' if not gemeente.startswith('Regio') else ''}{gemeente}, team Wonen",
            "datum_opgesteld": dt.date(2026, 5, 20)}


WOONDEAL = "Woondeal Aa-vallei 2023–2030"
WOONAGENDA = "Regionale woonagenda Aa-vallei 2025"


def woonvisie_aadijk() -> dict[str, Any]:
    wv = "Woonvisie Aadijk 2025–2030"
    return {
        "Algemeen": _woonvisie_algemeen("Aadijk", 3_000, 11_200),
        "Woonvisie": [
            _doel("nieuwbouw_sociaal", "minimaal", 120, "aantal", 2027, 2031, per="periode", prioriteit="hoog",
                  bron=f"{WOONDEAL}, tabel 2: aandeel Aadijk"),
            _doel("uitstroom_bw_mo", "minimaal", 20, "aantal", 2027, 2031, per="periode",
                  bron=f"{WOONAGENDA}, §2.3: aandeel Aadijk"),
            _doel("verduurzaming", "minimaal", 900, "aantal", 2027, 2031, per="periode", bron=f"{wv}, §5"),
            _doel("taakstelling_personen", "minimaal", 36, "personen", 2027, 2031, prioriteit="hoog",
                  bron=f"{wv}, §6 (taakstelling Rijk, gemiddeld per jaar)"),
            _doel("huurverhoging", "maximaal", 0.03, "%", 2027, 2031, bron=f"{wv}, §4"),
        ],
    }


def woonvisie_vlierveen() -> dict[str, Any]:
    wv = "Woonvisie Vlierveen 2026"
    return {
        "Algemeen": _woonvisie_algemeen("Vlierveen", 1_800, 6_900),
        "Woonvisie": [
            _doel("uitstroom_bw_mo", "minimaal", 10, "aantal", 2027, 2031, per="periode",
                  bron=f"{WOONAGENDA}, §2.3: aandeel Vlierveen"),
            _doel("verduurzaming", "minimaal", 500, "aantal", 2027, 2031, per="periode", bron=f"{wv}, §3"),
            _doel("huurverhoging", "maximaal", 0.03, "%", 2027, 2031, bron=f"{wv}, §2"),
        ],
    }


def regio_woonvisie() -> dict[str, Any]:
    """The regional workbook: only regional totals (niveau regio); the gemeente shares are in the gemeenten's
    own woonvisies (see the module docstring)."""
    return {
        "Algemeen": _woonvisie_algemeen(REGIO, None, None),
        "Woonvisie": [
            _doel("nieuwbouw_sociaal", "minimaal", 400, "aantal", 2027, 2031, per="periode", prioriteit="hoog",
                  bron=f"{WOONDEAL}, §3", niveau="regio"),
            _doel("uitstroom_bw_mo", "minimaal", 60, "aantal", 2027, 2031, per="periode",
                  bron=f"{WOONAGENDA}, §2.3", niveau="regio"),
        ],
    }


# ---- writing -------------------------------------------------------------------------------------------


def schrijf_gemeente_voorbeeld(map_: str | Path) -> Path:
    """Write Aaberg's folder: the bods of De Lindehof, Aadal and Ons Huis, and the woonvisie. Returns the folder."""
    map_ = Path(map_)
    map_.mkdir(parents=True, exist_ok=True)
    lindehof, aadal, ons, wv = GEMEENTE_BESTANDEN
    sjabloon.schrijf(map_ / lindehof, voorbeeld_data.bod(), soort="bod")
    sjabloon.schrijf(map_ / aadal, aadal_aaberg(), soort="bod")
    sjabloon.schrijf(map_ / ons, ons_huis(), soort="bod")
    sjabloon.schrijf(map_ / wv, voorbeeld_data.woonvisie(), soort="woonvisie")
    return map_


def schrijf_regio_voorbeeld(map_: str | Path) -> Path:
    """Write the regio folder: the regional woonvisie at the top, and the folders Aaberg, Aadijk and Vlierveen."""
    map_ = Path(map_)
    map_.mkdir(parents=True, exist_ok=True)
    sjabloon.schrijf(map_ / REGIO_WOONVISIE, regio_woonvisie(), soort="woonvisie")
    schrijf_gemeente_voorbeeld(map_ / "Aaberg")
    aadijk = map_ / "Aadijk"
    aadijk.mkdir(exist_ok=True)
    sjabloon.schrijf(aadijk / "bod-aadal-aadijk.xlsx", aadal_aadijk(), soort="bod")
    sjabloon.schrijf(aadijk / "bod-lindehof-aadijk.xlsx", lindehof_aadijk(), soort="bod")
    sjabloon.schrijf(aadijk / "woonvisie-aadijk.xlsx", woonvisie_aadijk(), soort="woonvisie")
    vlierveen = map_ / "Vlierveen"
    vlierveen.mkdir(exist_ok=True)
    sjabloon.schrijf(vlierveen / "bod-lindehof-vlierveen.xlsx", lindehof_vlierveen(), soort="bod")
    sjabloon.schrijf(vlierveen / "woonvisie-vlierveen.xlsx", woonvisie_vlierveen(), soort="woonvisie")
    return map_
