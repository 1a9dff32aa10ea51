"""Screenshots of the years (docs/schermen/jaren*.png): the bundled example with its 2024 and 2025 assessments
linked (Vorige jaren koppelen…), the view Over de jaren at the top and at its charts, and the Vraagpunten view
with last year's answer beside this year's question. Offscreen:

    QT_QPA_PLATFORM=offscreen python -m tests.ui.schermafdrukken_jaren docs/schermen

Settings, autosave and the example go to a temporary folder; nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    uit = Path(argv[0] if argv else "docs/schermen")
    uit.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="bodcheck-jaren-"))
    os.environ["XDG_STATE_HOME"] = os.environ["LOCALAPPDATA"] = str(tmp / "state")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")

    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    from bodcheck import voorbeeld
    from ui.app import maak_app
    from ui.hoofdvenster import Hoofdvenster
    from ui.schermen import JAREN, VRAAGPUNTEN

    app = maak_app()

    def wacht(voorwaarde, seconden: float = 90) -> None:
        einde = time.monotonic() + seconden
        while not voorwaarde():
            if time.monotonic() > einde:
                raise TimeoutError("wachten duurde te lang")
            app.processEvents()
            time.sleep(0.02)

    def rust(n: int = 15) -> None:
        for _ in range(n):
            app.processEvents()
            time.sleep(0.02)

    w = Hoofdvenster(QSettings(str(tmp / "bodcheck.ini"), QSettings.Format.IniFormat))
    w.resize(1280, 820)
    w.show()
    w.bestanden.open_voorbeeld()
    wacht(lambda: w.resultaat is not None and w.taken.aantal() == 0)
    paden = voorbeeld.schrijf_reeks(tmp / "reeks", w.beoordeling)
    scherm = w.bestanden.vorige_jaren_koppelen([p for p in paden if p.name.endswith(("2024.bodcheck", "2025.bodcheck"))])
    wacht(lambda: scherm.monitor is not None and w.taken.aantal() == 0)
    rust(30)
    w.grab().save(str(uit / "jaren.png"))
    from PySide6.QtWidgets import QScrollArea

    scroll = scherm.findChild(QScrollArea)
    scroll.ensureWidgetVisible(scherm.grafieken[-1])
    rust(30)
    w.grab().save(str(uit / "jaren-grafieken.png"))
    v = w.toon_scherm(VRAAGPUNTEN)
    v.kies("D01|woningen_efg")
    rust(20)
    w.grab().save(str(uit / "jaren-vraagpunten.png"))
    assert w.nav.currentRow() == VRAAGPUNTEN and not w.nav.item(JAREN).isHidden()
    w.gewijzigd = False
    w.close()
    print(f"schermafdrukken in {uit}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
