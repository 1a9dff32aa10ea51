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
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QElapsedTimer, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

DOEL_MS = 50


class Hartslag:
    """A 10 ms timer on the GUI thread; `max_gat_ms` is the longest time between two ticks since `reset`."""

    def __init__(self) -> None:
        self.klok = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tik)
        self.vorige = 0
        self.max_gat_ms = 0.0

    def start(self) -> None:
        self.klok.start()
        self.vorige = self.klok.elapsed()
        self.timer.start()

    def reset(self) -> None:
        self.vorige = self.klok.elapsed()
        self.max_gat_ms = 0.0

    def _tik(self) -> None:
        nu = self.klok.elapsed()
        self.max_gat_ms = max(self.max_gat_ms, float(nu - self.vorige))
        self.vorige = nu


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


def meet(map_: Path) -> dict[str, float]:
    """One run: step -> the longest gap in ms. Uses its own settings file in `map_`."""
    from ui.app import maak_app
    from ui.hoofdvenster import INVOER, RAPPORT, SCHERMEN, Hoofdvenster

    app = maak_app()
    w = Hoofdvenster(QSettings(str(map_ / "instellingen.ini"), QSettings.Format.IniFormat))
    w.autosave_timer.stop()
    w.show()
    app.processEvents()
    from ui import opwarmen

    opwarmen.start().join()  # as ui.app.main after the first paint; a user reads the start screen meanwhile
    h = Hartslag()
    h.start()
    uit: dict[str, float] = {}
    from ui import stappen

    rustig = lambda: w.taken.aantal() == 0 and not stappen.bezig()  # noqa: E731

    def stap(naam: str, doe: Callable[[], object], klaar: Callable[[], object] = rustig) -> None:
        h.reset()
        doe()
        _wacht(app, lambda: klaar() and rustig())
        uit[naam] = h.max_gat_ms

    stap("voorbeeld openen", w.bestanden.open_voorbeeld, lambda: w.resultaat is not None)
    for i, naam in enumerate(SCHERMEN):
        if i != RAPPORT:
            stap(f"scherm {naam}", lambda i=i: w.toon_scherm(i))
    invoer = w.toon_scherm(INVOER)
    _wacht(app, rustig)
    model = invoer.tabel("Prognose DAEB").model()
    cel = model.index(0, model.jaren.index(model.jaren[0]) + model.VASTE_KOLOMMEN)  # the first year's first figure
    oud = w.resultaat
    stap("cel wijzigen", lambda: model.setData(cel, "1.000", Qt.ItemDataRole.EditRole), lambda: w.resultaat is not oud)
    stap("rapport: voorbeeldweergave", lambda: w.toon_scherm(RAPPORT), lambda: w.dienst.actueel)
    pdf = map_ / "rapport.pdf"
    stap("rapport als PDF bewaren", lambda: w.exporteer_pdf(pdf), pdf.exists)
    bewaard = map_ / "voorbeeld.bodcheck"
    stap(".bodcheck bewaren", lambda: w.bestanden.schrijf(bewaard))
    w.doc.zet_gewijzigd(False)
    oud = w.resultaat
    stap(".bodcheck openen", lambda: w.bestanden.open_bestand(bewaard), lambda: w.resultaat is not oud)
    n = len(w.samen_vensters)
    stap("map als gemeente openen", lambda: w.bestanden.open_voorbeeld_samen(),
         lambda: len(w.samen_vensters) > n and w.samen_vensters[-1].uitkomst is not None
         and w.samen_vensters[-1].taken.aantal() == 0)
    h.timer.stop()
    for s in list(w.samen_vensters):
        s.close()
    w.doc.zet_gewijzigd(False)
    w.close()
    app.processEvents()
    return uit


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    runs = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="bodcheck-hartslag-") as tmp:
            runs.append(meet(Path(tmp)))
    print(f"| stap | mediaan ({args.runs}×) | slechtste | doel |")
    print("|---|---|---|---|")
    for stap in runs[0]:
        waarden = [r[stap] for r in runs]
        med = statistics.median(waarden)
        print(f"| {stap} | {med:.0f} ms | {max(waarden):.0f} ms | {'✓' if med <= DOEL_MS else '✗'} ≤ {DOEL_MS} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
