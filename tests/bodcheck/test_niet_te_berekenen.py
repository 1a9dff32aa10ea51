"""The "niet te berekenen" meldingen: one per ratio and reason with its years, citing the EMPTY cell to fill
(issue #13: "ICR TI 2031 niet te berekenen: betaalde rente ontbreekt" cited Prognose!H2, which is filled,
instead of H3, which is empty; review of the entry flow: an assessment being filled in listed 130 lines)."""

from __future__ import annotations

import datetime as dt

import openpyxl

from bodcheck import inlezen, invullen, pipeline, voorbeeld

PEIL = dt.date(2026, 9, 1)


def _melding(r, begin: str):
    return [m for m in r.meldingen if m.tekst.startswith(begin)]


def test_lege_cel_wordt_genoemd(tmp_path):
    bod, woonvisie = voorbeeld.schrijf_werkboeken(tmp_path)
    wb = openpyxl.load_workbook(bod)
    ws = wb["Prognose"]
    assert ws["A3"].value == "rente_betaald" and ws["H1"].value == 2031  # the cell the issue names
    ws["H3"] = None
    wb.save(bod)
    invoer, _ = inlezen.lees(bod, woonvisie)
    r = pipeline.beoordeel_invoer(invoer, peildatum=PEIL)
    [m] = _melding(r, "ICR TI 2031 niet te berekenen")
    assert m.tekst == "ICR TI 2031 niet te berekenen: betaalde rente ontbreekt."
    assert m.bron is not None and (m.bron.blad, m.bron.cel) == ("Prognose", "H3")


def test_een_melding_per_kerncijfer_met_de_jaren():
    """An empty assessment (2027: Prognose 2027–2036, the investeringsruimte over the five bod years 2027–2031):
    one line per ratio and tak, and one for the investeringsruimte, in words (no "icr, ltv")."""
    r = pipeline.beoordeel_invoer(invullen.leeg("Woonstede", "Aaberg", 2027), peildatum=dt.date(2027, 9, 1))
    assert [m.tekst for m in _melding(r, "ICR TI ")] == [
        "ICR TI 2027–2036 niet te berekenen: operationele kasstroom, betaalde rente en ontvangen rente ontbreken."]
    assert len([m for m in r.meldingen if "niet te berekenen" in m.tekst]) == 4 * 3  # 4 normed ratios, 3 takken
    assert [m.tekst for m in _melding(r, "Investeringsruimte 20")] == [
        "Investeringsruimte 2027–2031: de ruimte tot de norm voor ICR, LTV, solvabiliteit en dekkingsratio is "
        "overgeslagen (gegevens ontbreken)."]
