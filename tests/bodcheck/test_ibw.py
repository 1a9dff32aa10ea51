"""Invoerformat 1.1: the ministry's IBW next to bodcheck's own figure (JSON `ibw`, chapter 8, the Excel
sheet IBW, F03 per vraagpunten.md Revisions 2) and `prognose_basis`. Amounts in the workbook x € 1.000:
IBW nieuwbouw here 12.500 → € 12.500.000 ÷ € 250.000 stichtingskosten = 50 woningen."""

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
IBW = {"ibw_jaar": 2025, "ibw_nieuwbouw": 12_500, "ibw_verbetering": 8_000, "ibw_huurmatiging": 3_000,
       "ibw_nieuwbouw_corporatie": 50_000, "ibw_verbetering_corporatie": 32_000,
       "ibw_huurmatiging_corporatie": 12_000}


def _beoordeel(map_: Path, in_woonvisie: bool = False, **algemeen):
    g = w.bod_gegevens()
    wv = w.woonvisie_gegevens()
    (wv if in_woonvisie else g)["Algemeen"].update(IBW)
    g["Algemeen"].update(algemeen)
    return pipeline.beoordeel(w.schrijf(map_ / "bod.xlsx", g), w.schrijf(map_ / "wv.xlsx", wv, soort="woonvisie"),
                              peildatum=PEIL)


@pytest.fixture(scope="module")
def resultaat(tmp_path_factory: pytest.TempPathFactory):
    return _beoordeel(tmp_path_factory.mktemp("ibw"))


def test_ibw_in_json(resultaat) -> None:
    assert resultaat.fouten == []
    d = json.loads(json_uitvoer.als_tekst(resultaat))["ibw"]
    assert d["jaar"] == 2025
    assert d["gemeente"] == {"nieuwbouw": 12_500_000.0, "verbetering": 8_000_000.0, "huurmatiging": 3_000_000.0}
    assert d["corporatie"] == {"nieuwbouw": 50_000_000.0, "verbetering": 32_000_000.0, "huurmatiging": 12_000_000.0}
    assert d["woningen_nieuwbouw"] == 50
    # bodcheck's own figure for this gemeente: the scenario nieuwbouw eenmalig × 2.500 / 10.000 vhe
    nb = next(s for s in resultaat.berekend.investeringsruimte.scenarios if (s.naam, s.modus) == ("nieuwbouw",
                                                                                                  "eenmalig"))
    assert d["bodcheck_gemeente"]["nieuwbouw"] == pytest.approx(nb.x_totaal * 0.25, abs=0.01)
    assert d["bodcheck_gemeente"]["huurmatiging"] is None
    assert len(d["waarschuwingen"]) == 3 and "alternatieven" in d["waarschuwingen"][0]
    assert d["bronnen"]["ibw_nieuwbouw"].endswith("Algemeen!B" + str(_rij("ibw_nieuwbouw")))


def _rij(code: str) -> int:
    from bodcheck import codes

    return [v.code for v in codes.ALGEMEEN].index(code) + 2


def test_f03_noemt_de_ibw(resultaat) -> None:
    (f03,) = [v for v in resultaat.vraagpunten if v.id == "F03"]
    assert ("Het ministerie noemt in de IBW 2025 voor nieuwbouw in deze gemeente € 12,5 mln, ruwweg 50 woningen. "
            "Ook dat is indicatief: de drie IBW-bedragen (nieuwbouw, verbetering, huurmatiging) zijn "
            "alternatieven, de IBW komt bovenop de plannen die al in uw prognose zitten, en de Autoriteit "
            "woningcorporaties vond haar te positief.") in f03.vraag


def test_f03_zonder_ibw_als_de_prognose_het_bod_niet_bevat(tmp_path: Path) -> None:
    r = _beoordeel(tmp_path, prognose_bevat_bod="nee")
    assert not any("Het ministerie noemt in de IBW" in v.vraag for v in r.vraagpunten)


def test_ibw_uit_het_woonvisiewerkboek(tmp_path: Path) -> None:
    r = _beoordeel(tmp_path, in_woonvisie=True)
    d = json.loads(json_uitvoer.als_tekst(r))["ibw"]
    assert d["gemeente"]["nieuwbouw"] == 12_500_000.0
    assert d["bronnen"]["ibw_nieuwbouw"].startswith("[wv.xlsx]Algemeen!")


def test_ibw_in_rapport_en_excel(resultaat, tmp_path: Path) -> None:
    tekst = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(rapport.pdf_bytes(resultaat))).pages)
    assert "IBW van het ministerie naast de eigen indicatie van bodcheck" in tekst
    assert "€ 12.500.000" in tekst and "€ 50.000.000" in tekst
    assert "De drie IBW-bedragen zijn alternatieven: nieuwbouw, verbetering óf huurmatiging, geen optelsom." in tekst
    ws = load_workbook(rapport.schrijf_excel(resultaat, tmp_path / "uit.xlsx"))["IBW"]
    rijen = list(ws.iter_rows(min_row=3, values_only=True))
    assert [r[:3] for r in rijen[:3]] == [("Nieuwbouw", 12_500_000, 50_000_000), ("Verbetering", 8_000_000, 32_000_000),
                                          ("Huurmatiging", 3_000_000, 12_000_000)]


def test_zonder_ibw_geen_blad_en_null(tmp_path: Path) -> None:
    g = w.bod_gegevens()
    r = pipeline.beoordeel(w.schrijf(tmp_path / "bod.xlsx", g), peildatum=PEIL)
    assert json.loads(json_uitvoer.als_tekst(r))["ibw"] is None
    assert "IBW" not in load_workbook(rapport.schrijf_excel(r, tmp_path / "uit.xlsx")).sheetnames


def test_prognose_basis(tmp_path: Path) -> None:
    r = _beoordeel(tmp_path, prognose_basis="geconsolideerd")
    assert json.loads(json_uitvoer.als_tekst(r))["prognose_basis"] == "geconsolideerd"
    tekst = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(rapport.pdf_bytes(r))).pages)
    assert "Basis van de cijfers: geconsolideerd (met verbindingen)" in tekst
