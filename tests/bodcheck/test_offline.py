"""Offline guarantee: the whole chain — reading, computing, the vraagpunten, the .bodcheck file, the JSON,
the PDF report and the Excel export — works with the network switched off, and does not even try to
connect."""

from __future__ import annotations

import datetime as dt
import json
import socket
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from bodcheck import beoordeling, cli, json_uitvoer, pipeline, uitvoer
from tests.bodcheck.inlezen import werkboeken as w


class _GeenNetwerk(Exception):
    pass


@pytest.fixture
def pogingen(monkeypatch) -> list[str]:
    """Every way out raises, and is recorded."""
    gezien: list[str] = []

    def weiger(naam: str):
        def f(*args, **kwargs):
            gezien.append(naam)
            raise _GeenNetwerk(f"netwerk is uitgeschakeld in deze test ({naam})")
        return f

    class Socket(socket.socket):
        def __init__(self, *args, **kwargs):
            weiger("socket.socket")()

    monkeypatch.setattr(socket, "socket", Socket)
    for naam in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, naam, weiger(f"socket.{naam}"))
    return gezien


def test_netwerk_is_echt_uit(pogingen: list[str]) -> None:
    with pytest.raises(_GeenNetwerk):
        socket.create_connection(("example.org", 80))
    with pytest.raises(_GeenNetwerk):
        socket.socket()
    assert pogingen == ["socket.create_connection", "socket.socket"]
    pogingen.clear()


def test_hele_keten_zonder_netwerk(pogingen: list[str], tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    bod, wv = w.voorbeeld(tmp_path)
    b, meldingen = beoordeling.nieuw(bod, wv)
    assert not [m for m in meldingen if m.soort == "fout"]
    resultaat = pipeline.beoordeel_invoer(b.invoer, b.instellingen, dt.date(2026, 9, 1), meldingen)
    assert resultaat.berekend.ratios, "de kerncijfers zijn berekend"
    assert resultaat.vraagpunten, "er zijn vraagpunten"
    uit = tmp_path / "uit"
    geschreven = uitvoer.schrijf_uitvoer(resultaat, json_pad=str(uit / "b.json"), rapport=str(uit / "r.pdf"),
                                         excel=str(uit / "e.xlsx"))
    assert json.loads((uit / "b.json").read_text(encoding="utf-8"))["corporatie"] == "Woonstichting Voorbeeld"
    assert "Woonstichting Voorbeeld" in PdfReader(uit / "r.pdf").pages[0].extract_text()
    wb = openpyxl.load_workbook(uit / "e.xlsx", read_only=True)
    assert "Vraagpunten" in wb.sheetnames
    wb.close()
    assert len(geschreven) == 3
    terug = beoordeling.openen(beoordeling.opslaan(b, tmp_path / "b.bodcheck"))
    opnieuw = pipeline.beoordeel_invoer(terug.invoer, terug.instellingen, dt.date(2026, 9, 1), terug.meldingen)
    assert json_uitvoer.als_tekst(opnieuw) == json_uitvoer.als_tekst(resultaat)
    assert pogingen == []


def test_opdrachtregel_zonder_netwerk(pogingen: list[str], tmp_path: Path, capsys) -> None:
    bod, wv = w.voorbeeld(tmp_path)
    code = cli.main(["beoordeel", str(bod), "--woonvisie", str(wv), "--json", str(tmp_path / "b.json"),
                     "--peildatum", "2026-09-01"])
    assert code == cli.UITGANG_OK, capsys.readouterr().err
    assert pogingen == []
