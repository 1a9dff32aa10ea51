"""Rapport → Excel export (openpyxl only here): one sheet per flat table of the report model, with real
numbers and number formats (not strings), a frozen, bold header row, autofilter and column widths.

Sheets: first the report's tables as people read them — Overzicht (the Kern page), Per thema, Per jaar (years
as columns), Financiën — printed landscape where wide with the header repeated; then the long tables for
filters and pivots: Kerncijfers, Investeringsruimte, Scenario's, Vergelijking, Vraagpunten (empty columns for
the answer and the vervolg/afspraak), Meldingen. Deterministic: fixed document properties, no clock.
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

from bodcheck.rapport.model import Alinea, Cel, Kolom, Opsomming, Rapport, Tabel
from bodcheck.veilig import excel_tekst, zet_cel

BLADEN = (("ratios", "Kerncijfers"), ("investeringsruimte", "Investeringsruimte"), ("scenarios", "Scenario's"),
          ("gevoeligheid", "Gevoeligheid"),
          ("vergelijking", "Vergelijking"), ("vraagpunten", "Vraagpunten"), ("meldingen", "Meldingen"))
FORMATEN = {"getal": "#,##0", "getal1": "#,##0.0", "euro": '"€" #,##0', "ratio": "0.00", "procent": "0.0%",
            "jaar": "0", "datum": "dd-mm-yyyy"}
KOP_FONT = Font(bold=True, color="FFFFFF")
KOP_VULLING = PatternFill("solid", fgColor="1F4E79")
VASTE_TIJD = dt.datetime(2000, 1, 1)
BREED_TEKST = 60
LIGGEND_VANAF = 7  # columns: a wider sheet prints landscape
# The sheets that open the workbook: report chapters (by key) or export tables, laid out as in the report.
LEESBLADEN = (("kern", "Overzicht"), ("themas", "Per thema"), ("per_jaar", "Per jaar"), ("financien", "Financiën"))


def _waarde(c: Cel, kolom: Kolom):
    soort = c.soort or kolom.soort
    if soort in FORMATEN and isinstance(c.waarde, int | float | dt.date) and not isinstance(c.waarde, bool):
        return c.waarde, FORMATEN[soort]
    if c.waarde is None and soort in FORMATEN:
        return None, None
    return (c.tekst if c.tekst else None), None


def _kop_rij(ws, rij: int, t: Tabel) -> None:
    for k, kolom in enumerate(t.kolommen, start=1):
        c = zet_cel(ws, rij, k, kolom.kop)
        c.font, c.fill = KOP_FONT, KOP_VULLING
        c.alignment = Alignment(wrap_text=True, vertical="center",
                                horizontal="right" if kolom.uitlijning == "rechts" else "left")


def _rijen(ws, eerste: int, t: Tabel) -> int:
    """The rows of `t` from row `eerste`; group rows bold, a note row (the corporatie's voice) over the whole
    width. Returns the next free row."""
    breedte = len(t.kolommen)
    for r, rij in enumerate(t.rijen, start=eerste):
        i = r - eerste
        for k, (cel, kolom) in enumerate(zip(rij, t.kolommen, strict=True), start=1):
            waarde, formaat = _waarde(cel, kolom)
            c = zet_cel(ws, r, k, waarde)
            if formaat:
                c.number_format = formaat
            if isinstance(waarde, str) and len(waarde) > 40:
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if i in t.groepsrijen or i in t.vet:
                c.font = Font(bold=True)
        if i in t.notitierijen and breedte > 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=breedte)
            ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[r].height = 15 * (1 + len(t.rijen[i][0].tekst) // 150)
            ws.cell(r, 1).font = Font(italic=True, size=9)
    return eerste + len(t.rijen)


def _breedtes(ws, tabellen: list[Tabel]) -> None:
    for t in tabellen:
        for k, kolom in enumerate(t.kolommen, start=1):
            langste = max([len(kolom.kop), *(len(rij[k - 1].tekst) for i, rij in enumerate(t.rijen)
                                             if i not in t.notitierijen and i not in t.groepsrijen)], default=10)
            letter = get_column_letter(k)
            ws.column_dimensions[letter].width = max(ws.column_dimensions[letter].width or 0, 8,
                                                     min(BREED_TEKST, langste + 2))


def _afdrukken(ws, kolommen: int, titelrijen: str | None) -> None:
    """Print setup: landscape when wide, fit to the page width, the header repeated on every page."""
    ws.page_setup.orientation = "landscape" if kolommen > LIGGEND_VANAF else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if titelrijen:
        ws.print_title_rows = titelrijen


def _blad(wb: Workbook, naam: str, t: Tabel, kop: str) -> None:
    """A long table for filters and pivots: title, header in row 2, frozen, autofilter."""
    ws = wb.create_sheet(naam)
    zet_cel(ws, 1, 1, kop).font = Font(bold=True, size=12)
    _kop_rij(ws, 2, t)
    _rijen(ws, 3, t)
    _breedtes(ws, [t])
    ws.freeze_panes = "B3" if t.kolommen and t.kolommen[0].soort in ("getal", "jaar") else "A3"
    if t.rijen:
        ws.auto_filter.ref = f"A2:{get_column_letter(len(t.kolommen))}{len(t.rijen) + 2}"
    _afdrukken(ws, len(t.kolommen), "2:2")


def _leesblad(wb: Workbook, naam: str, kop: str, blokken: tuple) -> None:
    """A sheet laid out as the report reads: its sentences and its tables one under the other (years as
    columns where the report has them), for reading and printing rather than filtering."""
    ws = wb.create_sheet(naam)
    zet_cel(ws, 1, 1, kop).font = Font(bold=True, size=12)
    rij, tabellen = 3, []
    for b in blokken:
        if isinstance(b, Alinea) and b.soort in ("kop", "status", "tekst"):
            c = zet_cel(ws, rij, 1, b.tekst)
            c.font = Font(bold=True, size=11 if b.soort == "kop" else 10)
            rij += 1
        elif isinstance(b, Opsomming):
            if b.titel:
                zet_cel(ws, rij, 1, b.titel).font = Font(bold=True)
                rij += 1
            for x in b.items:
                zet_cel(ws, rij, 1, f"• {x}")
                rij += 1
            rij += 1
        elif isinstance(b, Tabel):
            if b.titel:
                zet_cel(ws, rij, 1, b.titel).font = Font(bold=True)
                rij += 1
            _kop_rij(ws, rij, b)
            rij = _rijen(ws, rij + 1, b) + 1
            if b.voetnoot:
                zet_cel(ws, rij - 1, 1, b.voetnoot).font = Font(italic=True, size=9)
                rij += 1
            tabellen.append(b)
    _breedtes(ws, tabellen)
    _afdrukken(ws, max((len(t.kolommen) for t in tabellen), default=1), "1:1")


def maak(r: Rapport, bladen: tuple[tuple[str, str], ...] = BLADEN) -> bytes:
    """The workbook as bytes: first the report's own tables as people read them (LEESBLADEN, for the chapters
    the report has, and the per-year table), then a sheet per (export key, sheet name) in `bladen` (the joint
    report has its own) for filters and pivots."""
    wb = Workbook()
    wb.remove(wb.active)
    sleutels = {h.sleutel: h for h in r.hoofdstukken}
    for sleutel, naam in LEESBLADEN:
        if sleutel in sleutels:
            h = sleutels[sleutel]
            _leesblad(wb, naam, f"{h.kop} — {r.kopregel}", h.blokken)
        elif sleutel in r.export:
            t = r.export[sleutel]
            _leesblad(wb, naam, f"{t.titel} — {r.kopregel}", (t,))
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
