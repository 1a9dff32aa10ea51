"""`bodcheck --zelftest`: runs the whole chain on the bundled example in a temporary folder and checks what
came out. Meant for the frozen app (installer/): it catches a missing module, data file, font or Qt plugin
before a user does. Prints one Dutch line, "Zelftest geslaagd: …" or "Zelftest mislukt: …", and returns 0 or 1;
never a traceback (that goes to the log file, bodcheck.logboek).

Steps: write and assess the example (fixed peildatum) → the PDF report (header, trailer, size), the Excel
export (a zip with xl/workbook.xml), the JSON (parses, schema) → when PySide6 is present: QtPdf opens the
report and renders page 1, and the main window opens the example offscreen and closes again.

The Qt steps live in ui.zelftest: the program entry (bodcheck.__main__) hands them in as `gui`, as it hands
the command line the app launcher, so bodcheck never imports ui.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from bodcheck import __version__, opmaak

PEILDATUM = dt.date(2026, 9, 1)  # fixed, so a run is the same on every machine and every day
PDF_MIN_BYTES = 10 * 1024
JSON_SCHEMA = "bodcheck/beoordeling/"


class ZelftestFout(Exception):
    """A check failed; the message is one Dutch line (without the step name)."""


# The Qt steps (ui.zelftest.qt_stappen): (pdf, folder, bod workbook, fout_uit, stap) -> report parts; `stap(naam)`
# names the step running, for the failure line.
QtStappen = Callable[[Path, Path, Path, Callable[[str], object], Callable[[str], None]], list[str]]


def zelftest(*, venster: bool = True, gui: QtStappen | None = None, uit: Callable[[str], object] | None = None,
             fout_uit: Callable[[str], object] | None = None) -> int:
    """Run all steps; 0 when all pass, 1 at the first failure. The Qt steps run when `venster` and `gui` is
    given (the program entry gives it when PySide6 is present)."""
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
            if venster and gui is None:
                verslag.append("programmavenster overgeslagen (PySide6 niet aanwezig)")
            elif venster and gui is not None:

                def zet_stap(naam: str) -> None:
                    nonlocal stap
                    stap = naam

                stap = "Qt"
                verslag.extend(gui(pdf, map_, map_ / _bod_naam(), fout_uit, zet_stap))
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
        fout_uit(f"Zelftest mislukt: {stap}: interne fout ({type(e).__name__}: {kort(e)}). "
                 f"Details staan in {log}\n")
        return 1


def kort(e: BaseException, lengte: int = 160) -> str:
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
