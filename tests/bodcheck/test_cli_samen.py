"""`bodcheck gemeente MAP` and `bodcheck regio MAP` on the command line (the rules are tested in samen/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bodcheck import voorbeeld_regio_data
from bodcheck.cli import main


def test_gemeente_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    map_ = voorbeeld_regio_data.schrijf_gemeente_voorbeeld(tmp_path / "aaberg")
    assert main(["gemeente", str(map_), "--json", "-", "--peildatum", "2026-09-01"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "bodcheck/gemeente/1" and data["gemeente"] == "Aaberg"
    assert [c["corporatie"] for c in data["corporaties"]] == [
        "Woonstichting De Lindehof", "Stichting Wonen Aadal", "Woningbouwvereniging Ons Huis"]
    # verduurzaming 2027–2031: 570 + 40 + 30 = 640 against the woonvisie's 600 (none meets it alone)
    v = next(s for s in data["samen"] if s["code"] == "verduurzaming")
    assert (v["doel"], v["bod"], v["status"]) == (600, 640, "voldoet")
    assert {p["id"] for p in data["vraagpunten"]} >= {"S01", "S02"}


def test_regio_samenvatting_en_rapport(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    map_ = voorbeeld_regio_data.schrijf_regio_voorbeeld(tmp_path / "regio")
    assert main(["regio", str(map_), "--peildatum", "2026-09-01"]) == 0
    assert "Aa-vallei" in capsys.readouterr().out
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    assert main(["regio", str(map_), "--peildatum", "2026-09-01", "--rapport", str(pdf), "--excel", str(xlsx)]) == 0
    assert "Aa-vallei" in PdfReader(pdf).pages[0].extract_text()
    assert xlsx.read_bytes()[:2] == b"PK"


def test_lege_map_is_invoerfout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "leeg").mkdir()
    uit = tmp_path / "uit.json"
    assert main(["gemeente", str(tmp_path / "leeg"), "--json", str(uit)]) == 2
    fout = capsys.readouterr().err
    assert fout.startswith("bodcheck: ") and "Traceback" not in fout
    assert not uit.exists()
    assert main(["regio", str(tmp_path / "bestaat-niet")]) == 2
    assert "dit is geen map" in capsys.readouterr().err
