"""pandas only on the monitor path (the app's start and `beoordeel` never load it), and ten yearly files give
the monitor JSON. The speed target (≤ 1 s once the modules are imported, monitor.md § Speed) is measured by
`bench/run.py` ("monitor: tien jaren → JSON"), not asserted here: a timed test on a shared machine measures
the neighbours."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from bodcheck import beoordeling, monitor, voorbeeld
from bodcheck.monitor import json_uit

ROOT = Path(__file__).resolve().parents[3]


def _draai(code: str) -> str:
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
                       env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(ROOT)})
    assert p.returncode == 0, p.stderr[-2000:]
    return p.stdout.strip().splitlines()[-1]


def test_app_start_laadt_geen_pandas() -> None:
    code = ("import sys\n"
            "from ui.app import maak_app\n"
            "app = maak_app()\n"
            "from ui.hoofdvenster import Hoofdvenster\n"
            "w = Hoofdvenster(); w.show(); app.processEvents()\n"
            "print('pandas' in sys.modules)")
    assert _draai(code) == "False"


def test_beoordeel_laadt_geen_pandas(tmp_path: Path) -> None:
    code = ("import sys, datetime as dt, pathlib\n"
            "from bodcheck import voorbeeld\n"
            "from bodcheck.cli import main\n"
            f"map_ = pathlib.Path({str(tmp_path)!r})\n"
            "bod, wv = voorbeeld.schrijf_werkboeken(map_)\n"
            "assert main(['beoordeel', str(bod), '--woonvisie', str(wv), '--json', str(map_ / 'b.json'), "
            "'--peildatum', '2026-09-01']) == 0\n"
            "print('pandas' in sys.modules)")
    assert _draai(code) == "False"


def test_tien_jaren_naar_json(voorbeeld_map: Path, tmp_path: Path) -> None:
    """Ten yearly files: the example's 2024-2026 files, and seven more made from them with other bodjaren."""
    bron = sorted((voorbeeld_map / voorbeeld.REEKS).glob("*.bodcheck"))
    for i in range(10):
        b = beoordeling.openen(bron[i % 3])
        b.invoer.algemeen["bodjaar"] = type(b.invoer.algemeen["bodjaar"])(2017 + i, b.invoer.algemeen["bodjaar"].bron)
        beoordeling.opslaan(b, tmp_path / f"jaar-{2017 + i}.bodcheck")
    m = monitor.maak([tmp_path], dt.date(2026, 10, 1))
    tekst = json_uit.als_tekst(m)
    assert m.bodjaren == list(range(2017, 2027)) and tekst.startswith("{")
