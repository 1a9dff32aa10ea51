"""Every rule fires on a small case (asserting the numbers in its question) and stays silent on another.

Expected numbers are worked out by hand in the comments next to each case, never copied from output.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from bodcheck import afgeleid, vergelijking, vraagpunten
from bodcheck.model import Berekend, Invoer, Vraagpunt
from tests.bodcheck import maak
from tests.bodcheck.maak import berekend, doel, invoer, ratio

D = dt.date
J5 = [2027, 2028, 2029, 2030, 2031]
NUL = {2027: 0, 2028: 0}


def draai(inv: Invoer, ber: Berekend | None = None, peildatum: dt.date = maak.PEILDATUM) -> list[Vraagpunt]:
    ber = ber or berekend()
    verg, _ = vergelijking.vergelijk(inv)
    extra = afgeleid.bereken(inv, ber, verg)
    punten, meldingen = vraagpunten.beoordeel(inv, ber, verg, extra, peildatum)
    assert not meldingen, meldingen
    return punten


@dataclass
class Geval:
    id: str
    inv: Callable[[], Invoer]
    teksten: list[str] = field(default_factory=list)
    ber: Callable[[], Berekend] | None = None
    ernst: str | None = None
    peildatum: dt.date = maak.PEILDATUM


def van(geval: Geval) -> list[Vraagpunt]:
    return [v for v in draai(geval.inv(), geval.ber() if geval.ber else None, geval.peildatum) if v.id == geval.id]


WV_NB = [doel("nieuwbouw_sociaal", 40, 2027, 2028)]  # 40 per jaar, aandeel aangenomen 1
WV_NB_HOOG = [doel("nieuwbouw_sociaal", 40, 2027, 2028, prioriteit="hoog")]
BOD_NB = {"nieuwbouw_sociaal": {2027: 30, 2028: 25}}  # tekort 10 + 15 = 25
FAIR_BOD = {"investering_gemeente": dict.fromkeys(J5, 1_000_000)}  # 5 mln hier
FAIR_PROG = {"investering_nieuwbouw": dict.fromkeys(J5, 4_000_000), "investering_verbetering": dict.fromkeys(J5, 3_000_000),
             "onderhoud": dict.fromkeys(J5, 3_000_000)}  # 10 mln per jaar, 50 mln totaal
FAIR_ALG = {"vhe_totaal": 10_000, "vhe_gemeente": 2_500}  # 25% van het bezit
EFG_BOD = {"woningen_efg": {2026: 120, 2027: 100, 2028: 80}}
ONDERHOUD = {"onderhoud": dict.fromkeys([2026, 2027, 2028, 2029, 2030, 2031], 2_000_000),
             "vhe": dict.fromkeys([2026, 2027, 2028, 2029, 2030, 2031], 1_000)}


def _verbetering(laat: float) -> dict:
    return {**ONDERHOUD, "investering_verbetering": {2026: 3e6, 2027: 3e6, 2028: 3e6, 2029: laat, 2030: laat, 2031: laat}}


VUUR = [
    # P01: ontvangen 15-7-2026, uiterlijk 1-7-2026, tekenen vóór 15-12-2026
    Geval("P01", lambda: invoer({"datum_bod": D(2026, 7, 15)}),
          ["15 juli 2026", "afgesproken was 1 juli 2026", "vóór 15 december 2026"]),
    Geval("P02", lambda: invoer({"ho_betrokken": False, "huurdersorganisatie": "HV Dorpsveen"}),
          ["HV Dorpsveen niet betrokken"]),
    Geval("P03", lambda: invoer({"vhe_totaal": 10_000, "vhe_gemeente": 2_500}, bod={"nieuwbouw_sociaal": {2027: 10}}),
          ["10.000 woongelegenheden, waarvan 2.500 in Dorpsveen"]),
    # P04: 2.500 / 10.000 = 25,0%; 5 mln / 50 mln = 10,0%; 10/25 = 0,4 < 0,8
    Geval("P04", lambda: invoer(FAIR_ALG, bod=FAIR_BOD, prognose=FAIR_PROG),
          ["25,0% van uw woningen staat in Dorpsveen", "in 2027–2031", "10,0% hier terecht"], ernst="laag"),
    Geval("P05", lambda: invoer(bod=BOD_NB), ["geen meerjarenprognose"]),
    # P06: 2027 afspraak 40, bod 30: −10 (≥ 5) is 25% > 10%; 2028 gelijk
    Geval("P06", lambda: invoer(bod={"nieuwbouw_sociaal": {2027: 30, 2028: 40}},
                                afspraken={"nieuwbouw_sociaal": {2027: 40, 2028: 40}}),
          ["af: 2027: 40; nu biedt u 2027: 30."], ernst="laag"),
    Geval("P07", lambda: invoer(bod={"nieuwbouw_sociaal": {2027: "we zetten in op 40", 2028: None}}, woonvisie=WV_NB),
          ["'we zetten in op 40'", "de woonvisie 40 vraagt (2027–2028)"]),
    Geval("P08", lambda: invoer(bod=BOD_NB, woonvisie=[doel("leefbaarheid_per_vhe", 150, 2027, 2028)]),
          ["aandacht voor leefbaarheid", "in 2027 en 2028?"]),
    Geval("P09", lambda: invoer(toezeggingen=[{"thema": "beschikbaarheid", "tekst": "40 woningen",
                                               "vraagt_van_gemeente": "grond voor 40 woningen"}], gemeente=[]),
          ["'grond voor 40 woningen'"]),
    # P10: 25 < 0,8 × 40 = 32
    Geval("P10", lambda: invoer(afspraken={"nieuwbouw_sociaal": {2025: 40}}, realisatie={"nieuwbouw_sociaal": {2025: 25}}),
          ["Voor 2025 spraken we", "2025: 40; gerealiseerd: 2025: 25"]),
    Geval("P11", lambda: invoer(toezeggingen=[{"thema": "leefbaarheid", "tekst": "meer huismeesters"}]),
          ["Eén toezegging heeft geen indicator", "'meer huismeesters' (leefbaarheid)"], ernst="laag"),
    Geval("P12", lambda: invoer({"onder_voorbehoud": True}), ["onder voorbehoud"], ernst="laag"),
    # P13: 2 afspraken voor 2025, 1 zonder realisatie (verkoop)
    Geval("P13", lambda: invoer({"datum_overleg": D(2026, 10, 1)},
                                afspraken={"nieuwbouw_sociaal": {2025: 40}, "verkoop": {2025: 5}},
                                realisatie={"nieuwbouw_sociaal": {2025: 38}}),
          ["Voor 2025 maakten we 2 afspraken; van 1 hebben", "(woningen verkocht)", "vóór 1 oktober 2026"], ernst="info"),
    Geval("P14", lambda: invoer(gemeente=[{"thema": "beschikbaarheid", "tegenprestatie": "bouwrijpe grond Noord",
                                           "jaar": 2025, "status": "toegezegd"}]),
          ["voor 2025 'bouwrijpe grond Noord' toegezegd"]),
    Geval("P15", lambda: invoer(realisatie={"nieuwbouw_sociaal": {2025: 30}},
                                woonvisie=[doel("leefbaarheid_per_vhe", 150, 2027, 2028)]),
          ["doelen voor leefbaarheid"], ernst="info"),
    Geval("P16", lambda: invoer(bod=BOD_NB, woonvisie=[doel("passend_toewijzen", 0.95, 2027, 2028, eenheid="%")]),
          ["doelen voor betaalbaarheid", "passend toegewezen aan huurtoeslaggerechtigden (blad Realisatie)",
           "gemiddelde huurverhoging (huursomstijging) (blad Bod)"], ernst="info"),
    # B01 over the period: 40 + 40 = 80, bod 30 + 25 = 55 < 0,8 × 80: 25 minder (no year above its target)
    Geval("B01", lambda: invoer(bod=BOD_NB, woonvisie=WV_NB_HOOG),
          ["80 nieuwe sociale huurwoningen in 2027–2028", "u biedt er 55, 25 minder"], ernst="hoog"),
    # B02: hoogste realisatie 2021–2025 is 20; 35 > 1,5 × 20 = 30; hard 10 < 0,5 × 35
    Geval("B02", lambda: invoer(bod={"nieuwbouw_sociaal": {2027: 35}, "nieuwbouw_sociaal_hard": {2027: 10}},
                                realisatie={"nieuwbouw_sociaal": {2021: 10, 2022: 20, 2023: 15, 2024: 12, 2025: 18}}),
          ["U biedt 2027: 35", "hoogstens 20 per jaar"]),
    # B03: 2027: 30 − 40 = −10; 2028: 25 − 20 = +5 → cumulatief −5; diepste punt 2027 (−10)
    Geval("B03", lambda: invoer(bod={**BOD_NB, "sloop": {2027: 40, 2028: 20}, "aankoop": NUL, "verkoop": NUL,
                                     "liberalisatie": NUL}),
          ["in 2027 heeft u hier 10 sociale huurwoningen minder"], ernst="hoog"),
    Geval("B04", lambda: invoer(bod={"verkoop": {2027: 10, 2028: 5}}), ["in 2027 en 2028 15 woningen verkopen"]),
    Geval("B05", lambda: invoer(bod={"verkoop_derden": {2027: 8}}), ["in 2027 8 woningen aan een belegger"]),
    # B06: sloop 40 in 2027; nieuwbouw 2027–2030: 10 + 10 = 20 < 40
    Geval("B06", lambda: invoer(bod={"sloop": {2027: 40}, "nieuwbouw_sociaal": {2027: 10, 2028: 10, 2031: 30}},
                                bod_jaren=J5),
          ["U sloopt in 2027 40 woningen; in 2027–2030 staan 20 nieuwe"]),
    Geval("B07", lambda: invoer(bod={"liberalisatie": {2027: 5}}, woonvisie=WV_NB), ["in 2027 5 woningen bij nieuwe"]),
    # B08: 2.000 / 10.000 = 20,0%; bod 20 + 30 + 30 = 80 van 300 = 26,7%
    Geval("B08", lambda: invoer({"sociale_voorraad_gemeente": 2_000, "woningen_gemeente": 10_000},
                                bod={"nieuwbouw_sociaal": {2027: 20, 2028: 30, 2029: 30}},
                                woonvisie=[doel("nieuwbouw_totaal", 300, 2027, 2029, per="periode")]),
          ["20,0% van de woningen", "van de 300 nieuwbouwwoningen", "in 2027–2029", "26,7% sociale huur"]),
    # B09: middenhuur 20; sociaal 30 + 25 = 55; 80 − 55 = 25 minder (the same total as B01)
    Geval("B09", lambda: invoer(bod={**BOD_NB, "nieuwbouw_midden": {2027: 20}}, woonvisie=WV_NB),
          ["in 2027–2028 20 middenhuur- en 55 sociale", "25 sociale minder"], ernst="laag"),
    # B10: klein 20 van 80 = 25,0%, woonvisie 60,0%: 35 pp > 20 pp
    Geval("B10", lambda: invoer(bod={"nieuwbouw_sociaal": {2027: 40, 2028: 40}, "nieuwbouw_klein": {2027: 10, 2028: 10}},
                                woonvisie=[doel("nieuwbouw_klein", 0.6, 2027, 2028, eenheid="%")]),
          ["60,0% van de nieuwbouw woningen voor één of twee personen", "25,0% (20 van 80)"], ernst="laag"),
    Geval("B11", lambda: invoer(bod={"vrije_toewijzingsruimte": {2027: 0.10}}), ["2027: 10,0%, boven de standaard 7,5%"]),
    # B12: 3,6 − 3,0 = 0,6 ≥ 0,5 over twee jaar
    Geval("B12", lambda: invoer(realisatie={"inschrijfduur": {2023: 3.0, 2025: 3.6}}),
          ["van 3,0 jaar in 2023 naar 3,6 jaar in 2025"]),
    Geval("B13", lambda: invoer(bod=BOD_NB, woonvisie=[doel("doorstroming", 20, 2027, 2028)]),
          ["vraagt 20 verhuizingen"], ernst="laag"),
    Geval("B14", lambda: invoer(bod={"nieuwbouw_sociaal": {2027: 40}, "nieuwbouw_onder_aftopping": {2027: 0.5}}),
          ["Van de 40 nieuwe sociale huurwoningen in 2027 krijgt 50,0%"]),
    Geval("B15", lambda: invoer(bod=BOD_NB, woonvisie=[doel("nieuwbouw_midden", 10, 2027, 2028)]),
          ["ruimte voor middeninkomens", "(7,5%, met afspraak tot 15%)"], ernst="laag"),
    # H01: 2025 max huursom 4,5% (parameter); 5,0% is hoger
    Geval("H01", lambda: invoer(bod={"huurverhoging": {2025: 0.05}}),
          ["van 2025: 5,0%; het maximum voor de huursom is 2025: 4,5%"]),
    # H02: 3,0 ≥ 2,5 + 0,5 en 3,0 ≥ 2,0 + 0,5
    Geval("H02", lambda: invoer(prognose={"huurstijging_aanname": {2026: 0.03, 2027: 0.03},
                                          "inflatie_aanname": {2026: 0.025, 2027: 0.02}}),
          # the assumption quotes the workbook's own inflatie_aanname next to the huurstijging
          ["voor 2026 en 2027 elk jaar", "2026: 3,0% bij 2,5% inflatie, 2027: 3,0% bij 2,0% inflatie"]),
    Geval("H03", lambda: invoer(bod={"voorraad_onder_aftopping": {2027: 0.80, 2030: 0.75}}),
          ["van 80,0% in 2027 naar 75,0% in 2030"]),
    Geval("H04", lambda: invoer(realisatie={"passend_toewijzen": {2025: 0.93}}),
          ["In 2025 werd hier 93,0% passend", "norm van 95%"], ernst="midden"),
    Geval("H05", lambda: invoer(realisatie={"daeb_toewijzing": {2025: 0.90}}),
          ["In 2025 ging 90,0%", "€ 49.669", "ondergrens is 92,5%"], ernst="hoog"),
    Geval("H06", lambda: invoer(bod={"streefhuur_pct": {2027: 0.72, 2028: 0.75}}),
          ["in 2028 naar 75,0% van de maximale huur (was 72,0% in 2027)"]),
    Geval("H07", lambda: invoer(bod={"iah": {2027: 120}}), ["(2027: 120 huishoudens)"], ernst="laag"),
    Geval("H08", lambda: invoer(bod={"huurverhoging_efg": {2027: 0.03}, "woningen_efg": {2027: 150}}),
          ["150 woningen hebben in 2027 nog label E, F of G", "2027: 3,0%"]),
    Geval("H09", lambda: invoer(bod={"huurverhoging_na_verduurzaming": {2027: 12}}), ["voor de 12 woningen"]),
    Geval("H10", lambda: invoer(bod=BOD_NB), ["geen huurverhoging per jaar", "voor 2027 en 2028?"]),
    Geval("H11", lambda: invoer(toezeggingen=[{"thema": "leefbaarheid", "tekst": "x"}]), ["maatwerk"]),
    # H14: 3,5% in 2027 above the woonvisie's maximum of 3,0% (2028: 3,0% is not above)
    Geval("H14", lambda: invoer(bod={"huurverhoging": {2027: 0.035, 2028: 0.03}},
                                woonvisie=[doel("huurverhoging", 0.03, 2027, 2028, soort="maximaal")]),
          ["In 2027 verhoogt u de huur met 3,5%, de woonvisie vraagt hoogstens 3,0%", "voor welke huurders"]),
    Geval("H12", lambda: invoer(realisatie={"ontruimingen": {2025: 4}}), ["In 2025 zijn in Dorpsveen 4 huishoudens"]),
    Geval("H13", lambda: invoer(bod={"verduurzaming": {2027: 50, 2028: 70}}, toezeggingen=[{"thema": "kwaliteit", "tekst": "x"}]),
          ["in 2027 en 2028 120 woningen"]),
    # D01: eind 2028 30 woningen, 10 besloten, 30 − 10 = 20 zonder besluit (one figure per year, review 1)
    Geval("D01", lambda: invoer(bod={"woningen_efg": {2027: 100, 2028: 30}, "efg_sloop_verkoop": {2028: 10}}),
          ["eind 2028 nog 30 woningen met label E, F of G, waarvan 10 met een sloop- of verkoopbesluit en 20 zonder"],
          ernst="hoog"),
    # D02: mean decrease (120 − 80) / 2 = 20 per jaar; 80 left in 2028, so 0 in 2028 + 80/20 = 2032 > 2028
    Geval("D02", lambda: invoer(bod=EFG_BOD),
          ["Volgens het bod heeft u nog woningen met label E, F of G: 120 in 2026, 100 in 2027 en 80 in 2028",
           "(gemiddeld 20 per jaar minder) zijn ze pas in 2032 allemaal",
           "de landelijke afspraak is eind 2028"]),
    Geval("D03", lambda: invoer(bod={"aardgasvrij": {2027: 30}}), ["in 2027 30 woningen aardgasvrij"], ernst="laag"),
    Geval("D04", lambda: invoer(bod={"woningen_conditie_56": {2026: 5}}), ["5 woningen hebben in 2026 conditie 5 of 6"],
          ernst="hoog"),
    Geval("D05", lambda: invoer(bod=BOD_NB), ["geen aantallen voor vocht en schimmel"], ernst="laag"),
    # D06: (2 + 3) mln / 1.000 = € 5.000 in 2026–2028; (2 + 2) mln / 1.000 = € 4.000 in 2029–2031: −20% > 15%
    Geval("D06", lambda: invoer(prognose=_verbetering(2e6)),
          ["van gemiddeld € 5.000 in 2026–2028 naar gemiddeld € 4.000 in 2029–2031"]),
    Geval("D07", lambda: invoer(bod={"sloop": {2027: 10}, "renovatie": {2028: 20}},
                                toezeggingen=[{"thema": "kwaliteit", "tekst": "x"}]),
          ["ingrijpend 30 woningen in 2027 en 2028"]),
    Geval("D08", lambda: invoer(realisatie={"huurdersoordeel": {2024: 7.5, 2025: 7.1}}),
          ["in 2025 een 7,1 (in 2024 een 7,5)", "in 2027"], ernst="laag"),
    Geval("L01", lambda: invoer(bod={"leefbaarheid_per_vhe": {2027: 150, 2028: 120}}),
          ["van € 150 in 2027 naar € 120 per woning in 2028"]),
    Geval("L02", lambda: invoer(bod={"leefbaarheid_per_vhe": {2027: 150}}), ["€ 150 per woning in 2027"], ernst="laag"),
    # L03: gemiddelde (0,5 + 0,1 + 0,0) / 3 = 0,2; 0,5 > 2 × 0,2
    Geval("L03", lambda: invoer(wijken=[{"wijk": "Noord", "code": "toewijzingen_kwetsbaar", "waarden": {2025: 0.5}},
                                        {"wijk": "Zuid", "code": "toewijzingen_kwetsbaar", "waarden": {2025: 0.1}},
                                        {"wijk": "West", "code": "toewijzingen_kwetsbaar", "waarden": {2025: 0.0}}]),
          ["In Noord ging in 2025 50,0%", "gemiddeld 20,0%"]),
    Geval("L04", lambda: invoer(wijken=[{"wijk": "Noord", "code": "waardering_bewoners", "waarden": {2023: 7.2, 2025: 6.8}}]),
          ["In Noord daalde", "van 7,2 in 2023 naar 6,8 in 2025"]),
    # Z01: taakstelling 60 × aandeel 0,5 = 30; bod 20 < 0,8 × 30 = 24
    Geval("Z01", lambda: invoer(bod={"statushouders": {2027: 20}},
                                woonvisie=[doel("taakstelling_personen", 60, 2027, 2027, aandeel_corporatie=0.5)]),
          ["in 2027 60 vergunninghouders", "uw deel (50,0%) is 30", "staan er 20"]),
    Geval("Z02", lambda: invoer(bod=BOD_NB, woonvisie=[doel("uitstroom_bw_mo", 10, 2027, 2028)]), ["vraagt 10 woningen"]),
    Geval("Z03", lambda: invoer(bod=BOD_NB, woonvisie=[doel("ouderen_geclusterd", 20, 2027, 2028)]),
          ["geen geclusterde of nultredenwoningen"]),
    Geval("Z04", lambda: invoer(woonvisie=WV_NB), ["nog geen woonzorgvisie"]),
    Geval("Z05", lambda: invoer(realisatie={"urgente_toewijzingen": {2025: 0.40}}), ["40,0% van de woningen ging in 2025"]),
    # Z06: (6 + 4) / 2 = 5 per jaar
    Geval("Z06", lambda: invoer(bod={"uitstroom_bw_mo": {2027: 6, 2028: 4}}, gemeente=[]), ["biedt 5 woningen per jaar"]),
    Geval("HP1", lambda: invoer({"ho_ondertekend_vorig": False}), ["niet ondertekend"]),
    Geval("HP2", lambda: invoer(bod=BOD_NB), ["geen budget voor de huurdersorganisatie in 2027 en 2028"]),
    Geval("HP3", lambda: invoer({"achterban_geraadpleegd": False}), ["achterban niet geraadpleegd"], ernst="laag"),
    # HP4: 24-9 − 10-9 = 14 dagen < 28
    Geval("HP4", lambda: invoer({"stukken_ho_datum": D(2026, 9, 10),
                                 "datum_overleg": D(2026, 9, 24)}),
          ["op 10 september 2026, minder dan 4 weken vóór het overleg van 24 september 2026"]),
    Geval("R02", lambda: invoer(woonvisie=[doel("nieuwbouw_sociaal", 500, 2027, 2030, per="periode", niveau="regio")]),
          ["vraagt 500 sociale huurwoningen opgeleverd in 2027–2030"]),
    Geval("F01", lambda: invoer(), ["In 2027 en 2028 komt de ICR (DAEB) uit op 2027: 1,30, 2028: 1,35",
                                    "norm van minimaal 1,40"], ernst="hoog",
          ber=lambda: berekend([ratio(2027, icr=1.3, banden={"icr": "overschreden"}),
                                ratio(2028, icr=1.35, banden={"icr": "overschreden"})])),
    Geval("F02", lambda: invoer(), ["In 2027 zit de LTV (DAEB) met 2027: 65,0%", "norm van maximaal 70,0%"],
          ber=lambda: berekend([ratio(2027, ltv=0.65, banden={"ltv": "krap"})])),
    # F03: tekort 25 woningen × € 250.000 = € 6.250.000; ruimte 0,5 × 50 mln = 25 mln ≥ 2 × 6,25 mln;
    # 25 mln / 250.000 = 100 woningen
    Geval("F03", lambda: invoer(bod=BOD_NB, woonvisie=WV_NB),
          ["ongeveer € 50,0 mln extra lenen", "ruwweg 100 woningen", "verschil van 25 woningen"],
          ber=lambda: berekend(x_max=50_000_000, aandeel=0.5)),
    # F04: 8 + 8 = 16 mln > 0,2 × 50 mln = 10 mln
    Geval("F04", lambda: invoer({"prognose_bevat_bod": False}, bod={"investering_gemeente": {2027: 8e6, 2028: 8e6}}),
          ["(€ 16.000.000 in 2027 en 2028)", "ongeveer € 10,0 mln"], ber=lambda: berekend(x_max=50_000_000, aandeel=0.2)),
    # F05: 1,7429 afgerond op twee decimalen 1,74 tegen 1,83: 0,09 > 0,02
    Geval("F05", lambda: invoer(), ["ICR (DAEB) van 2027: 1,83", "volgt 2027: 1,74", "netto of bruto"],
          ber=lambda: berekend([ratio(2027, icr=1.7429, opgegeven={"icr": 1.83})])),
    # F06: 2,20 − 1,7429 = 0,457 > 0,3
    Geval("F06", lambda: invoer(), ["daalt van 2,20 in 2026 naar 1,74 in 2028"],
          ber=lambda: berekend([ratio(2026, icr=2.2), ratio(2027, icr=2.0), ratio(2028, icr=1.7429)])),
    # F07: LTV 20,0% < 25% is unusual; said with the figure, "ongewoon", never "onbekend"
    Geval("F07", lambda: invoer(), ["LTV (DAEB) komt uit op 2027: 20,0%; dat is ongewoon laag"], ernst="laag",
          ber=lambda: berekend([ratio(2027, ltv=0.20, opmerkingen={"ltv": "LTV onder 25%"})])),
    Geval("F08", lambda: invoer(), ["2026: beleidswaarde 1.0; 2027: beleidswaarde 2.0", "de jaren 2026 gebaseerd"],
          ber=lambda: berekend([ratio(2026, icr=2.0, bw_versie="1.0"), ratio(2027, icr=2.0)])),
]

STIL = [
    Geval("P01", lambda: invoer({"datum_bod": D(2026, 7, 1)})),
    Geval("P02", lambda: invoer({"ho_betrokken": True})),
    Geval("P03", lambda: invoer({"vhe_totaal": 10_000, "vhe_gemeente": 2_500}, bod=FAIR_BOD)),
    # four years only: below the five-year minimum
    Geval("P04", lambda: invoer(FAIR_ALG, bod={"investering_gemeente": dict.fromkeys(J5[:4], 1e6)}, prognose=FAIR_PROG)),
    Geval("P05", lambda: invoer(bod=BOD_NB, prognose={"kasstroom_operationeel": {2027: 1e6}})),
    # 38 vs 40: verschil 2 < 5 (ruisgrens)
    Geval("P06", lambda: invoer(bod={"nieuwbouw_sociaal": {2027: 38}}, afspraken={"nieuwbouw_sociaal": {2027: 40}})),
    Geval("P07", lambda: invoer(bod={"nieuwbouw_sociaal": {2027: "circa 40"}}, woonvisie=WV_NB)),
    Geval("P08", lambda: invoer(bod={"leefbaarheid_per_vhe": {2027: 150}}, woonvisie=[doel("leefbaarheid_per_vhe", 150, 2027, 2028)])),
    Geval("P09", lambda: invoer(toezeggingen=[{"thema": "beschikbaarheid", "tekst": "x", "vraagt_van_gemeente": "grond"}],
                                gemeente=[{"thema": "beschikbaarheid", "tegenprestatie": "locatie Noord", "status": "toegezegd",
                                           "jaar": 2027}])),
    Geval("P10", lambda: invoer(afspraken={"nieuwbouw_sociaal": {2025: 40}}, realisatie={"nieuwbouw_sociaal": {2025: 35}})),
    Geval("P11", lambda: invoer(toezeggingen=[{"thema": "leefbaarheid", "tekst": "x", "indicator": "aantal",
                                               "peildatum": "31-12", "eigenaar": "corporatie"}])),
    Geval("P12", lambda: invoer({"onder_voorbehoud": False})),
    Geval("P13", lambda: invoer(afspraken={"nieuwbouw_sociaal": {2025: 40}}, realisatie={"nieuwbouw_sociaal": {2025: 38}})),
    Geval("P14", lambda: invoer(gemeente=[{"thema": "beschikbaarheid", "tegenprestatie": "grond", "jaar": 2025,
                                           "status": "geleverd"}])),
    Geval("P15", lambda: invoer(realisatie={"nieuwbouw_sociaal": {2025: 30}}, woonvisie=[doel("leefbaarheid_per_vhe", 150, 2027, 2028)],
                                wijken=[{"wijk": "Noord", "code": "leefbaarometer", "waarden": {2025: 5}}])),
    Geval("P16", lambda: invoer(bod=BOD_NB)),
    Geval("B01", lambda: invoer(bod={"nieuwbouw_sociaal": {2027: 40, 2028: 45}}, woonvisie=WV_NB)),
    Geval("B02", lambda: invoer(bod={"nieuwbouw_sociaal": {2027: 35}, "nieuwbouw_sociaal_hard": {2027: 20}},
                                realisatie={"nieuwbouw_sociaal": {2021: 10, 2022: 20}})),
    Geval("B03", lambda: invoer(bod={**BOD_NB, "sloop": {2027: 20, 2028: 20}, "aankoop": NUL, "verkoop": NUL,
                                     "liberalisatie": NUL})),
    Geval("B04", lambda: invoer(bod={"verkoop": {2027: 10}}, bod_toelichting={"verkoop": "complex De Horst, aan huurders"})),
    Geval("B05", lambda: invoer(bod={"verkoop_derden": {2027: 0}})),
    Geval("B06", lambda: invoer(bod={"sloop": {2027: 40}, "nieuwbouw_sociaal": {2027: 10, 2028: 10, 2029: 30}}, bod_jaren=J5)),
    Geval("B07", lambda: invoer(bod={"liberalisatie": {2027: 5}})),
    Geval("B08", lambda: invoer({"sociale_voorraad_gemeente": 2_000, "woningen_gemeente": 10_000},
                                bod={"nieuwbouw_sociaal": {2027: 40, 2028: 40, 2029: 40}},
                                woonvisie=[doel("nieuwbouw_totaal", 300, 2027, 2029, per="periode")])),
    Geval("B09", lambda: invoer(bod=BOD_NB, woonvisie=WV_NB)),
    Geval("B10", lambda: invoer(bod={"nieuwbouw_sociaal": {2027: 40, 2028: 40}, "nieuwbouw_klein": {2027: 25, 2028: 25}},
                                woonvisie=[doel("nieuwbouw_klein", 0.6, 2027, 2028, eenheid="%")])),
    Geval("B11", lambda: invoer(bod={"vrije_toewijzingsruimte": {2027: 0.075}})),
    Geval("B12", lambda: invoer(realisatie={"inschrijfduur": {2023: 3.0, 2025: 3.3}})),
    Geval("B13", lambda: invoer(bod={"doorstroming": {2027: 15}}, woonvisie=[doel("doorstroming", 20, 2027, 2028)])),
    Geval("B14", lambda: invoer(bod={"nieuwbouw_sociaal": {2027: 40}, "nieuwbouw_onder_aftopping": {2027: 0.8}})),
    Geval("B15", lambda: invoer(bod={"nieuwbouw_midden": {2027: 5}}, woonvisie=[doel("nieuwbouw_midden", 10, 2027, 2028)])),
    # 2025 at the maximum; 2027 has no parameter (H02 covers those years)
    Geval("H01", lambda: invoer(bod={"huurverhoging": {2025: 0.045, 2027: 0.09}})),
    Geval("H02", lambda: invoer(prognose={"huurstijging_aanname": {2026: 0.03, 2027: 0.022},
                                          "inflatie_aanname": {2026: 0.025, 2027: 0.02}})),
    Geval("H03", lambda: invoer(bod={"voorraad_onder_aftopping": {2027: 0.80, 2030: 0.79}})),
    Geval("H04", lambda: invoer(realisatie={"passend_toewijzen": {2025: 0.97}})),
    Geval("H05", lambda: invoer(realisatie={"daeb_toewijzing": {2025: 0.93}})),
    Geval("H06", lambda: invoer(bod={"streefhuur_pct": {2027: 0.72, 2028: 0.72}})),
    Geval("H07", lambda: invoer(bod={"iah": {2027: 0}})),
    Geval("H08", lambda: invoer(bod={"huurverhoging_efg": {2027: 0}, "woningen_efg": {2027: 150}})),
    Geval("H09", lambda: invoer(bod={"huurverhoging_na_verduurzaming": {2027: 0}})),
    Geval("H10", lambda: invoer(bod={"huurverhoging": {2027: 0.03}})),
    Geval("H11", lambda: invoer(toezeggingen=[{"thema": "maatwerk", "tekst": "betalingsregeling"}])),
    Geval("H12", lambda: invoer(realisatie={"ontruimingen": {2025: 0}},
                                toezeggingen=[{"thema": "vroegsignalering", "tekst": "samen met de gemeente"}])),
    Geval("H13", lambda: invoer(bod={"verduurzaming": {2027: 50}}, toezeggingen=[{"thema": "woonlasten", "tekst": "x"}])),
    Geval("D01", lambda: invoer(bod={"woningen_efg": {2027: 100, 2028: 30}, "efg_sloop_verkoop": {2028: 30}})),
    Geval("H14", lambda: invoer(bod={"huurverhoging": {2027: 0.03}},
                                woonvisie=[doel("huurverhoging", 0.03, 2027, 2027, soort="maximaal")])),
    # geboden (120 − 0) / 2 = 60 = nodig
    Geval("D02", lambda: invoer(bod={"woningen_efg": {2026: 120, 2027: 60, 2028: 0}})),
    Geval("D03", lambda: invoer(bod={"aardgasvrij": {2027: 30}}, bod_toelichting={"aardgasvrij": "wijk Oost (warmtenet)"})),
    Geval("D04", lambda: invoer(bod={"woningen_conditie_56": {2025: 5, 2026: 0}})),
    Geval("D05", lambda: invoer(bod=BOD_NB, realisatie={"vocht_schimmel_meldingen": {2025: 40}})),
    # (2 + 3) → (2 + 2,5): 5.000 → 4.500 is −10% < 15%
    Geval("D06", lambda: invoer(prognose=_verbetering(2.5e6))),
    Geval("D07", lambda: invoer(bod={"sloop": {2027: 10}}, toezeggingen=[{"thema": "sociaal_plan", "tekst": "statuut"}])),
    Geval("D08", lambda: invoer(realisatie={"huurdersoordeel": {2024: 7.3, 2025: 7.2}})),
    Geval("L01", lambda: invoer(bod={"leefbaarheid_per_vhe": {2027: 150, 2028: 160}})),
    Geval("L02", lambda: invoer(bod={"leefbaarheid_per_vhe": {2027: 150}}, bod_toelichting={"leefbaarheid_per_vhe": "wijk Noord"})),
    Geval("L03", lambda: invoer(wijken=[{"wijk": "Noord", "code": "toewijzingen_kwetsbaar", "waarden": {2025: 0.3}},
                                        {"wijk": "Zuid", "code": "toewijzingen_kwetsbaar", "waarden": {2025: 0.2}},
                                        {"wijk": "West", "code": "toewijzingen_kwetsbaar", "waarden": {2025: 0.1}}])),
    Geval("L04", lambda: invoer(wijken=[{"wijk": "Noord", "code": "waardering_bewoners", "waarden": {2023: 7.2, 2025: 6.8}},
                                        {"wijk": "Noord", "code": "leefbaarheid_budget", "waarden": {2024: 100, 2025: 120}}])),
    Geval("Z01", lambda: invoer(bod={"statushouders": {2027: 30}},
                                woonvisie=[doel("taakstelling_personen", 60, 2027, 2027, aandeel_corporatie=0.5)])),
    Geval("Z02", lambda: invoer(bod={"uitstroom_bw_mo": {2027: 10}}, woonvisie=[doel("uitstroom_bw_mo", 10, 2027, 2028)])),
    Geval("Z03", lambda: invoer(bod={"nieuwbouw_nultreden": {2027: 10}}, woonvisie=[doel("ouderen_geclusterd", 20, 2027, 2028)])),
    Geval("Z04", lambda: invoer({"woonzorgvisie_datum": D(2025, 11, 1)}, woonvisie=WV_NB)),
    Geval("Z05", lambda: invoer(realisatie={"urgente_toewijzingen": {2025: 0.30}})),
    Geval("Z06", lambda: invoer(bod={"uitstroom_bw_mo": {2027: 6}},
                                gemeente=[{"thema": "begeleiding", "tegenprestatie": "ambulante begeleiding 1 jaar"}])),
    Geval("HP1", lambda: invoer({"ho_ondertekend_vorig": True})),
    Geval("HP2", lambda: invoer(bod={"budget_huurdersorganisatie": {2027: 25_000}})),
    Geval("HP3", lambda: invoer({"achterban_geraadpleegd": True})),
    Geval("HP4", lambda: invoer({"datum_bod": D(2026, 6, 28), "stukken_ho_datum": D(2026, 6, 28),
                                 "datum_overleg": D(2026, 9, 24)})),
    Geval("R02", lambda: invoer(woonvisie=[doel("nieuwbouw_sociaal", 500, 2027, 2030, per="periode", niveau="regio",
                                                aandeel_corporatie=0.2)])),
    Geval("F01", lambda: invoer(), ber=lambda: berekend([ratio(2027, icr=1.6, banden={"icr": "ruim"})])),
    # krap in 2027 but overschreden in 2028: F01 asks about this ratio already
    Geval("F02", lambda: invoer(), ber=lambda: berekend([ratio(2027, ltv=0.65, banden={"ltv": "krap"}),
                                                         ratio(2028, ltv=0.72, banden={"ltv": "overschreden"})])),
    # 0,2 × 50 mln = 10 mln < 2 × 6,25 mln
    Geval("F03", lambda: invoer(bod=BOD_NB, woonvisie=WV_NB), ber=lambda: berekend(x_max=50_000_000, aandeel=0.2)),
    Geval("F04", lambda: invoer({"prognose_bevat_bod": True}, bod={"investering_gemeente": {2027: 8e6, 2028: 8e6}}),
          ber=lambda: berekend(x_max=50_000_000, aandeel=0.2)),
    # published 1,7 against 1,7429 rounded to one decimal = 1,7; LTV 54% against 53,99% rounded to 54%
    Geval("F05", lambda: invoer(), ber=lambda: berekend([ratio(2027, icr=1.7429, ltv=0.5399,
                                                               opgegeven={"icr": 1.7, "ltv": 0.54})])),
    # 2,20 − 1,95 = 0,25 ≤ 0,3
    Geval("F06", lambda: invoer(), ber=lambda: berekend([ratio(2026, icr=2.2), ratio(2027, icr=2.0), ratio(2028, icr=1.95)])),
    Geval("F07", lambda: invoer(), ber=lambda: berekend([ratio(2027, icr=2.0)])),
    Geval("F08", lambda: invoer(), ber=lambda: berekend([ratio(2026, icr=2.0), ratio(2027, icr=2.0)])),
]


@pytest.mark.parametrize("geval", VUUR, ids=[g.id for g in VUUR])
def test_regel_vuurt(geval: Geval) -> None:
    gevonden = van(geval)
    assert len(gevonden) == 1, [v.vraag for v in gevonden]
    v = gevonden[0]
    for tekst in geval.teksten:
        assert tekst in v.vraag, (tekst, v.vraag)
    if geval.ernst:
        assert v.ernst == geval.ernst
    assert v.toelichting and v.basis


@pytest.mark.parametrize("geval", VUUR, ids=[g.id for g in VUUR])
def test_regel_noemt_alleen_zijn_waarden(geval: Geval) -> None:
    """Every rule (vraagpunten.md Revisions 2 `waarden`): each number its vraag states is one of its waarden after
    display rounding (the check of the samenhang module, here on every rule's own case)."""
    from bodcheck.json_uitvoer import _waarden
    from tests.bodcheck.test_samenhang import getallen_uit_waarden

    punten = [{"id": v.id, "label": v.label, "vraag": v.vraag, "waarden": _waarden(v)} for v in van(geval)]
    assert getallen_uit_waarden({"vraagpunten": punten}) == []


@pytest.mark.parametrize("geval", STIL, ids=[g.id for g in STIL])
def test_regel_stil(geval: Geval) -> None:
    assert van(geval) == []


def test_elke_regel_heeft_beide_gevallen() -> None:
    ids = [r.id for r in vraagpunten.REGISTER]
    assert sorted({g.id for g in STIL}) == sorted(ids)
    assert sorted({g.id for g in VUUR}) == sorted(ids)


def test_vragen_aan_tafel() -> None:
    """Open with the fact, end with one open question; no 'Klopt dat?', no opening 'Waarom'."""
    for geval in VUUR:
        for v in van(geval):
            assert not v.vraag.startswith("Waarom"), v.id
            assert "Klopt dat" not in v.vraag, v.id
            assert "?" in v.vraag, v.id


def test_b01_per_saldo_telt_beide_kanten() -> None:
    # 35 per jaar in 2027–2031 = 175; bod 18, 24, 30, 44, 44 = 160 ≥ 0,8 × 175 = 140 → deels, said per saldo:
    # 2027–2029: 17 + 11 + 5 = 33 minder; 2030–2031: 9 + 9 = 18 meer; over de periode 15 minder
    (v,) = van(Geval("B01", lambda: invoer(bod={"nieuwbouw_sociaal": {2027: 18, 2028: 24, 2029: 30, 2030: 44,
                                                                      2031: 44}},
                                           woonvisie=[doel("nieuwbouw_sociaal", 35, 2027, 2031)])))
    assert "175 nieuwe sociale huurwoningen in 2027–2031" in v.vraag and "u biedt er 160" in v.vraag
    assert "in 2027–2029 samen 33 minder, in 2030 en 2031 samen 18 meer: over de periode 15 minder" in v.vraag
    assert {w.waarde for w in v.waarden} >= {175.0, 160.0, 33.0, 18.0, 15.0}


def test_b01_totaal_gehaald_vraagt_naar_timing() -> None:
    # 35 per jaar in 2027–2029 = 105; bod 20 + 30 + 55 = 105 holds; 2027 and 2028 are below their year
    (v,) = van(Geval("B01", lambda: invoer(bod={"nieuwbouw_sociaal": {2027: 20, 2028: 30, 2029: 55}},
                                           woonvisie=[doel("nieuwbouw_sociaal", 35, 2027, 2029)])))
    assert "Over de periode is dat genoeg" in v.vraag and "minder dan" not in v.vraag.split("genoeg")[0]
    assert "in 2027 en 2028 samen 20 minder, in 2029 20 meer: over de periode gelijk" in v.vraag
    assert "later" in v.vraag and v.ernst == "laag"


def test_b01_citeert_toelichting_en_vraagt_ook_de_gemeente() -> None:
    # the toelichting names the overdue bestemmingsplan Molenweg (toegezegd for 2025, bodjaar 2026): to all
    (v,) = van(Geval("B01", lambda: invoer(
        bod=BOD_NB, bod_toelichting={"nieuwbouw_sociaal": "Molenweg wacht op het bestemmingsplan."},
        woonvisie=WV_NB, gemeente=[{"thema": "beschikbaarheid", "tegenprestatie": "Bestemmingsplan Molenweg",
                                    "jaar": 2025, "status": "toegezegd"}])))
    assert "U licht toe: ‘Molenweg wacht op het bestemmingsplan.’" in v.vraag
    assert "‘Bestemmingsplan Molenweg’ nog niet geleverd" in v.vraag and v.adressaat == "allen"


def test_f05_icr_nooit_door_de_beleidswaarde() -> None:
    # the beleidswaarde does not enter the ICR: the question names rente and kasstroom only
    (v,) = van(Geval("F05", lambda: invoer(), ber=lambda: berekend([ratio(2027, icr=1.7429, opgegeven={"icr": 1.83})])))
    assert "beleidswaarde" not in v.vraag and "beleidswaarde" not in v.toelichting


def test_f07_hoge_icr_is_geen_invoerfout_en_nooit_onbekend() -> None:
    # rekenregels Revisions 2: a high ICR is not an input error; without a figure the rule is silent
    assert van(Geval("F07", lambda: invoer(), ber=lambda: berekend([ratio(2027, icr=4.2,
                                                                          opmerkingen={"icr": "ICR boven 3,5"})]))) == []
    assert van(Geval("F07", lambda: invoer(), ber=lambda: berekend([ratio(2027, icr=2.0,
                                                                          opmerkingen={"ltv": "LTV onder 25%"})]))) == []


def test_b01_ernst_midden_zonder_prioriteit_hoog() -> None:
    (v,) = van(Geval("B01", lambda: invoer(bod=BOD_NB, woonvisie=WV_NB)))
    assert v.ernst == "midden"


def test_b03_stil_als_onvolledige_som_niet_beslist() -> None:
    # 2027: nieuwbouw onbekend; bekend deel −40 beslist niet (nieuwbouw kan het goedmaken)
    inv = invoer(bod={"nieuwbouw_sociaal": {2027: None, 2028: 25}, "sloop": {2027: 40, 2028: 20},
                      "aankoop": NUL, "verkoop": NUL, "liberalisatie": NUL})
    assert [v for v in draai(inv) if v.id == "B03"] == []


def test_h01_per_woning_zachter_voor_2026() -> None:
    # 2026: no huursom parameter; 4,5% > per-woning maximum 4,1%
    (v,) = van(Geval("H01", lambda: invoer(bod={"huurverhoging": {2026: 0.045}})))
    assert "maximale huurverhoging per woning per 1 juli is 2026: 4,1%" in v.vraag


def test_h04_laag_tussen_95_en_96() -> None:
    (v,) = van(Geval("H04", lambda: invoer(realisatie={"passend_toewijzen": {2025: 0.955}})))
    assert v.ernst == "laag"


def test_b12_info_zonder_gegevens() -> None:
    (v,) = van(Geval("B12", lambda: invoer(woonvisie=[doel("inschrijfduur", 3, 2027, 2028, soort="maximaal")])))
    assert v.ernst == "info" and "hoogstens 3,0 jaar" in v.vraag


def test_b13_mutatiegraad() -> None:
    (v,) = van(Geval("B13", lambda: invoer(realisatie={"mutatiegraad": {2024: 0.06, 2025: 0.045}})))
    assert "De mutatiegraad is 4,5% in 2025 (was 6,0%)" in v.vraag


def test_z04_npa_en_wetsvoorstel() -> None:
    (v,) = van(Geval("Z04", lambda: invoer(woonvisie=WV_NB)))
    assert "de Woonbond tekende niet" in v.toelichting
    assert "wetsvoorstel, nog niet in werking" in v.toelichting


def test_absentie_regels_alleen_met_blad() -> None:
    """P05, H10, HP2, D05 and friends stay silent when the sheet they look in was not delivered."""
    ids = {v.id for v in draai(invoer(woonvisie=WV_NB))}
    assert not ids & {"P05", "P08", "H10", "HP2", "Z02", "Z03", "P13", "P15", "D05", "H11", "H13", "D07"}


def test_p14_ook_als_p09_vuurt_en_gemeente_leeg() -> None:
    inv = invoer(toezeggingen=[{"thema": "beschikbaarheid", "tekst": "x", "vraagt_van_gemeente": "grond"}], gemeente=[])
    assert {"P09", "P14"} <= {v.id for v in draai(inv)}


# The ernst of every rule as the spec states it, quoted (vraagpunten.md § "Ernst, thema, order"), then the
# later changes that name an ernst (§ "Changes to the rules below", § "New rules"), in spec order. The
# expectation is read from these quotes, not from the code's table.
SPEC_ERNST = (
    "ernst `hoog` only for: a legal norm breached at the level where it applies, B01 on a target with "
    "prioriteit hoog, B03, F01, D01, D04; `laag`: P11 P12 B10 B13 B15 H07 D03 D05 D08 L02 HP3 F07; `info`: "
    "P13 P15 P16; all others `midden`."
)
SPEC_WIJZIGINGEN = {
    "F03": ("midden", "**F03** becomes RUIMTE_GESPREK, ernst midden"),
    "P04": ("laag", "P04 uses nieuwbouw + verbetering + onderhoud over ≥ 5 years, ernst laag"),
    "B09": ("laag", "**B09** fires only when B01 fires [...]; ernst laag, partij beide"),
    # H04/H05: `hoog` only for a corporatie-level figure; the DAEB-toewijzing (92,5%) is one by definition
    "H05": ("hoog", "**H04/H05**: the 95% and 92,5% norms hold per corporatie per year; `hoog` only for a "
                    "corporatie-level figure"),
    "P02": ("midden", "**P02**: joint drafting is good practice, not a legal duty; partij beide, ernst midden."),
}


def _spec_ernst() -> dict[str, str]:
    hoog_deel, rest = SPEC_ERNST.split("; `laag`: ")
    laag_deel, info_deel = rest.split("; `info`: ")
    uit = dict.fromkeys(re.findall(r"\b[A-Z]{1,2}\d{1,2}\b", laag_deel), "laag")
    uit |= dict.fromkeys(re.findall(r"\b[A-Z]{1,2}\d{1,2}\b", info_deel.split(";")[0]), "info")
    uit |= dict.fromkeys((i for i in re.findall(r"\b[A-Z]{1,2}\d{1,2}\b", hoog_deel) if i != "B01"), "hoog")
    uit |= {i: e for i, (e, _) in SPEC_WIJZIGINGEN.items()}
    return uit


def test_metadata_per_regel() -> None:
    from bodcheck import codes

    spec = _spec_ernst()
    assert len(spec) == 24 and spec["D04"] == "hoog" and spec["HP3"] == "laag"  # the quotes parsed
    for r in vraagpunten.REGISTER:
        assert r.thema in codes.THEMAS and r.partij in ("gemeente", "huurders", "beide") and r.basis
        assert r.ernst == spec.get(r.id, "midden"), r.id



def test_z02_laat_tekst_aan_p07() -> None:
    inv = invoer(bod={"uitstroom_bw_mo": {2027: "inzet op 6 per jaar"}}, woonvisie=[doel("uitstroom_bw_mo", 10, 2027, 2028)])
    gevonden = draai(inv)
    ids = {v.id for v in gevonden}
    assert "P07" in ids and "Z02" not in ids
    # no two rules ask the same question: P16 does not ask again for the number P07 asks for
    assert not [v for v in gevonden if v.id == "P16" and "uitstroom" in v.vraag]


def test_aantal_na_aandeel_zonder_decimalen() -> None:
    from bodcheck.vraagpunten.kader import aantal

    # Counts are said as whole numbers, half-up: 40 × 87,5% = 35,01 woningen → "35"; 12,5 → "13".
    assert aantal(34.99999999) == "35" and aantal(40 * 0.87526) == "35" and aantal(12.5) == "13"


def test_p07_regionaal_doel_niet_aan_een_corporatie() -> None:
    # Review finding 3: a regio row without aandeel_corporatie (60 over 2027–2031 for the whole region) is
    # not this corporatie's target; the question says so and quotes the bod's own toelichting (Bod!H36).
    toel = "Afhankelijk van begeleiding door de regio; geen vast contingent."
    inv = invoer(bod={"uitstroom_bw_mo": {2027: "inzet op 6 per jaar", 2028: "inzet op 6 per jaar"}},
                 bod_toelichting={"uitstroom_bw_mo": toel},
                 woonvisie=[doel("uitstroom_bw_mo", 60, 2027, 2031, per="periode", niveau="regio")])
    (p07,) = [v for v in draai(inv) if v.id == "P07"]
    assert "'inzet op 6 per jaar'" in p07.vraag
    assert f"U licht toe: '{toel}'" in p07.vraag
    assert "60 (2027–2031) voor alle corporaties in de regio samen" in p07.vraag
    assert "terwijl de woonvisie" not in p07.vraag


def test_p07_gemeentedoel_citeert_toelichting() -> None:
    inv = invoer(bod={"nieuwbouw_sociaal": {2027: "we zetten in op 40", 2028: None}},
                 bod_toelichting={"nieuwbouw_sociaal": "Afhankelijk van grond"}, woonvisie=WV_NB)
    (p07,) = [v for v in draai(inv) if v.id == "P07"]
    assert "de woonvisie 40 vraagt (2027–2028). U licht toe: 'Afhankelijk van grond'." in p07.vraag


def test_efg_een_cijfer_per_jaar() -> None:
    # Review finding 1, with the example's Bod rows 27/28: woningen_efg 140, 38, 20, 0, 0 and efg_sloop_verkoop
    # 38, 14, 14, 0, 0 (2027–2031). Eind 2028: 38 woningen, 14 besloten, 38 − 14 = 24 zonder besluit.
    inv = invoer(bod={"woningen_efg": dict(zip(J5, [140, 38, 20, 0, 0], strict=True)),
                      "efg_sloop_verkoop": dict(zip(J5, [38, 14, 14, 0, 0], strict=True))}, bod_jaren=J5)
    punten = {v.id: v for v in draai(inv)}
    assert ("eind 2028 nog 38 woningen met label E, F of G, waarvan 14 met een sloop- of verkoopbesluit en 24 "
            "zonder.") in punten["D01"].vraag
    # D02 uses the bod's own figures per year up to 2030, the first year 0 − 0 ≤ 0 (2029: 20 − 14 = 6 > 0)
    d02 = punten["D02"].vraag
    assert ("Volgens het bod heeft u nog woningen met label E, F of G: 140 in 2027, 38 in 2028, 20 in 2029 en 0 in "
            "2030; daarvan met een sloop- of verkoopbesluit: 38 in 2027, 14 in 2028 en 14 in 2029. Pas in 2030 "
            "zijn ze allemaal verbeterd of besloten; de landelijke afspraak is eind 2028.") in d02
    assert "gemiddeld" not in d02


def test_toelichting_geciteerd_b07_h08() -> None:
    # Review finding 5, with the example's toelichtingen Bod!H12 (liberalisatie) and Bod!H17 (huurverhoging_efg):
    # the question quotes them and asks the follow-up instead of asking what they already answer.
    lib = "Alleen bij mutatie, woningen boven de € 1.000 streefhuur na verduurzaming in Molenkamp."
    efg = "Woningen met label E/F/G krijgen dezelfde huurverhoging als de rest van het bezit."
    inv = invoer(bod={"liberalisatie": {2027: 2, 2028: 2}, "huurverhoging_efg": {2027: 0.035},
                      "woningen_efg": {2027: 140}, "nieuwbouw_sociaal": {2027: 30, 2028: 30}},
                 bod_toelichting={"liberalisatie": lib, "huurverhoging_efg": efg},
                 woonvisie=[doel("voorraad_sociaal", 2000, 2028, 2028)])
    punten = {v.id: v for v in draai(inv)}
    b07 = punten["B07"]
    assert f"U licht toe: ‘{lib}’" in b07.vraag and "Om welke woningen gaat het" not in b07.vraag
    h08 = punten["H08"]
    assert f"In het bod stijgt hun huur (2027: 3,5%). U licht toe: ‘{efg}’ Wilt u voor deze woningen" in h08.vraag


def test_p06_titel_noemt_geen_dit_jaar() -> None:
    # Review finding 23 (title part): P06 compares the bod with earlier afspraken for the same (future) years,
    # e.g. 2027 in bod 2026, so its title does not say "dit jaar".
    from bodcheck.vraagpunten import titels

    assert titels.titel("P06") == "Bod wijkt af van eerdere afspraken voor dezelfde jaren"
    assert len(titels.titel("P06")) <= 60


def test_p08_en_kern_citeren_toezegging() -> None:
    # Review finding 4: the example's Toezeggingen!A5 ("Verkenning van een geclusterde woonvorm voor ouderen in
    # Aabergerveen") is on thema wonen en zorg; the bod has no figure for ouderen_geclusterd. P08 and the kern
    # sentence say "alleen de toezegging …, zonder aantal", not "niets" / "geen regel".
    from bodcheck import oordeel

    tekst = "Verkenning van een geclusterde woonvorm voor ouderen in Aabergerveen."
    inv = invoer(bod=BOD_NB, woonvisie=[doel("ouderen_geclusterd", 30, 2027, 2028, per="periode")],
                 toezeggingen=[{"thema": "wonen_zorg", "tekst": tekst}])
    (p08,) = [v for v in draai(inv) if v.id == "P08"]
    assert f"alleen de toezegging ‘{tekst}’, zonder aantal" in p08.vraag
    assert "geen regel" not in p08.vraag
    verg, _ = vergelijking.vergelijk(inv)
    zin = oordeel.oordeel_zin(verg, toezeggingen=inv.toezeggingen)
    assert "alleen een toezegging zonder aantal: ‘Verkenning van een geclusterde woonvorm voor ouderen in Aabergerveen’" in zin
    assert "staat niets in het bod" not in zin


def test_p06_grootste_verschil_eerst_ook_met_toelichting() -> None:
    """Review finding 23: the comparison with last year's afspraken asks about the largest gaps, also where the
    corporatie explains the row (quoted, with the follow-up). E/F/G: afspraak 60, bod 140 → (140 − 60) / 60 = 133%
    ≥ 50% → midden; verduurzaming 150 → 120: 30 / 150 = 20% > 10% but < 50% → laag."""
    inv = invoer(bod={"woningen_efg": {2027: 140}, "verduurzaming": {2027: 120}},
                 afspraken={"woningen_efg": {2027: 60}, "verduurzaming": {2027: 150}},
                 bod_toelichting={"woningen_efg": "Zuiderhof wordt gesloopt in 2030."})
    p06 = vraagpunten.sorteer(v for v in draai(inv) if v.id == "P06")
    assert [(v.sleutel, v.ernst) for v in p06] == [("woningen_efg", "midden"), ("verduurzaming", "laag")]
    assert "af: 2027: 60; in het bod staat nu 2027: 140. U licht toe: ‘Zuiderhof wordt gesloopt in 2030.’" in p06[0].vraag
    assert "schuift het verschil door" in p06[0].vraag
    assert "Wat is er sinds de vorige afspraken veranderd?" in p06[1].vraag
