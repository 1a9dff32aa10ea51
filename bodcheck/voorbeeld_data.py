"""Het meegeleverde voorbeeld: een fictieve corporatie, gemeente en huurdersorganisatie, als Python-gegevens.

Het verhaal. Woonstichting De Lindehof (ca. 6.100 vhe in drie gemeenten) doet Aaberg (15.000 inwoners,
1.900 sociale huurwoningen, waarvan 1.637 van De Lindehof) een bod dat financieel ruim kan maar op nieuwbouw
achterblijft: 18 en 24 sociale huurwoningen in 2027–2028 tegen een woonvisie van 40 per jaar, omdat de
bouwlocatie Molenweg van de gemeente zelf nog niet klaar is. Verduurzaming, statushouders, flexwoningen en
passend toewijzen sluiten aan; eind 2028 hebben nog 24 woningen in het Oude Dorp label E/F/G, ouderenhuisvesting
ontbreekt in het bod, uitstroom beschermd wonen blijft bij "inzet op". De DAEB-ICR zakt door zware investeringen
van 2,27 naar 1,48 (krap vanaf 2034) terwijl tot 2030 nog leenruimte tot de normen over is: gesprek, geen eis.

Alle namen (De Lindehof, L9871, Aaberg, Aabergerveen, Ketelhoek, Huurdersvereniging Aaberg) zijn verzonnen.
`bod()` en `woonvisie()` geven elke aanroep een nieuwe kopie in de structuur die `sjabloon.schrijf` leest.
Bedragen in x € 1.000, €-regels in hele euro's, percentages als fractie (0,035 = 3,5%), None = lege cel.

Waarom geen normoverschrijding: een dPi met een overschrijding accepteren Aw en WSW niet zonder herstelplan,
en een corporatie stemt haar bod daar vooraf op af. Het voorbeeld laat daarom de gewone, lastiger situatie zien:
krap aan het eind, ruimte tot de normen in de IBW-horizon (2026–2030). De niet-DAEB-tak (middenhuur, gefinancierd
met een interne lening van DAEB) blijft ruim binnen zijn ICR-norm van 1,8.

Handcontrole DAEB (rekenregels §2; EVbw = EV − (MW − BW), BTbw = BT − (MW − BW); bedragen x € 1.000):

| jaar | CFO   | rente betaald − ontvangen | ICR                      | schuld  | BW      | LTV    |
|------|-------|---------------------------|--------------------------|---------|---------|--------|
| 2026 | 6.504 | 5.888 − 751 = 5.137       | 11.641 / 5.137 = 2,27    | 207.300 | 469.388 | 44,2%  |
| 2030 | 6.032 | 8.226 − 899 = 7.327       | 13.359 / 7.327 = 1,82    | 272.790 | 539.630 | 50,6%  |
| 2035 | 4.551 | 10.523 − 976 = 9.547      | 14.098 / 9.547 = 1,48 ⚠ | 323.191 | 631.956 | 51,1%  |

| jaar | EV      | BT        | MW        | EVbw    | BTbw    | solvabiliteit | dekkingsratio       | schuld/vhe |
|------|---------|-----------|-----------|---------|---------|---------------|---------------------|------------|
| 2026 | 657.936 | 915.236   | 822.100   | 305.224 | 562.524 | 54,3%         | 207.300/822.100 = 25,2%  | € 36.015 |
| 2030 | 739.162 | 1.068.227 | 953.407   | 325.385 | 654.450 | 49,7%         | 272.790/953.407 = 28,6%  | € 46.952 |
| 2035 | 884.924 | 1.273.354 | 1.132.863 | 384.017 | 772.447 | 49,7%         | 323.191/1.132.863 = 28,5% | € 54.750 |

⚠ krap (< 1,54) in 2034 (1,52) en 2035 (1,48); nergens een overschrijding (kader Aw/WSW 2024: 1,4 / 70% / 30% / 70%).
DAEB-ICR per jaar 2026–2035: 2,27 2,20 2,09 1,95 1,82 1,72 1,64 1,58 1,52 1,48. TI: 2,28 … 1,90 (2030) … 1,60 (2035),
LTV 39,0% → 44,5%, solvabiliteit 52,7% → 47,6%, dekkingsratio 23,0% → 25,7%. Niet-DAEB: ICR 2,39 → 3,01, LTV 31% → 28%.
Rente 2,84% → 3,26% van de schuld; huur ca. € 7.600 → € 9.900 per DAEB-vhe; onderhoud € 2.060 → € 2.590 per vhe;
CFO na rente € 1.130 per vhe in 2026, dalend naar € 770 in 2035 (rente en lasten stijgen harder dan de huur).
De schuld volgt uit de kasstroom: schuld(t) = schuld(t−1) + investeringen − CFO − verkoop + mutatie interne lening.

Investeringsruimte DAEB 2026–2030, r = 3%, nieuwbouw eenmalig (v_bw 0,5; v_mw 0,75; y = r): ongeveer
€ 161 mln voor de hele corporatie, bindend LTV 2030; aandeel Aaberg 1.668 / 5.742 → ca. € 47 mln ≈ 187 woningen
à € 250.000. Het tekort op de woonvisie is 17 + 11 + 5 ≈ 33 woningen (≈ € 8 mln) in 2027–2029: de ruimte is
ruim vijf keer zo groot, dus RUIMTE_GESPREK heeft een punt. De Lindehof zal zeggen dat zij al ruim de helft van haar
nieuwbouw 2027–2031 in Aaberg zet (160 van 274), terwijl daar 29% van haar woningen staat; ook dat hoort bij het gesprek.

TI = DAEB + niet-DAEB voor CFO, netto rente, beleidswaarde, marktwaarde en vhe (exact). Schuld, eigen vermogen en
balanstotaal tellen niet op: de niet-DAEB-tak leent alleen intern (schuld TI = externe schuld DAEB), en DAEB
houdt de niet-DAEB-tak als deelneming. `vhe_totaal` en `vhe_gemeente` zijn DAEB-woongelegenheden (ultimo 2025),
dezelfde scope als de investeringsruimte (invoerformat § Algemeen).
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

PROGNOSE_JAREN = list(range(2026, 2036))
BOD_JAREN = list(range(2027, 2032))
AFSPRAKEN_JAREN = [2025, 2026, 2027]
REALISATIE_JAREN = list(range(2021, 2026))
WIJKEN_JAREN = list(range(2022, 2026))

_GEEN = [None] * 5

# ---- Prognose (dPi 2025, beleidswaarde 2.0; bevat de plannen van dit bod) ---------------------------------
# Rijen in de volgorde van codes.PROGNOSE_CODES. De gepubliceerde ICR van DAEB is op bruto rente berekend,
# (CFO + rente betaald) / rente betaald: 2,10 tegen 2,27 herberekend in 2026, zodat F05 vraagt naar de definitie.

_PROGNOSE_TI: dict[str, list[Any]] = {
    "kasstroom_operationeel": [7_382, 7_703, 7_714, 7_521, 7_259, 6_971, 6_762, 6_580, 6_411, 6_273],
    "rente_betaald": [5_888, 6_360, 6_935, 7_591, 8_226, 8_795, 9_281, 9_724, 10_144, 10_523],
    "rente_ontvangen": [120, 120, 120, 120, 120, 120, 120, 120, 120, 120],
    "schuld_nominaal": [207_300, 220_988, 238_303, 256_204, 272_790, 285_652, 296_225, 305_886, 314_559, 323_191],
    "schuld_geborgd": [199_008, 212_148, 228_771, 245_956, 261_878, 274_226, 284_376, 293_651, 301_977, 310_263],
    "beleidswaarde": [531_965, 550_590, 570_236, 592_969, 616_057, 638_768, 660_474, 682_379, 703_974, 726_158],
    "marktwaarde": [900_100, 934_190, 969_464, 1_009_988, 1_051_128, 1_092_453, 1_132_759, 1_173_752, 1_214_571, 1_256_632],
    "onderpand_waarde": [1_473_536, 1_520_379, 1_564_361, 1_618_844, 1_674_037, 1_733_458, 1_791_575, 1_850_990, 1_910_411, 1_971_731],
    "eigen_vermogen": [657_936, 677_782, 695_380, 716_941, 739_162, 765_412, 793_287, 822_808, 853_313, 884_924],
    "balanstotaal": [917_736, 952_770, 989_228, 1_030_281, 1_070_727, 1_111_528, 1_151_715, 1_192_688, 1_233_711, 1_275_854],
    "huurontvangsten": [47_539, 49_589, 51_446, 53_297, 55_201, 57_063, 58_965, 60_877, 62_810, 64_775],
    "onderhoud": [12_497, 12_860, 13_221, 13_617, 14_056, 14_508, 14_968, 15_428, 15_891, 16_362],
    "leefbaarheid": [500, 514, 528, 542, 557, 574, 591, 608, 625, 641],
    "investering_nieuwbouw": [11_904, 13_968, 17_466, 20_724, 21_116, 18_976, 17_671, 17_179, 16_970, 17_020],
    "investering_verbetering": [11_950, 12_750, 13_050, 10_350, 8_550, 7_350, 6_350, 5_950, 5_750, 5_750],
    "investering_aankoop": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    "verkoopontvangsten": [5_172, 5_328, 5_487, 5_651, 5_821, 6_492, 6_687, 6_887, 7_636, 7_865],
    "vhe": [6_076, 6_094, 6_098, 6_138, 6_170, 6_208, 6_236, 6_262, 6_282, 6_302],
    "huurstijging_aanname": [0.04, 0.035, 0.03, 0.028, 0.025, 0.025, 0.025, 0.025, 0.025, 0.025],
    "inflatie_aanname": [0.028, 0.025, 0.022, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02],
    "icr_opgegeven": [2.28, 2.23, 2.13, 2.01, 1.9, *_GEEN],
    "ltv_opgegeven": [0.39, 0.401, 0.418, 0.432, 0.443, *_GEEN],
    "solvabiliteit_opgegeven": [0.527, 0.517, 0.502, 0.489, 0.478, *_GEEN],
    "dekkingsratio_opgegeven": [None] * 10,
    "onderpandratio_opgegeven": [None] * 10,
}

_PROGNOSE_DAEB: dict[str, list[Any]] = {
    "kasstroom_operationeel": [6_504, 6_722, 6_652, 6_383, 6_032, 5_656, 5_357, 5_079, 4_806, 4_551],
    "rente_betaald": [5_888, 6_360, 6_935, 7_591, 8_226, 8_795, 9_281, 9_724, 10_144, 10_523],
    "rente_ontvangen": [751, 764, 808, 864, 899, 916, 934, 953, 968, 976],
    "schuld_nominaal": [207_300, 220_988, 238_303, 256_204, 272_790, 285_652, 296_225, 305_886, 314_559, 323_191],
    "schuld_geborgd": [199_008, 212_148, 228_771, 245_956, 261_878, 274_226, 284_376, 293_651, 301_977, 310_263],
    "beleidswaarde": [469_388, 485_181, 501_469, 519_983, 539_630, 559_265, 577_468, 595_758, 613_622, 631_956],
    "marktwaarde": [822_100, 852_134, 882_637, 917_222, 953_407, 990_226, 1_025_426, 1_061_131, 1_096_473, 1_132_863],
    "onderpand_waarde": [1_473_536, 1_520_379, 1_564_361, 1_618_844, 1_674_037, 1_733_458, 1_791_575, 1_850_990, 1_910_411, 1_971_731],
    "eigen_vermogen": [657_936, 677_782, 695_380, 716_941, 739_162, 765_412, 793_287, 822_808, 853_313, 884_924],
    "balanstotaal": [915_236, 950_270, 986_728, 1_027_781, 1_068_227, 1_109_028, 1_149_215, 1_190_188, 1_231_211, 1_273_354],
    "huurontvangsten": [43_807, 45_633, 47_224, 48_776, 50_384, 51_985, 53_622, 55_249, 56_885, 58_540],
    "onderhoud": [11_843, 12_176, 12_497, 12_845, 13_236, 13_644, 14_060, 14_472, 14_886, 15_305],
    "leefbaarheid": [494, 508, 521, 535, 550, 567, 584, 600, 617, 633],
    "investering_nieuwbouw": [11_004, 11_816, 14_314, 17_493, 18_798, 16_600, 14_888, 14_326, 14_046, 14_397],
    "investering_verbetering": [11_800, 12_600, 12_900, 10_200, 8_400, 7_200, 6_200, 5_800, 5_600, 5_600],
    "investering_aankoop": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    "verkoopontvangsten": [3_852, 3_968, 4_087, 4_209, 4_335, 4_962, 5_111, 5_264, 5_964, 6_143],
    "vhe": [5_756, 5_766, 5_760, 5_787, 5_810, 5_841, 5_861, 5_879, 5_891, 5_903],
    "huurstijging_aanname": [0.04, 0.035, 0.03, 0.028, 0.025, 0.025, 0.025, 0.025, 0.025, 0.025],
    "inflatie_aanname": [0.028, 0.025, 0.022, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02],
    "icr_opgegeven": [2.1, 2.06, 1.96, 1.84, 1.73, *_GEEN],
    "ltv_opgegeven": [0.442, 0.455, 0.475, 0.493, 0.506, *_GEEN],
    "solvabiliteit_opgegeven": [0.543, 0.533, 0.519, 0.507, 0.497, *_GEEN],
    "dekkingsratio_opgegeven": [0.252, 0.259, 0.27, 0.279, 0.286, *_GEEN],
    "onderpandratio_opgegeven": [0.135, 0.14, 0.146, 0.152, 0.156, *_GEEN],
}

# Middenhuur, alleen gefinancierd met de interne lening van DAEB: niet WSW-geborgd, dus schuld_geborgd en
# onderpand_waarde leeg (niet van toepassing); de schuld hier is de interne lening.
_PROGNOSE_NIET_DAEB: dict[str, list[Any]] = {
    "kasstroom_operationeel": [878, 981, 1_062, 1_138, 1_227, 1_315, 1_405, 1_501, 1_605, 1_722],
    "rente_betaald": [631, 644, 688, 744, 779, 796, 814, 833, 848, 856],
    "rente_ontvangen": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    "schuld_nominaal": [19_642, 20_594, 22_423, 24_049, 24_629, 25_134, 25_747, 26_285, 26_743, 26_731],
    "schuld_geborgd": [None] * 10,
    "beleidswaarde": [62_577, 65_409, 68_767, 72_986, 76_427, 79_503, 83_006, 86_621, 90_352, 94_202],
    "marktwaarde": [78_000, 82_056, 86_827, 92_766, 97_721, 102_227, 107_333, 112_621, 118_098, 123_769],
    "onderpand_waarde": [None] * 10,
    "eigen_vermogen": [57_858, 60_962, 63_904, 68_217, 72_592, 76_593, 81_086, 85_836, 90_855, 96_538],
    "balanstotaal": [80_000, 84_056, 88_827, 94_766, 99_721, 104_227, 109_333, 114_621, 120_098, 125_769],
    "huurontvangsten": [3_732, 3_956, 4_222, 4_521, 4_817, 5_078, 5_343, 5_628, 5_925, 6_235],
    "onderhoud": [654, 684, 724, 772, 820, 864, 908, 956, 1_005, 1_057],
    "leefbaarheid": [6, 6, 7, 7, 7, 7, 7, 8, 8, 8],
    "investering_nieuwbouw": [900, 2_152, 3_152, 3_231, 2_318, 2_376, 2_783, 2_853, 2_924, 2_623],
    "investering_verbetering": [150, 150, 150, 150, 150, 150, 150, 150, 150, 150],
    "investering_aankoop": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    "verkoopontvangsten": [1_320, 1_360, 1_400, 1_442, 1_486, 1_530, 1_576, 1_623, 1_672, 1_722],
    "vhe": [320, 328, 338, 351, 360, 367, 375, 383, 391, 399],
    "huurstijging_aanname": [0.05, 0.045, 0.04, 0.035, 0.03, 0.03, 0.03, 0.03, 0.03, 0.03],
    "inflatie_aanname": [0.028, 0.025, 0.022, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02],
    "icr_opgegeven": [None] * 10,
    "ltv_opgegeven": [None] * 10,
    "solvabiliteit_opgegeven": [None] * 10,
    "dekkingsratio_opgegeven": [None] * 10,
    "onderpandratio_opgegeven": [None] * 10,
}

# ---- Bod: wat De Lindehof in Aaberg biedt, 2027–2031 ------------------------------------------------------
# Check B03 (netto sociale voorraad): nieuwbouw + aankoop − sloop − verkoop − liberalisatie per jaar
# 18−6−2 = +10, 24−24−6−2 = −8, 30−5−2 = +23, 48−16−5−2 = +25, 40−5−2 = +33 → +83 (1.653 ultimo 2026 → 1.736).
# Investering in Aaberg (x € 1.000): nieuwbouw sociaal (gespreid over bouwjaar en opleverjaar, ca. € 270.000–
# 296.000 per woning) + verduurzaming (ca. € 36.000 per woning) + flexwoningen 2027 (24 × € 110.000) + middenhuur 2029.

_BOD_REGELS: dict[str, list[Any]] = {
    "nieuwbouw_sociaal": [18, 24, 30, 48, 40],
    "nieuwbouw_sociaal_hard": [18, 24, 0, 0, 0],
    "nieuwbouw_midden": [0, 0, 12, 0, 0],
    "nieuwbouw_klein": [10, 14, 18, 30, 24],
    "nieuwbouw_nultreden": [6, 12, 12, 24, 16],
    "nieuwbouw_onder_aftopping": [0.8, 0.75, 0.73, 0.71, 0.75],
    "flexwoningen": [24, 0, 0, 0, 0],
    "aankoop": [0, 0, 0, 0, 0],
    "sloop": [0, 24, 0, 16, 0],
    "verkoop": [6, 6, 5, 5, 5],
    "verkoop_derden": [0, 0, 0, 0, 0],
    "liberalisatie": [2, 2, 2, 2, 2],
    "voorraad_sociaal": [1_663, 1_655, 1_678, 1_703, 1_736],
    "investering_gemeente": [12_600, 14_070, 17_390, 16_600, 14_350],
    "doorstroming": [25, 25, 30, 30, 30],
    "toewijzing_middeninkomen": [8, 8, 10, 10, 10],
    "huurverhoging": [0.035, 0.03, 0.028, 0.025, 0.025],
    "huurverhoging_efg": [0.035, 0.03, 0.028, 0.025, "nvt"],
    "huurverhoging_na_verduurzaming": [0, 0, 0, 0, 0],
    "voorraad_onder_aftopping": [0.79, 0.785, 0.78, 0.78, 0.775],
    "passend_toewijzen": [0.96, 0.96, 0.96, 0.96, 0.96],
    "daeb_toewijzing": [0.94, 0.94, 0.94, 0.94, 0.94],
    "vrije_toewijzingsruimte": [0.075, 0.075, 0.075, 0.075, 0.075],
    "streefhuur_pct": [0.74, 0.74, 0.74, 0.74, 0.74],
    "verduurzaming": [120, 130, 120, 100, 100],
    "woningen_efg": [140, 38, 20, 0, 0],
    "efg_sloop_verkoop": [38, 14, 14, 0, 0],
    "aardgasvrij": [0, 0, 40, 40, 60],
    "onderhoud_per_vhe": [2_110, 2_170, 2_220, 2_280, 2_340],
    "renovatie": [0, 0, 0, 0, 0],
    "woningen_conditie_56": [0, 0, 0, 0, 0],
    "vocht_schimmel_aangepakt": [70, 60, 50, 40, 40],
    "leefbaarheid_per_vhe": [90, 90, 92, 94, 96],
    "statushouders": [32, 30, 30, 30, 30],
    "uitstroom_bw_mo": ["inzet op 6 per jaar"] * 5,
    "budget_huurdersorganisatie": [12_000, 12_000, 12_500, 12_500, 13_000],
}

_BOD_TOELICHTING = {
    "nieuwbouw_sociaal": (
        "2027 Beatrixpark fase 2 (18), 2028 Brinkhof (24), 2029 Vlasakker (30), 2030 Kerkstraat (36, vervangt de "
        "24 gesloopte flats) en Molenweg fase 1 (12), 2031 Molenweg fase 2 (40). Lager dan afgesproken omdat "
        "Molenweg pas kan starten als het bestemmingsplan onherroepelijk is."),
    "nieuwbouw_sociaal_hard": "Vlasakker: grond in bezit, vergunning aangevraagd; Kerkstraat en Molenweg nog in ontwerp.",
    "nieuwbouw_midden": "12 middenhuurwoningen (niet-DAEB) in het plan Vlasakker, voor doorstromers en middeninkomens.",
    "flexwoningen": "De 24 flexwoningen uit de afspraken voor 2026 worden begin 2027 geplaatst aan de Stationsweg.",
    "sloop": "2028: Kerkstraat-flats (24, label F/G, funderingsproblemen); 2030: Zuiderhof (16, sloopbesluit 2025).",
    "verkoop": "Alleen bij mutatie, eengezinswoningen van de verkooplijst in Ketelhoek; eerst aangeboden aan huurders.",
    "liberalisatie": "Alleen bij mutatie, woningen boven de € 1.000 streefhuur na verduurzaming in Molenkamp.",
    "huurverhoging": "Huursomstijging gelijk aan de aanname in de dPi 2025 (inflatie + 0,5 procentpunt).",
    "huurverhoging_efg": "Woningen met label E/F/G krijgen dezelfde huurverhoging als de rest van het bezit.",
    "woningen_efg": (
        "Eind 2028 nog 38 woningen met label E/F/G: 14 in Zuiderhof (sloop 2030) en 24 karakteristieke woningen in "
        "het Oude Dorp (beschermd dorpsgezicht; isolatie vraagt maatwerk en een omgevingsvergunning, gereed 2029–2030)."),
    "aardgasvrij": "De Hooge Akker, volgens de transitievisie warmte van de gemeente (wijkuitvoeringsplan 2028).",
    "uitstroom_bw_mo": "Afhankelijk van begeleiding door de regio; geen vast contingent.",
    "investering_gemeente": "Nieuwbouw sociaal en midden, flexwoningen en verduurzaming in Aaberg, x € 1.000.",
}

# ---- Afspraken 2025–2027 (vorig jaar getekend) en realisatie 2021–2025 ---------------------------------------

_AFSPRAKEN_REGELS: dict[str, list[Any]] = {
    "nieuwbouw_sociaal": [30, 32, 30],
    "sloop": [0, 0, 0],
    "verkoop": [8, 6, 6],
    "liberalisatie": [3, 2, 2],
    "voorraad_sociaal": [1_640, 1_660, 1_670],
    "huurverhoging": [0.045, 0.04, 0.035],
    "passend_toewijzen": [0.95, 0.95, 0.95],
    "verduurzaming": [140, 150, 150],
    "woningen_efg": [320, 180, 60],
    "leefbaarheid_per_vhe": [85, 88, 90],
    "statushouders": [30, 30, 30],
    "uitstroom_bw_mo": [6, 6, 6],
}

_AFSPRAKEN_TOELICHTING = {
    "nieuwbouw_sociaal": "2025 Beatrixpark fase 1 (30); 2026 Brinkhof en Kerkstraat fase 1; 2027 Beatrixpark fase 2 en Molenweg.",
    "woningen_efg": "Geen E/F/G meer eind 2028, conform de Nationale prestatieafspraken.",
}

_REALISATIE_REGELS: dict[str, list[Any]] = {
    "nieuwbouw_sociaal": [34, 12, 26, 20, 18],
    "flexwoningen": [0, 0, 0, 0, 0],
    "sloop": [0, 18, 0, 0, 0],
    "verkoop": [9, 7, 8, 6, 7],
    "liberalisatie": [4, 3, 3, 2, 3],
    "voorraad_sociaal": [1_618, 1_602, 1_617, 1_629, 1_637],
    "inschrijfduur": [4.8, 5.1, 5.5, 6.0, 6.4],
    "huurverhoging": [0.0, 0.023, 0.031, 0.051, 0.044],
    "passend_toewijzen": [0.97, 0.965, 0.975, 0.968, 0.971],
    "daeb_toewijzing": [0.95, 0.94, 0.96, 0.955, 0.948],
    "vrije_toewijzingsruimte": [0.05, 0.06, 0.04, 0.045, 0.052],
    "streefhuur_pct": [0.72, 0.72, 0.73, 0.74, 0.74],
    "ontruimingen": [3, 2, 4, 3, 2],
    "verduurzaming": [95, 110, 120, 135, 142],
    "woningen_efg": [610, 520, 430, 345, 300],
    "onderhoud_per_vhe": [1_850, 1_940, 2_060, 2_150, 2_210],
    "vocht_schimmel_meldingen": [41, 64, 88, 97, 81],
    "vocht_schimmel_aangepakt": [30, 45, 61, 75, 70],
    "huurdersoordeel": [7.5, 7.4, 7.3, 7.1, 6.8],
    "leefbaarheid_per_vhe": [70, 74, 80, 84, 88],
    "statushouders": [38, 52, 41, 34, 31],
    "uitstroom_bw_mo": [4, 5, 6, 6, 5],
    "urgente_toewijzingen": [0.14, 0.16, 0.19, 0.22, 0.24],
    "budget_huurdersorganisatie": [9_000, 9_500, 10_000, 11_000, 11_500],
}

_REALISATIE_TOELICHTING = {
    "huurverhoging": "2021 huurbevriezing; 2024 en 2025 onder het toegestane maximum (5,3% en 4,5%).",
    "huurdersoordeel": "Daling na de wisseling van onderhoudsaannemer in 2024.",
}

# ---- Toezeggingen en wijken -----------------------------------------------------------------------------

_TOEZEGGINGEN: list[dict[str, Any]] = [
    {"thema": "sociaal_plan", "tekst": "Sociaal plan Kerkstraat en Zuiderhof volgens het Nationaal sloop- en renovatiestatuut; terugkeerrecht voor alle huurders.",
     "jaar": 2027, "kwantitatief": "ja", "indicator": "huishoudens met terugkeerwens die terug zijn", "peildatum": dt.date(2030, 12, 31),
     "eigenaar": "De Lindehof, projectleider Kerkstraat", "vraagt_van_gemeente": "Voorrang voor herhuisvesting in de urgentieregeling"},
    {"thema": "vroegsignalering", "tekst": "Huurachterstand van één maand wordt gemeld bij het gemeentelijk team schuldhulp.",
     "jaar": 2027, "kwantitatief": "ja", "indicator": "meldingen en ontruimingen per jaar", "peildatum": dt.date(2027, 12, 31),
     "eigenaar": "De Lindehof, team Wonen", "vraagt_van_gemeente": "Contact met het huishouden binnen vijf werkdagen"},
    {"thema": "woonlasten", "tekst": "Na verduurzaming geen huurverhoging; bewoners krijgen een bezoek van een energiecoach.",
     "jaar": 2027, "kwantitatief": "nee", "indicator": None, "peildatum": None,
     "eigenaar": "De Lindehof", "vraagt_van_gemeente": "Energiecoaches via het gemeentelijk energieloket"},
    {"thema": "wonen_zorg", "tekst": "Verkenning van een geclusterde woonvorm voor ouderen in Aabergerveen, samen met een zorgaanbieder.",
     "jaar": 2028, "kwantitatief": "nee", "indicator": None, "peildatum": None,
     "eigenaar": "De Lindehof", "vraagt_van_gemeente": "Woonzorgvisie met behoefteraming per kern"},
    {"thema": "leefbaarheid", "tekst": "Buurtconciërge in De Hooge Akker (16 uur per week), samen met welzijnsorganisatie en wijkteam.",
     "jaar": 2027, "kwantitatief": "ja", "indicator": "waardering bewoners De Hooge Akker", "peildatum": dt.date(2027, 12, 31),
     "eigenaar": "De Lindehof, wijkconsulent", "vraagt_van_gemeente": "Wijkteam en boa's sluiten aan bij het buurtoverleg"},
    {"thema": "monitoring", "tekst": "Halfjaarlijkse monitor van de prestatieafspraken (juni en december).",
     "jaar": 2027, "kwantitatief": "ja", "indicator": "alle indicatoren van het bod", "peildatum": dt.date(2027, 6, 30),
     "eigenaar": "De Lindehof en gemeente Aaberg", "vraagt_van_gemeente": "Cijfers over vergunningen en woningbouw van andere bouwers"},
]


def _wijk(wijk: str, code: str, waarden: list[Any], toelichting: str | None = None) -> dict[str, Any]:
    return {"wijk": wijk, "code": code, "omschrijving": None, "waarden": waarden, "toelichting": toelichting}


# De Hooge Akker: kwetsbare toewijzingen stapelen zich op (41% in 2025 tegen 10–14% elders) en de waardering
# zakt van 7,1 naar 6,6 terwijl het budget gelijk blijft; de andere wijken zijn stabiel.
_WIJKEN: list[dict[str, Any]] = [
    _wijk("De Hooge Akker", "waardering_bewoners", [7.1, 6.9, 6.7, 6.6], "Bewonersenquête De Lindehof"),
    _wijk("De Hooge Akker", "overlastmeldingen", [42, 51, 58, 66]),
    _wijk("De Hooge Akker", "mutatiegraad", [0.08, 0.085, 0.09, 0.095]),
    _wijk("De Hooge Akker", "toewijzingen_kwetsbaar", [0.28, 0.31, 0.36, 0.41], "Urgenten, uitstroom BW/MO en statushouders"),
    _wijk("De Hooge Akker", "leefbaarheid_budget", [45, 45, 48, 48]),
    _wijk("Oude Dorp", "waardering_bewoners", [7.6, 7.7, 7.6, 7.7]),
    _wijk("Oude Dorp", "overlastmeldingen", [12, 10, 14, 11]),
    _wijk("Oude Dorp", "mutatiegraad", [0.06, 0.055, 0.05, 0.052]),
    _wijk("Oude Dorp", "toewijzingen_kwetsbaar", [0.12, 0.1, 0.13, 0.12]),
    _wijk("Oude Dorp", "leefbaarheid_budget", [20, 20, 22, 22]),
    _wijk("Molenkamp", "waardering_bewoners", [7.3, 7.2, 7.3, 7.2]),
    _wijk("Molenkamp", "overlastmeldingen", [20, 22, 19, 21]),
    _wijk("Molenkamp", "mutatiegraad", [0.07, 0.068, 0.065, 0.066]),
    _wijk("Molenkamp", "toewijzingen_kwetsbaar", [0.15, 0.14, 0.16, 0.14]),
    _wijk("Molenkamp", "leefbaarheid_budget", [25, 26, 28, 30]),
    _wijk("Aabergerveen en Ketelhoek", "waardering_bewoners", [7.8, 7.8, 7.9, 7.8]),
    _wijk("Aabergerveen en Ketelhoek", "mutatiegraad", [0.05, 0.052, 0.049, 0.051]),
    _wijk("Aabergerveen en Ketelhoek", "toewijzingen_kwetsbaar", [0.09, 0.11, 0.1, 0.1]),
    _wijk("Aabergerveen en Ketelhoek", "leefbaarheid_budget", [30, 30, 32, 34]),
]

_ALGEMEEN_BOD: dict[str, Any] = {
    "formaatversie": 1,
    "corporatie": "Woonstichting De Lindehof",
    "l_nummer": "L9871",
    "gemeente": "Aaberg",
    "bodjaar": 2026,
    "datum_bod": dt.date(2026, 7, 8),  # een week na 1 juli
    "eenheid": "x € 1.000",
    "vhe_totaal": 5_742,  # DAEB-woongelegenheden ultimo 2025 (TI: 6.060)
    "vhe_gemeente": 1_668,  # 1.637 sociale huurwoningen + 31 DAEB-zorgeenheden in Aaberg
    "sociale_voorraad_gemeente": 1_900,
    "woningen_gemeente": 6_750,
    "huurdersorganisatie": "Huurdersvereniging Aaberg",
    "ho_betrokken": "ja",
    "bw_versie": "2.0",
    "bron_prognose": "dPi 2025",
    "prognose_editie": 2025,
    "prognose_bevat_bod": "ja",
    "onder_voorbehoud": "ja",  # Molenweg fase 2 nog niet door de RvC goedgekeurd
    "datum_overleg": dt.date(2026, 9, 10),
    "stukken_ho_datum": dt.date(2026, 8, 20),  # drie weken voor het overleg
    "ho_ondertekend_vorig": "ja",
    "achterban_geraadpleegd": "nee",
    "woonzorgvisie_datum": None,  # de gemeente heeft nog geen woonzorgvisie vastgesteld
    "opgesteld_door": "Woonstichting De Lindehof, afdeling Strategie en Vastgoed",
    "datum_opgesteld": dt.date(2026, 7, 3),
}


def bod() -> dict[str, Any]:
    """The corporatie's workbook (bod, prognose, afspraken, realisatie, toezeggingen, wijken)."""
    prognose = {"jaren": PROGNOSE_JAREN}
    return copy.deepcopy({
        "Algemeen": _ALGEMEEN_BOD,
        "Prognose": {**prognose, "regels": _PROGNOSE_TI},
        "Prognose DAEB": {**prognose, "regels": _PROGNOSE_DAEB},
        "Prognose niet-DAEB": {**prognose, "regels": _PROGNOSE_NIET_DAEB},
        "Bod": {"jaren": BOD_JAREN, "regels": _BOD_REGELS, "toelichting": _BOD_TOELICHTING},
        "Afspraken": {"jaren": AFSPRAKEN_JAREN, "regels": _AFSPRAKEN_REGELS, "toelichting": _AFSPRAKEN_TOELICHTING},
        "Realisatie": {"jaren": REALISATIE_JAREN, "regels": _REALISATIE_REGELS, "toelichting": _REALISATIE_TOELICHTING},
        "Toezeggingen": _TOEZEGGINGEN,
        "Wijken": {"jaren": WIJKEN_JAREN, "regels": _WIJKEN},
    })


# ---- Woonvisie Aaberg 2024–2032 ---------------------------------------------------------------------------
# Zonder aandeel_corporatie rekent bodcheck naar rato van bezit: voorraad_sociaal / 1.900 ≈ 0,875–0,91.
# Verwachte uitkomst (doel = waarde × aandeel):
#   nieuwbouw_sociaal 40/jr → ca. 35: 18 en 24 wijken af, 30 deels, 48 en 40 sluiten aan        (B01, hoog)
#   woningen_efg max 0 (2028–2031): 38 en 20 wijken af, 0 en 0 sluiten aan                       (D01, hoog)
#   huurverhoging max 3,0%: 2027 3,5% deels, daarna sluit aan
#   voorraad_sociaal 2.000 in 2031 (alle verhuurders) → ca. 1.750–1.830: 1.736 deels
#   verduurzaming 600 (periode) → ca. 525–550: 570 sluit aan; flexwoningen 24 (periode, aandeel 1) sluit aan
#   taakstelling 32 personen × 0,85 = 27,2: 30–32 sluit aan; passend, leefbaarheid, aardgasvrij, doorstroming sluiten aan
#   ouderen_geclusterd: niet in bod; uitstroom_bw_mo (regio, zonder aandeel): alleen "inzet op" (P07, R02)
#   nieuwbouw_totaal (alle bouwers, aandeel 0,40 = 40/jr): geen eigen bodregel (woonvisie-code)


def _doel(code: str, soort: str, waarde: float, eenheid: str, van: int, tot: int, per: str = "jaar",
          aandeel: float | None = None, prioriteit: str = "midden", bron: str = "",
          niveau: str = "gemeente", kern: str | None = None, omschrijving: str | None = None) -> dict[str, Any]:
    return {"code": code, "omschrijving": omschrijving, "soort": soort, "waarde": waarde, "eenheid": eenheid,
            "van_jaar": van, "tot_jaar": tot, "per": per, "aandeel_corporatie": aandeel, "niveau": niveau,
            "kern": kern, "prioriteit": prioriteit, "bron": bron, "thema": None}


_WV = "Woonvisie Aaberg 2024–2032"

_WOONVISIE: list[dict[str, Any]] = [
    _doel("nieuwbouw_sociaal", "minimaal", 40, "aantal", 2027, 2031, prioriteit="hoog", bron=f"{_WV}, §3.2"),
    _doel("nieuwbouw_totaal", "minimaal", 100, "aantal", 2027, 2031, aandeel=0.4, prioriteit="midden", bron=f"{_WV}, §3.1"),
    _doel("voorraad_sociaal", "minimaal", 2_000, "aantal", 2031, 2031, prioriteit="midden", bron=f"{_WV}, §3.1",
          omschrijving="Sociale huurwoningen in de gemeente (alle verhuurders), ultimo"),
    _doel("flexwoningen", "minimaal", 24, "aantal", 2027, 2028, per="periode", aandeel=1.0, prioriteit="midden",
          bron=f"{_WV}, §3.4"),
    _doel("doorstroming", "minimaal", 20, "aantal", 2027, 2031, prioriteit="laag", bron=f"{_WV}, §3.5"),
    _doel("huurverhoging", "maximaal", 0.03, "%", 2027, 2031, aandeel=1.0, prioriteit="midden", bron=f"{_WV}, §4.1"),
    _doel("passend_toewijzen", "minimaal", 0.95, "%", 2027, 2031, aandeel=1.0, prioriteit="midden", bron=f"{_WV}, §4.2"),
    _doel("verduurzaming", "minimaal", 600, "aantal", 2027, 2031, per="periode", prioriteit="midden", bron=f"{_WV}, §5.1"),
    _doel("woningen_efg", "maximaal", 0, "aantal", 2028, 2031, aandeel=1.0, prioriteit="hoog", bron=f"{_WV}, §5.1"),
    _doel("aardgasvrij", "streefwaarde", 150, "aantal", 2027, 2031, per="periode", prioriteit="laag",
          bron="Transitievisie warmte Aaberg 2021, §4"),
    _doel("leefbaarheid_per_vhe", "minimaal", 90, "€", 2027, 2031, aandeel=1.0, prioriteit="midden", bron=f"{_WV}, §6.2"),
    _doel("taakstelling_personen", "minimaal", 32, "personen", 2027, 2031, aandeel=0.85, prioriteit="hoog",
          bron=f"{_WV}, §7.1 (taakstelling Rijk, gemiddeld per jaar)"),
    _doel("uitstroom_bw_mo", "minimaal", 60, "aantal", 2027, 2031, per="periode", niveau="regio", prioriteit="midden",
          bron="Regionale woonagenda Aa-vallei 2025, §2.3"),
    _doel("ouderen_geclusterd", "minimaal", 30, "aantal", 2027, 2031, per="periode", kern="Aabergerveen",
          prioriteit="midden", bron=f"{_WV}, §7.3 (vooruitlopend op de woonzorgvisie)"),
]

_GEMEENTE: list[dict[str, Any]] = [
    {"thema": "beschikbaarheid", "tegenprestatie": "Bestemmingsplan bouwlocatie Molenweg (ca. 60 woningen, waarvan 52 sociaal) onherroepelijk",
     "jaar": 2026, "kwantitatief": 60, "eenheid": "aantal", "status": "achter"},
    {"thema": "beschikbaarheid", "tegenprestatie": "Grond Kerkstraat tegen de sociale grondprijs per woning",
     "jaar": 2027, "kwantitatief": 27_500, "eenheid": "€", "status": "toegezegd"},
    {"thema": "beschikbaarheid", "tegenprestatie": "Vergunning voor sociale huurprojecten binnen acht weken",
     "jaar": 2026, "kwantitatief": 8, "eenheid": "weken", "status": "geleverd"},
    {"thema": "doelgroepen", "tegenprestatie": "Urgentieregeling herzien volgens de regionale afspraken",
     "jaar": 2027, "kwantitatief": None, "eenheid": None, "status": "toegezegd"},
    {"thema": "begeleiding", "tegenprestatie": "Begeleiding bij uitstroom uit beschermd wonen en opvang: casusregie via het wijkteam, nazorg",
     "jaar": 2026, "kwantitatief": 12, "eenheid": "maanden", "status": "geleverd"},
    {"thema": "wonen_zorg", "tegenprestatie": "Woonzorgvisie vastgesteld door de raad",
     "jaar": 2026, "kwantitatief": None, "eenheid": None, "status": "toegezegd"},
    {"thema": "vroegsignalering", "tegenprestatie": "Team schuldhulp neemt binnen vijf werkdagen contact op na een melding",
     "jaar": 2026, "kwantitatief": 5, "eenheid": "werkdagen", "status": "geleverd"},
    {"thema": "sociaal_plan", "tegenprestatie": "Voorrang bij herhuisvesting voor de huurders van Kerkstraat en Zuiderhof",
     "jaar": 2027, "kwantitatief": 40, "eenheid": "huishoudens", "status": "toegezegd"},
    {"thema": "woonlasten", "tegenprestatie": "Energiecoaches van het energieloket bezoeken huurders in verduurzaamde complexen",
     "jaar": 2027, "kwantitatief": None, "eenheid": None, "status": "toegezegd"},
    {"thema": "leefbaarheid", "tegenprestatie": "Wijkteam en boa's sluiten aan bij het buurtoverleg De Hooge Akker",
     "jaar": 2027, "kwantitatief": None, "eenheid": None, "status": "toegezegd"},
    {"thema": "duurzaamheid", "tegenprestatie": "Wijkuitvoeringsplan warmte De Hooge Akker",
     "jaar": 2028, "kwantitatief": None, "eenheid": None, "status": "toegezegd"},
]

_ALGEMEEN_WOONVISIE: dict[str, Any] = {
    "formaatversie": 1,
    "gemeente": "Aaberg",
    "eenheid": "x € 1.000",
    "sociale_voorraad_gemeente": 1_900,
    "woningen_gemeente": 6_750,
    "woonzorgvisie_datum": None,
    "opgesteld_door": "Gemeente Aaberg, team Wonen",
    "datum_opgesteld": dt.date(2026, 5, 12),
}


def woonvisie() -> dict[str, Any]:
    """The gemeente's workbook (woonvisie targets and the gemeente's own tegenprestaties)."""
    return copy.deepcopy({
        "Algemeen": _ALGEMEEN_WOONVISIE,
        "Woonvisie": _WOONVISIE,
        "Gemeente": _GEMEENTE,
    })


# ---- Afspraken gemaakt aan tafel (afspraken.md § Bundled example) ---------------------------------------
# Vijf afspraken bij de vraagpunten: twee volledig (een indicatorafspraak 2027–2031 per jaar, een procesafspraak
# met resultaat en wanneer), drie niet (een zonder getal, een zonder jaar, een met alleen "inzet op").


def notities_met_afspraken() -> dict[str, Any]:
    """Notes keyed by vraagpunt (model.notitie_sleutel), each with its afspraken; a fresh copy per call."""
    from bodcheck.afspraken.model import Afspraak
    from bodcheck.model import Notitie

    return {
        "B01|nieuwbouw_sociaal": Notitie(
            antwoord="Molenweg schuift door; de corporatie houdt vanaf 2029 30 per jaar of meer haalbaar als de grond "
                     "in 2027 klaar is. In 2027 en 2028 blijft het bij de harde plannen (18 en 24).",
            # the bod's own figures (Bod: 18, 24, 30, 48, 40 = 160 in 2027–2031): an afspraak of 30 every year
            # would ask 12 + 6 more than the hard plans of 2027–2028 allow (finding 21)
            afspraken=[Afspraak(wat="De corporatie levert in 2027–2031 samen 160 sociale huurwoningen op: 18 in 2027, "
                                    "24 in 2028 en vanaf 2029 minstens 30 per jaar.",
                                thema="beschikbaarheid", wie="corporatie", indicator="nieuwbouw_sociaal", waarde=160,
                                per="periode", van_jaar=2027, tot_jaar=2031, onder_voorbehoud="rvc")]),
        "Z04|": Notitie(afspraken=[Afspraak(
            # toegezegd voor 2026 (Woonvisie, Gemeente-blad) but not yet there (Z04): the afspraak says when now
            wat="De gemeente stelt in 2027 een woonzorgvisie vast (toegezegd voor 2026), samen met corporatie en "
                "huurders.", thema="wonen_zorg",
            wie="gemeente", resultaat="Woonzorgvisie vastgesteld door de gemeenteraad", wanneer=2027)]),
        "P08|wonen_zorg": Notitie(afspraken=[Afspraak(
            # as the woonvisie (ouderen_geclusterd, kern Aabergerveen, 2027–2031) and the toezegging (Toezeggingen!A5)
            wat="Meer geclusterde woningen voor ouderen in Aabergerveen.", thema="wonen_zorg", wie="samen",
            kartrekker="corporatie", indicator="ouderen_geclusterd", per="periode", van_jaar=2027, tot_jaar=2031)]),
        "P06|verduurzaming": Notitie(afspraken=[Afspraak(
            # the bod's lowest year (Bod: 120, 130, 120, 100, 100); still without years, as the example wants
            wat="De corporatie verduurzaamt elk jaar minstens 100 woningen, zoals in het bod.", thema="duurzaamheid",
            wie="corporatie", indicator="verduurzaming", waarde=100, per="jaar")]),
        "P07|uitstroom_bw_mo": Notitie(afspraken=[Afspraak(
            wat="De corporatie zet in op woningen voor uitstroom uit beschermd wonen en opvang.", thema="doelgroepen",
            wie="corporatie")]),
    }
