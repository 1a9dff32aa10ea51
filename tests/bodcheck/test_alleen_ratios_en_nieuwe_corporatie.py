"""Invoerformat 1.1: a prognosis of published ratios only (`*_opgegeven`), and a corporatie with no homes in
the gemeente yet (`vhe_gemeente` = 0). Real workbooks through the pipeline, the JSON, the PDF (pypdf) and
the Excel export (openpyxl); figures by hand in the comments."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from bodcheck import json_uitvoer, pipeline, rapport
from tests.bodcheck.inlezen import werkboeken as w

PEIL = dt.date(2026, 9, 1)


def _alleen_ratios(tmp_path: Path):
    g = w.bod_gegevens()
    # As an annual report prints them: ICR 1,9 and 1,7; LTV 62% and 66%; solvabiliteit 38%; dekkingsratio 41%.
    g["Prognose DAEB"] = {"jaren": [2026, 2027], "regels": {
        "icr_opgegeven": [1.9, 1.7], "ltv_opgegeven": [0.62, 0.66],
        "solvabiliteit_opgegeven": [0.38, None], "dekkingsratio_opgegeven": [0.41, 0.43]}}
    del g["Prognose"]
    return pipeline.beoordeel(w.schrijf(tmp_path / "bod.xlsx", g), peildatum=PEIL)


def test_alleen_opgegeven_ratios_worden_getoetst_als_opgegeven(tmp_path: Path) -> None:
    r = _alleen_ratios(tmp_path)
    assert r.fouten == []
    daeb = {x.jaar: x for x in r.berekend.ratios if x.tak == "DAEB"}
    assert {x.herkomst for x in daeb.values()} == {"opgegeven"}
    assert daeb[2026].waarden["icr"] == 1.9 and daeb[2027].waarden["ltv"] == 0.66
    assert daeb[2027].waarden["solvabiliteit"] is None
    assert daeb[2027].redenen["solvabiliteit"] == "niet opgegeven door de corporatie"
    # Aw/WSW 2024 DAEB: ICR ≥ 1,4 (krap below 1,4 × 1,1 = 1,54): 1,7 is ruim; LTV ≤ 70% (krap above 63%):
    # 62% ruim, 66% krap.
    assert (daeb[2027].banden["icr"], daeb[2026].banden["ltv"], daeb[2027].banden["ltv"]) == ("ruim", "ruim", "krap")
    assert str(r.berekend.ratios[0].bronnen["icr"][0]) == "Prognose DAEB!C2"
    assert r.berekend.investeringsruimte is None
    d = json.loads(json_uitvoer.als_tekst(r))
    assert [(x["jaar"], x["herkomst"], x["icr"]) for x in d["ratios"]] == [(2026, "opgegeven", 1.9),
                                                                          (2027, "opgegeven", 1.7)]
    assert d["investeringsruimte"] is None
    assert not {"F05"} & {v.id for v in r.vraagpunten}  # nothing to compare a published ratio with


def test_alleen_ratios_in_rapport_en_excel(tmp_path: Path) -> None:
    r = _alleen_ratios(tmp_path)
    tekst = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(rapport.pdf_bytes(r))).pages)
    tekst = " ".join(tekst.split())
    assert "Kerncijfers DAEB (sociale tak), opgegeven door de corporatie" in tekst
    # one line in chapter 8 (the appendix lists every melding, this one too)
    assert tekst.count("De kerncijfers zijn zoals de corporatie ze publiceert; de investeringsruimte is niet te "
                       "berekenen: de bedragen ontbreken.") == 1
    ws = load_workbook(rapport.schrijf_excel(r, tmp_path / "uit.xlsx"))["Kerncijfers"]
    kop = [c.value for c in ws[2]]  # row 1 is the title
    herkomst = {row[kop.index("Herkomst")] for row in ws.iter_rows(min_row=3, values_only=True) if row[0]}
    assert herkomst == {"opgegeven door de corporatie"}


def test_nieuwe_corporatie_in_de_gemeente(tmp_path: Path) -> None:
    g = w.bod_gegevens()
    g["Algemeen"]["vhe_gemeente"] = 0
    g["Bod"]["regels"]["voorraad_sociaal"] = [0, 0, 30, 30, 30]
    r = pipeline.beoordeel(w.schrijf(tmp_path / "bod.xlsx", g),
                           w.schrijf(tmp_path / "wv.xlsx", w.woonvisie_gegevens(), soort="woonvisie"), peildatum=PEIL)
    assert r.fouten == []
    ir = r.berekend.investeringsruimte
    assert ir.aandeel_gemeente == 0 and ir.ruimte_gemeente == 0
    teksten = {m.tekst: m for m in r.meldingen}
    m = teksten["De corporatie heeft nog geen woongelegenheden in deze gemeente: het aandeel van de gemeente in "
                "de investeringsruimte is 0."]
    assert str(m.bron) == "[bod.xlsx]Algemeen!B10"  # two workbooks read: the bron names the file
    # the targets without aandeel_corporatie are not charged to it (vraagpunten.md Revisions 2)
    assert {(v.code, v.status) for v in r.vergelijking if v.soort} == {("nieuwbouw_sociaal", "niet_toegerekend"),
                                                                      ("woningen_efg", "niet_toegerekend")}
    assert [t for t in teksten if t.startswith("Niet toegerekend aan deze corporatie:")]
    assert json.loads(json_uitvoer.als_tekst(r))["investeringsruimte"]["aandeel_gemeente"] == 0.0


@pytest.mark.parametrize("vhe_gemeente", [None, 2_500])
def test_geen_melding_als_de_corporatie_er_al_woningen_heeft(tmp_path: Path, vhe_gemeente: int | None) -> None:
    g = w.bod_gegevens()
    g["Algemeen"]["vhe_gemeente"] = vhe_gemeente
    r = pipeline.beoordeel(w.schrijf(tmp_path / "bod.xlsx", g),
                           w.schrijf(tmp_path / "wv.xlsx", w.woonvisie_gegevens(), soort="woonvisie"), peildatum=PEIL)
    assert not [m for m in r.meldingen if "nog geen wo" in m.tekst or "Niet toegerekend" in m.tekst]
