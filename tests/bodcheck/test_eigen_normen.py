"""Invoerformat 1.1 / rekenregels Revisions 2: the corporatie's own norms as a kader next to the official
one, the warning for a looser own norm, and the investeringsruimte to the stricter of both per ratio.

The numbers build on the worked example of rekenregels §4.3 (DAEB, kader 2024: 1,4 / 70% / 30% / 70%,
r = 3%, x € 1.000), here with an own LTV norm of 60% and an own solvabiliteit norm of 20%:
- stricter per ratio: ICR 1,4; LTV 60% (own); solvabiliteit 30% (official: 20% is looser); dekkingsratio 70%.
- H_LTV = 0,6·BW − D = 120.000 − 101.000 = 19.000 (2026); 123.000 − 111.000 = 12.000 (2027);
  126.000 − 113.200 = 12.800 (2028); H_ICR 57.142,86 / 47.142,86 / 28.571,43 and H_SOLV 45.500 / 39.000 /
  40.300 as in §4.3, so LTV binds every year.
- Nieuwbouw eenmalig (v_bw 0,5, y = r): LTV (D + X) / (BW + 0,5·X) ≤ 0,6 → X ≤ (0,6·BW − D) / 0,7:
  27.142,86 / 17.142,86 / 18.285,71 → X_max = 17.142,86 (LTV 2027) = € 17.142.857, ⌊÷ € 250.000⌋ = 68 woningen.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from bodcheck import inlezen, json_uitvoer, pipeline, rapport
from bodcheck.model import Instellingen
from tests.werkboeken import werkvoorbeeld

PEIL = dt.date(2026, 9, 1)


@pytest.fixture(scope="module")
def resultaat(tmp_path_factory: pytest.TempPathFactory):
    pad = werkvoorbeeld(tmp_path_factory.mktemp("eigen"), intern_ltv_max=0.6, intern_solvabiliteit_min=0.2)
    return pipeline.beoordeel(pad, instellingen=Instellingen(rente_nieuwe_leningen=0.03), peildatum=PEIL)


def test_eigen_normen_worden_gelezen(tmp_path: Path) -> None:
    invoer, meldingen = inlezen.lees(werkvoorbeeld(tmp_path, intern_icr_min="1,6", intern_ltv_max=0.75,
                                                   intern_solvabiliteit_min="20%"))
    assert invoer.veld("intern_icr_min") == 1.6
    assert invoer.veld("intern_ltv_max") == 0.75  # the template formats the cell as a percentage
    assert invoer.veld("intern_solvabiliteit_min") == 0.20
    assert not [m for m in meldingen if m.soort == "fout"]


def test_eigen_kader_naast_het_officiele(resultaat) -> None:
    assert resultaat.fouten == []
    (eigen,) = resultaat.berekend.extra_kaders
    assert (eigen.naam, eigen.titel, eigen.eigen) == ("eigen-normen-corporatie", "Eigen normen corporatie", True)
    # own where given, official where not; niet-DAEB keeps the official kader
    assert eigen.normen["DAEB"]["ltv"].grens == 0.6 and eigen.normen["TI"]["ltv"].grens == 0.6
    assert eigen.normen["DAEB"]["solvabiliteit"].grens == 0.2
    assert eigen.normen["DAEB"]["icr"].grens == 1.4 and eigen.normen["DAEB"]["dekkingsratio"].grens == 0.7
    assert eigen.normen["niet-DAEB"]["ltv"].grens == resultaat.berekend.normenkader.normen["niet-DAEB"]["ltv"].grens
    d = json.loads(json_uitvoer.als_tekst(resultaat))
    (naast,) = d["naast_normenkaders"]
    # LTV 50,50% / 54,15% / 53,90% (§4.3) against 60% with the krap band from 60% × 0,9 = 54%
    assert [b["banden"]["ltv"] for b in naast["banden"]] == ["ruim", "krap", "ruim"]
    assert naast["normen"]["DAEB"]["ltv"]["grens"] == 0.6


def test_ruimere_eigen_norm_geeft_een_waarschuwing(resultaat) -> None:
    ws = [m for m in resultaat.meldingen if m.soort == "waarschuwing"]
    assert [(m.tekst, str(m.bron)) for m in ws] == [(
        "Eigen norm solvabiliteit (20,0%) is ruimer dan de norm van Aw/WSW herijking juni 2024 voor TI (≥ 30,0%). "
        "Een eigen norm heeft vaak een andere grondslag, bijvoorbeeld solvabiliteit op marktwaarde; vraag de "
        "corporatie welke.", "Algemeen!B" + str(_rij("intern_solvabiliteit_min")))]


def _rij(code: str) -> int:
    from bodcheck import codes

    return [v.code for v in codes.ALGEMEEN].index(code) + 2


def test_investeringsruimte_binnen_eigen_normen(resultaat) -> None:
    e = resultaat.berekend.investeringsruimte.eigen_normen
    assert e.normen == {"icr_min": 1.4, "ltv_max": 0.6, "solvabiliteit_min": 0.3, "dekkingsratio_max": 0.7}
    assert [(p.jaar, p.bindende_norm) for p in e.per_jaar] == [(2026, "ltv"), (2027, "ltv"), (2028, "ltv")]
    assert [p.extra_schuld for p in e.per_jaar] == pytest.approx([19_000_000, 12_000_000, 12_800_000])
    assert e.nieuwbouw.x_max == pytest.approx(12_000_000 / 0.7, rel=1e-6)
    assert (e.nieuwbouw.bindende_norm, e.nieuwbouw.bindend_jaar, e.nieuwbouw.woningen) == ("ltv", 2027, 68)
    # the official figures are unchanged: X_max 50.000 (LTV 2027), §4.3
    nb = resultaat.berekend.investeringsruimte.scenarios[0]
    assert nb.x_max == pytest.approx(50_000_000, rel=1e-6)
    d = json.loads(json_uitvoer.als_tekst(resultaat))["investeringsruimte"]["eigen_normen"]
    assert d["nieuwbouw"]["x_max"] == pytest.approx(17_142_857.14, abs=0.01)
    assert d["normen"]["ltv_max"] == 0.6


def test_eigen_normen_in_rapport_en_excel(resultaat, tmp_path: Path) -> None:
    tekst = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(rapport.pdf_bytes(resultaat))).pages)
    assert "Daarnaast staan de eigen normen van de corporatie in de tabellen" in tekst
    # € 17.142.857 said as an indicative amount in the report (€ 17,1 mln, as the tables); exact in the Excel export
    assert ("Ruimte binnen de eigen normen van de corporatie: € 17,1 mln eenmalig voor nieuwbouw, ongeveer 68 "
            "woningen; bindend is de LTV in 2027.") in tekst
    ws = load_workbook(rapport.schrijf_excel(resultaat, tmp_path / "uit.xlsx"))["Scenario's"]
    namen = [r[0] for r in ws.iter_rows(min_row=3, values_only=True)]
    assert namen[-1] == "Nieuwbouw, binnen eigen normen"


def test_zonder_eigen_normen_geen_extra_kader(tmp_path: Path) -> None:
    r = pipeline.beoordeel(werkvoorbeeld(tmp_path), peildatum=PEIL)
    assert r.berekend.extra_kaders == [] and r.berekend.investeringsruimte.eigen_normen is None
