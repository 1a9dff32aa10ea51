"""The Excel export read back with openpyxl, and properties of the report model itself."""

from __future__ import annotations

import subprocess
import sys

import openpyxl

from bodcheck import rapport
from bodcheck.rapport.model import Cel, Grafiek, Tabel

BLADEN = ["Kerncijfers", "Investeringsruimte", "Scenario's", "Gevoeligheid", "Vergelijking", "Vraagpunten",
          "Meldingen"]


def test_excel_bladen_getallen_en_formaten(resultaat, werkboek, tmp_path):
    pad = rapport.schrijf_excel(resultaat, tmp_path / "export.xlsx")
    wb = openpyxl.load_workbook(pad)
    # first the report's tables as people read them, then the long tables for filters and pivots
    assert wb.sheetnames == ["Overzicht", "Per thema", "Per jaar", "Financiën", *BLADEN]
    per_jaar = wb["Per jaar"]
    kop = next(r for r in per_jaar.iter_rows(values_only=True) if r and r[0] == "Doel")
    assert list(kop[1:6]) == [str(j) for j in range(2027, 2032)]  # years as columns
    assert per_jaar.page_setup.orientation == "landscape" and per_jaar.print_title_rows == "$1:$1"
    assert wb["Vergelijking"].print_title_rows == "$2:$2"  # the header row repeats on every printed page
    ws = wb["Kerncijfers"]
    assert ws.freeze_panes == "A3"
    kop = [c.value for c in ws[2]]
    assert kop[:4] == ["Tak", "Jaar", "Kerncijfer", "Waarde"]
    jaar = werkboek.jaren("Prognose")[0]
    cfo, rb, ro = (werkboek.waarde("Prognose", c, jaar) for c in
                   ("kasstroom_operationeel", "rente_betaald", "rente_ontvangen"))
    icr = (cfo + rb - ro) / (rb - ro)
    rij = next(r for r in ws.iter_rows(min_row=3) if r[0].value == "TI" and r[1].value == jaar
               and r[2].value == "ICR")
    assert isinstance(rij[3].value, float)
    assert abs(rij[3].value - icr) < 1e-9
    assert rij[3].number_format == "0.00"
    ltv = next(r for r in ws.iter_rows(min_row=3) if r[0].value == "TI" and r[2].value == "LTV")
    assert ltv[3].number_format == "0.0%"

    ruimte = wb["Investeringsruimte"]
    eerste = [c.value for c in ruimte[3]]
    assert eerste[0] == resultaat.invoer.bodjaar
    assert all(isinstance(x, float | int) for x in eerste[1:6])
    assert ruimte.cell(3, 2).number_format.startswith('"€"')

    vp = wb["Vraagpunten"]
    koppen = [c.value for c in vp[2]]
    assert "Antwoord" in koppen and "Vervolg / afspraak (wat · wie · wanneer)" in koppen
    assert vp.max_row == 2 + len(resultaat.vraagpunten)
    antwoord = koppen.index("Antwoord") + 1
    assert all(vp.cell(r, antwoord).value is None for r in range(3, vp.max_row + 1))
    assert vp.column_dimensions["F"].width >= 30


def test_excel_deterministisch(resultaat, tmp_path):
    a = rapport.schrijf_excel(resultaat, tmp_path / "a.xlsx").read_bytes()
    b = rapport.schrijf_excel(resultaat, tmp_path / "b.xlsx").read_bytes()
    assert a == b


def test_model_is_gewone_data_met_nederlandse_teksten(resultaat):
    r = rapport.opbouw(resultaat)
    assert [h.sleutel for h in r.hoofdstukken] == ["voorblad", "kern", "realisatie", "proces", "themas", "voorraad",
                                                   "normen", "financien", "vraagpunten", "gemeente", "methode"]
    tabellen = [b for h in r.hoofdstukken for b in h.blokken if isinstance(b, Tabel)]
    assert tabellen
    for t in tabellen:
        assert all(len(rij) == len(t.kolommen) for rij in t.rijen), t.titel
        for rij in t.rijen:
            for c in rij:
                assert isinstance(c, Cel) and isinstance(c.tekst, str)
                assert "nan" not in c.tekst.lower().split() and "inf" not in c.tekst.lower().split()
    grafieken = [b for h in r.hoofdstukken for b in h.blokken if isinstance(b, Grafiek)]
    assert len(grafieken) >= 5  # four ratios and the voorraad
    assert r.definitief is False and r.status_tekst == "concept"
    assert rapport.opbouw(resultaat, definitief=True).status_tekst == "definitief"


def test_opbouw_gebruikt_geen_reportlab_of_openpyxl():
    code = ("import sys, datetime, pathlib, tempfile; from bodcheck import voorbeeld, rapport; "
            "r = voorbeeld.beoordeel(pathlib.Path(tempfile.mkdtemp()), datetime.date(2026, 9, 1)); "
            "m = set(sys.modules); rapport.opbouw(r); nieuw = set(sys.modules) - m; "
            "print(sorted(x for x in nieuw if x.split('.')[0] in ('reportlab', 'openpyxl')))")
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert uit.stdout.strip() == "[]"
