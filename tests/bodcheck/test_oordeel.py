"""The verdict sentences (bodcheck.oordeel): the whole bod in ONE short sentence for the Kern page and the app's
Overzicht (issue 16 item 1), a thema's sentence with its details, and a row label that reads inside a sentence.
Expected sentences are worked out by hand from the small cases below (vraagpunten.md § Vergelijking: voldoet_niet
when the bod is outside doel/0,8 for a maximum or under 0,8·doel for a minimum)."""

from __future__ import annotations

from bodcheck import oordeel, vergelijking
from tests.bodcheck.maak import doel, invoer

# E/F/G is a stock (ultimo): a per-year maximum must hold every year, the worst year counts (2028: 38 > 20).
EFG = {2027: 60, 2028: 38, 2029: 20}
# 30 + 30 = 60 opgeleverd in 2027–2028 against 100: 60 < 0,8 · 100 = 80 → wijkt af, 40 lager.
NB = {2027: 30, 2028: 30}


def _zin(kern: bool = True, **doelen_extra):
    inv = invoer(bod={"woningen_efg": EFG, "nieuwbouw_sociaal": NB}, woonvisie=[
        doel("nieuwbouw_sociaal", 100, 2027, 2028, per="periode", rij=2, **doelen_extra.get("nb", {})),
        doel("woningen_efg", 0, 2028, 2029, soort="maximaal", rij=3, **doelen_extra.get("efg", {})),
    ])
    verg, _ = vergelijking.vergelijk(inv)
    return oordeel.kern_zin(verg) if kern else oordeel.oordeel_zin(verg)


def test_kern_is_een_korte_zin_met_het_eerste_verschil() -> None:
    zin = _zin()
    # both wijken af; without a prioriteit the woonvisie's own order decides: nieuwbouw (row 2) first
    assert zin == ("Het bod sluit op geen van de 2 doelen aan; bij sociale huurwoningen opgeleverd komt het bod "
                   "over 2027–2028 40 lager uit dan de woonvisie vraagt.")
    assert zin.count(".") == 1 and zin.endswith(".")  # one sentence
    assert len(zin.split()) <= 35


def test_kern_noemt_eerst_het_doel_met_prioriteit_hoog_en_zegt_eind_bij_een_voorraad() -> None:
    zin = _zin(efg={"prioriteit": "hoog"})
    assert zin == ("Het bod sluit op geen van de 2 doelen aan; bij woningen met label E, F of G komt het bod eind "
                   "2028 uit op 38, de woonvisie wil er eind 2028 geen meer.")
    assert "ultimo" not in zin


def test_kern_telt_wat_aansluit() -> None:
    inv = invoer(bod={"woningen_efg": EFG, "nieuwbouw_sociaal": NB}, woonvisie=[
        doel("nieuwbouw_sociaal", 60, 2027, 2028, per="periode", rij=2),  # 60 ≥ 60: sluit aan
        doel("woningen_efg", 0, 2028, 2029, soort="maximaal", rij=3),
        doel("uitstroom_bw_mo", 20, 2027, 2028, per="periode", rij=4, niveau="regio"),  # not judged
    ])
    verg, _ = vergelijking.vergelijk(inv)
    zin = oordeel.kern_zin(verg)
    assert zin == ("Het bod sluit aan op 1 van de 2 doelen; bij woningen met label E, F of G komt het bod eind "
                   "2028 uit op 38, de woonvisie wil er eind 2028 geen meer.")
    # the thema sentence keeps the details: the number of years off, and what was not judged, with a dash
    # (a description may end in a bracket of its own)
    thema = oordeel.oordeel_zin(verg)
    assert "de woonvisie wil er eind 2028 geen meer (2 jaren wijken af)." in thema  # 2028: 38 and 2029: 20, both > 0
    assert thema.endswith(" – regionale opgave.") and "Niet beoordeeld: " in thema


def test_een_doel_dat_niet_gehaald_wordt() -> None:
    inv = invoer(bod={"nieuwbouw_sociaal": NB}, woonvisie=[doel("nieuwbouw_sociaal", 100, 2027, 2028, per="periode")])
    verg, _ = vergelijking.vergelijk(inv)
    assert oordeel.kern_zin(verg).startswith("Het bod sluit niet aan op het enige doel; ")


def test_zonder_doelen() -> None:
    assert oordeel.kern_zin([]) == "Het bod is niet aan doelen van de woonvisie getoetst."


def test_een_maximum_boven_nul_blijft_hoogstens() -> None:
    # only a maximum of 0 reads "geen meer"; 10 stays "hoogstens 10" (2028: 38 > 10 / 0,8 = 12,5, the worst year)
    inv = invoer(bod={"woningen_efg": EFG}, woonvisie=[doel("woningen_efg", 10, 2028, 2029, soort="maximaal", rij=2)])
    verg, _ = vergelijking.vergelijk(inv)
    assert oordeel.kern_zin(verg).endswith("komt het bod eind 2028 uit op 38, de woonvisie vraagt hoogstens 10.")
