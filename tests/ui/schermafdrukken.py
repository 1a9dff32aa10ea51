"""Screenshots of every view with the bundled example (and of the view Over de jaren with the example's earlier
years linked), and of the joint window with the examples of three
corporaties in Aaberg and the regio Aa-vallei, offscreen (docs/schermen/*.png).

    QT_QPA_PLATFORM=offscreen python -m tests.ui.schermafdrukken docs/schermen
    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 python -m tests.ui.schermafdrukken /tmp/200 --achtervoegsel=-200
    QT_QPA_PLATFORM=offscreen python -m tests.ui.schermafdrukken /tmp/klein --grootte=960x620

Settings, autosave and the example go to a temporary folder; nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCHERMEN = ("overzicht", "invoer", "kerncijfers", "investeringsruimte", "vergelijking", "vraagpunten", "afspraken",
            "rapport")


def main(argv: list[str]) -> int:
    uit = Path(argv[0] if argv else "docs/schermen")
    achter = next((a.split("=", 1)[1] for a in argv[1:] if a.startswith("--achtervoegsel=")), "")
    grootte = next((a.split("=", 1)[1] for a in argv[1:] if a.startswith("--grootte=")), "1280x820")
    breed, hoog = (int(x) for x in grootte.split("x"))
    uit.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="bodcheck-schermen-"))
    os.environ["XDG_STATE_HOME"] = os.environ["LOCALAPPDATA"] = str(tmp / "state")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")

    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    from ui.app import maak_app
    from ui.hoofdvenster import Hoofdvenster

    app = maak_app()

    def wacht(voorwaarde, seconden: float = 60) -> None:
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
    w.resize(breed, hoog)
    w.show()
    rust()
    w.grab().save(str(uit / f"start{achter}.png"))
    w.bestanden.open_voorbeeld()
    wacht(lambda: w.resultaat is not None and w.taken.aantal() == 0)
    for i, naam in enumerate(SCHERMEN):
        scherm = w.toon_scherm(i)
        if naam == "rapport":
            wacht(lambda s=scherm: s.document.pageCount() > 0 and w.taken.aantal() == 0)
            rust(10)
            scherm.naar_pagina(1)  # "Kern voor het bestuur"
            rust(30)
        elif naam == "invoer":
            from bodcheck.model import Bron

            scherm.toon_cel(Bron("Bod", "C36"))
        elif naam == "vraagpunten":
            from bodcheck.model import notitie_sleutel

            b01 = next(v for v in w.resultaat.vraagpunten if v.id == "B01")
            scherm.kies(notitie_sleutel(b01))
            scherm.veld_notitie.setPlainText("Eerst vragen wanneer de gemeente Molenweg bouwrijp heeft.")
        rust()
        w.grab().save(str(uit / f"{naam}{achter}.png"))
    # the years: the example's 2024 and 2025 assessments linked (the view Over de jaren, last year's answer)
    from PySide6.QtWidgets import QScrollArea

    from bodcheck import voorbeeld

    paden = voorbeeld.schrijf_reeks(tmp / "reeks", w.beoordeling)
    jaren = w.bestanden.vorige_jaren_koppelen([p for p in paden if p.name.endswith(("2024.bodcheck", "2025.bodcheck"))])
    wacht(lambda: jaren.monitor is not None and w.taken.aantal() == 0)
    rust(30)
    w.grab().save(str(uit / f"jaren{achter}.png"))
    jaren.findChild(QScrollArea).ensureWidgetVisible(jaren.grafieken[-1])
    rust(30)
    w.grab().save(str(uit / f"jaren-grafieken{achter}.png"))
    w.toon_scherm(SCHERMEN.index("vraagpunten")).kies("D01|woningen_efg")
    rust(20)
    w.grab().save(str(uit / f"jaren-vraagpunten{achter}.png"))
    w.hulp()
    rust()
    from ui.hulp import HulpDialoog

    hulp = next(d for d in w.findChildren(HulpDialoog))
    hulp.grab().save(str(uit / f"hulp{achter}.png"))
    hulp.close()

    # several bods together: the gemeente example, a drill-down, and the regio example
    w.bestanden.open_voorbeeld_samen()
    wacht(lambda: bool(w.samen_vensters) and w.samen_vensters[-1].uitkomst is not None and w.taken.aantal() == 0)
    samen = w.samen_vensters[-1]
    samen.resize(breed, hoog)
    wacht(lambda: samen.taken.aantal() == 0)
    scherm = samen.toon_scherm("samen")
    scherm.kies_doel("opgeleverd")
    rust()
    samen.grab().save(str(uit / f"samen{achter}.png"))
    samen.toon_scherm("corporaties")
    rust()
    samen.grab().save(str(uit / f"samen-corporaties{achter}.png"))
    eigen = samen.open_eigen(0, 1)  # Stichting Wonen Aadal
    eigen.resize(breed, hoog)
    rust()
    eigen.grab().save(str(uit / f"samen-eigen{achter}.png"))
    eigen.close()
    samen.close()
    w.bestanden.open_voorbeeld_samen("regio")
    wacht(lambda: bool(w.samen_vensters) and w.samen_vensters[-1].uitkomst is not None and w.taken.aantal() == 0)
    regio = w.samen_vensters[-1]
    regio.resize(breed, hoog)
    wacht(lambda: regio.taken.aantal() == 0)
    regio.toon_scherm("regio")
    rust()
    regio.grab().save(str(uit / f"regio{achter}.png"))
    regio.close()
    w.gewijzigd = False
    w.close()
    print(f"schermafdrukken in {uit}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
