"""Opening a workbook safely: recognise what the file really is, refuse what could hurt (zip bombs,
XML entity bombs, huge sheets), and read only the sheets bodcheck needs, streaming and read-only.

The input file is opened for reading only and closed again; nothing is ever written to it.
"""

from __future__ import annotations

import contextlib
import re
import warnings
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel
from openpyxl.xml.constants import SHARED_STRINGS

from bodcheck.inlezen import openpyxl_intern

MAX_BESTAND_BYTES = 50 * 1024 * 1024  # on disk
MAX_UITGEPAKT_BYTES = 200 * 1024 * 1024  # all zip members together
MAX_BLAD_BYTES = 20 * 1024 * 1024  # one sheet we read, uncompressed
MAX_COMPRESSIE = 200  # uncompressed/compressed per member beyond which a large member is a zip bomb
MAX_RIJEN = 5_000  # rows per sheet we read
MAX_KOLOMMEN = 200
MAX_TEKST = 5_000  # characters kept of one text cell


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
    """An encrypted xlsx is an OLE container with an 'EncryptedPackage' stream (name in UTF-16). The
    directory holding that name may sit anywhere, often after the package itself: scan the whole file
    (it is at most MAX_BESTAND_BYTES), a block at a time."""
    naam = "EncryptedPackage".encode("utf-16-le")
    staart = b""
    with pad.open("rb") as f:
        while blok := f.read(1024 * 1024):
            if naam in staart + blok:
                return True
            staart = blok[-len(naam):]
    return False


def controleer(pad: Path) -> None:
    """Raise BestandFout with a Dutch reason when the file is not a usable .xlsx."""
    from bodcheck import invoerpad

    reden = invoerpad.probleem(pad)
    if reden:
        raise BestandFout(reden)
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
        raise BestandFout(invoerpad.pdf_tekst("Excel-werkboek"))
    if soort != "zip":
        if pad.suffix.lower() == ".csv" or b"," in kop or b";" in kop:
            raise BestandFout("dit is een tekstbestand (zoals csv), geen Excel-werkboek (.xlsx); "
                              "gebruik het sjabloon van bodcheck")
        raise BestandFout("dit is geen Excel-werkboek (.xlsx); kies het ingevulde sjabloon van de corporatie")
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
            for i in leden:
                grens = _onderdeel_grens(i.filename)
                if grens is not None and i.file_size > grens:
                    raise BestandFout(f"onderdeel {i.filename} van het werkboek is te groot "
                                      f"({_mb(i.file_size)}; hoogstens {_mb(grens)}) en wordt niet gelezen")
            if "xl/workbook.xml" not in namen:
                if _opendocument(z, namen):
                    raise BestandFout(ODS_TEKST)
                raise BestandFout("dit is geen Excel-werkboek maar een ander ingepakt bestand (zoals een Word-document); "
                                  "kies het werkboek (.xlsx) van de corporatie")
            for i in leden:
                _controleer_onderdeel(z, i)
    except (zipfile.BadZipFile, OSError, EOFError, zipfile.LargeZipFile, NotImplementedError):
        raise BestandFout(KAPOT_TEKST) from None


KAPOT_TEKST = ("het werkboek is beschadigd of niet helemaal overgekomen; vraag de corporatie het opnieuw te sturen, of "
               "open het in Excel of LibreOffice en bewaar het opnieuw als .xlsx")


ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
ODS_TEKST = ("dit is een OpenDocument-werkblad (.ods), geen Excel-werkboek; open het in LibreOffice Calc en kies "
             "Bestand › Opslaan als › Excel 2007-365 (.xlsx), en lees dat bestand in")


def _opendocument(z: zipfile.ZipFile, namen: set[str]) -> bool:
    """An OpenDocument spreadsheet: its first member `mimetype` names the ODF spreadsheet type."""
    if "mimetype" not in namen or z.getinfo("mimetype").file_size > 100:
        return False
    try:
        return z.read("mimetype").strip() == ODS_MIMETYPE
    except (zipfile.BadZipFile, zlib.error, OSError, RuntimeError, NotImplementedError):
        return False


MAX_STIJLEN_BYTES = 5 * 1024 * 1024  # xl/styles.xml: a real one is tens of kB; openpyxl parses it whole


def _onderdeel_grens(naam: str) -> int | None:
    """The size cap of one zip member: the styles are parsed whole, every XML part at most as a sheet."""
    if naam.lower() == "xl/styles.xml":
        return MAX_STIJLEN_BYTES
    if naam.lower().startswith("xl/worksheets/"):
        return None  # a sheet is checked when it is read (Werkboek._onderdeel), with its own message
    if naam.lower().endswith((".xml", ".rels", ".vml")):
        return MAX_BLAD_BYTES
    return None


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} kB"


# A DOCTYPE has no place in an xlsx: it is how entity bombs and external entities get in.
_VERBODEN = tuple(t.encode(c) for t in ("<!DOCTYPE", "<!ENTITY") for c in ("utf-8", "utf-16-le", "utf-16-be"))


def _controleer_onderdeel(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Read one member to the end, streaming: the CRC is checked (a damaged member raises) and XML is
    searched for a DOCTYPE or ENTITY declaration. Bounded: members were checked against the size limits."""
    xml = info.filename.lower().endswith((".xml", ".rels", ".vml"))
    staart = b""
    try:
        with z.open(info) as f:
            while blok := f.read(1024 * 1024):
                if xml and any(v in staart + blok for v in _VERBODEN):
                    raise BestandFout("werkboek bevat verboden XML-constructies (mogelijk kwaadaardig) en wordt "
                                      "niet gelezen")
                staart = blok[-32:]
    except BestandFout:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError):
        raise BestandFout(KAPOT_TEKST) from None


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"')


class Werkboek:
    """Read-only access to the sheets of one workbook, by name (case-insensitive, spaces ignored).

    The workbook index, shared strings and styles are read once; a sheet is parsed only when asked for,
    in one streaming pass that stops at MAX_RIJEN. (openpyxl's load_workbook would parse every sheet
    without a <dimension> element in full, twice with data_only and formulas: an unbounded cost.)"""

    def __init__(self, pad: Path):
        self.pad = pad
        controleer(pad)
        self._zip: zipfile.ZipFile | None = None
        try:
            self._lees_index()
        except BestandFout:
            self.close()
            raise
        except Exception as e:  # hostile or broken XML in the workbook index, strings or styles
            self.close()
            raise BestandFout(_xml_fout_tekst(e)) from None

    def _lees_index(self) -> None:
        lezer = ExcelReader(str(self.pad), read_only=True, data_only=True, keep_links=False)
        self._zip = lezer.archive
        self._groottes = {i.filename: i.file_size for i in self._zip.infolist()}
        lezer.read_manifest()
        strings = lezer.package.find(SHARED_STRINGS)
        if strings is not None and self._groottes.get(strings.PartName[1:], 0) > MAX_BLAD_BYTES:
            raise BestandFout(f"de tekstentabel van het werkboek is te groot "
                              f"({self._groottes[strings.PartName[1:]] // (1024 * 1024)} MB)")
        lezer.read_strings()
        lezer.read_workbook()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style": irrelevant for reading values
            apply_stylesheet(self._zip, lezer.wb)
        self._wb = lezer.wb
        self._teksten = lezer.shared_strings
        bladen = [(blad, rel) for blad, rel in lezer.parser.find_sheets() if "chartsheet" not in rel.Type]
        self._onderdelen = {blad.name: rel.target for blad, rel in bladen}
        self.bladnamen = list(self._onderdelen)
        self.verborgen = {blad.name for blad, _ in bladen if (blad.state or "visible") != "visible"}
        self._koppeling: dict[str, str] | None = None

    def close(self) -> None:
        if self._zip is not None:
            with contextlib.suppress(Exception):  # closing must never hide the real outcome
                self._zip.close()
            self._zip = None

    def __enter__(self) -> Werkboek:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def koppel(self, bekende: tuple[str, ...]) -> list[tuple[str, str]]:
        """Match the workbook's sheet names to the sheets bodcheck knows (bodcheck.namen, three steps) and
        return the meldingen as (soort, tekst): a look-alike accepted (waarschuwing), a confusable that is
        not the name (fout), two sheets that are one name (fout), a hidden sheet that is read (waarschuwing).
        After this, vind_blad answers from the match."""
        from bodcheck import namen

        meldingen: list[tuple[str, str]] = []
        self._koppeling = {}
        bekend_normaal = {namen.normaal(b): b for b in bekende}
        groepen: dict[str, list[str]] = {}
        for n in self.bladnamen:
            groepen.setdefault(namen.normaal(n), []).append(n)
        dubbel = set()
        for normaal, groep in groepen.items():
            if len(groep) > 1 and normaal in bekend_normaal:
                lijst = " en ".join(f"'{namen.toon(n)}'" for n in groep)
                meldingen.append(("fout", f"de bladen {lijst} zijn allebei blad {bekend_normaal[normaal]}; laat er "
                                          "één staan"))
                dubbel.add(bekend_normaal[normaal])
        for b in bekende:
            for n in self.bladnamen:
                v = namen.vergelijk(n, b)
                if v is None:
                    continue
                if v.soort == "fout":
                    meldingen.append(("fout", v.tekst or ""))
                    continue
                if b in dubbel or b.casefold() in self._koppeling:
                    continue
                self._koppeling[b.casefold()] = n
                if v.soort == "waarschuwing":
                    meldingen.append(("waarschuwing", v.tekst or ""))
                if n in self.verborgen:
                    meldingen.append(("waarschuwing", f"blad '{namen.toon(n)}' is verborgen; bodcheck leest het wel. "
                                                      "Maak het zichtbaar om te zien wat er staat"))
        return meldingen

    def vind_blad(self, naam: str) -> str | None:
        """The workbook's own name of sheet `naam` (case-insensitive, surrounding spaces ignored; after
        `koppel`, also the look-alikes it accepted)."""
        if self._koppeling is not None:
            return self._koppeling.get(naam.casefold())
        doel = naam.strip().casefold()
        for n in self.bladnamen:
            if n.strip().casefold() == doel:
                return n
        return None

    def _onderdeel(self, blad: str) -> str:
        onderdeel = self._onderdelen.get(blad, "")
        if onderdeel not in self._groottes:
            raise BestandFout("werkboek is onvolledig: het blad ontbreekt in het bestand", blad)
        grootte = self._groottes[onderdeel]
        if grootte > MAX_BLAD_BYTES:
            raise BestandFout(f"blad is te groot ({grootte // (1024 * 1024)} MB aan celgegevens; hoogstens "
                              f"{MAX_BLAD_BYTES // (1024 * 1024)} MB)", blad)
        return onderdeel

    def samengevoegd(self, blad: str) -> list[str]:
        """The merged ranges of a sheet (read from the XML: the streaming parser does not give them)."""
        assert self._zip is not None
        data = self._zip.read(self._onderdeel(blad))
        return [m.decode() for m in _MERGE.findall(data)]

    def cellen(self, blad: str) -> list[list[Cel]]:
        """Rows of non-empty cells (rows with nothing in them are skipped), columns beyond MAX_KOLOMMEN
        ignored. Raises BestandFout when the sheet has data beyond row MAX_RIJEN or its XML is larger
        than MAX_BLAD_BYTES."""
        assert self._zip is not None
        onderdeel = self._onderdeel(blad)
        rijen: list[list[Cel]] = []
        try:
            with self._zip.open(onderdeel) as src:
                for nr, ruw in openpyxl_intern.CelLezer(src, self._teksten, self._wb.epoch).parse():
                    if nr > MAX_RIJEN:
                        raise BestandFout(
                            f"blad heeft gegevens tot voorbij rij {_duizend(MAX_RIJEN)} (rij {_duizend(nr)}); "
                            "dit lijkt geen ingevuld bodcheck-sjabloon. Verwijder de rijen onder de gegevens",
                            blad, f"A{nr}")
                    rij = [c for c in (self._cel(r) for r in ruw) if c is not None]
                    if rij:
                        rijen.append(rij)
        except BestandFout:
            raise
        except Exception as e:
            raise BestandFout(_xml_fout_tekst(e), blad) from None
        return rijen

    def _cel(self, ruw: dict[str, Any]) -> Cel | None:
        waarde, formule, kolom = ruw["value"], ruw["formule"], ruw["column"]
        if (waarde is None and not formule) or kolom > MAX_KOLOMMEN:
            return None
        formaat = openpyxl_intern.formaat(self._wb, ruw["style_id"])
        fout = ruw["data_type"] == "e"
        if (ruw["data_type"] == "n" and isinstance(waarde, int | float)
                and openpyxl_intern.is_datum(self._wb, ruw["style_id"])):
            try:
                waarde = from_excel(waarde, self._wb.epoch,
                                    timedelta=openpyxl_intern.is_tijdsduur(self._wb, ruw["style_id"]))
            except (OverflowError, ValueError):
                waarde, fout = "#DATUM!", True  # a date format on a number no calendar has
        if isinstance(waarde, str) and len(waarde) > MAX_TEKST:
            waarde = waarde[:MAX_TEKST]
        return Cel(ruw["row"], kolom, waarde, formaat, fout, waarde is None and formule)


def _duizend(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _xml_fout_tekst(e: Exception) -> str:
    naam = type(e).__name__
    if naam in {"EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden", "NotSupportedError"}:
        return "werkboek bevat verboden XML-constructies (mogelijk kwaadaardig) en wordt niet gelezen"
    if isinstance(e, KeyError):
        return "werkboek is onvolledig: een onderdeel ontbreekt"
    return KAPOT_TEKST
