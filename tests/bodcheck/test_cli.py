"""The command line per uitvoer.md: the worked example as JSON, exit codes, Dutch messages, no traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bodcheck import beoordeling, inlezen
from bodcheck.cli import main
from tests.werkboeken import werkvoorbeeld

K = 1_000.0  # the example is in k€; JSON amounts are in euros


def _json(tmp_path: Path, *extra: str, capsys: pytest.CaptureFixture[str]) -> dict:
    wb = werkvoorbeeld(tmp_path, vhe_totaal=4000, vhe_gemeente=1000)
    assert main(["beoordeel", str(wb), "--json", "-", "--peildatum", "2026-09-01", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_werkvoorbeeld_json_ratios(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(tmp_path, capsys=capsys)
    assert data["schema"] == "bodcheck/beoordeling/1"
    assert data["normenkader"]["naam"] == "aw-wsw-2024"
    daeb = {r["jaar"]: r for r in data["ratios"] if r["tak"] == "DAEB"}
    # rekenregels §4.3: ICR 2,20 / 2,00 / 1,7429; LTV 50,50% / 54,15% / 53,90%;
    # solvabiliteit 51,16% / 47,73% / 47,91%; dekkingsratio 25,25% / 27,07% / 26,95%.
    verwacht = {
        2026: (2.20, 0.5050, 0.5116, 0.2525),
        2027: (2.00, 0.5415, 0.4773, 0.2707),
        2028: (1.7429, 0.5390, 0.4791, 0.2695),
    }
    for jaar, (icr, ltv, solv, dr) in verwacht.items():
        r = daeb[jaar]
        assert r["icr"] == pytest.approx(icr, abs=1e-4)
        assert r["ltv"] == pytest.approx(ltv, abs=1e-4)
        assert r["solvabiliteit"] == pytest.approx(solv, abs=1e-4)
        assert r["dekkingsratio"] == pytest.approx(dr, abs=1e-4)
        assert r["onderpandratio"] is None
        assert r["banden"] == {"icr": "ruim", "ltv": "ruim", "solvabiliteit": "ruim", "dekkingsratio": "ruim"}


def test_werkvoorbeeld_json_investeringsruimte(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ir = _json(tmp_path, capsys=capsys)["investeringsruimte"]
    assert ir["tak"] == "DAEB"
    assert ir["horizon"] == [2026, 2027, 2028]
    per_jaar = {p["jaar"]: p for p in ir["per_jaar"]}
    # §4.3: headroom 2026 39.000 (LTV); 2027 32.500 (LTV); 2028 28.571,43 (ICR)
    assert per_jaar[2026]["extra_schuld"] == pytest.approx(39_000 * K, abs=10)
    assert per_jaar[2026]["bindende_norm"] == "ltv"
    assert per_jaar[2027]["extra_schuld"] == pytest.approx(32_500 * K, abs=10)
    assert per_jaar[2027]["bindende_norm"] == "ltv"
    assert per_jaar[2028]["extra_schuld"] == pytest.approx(28_571.43 * K, abs=10)
    assert per_jaar[2028]["bindende_norm"] == "icr"
    # H_ICR 57.142,86 / 47.142,86 / 28.571,43; H_SOLV 45.500 / 39.000 / 40.300; H_DR 179.000 / 176.000 / 180.800
    for jaar, (h_icr, h_solv, h_dr) in {2026: (57_142.86, 45_500, 179_000), 2027: (47_142.86, 39_000, 176_000),
                                        2028: (28_571.43, 40_300, 180_800)}.items():
        pn = per_jaar[jaar]["per_norm"]
        assert pn["icr"] == pytest.approx(h_icr * K, abs=10)
        assert pn["solvabiliteit"] == pytest.approx(h_solv * K, abs=10)
        assert pn["dekkingsratio"] == pytest.approx(h_dr * K, abs=10)
    sc = {(s["naam"], s["modus"]): s for s in ir["scenarios"]}
    # §4.3: nieuwbouw eenmalig 50.000 (LTV 2027); gelijkmatig 17.333,33/jaar, 52.000 totaal (LTV 2028);
    # verbetering eenmalig 26.931,31 (ICR 2028); gelijkmatig 9.243,72/jaar (ICR 2028).
    for sleutel, (x_max, norm, jaar) in {("nieuwbouw", "eenmalig"): (50_000, "ltv", 2027),
                                         ("nieuwbouw", "gelijkmatig"): (17_333.33, "ltv", 2028),
                                         ("verbetering", "eenmalig"): (26_931.31, "icr", 2028),
                                         ("verbetering", "gelijkmatig"): (9_243.72, "icr", 2028)}.items():
        s = sc[sleutel]
        assert s["x_max"] == pytest.approx(x_max * K, abs=10)
        assert (s["bindende_norm"], s["bindend_jaar"]) == (norm, jaar)
    assert sc[("nieuwbouw", "gelijkmatig")]["x_totaal"] == pytest.approx(52_000 * K, abs=10)
    # woningen = floor(X / 250.000): 50.000.000 / 250.000 = 200
    assert sc[("nieuwbouw", "eenmalig")]["woningen"] == 200
    assert sc[("verbetering", "eenmalig")]["woningen"] is None
    # aandeel = 1.000 / 4.000 vhe; ruimte_gemeente = 0,25 × 50.000 k€
    assert ir["aandeel_gemeente"] == 0.25
    assert ir["ruimte_gemeente"] == pytest.approx(12_500 * K, abs=1)
    assert "geen geld op de plank" in ir["methode"]


def test_json_is_byte_identiek(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wb = werkvoorbeeld(tmp_path)
    uit = []
    for naam in ("a.json", "b.json"):
        assert main(["beoordeel", str(wb), "--json", str(tmp_path / naam), "--peildatum", "2026-09-01"]) == 0
        uit.append((tmp_path / naam).read_bytes())
    assert uit[0] == uit[1]


def test_samenvatting_zonder_uitvoeroptie(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wb = werkvoorbeeld(tmp_path)
    assert main(["beoordeel", str(wb), "--peildatum", "2026-09-01"]) == 0
    uit = capsys.readouterr().out
    assert "Woonstichting Test — bod 2026 aan gemeente Aaberg" in uit
    assert "Investeringsruimte (DAEB, indicatief, nieuwbouw eenmalig): € 50.000.000" in uit


@pytest.mark.parametrize(("inhoud", "verwacht"), [
    (b"", "bestand is leeg (0 bytes)"),
    (b"%PDF-1.4 hallo", "dit is een PDF en geen Excel-werkboek; bodcheck leest het bod uit het ingevulde sjabloon "
                        "(.xlsx) van de corporatie, en heeft u alleen de PDF, kies dan in het programma Nieuwe "
                        "beoordeling invullen… en neem de cijfers over"),
    (b"code;2026\nvhe;12\n", "dit is een tekstbestand (zoals csv), geen Excel-werkboek (.xlsx); "
                            "gebruik het sjabloon van bodcheck"),
    (b"PK\x03\x04 kapot", "het werkboek is beschadigd of niet helemaal overgekomen; vraag de corporatie het opnieuw "
                          "te sturen, of open het in Excel of LibreOffice en bewaar het opnieuw als .xlsx"),
])
def test_onbruikbaar_bestand_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], inhoud: bytes,
                                    verwacht: str) -> None:
    pad = tmp_path / "bod.xlsx"
    pad.write_bytes(inhoud)
    uit = tmp_path / "uit.json"
    assert main(["beoordeel", str(pad), "--json", str(uit)]) == 2
    fout = capsys.readouterr().err
    assert fout == f"bodcheck: bod.xlsx: {verwacht}\n"
    assert not uit.exists()


def test_ontbrekend_blad_en_veld_noemen_cel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bodcheck import sjabloon

    pad = sjabloon.schrijf(tmp_path / "bod.xlsx", {"Algemeen": {"gemeente": "Aaberg", "bodjaar": 2026},
                                                   "Bod": {"jaren": [2027], "regels": {"nieuwbouw_sociaal": [10]}}})
    assert main(["beoordeel", str(pad)]) == 2
    # Corporatie is the 2nd field of Algemeen (row 3); its value cell is B3.
    assert capsys.readouterr().err == "bodcheck: bod.xlsx: Algemeen!B3: verplicht veld Corporatie ontbreekt\n"


def test_niet_bestaand_bestand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["beoordeel", str(tmp_path / "weg.xlsx")]) == 2
    assert capsys.readouterr().err == "bodcheck: weg.xlsx: bestand niet gevonden\n"


def test_gebruiksfout_is_nederlands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["beoordeel"])
    assert e.value.code == 2
    fout = capsys.readouterr().err
    assert "deze argumenten ontbreken: bod" in fout
    assert "Gebruik:" in fout


def test_onbekend_normenkader(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wb = werkvoorbeeld(tmp_path)
    assert main(["beoordeel", str(wb), "--normen", "aw-wsw-1999"]) == 2
    assert capsys.readouterr().err == ("bodcheck: normenkader aw-wsw-1999 bestaat niet; kies uit aw-wsw-2019, "
                                       "aw-wsw-2020, aw-wsw-2024 of geef een .toml-bestand\n")


def test_normen_lijst(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normen"]) == 0
    uit = capsys.readouterr().out
    assert "aw-wsw-2024" in uit
    assert "DAEB       ICR ≥ 1,40  LTV ≤ 70%  solvabiliteit ≥ 30%  dekkingsratio ≤ 70%" in uit
    assert "niet-DAEB  ICR ≥ 1,80" in uit
    assert "TI         ICR ≥ 1,40  LTV ≤ 85%  solvabiliteit ≥ 15%" in uit  # the 2020 kader


def test_sjabloon_schrijven_en_teruglezen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    uit = tmp_path / "sjabloon.xlsx"
    assert main(["sjabloon", str(uit), "--bodjaar", "2027"]) == 0
    from openpyxl import load_workbook

    wb = load_workbook(uit)
    assert wb.sheetnames[:3] == ["Uitleg", "Algemeen", "Prognose"]
    bod = wb["Bod"]
    assert [c.value for c in bod[1]][:7] == ["code", "omschrijving", 2028, 2029, 2030, 2031, 2032]
    assert bod.data_validations is not None
    assert wb["Algemeen"].data_validations.dataValidation  # ja/nee, eenheid, dates
    # The empty template names exactly what is still missing.
    _, meldingen = inlezen.lees(uit)
    assert [m.tekst for m in meldingen if m.soort == "fout"] == [
        "verplicht veld Corporatie ontbreekt", "verplicht veld Gemeente ontbreekt", "verplicht veld Bodjaar ontbreekt"]


def test_versie(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    assert capsys.readouterr().out.startswith("bodcheck ")


def test_geen_traceback_in_subprocess(tmp_path: Path) -> None:
    pad = tmp_path / "kapot.xlsx"
    pad.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    p = subprocess.run([sys.executable, "-m", "bodcheck", "beoordeel", str(pad)], capture_output=True, text=True,
                       timeout=60)
    assert p.returncode == 2
    assert "Traceback" not in p.stderr
    assert p.stderr.startswith("bodcheck: kapot.xlsx: ")


def test_beoordeel_opgeslagen_beoordeling_met_notities(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    from bodcheck import beoordeling
    from bodcheck.model import Notitie

    b, _ = beoordeling.nieuw(werkvoorbeeld(tmp_path))
    # F06 fires on the worked example: DAEB ICR falls from 2,20 (2026) to 1,74 (2028), more than 0,3.
    b.notities["F06|DAEB:icr"] = Notitie(notitie="Vragen naar de rentestrategie", antwoord="Rente vastgezet tot 2030")
    pad = beoordeling.opslaan(b, tmp_path / "eigen.bodcheck")
    rapport = tmp_path / "r.pdf"
    assert main(["beoordeel", str(pad), "--rapport", str(rapport), "--peildatum", "2026-09-01"]) == 0
    tekst = " ".join(p.extract_text() for p in PdfReader(rapport).pages)
    assert "Vragen naar de rentestrategie" in tekst and "Rente vastgezet tot 2030" in tekst

    excel = tmp_path / "w.xlsx"
    assert main(["beoordeel", str(pad), "--rapport", str(rapport), "--excel", str(excel), "--wederhoor",
                 "--peildatum", "2026-09-01"]) == 0
    tekst = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(rapport).pages)
    assert "versie voor wederhoor" in tekst
    assert "Vragen naar de rentestrategie" not in tekst and "Rente vastgezet tot 2030" not in tekst
    import openpyxl

    cellen = {str(v) for ws in openpyxl.load_workbook(excel).worksheets for r in ws.iter_rows(values_only=True)
              for v in r if v is not None}
    assert not {"Vragen naar de rentestrategie", "Rente vastgezet tot 2030"} & cellen
    assert main(["beoordeel", str(pad), "--woonvisie", str(pad)]) == 2
    assert "bevat de woonvisie al" in capsys.readouterr().err


def test_kapotte_beoordeling_is_invoerfout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pad = tmp_path / "kapot.bodcheck"
    pad.write_text("{niet af", "utf-8")
    assert main(["beoordeel", str(pad)]) == 2
    fout = capsys.readouterr().err
    assert fout.startswith("bodcheck: kapot.bodcheck") and "Traceback" not in fout


def test_voorbeeld_schrijft_alles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    map_ = tmp_path / "vb"
    assert main(["voorbeeld", str(map_)]) == 0  # dated by the example's own timeline, not by today
    assert json.loads((map_ / "beoordeling.json").read_text("utf-8"))["peildatum"] == "2026-09-01"
    namen = sorted(p.name for p in map_.iterdir())
    assert namen == ["beoordeling.json", "beoordeling.xlsx", "beoordelingsrapport.pdf", "bod-voorbeeld.xlsx",
                     "concept-prestatieafspraken.docx", "gemeente-aaberg", "invoerformat-1.1",
                     "reeks-lindehof-aaberg", "regio-aa-vallei", "sjabloon-bod-2027.xlsx", "voorbeeld.bodcheck",
                     "woonvisie-voorbeeld.xlsx"]
    opgeslagen = beoordeling.openen(map_ / "voorbeeld.bodcheck")  # the five afspraken made at the table
    assert sum(len(n.afspraken) for n in opgeslagen.notities.values()) == 5
    assert sorted(p.name for p in (map_ / "reeks-lindehof-aaberg").iterdir()) == [
        "lindehof-aaberg-2024.bodcheck", "lindehof-aaberg-2025.bodcheck", "lindehof-aaberg-2026.bodcheck",
        "terugblik.json", "terugblik.pdf"]
    reeks = json.loads((map_ / "reeks-lindehof-aaberg" / "terugblik.json").read_text("utf-8"))
    assert reeks["bodjaren"] == [2024, 2025, 2026]
    assert sorted(p.name for p in (map_ / "invoerformat-1.1").iterdir()) == [
        "alleen-ratios.xlsx", "maximum-eigen-code.xlsx", "nieuw-in-gemeente.xlsx", "perioden-en-ibw.xlsx"]
    for naam, map_samen in (("gemeente", "gemeente-aaberg"), ("regio", "regio-aa-vallei")):
        for bestand in (f"rapport-{naam}.pdf", f"export-{naam}.xlsx", f"beoordeling-{naam}.json"):
            assert (map_ / map_samen / bestand).stat().st_size > 1000
    assert json.loads((map_ / "beoordeling.json").read_text("utf-8"))["corporatie"] == "Woonstichting De Lindehof"


@pytest.mark.parametrize("argv, bestand", [
    ([], None),
    (["gui"], None),
    (["gui", "C:\\Users\\x\\Documents\\bod 2026.bodcheck"], "C:\\Users\\x\\Documents\\bod 2026.bodcheck"),
])
def test_gui_start_zonder_parser_zelfde_als_met(argv, bestand):
    """The app's own start skips building the parser; it must open what argparse would have opened."""
    from bodcheck.cli import _alleen_gui, _parser

    geopend = []
    assert _alleen_gui(argv)
    assert main(argv, gui_start=lambda b: geopend.append(b) or 0) == 0
    assert geopend == [bestand] == [getattr(_parser().parse_args(argv), "bestand", None)]


@pytest.mark.parametrize("argv", [["gui", "--help"], ["gui", "a", "b"], ["--zelftest"], ["voorbeeld"], ["-h"]])
def test_al_het_andere_via_argparse(argv):
    from bodcheck.cli import _alleen_gui

    assert not _alleen_gui(argv)


def test_gui_met_te_veel_bestanden_is_een_invoerfout(capsys):
    with pytest.raises(SystemExit) as e:
        main(["gui", "a.bodcheck", "b.bodcheck"], gui_start=lambda b: 0)
    assert e.value.code == 2
    assert "bodcheck:" in capsys.readouterr().err


def test_gemeente_rapport_neemt_de_bewaarde_notities_mee(tmp_path: Path, monkeypatch, capsys) -> None:
    """`bodcheck gemeente MAP --rapport` prints the notes the user kept on this folder in the app, like the app's
    own joint report; a broken notes file is reported on stderr and the report is made without notes."""
    import datetime as dt

    from pypdf import PdfReader

    from bodcheck import samen, voorbeeld_regio_data
    from bodcheck.model import Notitie, notitie_sleutel
    from bodcheck.samen import notities

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "staat"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "staat"))
    map_ = voorbeeld_regio_data.schrijf_gemeente_voorbeeld(tmp_path / "aaberg")
    r = samen.beoordeel_gemeente(map_, None, dt.date(2026, 9, 1))
    s01 = next(v for v in r.vraagpunten if v.id == "S01")
    notities.bewaar(map_, "gemeente", {notities.groep_naam(r): {
        notitie_sleutel(s01): Notitie(afspraak="Lindehof neemt 4, Ons Huis 2")}})

    pdf = tmp_path / "samen.pdf"
    assert main(["gemeente", str(map_), "--rapport", str(pdf), "--peildatum", "2026-09-01"]) == 0
    tekst = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
    assert "Lindehof neemt 4, Ons Huis 2" in tekst

    assert main(["gemeente", str(map_), "--rapport", str(pdf), "--wederhoor", "--peildatum", "2026-09-01"]) == 0
    tekst = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
    assert "Lindehof neemt 4, Ons Huis 2" not in tekst and "versie voor wederhoor" in tekst

    notities.pad(map_, "gemeente").write_text("{kapot", "utf-8")
    capsys.readouterr()
    assert main(["gemeente", str(map_), "--rapport", str(pdf), "--peildatum", "2026-09-01"]) == 0
    assert "bodcheck: " in capsys.readouterr().err
    tekst = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
    assert "Lindehof neemt 4" not in tekst
