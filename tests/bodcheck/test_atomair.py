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


def test_oude_tijdelijke_bestanden_van_een_afgebroken_opslag_worden_opgeruimd(tmp_path: Path) -> None:
    pad = tmp_path / "b.bodcheck"
    oud = tmp_path / ".b.bodcheck.abc123.tmp"
    vers = tmp_path / ".b.bodcheck.def456.tmp"  # another save may be running right now: leave it
    oud.write_text("half")
    vers.write_text("bezig")
    uur_geleden = oud.stat().st_mtime - 2 * atomair.OUD_NA_SECONDEN
    os.utime(oud, (uur_geleden, uur_geleden))
    atomair.schrijf_tekst(pad, "nieuw")
    assert not oud.exists() and vers.exists() and pad.read_text() == "nieuw"
