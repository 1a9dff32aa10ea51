"""Workbooks for the tests, made with the real template writer (no binary blobs in the repository).

`bod_gegevens()` / `woonvisie_gegevens()` give a small, complete, valid bod and woonvisie as plain dicts
(the format of bodcheck.sjabloon); a test changes one thing and writes it with `schrijf()`.
Raw zips (hostile files, a sheet of a million rows) are built with `ruw_xlsx()`.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bodcheck import sjabloon

BODJAAR = 2026
PROGNOSE_JAREN = list(range(2026, 2031))
BOD_JAREN = list(range(2027, 2032))


def _prognose() -> dict[str, Any]:
    # x € 1.000; a healthy corporatie of about 10.000 vhe
    return {"jaren": PROGNOSE_JAREN, "regels": {
        "kasstroom_operationeel": [40_000, 41_000, 42_000, 43_000, 44_000],
        "rente_betaald": [20_000, 21_000, 22_000, 23_000, 24_000],
        "rente_ontvangen": [500, 500, 500, 500, 500],
        "schuld_nominaal": [700_000, 730_000, 760_000, 790_000, 820_000],
        "schuld_geborgd": [650_000, 680_000, 710_000, 740_000, 770_000],
        "beleidswaarde": [1_400_000, 1_450_000, 1_500_000, 1_550_000, 1_600_000],
        "marktwaarde": [2_400_000, 2_450_000, 2_500_000, 2_550_000, 2_600_000],
        "onderpand_waarde": [3_000_000, 3_050_000, 3_100_000, 3_150_000, 3_200_000],
        "eigen_vermogen": [1_600_000, 1_620_000, 1_640_000, 1_660_000, 1_680_000],
        "balanstotaal": [2_500_000, 2_550_000, 2_600_000, 2_650_000, 2_700_000],
        "huurontvangsten": [90_000, 93_000, 96_000, 99_000, 102_000],
        "onderhoud": [30_000, 31_000, 32_000, 33_000, 34_000],
        "investering_nieuwbouw": [25_000, 30_000, 30_000, 30_000, 30_000],
        "vhe": [10_000, 10_050, 10_100, 10_150, 10_200],
        "huurstijging_aanname": [0.035, 0.03, 0.025, 0.025, 0.025],
    }}


def bod_gegevens() -> dict[str, Any]:
    return {
        "Algemeen": {"formaatversie": 1, "corporatie": "Woonstichting Voorbeeld", "l_nummer": "L0999",
                     "gemeente": "Voorbeeldstad", "bodjaar": BODJAAR, "datum_bod": dt.date(2026, 6, 20),
                     "eenheid": "x € 1.000", "vhe_totaal": 10_000, "vhe_gemeente": 2_500,
                     "huurdersorganisatie": "Huurdersvereniging Samen", "ho_betrokken": "ja"},
        "Prognose": _prognose(),
        "Bod": {"jaren": BOD_JAREN, "regels": {
            "nieuwbouw_sociaal": [20, 25, 30, 30, 30],
            "sloop": [0, 10, 0, 0, 0],
            "verkoop": [5, 5, 5, 5, 5],
            "voorraad_sociaal": [2_400, 2_410, 2_440, 2_465, 2_490],
            "huurverhoging": [0.03, 0.025, 0.025, 0.025, 0.025],
            "passend_toewijzen": [0.95, 0.95, 0.95, 0.95, 0.95],
            "verduurzaming": [100, 120, 120, 120, 120],
            "woningen_efg": [150, 100, 50, 0, 0],
            "statushouders": [30, 30, 30, 30, 30],
        }, "toelichting": {"nieuwbouw_sociaal": "Locatie Molenweg in 2028"}},
    }


def woonvisie_gegevens() -> dict[str, Any]:
    return {
        "Algemeen": {"formaatversie": 1, "gemeente": "Voorbeeldstad", "eenheid": "x € 1.000"},
        "Woonvisie": [
            {"code": "nieuwbouw_sociaal", "soort": "minimaal", "waarde": 30, "eenheid": "aantal",
             "van_jaar": 2027, "tot_jaar": 2031, "per": "jaar", "prioriteit": "hoog", "bron": "Woonvisie 2025 §3"},
            {"code": "woningen_efg", "soort": "maximaal", "waarde": 0, "eenheid": "aantal",
             "van_jaar": 2030, "tot_jaar": 2030, "per": "jaar", "prioriteit": "midden"},
        ],
    }


def schrijf(pad: Path, gegevens: dict[str, Any], soort: str = "bod") -> Path:
    return sjabloon.schrijf(pad, copy.deepcopy(gegevens), soort=soort, bodjaar=BODJAAR)


def voorbeeld(map_: Path) -> tuple[Path, Path]:
    """A valid bod workbook and woonvisie workbook in `map_`."""
    return (schrijf(map_ / "bod.xlsx", bod_gegevens()),
            schrijf(map_ / "woonvisie.xlsx", woonvisie_gegevens(), soort="woonvisie"))


def sha256(pad: Path) -> str:
    return hashlib.sha256(pad.read_bytes()).hexdigest()


# ---- raw xlsx (for hostile or huge files) -----------------------------------------------------------

_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/xl/workbook.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
       '{sheets}</Types>')
_ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _werkboek_xml(namen: list[str], voor: str = "") -> str:
    bladen = "".join(f'<sheet name="{n}" sheetId="{i}" r:id="rId{i}"/>' for i, n in enumerate(namen, start=1))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{voor}'
            f'<workbook xmlns="{_NS_MAIN}" xmlns:r="{_NS_R}"><sheets>{bladen}</sheets></workbook>')


def _rels_xml(namen: list[str]) -> str:
    rels = "".join(f'<Relationship Id="rId{i}" Type="{_NS_R}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                   for i in range(1, len(namen) + 1))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
            '</Relationships>')


def cel_xml(adres: str, waarde: Any) -> str:
    if waarde is None:
        return ""
    if isinstance(waarde, int | float):
        return f'<c r="{adres}"><v>{waarde}</v></c>'
    return f'<c r="{adres}" t="inlineStr"><is><t>{waarde}</t></is></c>'


def blad_xml(rijen: Iterable[list[Any]]) -> str:
    from openpyxl.utils import get_column_letter

    delen = []
    for r, rij in enumerate(rijen, start=1):
        cellen = "".join(cel_xml(f"{get_column_letter(k)}{r}", w) for k, w in enumerate(rij, start=1))
        delen.append(f'<row r="{r}">{cellen}</row>')
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_NS_MAIN}"><sheetData>' \
           + "".join(delen) + "</sheetData></worksheet>"


def ruw_xlsx(pad: Path, bladen: dict[str, str | bytes], werkboek_voor: str = "",
             extra: dict[str, str | bytes] | None = None) -> Path:
    """Write a minimal xlsx by hand: sheet name -> sheet XML. `werkboek_voor` is put before the
    <workbook> element (a DOCTYPE, for the entity bomb); `extra` adds members (sharedStrings)."""
    namen = list(bladen)
    sheets_ct = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(namen) + 1))
    with zipfile.ZipFile(pad, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT.format(sheets=sheets_ct))
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("xl/workbook.xml", _werkboek_xml(namen, werkboek_voor))
        z.writestr("xl/_rels/workbook.xml.rels", _rels_xml(namen))
        for i, naam in enumerate(namen, start=1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", bladen[naam])
        for naam, inhoud in (extra or {}).items():
            z.writestr(naam, inhoud)
    return pad


ALGEMEEN_RIJEN = [["veld", "waarde"], ["Formaatversie", 1], ["Corporatie", "Woonstichting Voorbeeld"],
                  ["Gemeente", "Voorbeeldstad"], ["Bodjaar", BODJAAR]]


def volledig_gegevens() -> dict[str, Any]:
    """Every sheet filled: bod, both prognose splits, afspraken, realisatie, toezeggingen, wijken, the
    woonvisie and what the gemeente commits, in one workbook (soort 'volledig')."""
    g = bod_gegevens()
    g["Prognose DAEB"] = _prognose()
    g["Afspraken"] = {"jaren": [2025, 2026, 2027], "regels": {"nieuwbouw_sociaal": [30, 30, 30]}}
    g["Realisatie"] = {"jaren": [2023, 2024, 2025], "regels": {"nieuwbouw_sociaal": [12, None, 18]}}
    g["Bod"]["regels"]["ontruimingen"] = ["streven: minder", 4, 3, 3, 3]  # text kept as Waarde.tekst
    g["Toezeggingen"] = [
        {"thema": "vroegsignalering", "tekst": "Huisbezoek bij twee maanden achterstand", "jaar": 2027,
         "kwantitatief": "nee", "peildatum": dt.date(2027, 12, 31), "eigenaar": "Team wonen"},
        {"thema": "monitoring", "tekst": "Halfjaarlijkse rapportage", "peildatum": "na de zomer"},
    ]
    g["Wijken"] = {"jaren": [2022, 2023, 2024, 2025], "regels": [
        {"wijk": "Centrum", "code": "waardering_bewoners", "waarden": [6.5, 6.8, 7.0, 7.1]},
        {"wijk": "Noord", "code": "toewijzingen_kwetsbaar", "waarden": [0.4, 0.45, 0.5, 0.55],
         "toelichting": "concentratie"},
    ]}
    g["Woonvisie"] = woonvisie_gegevens()["Woonvisie"]
    g["Gemeente"] = [{"thema": "beschikbaarheid", "tegenprestatie": "Grond Molenweg", "jaar": 2027,
                      "kwantitatief": 60, "eenheid": "woningen", "status": "toegezegd"}]
    return g
