"""Issue 15: a process killed (SIGKILL) while it writes leaves either the old file or a complete new one, never a
half one; its temporary files are removed at the next save to that folder, whatever their age.

Three writers: the `.bodcheck` file (beoordeling.opslaan), the command line's outputs (JSON, PDF and Excel
together), and the joint notes of a gemeente folder (samen.notities.bewaar). The number of kills per writer is
BODCHECK_AFBREKEN (default 4; docs/betrouwbaarheid.md was measured with 60). With `-s` each writer prints its
figures.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from bodcheck import atomair
from tests.bodcheck.inlezen import werkboeken as w

ROOT = Path(__file__).resolve().parents[2]
AANTAL = int(os.environ.get("BODCHECK_AFBREKEN", "4"))

_BODCHECK = """
import sys
from bodcheck import beoordeling
b = beoordeling.openen(sys.argv[1])
b.algemene_notitie = "x" * 5_000_000  # a large file: the write takes long enough to be interrupted
while True:
    beoordeling.opslaan(b, sys.argv[2])
"""

_NOTITIES = """
import sys
from bodcheck.model import Notitie
from bodcheck.samen import notities
n = {"Voorbeeldstad": {f"S{i:02}": Notitie(notitie="n" * 200_000) for i in range(1, 40)}}
while True:
    notities.bewaar(sys.argv[1], "gemeente", n)
"""


def _tijdelijk(map_: Path) -> list[Path]:
    return [p for p in map_.iterdir() if atomair.is_tijdelijk(p.name)]


def _heel_bodcheck(p: Path) -> bool:
    from bodcheck import beoordeling

    beoordeling.openen(p)
    return True


def _heel_json(p: Path) -> bool:
    json.loads(p.read_text(encoding="utf-8"))
    return True


def _heel_zip(p: Path) -> bool:
    with zipfile.ZipFile(p) as z:
        return z.testzip() is None


def _heel_pdf(p: Path) -> bool:
    return p.read_bytes().rstrip().endswith(b"%%EOF")


def _dood(cmd: list[str], wacht: float, env: dict) -> None:
    p = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(wacht)
    p.send_signal(signal.SIGKILL)
    p.wait()


def _meet(naam: str, cmd: list[str], doelen: dict[Path, object], map_: Path, wachttijden: tuple[float, float],
          env: dict, opnieuw) -> None:
    rnd = random.Random(15)
    kapot, achtergelaten = 0, 0
    for _ in range(AANTAL):
        _dood(cmd, rnd.uniform(*wachttijden), env)
        for doel, heel in doelen.items():
            if doel.exists():
                try:
                    ok = heel(doel)
                except Exception:
                    ok = False
                kapot += not ok
        achtergelaten += len(_tijdelijk(map_))
    opnieuw()  # the next save to the folder
    over = _tijdelijk(map_)
    print(f"\n{naam}: {AANTAL} keer afgebroken; kapotte bestanden {kapot}; tijdelijke bestanden direct na het "
          f"afbreken {achtergelaten}; na de volgende keer opslaan {len(over)}")
    assert kapot == 0
    assert over == []


@pytest.fixture
def env(tmp_path: Path) -> dict:
    return {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "PYTHONPATH": str(ROOT)}


def test_bodcheck_afgebroken_tijdens_opslaan(tmp_path: Path, env: dict) -> None:
    from bodcheck import beoordeling

    b, _ = beoordeling.nieuw(*w.voorbeeld(tmp_path))
    bron = beoordeling.opslaan(b, tmp_path / "bron.bodcheck")
    doel = tmp_path / "uit" / "x.bodcheck"
    doel.parent.mkdir()
    _meet(".bodcheck", [sys.executable, "-c", _BODCHECK, str(bron), str(doel)], {doel: _heel_bodcheck}, doel.parent,
          (0.4, 1.5), env, lambda: beoordeling.opslaan(b, doel))


def test_uitvoer_afgebroken_tijdens_schrijven(tmp_path: Path, env: dict) -> None:
    from bodcheck.cli import main

    bod, wv = w.voorbeeld(tmp_path)
    uit = tmp_path / "uit"
    argv = ["beoordeel", str(bod), "--woonvisie", str(wv), "--peildatum", "2026-09-01", "--json", str(uit / "b.json"),
            "--excel", str(uit / "e.xlsx"), "--rapport", str(uit / "r.pdf")]
    uit.mkdir()
    doelen = {uit / "b.json": _heel_json, uit / "e.xlsx": _heel_zip, uit / "r.pdf": _heel_pdf}
    _meet("uitvoer (JSON, PDF, Excel)", [sys.executable, "-m", "bodcheck", *argv], doelen, uit, (1.0, 4.0), env,
          lambda: main(argv))
    namen = {p.name for p in uit.iterdir()}
    assert namen == {"b.json", "e.xlsx", "r.pdf"}


def test_notities_afgebroken_tijdens_bewaren(tmp_path: Path, env: dict, monkeypatch) -> None:
    from bodcheck.model import Notitie
    from bodcheck.samen import notities

    monkeypatch.setenv("XDG_STATE_HOME", env["XDG_STATE_HOME"])
    map_ = tmp_path / "gemeente"
    map_.mkdir()
    doel = notities.pad(map_, "gemeente")
    doel.parent.mkdir(parents=True, exist_ok=True)
    _meet("notities samen", [sys.executable, "-c", _NOTITIES, str(map_)], {doel: _heel_json}, doel.parent, (0.4, 1.5),
          env, lambda: notities.bewaar(map_, "gemeente", {"Voorbeeldstad": {"S01": Notitie(notitie="n")}}))
