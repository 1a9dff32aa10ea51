"""berekenen: kader choice per prognosis edition, scopes, additivity check, horizon, on real workbooks."""

from __future__ import annotations

from pathlib import Path

import pytest

from bodcheck import inlezen, normenkaders
from bodcheck.berekenen import bereken
from bodcheck.model import Instellingen
from tests.werkboeken import WERKVOORBEELD_DAEB, algemeen, schrijf, werkvoorbeeld


def _lees(pad: Path):
    invoer, meldingen = inlezen.lees(pad)
    assert not [m for m in meldingen if m.soort == "fout"], meldingen
    return invoer


@pytest.mark.parametrize(("editie", "kader", "ltv_max"), [
    (2018, "aw-wsw-2019", 0.75),  # before any kader: the oldest, with a melding
    (2019, "aw-wsw-2019", 0.75),
    (2023, "aw-wsw-2020", 0.85),  # dPi 2023 still belongs to the 2020 kader (bw 1.0)
    (2024, "aw-wsw-2024", 0.70),
    (2025, "aw-wsw-2024", 0.70),
])
def test_kader_per_prognose_editie(tmp_path: Path, editie: int, kader: str, ltv_max: float) -> None:
    b = bereken(_lees(werkvoorbeeld(tmp_path, prognose_editie=editie)))
    assert b.normenkader.naam == kader
    assert b.normenkader.normen["DAEB"]["ltv"].grens == ltv_max
    if editie == 2018:
        assert any("Geen normenkader geldt voor prognose-editie 2018" in m.tekst for m in b.meldingen)


def test_bw_versie_standaard_en_opgegeven(tmp_path: Path) -> None:
    b = bereken(_lees(werkvoorbeeld(tmp_path, prognose_editie=2023)))
    assert {r.bw_versie for r in b.ratios} == {"1.0"}
    assert any("Beleidswaarde-versie 1.0 aangenomen" in m.tekst for m in b.meldingen)
    b = bereken(_lees(werkvoorbeeld(tmp_path, prognose_editie=2023, bw_versie="2.0")))
    assert {r.bw_versie for r in b.ratios} == {"2.0"}


def test_gekozen_kader_verandert_banden(tmp_path: Path) -> None:
    invoer = _lees(werkvoorbeeld(tmp_path))
    # 2028 ICR = (2.600 + 3.500) / 3.500 = 1,7429. Under an own kader with ICR ≥ 1,8 it is breached.
    eigen = tmp_path / "eigen.toml"
    eigen.write_text('naam = "intern"\nbron = "corporatie"\ngeldig_van = 2024\nbw_versie = "2.0"\n'
                     "[normen.DAEB]\nicr_min = 1.8\nltv_max = 0.6\nsolvabiliteit_min = 0.3\ndekkingsratio_max = 0.7\n",
                     "utf-8")
    b = bereken(invoer, Instellingen(normenkader=str(eigen)))
    r2028 = next(r for r in b.ratios if r.jaar == 2028)
    assert r2028.banden["icr"] == "overschreden"
    # LTV 2027 = 111.000 / 205.000 = 54,15%; krap above 0,9 × 60% = 54%.
    r2027 = next(r for r in b.ratios if r.jaar == 2027)
    assert r2027.banden["ltv"] == "krap"


def test_eigen_kader_fout_is_nederlands(tmp_path: Path) -> None:
    slecht = tmp_path / "slecht.toml"
    slecht.write_text('naam = "x"\n[normen.DAEB]\nicr_min = 1.4\n', "utf-8")
    with pytest.raises(normenkaders.KaderFout, match=r"slecht\.toml: veld normen\.DAEB\.ltv_max ontbreekt"):
        normenkaders.laad_bestand(slecht)


def _takken(tmp_path: Path, ti: bool, afwijking: float = 0.0) -> Path:
    daeb = {"jaren": [2026], "regels": {"kasstroom_operationeel": [3000], "rente_betaald": [2000],
                                        "rente_ontvangen": [100], "beleidswaarde": [100000], "marktwaarde": [200000],
                                        "vhe": [1000]}}
    niet = {"jaren": [2026], "regels": {"kasstroom_operationeel": [500], "rente_betaald": [300],
                                        "rente_ontvangen": [0], "beleidswaarde": [20000], "marktwaarde": [40000],
                                        "vhe": [100]}}
    g = {"Algemeen": algemeen(), "Prognose DAEB": daeb, "Prognose niet-DAEB": niet}
    if ti:
        g["Prognose"] = {"jaren": [2026], "regels": {"kasstroom_operationeel": [3500 + afwijking],
                                                     "rente_betaald": [2300], "rente_ontvangen": [100],
                                                     "beleidswaarde": [120000], "marktwaarde": [240000],
                                                     "vhe": [1100]}}
    return schrijf(tmp_path / "takken.xlsx", g)


def test_ti_icr_uit_takken(tmp_path: Path) -> None:
    b = bereken(_lees(_takken(tmp_path, ti=False)))
    ti = next(r for r in b.ratios if r.tak == "TI")
    # CFO 3.000 + 500 = 3.500; net interest (2.000 − 100) + 300 = 2.200; ICR = (3.500 + 2.200) / 2.200
    assert ti.waarden["icr"] == pytest.approx(5700 / 2200)
    assert ti.waarden["ltv"] is None
    assert "TI-blad ontbreekt" in ti.redenen["ltv"]


def test_optelling_takken_gecontroleerd(tmp_path: Path) -> None:
    b = bereken(_lees(_takken(tmp_path, ti=True)))
    assert not [m for m in b.meldingen if m.soort == "waarschuwing"]
    b = bereken(_lees(_takken(tmp_path, ti=True, afwijking=5)))  # 5 k€ off: beyond the tolerance of 1 unit
    w = [m for m in b.meldingen if m.soort == "waarschuwing"]
    assert len(w) == 1
    assert w[0].tekst == ("kasstroom_operationeel 2026: TI (3.505.000) is niet gelijk aan DAEB + niet-DAEB "
                          "(3.500.000)")
    assert str(w[0].bron) == "Prognose!C2"


def test_horizon_eindigt_bij_gat(tmp_path: Path) -> None:
    daeb = {"jaren": [2026, 2027, 2029], "regels": {k: [v[0], v[1], v[2]] for k, v in WERKVOORBEELD_DAEB["regels"].items()}}
    b = bereken(_lees(schrijf(tmp_path / "gat.xlsx", {"Algemeen": algemeen(), "Prognose DAEB": daeb})))
    assert b.investeringsruimte.horizon == (2026, 2027)
    assert any("heeft een gat na 2027" in m.tekst for m in b.meldingen)


def test_ti_als_daeb_onvolledig(tmp_path: Path) -> None:
    daeb = {"jaren": [2026], "regels": {"kasstroom_operationeel": [3600], "rente_betaald": [3000]}}
    ti = {"jaren": WERKVOORBEELD_DAEB["jaren"], "regels": WERKVOORBEELD_DAEB["regels"]}
    b = bereken(_lees(schrijf(tmp_path / "ti.xlsx", {"Algemeen": algemeen(), "Prognose": ti, "Prognose DAEB": daeb})))
    assert b.investeringsruimte.tak == "TI"
    assert any("Prognose DAEB mist gegevens voor het eerste jaar" in m.tekst for m in b.meldingen)


def test_opgegeven_ratio_en_ongewone_waarde(tmp_path: Path) -> None:
    daeb = {"jaren": [2026], "regels": {**{k: [v[0]] for k, v in WERKVOORBEELD_DAEB["regels"].items()},
                                        "icr_opgegeven": [2.3], "ltv_opgegeven": [0.49], "vhe": [1000]}}
    b = bereken(_lees(schrijf(tmp_path / "opg.xlsx", {"Algemeen": algemeen(), "Prognose DAEB": daeb})))
    r = b.ratios[0]
    assert r.opgegeven == {"icr": 2.3, "ltv": 0.49}
    # schuld per vhe = 101.000.000 / 1.000 = 101.000 > 70.000: check the input
    assert "schuld_per_vhe" in r.opmerkingen


def test_rente_nul_wordt_standaard(tmp_path: Path) -> None:
    b = bereken(_lees(werkvoorbeeld(tmp_path)), Instellingen(rente_nieuwe_leningen=0.0))
    assert b.investeringsruimte.parameters["rente_nieuwe_leningen"] == 0.03
    assert any("rente voor nieuwe leningen moet groter dan 0 zijn" in m.tekst for m in b.meldingen)


def test_eigen_kader_met_het_officiele_ernaast(tmp_path: Path) -> None:
    """rekenregels §3: an own kader is shown side by side with the official one. 2028 ICR 1,7429 breaches the
    own ICR ≥ 1,8 but is ruim against Aw/WSW 2024 (≥ 1,4, krap below 1,54); LTV 2027 54,15% is krap under the
    own ≤ 60% (krap above 54%) and ruim under ≤ 70% (krap above 63%)."""
    from bodcheck import json_uitvoer
    from bodcheck.rapport.financien import ratio_tabel

    invoer = _lees(werkvoorbeeld(tmp_path))
    eigen = tmp_path / "eigen.toml"
    eigen.write_text('naam = "intern"\ntitel = "Interne normen"\nbron = "treasurystatuut"\ngeldig_van = 2024\n'
                     'bw_versie = "2.0"\n[normen.DAEB]\nicr_min = 1.8\nltv_max = 0.6\nsolvabiliteit_min = 0.3\n'
                     "dekkingsratio_max = 0.7\n", "utf-8")
    b = bereken(invoer, Instellingen(normenkader=str(eigen)))
    assert b.normenkader.titel == "Interne normen"
    [officieel] = b.extra_kaders
    assert officieel.naam == "aw-wsw-2024" and not officieel.eigen
    assert normenkaders.band(normenkaders.grens_van(officieel, "DAEB", "icr"), 2.6 / 3.5 + 1) == "ruim"
    assert normenkaders.band(normenkaders.grens_van(officieel, "DAEB", "icr"), 1.5) == "krap"
    assert bereken(invoer).extra_kaders == []  # the official kader alone: nothing next to it

    from bodcheck.pipeline import beoordeel_invoer
    r = beoordeel_invoer(invoer, Instellingen(normenkader=str(eigen)))
    tabel = ratio_tabel(r, "DAEB")
    titels = [rij[0].tekst.strip() for rij in tabel.rijen]
    icr = tabel.rijen[titels.index("ICR") + 1]  # the official kader's line right under the ratio
    assert icr[0].tekst.strip().startswith("naast: Aw/WSW") and icr[1].tekst.startswith("≥ 1,4")
    jaren = [k.kop for k in tabel.kolommen[2:]]
    assert icr[2 + jaren.index("2028")].tekst == "✓"
    assert next(rij for rij in tabel.rijen if rij[0].tekst == "ICR")[2 + jaren.index("2028")].tekst.endswith("✗")

    d = json_uitvoer.als_dict(r)
    [j] = d["naast_normenkaders"]
    assert j["naam"] == "aw-wsw-2024" and j["eigen"] is False
    banden = {(x["jaar"], x["tak"]): x["banden"] for x in j["banden"]}
    assert banden[(2028, "DAEB")]["icr"] == "ruim" and banden[(2027, "DAEB")]["ltv"] == "ruim"
    assert next(x for x in d["ratios"] if (x["jaar"], x["tak"]) == (2027, "DAEB"))["banden"]["ltv"] == "krap"


@pytest.mark.parametrize(("regel", "melding"), [
    ("ltv_max = 65", "eigen.toml: ltv_max = 65 in [normen.TI] is geen fractie; schrijf 0.7 voor 70%"),
    ("ltv_max = 0", "eigen.toml: ltv_max = 0 in [normen.TI] is geen fractie; schrijf 0.7 voor 70%"),
    ("icr_min = 140", "eigen.toml: icr_min = 140 in [normen.TI] kan geen ICR-norm zijn (tussen 0 en 10)"),
])
def test_eigen_kader_in_procenten_geweigerd(tmp_path: Path, regel: str, melding: str) -> None:
    """A norm written as 65 (meant: 65%) would silently allow an LTV of 6.500%: refused, with the fix."""
    velden = {"icr_min": "1.6", "ltv_max": "0.65", "solvabiliteit_min": "0.35", "dekkingsratio_max": "0.6"}
    naam, waarde = (x.strip() for x in regel.split("="))
    velden[naam] = waarde
    eigen = tmp_path / "eigen.toml"
    eigen.write_text('naam = "intern"\n[normen.TI]\n' + "".join(f"{k} = {v}\n" for k, v in velden.items()), "utf-8")
    with pytest.raises(normenkaders.KaderFout) as e:
        normenkaders.laad_bestand(eigen)
    assert str(e.value) == melding
