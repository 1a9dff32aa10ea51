"""bodcheck.uitvoer: all outputs or none, outputs compared as files, problems with a location in Dutch."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from bodcheck import uitvoer


def test_alles_of_niets_bij_een_fout_halverwege(tmp_path: Path) -> None:
    (tmp_path / "blok").write_text("een bestand")
    bestaand = tmp_path / "a.json"
    bestaand.write_text("oud")
    taken = [(bestaand, lambda: b"nieuw"), (tmp_path / "nieuw" / "diep" / "b.pdf", lambda: b"%PDF"),
             (tmp_path / "blok" / "c.xlsx", lambda: b"PK")]
    with pytest.raises(uitvoer.UitvoerFout) as e:
        uitvoer.schrijf_alles(taken)
    assert e.value.regels[0].startswith(f"{tmp_path / 'blok' / 'c.xlsx'}: kan niet worden geschreven (")
    assert bestaand.read_text() == "oud", "geen doel is veranderd"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "blok"], "geen tijdelijke bestanden of nieuwe mappen"


def test_een_fout_in_het_maken_schrijft_niets(tmp_path: Path) -> None:
    def kapot() -> bytes:
        raise RuntimeError("fout in bodcheck")

    with pytest.raises(RuntimeError):
        uitvoer.schrijf_alles([(tmp_path / "a.json", lambda: b"{}"), (tmp_path / "b.pdf", kapot)])
    assert list(tmp_path.iterdir()) == []


def test_alles_geschreven_en_geen_tijdelijke_bestanden(tmp_path: Path) -> None:
    paden = uitvoer.schrijf_alles([(tmp_path / "a.json", lambda: b"{}"), (tmp_path / "u" / "b.pdf", lambda: b"%PDF")])
    assert [p.read_bytes() for p in paden] == [b"{}", b"%PDF"]
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.json", "b.pdf", "u"]


@pytest.mark.parametrize(("nummer", "tekst"), [
    (errno.ENOSPC, "de schijf is vol"), (errno.EROFS, "de schijf is alleen-lezen"), (errno.EACCES, "geen schrijfrechten"),
    (errno.ENOTDIR, "een deel van het pad is een bestand, geen map"), (errno.EISDIR, "dit is een map, geen bestand"),
])
def test_redenen_in_het_nederlands(nummer: int, tekst: str) -> None:
    assert uitvoer.fout_tekst("r.pdf", OSError(nummer, os.strerror(nummer))) == f"r.pdf: kan niet worden geschreven ({tekst})"


def test_zelfde_bestand(tmp_path: Path) -> None:
    a = tmp_path / "a.xlsx"
    a.write_text("x")
    os.link(a, tmp_path / "hard.xlsx")
    (tmp_path / "zacht.xlsx").symlink_to(a)
    assert uitvoer.zelfde_bestand(a, tmp_path / "hard.xlsx")
    assert uitvoer.zelfde_bestand(a, tmp_path / "zacht.xlsx")
    assert uitvoer.zelfde_bestand(tmp_path / "x" / ".." / "a.xlsx", a)
    assert uitvoer.zelfde_bestand(tmp_path / "nog-niet.pdf", tmp_path / "." / "nog-niet.pdf")
    assert not uitvoer.zelfde_bestand(a, tmp_path / "A.xlsx")  # this file system tells case apart


def test_invoer_botsing_voor_de_app(tmp_path: Path) -> None:
    bod = tmp_path / "bod.xlsx"
    bod.write_text("x")
    assert uitvoer.invoer_botsing(tmp_path / "ander.xlsx", [bod, None]) is None
    assert uitvoer.invoer_botsing(bod, [bod]) == ("bod.xlsx is nu geopend als invoer. Bewaren zou die invoer "
                                                  "overschrijven; kies een andere naam of map.")
    (tmp_path / "link.bodcheck").symlink_to(bod)
    assert uitvoer.invoer_botsing(tmp_path / "link.bodcheck", [bod]) == (
        "link.bodcheck is hetzelfde bestand als de geopende invoer bod.xlsx. Bewaren zou die invoer overschrijven; "
        "kies een andere naam of map.")
