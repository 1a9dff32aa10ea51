"""Derived figures, expected values by hand (see the comments)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from bodcheck import afgeleid, vergelijking
from bodcheck.model import Afgeleid
from tests.bodcheck.maak import berekend, invoer

J5 = [2027, 2028, 2029, 2030, 2031]


def test_voorraad_per_jaar_en_cumulatief() -> None:
    # 2027: 30 + 5 − 40 − 0 − 2 = −7; 2028: 25 + (aankoop leeg) − 10 − 0 − 0 = 15; cumulatief −7, 8
    inv = invoer(bod={"nieuwbouw_sociaal": {2027: 30, 2028: 25}, "aankoop": {2027: 5, 2028: None},
                      "sloop": {2027: 40, 2028: 10}, "verkoop": {2027: 0, 2028: 0},
                      "liberalisatie": {2027: 2, 2028: 0}, "voorraad_sociaal": {2027: 993}})
    v = afgeleid.voorraad(inv.bod)
    assert [(p.jaar, p.mutatie, p.cumulatief) for p in v.per_jaar] == [(2027, -7.0, -7.0), (2028, 15.0, 8.0)]
    assert v.totaal == 8.0 and v.onvolledig is True
    assert v.ontbrekend == ("Bod!D3",)  # aankoop (rij 3), 2028 (kolom D)
    assert v.per_jaar[1].ontbrekend_plus and not v.per_jaar[0].ontbrekend_plus
    assert v.voorraad_sociaal == {2027: 993.0}


def test_voorraad_ontbrekende_rij_noemt_naam() -> None:
    v = afgeleid.voorraad(invoer(bod={"nieuwbouw_sociaal": {2027: 10}}).bod)
    assert "Bod: sloop 2027" in v.ontbrekend and v.per_jaar[0].mutatie == 10.0


def test_investeringsruimte_gemeente() -> None:
    # 0,25 × 50 mln = 12,5 mln; 12,5 mln / 250.000 = 50 woningen
    ir = afgeleid.investeringsruimte_gemeente(berekend(x_max=50_000_000, aandeel=0.25))
    assert ir.ruimte_gemeente == pytest.approx(12_500_000) and ir.woningen_gemeente == 50
    assert ir.woningen_corporatie == 200 and ir.stichtingskosten_per_woning == 250_000


def test_fair_share() -> None:
    # bezit 2.500 / 10.000 = 0,25; investering hier 5 × 1 mln = 5 mln van 5 × (4 + 3 + 3) mln = 50 mln → 0,1
    inv = invoer({"vhe_totaal": 10_000, "vhe_gemeente": 2_500},
                 bod={"investering_gemeente": dict.fromkeys(J5, 1e6)},
                 prognose={"investering_nieuwbouw": dict.fromkeys(J5, 4e6),
                           "investering_verbetering": dict.fromkeys(J5, 3e6), "onderhoud": dict.fromkeys(J5, 3e6)})
    fs = afgeleid.fair_share(inv)
    assert fs.jaren == tuple(J5)
    assert fs.aandeel_bezit == pytest.approx(0.25) and fs.aandeel_investering == pytest.approx(0.1)
    assert fs.verhouding == pytest.approx(0.4) and fs.onvolledig is False


def test_efg_tempo() -> None:
    # nodig 120 / (2028 − 2026) = 60; geboden = mean decrease (120 − 80) / 2 = 20; no bod year reaches 0, so
    # klaar = 2028 + ceil((80 − 5) / 20) = 2028 + 4 = 2032; rest eind 2028 = 80 − 5 = 75
    inv = invoer(bod={"woningen_efg": {2026: 120, 2027: 100, 2028: 80}, "efg_sloop_verkoop": {2028: 5}})
    e = afgeleid.efg(inv.bod)
    assert (e.nodig_per_jaar, e.geboden_per_jaar, e.klaar_jaar, e.rest_doeljaar) == (60.0, 20.0, 2032, 75.0)


def test_efg_klaar_is_eerste_jaar_op_nul_met_besluiten_meegeteld() -> None:
    # The example's row: 140, 38, 20, 0, 0 with besluiten 38, 14, 14, 0, 0. Minus the decided homes: 102, 24, 6,
    # 0 → klaar 2030 (not 2031 as 140 / 35 from 2027 would say); tempo (140 − 0) / 4 = 35 per jaar
    inv = invoer(bod={"woningen_efg": {2027: 140, 2028: 38, 2029: 20, 2030: 0, 2031: 0},
                      "efg_sloop_verkoop": {2027: 38, 2028: 14, 2029: 14, 2030: 0, 2031: 0}})
    e = afgeleid.efg(inv.bod)
    assert (e.geboden_per_jaar, e.klaar_jaar, e.rest_doeljaar, e.start_besloten) == (35.0, 2030, 24.0, 38.0)


def test_bereken_geeft_elk_deel_of_none() -> None:
    inv = invoer(bod={"nieuwbouw_sociaal": {2027: 10}, "woningen_efg": {2027: 5}})
    verg, _ = vergelijking.vergelijk(inv)
    extra = afgeleid.bereken(inv, berekend(x_max=1e7, aandeel=0.5), verg)
    assert isinstance(extra, Afgeleid) and extra.fair_share is None  # no investering_gemeente in the bod
    assert extra.voorraad is not None and extra.voorraad.totaal == 10.0
    # 0,5 × 10 mln = 5 mln; 5 mln / 250.000 = 20 woningen
    assert extra.investeringsruimte_gemeente is not None and extra.investeringsruimte_gemeente.woningen_gemeente == 20
    assert extra.efg is not None and extra.efg.start_aantal == 5.0
    json.dumps(dataclasses.asdict(extra))  # plain data all the way down
