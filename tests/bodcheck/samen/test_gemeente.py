"""Several corporaties in one gemeente: the folder rules, the joint comparison, the shares and S01–S03.

Expected values are computed by hand from tests/bodcheck/samen/werkboeken.drie_corporaties (see its docstring)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bodcheck import samen
from bodcheck.model import Melding
from bodcheck.samen import regels
from bodcheck.samen.optellen import naar_rato
from bodcheck.vraagpunten import uitvoering
from tests.bodcheck.samen.werkboeken import bod, doel, drie_corporaties, woonvisie

PEIL = dt.date(2026, 9, 1)


def _samen(g: samen.GemeenteResultaat, code: str) -> list[samen.SamenDoel]:
    return [s for s in g.samen if s.vergelijking.code == code]


def _ids(g) -> list[str]:
    return [v.id for v in g.vraagpunten]


@pytest.fixture
def drie(tmp_path: Path) -> samen.GemeenteResultaat:
    return samen.beoordeel_gemeente(drie_corporaties(tmp_path / "Testdorp"), peildatum=PEIL)


# ---- reading the folder ----------------------------------------------------------------------------------


def test_woonvisie_wordt_herkend_en_aan_elk_bod_gehangen(tmp_path: Path) -> None:
    bods, wv, meldingen = samen.lees_map(drie_corporaties(tmp_path / "Testdorp"))
    assert not [m for m in meldingen if m.soort == "fout"]
    assert wv is not None and wv.woonvisie is not None and len(wv.woonvisie) == 5
    assert [b.naam for b in bods] == ["a.xlsx", "b.xlsx", "c.xlsx"]
    for b in bods:
        assert b.invoer.woonvisie is not None and len(b.invoer.woonvisie) == 5
        assert b.invoer.bestanden["woonvisie"] == "woonvisie.xlsx"
        # read together: every bron names its file
        assert str(b.invoer.bod.bron("nieuwbouw_sociaal", 2027)).startswith(f"[{b.naam}]Bod!")


def test_woonvisie_buiten_de_map_via_parameter(tmp_path: Path) -> None:
    map_ = drie_corporaties(tmp_path / "Testdorp", met_woonvisie=False)
    wv = woonvisie(tmp_path / "elders.xlsx", [doel("nieuwbouw_sociaal", "minimaal", 35, per="periode")])
    g = samen.beoordeel_gemeente(map_, wv, peildatum=PEIL)
    assert not g.fouten
    assert g.woonvisie_bestand == "elders.xlsx"
    assert [s.vergelijking.status for s in g.samen] == ["voldoet"]


def test_zonder_woonvisie_alleen_eigen_beoordelingen(tmp_path: Path) -> None:
    g = samen.beoordeel_gemeente(drie_corporaties(tmp_path / "Testdorp", met_woonvisie=False), peildatum=PEIL)
    assert not g.fouten and g.woonvisie_bestand is None
    assert len(g.corporaties) == 3 and g.samen == [] and g.hiaten == []


def test_geen_xlsx_is_een_fout_en_tijdelijke_bestanden_tellen_niet(tmp_path: Path) -> None:
    map_ = tmp_path / "leeg"
    map_.mkdir()
    (map_ / "~$bod.xlsx").write_bytes(b"lock")
    (map_ / ".verborgen.xlsx").write_bytes(b"x")
    (map_ / "notities.txt").write_text("geen werkboek")
    g = samen.beoordeel_gemeente(map_, peildatum=PEIL)
    assert len(g.fouten) == 1
    assert "geen werkboeken (.xlsx)" in g.fouten[0].tekst and "leeg" in g.fouten[0].tekst


def test_tijdelijk_bestand_naast_bods_wordt_overgeslagen(tmp_path: Path) -> None:
    map_ = drie_corporaties(tmp_path / "Testdorp")
    (map_ / "~$a.xlsx").write_bytes(b"lock file of Excel")
    g = samen.beoordeel_gemeente(map_, peildatum=PEIL)
    assert not g.fouten and len(g.corporaties) == 3


def test_bods_voor_verschillende_gemeenten_is_een_fout_met_beide_bestanden(tmp_path: Path) -> None:
    map_ = tmp_path / "gemengd"
    map_.mkdir()
    bod(map_ / "a.xlsx", "Corporatie Alfa", {"nieuwbouw_sociaal": [1, 1]}, gemeente="Testdorp")
    bod(map_ / "b.xlsx", "Stichting Beta", {"nieuwbouw_sociaal": [1, 1]}, gemeente="Andersum")
    g = samen.beoordeel_gemeente(map_, peildatum=PEIL)
    assert len(g.fouten) == 1
    tekst = g.fouten[0].regel_tekst()
    assert "a.xlsx" in tekst and "b.xlsx" in tekst and "Testdorp" in tekst and "Andersum" in tekst
    assert g.corporaties == [] and g.vraagpunten == []


def test_gemeente_van_woonvisie_moet_kloppen(tmp_path: Path) -> None:
    map_ = drie_corporaties(tmp_path / "Testdorp", met_woonvisie=False)
    woonvisie(map_ / "woonvisie.xlsx", [doel("nieuwbouw_sociaal", "minimaal", 35)], gemeente="Andersum")
    g = samen.beoordeel_gemeente(map_, peildatum=PEIL)
    assert g.fouten and all("Andersum" in m.tekst for m in g.fouten)


def test_twee_woonvisies_is_een_fout_tenzij_er_een_gekozen_is(tmp_path: Path) -> None:
    map_ = drie_corporaties(tmp_path / "Testdorp")
    woonvisie(map_ / "woonvisie-oud.xlsx", [doel("nieuwbouw_sociaal", "minimaal", 50)])
    g = samen.beoordeel_gemeente(map_, peildatum=PEIL)
    assert len(g.fouten) == 1 and "woonvisie-oud.xlsx" in g.fouten[0].tekst and "--woonvisie" in g.fouten[0].tekst
    g = samen.beoordeel_gemeente(map_, map_ / "woonvisie.xlsx", peildatum=PEIL)
    assert not g.fouten
    assert any(m.soort == "waarschuwing" and "woonvisie-oud.xlsx" in m.tekst for m in g.meldingen)


def test_twee_bods_van_dezelfde_corporatie_is_een_fout(tmp_path: Path) -> None:
    map_ = drie_corporaties(tmp_path / "Testdorp")
    bod(map_ / "a-oud.xlsx", "Corporatie Alfa", {"nieuwbouw_sociaal": [1, 1]})
    g = samen.beoordeel_gemeente(map_, peildatum=PEIL)
    assert len(g.fouten) == 1 and "a-oud.xlsx" in g.fouten[0].tekst and "a.xlsx" in g.fouten[0].tekst


def test_onleesbaar_werkboek_geeft_fout_met_bestand(tmp_path: Path) -> None:
    map_ = drie_corporaties(tmp_path / "Testdorp")
    (map_ / "kapot.xlsx").write_bytes(b"dit is geen zip")
    g = samen.beoordeel_gemeente(map_, peildatum=PEIL)
    assert g.fouten and g.fouten[0].bestand == "kapot.xlsx"


def test_map_bestaat_niet(tmp_path: Path) -> None:
    g = samen.beoordeel_gemeente(tmp_path / "nergens", peildatum=PEIL)
    assert g.fouten and "bestaat niet" in g.fouten[0].tekst


# ---- the joint comparison -----------------------------------------------------------------------------


def test_samen_halen_wat_niemand_alleen_haalt(drie: samen.GemeenteResultaat) -> None:
    assert not drie.fouten
    (nb,) = _samen(drie, "nieuwbouw_sociaal")
    v = nb.vergelijking
    # periode 2027–2028: 20 + 11 + 5 = 36 against the whole 35 (no aandeel)
    assert (v.jaar, v.van_jaar, v.tot_jaar) == (None, 2027, 2028)
    assert v.doel == 35 and v.bod == 36 and v.verschil == 1 and v.status == "voldoet" and v.dekking == 1.0
    assert v.aandeel is None and v.aandeel_herkomst is None and not v.onvolledig
    assert [b.bod for b in nb.bijdragen] == [20, 11, 5]
    assert all(b.bod < 35 for b in nb.bijdragen)  # nobody alone
    # aandeel_bod = bod / 36; aandeel_doel = bod / 35
    assert [b.aandeel_bod for b in nb.bijdragen] == pytest.approx([20 / 36, 11 / 36, 5 / 36])
    assert [b.aandeel_doel for b in nb.bijdragen] == pytest.approx([20 / 35, 11 / 35, 5 / 35])
    # each corporatie's own target, naar rato van bezit: 35 × 0,6 / 0,3 / 0,1
    assert [b.eigen_doel for b in nb.bijdragen] == pytest.approx([21.0, 10.5, 3.5])
    assert [b.eigen_status for b in nb.bijdragen] == ["gedeeltelijk", "voldoet", "voldoet"]
    assert v.bronnen[0] == "[woonvisie.xlsx]Woonvisie!D2"
    assert "[a.xlsx]Bod!C2" in v.bronnen and "[c.xlsx]Bod!D2" in v.bronnen


def test_samen_tekort_per_jaar(drie: samen.GemeenteResultaat) -> None:
    vs = [s.vergelijking for s in _samen(drie, "verduurzaming")]
    # per jaar: 40 + 20 + 5 = 65 against 100; 65 < 0,8 × 100
    assert [(v.jaar, v.doel, v.bod, v.verschil, v.status) for v in vs] == [
        (2027, 100, 65, -35, "voldoet_niet"), (2028, 100, 65, -35, "voldoet_niet")]


def test_taakstelling_telt_personen_van_statushouders(drie: samen.GemeenteResultaat) -> None:
    vs = [s.vergelijking for s in _samen(drie, "statushouders")]
    assert [(v.jaar, v.doel, v.bod, v.status) for v in vs] == [(2027, 20, 25, "voldoet"), (2028, 20, 25, "voldoet")]


def test_aandelen_van_de_voorraad(drie: samen.GemeenteResultaat) -> None:
    assert drie.aandeel_basis == "sociale_voorraad" and drie.sociale_voorraad_gemeente == 1000
    # voorraad_sociaal 2027 / 1.000 (Algemeen of the woonvisie): 600, 300, 100
    assert [(c.corporatie, c.voorraad) for c in drie.corporaties] == [
        ("Corporatie Alfa", 600), ("Stichting Beta", 300), ("Woningbouwvereniging Gamma", 100)]
    assert [c.aandeel_voorraad for c in drie.corporaties] == pytest.approx([0.6, 0.3, 0.1])
    assert [c.aandeel_aan_tafel for c in drie.corporaties] == pytest.approx([0.6, 0.3, 0.1])
    assert "[woonvisie.xlsx]Algemeen!B5" in drie.corporaties[0].bronnen


def test_aandeel_naar_woningen_als_voorraad_ontbreekt(tmp_path: Path) -> None:
    map_ = tmp_path / "Testdorp"
    map_.mkdir()
    bod(map_ / "a.xlsx", "Corporatie Alfa", {"nieuwbouw_sociaal": [10, 10]}, vhe_gemeente=300)
    bod(map_ / "b.xlsx", "Stichting Beta", {"nieuwbouw_sociaal": [5, 5]}, vhe_gemeente=100)
    g = samen.beoordeel_gemeente(map_, peildatum=PEIL)
    # no voorraad_sociaal: vhe_gemeente / Σ vhe = 300 / 400 and 100 / 400
    assert g.aandeel_basis == "vhe_gemeente"
    assert [c.aandeel_aan_tafel for c in g.corporaties] == pytest.approx([0.75, 0.25])


def test_niet_optelbare_doelen_en_hiaten(drie: samen.GemeenteResultaat) -> None:
    assert [d.code for d in drie.niet_opgeteld] == ["huurverhoging"]
    assert [(d.code, d.kern) for d in drie.hiaten] == [("ouderen_geclusterd", "Oosthoek")]
    (og,) = _samen(drie, "ouderen_geclusterd")
    assert og.vergelijking.status == "niet_in_bod" and og.vergelijking.bod is None


def test_lege_cel_maakt_de_som_onvolledig(tmp_path: Path) -> None:
    map_ = tmp_path / "Testdorp"
    map_.mkdir()
    bod(map_ / "a.xlsx", "Corporatie Alfa", {"nieuwbouw_sociaal": [10, 10], "voorraad_sociaal": [600, 600]})
    bod(map_ / "b.xlsx", "Stichting Beta", {"nieuwbouw_sociaal": [None, 5], "voorraad_sociaal": [400, 400]})
    woonvisie(map_ / "wv.xlsx", [doel("nieuwbouw_sociaal", "minimaal", 40, per="periode")])
    g = samen.beoordeel_gemeente(map_, peildatum=PEIL)
    (s,) = g.samen
    # 10 + 10 + 5 = 25 of 40, one empty cell: voldoet_niet but onvolledig, so S01 stays silent (not decided)
    assert s.vergelijking.bod == 25 and s.vergelijking.status == "voldoet_niet" and s.vergelijking.onvolledig
    assert s.bijdragen[1].onvolledig
    assert "S01" not in _ids(g)


def test_aandeel_corporatie_per_rij_wordt_naar_rato(tmp_path: Path) -> None:
    map_ = drie_corporaties(tmp_path / "Testdorp", met_woonvisie=False)
    woonvisie(map_ / "wv.xlsx", [doel("nieuwbouw_sociaal", "minimaal", 35, per="periode", aandeel=0.8)])
    g = samen.beoordeel_gemeente(map_, peildatum=PEIL)
    assert any(m.soort == "waarschuwing" and "aandeel_corporatie" in m.tekst for m in g.meldingen)
    eigen = [c.resultaat.vergelijking[0] for c in g.corporaties]
    assert [e.aandeel_herkomst for e in eigen] == ["naar_rato_bezit"] * 3
    assert [e.doel for e in eigen] == pytest.approx([21.0, 10.5, 3.5])


# ---- rules --------------------------------------------------------------------------------------------


def test_s01_verdeelt_het_tekort_naar_rato(drie: samen.GemeenteResultaat) -> None:
    (s01,) = [v for v in drie.vraagpunten if v.id == "S01"]
    # 130 offered in 2027–2028 against 200; tekort 70 → 0,6 / 0,3 / 0,1 × 70 = 42, 21, 7
    assert s01.vraag.startswith("Samen bieden de corporaties 130 verduurzaamde woningen in 2027 en 2028; de "
                                "woonvisie (Woonvisie Testdorp, §3) vraagt er 200 (100 per jaar).")
    assert "zou Corporatie Alfa 42 van het tekort van 70 dragen, Beta 21 en Gamma 7." in s01.vraag
    assert s01.vraag.endswith("?") and "Klopt dat" not in s01.vraag and not s01.vraag.startswith("Waarom")
    assert s01.thema == "duurzaamheid" and s01.partij == "gemeente" and s01.ernst == "midden"
    assert s01.bronnen[0] == "[woonvisie.xlsx]Woonvisie!D3"


def test_s01_stil_als_het_samen_lukt(tmp_path: Path) -> None:
    map_ = drie_corporaties(tmp_path / "Testdorp", met_woonvisie=False)
    woonvisie(map_ / "wv.xlsx", [doel("nieuwbouw_sociaal", "minimaal", 35, per="periode")])
    g = samen.beoordeel_gemeente(map_, peildatum=PEIL)
    assert "S01" not in _ids(g)


def test_s01_noemt_de_jaren_met_overschot(tmp_path: Path) -> None:
    map_ = tmp_path / "Testdorp"
    map_.mkdir()
    bod(map_ / "a.xlsx", "Corporatie Alfa", {"nieuwbouw_sociaal": [10, 30], "voorraad_sociaal": [750, 750]})
    bod(map_ / "b.xlsx", "Stichting Beta", {"nieuwbouw_sociaal": [2, 4], "voorraad_sociaal": [250, 250]})
    woonvisie(map_ / "wv.xlsx", [doel("nieuwbouw_sociaal", "minimaal", 20)])
    g = samen.beoordeel_gemeente(map_, peildatum=PEIL)
    (s01,) = [v for v in g.vraagpunten if v.id == "S01"]
    # 2027: 12 of 20, tekort 8 → 0,75 × 8 = 6 and 2; 2028: 34, 14 above
    assert "Samen bieden de corporaties 12 nieuwe sociale huurwoningen in 2027; de woonvisie vraagt er 20." in s01.vraag
    assert "Corporatie Alfa 6 van het tekort van 8 dragen en Beta 2." in s01.vraag
    assert "In 2028 bieden zij samen 14 meer dan gevraagd." in s01.vraag
    assert "schuift er werk naar voren?" in s01.vraag


def test_s01_stil_bij_een_corporatie(tmp_path: Path) -> None:
    map_ = tmp_path / "Testdorp"
    map_.mkdir()
    bod(map_ / "a.xlsx", "Corporatie Alfa", {"nieuwbouw_sociaal": [1, 1]})
    woonvisie(map_ / "wv.xlsx", [doel("nieuwbouw_sociaal", "minimaal", 20)])
    g = samen.beoordeel_gemeente(map_, peildatum=PEIL)
    assert g.samen[0].vergelijking.status == "voldoet_niet"
    assert "S01" not in _ids(g) and "S03" not in _ids(g)


def test_s02_doel_zonder_bod(drie: samen.GemeenteResultaat) -> None:
    (s02,) = [v for v in drie.vraagpunten if v.id == "S02"]
    assert s02.vraag == ("De woonvisie (Woonvisie Testdorp, §5) vraagt 10 geclusterde woningen voor ouderen in "
                         "Oosthoek in 2027–2028; geen van de drie corporaties noemt dit in haar bod. Wie pakt dit op, "
                         "en wat is daarvoor nodig van de gemeente of van andere partners?")
    assert s02.thema == "wonen_zorg" and s02.partij == "beide"
    assert s02.bronnen == ("[woonvisie.xlsx]Woonvisie!D5",)


def test_s02_stil_als_een_corporatie_er_iets_over_zegt(tmp_path: Path) -> None:
    map_ = drie_corporaties(tmp_path / "Testdorp")
    bod(map_ / "c.xlsx", "Woningbouwvereniging Gamma", {
        "nieuwbouw_sociaal": [2, 3], "verduurzaming": [5, 5], "statushouders": [3, 3],
        "voorraad_sociaal": [100, 102], "ouderen_geclusterd": ["in overleg met zorgaanbieder", None]})
    g = samen.beoordeel_gemeente(map_, peildatum=PEIL)
    assert g.hiaten == [] and "S02" not in _ids(g)


def test_s03_aandeel_wijkt_af(drie: samen.GemeenteResultaat) -> None:
    (s03,) = [v for v in drie.vraagpunten if v.id == "S03"]
    # Beta: 30% of the voorraad; 4 of the 50 vergunninghouders (8%): 0,08 < 0,8 × 0,30 and 15 − 4 = 11 ≥ 5.
    # nieuwbouw 11/36 = 30,6% and verduurzaming 40/130 = 30,8%: not below.
    assert s03.vraag == ("Stichting Beta heeft 30,0% van de sociale huurwoningen in Testdorp die de corporaties "
                         "samen hebben. Van wat de corporaties samen bieden, komt van Beta: 4 van de 50 "
                         "vergunninghouders (personen) in 2027 en 2028 (8,0%). Hoe ziet u uw deel in deze opgave, "
                         "en wat zou u helpen om meer bij te dragen?")
    assert "ongeveer 15 vergunninghouders" in s03.toelichting
    assert s03.thema == "doelgroepen" and s03.partij == "gemeente"
    assert s03.sleutel == "Stichting Beta"


def test_s03_stil_onder_de_ruisdrempel(tmp_path: Path) -> None:
    map_ = tmp_path / "Testdorp"
    map_.mkdir()
    # Beta: 30% of the voorraad, 1 of 10 (10%): the ratio is far below 0,8 but 3 − 1 = 2 < 5 units
    bod(map_ / "a.xlsx", "Corporatie Alfa", {"nieuwbouw_sociaal": [5, 4], "voorraad_sociaal": [700, 700]})
    bod(map_ / "b.xlsx", "Stichting Beta", {"nieuwbouw_sociaal": [1, 0], "voorraad_sociaal": [300, 300]})
    woonvisie(map_ / "wv.xlsx", [doel("nieuwbouw_sociaal", "minimaal", 5, per="periode")])
    g = samen.beoordeel_gemeente(map_, peildatum=PEIL)
    assert regels.achterblijvers(g) == {}
    assert "S03" not in _ids(g)


def test_s03_drempel_is_een_gedateerde_parameter() -> None:
    import tomllib
    from importlib import resources

    from bodcheck import parameters

    p = regels.AANDEEL_FACTOR
    assert p.waarde == 0.8 and p.datum and p.bron and p.eenheid == "verhouding"
    assert regels.AANDEEL_FACTOR in regels.parameters_samen()
    # read from the parameter file, not written in code; not in the appendix of one bod's report
    bestand = resources.files("bodcheck.data.parameters").joinpath("samen.toml").read_text("utf-8")
    assert tomllib.loads(bestand)["samen_aandeel_factor"]["waarde"] == 0.8 and p.bestand == "samen"
    assert "samen_aandeel_factor" not in {q.naam for q in parameters.alle()}


def test_regel_die_faalt_wordt_intern(drie: samen.GemeenteResultaat) -> None:
    def kapot(g):
        raise ZeroDivisionError("deling door nul")

    stuk = regels.regel("S99", "KAPOT", "proces", "midden", "G", "test")(kapot)
    punten, meldingen = uitvoering.voer_uit((stuk, regels.s02), drie)
    assert [p.id for p in punten] == ["S02"]
    assert meldingen == [Melding("intern", "Regel S99 (KAPOT) faalde: ZeroDivisionError: deling door nul",
                                 regel="S99")]


def test_volgorde_vraagpunten(drie: samen.GemeenteResultaat) -> None:
    # all midden: by thema (duurzaamheid < doelgroepen < wonen_zorg)
    assert _ids(drie) == ["S01", "S03", "S02"]


def test_naar_rato_grootste_rest() -> None:
    assert naar_rato(24, [0.8753, 0.0737, 0.0511], hele=True) == [21, 2, 1]
    assert naar_rato(70, [0.6, 0.3, 0.1], hele=True) == [42, 21, 7]
    assert naar_rato(10, [1, 1, 1], hele=True) == [4, 3, 3]
    assert naar_rato(10, [0.5, None], hele=True) == [None, None]
    assert naar_rato(9.0, [2, 1], hele=False) == pytest.approx([6.0, 3.0])


# ---- output -------------------------------------------------------------------------------------------


def test_json_schema_en_afronding(drie: samen.GemeenteResultaat) -> None:
    d = json.loads(samen.als_tekst(drie))
    assert d["schema"] == "bodcheck/gemeente/1" and d["gemeente"] == "Testdorp" and d["peildatum"] == "2026-09-01"
    assert d["aandeel_basis"] == "sociale_voorraad" and d["sociale_voorraad_gemeente"] == 1000
    assert [c["aandeel_voorraad"] for c in d["corporaties"]] == [0.6, 0.3, 0.1]
    assert d["corporaties"][0]["beoordeling"]["schema"] == "bodcheck/beoordeling/1"
    nb = next(s for s in d["samen"] if s["code"] == "nieuwbouw_sociaal")
    assert nb["doel"] == 35 and nb["bod"] == 36 and nb["status"] == "voldoet" and nb["aandeel"] is None
    assert [b["aandeel_bod"] for b in nb["bijdragen"]] == [0.555556, 0.305556, 0.138889]  # 20/36, 11/36, 5/36
    assert [v["id"] for v in d["vraagpunten"]] == ["S01", "S03", "S02"]
    assert [h["code"] for h in d["hiaten"]] == ["ouderen_geclusterd"]


def test_json_is_deterministisch(tmp_path: Path) -> None:
    a = samen.als_tekst(samen.beoordeel_gemeente(drie_corporaties(tmp_path / "1" / "Testdorp"), peildatum=PEIL))
    b = samen.als_tekst(samen.beoordeel_gemeente(drie_corporaties(tmp_path / "2" / "Testdorp"), peildatum=PEIL))
    assert a == b


def test_samenvatting(drie: samen.GemeenteResultaat) -> None:
    tekst = samen.samenvatting(drie)
    assert tekst.startswith("Gemeente Testdorp — 3 bods; woonvisie woonvisie.xlsx\n")
    assert "✓ nieuwbouw_sociaal 2027–2028: doel 35, samen 36 (sluit aan; Alfa 20, Beta 11, Gamma 5)" in tekst
    assert "Doelen zonder bod: ouderen_geclusterd 2027–2028 (Oosthoek)" in tekst
    assert "[S01, midden]" in tekst


def test_aandeel_corporatie_melding_in_woorden_met_cel_en_bestand(tmp_path: Path) -> None:
    """Bevindingen r3 item 11: the waarschuwing does not start with a code; it names the target in words, its row,
    the woonvisie's file and the row's cell (the app's Cel and Bestand columns)."""
    map_ = drie_corporaties(tmp_path / "Testdorp", met_woonvisie=False)
    woonvisie(map_ / "wv.xlsx", [doel("verduurzaming", "minimaal", 100),
                                 doel("nieuwbouw_sociaal", "minimaal", 35, per="periode", aandeel=0.8)])
    g = samen.beoordeel_gemeente(map_, peildatum=PEIL)
    (m,) = [m for m in g.meldingen if "één corporatie" in m.tekst]
    # the template writes a header row, so the second target is on row 3; its waarde in column D
    assert m.tekst == ("De woonvisie geeft bij sociale huurwoningen opgeleverd een deel voor één corporatie (kolom "
                       "aandeel_corporatie, rij 3); met 3 corporaties in de map rekent bodcheck elke corporatie naar "
                       "rato van bezit.")
    assert m.bron is not None and (m.bron.blad, m.bron.cel, m.bron.bestand) == ("Woonvisie", "D3", "wv.xlsx")
