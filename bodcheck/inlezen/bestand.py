"""Opening a workbook safely: recognise what the file really is, refuse what could hurt (zip bombs,
XML entity bombs, huge sheets), and read only the sheets bodcheck needs, streaming and read-only.

The input file is opened for reading only and closed again; nothing is ever written to it.
"""

from __future__ import annotations

import contextlib
import re
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from defusedxml import ElementTree as SafeET
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

MAX_BESTAND_BYTES = 50 * 1024 * 1024  # on disk
MAX_UITGEPAKT_BYTES = 200 * 1024 * 1024  # all zip members together
MAX_BLAD_BYTES = 20 * 1024 * 1024  # one sheet we read, uncompressed
MAX_COMPRESSIE = 200  # uncompressed/compressed per member beyond which a large member is a zip bomb
MAX_RIJEN = 5_000  # rows per sheet we read
MAX_KOLOMMEN = 200
MAX_TEKST = 5_000  # characters kept of one text cell

_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
       "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}


class BestandFout(Exception):
    """The file cannot be used at all. The message is Dutch and complete (without the file name)."""

    def __init__(self, tekst: str, blad: str | None = None, cel: str | None = None):
        super().__init__(tekst)
        self.tekst = tekst
        self.blad = blad
        self.cel = cel


@dataclass(frozen=True)
class Cel:
    rij: int  # 1-based
    kolom: int  # 1-based
    waarde: Any
    formaat: str = "General"
    foutwaarde: bool = False  # #DIV/0!, #N/B, ...
    formule_zonder_waarde: bool = False

    @property
    def adres(self) -> str:
        return f"{get_column_letter(self.kolom)}{self.rij}"


def _soort_bestand(kop: bytes) -> str:
    if kop.startswith(b"PK"):
        return "zip"
    if kop.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if kop.startswith(b"%PDF"):
        return "pdf"
    return "anders"


def _is_versleuteld(pad: Path) -> bool:
    """An encrypted xlsx is an OLE container with an 'EncryptedPackage' stream (name in UTF-16)."""
    with pad.open("rb") as f:
        data = f.read(2 * 1024 * 1024)
    return "EncryptedPackage".encode("utf-16-le") in data


def controleer(pad: Path) -> None:
    """Raise BestandFout with a Dutch reason when the file is not a usable .xlsx."""
    if not pad.exists():
        raise BestandFout("bestand niet gevonden")
    if pad.is_dir():
        raise BestandFout("dit is een map, geen bestand")
    try:
        grootte = pad.stat().st_size
        with pad.open("rb") as f:
            kop = f.read(8)
    except OSError as e:
        raise BestandFout(f"bestand kan niet worden geopend ({e.strerror or 'geen toegang'})") from None
    if grootte == 0:
        raise BestandFout("bestand is leeg (0 bytes)")
    if grootte > MAX_BESTAND_BYTES:
        raise BestandFout(f"bestand is te groot ({grootte // (1024 * 1024)} MB; hoogstens "
                          f"{MAX_BESTAND_BYTES // (1024 * 1024)} MB)")
    soort = _soort_bestand(kop)
    if soort == "ole":
        if _is_versleuteld(pad):
            raise BestandFout("werkboek is met een wachtwoord beveiligd; sla het in Excel op zonder wachtwoord")
        raise BestandFout("dit is een oud Excel-bestand (.xls); sla het in Excel op als .xlsx")
    if soort == "pdf":
        raise BestandFout("dit is een PDF-bestand, geen Excel-werkboek (.xlsx)")
    if soort != "zip":
        if pad.suffix.lower() == ".csv" or b"," in kop or b";" in kop:
            raise BestandFout("dit is een tekstbestand (zoals csv), geen Excel-werkboek (.xlsx); "
                              "gebruik het sjabloon van bodcheck")
        raise BestandFout("dit is geen Excel-werkboek (.xlsx)")
    try:
        with zipfile.ZipFile(pad) as z:
            leden = z.infolist()
            namen = {i.filename for i in leden}
            totaal = 0
            for i in leden:
                totaal += i.file_size
                if i.file_size > 10 * 1024 * 1024 and i.compress_size and \
                        i.file_size / i.compress_size > MAX_COMPRESSIE:
                    raise BestandFout("bestand pakt uit tot een onredelijk grote omvang (mogelijk een "
                                      "zip-bom) en wordt niet gelezen")
            if totaal > MAX_UITGEPAKT_BYTES:
                raise BestandFout(f"bestand pakt uit tot {totaal // (1024 * 1024)} MB; dat is te groot "
                                  "voor een bodcheck-werkboek")
            if "xl/workbook.xml" not in namen:
                raise BestandFout("dit zip-bestand is geen Excel-werkboek (xl/workbook.xml ontbreekt)")
            bad = z.testzip()
            if bad is not None:
                raise BestandFout(f"bestand is beschadigd (onderdeel {bad} is onleesbaar)")
    except zipfile.BadZipFile:
        raise BestandFout("bestand is beschadigd of onvolledig (geen geldig zip-archief)") from None
    except (OSError, EOFError, zipfile.LargeZipFile, NotImplementedError) as e:
        raise BestandFout(f"bestand is beschadigd of onvolledig ({type(e).__name__})") from None


def _blad_onderdelen(z: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> zip member (xl/worksheets/sheetN.xml), read with a hardened XML parser."""
    wb = SafeET.fromstring(z.read("xl/workbook.xml"))
    rels = SafeET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    doelen = {r.get("Id"): r.get("Target", "") for r in rels.findall("rel:Relationship", _NS)}
    uit: dict[str, str] = {}
    for s in wb.findall("m:sheets/m:sheet", _NS):
        doel = doelen.get(s.get(f"{{{_NS['r']}}}id"), "")
        doel = doel.lstrip("/")
        if not doel.startswith("xl/"):
            doel = "xl/" + doel
        uit[s.get("name", "")] = doel
    return uit


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"')


class Werkboek:
    """Read-only access to the sheets of one workbook, by name (case-insensitive, spaces ignored)."""

    def __init__(self, pad: Path):
        self.pad = pad
        controleer(pad)
        try:
            with zipfile.ZipFile(pad) as z:
                self._onderdelen = _blad_onderdelen(z)
                self._groottes = {i.filename: i.file_size for i in z.infolist()}
        except BestandFout:
            raise
        except Exception as e:  # hostile or broken XML in the workbook index
            raise BestandFout(_xml_fout_tekst(e)) from None
        self.bladnamen = list(self._onderdelen)
        self._wb_waarden = self._open(data_only=True)
        self._wb_formules = self._open(data_only=False)

    def _open(self, data_only: bool) -> Any:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # openpyxl warns about unsupported extensions; irrelevant here
                return load_workbook(self.pad, read_only=True, data_only=data_only, keep_links=False)
        except Exception as e:
            raise BestandFout(_xml_fout_tekst(e)) from None

    def close(self) -> None:
        for wb in (self._wb_waarden, self._wb_formules):
            with contextlib.suppress(Exception):  # closing must never hide the real outcome
                wb.close()

    def __enter__(self) -> Werkboek:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def vind_blad(self, naam: str) -> str | None:
        """The workbook's own name of sheet `naam` (case-insensitive, surrounding spaces ignored)."""
        doel = naam.strip().casefold()
        for n in self.bladnamen:
            if n.strip().casefold() == doel:
                return n
        return None

    def samengevoegd(self, blad: str) -> list[str]:
        """The merged ranges of a sheet (read-only mode does not give them, so read the XML)."""
        onderdeel = self._onderdelen.get(blad)
        if not onderdeel:
            return []
        with zipfile.ZipFile(self.pad) as z:
            data = z.read(onderdeel)
        return [m.decode() for m in _MERGE.findall(data)]

    def cellen(self, blad: str) -> Iterator[list[Cel]]:
        """Rows of non-empty cells (rows with nothing in them are skipped). Raises BestandFout beyond
        MAX_RIJEN rows or when the sheet's XML is larger than MAX_BLAD_BYTES."""
        onderdeel = self._onderdelen.get(blad, "")
        grootte = self._groottes.get(onderdeel, 0)
        if grootte > MAX_BLAD_BYTES:
            raise BestandFout(f"blad is te groot ({grootte // (1024 * 1024)} MB aan celgegevens)", blad)
        try:
            ws_w = self._wb_waarden[blad]
            ws_f = self._wb_formules[blad]
            paren = zip(ws_w.iter_rows(max_col=MAX_KOLOMMEN), ws_f.iter_rows(max_col=MAX_KOLOMMEN, values_only=True),
                        strict=False)
            for n, (rij_w, rij_f) in enumerate(paren, start=1):
                if n > MAX_RIJEN:
                    raise BestandFout(f"blad heeft meer dan {MAX_RIJEN:,} rijen; dit lijkt geen ingevuld "
                                      "bodcheck-sjabloon".replace(",", "."), blad, f"A{MAX_RIJEN + 1}")
                rij: list[Cel] = []
                for k, cel in enumerate(rij_w):
                    waarde = getattr(cel, "value", None)
                    formule = rij_f[k] if k < len(rij_f) else None
                    zonder = waarde is None and isinstance(formule, str) and formule.startswith("=")
                    if waarde is None and not zonder:
                        continue
                    r = getattr(cel, "row", None) or n
                    kol = getattr(cel, "column", None) or k + 1
                    fout = getattr(cel, "data_type", "") == "e"
                    if isinstance(waarde, str) and len(waarde) > MAX_TEKST:
                        waarde = waarde[:MAX_TEKST]
                    rij.append(Cel(r, kol, waarde, getattr(cel, "number_format", "General") or "General",
                                   fout, zonder))
                if rij:
                    yield rij
        except BestandFout:
            raise
        except Exception as e:
            raise BestandFout(_xml_fout_tekst(e), blad) from None


def _xml_fout_tekst(e: Exception) -> str:
    naam = type(e).__name__
    if naam in {"EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden", "NotSupportedError"}:
        return "werkboek bevat verboden XML-constructies (mogelijk kwaadaardig) en wordt niet gelezen"
    if isinstance(e, KeyError):
        return "werkboek is onvolledig: een onderdeel ontbreekt"
    return f"werkboek kan niet worden gelezen; het is beschadigd of geen geldig .xlsx ({naam})"
