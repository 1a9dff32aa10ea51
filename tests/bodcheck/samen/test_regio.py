"""Several gemeenten in one regio: the folder rules, the shares per gemeente, R01 and R03."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from bodcheck import samen
from tests.bodcheck.samen.werkboeken import bod, doel, woonvisie

PEIL = dt.date(2026, 9, 1)
DEAL = "Woondeal Testregio 2023"


def _regio(map_: Path, *, noord: tuple[int, int] = (30, 30), deel_noord: dict | None = None) -> Path:
    """Testregio: regional target nieuwbouw_sociaal ≥ 200 over 2027–2028 (niveau regio).

    Noord: share 50 per jaar in its own woonvisie (→ 100 over the period); A and B offer `noord` per year each...
           A (600 woningen) and B (400) with nieuwbouw `noord[0]`, `noord[1]` per year.
    Zuid: no share in its woonvisie; C offers 20 per year (40)."""
    map_.mkdir(parents=True)
    woonvisie(map_ / "regio.xlsx", [doel("nieuwbouw_sociaal", "minimaal", 200, per="periode", niveau="regio",
                                         bron=DEAL)], gemeente="Testregio", sociale_voorraad=None)
    n = map_ / "Noord"
    n.mkdir()
    bod(n / "a.xlsx", "Corporatie Alfa", {"nieuwbouw_sociaal": [noord[0]] * 2, "voorraad_sociaal": [600, 600]},
        gemeente="Noord")
    bod(n / "b.xlsx", "Stichting Beta", {"nieuwbouw_sociaal": [noord[1]] * 2, "voorraad_sociaal": [400, 400]},
        gemeente="Noord")
    woonvisie(n / "wv-noord.xlsx", [deel_noord or doel("nieuwbouw_sociaal", "minimaal", 50, bron=f"{DEAL}: aandeel Noord")],
              gemeente="Noord")
    z = map_ / "Zuid"
    z.mkdir()
    bod(z / "c.xlsx", "Corporatie Alfa", {"nieuwbouw_sociaal": [20, 20], "voorraad_sociaal": [500, 500]},
        gemeente="Zuid")
    woonvisie(z / "wv-zuid.xlsx", [doel("verduurzaming", "minimaal", 10)], gemeente="Zuid")
    return map_


def test_regio_doel_per_gemeente_en_totaal(tmp_path: Path) -> None:
    r = samen.beoordeel_regio(_regio(tmp_path / "Testregio", noord=(30, 10)), peildatum=PEIL)
    assert not r.fouten and r.regio == "Testregio" and r.woonvisie_bestand == "regio.xlsx"
    assert [g.gemeente for g in r.gemeenten] == ["Noord", "Zuid"]
    (rd,) = r.doelen
    (v,) = rd.vergelijking
    # region: Noord (30 + 10) × 2 = 80, Zuid 40 → 120 against 200; 120 < 0,8 × 200 → wijkt af
    assert (v.doel, v.bod, v.status) == (200, 120, "voldoet_niet")
    noord, zuid = rd.gemeenten
    # Noord's share: 50 per jaar × 2 years = 100 (per jaar in its woonvisie, periode in the regio)
    assert (noord.gemeente, noord.aandeel, noord.bod) == ("Noord", 100, 80)
    assert [(x.doel, x.bod, x.status) for x in noord.vergelijking] == [(100, 80, "gedeeltelijk")]
    assert noord.aandeel_bronnen == ("[wv-noord.xlsx]Woonvisie!D2",)
    assert (zuid.aandeel, zuid.bod, zuid.vergelijking) == (None, 40, ())
    assert rd.verdeeld == 100


def test_r01_per_gemeente_en_regio(tmp_path: Path) -> None:
    r = samen.beoordeel_regio(_regio(tmp_path / "Testregio", noord=(30, 10)), peildatum=PEIL)
    r01 = [v for v in r.vraagpunten if v.id == "R01"]
    teksten = {v.sleutel: v.vraag for v in r01}
    assert teksten["Noord:nieuwbouw_sociaal:2027"] == (
        "In 2027–2028 bieden de corporaties samen 80 nieuwe sociale huurwoningen in Noord; het aandeel van Noord in "
        f"de regionale afspraak ({DEAL}: aandeel Noord) is 100. Wie neemt het verschil van 20: de corporaties hier, "
        "of leggen we het in het regionale overleg bij een andere gemeente?")
    assert teksten["regio:nieuwbouw_sociaal:2027"].startswith(
        "In 2027–2028 bieden de corporaties samen 120 nieuwe sociale huurwoningen in de twee gemeenten van Testregio; "
        f"de regionale afspraak ({DEAL}) vraagt 200. Wie neemt het verschil van 80")
    regio = next(v for v in r01 if v.sleutel.startswith("regio:"))
    assert "tellen op tot 100" in regio.toelichting
    assert all(v.thema == "regio" and v.partij == "gemeente" for v in r01)


def test_r01_stil_als_de_gemeente_haar_deel_haalt(tmp_path: Path) -> None:
    r = samen.beoordeel_regio(_regio(tmp_path / "Testregio", noord=(30, 25)), peildatum=PEIL)
    # Noord: 110 ≥ 100; region 150 of 200: 150 < 160 → the region still falls short
    sleutels = [v.sleutel for v in r.vraagpunten if v.id == "R01"]
    assert sleutels == ["regio:nieuwbouw_sociaal:2027"]


def test_r01_stil_als_alles_gehaald_wordt(tmp_path: Path) -> None:
    r = samen.beoordeel_regio(_regio(tmp_path / "Testregio", noord=(50, 30)), peildatum=PEIL)
    # Noord 160 ≥ 100; region 200 ≥ 200
    assert [v.id for v in r.vraagpunten] == ["R03"]


def test_r03_gemeente_zonder_deel(tmp_path: Path) -> None:
    r = samen.beoordeel_regio(_regio(tmp_path / "Testregio"), peildatum=PEIL)
    (r03,) = [v for v in r.vraagpunten if v.id == "R03"]
    assert r03.vraag == (f"De regionale afspraak ({DEAL}) vraagt 200 nieuwe sociale huurwoningen in 2027–2028 in "
                         "Testregio; de woonvisie van Zuid noemt geen eigen deel. De corporaties bieden hier samen 40. "
                         "Welk deel neemt Zuid, welk deel de corporaties hier, en waar stemmen we dat regionaal af?")
    assert r03.bronnen == ("[regio.xlsx]Woonvisie!D2",)


def test_deel_met_andere_jaren_telt_niet(tmp_path: Path) -> None:
    ander = doel("nieuwbouw_sociaal", "minimaal", 50, van=2027, tot=2027)
    r = samen.beoordeel_regio(_regio(tmp_path / "Testregio", deel_noord=ander), peildatum=PEIL)
    assert [g.aandeel for g in r.doelen[0].gemeenten] == [None, None]
    assert sorted(v.sleutel for v in r.vraagpunten if v.id == "R03") == [
        "Noord:nieuwbouw_sociaal:2027", "Zuid:nieuwbouw_sociaal:2027"]


def test_regio_zonder_regionale_woonvisie_is_een_fout(tmp_path: Path) -> None:
    map_ = _regio(tmp_path / "Testregio")
    (map_ / "regio.xlsx").unlink()
    r = samen.beoordeel_regio(map_, peildatum=PEIL)
    assert len(r.fouten) == 1 and "geen regionale woonvisie" in r.fouten[0].tekst


def test_regio_met_bod_bovenin_is_een_fout(tmp_path: Path) -> None:
    map_ = _regio(tmp_path / "Testregio")
    bod(map_ / "los.xlsx", "Corporatie Alfa", {"nieuwbouw_sociaal": [1, 1]}, gemeente="Noord")
    r = samen.beoordeel_regio(map_, peildatum=PEIL)
    assert r.fouten and "los.xlsx" in r.fouten[0].tekst


def test_fout_in_een_gemeentemap_noemt_de_map(tmp_path: Path) -> None:
    map_ = _regio(tmp_path / "Testregio")
    bod(map_ / "Zuid" / "d.xlsx", "Stichting Delta", {"nieuwbouw_sociaal": [1, 1]}, gemeente="Noord")
    r = samen.beoordeel_regio(map_, peildatum=PEIL)
    assert r.fouten and r.fouten[0].bestand == "Zuid/d.xlsx"


def test_twee_mappen_voor_dezelfde_gemeente_is_een_fout(tmp_path: Path) -> None:
    map_ = _regio(tmp_path / "Testregio")
    dubbel = map_ / "Noord-2"
    dubbel.mkdir()
    bod(dubbel / "e.xlsx", "Stichting Epsilon", {"nieuwbouw_sociaal": [1, 1]}, gemeente="Noord")
    r = samen.beoordeel_regio(map_, peildatum=PEIL)
    assert r.fouten and "Noord-2" in r.fouten[0].tekst


def test_regio_json(tmp_path: Path) -> None:
    a = samen.als_tekst(samen.beoordeel_regio(_regio(tmp_path / "1" / "Testregio"), peildatum=PEIL))
    b = samen.als_tekst(samen.beoordeel_regio(_regio(tmp_path / "2" / "Testregio"), peildatum=PEIL))
    assert a == b
    d = json.loads(a)
    assert d["schema"] == "bodcheck/regio/1" and d["regio"] == "Testregio"
    assert [g["schema"] for g in d["gemeenten"]] == ["bodcheck/gemeente/1"] * 2
    (doel_,) = d["doelen"]
    assert doel_["doel"]["niveau"] == "regio" and doel_["verdeeld"] == 100
    assert [(g["gemeente"], g["aandeel"], g["bod"]) for g in doel_["gemeenten"]] == [("Noord", 100, 120),
                                                                                    ("Zuid", None, 40)]


def test_regio_samenvatting(tmp_path: Path) -> None:
    tekst = samen.samenvatting(samen.beoordeel_regio(_regio(tmp_path / "Testregio"), peildatum=PEIL))
    assert tekst.startswith("Testregio — 2 gemeenten; regionale woonvisie regio.xlsx\n")
    assert "Zuid: aandeel niet vastgelegd, bod 40" in tekst
    assert "Gemeente Noord — 2 bods" in tekst
