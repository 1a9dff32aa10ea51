"""Atomic writing keeps ordinary file permissions (mkstemp alone would leave a private 0600 file)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from bodcheck import atomair


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_nieuw_bestand_krijgt_gewone_rechten(tmp_path: Path) -> None:
    oud = os.umask(0o022)
    try:
        pad = atomair.schrijf_tekst(tmp_path / "rapport.json", "{}")
    finally:
        os.umask(oud)
    assert stat.S_IMODE(pad.stat().st_mode) == 0o644  # 0666 & ~022
    assert pad.read_text() == "{}"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.json"]  # no temporary file left behind


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_vervangen_bestand_houdt_zijn_rechten(tmp_path: Path) -> None:
    pad = tmp_path / "notities.bodcheck"
    pad.write_text("oud")
    pad.chmod(0o600)
    atomair.schrijf_tekst(pad, "nieuw")
    assert stat.S_IMODE(pad.stat().st_mode) == 0o600 and pad.read_text() == "nieuw"


def test_mislukt_schrijven_laat_oude_bestand_staan(tmp_path: Path) -> None:
    pad = tmp_path / "a.txt"
    pad.write_text("oud")

    def stuk(p: Path) -> None:
        p.write_text("half")
        raise RuntimeError("schrijver faalt")

    with pytest.raises(RuntimeError):
        atomair.schrijf(pad, stuk)
    assert pad.read_text() == "oud"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def _dood_pid() -> int:
    """The id of a process that ran and has ended (reaped), so no process has it now."""
    import subprocess
    import sys

    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_tijdelijke_bestanden_van_een_gestopt_proces_worden_opgeruimd_hoe_jong_ook(tmp_path: Path) -> None:
    pad = tmp_path / "b.bodcheck"
    dood = tmp_path / f".b.bodcheck.~{_dood_pid()}.abc123.tmp"  # written a moment ago by a process now gone
    levend = tmp_path / f".b.bodcheck.~{os.getppid()}.def456.tmp"  # a running instance saving right now
    ander = tmp_path / f".rapport.pdf.~{_dood_pid()}.x1.tmp"  # any file's leftovers in the folder
    for p in (dood, levend, ander):
        p.write_text("half")
    atomair.schrijf_tekst(pad, "nieuw")
    assert not dood.exists() and not ander.exists()
    assert levend.exists() and pad.read_text() == "nieuw"


def test_ruim_op_geeft_de_verwijderde_bestanden_en_laat_andere_bestanden_staan(tmp_path: Path) -> None:
    dood = tmp_path / f".e.xlsx.~{_dood_pid()}.q.tmp"
    gewoon = tmp_path / "e.xlsx.tmp"  # not bodcheck's naming: not ours to remove
    for p in (dood, gewoon):
        p.write_text("x")
    assert atomair.ruim_op(tmp_path) == [dood]
    assert gewoon.exists()


def test_tijdelijk_bestand_draagt_het_proces_id(tmp_path: Path) -> None:
    t = atomair.tijdelijk_naast(tmp_path / "r.pdf")
    assert t.name.startswith(f".r.pdf.~{os.getpid()}.") and t.name.endswith(".tmp")
    assert atomair.is_tijdelijk(t.name)
