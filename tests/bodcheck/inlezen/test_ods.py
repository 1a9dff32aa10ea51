"""Issue 17 §5: an OpenDocument spreadsheet (.ods) is recognised and the user is told in one Dutch line how
to save it as .xlsx. The .ods is a real OpenDocument package built here: a zip whose first member is the
uncompressed `mimetype`, with a content.xml holding a table (no reader of ours should get past the check)."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from bodcheck import cli, inlezen

MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
 <office:body><office:spreadsheet>
  <table:table table:name="Algemeen">
   <table:table-row><table:table-cell office:value-type="string"><text:p>Formaatversie</text:p></table:table-cell>
    <table:table-cell office:value-type="float" office:value="1.1"><text:p>1,1</text:p></table:table-cell>
   </table:table-row>
  </table:table>
 </office:spreadsheet></office:body>
</office:document-content>
"""
MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""


def _ods(pad: Path) -> Path:
    with zipfile.ZipFile(pad, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", CONTENT, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
    return pad


VERWACHT = ("dit is een OpenDocument-werkblad (.ods), geen Excel-werkboek; open het in LibreOffice Calc en kies "
            "Bestand › Opslaan als › Excel 2007-365 (.xlsx), en lees dat bestand in")


@pytest.mark.parametrize("naam", ["bod.ods", "bod.xlsx"])  # recognised by content, not by name
def test_ods_wordt_herkend(tmp_path: Path, naam: str) -> None:
    pad = _ods(tmp_path / naam)
    voor = hashlib.sha256(pad.read_bytes()).hexdigest()
    _, meldingen = inlezen.lees(pad)
    assert [m.regel_tekst() for m in meldingen] == [f"{naam}: {VERWACHT}"]
    assert hashlib.sha256(pad.read_bytes()).hexdigest() == voor  # never written to


def test_ods_via_de_opdrachtregel(tmp_path: Path, capsys) -> None:
    pad = _ods(tmp_path / "bod.ods")
    assert cli.main(["beoordeel", str(pad), "--json", str(tmp_path / "uit.json")]) == 2
    fout = capsys.readouterr().err
    assert f"bod.ods: {VERWACHT}" in fout
    assert "Traceback" not in fout and not (tmp_path / "uit.json").exists()


def test_andere_zip_houdt_de_oude_melding(tmp_path: Path) -> None:
    pad = tmp_path / "bod.xlsx"
    with zipfile.ZipFile(pad, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")  # a text document, not a spreadsheet
        z.writestr("content.xml", "<x/>")
    _, meldingen = inlezen.lees(pad)
    assert [m.tekst for m in meldingen] == ["dit is geen Excel-werkboek maar een ander ingepakt bestand (zoals een Word-document); "
                                                "kies het werkboek (.xlsx) van de corporatie"]
