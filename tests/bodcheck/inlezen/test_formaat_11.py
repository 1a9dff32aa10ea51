"""Invoerformat 1.1 in the reader (../shared/spec/invoerformat.md § Version 1.1): the format version, year
and period columns, `richting`, the new Algemeen fields. Every workbook is written by the real template
writer and read back; expected values are worked out by hand in the comments."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from bodcheck import beoordeling, inlezen, json_uitvoer, pipeline, voorbeeld
from tests.bodcheck.inlezen import werkboeken as w

BASIS = Path(__file__).parent / "data" / "voorbeeld_v1_basis.json"


def _zonder_toegevoegd(nieuw: Any, oud: Any, pad: str = "") -> Any:
    """`nieuw` with every dict key removed that `oud` does not have at the same place (keys added later)."""
    if isinstance(nieuw, dict) and isinstance(oud, dict):
        return {k: _zonder_toegevoegd(v, oud[k], f"{pad}.{k}") for k, v in nieuw.items() if k in oud}
    if isinstance(nieuw, list) and isinstance(oud, list) and len(nieuw) == len(oud):
        return [_zonder_toegevoegd(a, b, f"{pad}[{i}]") for i, (a, b) in enumerate(zip(nieuw, oud, strict=True))]
    return nieuw


def test_v1_voorbeeld_geeft_dezelfde_json_op_toegevoegde_sleutels_na(tmp_path: Path) -> None:
    """Acceptance of issue 17: the bundled v1 example (formaatversie 1) gives the same JSON as before
    format 1.1, apart from added keys. The baseline is written by main's code (maak_basis.py says how; same
    workbooks, peildatum 1-9-2026), so it holds v1 behaviour without this issue's changes."""
    bod, wv = voorbeeld.schrijf_werkboeken(tmp_path)
    b, _ = beoordeling.nieuw(bod, wv)
    assert b.invoer.veld("formaatversie") == 1
    r = pipeline.beoordeel_invoer(b.invoer, b.instellingen, dt.date(2026, 9, 1), b.meldingen)
    nieuw = json.loads(json_uitvoer.als_tekst(r))
    oud = json.loads(BASIS.read_text("utf-8"))
    assert _zonder_toegevoegd(nieuw, oud) == oud


def _lees(pad: Path):
    invoer, meldingen = inlezen.lees(pad)
    return invoer, [m.regel_tekst() for m in meldingen if m.soort in ("fout", "waarschuwing")]


@pytest.mark.parametrize(("waarde", "verwacht"), [(1.1, 1.1), ("1.1", 1.1), ("1,1", 1.1), (1, 1), ("1", 1)])
def test_formaatversie_1_en_1_1_worden_gelezen(tmp_path: Path, waarde: Any, verwacht: float) -> None:
    g = w.bod_gegevens()
    g["Algemeen"]["formaatversie"] = waarde
    invoer, problemen = _lees(w.schrijf(tmp_path / "bod.xlsx", g))
    assert problemen == []
    assert invoer.veld("formaatversie") == verwacht


def test_sjabloon_schrijft_formaatversie_1_1_als_getal(tmp_path: Path) -> None:
    from bodcheck import sjabloon

    ws = load_workbook(sjabloon.schrijf(tmp_path / "leeg.xlsx"))["Algemeen"]
    assert ws["A2"].value == "Formaatversie" and ws["B2"].value == 1.1


def _kop(pad: Path, blad: str, kolommen: dict[str, Any]) -> Path:
    wb = load_workbook(pad)
    for cel, waarde in kolommen.items():
        wb[blad][cel] = waarde
    wb.save(pad)
    return pad


def test_jaarkolommen_in_willekeurige_volgorde(tmp_path: Path) -> None:
    pad = w.schrijf(tmp_path / "bod.xlsx", w.bod_gegevens())
    # Bod: C..G = 2027..2031; swap the headers of C and G: the values of column C now belong to 2031.
    _kop(pad, "Bod", {"C1": 2031, "G1": 2027})
    invoer, problemen = _lees(pad)
    assert problemen == []
    assert invoer.bod.getal("nieuwbouw_sociaal", 2031) == 20  # the value under the 2031 header (column C)
    assert invoer.bod.getal("nieuwbouw_sociaal", 2027) == 30
    assert str(invoer.bod.bron("nieuwbouw_sociaal", 2031)) == "Bod!C2"


def test_dubbel_jaar_noemt_beide_cellen(tmp_path: Path) -> None:
    pad = _kop(w.schrijf(tmp_path / "bod.xlsx", w.bod_gegevens()), "Bod", {"F1": 2027})
    _, problemen = _lees(pad)
    assert problemen == ["bod.xlsx: Bod!F1: jaar 2027 staat twee keer in de kopregel (in C1 en F1)"]


@pytest.mark.parametrize("jaar", [1899, 2101, 3000])
def test_jaar_buiten_1900_2100_is_een_fout(tmp_path: Path, jaar: int) -> None:
    pad = _kop(w.schrijf(tmp_path / "bod.xlsx", w.bod_gegevens()), "Prognose", {"D1": jaar})
    _, problemen = _lees(pad)
    assert problemen == [f"bod.xlsx: Prognose!D1: jaar {jaar} in de kopregel ligt buiten 1900–2100"]
