"""`bodcheck afspraken` on a saved assessment: outputs, JSON schema, refusals, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from bodcheck import beoordeling
from bodcheck.cli import main


@pytest.fixture(scope="module")
def bestand(voorbeeld_beoordeling, tmp_path_factory: pytest.TempPathFactory) -> Path:
    b, _ = voorbeeld_beoordeling
    return beoordeling.opslaan(b, tmp_path_factory.mktemp("cli") / "overleg.bodcheck")


def test_json_naar_de_terminal(bestand: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["afspraken", str(bestand), "--json", "-", "--peildatum", "2026-09-01"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["schema"], data["corporatie"], data["gemeente"]) == ("bodcheck/afspraken/1",
                                                                      "Woonstichting De Lindehof", "Aaberg")
    assert (data["van_jaar"], data["tot_jaar"]) == (2027, 2031)
    eerste = data["afspraken"][0]
    assert {k: eerste[k] for k in ("bron", "indicator", "waarde", "eenheid", "per", "van_jaar", "tot_jaar", "wie")} == {
        "bron": "vraagpunt B01", "indicator": "nieuwbouw_sociaal", "waarde": 160, "eenheid": "aantal", "per": "periode",
        "van_jaar": 2027, "tot_jaar": 2031, "wie": "corporatie"}
    # the "zet in op" afspraak (second since P06 ranks the largest gap first and verduurzaming's 20% is laag)
    assert [a["toets"] for a in data["afspraken"]][1] == {"s": "nee", "m": "nee", "t": "ja", "r": "nvt", "tijd": "nee"}
    assert [(b["id"], b["nummer"], b["afspraak"]) for b in data["bevindingen"]] == [("A01", 1, 2), ("A01", 2, 3),
                                                                                   ("A01", 3, 5)]


def test_alle_bestanden_en_de_nieuwe_gemeenterij(bestand: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    uit = {k: tmp_path / n for k, n in (("--docx", "c.docx"), ("--sjabloon", "s.xlsx"),
                                        ("--woonvisie-werkboek", "w.xlsx"), ("--json", "a.json"))}
    args = [x for k, p in uit.items() for x in (k, str(p))]
    assert main(["afspraken", str(bestand), *args, "--auteur", "Team Wonen", "--peildatum", "2026-09-01"]) == 0
    assert capsys.readouterr().out.splitlines() == [f"Geschreven: {p}" for p in uit.values()]
    gemeente = openpyxl.load_workbook(uit["--woonvisie-werkboek"])["Gemeente"]
    rijen = [r for r in gemeente.iter_rows(min_row=2, values_only=True)]
    # the gemeente's own rows as read, then the afspraak of the gemeente as a toegezegd row
    assert rijen[-1] == ("wonen_zorg", "Woonzorgvisie vastgesteld door de gemeenteraad", 2027, None, None, "toegezegd")
    assert len(rijen) == 11 + 1  # the example's Gemeente sheet has 11 rows (voorbeeld_data._GEMEENTE)
    assert rijen[0][1].startswith("Bestemmingsplan bouwlocatie Molenweg")


def test_bestaand_bestand_blijft_staan_zonder_overschrijf(bestand: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    docx = tmp_path / "concept.docx"
    docx.write_bytes(b"mijn bewerkte versie")
    json_pad = tmp_path / "a.json"
    assert main(["afspraken", str(bestand), "--docx", str(docx), "--json", str(json_pad)]) == 2
    assert capsys.readouterr().err == f"bodcheck: {docx}: bestaat al; geef --overschrijf om het te vervangen\n"
    assert docx.read_bytes() == b"mijn bewerkte versie" and not json_pad.exists()  # all or none
    assert main(["afspraken", str(bestand), "--docx", str(docx), "--overschrijf"]) == 0
    assert docx.read_bytes()[:2] == b"PK"


def test_uitvoer_gelijk_aan_invoer_wordt_geweigerd_voor_het_lezen(bestand: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    voor = bestand.read_bytes()
    assert main(["afspraken", str(bestand), "--json", str(bestand), "--overschrijf"]) == 2
    assert f"--json {bestand} is hetzelfde bestand als de invoer beoordeling {bestand}" in capsys.readouterr().err
    assert bestand.read_bytes() == voor


def test_werkboek_in_plaats_van_beoordeling(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["afspraken", str(tmp_path / "bod.xlsx")]) == 2
    assert capsys.readouterr().err == ("bodcheck: bod.xlsx: geef een opgeslagen beoordeling (.bodcheck); bewaar de "
                                       "beoordeling eerst in het programma\n")


def test_zelfde_invoer_zelfde_json(bestand: Path, capsys: pytest.CaptureFixture[str]) -> None:
    uit = []
    for _ in range(2):
        assert main(["afspraken", str(bestand), "--json", "-", "--peildatum", "2026-09-01"]) == 0
        uit.append(capsys.readouterr().out)
    assert uit[0] == uit[1] and uit[0].endswith("}\n")
