"""Finding 19 (rapport.md Revisions 2, "Tables"): no word or number breaks inside a table cell, in every table
of the four example reports (beoordeling, gemeente, regio, terugblik). A cell may wrap only at spaces, so each
column must be at least its widest word (measured here with reportlab's font metrics) plus the cell padding
(3 pt left + 3 pt right)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from bodcheck import voorbeeld
from bodcheck.rapport import pdf, stijl
from bodcheck.rapport.model import Cel, Kolom, Tabel

PADDING = 3 + 3  # LEFTPADDING + RIGHTPADDING of every table cell in pdf._tabel


def _breedste_woord(tekst: str, font: str, grootte: float) -> float:
    woorden = tekst.replace("€ ", "€\u00a0").replace("\n", " ").split(" ")
    return max((stringWidth(w, font, grootte) for w in woorden if w), default=0.0)


def test_kolom_minstens_breedste_woord_synthetisch() -> None:
    """Nine equal columns as in the stock table: 'Liberalisatie' (bold 7,8 pt header) and a 9-digit number
    need more than a ninth of the text width; the others give it up, the total stays the text width."""
    kop = ("Jaar", "Nieuwbouw", "Aankoop", "Sloop", "Verkoop", "Liberalisatie", "Netto", "Cumulatief", "Voorraad")
    t = Tabel(kolommen=tuple(Kolom(k, "getal") for k in kop),
              rijen=((Cel("2027"), Cel("18"), Cel("0"), Cel("0"), Cel("6"), Cel("2"), Cel("+10"), Cel("+10"),
                      Cel("123.456.789")),))
    breedtes = pdf.kolombreedtes(t)
    assert sum(breedtes) == pytest.approx(stijl.BREEDTE)
    lib = stringWidth("Liberalisatie", stijl.FONT_VET, 7.8) + PADDING
    assert lib > stijl.BREEDTE / 9 - 20  # the case is not trivial
    assert breedtes[5] >= lib
    assert breedtes[8] >= stringWidth("123.456.789", stijl.FONT, 8) + PADDING
    assert breedtes[0] < breedtes[5]  # a narrow column keeps close to its share


def test_geen_woord_breekt_in_de_voorbeeldrapporten(tmp_path: Path, monkeypatch) -> None:
    gezien: list[tuple[Tabel, list[float]]] = []
    origineel = pdf.kolombreedtes

    def opnemen(t: Tabel, totaal: float = stijl.BREEDTE) -> list[float]:
        b = origineel(t, totaal)
        gezien.append((t, b))
        return b

    monkeypatch.setattr(pdf, "kolombreedtes", opnemen)
    voorbeeld.schrijf_en_beoordeel(tmp_path / "vb", dt.date(2026, 12, 6))
    assert len(gezien) > 40  # the tables of all four reports went through the one layout
    fouten = []
    for t, breedtes in gezien:
        for i, rij in enumerate(t.rijen):
            if i in t.groepsrijen or i in t.notitierijen:
                continue
            font = stijl.FONT_VET if i in t.vet else stijl.FONT
            grootte = 7.8 if i in t.vet else 8
            for c, b in zip(rij, breedtes, strict=True):
                if _breedste_woord(c.tekst, font, grootte) + PADDING > b + 1e-6:
                    fouten.append((t.titel, c.tekst))
        for k, b in zip(t.kolommen, breedtes, strict=True):
            if _breedste_woord(k.kop, stijl.FONT_VET, 7.8) + PADDING > b + 1e-6:
                fouten.append((t.titel, k.kop))
    assert not fouten
