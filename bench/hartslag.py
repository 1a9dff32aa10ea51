"""How long the GUI thread is blocked per step (issue 16: "never frozen"): a 10 ms timer records the gaps
between its ticks while the real main window does each step offscreen; the longest gap per step is reported
against the goal of 50 ms.

    .venv/bin/python bench/hartslag.py [--runs 3]        prints a table (median and worst of the runs)

tests/ui/test_hartslag.py runs the same steps with a bound of 100 ms on the median of three runs."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

DOEL_MS = 50


class Hartslag:
    """A 10 ms timer on the GUI thread; `max_gat_ms` is the longest time between two ticks since `reset`, and
    `max_cpu_ms` the most processor time the window's thread used between two ticks (its own work: on a busy
    machine the wall time also holds the time other processes had the cores)."""

    def __init__(self) -> None:
        self.klok = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tik)
        self.vorige = 0
        self.max_gat_ms = 0.0
        self.cpu_vorige = 0.0
        self.max_cpu_ms = 0.0

    def start(self) -> None:
        self.klok.start()
        self.reset()
        self.timer.start()

    def reset(self) -> None:
        self.vorige = self.klok.elapsed()
        self.cpu_vorige = time.thread_time()
        self.max_gat_ms = self.max_cpu_ms = 0.0

    def _tik(self) -> None:
        nu, cpu = self.klok.elapsed(), time.thread_time()
        self.max_gat_ms = max(self.max_gat_ms, float(nu - self.vorige))
        self.max_cpu_ms = max(self.max_cpu_ms, 1000 * (cpu - self.cpu_vorige))
        self.vorige, self.cpu_vorige = nu, cpu


def _wacht(app: QApplication, voorwaarde: Callable[[], object], seconden: float = 120) -> None:
    eind = time.monotonic() + seconden
    while not voorwaarde():
        if time.monotonic() > eind:
            raise TimeoutError("stap niet klaar")
        app.processEvents()
        time.sleep(0.002)
    for _ in range(5):  # the last results arrive as events
        app.processEvents()
        time.sleep(0.005)


Stap = tuple[str, Callable[[], object], Callable[[], object]]  # name, what to do, when it is done


def stappen(w: Any, map_: Path) -> Iterator[Stap]:
    """The steps of issue 16 on the main window `w`, in order; a generator, so each step is made when the one
    before it is done (it may need what that step left). `klaar` says when the step's work is done (besides
    no background jobs and no view steps left)."""
    from ui.hoofdvenster import INVOER, RAPPORT, SCHERMEN
    from ui.schermen import ALLEEN_GEKOPPELD

    yield "voorbeeld openen", w.bestanden.open_voorbeeld, lambda: w.resultaat is not None
    for i, naam in enumerate(SCHERMEN):
        if i != RAPPORT and i not in ALLEEN_GEKOPPELD:  # the example has no earlier years linked
            yield f"scherm {naam}", lambda i=i: w.toon_scherm(i), lambda: True  # type: ignore[misc]
    model = w.toon_scherm(INVOER).tabel("Prognose DAEB").model()
    cel = model.index(0, model.VASTE_KOLOMMEN)  # the first year's first figure
    oud = w.resultaat
    yield "cel wijzigen", lambda: model.setData(cel, "1.000", Qt.ItemDataRole.EditRole), lambda: w.resultaat is not oud
    yield "rapport: voorbeeldweergave", lambda: w.toon_scherm(RAPPORT), lambda: w.dienst.actueel
    pdf = map_ / "rapport.pdf"
    yield "rapport als PDF bewaren", lambda: w.exporteer_pdf(pdf), pdf.exists
    bewaard = map_ / "voorbeeld.bodcheck"
    yield ".bodcheck bewaren", lambda: w.bestanden.schrijf(bewaard), lambda: True
    w.doc.zet_gewijzigd(False)
    oud = w.resultaat
    yield ".bodcheck openen", lambda: w.bestanden.open_bestand(bewaard), lambda: w.resultaat is not oud
    n = len(w.samen_vensters)
    yield ("map als gemeente openen", w.bestanden.open_voorbeeld_samen,
           lambda: len(w.samen_vensters) > n and w.samen_vensters[-1].uitkomst is not None
           and w.samen_vensters[-1].taken.aantal() == 0)


def meet(map_: Path, cpu: dict[str, float] | None = None) -> dict[str, float]:
    """One run of `stappen`: step -> the longest gap in ms (and in `cpu`, if given: step -> the most processor
    time of the window's thread in one gap). Uses its own settings file in `map_`."""
    from ui import opwarmen
    from ui import stappen as view_stappen
    from ui.app import maak_app
    from ui.hoofdvenster import Hoofdvenster

    app = maak_app()
    w: Any = Hoofdvenster(QSettings(str(map_ / "instellingen.ini"), QSettings.Format.IniFormat))
    w.autosave_timer.stop()
    w.show()
    app.processEvents()
    opwarmen.start().join()  # as ui.app.main after the first paint; a user reads the start screen meanwhile
    _wacht(app, lambda: True)
    h = Hartslag()
    h.start()
    uit: dict[str, float] = {}
    try:
        for naam, doe, klaar in stappen(w, map_):
            _wacht(app, lambda: True)  # what making the step did (e.g. choosing a view) is not part of it
            h.reset()
            doe()
            _wacht(app, lambda klaar=klaar: klaar() and w.taken.aantal() == 0  # type: ignore[misc]
                   and not view_stappen.bezig())
            uit[naam] = h.max_gat_ms
            if cpu is not None:
                cpu[naam] = h.max_cpu_ms
    finally:
        h.timer.stop()
        for s in list(w.samen_vensters):
            s.taken.wacht()
            s.close()
        w.taken.wacht()
        w.doc.zet_gewijzigd(False)
        w.close()
        w.deleteLater()
        app.processEvents()
    return uit


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    runs, cpus = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="bodcheck-hartslag-") as tmp:
            cpus.append({})
            runs.append(meet(Path(tmp), cpus[-1]))
    print(f"(load {os.getloadavg()[0]:.1f} op {os.cpu_count()} cores)")
    print(f"| stap | mediaan ({args.runs}×) | slechtste | eigen rekentijd (mediaan) | doel |")
    print("|---|---|---|---|---|")
    for stap in runs[0]:
        waarden = [r[stap] for r in runs]
        med = statistics.median(waarden)
        eigen = statistics.median(c[stap] for c in cpus)
        print(f"| {stap} | {med:.0f} ms | {max(waarden):.0f} ms | {eigen:.0f} ms | "
              f"{'✓' if med <= DOEL_MS else '✗'} ≤ {DOEL_MS} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
