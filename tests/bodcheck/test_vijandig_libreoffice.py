"""Issue 15, acceptance: a real spreadsheet program opens the hostile exports and evaluates nothing.

LibreOffice headless (`libreoffice-calc-nogui`, installed by scripts/test) converts bodcheck's Excel export of a
bod full of formula-like texts to CSV, every sheet. Each cell that holds such a text in the export must read
back as that same text: not 10 for `=5+5`, not the link text for `=HYPERLINK(…)`. A control workbook with one
real formula, converted in the same run, shows that LibreOffice does evaluate formulas here (so the check can
fail).
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from bodcheck import cli
from tests.bodcheck.inlezen import werkboeken as w

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
VIJANDIG = ["=5+5", '=HYPERLINK("http://voorbeeld.invalid","klik")', "+5+5", "-5+5", "@SUM(1,2)", "=1+1\t"]
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"  # UTF-8, all sheets


def _naar_csv(bestanden: list[Path], uit: Path) -> None:
    profiel = uit.parent / "lo-profiel"
    subprocess.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{profiel}",
                    "--convert-to", CSV_FILTER, "--outdir", str(uit), *map(str, bestanden)],
                   check=True, capture_output=True, timeout=180)


def _csv(pad: Path) -> list[list[str]]:
    with pad.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice ontbreekt; scripts/test installeert libreoffice-calc-nogui")
def test_libreoffice_rekent_geen_tekst_uit_een_export_uit(tmp_path: Path, capsys) -> None:
    g = w.bod_gegevens()
    g["Algemeen"]["corporatie"] = VIJANDIG[0]
    wv = w.woonvisie_gegevens()
    for i, doel in enumerate(wv["Woonvisie"]):
        doel["omschrijving"] = VIJANDIG[1 + i]
    bod = w.schrijf(tmp_path / "bod.xlsx", g)
    wv_pad = w.schrijf(tmp_path / "woonvisie.xlsx", wv, soort="woonvisie")
    export = tmp_path / "export.xlsx"
    assert cli.main(["beoordeel", str(bod), "--woonvisie", str(wv_pad), "--peildatum", "2026-09-01",
                     "--excel", str(export)]) == 0

    controle = tmp_path / "controle.xlsx"
    wb = Workbook()
    wb.active.title = "Blad"
    wb.active["A1"] = "=5+5"  # a real formula
    wb.save(controle)

    uit = tmp_path / "csv"
    _naar_csv([export, controle], uit)
    assert _csv(uit / "controle-Blad.csv")[0][0] == "10", "LibreOffice rekent een echte formule wel uit"

    # every formula-like text in the export, by sheet and cell (read with openpyxl), must come back literally
    gevonden = 0
    for ws in load_workbook(export):
        rijen = _csv(uit / f"export-{ws.title}.csv")
        for rij in ws.iter_rows():
            for c in rij:
                if isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@")):
                    gevonden += 1
                    assert rijen[c.row - 1][c.column - 1] == c.value, (ws.title, c.coordinate)
    assert gevonden >= 3, "de vijandige teksten staan in de export"
