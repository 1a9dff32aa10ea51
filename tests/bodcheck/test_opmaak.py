"""Dutch display formatting and half-up rounding (rekenregels §2 examples)."""

from __future__ import annotations

import datetime as dt

import pytest

from bodcheck import opmaak


@pytest.mark.parametrize(("x", "d", "verwacht"), [
    (2.2477, 2, "2,25"), (2.2523, 2, "2,25"), (2.2477, 1, "2,2"), (2.2523, 1, "2,3"),
    (1.005, 2, "1,01"), (-2.245, 2, "\u22122,25"), (1234567, 0, "1.234.567"), (1234567.5, 0, "1.234.568"),
    (-0.001, 2, "0,00"), (0, 0, "0"),
])
def test_getal_half_up(x: float, d: int, verwacht: str) -> None:
    assert opmaak.getal(x, d) == verwacht


def test_procent_en_ratio() -> None:
    assert opmaak.procent(0.4975) == "49,8%"  # rekenregels §2
    assert opmaak.procent(0.497) == "49,7%"
    assert opmaak.ratio(1.4) == "1,40"
    assert opmaak.ratio_waarde("icr", 1.74285) == "1,74"
    assert opmaak.ratio_waarde("ltv", 0.539047) == "53,9%"
    assert opmaak.procent(None) == "–"


def test_minteken_overal() -> None:
    """Finding 13: a negative number shows the minus sign U+2212, never the hyphen, in every formatter."""
    assert opmaak.getal(-15) == "\u221215"
    assert opmaak.getal(-1234.5, 1) == "\u22121.234,5"
    assert opmaak.procent(-0.001, 1) == "\u22120,1%"
    assert opmaak.ratio(-0.25) == "\u22120,25"
    assert opmaak.euro_globaal(-4_734_000) == "€ \u22124,7 mln"
    assert opmaak.waarde_in_eenheid(-8, "aantal") == "\u22128"
    assert "-" not in opmaak.getal(-0.4)  # rounds to 0: no sign at all
    assert opmaak.getal(-0.4) == "0"


def test_procent_half_up_op_de_geschreven_waarde() -> None:
    """Finding 24: the mean of 3,5%, 3,0%, 2,8% and 2,5% is (3,5 + 3,0 + 2,8 + 2,5) / 4 = 2,95% → half-up 3,0%,
    even though the float mean times 100 is 2,9499999…; a share of 35/40 is 87,5%, not 88%."""
    gemiddelde = (0.035 + 0.03 + 0.028 + 0.025) / 4
    assert opmaak.procent(gemiddelde) == "3,0%"
    assert opmaak.procent(35 / 40) == "87,5%"
    assert opmaak.procentpunt(0.0295) == "3,0"
    assert opmaak.procent(0.4975) == "49,8%"


def test_euro() -> None:
    assert opmaak.euro(1234567) == "€ 1.234.567"
    assert opmaak.euro(-1234.5, 2) == "€ \u22121.234,50"
    assert opmaak.euro_globaal(161_463_077) == "€ 161,5 mln"  # as the table beside it
    assert opmaak.euro_mln(46_912_000) == "€ 46,9 mln" and opmaak.euro_mln(-3_249_000) == "€ \u22123,2 mln"
    assert opmaak.euro_globaal(4_734_000) == "€ 4,7 mln"
    assert opmaak.euro_globaal(849_600) == "€ 850.000"
    assert opmaak.euro_eenheid(39_000_000, "x € 1.000") == "39.000"
    assert opmaak.euro_eenheid(39_000_000, "x € 1 mln") == "39,0"


def test_jaren_en_datum() -> None:
    assert opmaak.jaren([2028, 2026, 2027]) == "2026–2028"
    assert opmaak.jaren([2026, 2028]) == "2026 en 2028"
    assert opmaak.jaren([2026, 2027, 2029]) == "2026, 2027 en 2029"
    assert opmaak.datum(dt.date(2026, 7, 1)) == "01-07-2026"  # tables: two digits (vraagpunten.md Revisions 2)
    assert opmaak.datum_lang(dt.date(2026, 12, 15)) == "15 december 2026"


def test_waarde_in_eenheid() -> None:
    assert opmaak.waarde_in_eenheid(25, "aantal") == "25"
    assert opmaak.waarde_in_eenheid(0.035, "%") == "3,5%"
    assert opmaak.waarde_in_eenheid(2_500_000, "bedrag") == "€ 2.500.000"
    assert opmaak.waarde_in_eenheid(7.25, "score") == "7,3"


def test_cellen_kort_noemt_een_bestand_eenmaal_ook_bij_een_bereik() -> None:
    # review finding 25: "bod-aadal.xlsx: Bod!C7 · [bod-aadal.xlsx]Bod!C16:G16" named the file twice
    assert opmaak.cellen_kort(["[bod-aadal.xlsx]Bod!C7", "[bod-aadal.xlsx]Bod!C16:G16", "[wv.xlsx]Woonvisie!D13"]) == (
        "bod-aadal.xlsx: Bod!C7, Bod!C16:G16 · wv.xlsx: Woonvisie!D13")


def test_in_zin_houdt_hoofdletters_van_namen_en_afkortingen() -> None:
    # review finding 3: "label E, F of G", not "label e, f of g"; an abbreviation at the start stays
    assert opmaak.in_zin("Woningen met label E, F of G, ultimo") == "woningen met label E, F of G"  # a table note
    assert opmaak.in_zin("Verhuureenheden in exploitatie (ultimo)") == "verhuureenheden in exploitatie"
    assert opmaak.in_zin("DAEB-woningen") == "DAEB-woningen"
    assert opmaak.in_zin("") == ""
