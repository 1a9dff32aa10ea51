"""Rapport → Excel export (openpyxl only here): one sheet per flat table of the report model, with real
numbers and number formats (not strings), a frozen, bold header row, autofilter and column widths.

Sheets: Kerncijfers, Investeringsruimte, Scenario's, Vergelijking, Vraagpunten (empty columns for the
answer and the vervolg/afspraak), Meldingen. Deterministic: fixed document properties, no clock.
Every cell goes through bodcheck.veilig.zet_cel: no text from data ever becomes a formula.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from bodcheck.rapport.model import Cel, Kolom, Rapport, Tabel
from bodcheck.veilig import excel_tekst, zet_cel

BLADEN = (("ratios", "Kerncijfers"), ("investeringsruimte", "Investeringsruimte"), ("scenarios", "Scenario's"),
          ("gevoeligheid", "Gevoeligheid"),
          ("vergelijking", "Vergelijking"), ("vraagpunten", "Vraagpunten"), ("meldingen", "Meldingen"))
FORMATEN = {"getal": "#,##0", "getal1": "#,##0.0", "euro": '"€" #,##0', "ratio": "0.00", "procent": "0.0%",
            "jaar": "0", "datum": "d-m-yyyy"}
KOP_FONT = Font(bold=True, color="FFFFFF")
KOP_VULLING = PatternFill("solid", fgColor="1F4E79")
VASTE_TIJD = dt.datetime(2000, 1, 1)
BREED_TEKST = 60


def _waarde(c: Cel, kolom: Kolom):
    soort = c.soort or kolom.soort
    if soort in FORMATEN and isinstance(c.waarde, int | float | dt.date) and not isinstance(c.waarde, bool):
        return c.waarde, FORMATEN[soort]
    if c.waarde is None and soort in FORMATEN:
        return None, None
    return (c.tekst if c.tekst else None), None


def _blad(wb: Workbook, naam: str, t: Tabel, kop: str) -> None:
    ws = wb.create_sheet(naam)
    zet_cel(ws, 1, 1, kop).font = Font(bold=True, size=12)
    for k, kolom in enumerate(t.kolommen, start=1):
        c = zet_cel(ws, 2, k, kolom.kop)
        c.font, c.fill = KOP_FONT, KOP_VULLING
        c.alignment = Alignment(wrap_text=True, vertical="center",
                                horizontal="right" if kolom.uitlijning == "rechts" else "left")
    for r, rij in enumerate(t.rijen, start=3):
        for k, (cel, kolom) in enumerate(zip(rij, t.kolommen, strict=True), start=1):
            waarde, formaat = _waarde(cel, kolom)
            c = zet_cel(ws, r, k, waarde)
            if formaat:
                c.number_format = formaat
            if isinstance(waarde, str) and len(waarde) > 40:
                c.alignment = Alignment(wrap_text=True, vertical="top")
    for k, kolom in enumerate(t.kolommen, start=1):
        langste = max([len(kolom.kop), *(len(rij[k - 1].tekst) for rij in t.rijen)], default=10)
        ws.column_dimensions[get_column_letter(k)].width = max(8, min(BREED_TEKST, langste + 2))
    ws.freeze_panes = "B3" if t.kolommen and t.kolommen[0].soort in ("getal", "jaar") else "A3"
    if t.rijen:
        ws.auto_filter.ref = f"A2:{get_column_letter(len(t.kolommen))}{len(t.rijen) + 2}"


def maak(r: Rapport, bladen: tuple[tuple[str, str], ...] = BLADEN) -> bytes:
    """The workbook as bytes: a sheet per (export key, sheet name) in `bladen` (the joint report has its own)."""
    wb = Workbook()
    wb.remove(wb.active)
    for sleutel, naam in bladen:
        t = r.export.get(sleutel)
        if t is None:
            ws = wb.create_sheet(naam)
            zet_cel(ws, 1, 1, "Niet berekend: daarvoor ontbreken gegevens (zie Meldingen).")
            continue
        _blad(wb, naam, t, f"{t.titel} — {r.kopregel}")
    wb.properties.creator = f"bodcheck {r.versie}"
    wb.properties.title = excel_tekst(f"{r.titel} — {r.corporatie}")
    wb.properties.subject = excel_tekst(r.onderwerp)
    wb.properties.created = wb.properties.modified = VASTE_TIJD
    wb.properties.lastModifiedBy = f"bodcheck {r.versie}"
    buf = io.BytesIO()
    wb.save(buf)
    return _vaste_zip(buf.getvalue())


def _vaste_zip(data: bytes) -> bytes:
    """Rewrite the xlsx zip with fixed timestamps so the same input gives the same bytes."""
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as bron, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as doel:
        for info in bron.infolist():
            nieuw = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            nieuw.external_attr = info.external_attr
            inhoud = bron.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time into `modified`
                inhoud = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>2000-01-01T00:00:00Z\g<2>", inhoud)
            doel.writestr(nieuw, inhoud)
    return uit.getvalue()
