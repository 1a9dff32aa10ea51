"""The Qt half of `bodcheck --zelftest` (bodcheck.zelftest runs the rest): bodcheck's own fonts load, QtPdf
opens the report and renders page 1, and the main window opens the example offscreen, shows every view once
and closes again. The program entry (bodcheck.__main__) hands `qt_stappen` to the self-test."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QSize, QtMsgType, qInstallMessageHandler
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QLabel

from bodcheck import voorbeeld
from bodcheck.zelftest import ZelftestFout, kort
from ui import hoofdvenster as hv
from ui.app import maak_app, registreer_lettertypen
from ui.dialogen import FoutDialoog

VENSTER_WACHTTIJD_S = 60.0  # the example is assessed in the background; this is the upper bound


def qt_stappen(pdf: Path, map_: Path, bod: Path, fout_uit: Callable[[str], object],
               stap: Callable[[str], None]) -> list[str]:
    """Fonts, QtPdf and the main window; Qt's own warnings meanwhile go to `fout_uit`."""
    with _qt_meldingen(fout_uit):
        qt = _qt_app()
        stap("lettertypen")
        verslag = [_controleer_lettertypen(qt)]
        stap("PDF openen met Qt")
        verslag.append(_controleer_qtpdf(pdf))
        stap("programmavenster")
        verslag.append(_controleer_venster(map_, bod))
    return verslag


# The offscreen platform says this for every window it shows; it means nothing for a user.
STILLE_QT_MELDINGEN = ("This plugin does not support propagateSizeHints",)


@contextlib.contextmanager
def _qt_meldingen(fout_uit: Callable[[str], object]) -> Iterator[None]:
    """Qt's own warnings while the self-test runs: known harmless ones are dropped, the rest is passed on as
    `Qt: …` lines (they can explain a failure, e.g. a missing plugin). Debug and info messages are dropped."""
    def handler(soort, _context, tekst: str) -> None:
        if soort in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) or tekst.startswith(STILLE_QT_MELDINGEN):
            return
        fout_uit(f"Qt: {tekst}\n")

    vorige = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(vorige)


def _qt_app():
    """The running QApplication, or a new offscreen one set up as the app does (fonts, locale).
    ui.app.maak_app registers bodcheck's own fonts, so this also checks they load."""
    app = QApplication.instance()
    if app is not None and not isinstance(app, QApplication):
        raise ZelftestFout("er draait al een Qt-toepassing zonder vensters (QGuiApplication)")
    # offscreen also on a desktop: the self-test must not flash a window or need a display
    return maak_app(["bodcheck", "-platform", "offscreen"])


def _controleer_lettertypen(app) -> str:
    """bodcheck's own DejaVu Sans (bodcheck/data/fonts) loads into Qt: the app needs it on a machine
    without fonts, and asking the system's font list would not tell whether the bundle has it."""
    familie = registreer_lettertypen(app)
    if not familie:
        raise ZelftestFout("de meegeleverde lettertypen (DejaVu Sans in bodcheck/data/fonts) laden niet in Qt")
    return f"lettertype {familie}"


def _controleer_qtpdf(pdf: Path) -> str:
    doc = QPdfDocument()
    try:
        fout = doc.load(str(pdf))
        if fout != QPdfDocument.Error.None_:
            raise ZelftestFout(f"QtPdf kan {pdf.name} niet openen ({fout.name})")
        paginas = doc.pageCount()
        if paginas < 1:
            raise ZelftestFout(f"QtPdf vindt geen pagina's in {pdf.name}")
        beeld = doc.render(0, QSize(210, 297))
        if beeld.isNull():
            raise ZelftestFout(f"QtPdf kan pagina 1 van {pdf.name} niet tekenen")
    finally:
        doc.close()  # Windows cannot remove the temporary folder while the file is open
    woord = "pagina" if paginas == 1 else "pagina's"
    return f"{paginas} {woord} leesbaar voor QtPdf"


def _wacht(voorwaarde: Callable[[], object], seconden: float) -> bool:
    """Run the Qt event loop until `voorwaarde()` holds (results of background work arrive as events)."""
    eind = time.monotonic() + seconden
    while time.monotonic() < eind:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if voorwaarde():
            return True
        time.sleep(0.01)
    return bool(voorwaarde())


def _controleer_venster(map_: Path, bod: Path) -> str:
    """The main window as `bodcheck gui bod.xlsx` opens it, offscreen: read and assess the example in the
    background, show every view once (the charts, the report preview through QtPdf), close again. Settings
    go to a file in the temporary folder and autosave is off, so nothing of the user's changes."""
    fouten: list[BaseException] = []
    vorige_hook = sys.excepthook
    sys.excepthook = lambda _soort, fout, _tb: fouten.append(fout)  # an exception in a slot: record it

    def foutmeldingen() -> list[str]:
        uit = []
        for w in QApplication.topLevelWidgets():
            if isinstance(w, FoutDialoog) and w.isVisible():
                teksten = [lab.text() for lab in w.findChildren(QLabel) if lab.text()]
                uit.append(" ".join(" ".join([w.windowTitle(), *teksten[:2]]).split()))
        return uit

    def controleer(wat: str) -> None:
        if fouten:
            raise fouten[0]
        meldingen = foutmeldingen()
        if meldingen:
            raise ZelftestFout(f"{wat}: foutmelding in het venster: {kort(Exception(meldingen[0]), 300)}")

    def rustig() -> bool:
        return bool(fouten or foutmeldingen()) or venster.taken.aantal() == 0

    venster = None
    try:
        venster = hv.Hoofdvenster(QSettings(str(map_ / "zelftest-instellingen.ini"), QSettings.Format.IniFormat))
        venster.autosave_timer.stop()
        venster.show()
        wv = bod.parent / voorbeeld.WOONVISIE
        venster.bestanden.lees_werkboeken(bod, wv if wv.exists() else None)  # the full path: bod and woonvisie together
        klaar = _wacht(lambda: bool(fouten or foutmeldingen()) or (venster.resultaat is not None
                                                                  and venster.taken.aantal() == 0),
                       VENSTER_WACHTTIJD_S)
        controleer(f"{bod.name} openen")
        if not klaar or venster.resultaat is None:
            raise ZelftestFout(f"{bod.name} was na {VENSTER_WACHTTIJD_S:.0f} s nog niet beoordeeld")
        for i, naam in enumerate(hv.SCHERMEN):
            venster.toon_scherm(i)
            if not _wacht(rustig, VENSTER_WACHTTIJD_S):
                raise ZelftestFout(f"scherm {naam} was na {VENSTER_WACHTTIJD_S:.0f} s nog niet klaar")
            controleer(f"scherm {naam}")
        rapport = venster.scherm(hv.RAPPORT)
        if getattr(rapport, "pad", None) is None:
            raise ZelftestFout("het scherm Rapport toont geen rapport")
        paginas = rapport.document.pageCount()
        aantal = len(hv.SCHERMEN)
    finally:
        sys.excepthook = vorige_hook
        if venster is not None:
            venster.gewijzigd = False  # a fresh assessment counts as changed: no "bewaren?" question
            # Closing removes the autosave of the open assessment; for a never-saved one that is the user's
            # own crash-recovery copy (naamloos.bodcheck~). Point it at the temporary folder instead.
            venster.pad = map_ / "zelftest.bodcheck"
            venster.close()
            venster.deleteLater()
            _wacht(lambda: True, 0.1)
    return f"programmavenster: voorbeeld geopend, {aantal} schermen getoond (rapportweergave {paginas} blz.)"
