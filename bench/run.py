"""bodcheck benchmarks — one command, prints a table (not part of pytest):

    .venv/bin/python bench/run.py [--runs N]

Each row: the median of N runs, its floor (the same work done by the bare library) and the ratio, and
the target from the brief. Cold starts and peak memory are measured in fresh processes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import groot  # noqa: E402  (bench/groot.py: the large case)

PEILDATUM = dt.date(2026, 9, 1)


def mediaan(n: int, f: Callable[[], object]) -> float:
    f()  # warm-up: imports and caches are not what we measure here
    tijden = []
    for _ in range(n):
        t = time.perf_counter()
        f()
        tijden.append(time.perf_counter() - t)
    return statistics.median(tijden)


def in_proces(code: str, n: int, env: dict[str, str]) -> list[float]:
    """Run `code` in fresh interpreters; it prints one float (seconds or MB)."""
    uit = []
    for _ in range(n):
        p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
                           timeout=120)
        if p.returncode != 0:
            raise RuntimeError(p.stderr[-2000:])
        uit.append(float(p.stdout.strip().splitlines()[-1]))
    return uit


KALE_START = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1]); w = QWidget(); w.resize(1200, 800); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""
# The real start: the `bodcheck` command (bodcheck.__main__ -> cli -> ui.app.main -> app.exec()) until the
# first window is shown and painted. main() asks for recovery in the event loop's first turn, after the paint
# events that show() queued: that call is where the clock stops (and the app quits).
APP_START = """
import time
t0 = time.perf_counter()
import sys
sys.argv = ["bodcheck"]
import bodcheck.__main__ as ingang

def open_app(bestand, _echt=ingang._open_app):
    import ui.bestanden as bestanden

    def getoond(b):
        print(time.perf_counter() - t0)
        b.v.close()
    bestanden.Bestanden.bied_herstel_aan = getoond
    return _echt(bestand)

ingang._open_app = open_app
ingang.start()
"""
GUI_GEHEUGEN = """
import datetime as dt, resource, tempfile
from pathlib import Path
from ui.app import maak_app
from ui.hoofdvenster import Hoofdvenster
from bodcheck import pipeline, voorbeeld
app = maak_app(); v = Hoofdvenster(); v.show(); app.processEvents()
map_ = Path(tempfile.mkdtemp())
bod, wv = voorbeeld.schrijf_werkboeken(map_)
r = pipeline.beoordeel(bod, wv, None, dt.date(2026, 9, 1))
try:
    from bodcheck import rapport
    rapport.schrijf_pdf(r, map_ / "r.pdf")
except ImportError:
    pass
app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""
KERN_GEHEUGEN = GUI_GEHEUGEN.replace("from ui.app import maak_app\nfrom ui.hoofdvenster import Hoofdvenster\n", "") \
    .replace("app = maak_app(); v = Hoofdvenster(); v.show(); app.processEvents()\n", "") \
    .replace("app.processEvents()\n", "")


def rij(naam: str, waarde: float | None, vloer: float | None, doel: str, eenheid: str = "s") -> list[str]:
    def fmt(x: float | None) -> str:
        if x is None:
            return "n.v.t."
        return f"{x:.0f} MB" if eenheid == "MB" else f"{x:.3f} s"
    ratio = f"{waarde / vloer:.2f}×" if waarde is not None and vloer else "—"
    return [naam, fmt(waarde), fmt(vloer) if vloer is not None else "—", ratio, doel]


def _monitor_rij(map_: Path, n: int) -> list[str]:
    """Ten yearly .bodcheck files (the bundled series, with bodjaren 2017-2026) → the monitor JSON. Floor: only
    decoding the ten files' JSON."""
    import json

    from bodcheck import beoordeling, monitor, voorbeeld
    from bodcheck.monitor import json_uit

    bod, wv = voorbeeld.schrijf_werkboeken(map_ / "reeks-bron")
    b, _ = beoordeling.nieuw(bod, wv)
    bron = voorbeeld.schrijf_reeks(map_ / "reeks-bron" / voorbeeld.REEKS, b)
    tien = map_ / "tien-jaren"
    for i in range(10):
        jaar = beoordeling.openen(bron[i % 3])
        veld = jaar.invoer.algemeen["bodjaar"]
        jaar.invoer.algemeen["bodjaar"] = type(veld)(2017 + i, veld.bron)
        beoordeling.opslaan(jaar, tien / f"jaar-{2017 + i}.bodcheck")
    bestanden = sorted(tien.glob("*.bodcheck"))
    vloer = mediaan(n, lambda: [json.loads(p.read_bytes()) for p in bestanden])
    tijd = mediaan(n, lambda: json_uit.als_tekst(monitor.maak([tien], PEILDATUM)))
    return rij("monitor: tien jaren → JSON", tijd, vloer, "≤ 1 s")


def gevoeligheid_kosten(n: int, resultaat) -> float:
    """The median time of the sensitivity step alone (rekenregels §6) on an assessed Resultaat: every scenario
    on every tak, as `berekenen.bereken` runs it."""
    from bodcheck import berekenen, gevoeligheid, parameters

    invoer, instellingen = resultaat.invoer, resultaat.instellingen
    kader, _ = berekenen.kies_kader(invoer, instellingen)
    marge = float(parameters.waarde("financieel", "krap_marge"))
    ruimte = resultaat.berekend.investeringsruimte
    return mediaan(n, lambda: gevoeligheid.bereken(invoer, kader, marge, instellingen, ruimte,
                                                   berekenen.jaarcijfers, []))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    n = ap.parse_args().runs
    from openpyxl import load_workbook

    from bodcheck import pipeline, voorbeeld

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    # An installed app (wheel or frozen bundle) starts from precompiled bytecode. This machine sets
    # PYTHONDONTWRITEBYTECODE, which would make every start recompile our sources: give the measured
    # processes a private bytecode cache instead, filled by one warm-up run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    rijen = []
    heeft_ui = importlib.util.find_spec("ui.app") is not None
    with tempfile.TemporaryDirectory() as tmp:
        env["XDG_STATE_HOME"] = tmp
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        map_ = Path(tmp)
        if heeft_ui:
            in_proces(KALE_START, 1, env)  # warm-up: fills the bytecode cache
            in_proces(APP_START, 1, env)
            # Alternated, so a slower or busier spell of this shared machine hits both alike.
            kale, starts = [], []
            for _ in range(n):
                kale += in_proces(KALE_START, 1, env)
                starts += in_proces(APP_START, 1, env)
            kaal, start = statistics.median(kale), statistics.median(starts)
            rijen.append(rij("koude start tot eerste venster", start, kaal, "≤ 1,5× kaal venster"))
        else:
            rijen.append(rij("koude start tot eerste venster", None, None, "≤ 1,5× kaal venster"))

        bod, wv = voorbeeld.schrijf_werkboeken(map_ / "voorbeeld")
        vloer = mediaan(n, lambda: (load_workbook(bod), load_workbook(wv)))
        lezen = mediaan(n, lambda: pipeline.lees(bod, wv))
        beoordelen = mediaan(n, lambda: pipeline.beoordeel(bod, wv, None, PEILDATUM))
        rijen.append(rij("voorbeeld: inlezen", lezen, vloer, "—"))
        rijen.append(rij("voorbeeld: inlezen + beoordelen", beoordelen, vloer, "≤ 0,5 s"))
        # the sensitivity is part of beoordelen; its row shows it against the whole (vloer = inlezen + beoordelen)
        gevoelig = gevoeligheid_kosten(n, pipeline.beoordeel(bod, wv, None, PEILDATUM))
        rijen.append(rij("voorbeeld: gevoeligheid (vloer = inlezen + beoordelen)", gevoelig, beoordelen,
                         "≤ 0,20×"))

        werkboeken = groot.schrijf(map_ / "groot", gemeenten=30, jaren=15)
        vloer_g = mediaan(max(1, n // 2), lambda: [load_workbook(p) for p in werkboeken])
        alles = mediaan(max(1, n // 2), lambda: [pipeline.beoordeel(p, None, None, PEILDATUM) for p in werkboeken])
        rijen.append(rij("groot: 30 gemeenten × 15 jaar, alle bladen", alles, vloer_g, "—"))
        rijen.append(rij("groot: per gemeente", alles / len(werkboeken), vloer_g / len(werkboeken), "≤ 0,5 s"))
        gevoelig_g = gevoeligheid_kosten(n, pipeline.beoordeel(werkboeken[0], None, None, PEILDATUM))
        rijen.append(rij("groot: gevoeligheid per gemeente (vloer = per gemeente)", gevoelig_g,
                         alles / len(werkboeken), "≤ 0,20×"))

        resultaat = pipeline.beoordeel(bod, wv, None, PEILDATUM)
        if importlib.util.find_spec("bodcheck.rapport") is not None:
            from bodcheck import rapport

            pdf = mediaan(n, lambda: rapport.schrijf_pdf(resultaat, map_ / "r.pdf"))
            rijen.append(rij("rapport (PDF) van het voorbeeld", pdf, None, "≤ 2 s"))
        else:
            rijen.append(rij("rapport (PDF) van het voorbeeld", None, None, "≤ 2 s"))

        rijen.append(_monitor_rij(map_, n))

        kern = statistics.median(in_proces(KERN_GEHEUGEN, 3, env))
        rijen.append(rij("piekgeheugen: voorbeeld + rapport, zonder venster", kern, None, "—", "MB"))
        gui = statistics.median(in_proces(GUI_GEHEUGEN, 3, env)) if heeft_ui else None
        rijen.append(rij("piekgeheugen: venster + voorbeeld + rapport", gui, None, "≤ 300 MB", "MB"))

    kop = ["meting", f"mediaan ({n}×)", "vloer", "verhouding", "doel"]
    breed = [max(len(r[i]) for r in [kop, *rijen]) for i in range(len(kop))]
    print("| " + " | ".join(k.ljust(b) for k, b in zip(kop, breed, strict=True)) + " |")
    print("|" + "|".join("-" * (b + 2) for b in breed) + "|")
    for r in rijen:
        print("| " + " | ".join(k.ljust(b) for k, b in zip(r, breed, strict=True)) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
