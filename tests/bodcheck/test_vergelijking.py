"""Vergelijking bod/woonvisie, with expected values worked out by hand (see the comments)."""

from __future__ import annotations

import pytest

from bodcheck import vergelijking
from bodcheck.vergelijking import afwijkingen, relatief_achter, status_per_thema
from tests.bodcheck.maak import doel, invoer


def test_per_jaar_met_opgegeven_aandeel() -> None:
    # doel = 40 × 0,5 = 20. 2027: 18 ≥ 0,8 × 20 = 16 → gedeeltelijk, verschil −2. 2028: 15 < 16 → voldoet_niet, −5
    inv = invoer(bod={"nieuwbouw_sociaal": {2027: 18, 2028: 15}},
                 woonvisie=[doel("nieuwbouw_sociaal", 40, 2027, 2028, aandeel_corporatie=0.5)])
    verg, meldingen = vergelijking.vergelijk(inv)
    assert meldingen == []
    a, b, t = verg
    assert (a.jaar, a.doel, a.bod, a.verschil, a.status, a.dekking) == (2027, 20.0, 18.0, -2.0, "gedeeltelijk", 1.0)
    assert (b.jaar, b.doel, b.verschil, b.status) == (2028, 20.0, -5.0, "voldoet_niet")
    # the summary entry of a som code: doel 20 + 20 = 40, bod 18 + 15 = 33 ≥ 0,8 × 40 = 32 → gedeeltelijk,
    # although 2028 alone is voldoet_niet; both years are not voldoet
    assert t.totaal and t.jaar is None and (t.van_jaar, t.tot_jaar) == (2027, 2028)
    assert (t.doel, t.bod, t.verschil, t.status, t.jaren_afwijkend) == (40.0, 33.0, -7.0, "gedeeltelijk", 2)
    assert a.aandeel == 0.5 and a.aandeel_herkomst == "opgegeven"
    assert a.bronnen == ("Woonvisie!D2", "Bod!C2")


def test_periode_schaalt_met_dekking() -> None:
    # periode 2026–2030 (n = 5); bod heeft 2027 en 2028 (k = 2): doel = 100 × 2/5 = 40; bod 15 + 20 = 35;
    # 35 ≥ 0,8 × 40 = 32 → gedeeltelijk
    inv = invoer(bod={"nieuwbouw_sociaal": {2027: 15, 2028: 20}},
                 woonvisie=[doel("nieuwbouw_sociaal", 100, 2026, 2030, per="periode", aandeel_corporatie=1.0)])
    (v,), _ = vergelijking.vergelijk(inv)
    assert v.jaar is None and v.dekking == pytest.approx(0.4)
    assert v.doel == pytest.approx(40.0) and v.bod == 35.0 and v.status == "gedeeltelijk"
    assert v.verschil == pytest.approx(-5.0)


def test_aandeel_naar_rato_van_bezit() -> None:
    # 1.000 / 4.000 = 0,25; doel 40 × 0,25 = 10; bod 10 → voldoet
    inv = invoer({"sociale_voorraad_gemeente": 4_000},
                 bod={"voorraad_sociaal": {2027: 1_000}, "nieuwbouw_sociaal": {2027: 10}},
                 woonvisie=[doel("nieuwbouw_sociaal", 40, 2027, 2027)])
    verg, meldingen = vergelijking.vergelijk(inv)
    v = verg[0]
    assert v.aandeel == pytest.approx(0.25) and v.aandeel_herkomst == "naar_rato_bezit"
    assert v.doel == pytest.approx(10.0) and v.status == "voldoet"
    assert "Algemeen!B6" in v.bronnen and "Bod!C2" in v.bronnen  # sociale_voorraad_gemeente, voorraad_sociaal
    assert meldingen == []


def test_gemeentebrede_voorraad_is_context_geen_oordeel() -> None:
    # A gemeente-wide stock target (2.000 sociale huurwoningen, alle verhuurders) against one corporatie is not
    # judged (review finding 8): the gemeente meets it or not with all verhuurders together. Its part naar rato,
    # 1.600 / 2.000 = 0,8 → 2.000 × 0,8 = 1.600, stays as context; status niet_toegerekend, no verschil, and a
    # melding names the column that would settle it.
    inv = invoer({"sociale_voorraad_gemeente": 2_000}, bod={"voorraad_sociaal": {2030: 1_600, 2031: 1_500}},
                 woonvisie=[doel("voorraad_sociaal", 2_000, 2031, 2031)])
    verg, meldingen = vergelijking.vergelijk(inv)
    [v] = [x for x in verg if x.code == "voorraad_sociaal"]
    assert v.totaal and v.status == "niet_toegerekend" and v.verschil is None
    assert v.aandeel == pytest.approx(0.8) and v.aandeel_herkomst == "naar_rato_bezit"
    assert v.doel == pytest.approx(1_600.0) and v.bod == 1_500.0
    assert any("alle verhuurders" in m.tekst and "aandeel_corporatie" in m.tekst for m in meldingen)
    assert vergelijking.status_per_thema(verg) == {}  # not a judgement: no thema status from it


def test_voorraad_met_eigen_aandeel_wordt_beoordeeld() -> None:
    # With aandeel_corporatie 0,8 the corporatie's own part is given: doel 2.000 × 0,8 = 1.600; bod 1.620 in
    # 2031 ≥ 1.600 → voldoet. A periode target on a stock is not scaled by the years covered.
    inv = invoer({"sociale_voorraad_gemeente": 2_000}, bod={"voorraad_sociaal": {2030: 1_600, 2031: 1_620}},
                 woonvisie=[doel("voorraad_sociaal", 2_000, 2031, 2031, aandeel_corporatie=0.8)])
    v, t = vergelijking.vergelijk(inv)[0]
    assert t.totaal and t.status == "voldoet" and t.maatgevend_jaar == 2031
    assert v.aandeel == pytest.approx(0.8) and v.aandeel_herkomst == "opgegeven"
    assert v.doel == pytest.approx(1_600.0) and v.bod == 1_620.0 and v.status == "voldoet"


def test_aandeel_aangenomen_geeft_melding() -> None:
    inv = invoer(bod={"nieuwbouw_sociaal": {2027: 40}}, woonvisie=[doel("nieuwbouw_sociaal", 40, 2027, 2027)])
    verg, meldingen = vergelijking.vergelijk(inv)
    assert verg[0].aandeel_herkomst == "aangenomen" and verg[0].doel == 40.0
    assert len(meldingen) == 1 and "aandeel_corporatie" in meldingen[0].tekst


@pytest.mark.parametrize(("bod", "status"), [(10, "voldoet"), (12, "gedeeltelijk"), (12.5, "gedeeltelijk"),
                                             (13, "voldoet_niet")])
def test_maximaal_spiegelbeeld(bod: float, status: str) -> None:
    # maximaal 10: gedeeltelijk if 10 < bod ≤ 10 / 0,8 = 12,5
    inv = invoer(bod={"sloop": {2027: bod}}, woonvisie=[doel("sloop", 10, 2027, 2027, soort="maximaal",
                                                             aandeel_corporatie=1.0)])
    assert vergelijking.vergelijk(inv)[0][0].status == status


def test_streefwaarde_lager_is_beter_en_procent_niet_geschaald() -> None:
    # huurverhoging: lager is beter; doel 3,0% (niet × 0,5); 3,0% < 3,5% ≤ 3,75% → gedeeltelijk
    inv = invoer(bod={"huurverhoging": {2027: 0.035}},
                 woonvisie=[doel("huurverhoging", 0.03, 2027, 2027, soort="streefwaarde", aandeel_corporatie=0.5)])
    v, _t = vergelijking.vergelijk(inv)[0]
    assert v.doel == pytest.approx(0.03) and v.status == "gedeeltelijk" and v.aandeel is None


def test_niet_in_bod_en_geen_doel() -> None:
    inv = invoer(bod={"sloop": {2027: 4, 2028: 6}, "verkoop": {2027: "in overleg"}},
                 woonvisie=[doel("nieuwbouw_sociaal", 40, 2027, 2027, aandeel_corporatie=1.0, rij=2),
                            doel("verkoop", 0, 2027, 2027, soort="maximaal", rij=3)])
    verg, _ = vergelijking.vergelijk(inv)
    verg = [v for v in verg if not v.totaal]
    assert [(v.code, v.status) for v in verg] == [
        ("nieuwbouw_sociaal", "niet_in_bod"), ("verkoop", "voornemen"), ("sloop", "geen_doel")]
    # words instead of a number ("in overleg") are an intention, not judged (review finding 6)
    assert verg[2].bod == 10.0 and verg[2].doel is None  # 4 + 6


def test_afspraak_realisatie_en_onvolledig() -> None:
    # periode 2027–2028, bod 2028 leeg: bod 15 (onvolledig); afspraak 35 + 30 = 65; realisatie 33
    inv = invoer(bod={"nieuwbouw_sociaal": {2027: 15, 2028: None}},
                 afspraken={"nieuwbouw_sociaal": {2027: 35, 2028: 30}}, realisatie={"nieuwbouw_sociaal": {2027: 33}},
                 woonvisie=[doel("nieuwbouw_sociaal", 80, 2027, 2028, per="periode", aandeel_corporatie=1.0)])
    (v,), _ = vergelijking.vergelijk(inv)
    assert v.bod == 15.0 and v.onvolledig and v.afspraak == 65.0 and v.realisatie == 33.0
    assert v.status == "voldoet_niet" and not vergelijking.beslist(v)


def test_volgorde_woonvisierij_dan_jaar() -> None:
    inv = invoer(bod={"nieuwbouw_sociaal": {2027: 1, 2028: 1}, "sloop": {2027: 1}},
                 woonvisie=[doel("sloop", 5, 2027, 2027, soort="maximaal", rij=5),
                            doel("nieuwbouw_sociaal", 5, 2027, 2028, rij=3)])
    verg, _ = vergelijking.vergelijk(inv)
    assert [(v.code, v.jaar, v.totaal) for v in verg] == [
        ("nieuwbouw_sociaal", 2027, False), ("nieuwbouw_sociaal", 2028, False), ("nieuwbouw_sociaal", None, True),
        ("sloop", 2027, False), ("sloop", None, True)]


def test_status_per_thema_slechtste() -> None:
    inv = invoer(bod={"nieuwbouw_sociaal": {2027: 40, 2028: 35}, "huurverhoging": {2027: 0.02}},
                 woonvisie=[doel("nieuwbouw_sociaal", 40, 2027, 2028, aandeel_corporatie=1.0),
                            doel("aankoop", 5, 2027, 2027, aandeel_corporatie=1.0),
                            doel("huurverhoging", 0.03, 2027, 2027, soort="maximaal")])
    verg, _ = vergelijking.vergelijk(inv)
    # beschikbaarheid: nieuwbouw 40 + 35 = 75 ≥ 0,8 × 80 → gedeeltelijk, niet_in_bod (aankoop) → niet_in_bod
    assert status_per_thema(verg) == {"beschikbaarheid": "niet_in_bod", "betaalbaarheid": "voldoet"}


def test_afwijkingen_ruisgrens_en_richting() -> None:
    bod = invoer(bod={"passend_toewijzen": {2025: 0.955, 2026: 0.94}, "sloop": {2025: 30}}).bod
    ref = invoer(bod={"passend_toewijzen": {2025: 0.96, 2026: 0.96}, "sloop": {2025: 20}}).bod
    p = afwijkingen(bod, ref, "passend_toewijzen")
    # 0,5 procentpunt telt niet; 2 procentpunt wel
    assert [(a.jaar, a.slechter, a.telt) for a in p] == [(2025, True, False), (2026, True, True)]
    (s,) = afwijkingen(bod, ref, "sloop")
    # lager is beter: 30 > 20 / 0,8 = 25
    assert s.slechter and s.telt and relatief_achter(s, 0.8)


def test_som_doel_later_ingehaald_is_per_saldo_beoordeeld() -> None:
    # 35 per jaar in 2027–2031 = 175; bod 18 + 24 + 30 + 44 + 44 = 160; 160 ≥ 0,8 × 175 = 140 → gedeeltelijk
    # ("deels"), never "wijkt af" because 2027 alone (18 < 28) is voldoet_niet. Years not voldoet: 2027–2029 = 3.
    inv = invoer(bod={"nieuwbouw_sociaal": {2027: 18, 2028: 24, 2029: 30, 2030: 44, 2031: 44}},
                 woonvisie=[doel("nieuwbouw_sociaal", 35, 2027, 2031, aandeel_corporatie=1.0)])
    verg, _ = vergelijking.vergelijk(inv)
    (t,) = [v for v in verg if v.totaal]
    assert (t.doel, t.bod, t.verschil, t.status, t.jaren_afwijkend) == (175.0, 160.0, -15.0, "gedeeltelijk", 3)
    assert vergelijking.doelstatus(verg) == "gedeeltelijk"
    assert status_per_thema(verg) == {"beschikbaarheid": "gedeeltelijk"}


def test_voorraadgrens_per_jaar_slechtste_jaar_telt() -> None:
    # maximaal 100 E/F/G-woningen per jaar: 2027 120 ≤ 100 / 0,8 = 125 → gedeeltelijk,
    # 2028 130 > 125 → voldoet_niet, 2029 0 → voldoet. The summary is 2028: doel 100, bod 130, voldoet_niet.
    inv = invoer(bod={"woningen_efg": {2027: 120, 2028: 130, 2029: 0}},
                 woonvisie=[doel("woningen_efg", 100, 2027, 2029, soort="maximaal", aandeel_corporatie=1.0)])
    verg, _ = vergelijking.vergelijk(inv)
    (t,) = [v for v in verg if v.totaal]
    assert (t.doel, t.bod, t.status, t.maatgevend_jaar, t.jaren_afwijkend) == (100.0, 130.0, "voldoet_niet", 2028, 2)


def test_regionaal_doel_wordt_niet_toegerekend_en_niet_beoordeeld() -> None:
    # A regio row without aandeel_corporatie: never 87,5% naar rato; status regionaal, doel and verschil empty,
    # out of the thema status.
    inv = invoer({"sociale_voorraad_gemeente": 2_000},
                 bod={"voorraad_sociaal": {2027: 1_750}, "uitstroom_bw_mo": {2027: 5, 2028: 5},
                      "statushouders": {2027: 30, 2028: 30}},
                 woonvisie=[doel("uitstroom_bw_mo", 60, 2027, 2028, niveau="regio"),
                            doel("statushouders", 30, 2027, 2028, aandeel_corporatie=1.0)])
    verg, _ = vergelijking.vergelijk(inv)
    (r,) = [v for v in verg if v.code == "uitstroom_bw_mo"]
    assert (r.status, r.doel, r.verschil, r.bod, r.totaal) == ("regionaal", None, None, 10.0, True)
    assert status_per_thema(verg) == {"doelgroepen": "voldoet"}
    assert vergelijking.niet_beoordeeld(verg) == [r]


def test_aandeel_nul_is_niet_toegerekend_met_melding() -> None:
    # voorraad_sociaal 0 in the first bod year: the naar-rato share is known to be 0 → niet_toegerekend
    inv = invoer({"sociale_voorraad_gemeente": 2_000},
                 bod={"voorraad_sociaal": {2027: 0, 2028: 12}, "nieuwbouw_sociaal": {2027: 0, 2028: 12}},
                 woonvisie=[doel("nieuwbouw_sociaal", 40, 2027, 2028)])
    verg, meldingen = vergelijking.vergelijk(inv)
    (v,) = [x for x in verg if x.code == "nieuwbouw_sociaal"]
    assert v.status == "niet_toegerekend" and v.doel is None
    assert status_per_thema(verg) == {}
    assert any("aandeel_corporatie" in m.tekst and "niet toegerekend" in m.tekst.lower() for m in meldingen)


def test_toelichting_reist_mee() -> None:
    inv = invoer(bod={"nieuwbouw_sociaal": {2027: 18}},
                 bod_toelichting={"nieuwbouw_sociaal": "  Molenweg wacht op het bestemmingsplan "},
                 woonvisie=[doel("nieuwbouw_sociaal", 35, 2027, 2027, aandeel_corporatie=1.0)])
    verg, _ = vergelijking.vergelijk(inv)
    assert {v.toelichting for v in verg} == {"Molenweg wacht op het bestemmingsplan"}
