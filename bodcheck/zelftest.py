"""`bodcheck --zelftest`: runs the whole chain on the bundled example in a temporary folder and checks what
came out. Meant for the frozen app (installer/): it catches a missing module, data file, font or Qt plugin
before a user does. Prints one Dutch line, "Zelftest geslaagd: …" or "Zelftest mislukt: …", and returns 0 or 1;
never a traceback (that goes to the log file, bodcheck.logboek).

Steps: write and assess the example (fixed peildatum) → the PDF report (header, trailer, size), the Excel
export (a zip with xl/workbook.xml), the JSON (parses, schema) → when PySide6 is present: QtPdf opens the
report and renders page 1, and the main window opens the example offscreen and closes again.

This module sits above the layers (tests/test_architectuur.py): it may import ui and PySide6, lazily.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from bodcheck import __version__, opmaak

PEILDATUM = dt.date(2026, 9, 1)  # fixed, so a run is the same on every machine and every day
PDF_MIN_BYTES = 10 * 1024
JSON_SCHEMA = "bodcheck/beoordeling/"
VENSTER_WACHTTIJD_S = 60.0  # the example is assessed in the background; this is the upper bound


class ZelftestFout(Exception):
    """A check failed; the message is one Dutch line (without the step name)."""


def zelftest(*, venster: bool = True, uit: Callable[[str], object] | None = None,
             fout_uit: Callable[[str], object] | None = None) -> int:
    """Run all steps; 0 when all pass, 1 at the first failure. `venster=False` skips the Qt steps."""
    uit = uit or sys.stdout.write
    fout_uit = fout_uit or sys.stderr.write
    begin = time.perf_counter()
    stap = "voorbereiden"
    try:
        verslag: list[str] = []
        with tempfile.TemporaryDirectory(prefix="bodcheck-zelftest-", ignore_cleanup_errors=True) as tmp:
            map_ = Path(tmp)
            stap = "voorbeeld beoordelen"
            paden = _voorbeeld(map_)
            stap = "rapport (PDF)"
            pdf = _zoek(paden, "beoordelingsrapport.pdf")
            verslag.append(_controleer_pdf(pdf))
            stap = "Excel-export"
            excel = _zoek(paden, "beoordeling.xlsx")
            verslag.append(_controleer_excel(excel))
            stap = "JSON"
            js = _zoek(paden, "beoordeling.json")
            verslag.append(_controleer_json(js))
            stap = "overige bestanden"
            verslag.append(_controleer_overige([p for p in paden if p not in (pdf, excel, js)]))
            if venster:
                stap = "Qt"
                with _qt_meldingen(fout_uit):
                    qt = _qt_app()
                    if qt is None:
                        verslag.append("programmavenster overgeslagen (PySide6 niet aanwezig)")
                    else:
                        stap = "lettertypen"
                        verslag.append(_controleer_lettertypen(qt))
                        stap = "PDF openen met Qt"
                        verslag.append(_controleer_qtpdf(pdf))
                        stap = "programmavenster"
                        verslag.append(_controleer_venster(map_, map_ / _bod_naam()))
        duur = f"{time.perf_counter() - begin:.1f}".replace(".", ",")
        uit(f"Zelftest geslaagd: bodcheck {__version__}, voorbeeld beoordeeld (peildatum "
            f"{opmaak.datum_lang(PEILDATUM)}); {'; '.join(verslag)} — {duur} s.\n")
        return 0
    except ZelftestFout as e:
        fout_uit(f"Zelftest mislukt: {stap}: {e}\n")
        return 1
    except KeyboardInterrupt:
        raise
    except BaseException as e:  # also SystemExit from deep inside a library: report it, never a traceback
        from bodcheck import logboek

        log = logboek.schrijf_fout(e, f"--zelftest, stap {stap}")
        fout_uit(f"Zelftest mislukt: {stap}: interne fout ({type(e).__name__}: {_kort(e)}). "
                 f"Details staan in {log}\n")
        return 1


def _kort(e: BaseException, lengte: int = 160) -> str:
    tekst = " ".join(str(e).split()) or "geen melding"
    return tekst if len(tekst) <= lengte else tekst[: lengte - 1] + "…"


def _bod_naam() -> str:
    from bodcheck import voorbeeld

    return voorbeeld.BOD


def _voorbeeld(map_: Path) -> list[Path]:
    from bodcheck import voorbeeld

    paden = [Path(p) for p in voorbeeld.schrijf_en_beoordeel(map_, PEILDATUM)]
    ontbreekt = [p.name for p in paden if not p.is_file()]
    if ontbreekt:
        raise ZelftestFout("niet geschreven: " + ", ".join(ontbreekt))
    return paden


def _zoek(paden: list[Path], naam: str) -> Path:
    for p in paden:
        if p.name == naam:
            return p
    raise ZelftestFout(f"het voorbeeld schreef geen {naam} (wel: {', '.join(p.name for p in paden)})")


def _controleer_overige(paden: list[Path]) -> str:
    """The other files the example writes (the workbooks, the .bodcheck file, the joint reports): the same
    checks, without the size limit for a PDF."""
    for p in paden:
        soort = p.suffix.lower()
        if soort == ".pdf":
            _controleer_pdf(p, min_bytes=1024)
        elif soort in (".xlsx", ".xlsm"):
            _controleer_excel(p)
        elif soort in (".json", ".bodcheck"):
            try:
                json.loads(p.read_text("utf-8"))
            except (ValueError, UnicodeDecodeError) as e:
                raise ZelftestFout(f"{p.name} is geen geldige JSON ({e})") from None
        elif p.stat().st_size == 0:
            raise ZelftestFout(f"{p.name} is leeg")
    return f"{len(paden)} andere bestanden"


def _kb(n: int) -> str:
    return f"{round(n / 1024)} kB"


def _controleer_pdf(pad: Path, min_bytes: int = PDF_MIN_BYTES) -> str:
    """Header and trailer only: the bundle has no PDF parser (Qt reads it in a later step)."""
    data = pad.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise ZelftestFout(f"{pad.name} begint niet met %PDF-")
    if len(data) < min_bytes:
        raise ZelftestFout(f"{pad.name} is maar {len(data)} bytes (verwacht minstens {_kb(min_bytes)})")
    staart = data[-2048:]
    if b"%%EOF" not in staart or b"startxref" not in staart:
        raise ZelftestFout(f"{pad.name} heeft geen volledige afsluiting (startxref/%%EOF ontbreekt)")
    return f"rapport (PDF, {_kb(len(data))})"


def _controleer_excel(pad: Path) -> str:
    if not zipfile.is_zipfile(pad):
        raise ZelftestFout(f"{pad.name} is geen geldig xlsx-bestand (geen zip)")
    with zipfile.ZipFile(pad) as z:
        namen = set(z.namelist())
        for nodig in ("[Content_Types].xml", "xl/workbook.xml"):
            if nodig not in namen:
                raise ZelftestFout(f"{pad.name} mist {nodig}")
        kapot = z.testzip()
        if kapot is not None:
            raise ZelftestFout(f"{pad.name}: onderdeel {kapot} is beschadigd")
        bladen = sum(1 for n in namen if n.startswith("xl/worksheets/sheet"))
    if bladen == 0:
        raise ZelftestFout(f"{pad.name} heeft geen werkbladen")
    return f"Excel-export ({bladen} {'blad' if bladen == 1 else 'bladen'})"


def _controleer_json(pad: Path) -> str:
    try:
        data = json.loads(pad.read_text("utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        raise ZelftestFout(f"{pad.name} is geen geldige JSON ({e})") from None
    schema = data.get("schema") if isinstance(data, dict) else None
    if not isinstance(schema, str) or not schema.startswith(JSON_SCHEMA):
        raise ZelftestFout(f"{pad.name} heeft niet het schema {JSON_SCHEMA}… (wel: {schema!r})")
    return f"JSON ({schema})"


# --- Qt -----------------------------------------------------------------------------------------------------


# The offscreen platform says this for every window it shows; it means nothing for a user.
STILLE_QT_MELDINGEN = ("This plugin does not support propagateSizeHints",)


@contextlib.contextmanager
def _qt_meldingen(fout_uit: Callable[[str], object]) -> Iterator[None]:
    """Qt's own warnings while the self-test runs: known harmless ones are dropped, the rest is passed on as
    `Qt: …` lines (they can explain a failure, e.g. a missing plugin). Debug and info messages are dropped."""
    try:
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    except ImportError:
        yield
        return

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
    """The running QApplication, or a new offscreen one set up as the app does (fonts, locale); None
    without PySide6. ui.app.maak_app registers bodcheck's own fonts, so this also checks they load."""
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError:
        return None
    from ui.app import maak_app

    app = QApplication.instance()
    if app is not None and not isinstance(app, QApplication):
        raise ZelftestFout("er draait al een Qt-toepassing zonder vensters (QGuiApplication)")
    # offscreen also on a desktop: the self-test must not flash a window or need a display
    return maak_app(["bodcheck", "-platform", "offscreen"])


def _controleer_lettertypen(app) -> str:
    """bodcheck's own DejaVu Sans (bodcheck/data/fonts) loads into Qt: the app needs it on a machine
    without fonts, and asking the system's font list would not tell whether the bundle has it."""
    from ui.app import registreer_lettertypen

    familie = registreer_lettertypen(app)
    if not familie:
        raise ZelftestFout("de meegeleverde lettertypen (DejaVu Sans in bodcheck/data/fonts) laden niet in Qt")
    return f"lettertype {familie}"


def _controleer_qtpdf(pdf: Path) -> str:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

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
    from PySide6.QtCore import QCoreApplication, QEventLoop

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
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QLabel

    from ui import hoofdvenster as hv
    from ui.dialogen import FoutDialoog

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
            raise ZelftestFout(f"{wat}: foutmelding in het venster: {_kort(Exception(meldingen[0]), 300)}")

    def rustig() -> bool:
        return bool(fouten or foutmeldingen()) or venster.taken.aantal() == 0

    venster = None
    try:
        venster = hv.Hoofdvenster(QSettings(str(map_ / "zelftest-instellingen.ini"), QSettings.Format.IniFormat))
        venster.autosave_timer.stop()
        venster.show()
        from bodcheck import voorbeeld

        wv = bod.parent / voorbeeld.WOONVISIE
        venster.lees_werkboeken(bod, wv if wv.exists() else None)  # the full path: bod and woonvisie together
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
