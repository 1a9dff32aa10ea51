"""The four bundled cases of invoerformat 1.1 (bodcheck/voorbeeld_11_data.py), written as real workbooks,
read and assessed; every figure below is worked out by hand in that module's docstring."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bodcheck import json_uitvoer, pipeline, voorbeeld_11_data
from bodcheck.model import Resultaat

PEIL = dt.date(2026, 9, 1)


@pytest.fixture(scope="module")
def gevallen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Resultaat]:
    paden = voorbeeld_11_data.schrijf(tmp_path_factory.mktemp("v11"))
    return {p.stem: pipeline.beoordeel(p, peildatum=PEIL) for p in paden}


def test_alle_gevallen_lezen_zonder_fouten_of_waarschuwingen(gevallen: dict[str, Resultaat]) -> None:
    assert set(gevallen) == {"nieuw-in-gemeente", "alleen-ratios", "maximum-eigen-code", "perioden-en-ibw"}
    for naam, r in gevallen.items():
        assert [m.regel_tekst() for m in r.meldingen if m.soort in ("fout", "waarschuwing")] == [], naam
        assert r.invoer.veld("formaatversie") == 1.1


def _entries(r: Resultaat, code: str) -> list:
    return [v for v in r.vergelijking if v.code == code]


def test_nieuw_in_gemeente(gevallen: dict[str, Resultaat]) -> None:
    r = gevallen["nieuw-in-gemeente"]
    ir = r.berekend.investeringsruimte
    assert ir.aandeel_gemeente == 0 and ir.ruimte_gemeente == 0  # 0 / 4.000
    nb = ir.scenarios[0]
    assert nb.x_max == pytest.approx(50_000_000, rel=1e-6) and nb.woningen == 200  # §4.3
    (v,) = _entries(r, "nieuwbouw_sociaal")
    assert (v.status, v.doel, v.verschil) == ("niet_toegerekend", None, None)
    assert any(m.tekst.startswith("Niet toegerekend aan deze corporatie") for m in r.meldingen)


def test_alleen_ratios(gevallen: dict[str, Resultaat]) -> None:
    r = gevallen["alleen-ratios"]
    ti = {x.jaar: x for x in r.berekend.ratios}
    assert {x.herkomst for x in ti.values()} == {"opgegeven"} and set(ti) == {2026, 2027, 2028}
    assert [ti[j].waarden["icr"] for j in (2026, 2027, 2028)] == [1.9, 1.8, 1.6]
    assert [ti[j].banden["ltv"] for j in (2026, 2027, 2028)] == ["ruim", "ruim", "krap"]  # 64% > 63%
    assert all(b == "ruim" for j in ti for k, b in ti[j].banden.items() if (j, k) != (2028, "ltv"))
    assert r.berekend.investeringsruimte is None
    d = json.loads(json_uitvoer.als_tekst(r))
    assert {x["herkomst"] for x in d["ratios"]} == {"opgegeven"}


def test_maximum_op_eigen_code(gevallen: dict[str, Resultaat]) -> None:
    r = gevallen["maximum-eigen-code"]
    per_jaar = [v.status for v in _entries(r, "toewijzing_statushouders") if not v.totaal]
    assert per_jaar == ["voldoet", "voldoet", "gedeeltelijk", "voldoet", "voldoet"]
    (totaal,) = [v for v in _entries(r, "toewijzing_statushouders") if v.totaal]
    assert totaal.status == "gedeeltelijk" and totaal.bod == pytest.approx(0.28)
    leeg = _entries(r, "leegstand_woningen")
    assert [v.status for v in leeg if not v.totaal] == ["gedeeltelijk", "voldoet", "voldoet", "voldoet", "voldoet"]
    (som,) = [v for v in leeg if v.totaal]
    assert (som.doel, som.bod, som.status) == (50, 40, "voldoet")
    assert r.invoer.bod.regel("leegstand_woningen").richting == "lager"
    (p06,) = [v for v in r.vraagpunten if v.id == "P06"]
    assert "2027: 5; in het bod staat nu 2027: 12" in p06.vraag  # lower is better: not "biedt u"


def test_perioden_en_ibw(gevallen: dict[str, Resultaat]) -> None:
    r = gevallen["perioden-en-ibw"]
    (nb,) = _entries(r, "nieuwbouw_sociaal")
    assert (nb.van_jaar, nb.tot_jaar, nb.doel, nb.bod, nb.status) == (2027, 2031, pytest.approx(140), 150, "voldoet")
    (vd,) = _entries(r, "verduurzaming")
    assert (vd.doel, vd.bod, vd.status) == (750, 600, "gedeeltelijk")
    d = json.loads(json_uitvoer.als_tekst(r))["ibw"]
    assert (d["jaar"], d["woningen_nieuwbouw"]) == (2025, 40)
    assert d["gemeente"] == {"nieuwbouw": 10_000_000.0, "verbetering": 6_000_000.0, "huurmatiging": 2_500_000.0}
    assert d["bodcheck_gemeente"]["nieuwbouw"] == pytest.approx(12_500_000, abs=1)


def test_bewaard_als_bodcheck_en_terug(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Period values, richting and the new Algemeen fields survive saving as .bodcheck and opening again."""
    from bodcheck import beoordeling

    map_ = tmp_path_factory.mktemp("bewaard")
    for pad in voorbeeld_11_data.schrijf(map_):
        b, meldingen = beoordeling.nieuw(pad)
        assert not [m for m in meldingen if m.soort == "fout"]
        terug = beoordeling.openen(beoordeling.opslaan(b, map_ / f"{pad.stem}.bodcheck"))
        assert terug.invoer == b.invoer
    assert terug.invoer.bod.regel("nieuwbouw_sociaal").perioden[0].waarde.getal == 150


def test_eigen_code_zonder_omschrijving_in_woorden(gevallen: dict[str, Resultaat]) -> None:
    """The own code `leegstand_woningen` has no description in the workbook; the question about last year's
    afspraak (5 in 2027, bod 12) says it in words, never the code name."""
    vragen = [v.vraag for v in gevallen["maximum-eigen-code"].vraagpunten]
    assert any("voor leegstand woningen af: 2027: 5; in het bod staat nu 2027: 12" in v for v in vragen), vragen
    assert not any("leegstand_woningen" in v for v in vragen)
