"""Screenshots of filling in an assessment in the app (issue 17), offscreen, 1280×800 (docs/schermen/invullen-*.png):
the question at the start, the empty Invoer view, and a pasted block with one skipped cell and its message.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.schermafdrukken_invullen docs/schermen

Settings and autosave go to a temporary folder; nothing of the user's is touched."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# As LibreOffice copies it from a Dutch sheet: rows schuld_nominaal, schuld_geborgd, beleidswaarde, 2026–2030,
# with one cell that is no number.
BLOK = ("€ 300.000\t310.000\tcirca 320.000\t330.000\t340.000\n"
        "250.000\t255.000\t260.000\t265.000\t270.000\n"
        "600.000\t640.000\t640.000\t660.000\t680.000")


def main(argv: list[str]) -> int:
    uit = Path(argv[0] if argv else "docs/schermen")
    uit.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="invoer-schermen-"))
    for naam in ("XDG_STATE_HOME", "LOCALAPPDATA", "XDG_DATA_HOME"):  # autosave, log: not the user's folders
        os.environ[naam] = str(tmp / naam.lower())

    from PySide6.QtCore import QItemSelectionModel, QPoint, QSettings, QStandardPaths, Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    QStandardPaths.setTestModeEnabled(True)
    from ui import invullen
    from ui.app import maak_app
    from ui.hoofdvenster import INVOER, Hoofdvenster

    maak_app()

    def rust() -> None:
        QTest.qWait(400)

    def wacht(voorwaarde) -> None:
        for _ in range(3000):  # at most a minute
            if voorwaarde():
                return
            QTest.qWait(20)
        raise TimeoutError("wachten duurde te lang")

    w = Hoofdvenster(QSettings(str(tmp / "bodcheck.ini"), QSettings.Format.IniFormat))
    w.resize(1280, 800)
    w.show()
    rust()

    d = invullen.InvulDialoog(dt.date(2026, 12, 6), w)
    d.corporatie.setText("Woonstede")
    d.gemeente.setText("Aaberg")
    d.show()
    rust()
    d.grab().save(str(uit / "invullen-begin.png"))
    d.close()

    invullen.begin(w, "Woonstede", "Aaberg", 2026)
    wacht(lambda: w.resultaat is not None and w.taken.aantal() == 0)
    rust()
    w.grab().save(str(uit / "invullen-leeg.png"))

    scherm = w.toon_scherm(INVOER)
    tabel = scherm.tabel("Prognose")
    m = tabel.model()
    for code, waarde in (("kasstroom_operationeel", "30.000"), ("rente_betaald", "12.000"), ("rente_ontvangen", "500")):
        m.setData(m.index(next(i for i, r in enumerate(m.regels) if r.code == code), m.VASTE_KOLOMMEN), waarde)
        wacht(lambda: w.taken.aantal() == 0)
        m = scherm.tabel("Prognose").model()
    rij = next(i for i, r in enumerate(m.regels) if r.code == "schuld_nominaal")
    tabel.setFocus()
    tabel.selectionModel().setCurrentIndex(m.index(rij, m.VASTE_KOLOMMEN), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    QApplication.clipboard().setText(BLOK)
    scherm.plak("Prognose", [r.split("\t") for r in BLOK.split("\n")], rij, m.VASTE_KOLOMMEN)
    wacht(lambda: w.taken.aantal() == 0)
    rust()
    beeld = w.grab().toImage()
    box = scherm.findChildren(QMessageBox, "plakverslag")[-1]
    rust()
    venster_beeld = box.grab().toImage()
    p = QPainter(beeld)
    p.drawImage(QPoint((beeld.width() - venster_beeld.width()) // 2, (beeld.height() - venster_beeld.height()) // 2),
                venster_beeld)
    p.setPen(Qt.GlobalColor.darkGray)
    p.drawRect((beeld.width() - venster_beeld.width()) // 2, (beeld.height() - venster_beeld.height()) // 2,
               venster_beeld.width() - 1, venster_beeld.height() - 1)
    p.end()
    beeld.save(str(uit / "invullen-geplakt.png"))
    box.close()
    w.taken.wacht()
    w.gewijzigd = False
    w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
