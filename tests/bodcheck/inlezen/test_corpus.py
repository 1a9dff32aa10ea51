"""Issue 7: a corpus of bad input, generated here (no binary blobs in the repository).

Each case writes a workbook, runs the command line in-process (`beoordeel BOD --json --excel`) and
checks: exit 2 for unusable input (or a warning where the input is still usable), the Dutch line
naming the file and `Blad!Cel`, no traceback, nothing written, the input file unchanged. The expected
messages are written out by hand.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bodcheck import cli, inlezen
from tests.bodcheck.inlezen import werkboeken as w

ROOT = Path(__file__).resolve().parents[3]


def _wijzig(pad: Path, blad: str, bewerk: Callable) -> Path:
    """Change a written workbook with openpyxl (formulas, error values, merged cells, formats)."""
    wb = load_workbook(pad)
    bewerk(wb[blad])
    wb.save(pad)
    return pad


def _bod(map_: Path, aanpassen: Callable[[dict], None] | None = None, naam: str = "bod.xlsx") -> Path:
    g = w.bod_gegevens()
    if aanpassen:
        aanpassen(g)
    return w.schrijf(map_ / naam, g)


def _zet(blad: str, code: str, i: int, waarde) -> Callable[[dict], None]:
    def f(g: dict) -> None:
        g[blad]["regels"][code][i] = waarde
    return f


def _algemeen(code: str, waarde) -> Callable[[dict], None]:
    def f(g: dict) -> None:
        g["Algemeen"][code] = waarde
    return f


def _bestand(data: bytes) -> Callable[[Path], Path]:
    def maak(map_: Path) -> Path:
        (map_ / "bod.xlsx").write_bytes(data)
        return map_ / "bod.xlsx"
    return maak


def _ole(map_: Path, naam: str, versleuteld: bool) -> Path:
    """An OLE compound file header followed by a directory entry; an encrypted xlsx names its stream
    'EncryptedPackage'. The name is put after 3 MB of package data, as in real files."""
    kop = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    stroom = "EncryptedPackage" if versleuteld else "Workbook"
    data = kop + os.urandom(3 * 1024 * 1024) + stroom.encode("utf-16-le") + bytes(64)
    (map_ / naam).write_bytes(data)
    return map_ / naam


_BOM = ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
        '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>')
_BOD_XML = w.blad_xml([["code", "omschrijving", 2027], ["sloop", "Woningen gesloopt", 1]])


def _bom_werkboek(map_: Path) -> Path:
    return w.ruw_xlsx(map_ / "bod.xlsx", {"Algemeen": w.blad_xml(w.ALGEMEEN_RIJEN), "Bod": _BOD_XML},
                      werkboek_voor=_BOM)


def _bom_teksten(map_: Path) -> Path:
    sst = (f'<?xml version="1.0"?>{_BOM}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'count="1" uniqueCount="1"><si><t>&lol4;</t></si></sst>')
    blad = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>')
    return w.ruw_xlsx(map_ / "bod.xlsx", {"Algemeen": w.blad_xml(w.ALGEMEEN_RIJEN), "Bod": blad},
                      extra={"xl/sharedStrings.xml": sst})


def _zipbom(map_: Path) -> Path:
    """A member of 40 MB zeros: about 40 kB compressed."""
    pad = w.ruw_xlsx(map_ / "bod.xlsx", {"Algemeen": w.blad_xml(w.ALGEMEEN_RIJEN), "Bod": _BOD_XML})
    with zipfile.ZipFile(pad, "a", zipfile.ZIP_DEFLATED) as z, z.open("xl/media/leeg.bin", "w") as f:
        blok = bytes(1024 * 1024)
        for _ in range(40):
            f.write(blok)
    return pad


def _miljoen_rijen(map_: Path) -> Path:
    """A Bod sheet of a million used rows, written straight into the zip (streamed, a second or so)."""
    pad = w.ruw_xlsx(map_ / "bod.xlsx", {"Algemeen": w.blad_xml(w.ALGEMEEN_RIJEN), "Bod": "<x/>"})
    tijdelijk = map_ / "tmp.zip"
    with zipfile.ZipFile(pad) as zin, zipfile.ZipFile(tijdelijk, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename != "xl/worksheets/sheet2.xml":
                zout.writestr(info, zin.read(info))
                continue
            with zout.open(info.filename, "w", force_zip64=True) as f:
                f.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                        b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>code'
                        b'</t></is></c><c r="C1"><v>2027</v></c></row>')
                f.write(b"".join(b'<row r="%d"><c r="C%d"><v>1</v></c></row>' % (r, r)
                                 for r in range(2, 1_000_001)))
                f.write(b"</sheetData></worksheet>")
    tijdelijk.replace(pad)
    return pad


def _oneindig(map_: Path) -> Path:
    prognose = w.blad_xml([["code", "omschrijving", 2026], ["schuld_nominaal", "Nominale schuld", 1]])
    prognose = prognose.replace("<v>1</v>", "<v>1E+400</v>")
    return w.ruw_xlsx(map_ / "bod.xlsx", {"Algemeen": w.blad_xml(w.ALGEMEEN_RIJEN), "Prognose": prognose})


def _rijen(map_: Path, n: int) -> Path:
    rijen = [["code", "omschrijving", 2027]] + [[f"regel_{r}", "", r] for r in range(2, n + 1)]
    return w.ruw_xlsx(map_ / "bod.xlsx", {"Algemeen": w.blad_xml(w.ALGEMEEN_RIJEN), "Bod": w.blad_xml(rijen)})


def _afgekapt(map_: Path) -> Path:
    pad = _bod(map_)
    data = pad.read_bytes()
    pad.write_bytes(data[: len(data) // 2])
    return pad


def _crc_kapot(map_: Path) -> Path:
    """Flip bytes inside a stored member's data: the zip directory is intact, the content is not."""
    pad = map_ / "bod.xlsx"
    bron = _bod(map_, naam="bron.xlsx")
    with zipfile.ZipFile(bron) as zin, zipfile.ZipFile(pad, "w", zipfile.ZIP_STORED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
    with zipfile.ZipFile(pad) as z:
        info = z.getinfo("xl/worksheets/sheet4.xml")  # Bod: Uitleg, Algemeen, Prognose, Bod
    data = bytearray(pad.read_bytes())
    begin = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[begin + 100: begin + 110] = b"XXXXXXXXXX"
    pad.write_bytes(bytes(data))
    bron.unlink()
    return pad


def _geen_xlsx_zip(map_: Path) -> Path:
    with zipfile.ZipFile(map_ / "bod.xlsx", "w") as z:
        z.writestr("word/document.xml", "<w/>")
    return map_ / "bod.xlsx"


@dataclass
class Geval:
    naam: str
    maak: Callable[[Path], Path]
    regels: list[str]  # the expected stderr lines, `bod.xlsx: Blad!Cel: tekst`
    woonvisie: Callable[[Path], Path] | None = None


def _met_wv(aanpassen: Callable[[dict], None]) -> Callable[[Path], Path]:
    def maak(map_: Path) -> Path:
        g = w.woonvisie_gegevens()
        aanpassen(g)
        return w.schrijf(map_ / "woonvisie.xlsx", g, soort="woonvisie")
    return maak


def _zonder_blad(naam: str) -> Callable[[Path], Path]:
    def maak(map_: Path) -> Path:
        pad = _bod(map_)
        wb = load_workbook(pad)
        del wb[naam]
        wb.save(pad)
        return pad
    return maak


def _bod_wijzig(blad: str, bewerk: Callable) -> Callable[[Path], Path]:
    return lambda map_: _wijzig(_bod(map_), blad, bewerk)


def _dubbele_code(ws) -> None:
    ws["A3"] = "nieuwbouw_sociaal"


def _formule(ws) -> None:
    ws["C2"] = "=C3+C4"


def _deel_door_nul(ws) -> None:
    ws["D5"] = "#DIV/0!"
    ws["D5"].data_type = "e"


def _datum_in_getal(ws) -> None:
    ws["C5"] = dt.date(2027, 3, 1)


def _geen_jaren(ws) -> None:
    for kol in "CDEFG":
        ws[f"{kol}1"] = f"jaar {kol}"


def _dubbel_jaar(ws) -> None:
    ws["E1"] = 2028
    ws["D1"] = 2028


def _geen_codekolom(ws) -> None:
    ws["A1"] = "sleutel"


def _onmogelijke_datum(ws) -> None:
    ws["C2"] = 1e12
    ws["C2"].number_format = "d-m-yyyy"


ONBRUIKBAAR = [
    Geval("leeg bestand", _bestand(b""),
          ["bod.xlsx: bestand is leeg (0 bytes)"]),
    Geval("oud xls", lambda m: _ole(m, "bod.xlsx", versleuteld=False),
          ["bod.xlsx: dit is een oud Excel-bestand (.xls); sla het in Excel op als .xlsx"]),
    Geval("versleuteld", lambda m: _ole(m, "bod.xlsx", versleuteld=True),
          ["bod.xlsx: werkboek is met een wachtwoord beveiligd; sla het in Excel op zonder wachtwoord"]),
    Geval("csv hernoemd", _bestand(b"code;2027\nnieuwbouw_sociaal;30\n"),
          ["bod.xlsx: dit is een tekstbestand (zoals csv), geen Excel-werkboek (.xlsx); gebruik het sjabloon van "
           "bodcheck"]),
    Geval("pdf hernoemd", _bestand(b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n"),
          ["bod.xlsx: dit is een PDF en geen Excel-werkboek; bodcheck leest het bod uit het ingevulde sjabloon (.xlsx) "
           "van de corporatie, en heeft u alleen de PDF, kies dan in het programma Nieuwe beoordeling invullen… en "
           "neem de cijfers over"]),
    Geval("afgekapte zip", _afgekapt,
          ["bod.xlsx: het werkboek is beschadigd of niet helemaal overgekomen; vraag de corporatie het opnieuw te sturen, "
           "of open het in Excel of LibreOffice en bewaar het opnieuw als .xlsx"]),
    Geval("beschadigd onderdeel", _crc_kapot,
          ["bod.xlsx: het werkboek is beschadigd of niet helemaal overgekomen; vraag de corporatie het opnieuw te sturen, "
           "of open het in Excel of LibreOffice en bewaar het opnieuw als .xlsx"]),
    Geval("zip zonder werkboek", _geen_xlsx_zip,
          ["bod.xlsx: dit is geen Excel-werkboek maar een ander ingepakt bestand (zoals een Word-document); kies het "
           "werkboek (.xlsx) van de corporatie"]),
    Geval("entiteitenbom in workbook.xml", _bom_werkboek,
          ["bod.xlsx: werkboek bevat verboden XML-constructies (mogelijk kwaadaardig) en wordt niet gelezen"]),
    Geval("entiteitenbom in sharedStrings", _bom_teksten,
          ["bod.xlsx: werkboek bevat verboden XML-constructies (mogelijk kwaadaardig) en wordt niet gelezen"]),
    Geval("zip-bom", _zipbom,
          ["bod.xlsx: bestand pakt uit tot een onredelijk grote omvang (mogelijk een zip-bom) en wordt niet "
           "gelezen"]),
    Geval("miljoen rijen", _miljoen_rijen,
          ["bod.xlsx: Bod: blad is te groot (46 MB aan celgegevens; hoogstens 20 MB)"]),
    Geval("6000 rijen", lambda m: _rijen(m, 6000),
          ["bod.xlsx: Bod!A5001: blad heeft gegevens tot voorbij rij 5.000 (rij 5.001); dit lijkt geen ingevuld "
           "bodcheck-sjabloon. Verwijder de rijen onder de gegevens"]),
    Geval("blad Algemeen ontbreekt", _zonder_blad("Algemeen"),
          ["bod.xlsx: blad Algemeen ontbreekt; gebruik het sjabloon van bodcheck (bodcheck sjabloon)"]),
    Geval("geen inhoudsblad", lambda m: w.schrijf(m / "bod.xlsx", {"Algemeen": w.bod_gegevens()["Algemeen"]}),
          ["bod.xlsx: geen van de bladen Prognose, Prognose DAEB, Prognose niet-DAEB, Bod of Woonvisie gevonden "
           "(wel: Uitleg, Algemeen)"]),
    Geval("verplicht veld leeg", lambda m: _bod(m, _algemeen("corporatie", None)),
          ["bod.xlsx: Algemeen!B3: verplicht veld Corporatie ontbreekt"]),
    Geval("formaatversie 2", lambda m: _bod(m, _algemeen("formaatversie", 2)),
          ["bod.xlsx: Algemeen!B2: formaatversie 2 wordt niet ondersteund; deze bodcheck leest versie 1 en 1,1"]),
    Geval("bodjaar als tekst", lambda m: _bod(m, _algemeen("bodjaar", "twintig26")),
          ['bod.xlsx: Algemeen!B6: Bodjaar: "twintig26" is geen geheel getal']),
    Geval("datum bod onleesbaar", lambda m: _bod(m, _algemeen("datum_bod", "eind juni")),
          ['bod.xlsx: Algemeen!B7: Datum bod: "eind juni" is geen datum (verwacht d-m-jjjj of jjjj-mm-dd)']),
    Geval("eenheid onbekend", lambda m: _bod(m, _algemeen("eenheid", "duizenden")),
          ['bod.xlsx: Algemeen!B8: eenheid "duizenden" is onbekend; kies €, x € 1.000 of x € 1 mln']),
    Geval("geen jaarkolommen", _bod_wijzig("Bod", _geen_jaren),
          ["bod.xlsx: Bod!A1: geen jaarkolommen gevonden in de kopregel (verwacht jaartallen zoals 2026, 2027 …)"]),
    Geval("jaar dubbel", _bod_wijzig("Bod", _dubbel_jaar),
          ["bod.xlsx: Bod!E1: jaar 2028 staat twee keer in de kopregel (in D1 en E1)"]),
    Geval("codekolom ontbreekt", _bod_wijzig("Prognose", _geen_codekolom),
          ['bod.xlsx: Prognose!A1: kolom "code" ontbreekt in de kopregel (rij 1)']),
    Geval("code dubbel", _bod_wijzig("Bod", _dubbele_code),
          ['bod.xlsx: Bod!A3: code "nieuwbouw_sociaal" staat twee keer in dit blad (ook in A2)']),
    Geval("tekst in Prognose", lambda m: _bod(m, _zet("Prognose", "kasstroom_operationeel", 1, "circa 300")),
          ['bod.xlsx: Prognose!D2: "circa 300" is geen getal']),
    Geval("formule zonder waarde", _bod_wijzig("Prognose", _formule),
          ["bod.xlsx: Prognose!C2: formule zonder berekende waarde; open het werkboek in Excel en sla het "
           "opnieuw op"]),
    Geval("#DEEL/0! in Prognose", _bod_wijzig("Prognose", _deel_door_nul),
          ["bod.xlsx: Prognose!D5: foutwaarde #DIV/0! in plaats van een getal"]),
    Geval("datum in Prognose", _bod_wijzig("Prognose", _datum_in_getal),
          ["bod.xlsx: Prognose!C5: de datum 1-3-2027 is een datum, geen getal"]),
    Geval("onmogelijke datum", _bod_wijzig("Prognose", _onmogelijke_datum),
          ["bod.xlsx: Prognose!C2: foutwaarde #DATUM! in plaats van een getal"]),
    Geval("oneindig getal", _oneindig, ['bod.xlsx: Prognose!C2: "inf" is geen getal']),
    Geval("heel lange tekst", lambda m: _bod(m, _zet("Prognose", "vhe", 0, "x" * 200_000)),
          ['bod.xlsx: Prognose!C15: "' + "x" * 57 + '…" is geen getal']),
    Geval("tekst in Woonvisie", lambda m: _bod(m),
          ['[woonvisie.xlsx]Woonvisie!D2: "dertig" is geen getal'],
          woonvisie=_met_wv(lambda g: g["Woonvisie"][0].update(waarde="dertig"))),
    Geval("overlappende doelen", lambda m: _bod(m),
          ["[woonvisie.xlsx]Woonvisie!D3: doel voor nieuwbouw_sociaal 2030–2032 overlapt met "
           "rij 2 (2027–2031)"],
          woonvisie=_met_wv(lambda g: g["Woonvisie"][1].update(code="nieuwbouw_sociaal", soort="minimaal",
                                                               waarde=10, van_jaar=2030, tot_jaar=2032))),
    Geval("gemeente wijkt af", lambda m: _bod(m),
          ["[woonvisie.xlsx]Algemeen!B3: Gemeente in bod (Voorbeeldstad) wijkt af van woonvisie "
           "(Andersdorp)"],
          woonvisie=_met_wv(lambda g: g["Algemeen"].update(gemeente="Andersdorp"))),
    Geval("woonvisie zonder blad Woonvisie", lambda m: _bod(m),
          ["woonvisie.xlsx: blad Woonvisie ontbreekt in het woonvisie-werkboek"],
          woonvisie=lambda m: _bod(m, naam="woonvisie.xlsx")),
    Geval("bestand bestaat niet", lambda m: m / "bod.xlsx", ["bod.xlsx: bestand niet gevonden"]),
    Geval("map in plaats van bestand", lambda m: (m / "bod.xlsx").mkdir() or m / "bod.xlsx",
          ["bod.xlsx: dit is een map, geen bestand"]),
]


def _draai(bod: Path, woonvisie: Path | None, capsys) -> tuple[int, list[str]]:
    uit = bod.parent / "uit"
    args = ["beoordeel", str(bod), "--json", str(uit / "b.json"), "--excel", str(uit / "b.xlsx"),
            "--rapport", str(uit / "r.pdf"), "--peildatum", "2026-09-01"]
    if woonvisie is not None:
        args += ["--woonvisie", str(woonvisie)]
    code = cli.main(args)
    fouten = capsys.readouterr().err
    assert "Traceback" not in fouten
    assert not uit.exists(), "bij onbruikbare invoer wordt niets geschreven"
    return code, fouten.splitlines()


def _sha(pad: Path | None) -> str | None:
    return w.sha256(pad) if pad is not None and pad.is_file() else None


@pytest.mark.parametrize("geval", ONBRUIKBAAR, ids=[g.naam for g in ONBRUIKBAAR])
def test_onbruikbare_invoer(geval: Geval, tmp_path: Path, capsys) -> None:
    bod = geval.maak(tmp_path)
    wv = geval.woonvisie(tmp_path) if geval.woonvisie else None
    voor = (_sha(bod), _sha(wv))
    begin = time.perf_counter()
    code, regels = _draai(bod, wv, capsys)
    assert time.perf_counter() - begin < 10, "ook een vijandig bestand kost hooguit enkele seconden"
    assert code == cli.UITGANG_INVOER
    assert regels == [f"bodcheck: {r}" for r in geval.regels]
    assert (_sha(bod), _sha(wv)) == voor
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (bod, wv) if p is not None and p.exists())


# ---- usable input with a warning -------------------------------------------------------------------


@dataclass
class Waarschuwing:
    naam: str
    maak: Callable[[Path], Path]
    melding: str  # regel_tekst() of the expected waarschuwing
    controle: Callable | None = None  # a check on the Invoer


def _procent_formaat_weg(ws) -> None:
    for kol in "CDEFG":
        ws[f"{kol}6"].number_format = "General"  # huurverhoging
        ws[f"{kol}7"].number_format = "General"  # passend_toewijzen


def _samengevoegd(ws) -> None:
    ws.merge_cells("D2:E2")


def _bod_tekst_getal(ws) -> None:
    ws["C2"] = "streven: 30"


def _bod_fout(ws) -> None:
    ws["D3"] = "#N/A"
    ws["D3"].data_type = "e"


def _jaar_tekst(ws) -> None:
    ws["C1"] = "2027"


BRUIKBAAR = [
    Waarschuwing("tekst in Bod", _bod_wijzig("Bod", _bod_tekst_getal),
                 'bod.xlsx: Bod!C2: "streven: 30" is geen getal',
                 lambda inv: inv.bod.regels["nieuwbouw_sociaal"].waarden[2027].tekst == "streven: 30"),
    Waarschuwing("Nederlands getal als tekst", lambda m: _bod(m, _zet("Prognose", "schuld_nominaal", 0, "1.234.567")),
                 'bod.xlsx: Prognose!C5: tekst "1.234.567" gelezen als getal 1.234.567',
                 lambda inv: inv.prognoses["TI"].getal("schuld_nominaal", 2026) == 1_234_567_000),
    Waarschuwing("Nederlands decimaal als tekst", lambda m: _bod(m, _zet("Prognose", "rente_ontvangen", 0, "€ 1.234,5")),
                 'bod.xlsx: Prognose!C4: tekst "€ 1.234,5" gelezen als getal 1.234,5',
                 lambda inv: inv.prognoses["TI"].getal("rente_ontvangen", 2026) == 1_234_500),
    Waarschuwing("Engels getal als tekst", lambda m: _bod(m, _zet("Prognose", "rente_ontvangen", 1, "1,234.5")),
                 'bod.xlsx: Prognose!D4: tekst "1,234.5" gelezen als getal 1.234,5',
                 lambda inv: inv.prognoses["TI"].getal("rente_ontvangen", 2027) == 1_234_500),
    Waarschuwing("procent als tekst", lambda m: _bod(m, _zet("Bod", "huurverhoging", 0, "3,5%")),
                 'bod.xlsx: Bod!C6: tekst "3,5%" gelezen als 3,5%',
                 lambda inv: inv.bod.getal("huurverhoging", 2027) == pytest.approx(0.035)),
    Waarschuwing("aandeel zonder procentopmaak", _bod_wijzig("Bod", _procent_formaat_weg),
                 "bod.xlsx: Bod!C7: getal 0,95 gelezen als fractie: 95%",
                 lambda inv: inv.bod.getal("passend_toewijzen", 2027) == pytest.approx(0.95)),
    Waarschuwing("huurverhoging zonder procentopmaak", _bod_wijzig("Bod", _procent_formaat_weg),
                 "bod.xlsx: Bod!C6: getal 0,03 gelezen als procentpunten: 0,03%",
                 lambda inv: inv.bod.getal("huurverhoging", 2027) == pytest.approx(0.0003)),
    Waarschuwing("samengevoegde cellen", _bod_wijzig("Bod", _samengevoegd),
                 "bod.xlsx: Bod!D2: cellen D2:E2 zijn samengevoegd; alleen D2 telt, de andere cellen zijn leeg",
                 lambda inv: inv.bod.getal("nieuwbouw_sociaal", 2029) is None),
    Waarschuwing("foutwaarde in Bod", _bod_wijzig("Bod", _bod_fout),
                 "bod.xlsx: Bod!D3: foutwaarde #N/A in plaats van een getal",
                 lambda inv: inv.bod.getal("sloop", 2028) is None),
    Waarschuwing("negatief bedrag", lambda m: _bod(m, _zet("Prognose", "onderhoud", 2, -32_000)),
                 "bod.xlsx: Prognose!E13: negatief bedrag gelezen als positief (uitgaven en rente zijn positieve "
                 "bedragen)",
                 lambda inv: inv.prognoses["TI"].getal("onderhoud", 2028) == 32_000_000),
    Waarschuwing("eenheid x 1.000 vergeten", lambda m: _bod(m, _zet("Prognose", "balanstotaal", 0, 2_500_000_000)),
                 "bod.xlsx: Prognose!C11: bedrag van € 2.500.000.000.000 is onwaarschijnlijk groot; klopt de "
                 "eenheid (x € 1.000)?"),
    Waarschuwing("jaartal als tekst in de kop", _bod_wijzig("Bod", _jaar_tekst),
                 'bod.xlsx: Bod!C1: jaartal "2027" staat als tekst in de kopregel; gelezen als 2027',
                 lambda inv: inv.bod.getal("nieuwbouw_sociaal", 2027) == 20),
    Waarschuwing("lange toelichting", lambda m: _bod(m, lambda g: g["Bod"]["toelichting"].update(sloop="y" * 100_000)),
                 "", lambda inv: len(inv.bod.regels["sloop"].toelichting) == 5_000),
]


@pytest.mark.parametrize("geval", BRUIKBAAR, ids=[g.naam for g in BRUIKBAAR])
def test_bruikbaar_met_waarschuwing(geval: Waarschuwing, tmp_path: Path) -> None:
    bod = geval.maak(tmp_path)
    voor = w.sha256(bod)
    invoer, meldingen = inlezen.lees(bod)
    assert [m for m in meldingen if m.soort == "fout"] == []
    if geval.melding:
        assert geval.melding in [m.regel_tekst() for m in meldingen if m.soort == "waarschuwing"]
    if geval.controle:
        assert geval.controle(invoer)
    assert w.sha256(bod) == voor


def test_bruikbaar_via_de_opdrachtregel(tmp_path: Path, capsys) -> None:
    """A warning does not stop the assessment: exit 0, and the JSON carries the waarschuwing with its cell."""
    import json

    bod = _bod_wijzig("Bod", _bod_tekst_getal)(tmp_path)
    wv = w.schrijf(tmp_path / "woonvisie.xlsx", w.woonvisie_gegevens(), soort="woonvisie")
    code = cli.main(["beoordeel", str(bod), "--woonvisie", str(wv), "--json", str(tmp_path / "b.json"),
                     "--peildatum", "2026-09-01"])
    assert code == cli.UITGANG_OK, capsys.readouterr().err
    meldingen = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["meldingen"]
    assert {"soort": "waarschuwing", "tekst": '"streven: 30" is geen getal', "bron": "[bod.xlsx]Bod!C2",
            "bestand": "bod.xlsx"} in meldingen


# ---- through a real process ------------------------------------------------------------------------

_SUBPROCES = ["leeg bestand", "versleuteld", "entiteitenbom in workbook.xml", "tekst in Prognose",
              "formule zonder waarde"]


@pytest.mark.parametrize("naam", _SUBPROCES)
def test_onbruikbaar_in_een_echt_proces(naam: str, tmp_path: Path) -> None:
    geval = next(g for g in ONBRUIKBAAR if g.naam == naam)
    bod = geval.maak(tmp_path)
    voor = w.sha256(bod)
    uit = tmp_path / "uit.json"
    proces = subprocess.run([sys.executable, "-m", "bodcheck", "beoordeel", str(bod), "--json", str(uit)],
                            capture_output=True, text=True, cwd=ROOT, timeout=60,
                            env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert proces.returncode == 2
    assert "Traceback" not in proces.stderr
    assert proces.stderr.splitlines() == [f"bodcheck: {r}" for r in geval.regels]
    assert not uit.exists()
    assert w.sha256(bod) == voor
