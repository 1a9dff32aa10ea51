"""The cycle closes: an afspraak for 2027–2031 goes into next year's template; the corporatie fills in its bod
for bodjaar 2027 with a different 2028 value, and its assessment asks about it (P06) against the agreed
value; the carried 2026 afspraak with a lower 2026 realisatie fires P10."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from bodcheck import pipeline
from bodcheck.afspraken import uitvoer
from bodcheck.afspraken.model import Afspraak
from bodcheck.model import Instellingen, Notitie


def _zet(ws, code: str, jaar: int, waarde: float) -> str:
    kolom = next(c.column for c in ws[1] if c.value == jaar)
    rij = next(c.row for c in ws["A"] if c.value == code)
    ws.cell(rij, kolom, waarde)
    return ws.cell(rij, kolom).coordinate


def test_afspraak_in_het_sjabloon_en_terug_in_de_beoordeling(voorbeeld_beoordeling, tmp_path: Path) -> None:
    b, r = voorbeeld_beoordeling
    b = type(b)(b.invoer, b.meldingen, b.instellingen, notities={"B01|nieuwbouw_sociaal": Notitie(afspraken=[
        Afspraak(wat="35 sociale huurwoningen per jaar", wie="corporatie", indicator="nieuwbouw_sociaal", waarde=35,
                 van_jaar=2027, tot_jaar=2031)])})
    sjabloon = tmp_path / "sjabloon-2027.xlsx"
    geschreven, meldingen = uitvoer.schrijf(b, r, dt.date(2026, 9, 1), sjabloon=str(sjabloon))
    assert geschreven == [sjabloon]
    # this year's Afspraken 2025–2027 were 30, 32, 30: 2027 is replaced by the new 35 (a melding names both)
    assert [m.tekst for m in meldingen] == ["Sociale huurwoningen opgeleverd in 2027: de afspraak uit de beoordeling "
                                            "(35) geldt, niet 30 uit het blad Afspraken."]

    wb = openpyxl.load_workbook(sjabloon)
    alg = {rij[0].value: rij[1].value for rij in wb["Algemeen"].iter_rows(min_row=2)}
    assert (alg["Corporatie"], alg["Gemeente"], alg["Bodjaar"]) == ("Woonstichting De Lindehof", "Aaberg", 2027)
    afspraken = wb["Afspraken"]
    koppen = [c.value for c in afspraken[1]]
    assert koppen[:2] == ["code", "omschrijving"] and koppen[2:8] == list(range(2026, 2032))
    rij = next(rw for rw in afspraken.iter_rows(min_row=2, values_only=True) if rw[0] == "nieuwbouw_sociaal")
    assert list(rij[2:8]) == [32, 35, 35, 35, 35, 35]
    # every other sheet is the empty template: Bod holds every listed code for 2028–2032, no values
    bod = wb["Bod"]
    assert [c.value for c in bod[1]][2:7] == [2028, 2029, 2030, 2031, 2032]
    assert all(c.value is None for rw in bod.iter_rows(min_row=2, min_col=3, max_col=7) for c in rw)

    # the corporatie fills in its bod for 2027 with 20 in 2028 (agreed: 35), and the realisatie of 2026: 20
    bod_cel = _zet(bod, "nieuwbouw_sociaal", 2028, 20)
    _zet(bod, "nieuwbouw_sociaal", 2029, 35)
    real_cel = _zet(wb["Realisatie"], "nieuwbouw_sociaal", 2026, 20)
    ingevuld = tmp_path / "bod-2027.xlsx"
    wb.save(ingevuld)

    volgend = pipeline.beoordeel(ingevuld, None, Instellingen(), dt.date(2027, 9, 1))
    assert not volgend.fouten
    p06 = [v for v in volgend.vraagpunten if v.id == "P06" and v.sleutel == "nieuwbouw_sociaal"]
    p10 = [v for v in volgend.vraagpunten if v.id == "P10" and v.sleutel == "nieuwbouw_sociaal"]
    # P06: |20 − 35| / 35 = 43% > 10%, and fewer homes is worse; 2029 (35 = 35) is not asked about
    assert len(p06) == 1
    assert "af: 2028: 35; nu biedt u 2028: 20." in p06[0].vraag
    assert f"Bod!{bod_cel}" in p06[0].bronnen
    # P10: realised 20 of the carried 32 in 2026: 20 / 32 = 0,625 < 0,8
    assert len(p10) == 1
    assert "2026: 32; gerealiseerd: 2026: 20." in p10[0].vraag
    assert f"Realisatie!{real_cel}" in p10[0].bronnen
