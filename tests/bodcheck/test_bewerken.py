"""Editing in the app: a new Invoer every time, the old one untouched, the history kept as the bron."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bodcheck import bewerken, inlezen
from bodcheck.model import Bron
from tests.bodcheck.inlezen import werkboeken as w


@pytest.fixture(scope="module")
def invoer(tmp_path_factory):
    bod, wv = w.voorbeeld(tmp_path_factory.mktemp("bewerken"))
    invoer, meldingen = inlezen.lees(bod, wv)
    assert not [m for m in meldingen if m.soort == "fout"]
    return invoer


def test_wijzig_bod_maakt_nieuwe_invoer_met_handmatige_bron(invoer) -> None:
    nieuw = bewerken.wijzig(invoer, "Bod", "nieuwbouw_sociaal", 2028, 40)
    assert nieuw.bod.getal("nieuwbouw_sociaal", 2028) == 40.0
    assert str(nieuw.bod.bron("nieuwbouw_sociaal", 2028)) == "handmatig (was [bod.xlsx]Bod!D2)"
    assert invoer.bod.getal("nieuwbouw_sociaal", 2028) == 25.0  # the old one is untouched
    assert str(invoer.bod.bron("nieuwbouw_sociaal", 2028)) == "[bod.xlsx]Bod!D2"
    assert nieuw.bod.getal("nieuwbouw_sociaal", 2027) == 20.0  # the rest stays
    assert str(nieuw.bod.bron("nieuwbouw_sociaal", 2027)) == "[bod.xlsx]Bod!C2"


def test_nogmaals_wijzigen_houdt_de_oorspronkelijke_cel(invoer) -> None:
    een = bewerken.wijzig(invoer, "Bod", "sloop", 2028, 5)
    twee = bewerken.wijzig(een, "Bod", "sloop", 2028, 0)
    assert str(twee.bod.bron("sloop", 2028)) == "handmatig (was [bod.xlsx]Bod!D3)"
    assert twee.bod.getal("sloop", 2028) == 0.0


def test_waarde_toevoegen_waar_geen_was(invoer) -> None:
    nieuw = bewerken.wijzig(invoer, "Bod", "aardgasvrij", 2029, 12)
    assert nieuw.bod.getal("aardgasvrij", 2029) == 12.0
    assert str(nieuw.bod.bron("aardgasvrij", 2029)) == "handmatig"
    assert nieuw.bod.regel("aardgasvrij").eenheid == "aantal"
    assert invoer.bod.regel("aardgasvrij") is None


def test_nieuw_blad_en_nieuw_jaar(invoer) -> None:
    nieuw = bewerken.wijzig(invoer, "Afspraken", "nieuwbouw_sociaal", 2026, 35)
    assert invoer.afspraken is None
    assert nieuw.afspraken.naam == "Afspraken"
    assert nieuw.afspraken.jaren == [2026]
    later = bewerken.wijzig(nieuw, "Bod", "sloop", 2035, 3)
    assert later.bod.jaren == [2027, 2028, 2029, 2030, 2031, 2035]


def test_prognose_in_euro(invoer) -> None:
    nieuw = bewerken.wijzig(invoer, "Prognose", "onderhoud", 2026, 31_500_000)
    assert nieuw.prognoses["TI"].getal("onderhoud", 2026) == 31_500_000
    assert str(nieuw.prognoses["TI"].bron("onderhoud", 2026)) == "handmatig (was [bod.xlsx]Prognose!C13)"
    assert invoer.prognoses["TI"].getal("onderhoud", 2026) == 30_000_000


def test_leegmaken_houdt_de_geschiedenis(invoer) -> None:
    nieuw = bewerken.wijzig(invoer, "Bod", "verkoop", 2027, None)
    assert nieuw.bod.getal("verkoop", 2027) is None
    assert str(nieuw.bod.bron("verkoop", 2027)) == "handmatig (was [bod.xlsx]Bod!C4)"


@pytest.mark.parametrize(("blad", "code", "jaar", "getal", "tekst"), [
    ("Woonvisie", "sloop", 2027, 1, "blad Woonvisie heeft geen jaarkolommen"),
    ("Bod", "schuld_nominaal", 2027, 1, 'code "schuld_nominaal" hoort niet in blad Bod'),
    ("Bod", "sloop", 20277, 1, "20277 is geen jaartal"),
    ("Bod", "sloop", 2027, float("nan"), "nan is geen geldig getal"),
    ("Bod", "sloop", 2027, float("inf"), "inf is geen geldig getal"),
])
def test_ongeldige_wijziging(invoer, blad, code, jaar, getal, tekst) -> None:
    with pytest.raises(bewerken.BewerkFout, match=tekst):
        bewerken.wijzig(invoer, blad, code, jaar, getal)


def test_wijzig_algemeen(invoer) -> None:
    nieuw = bewerken.wijzig_algemeen(invoer, "datum_bod", dt.date(2026, 7, 2))
    assert nieuw.veld("datum_bod") == dt.date(2026, 7, 2)
    assert str(nieuw.veld_bron("datum_bod")) == "handmatig (was [bod.xlsx]Algemeen!B7)"
    assert invoer.veld("datum_bod") == dt.date(2026, 6, 20)
    ho = bewerken.wijzig_algemeen(invoer, "achterban_geraadpleegd", True)
    assert ho.veld("achterban_geraadpleegd") is True
    assert str(ho.veld_bron("achterban_geraadpleegd")) == "handmatig"
    eenheid = bewerken.wijzig_algemeen(invoer, "eenheid", "x € 1 mln")
    assert eenheid.eenheid_bedragen == "x € 1 mln"
    assert eenheid.prognoses["TI"].getal("onderhoud", 2026) == 30_000_000  # amounts stay in euros


@pytest.mark.parametrize(("code", "waarde", "tekst"), [
    ("bodjaar", "2026", "Bodjaar: '2026' is geen geldige waarde"),
    ("bodjaar", True, "Bodjaar: True is geen geldige waarde"),
    ("datum_bod", dt.datetime(2026, 7, 2, 9, 0), "Datum bod: .* is geen geldige waarde"),
    ("eenheid", "euro", "Eenheid bedragen: 'euro' is geen geldige waarde"),
    ("corporatie", "  ", "Corporatie: '  ' is geen geldige waarde"),
    ("onbekend", 1, '"onbekend" is geen veld van Algemeen'),
])
def test_ongeldig_algemeen(invoer, code, waarde, tekst) -> None:
    with pytest.raises(bewerken.BewerkFout, match=tekst):
        bewerken.wijzig_algemeen(invoer, code, waarde)


def test_wijzig_doel(invoer) -> None:
    nieuw = bewerken.wijzig_doel(invoer, 0, 35)
    assert nieuw.woonvisie[0].waarde == 35.0
    assert str(nieuw.woonvisie[0].bron) == "handmatig (was [woonvisie.xlsx]Woonvisie!D2)"
    assert invoer.woonvisie[0].waarde == 30.0
    assert nieuw.woonvisie[1] is invoer.woonvisie[1]
    with pytest.raises(bewerken.BewerkFout, match="doel 5 bestaat niet in de woonvisie"):
        bewerken.wijzig_doel(invoer, 5, 1)


def test_handmatige_bron_tekst() -> None:
    assert str(Bron("Bod", "D7").als_handmatig()) == "handmatig (was Bod!D7)"


def test_geen_qt(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = "import sys, bodcheck.bewerken, bodcheck.beoordeling; print(any(m.startswith('PySide6') for m in sys.modules))"
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert uit.stdout.strip() == "False"
