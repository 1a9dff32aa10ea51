"""The user's notes in the joint report: written to real PDF and xlsx files and read back with pypdf and openpyxl.
A vraagpunt to take along is printed with its notitie, antwoord and afspraak; one not to take along comes after
the others under ‘Overige vraagpunten’, with what the user wrote. Every vraagpunt keeps its number whatever is
ticked (vraagpunten.md Revisions 2). The numbers are derived by hand from the example's three joint vraagpunten
in Aaberg and the order by adressaat, then thema: S03 (for the corporatie) 1, S01 (for all, beschikbaarheid) 2,
S02 (for all, a later thema) 3."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from bodcheck import rapport, samen, voorbeeld_regio_data
from bodcheck.model import Notitie, notitie_sleutel

from .conftest import pdf_tekst

PEILDATUM = dt.date(2026, 9, 1)
AFSPRAAK_KOP = "Vervolg / afspraak (wat · wie · wanneer)"

S01 = Notitie(meenemen=True, notitie="Vraag Lindehof naar de planning van 2028",
              antwoord="Lindehof start de bouw in het voorjaar", afspraak="Lindehof · planning · 1 december")
S03 = Notitie(meenemen=False, notitie="Pas na de zomer bespreken", afspraak="Gemeente · nagaan · voor 1 juli")


@pytest.fixture(scope="module")
def gemeente(tmp_path_factory):
    g = samen.beoordeel_gemeente(voorbeeld_regio_data.schrijf_gemeente_voorbeeld(
        tmp_path_factory.mktemp("aaberg")), None, PEILDATUM)
    assert not g.fouten
    return g


@pytest.fixture(scope="module")
def regio(tmp_path_factory):
    r = samen.beoordeel_regio(voorbeeld_regio_data.schrijf_regio_voorbeeld(tmp_path_factory.mktemp("regio")),
                              PEILDATUM)
    assert not r.fouten
    return r


def _vraag(r, regel: str):
    return next(v for v in r.vraagpunten if v.id == regel)


@pytest.fixture(scope="module")
def notities(gemeente):
    return {"Aaberg": {notitie_sleutel(_vraag(gemeente, "S01")): S01,
                       notitie_sleutel(_vraag(gemeente, "S03")): S03}}


def _vraagpunten_blad(pad: Path) -> list[dict[str, object]]:
    ws = openpyxl.load_workbook(pad)["Vraagpunten"]
    kop = [c.value for c in ws[2]]
    return [dict(zip(kop, rij, strict=True)) for rij in ws.iter_rows(min_row=3, values_only=True)]


def _hoofdstuk(paginas: list[str], begin: str, eind: str) -> str:
    """The text from the chapter heading `begin` up to `eind`."""
    tekst = " ".join(paginas)
    start = tekst.index(begin)
    return tekst[start:tekst.index(eind, start)]


def test_pdf_gemeente_met_notities(gemeente, notities, tmp_path):
    pad = rapport.schrijf_pdf_samen(gemeente, tmp_path / "aaberg.pdf", notities=notities)
    paginas = pdf_tekst(pad)
    h4 = _hoofdstuk(paginas, "4. Vraagpunten voor het overleg", "5. Elke corporatie apart")
    s01, s02, s03 = (_vraag(gemeente, x).vraag[:40] for x in ("S01", "S02", "S03"))
    # S01 (2) and S02 (3) go along; S03 is not taken along, keeps its number 1 and comes after them
    assert h4.index(f"2. {s01}") < h4.index(f"3. {s02}") < h4.rindex("Overige vraagpunten") < h4.index(f"1. {s03}")
    mee = h4[h4.index(f"2. {s01}"):h4.index(f"3. {s02}")]
    assert "Eigen notitie: Vraag Lindehof naar de planning van 2028" in mee
    assert "Lindehof start de bouw in het voorjaar" in mee and "Lindehof · planning · 1 december" in mee
    overig = h4[h4.index(f"1. {s03}"):]
    assert "niet geselecteerd om mee te nemen" in overig
    assert "Eigen notitie: Pas na de zomer bespreken" in overig
    assert "Afspraak: Gemeente · nagaan · voor 1 juli" in overig
    kern = _hoofdstuk(paginas, "1. Kern voor het bestuur", "2. De bods samen per doel")
    # the Kern lists number and title only; the question is printed in full once, in chapter 4
    t01, t02 = (_vraag(gemeente, x).titel for x in ("S01", "S02"))
    assert f"Vraag 2: {t01}" in kern and f"Vraag 3: {t02}" in kern and "Vraag 1:" not in kern
    assert s01 not in kern


def test_pdf_zonder_notities_ongewijzigd(gemeente):
    assert rapport.opbouw_samen(gemeente) == rapport.opbouw_samen(gemeente, notities={})
    assert rapport.opbouw_samen(gemeente) == rapport.opbouw_samen(gemeente, notities={"Aadijk": {
        notitie_sleutel(_vraag(gemeente, "S01")): Notitie(meenemen=False, notitie="van een andere gemeente")}})


def test_excel_gemeente_met_notities(gemeente, notities, tmp_path):
    rijen = {r["Id"]: r for r in _vraagpunten_blad(rapport.schrijf_excel_samen(gemeente, tmp_path / "a.xlsx",
                                                                               notities=notities))}
    assert {k: (r["Nr"], r["Meenemen"]) for k, r in rijen.items()} == {"S01": (2, "ja"), "S02": (3, "ja"),
                                                                        "S03": (1, "nee")}
    assert (rijen["S01"]["Notitie"], rijen["S01"]["Antwoord"], rijen["S01"][AFSPRAAK_KOP]) == (
        "Vraag Lindehof naar de planning van 2028", "Lindehof start de bouw in het voorjaar",
        "Lindehof · planning · 1 december")
    assert (rijen["S03"]["Notitie"], rijen["S03"]["Antwoord"], rijen["S03"][AFSPRAAK_KOP]) == (
        "Pas na de zomer bespreken", None, "Gemeente · nagaan · voor 1 juli")
    assert (rijen["S02"]["Notitie"], rijen["S02"][AFSPRAAK_KOP]) == (None, None)


def test_regio_notities_per_groep(regio, tmp_path):
    aaberg, aadijk = regio.gemeenten[0], regio.gemeenten[1]
    r01 = next(v for v in regio.vraagpunten if v.id == "R01" and v.sleutel.startswith("regio:"))
    notities = {
        "Regio Aa-vallei": {notitie_sleutel(r01): Notitie(meenemen=False, notitie="Regionaal: de woondeal erbij")},
        "Aaberg": {notitie_sleutel(_vraag(aaberg, "S03")): Notitie(notitie="Aadal in Aaberg")},
    }
    assert notitie_sleutel(_vraag(aaberg, "S03")) != notitie_sleutel(_vraag(aadijk, "S03"))
    rijen = _vraagpunten_blad(rapport.schrijf_excel_samen(regio, tmp_path / "r.xlsx", notities=notities))
    assert len(rijen) == 9  # 5 for the regio, 3 in Aaberg, 1 in Aadijk
    regionaal = next(r for r in rijen if r["Notitie"] == "Regionaal: de woondeal erbij")
    # not along, yet it keeps its number: the first of the regio's own vraagpunten
    assert (regionaal["Id"], regionaal["Nr"], regionaal["Meenemen"]) == ("R01", 1, "nee")
    assert sorted(r["Nr"] for r in rijen) == list(range(1, 10))
    s03 = {r["Groep"]: r for r in rijen if r["Id"] == "S03"}
    assert s03["Gemeente Aaberg: de corporaties samen"]["Notitie"] == "Aadal in Aaberg"
    assert s03["Gemeente Aadijk: de corporaties samen"]["Notitie"] is None  # same rule, other gemeente

    paginas = pdf_tekst(rapport.schrijf_pdf_samen(regio, tmp_path / "r.pdf", notities=notities))
    h3 = _hoofdstuk(paginas, "3. Vraagpunten voor het overleg", "4. Gemeente Aaberg: de bods samen")
    overig = h3[h3.rindex("Overige vraagpunten"):]
    assert f"1. {r01.vraag[:40]}" in overig and "Eigen notitie: Regionaal: de woondeal erbij" in overig
    assert "Eigen notitie: Aadal in Aaberg" in h3[:h3.rindex("Overige vraagpunten")]


def test_wederhoor_zonder_eigen_notities(gemeente, notities, tmp_path):
    """The version for the corporaties to check the figures: marked as such, all joint vraagpunten in their own
    order, and none of the user's notes, in the PDF and in the Excel export."""
    pdf = " ".join(pdf_tekst(rapport.schrijf_pdf_samen(gemeente, tmp_path / "w.pdf", notities=notities,
                                                       wederhoor=True)))
    assert "versie voor wederhoor" in pdf
    for tekst in (S01.notitie, S01.antwoord, S01.afspraak, S03.notitie, S03.afspraak):
        assert tekst not in pdf
    assert "Overige vraagpunten" not in pdf  # nothing is left out when nobody's selection counts
    rijen = _vraagpunten_blad(rapport.schrijf_excel_samen(gemeente, tmp_path / "w.xlsx", notities=notities,
                                                          wederhoor=True))
    waarden = {str(v) for rij in rijen for v in rij.values() if v is not None}
    assert not waarden & {S01.notitie, S01.antwoord, S01.afspraak, S03.notitie, S03.afspraak}
    gewoon = " ".join(pdf_tekst(rapport.schrijf_pdf_samen(gemeente, tmp_path / "g.pdf", notities=notities)))
    assert S01.afspraak in gewoon and "versie voor wederhoor" not in gewoon
