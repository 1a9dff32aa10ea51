"""Paste and copy like a spreadsheet (issue 17), without Qt: the clipboard text of Excel and LibreOffice as a
block, the copy format, and a pasted block as one new Invoer with the skipped cells named."""

from __future__ import annotations

import pytest

from bodcheck import bewerken, invullen, plakken
from bodcheck.plakken import Plek


@pytest.mark.parametrize(("tekst", "rijen"), [
    # Excel (Windows): "\r\n" after every row, also the last
    ("1\t2\t3\r\n4\t5\t6\r\n", [["1", "2", "3"], ["4", "5", "6"]]),
    # LibreOffice (Linux): "\n", and no newline after the last row
    ("1\t2\n4\t5", [["1", "2"], ["4", "5"]]),
    # empty cells keep their place, also at the end of a row
    ("1\t\t3\r\n\t5\t\r\n", [["1", "", "3"], ["", "5", ""]]),
    # one cell
    ("1.234,5", [["1.234,5"]]),
    # Excel quotes a cell with a line break or a quote; "" inside is one quote
    ('"regel 1\nregel 2"\t"zei ""ja"""\r\n', [["regel 1\nregel 2", 'zei "ja"']]),
    # a quote inside a cell that does not start with one is just a character
    ('5" scherm\t2\r\n', [['5" scherm', "2"]]),
    ("", []),
])
def test_blok(tekst, rijen) -> None:
    assert plakken.blok(tekst) == rijen


def test_als_tekst_is_wat_excel_plakt() -> None:
    assert plakken.als_tekst([["a", "1"], ["b\tc", "x\ny"]]) == "a\t1\r\nb c\tx y\r\n"
    assert plakken.blok(plakken.als_tekst([["1234,5", "3,5%"]])) == [["1234,5", "3,5%"]]


@pytest.mark.parametrize(("x", "procent", "tekst"), [
    (1234567.0, False, "1234567"),  # no thousands separator
    (1234.5, False, "1234,5"),  # decimal comma: Excel NL and LibreOffice NL read it as a number
    (-12.25, False, "-12,25"),  # an ASCII minus, not the typeset U+2212
    (0.035, True, "3,5%"),
    (0.95, True, "95%"),
    (1 / 3, False, "0,3333333333"),
    (0.0, False, "0"),
    (-0.0, False, "0"),
])
def test_klembord_getal(x, procent, tekst) -> None:
    assert plakken.klembord_getal(x, procent) == tekst


@pytest.mark.parametrize("tekst", ["1234567", "1234,5", "-12,25", "3,5%", "0,3333333333"])
def test_gekopieerd_getal_leest_terug_zoals_getoond(tekst) -> None:
    """What bodcheck copies, bodcheck pastes back as the same number (the reader's own parsing)."""
    from bodcheck import getallen

    v, procent = getallen.lees(tekst)
    assert plakken.klembord_getal(v / 100 if procent else v, procent) == tekst


@pytest.fixture
def leeg():
    return invullen.leeg("Woonstede", "Aaberg", 2026)


def _plek_prognose(rij0: int, kolom0: int, codes: list[str], jaren: list[int]):
    """A small grid like the Prognose table: rows `codes`, columns `jaren` (x € 1.000); column -1 is a label."""
    from bodcheck.codes import PROGNOSE_CODES

    eenheid = {c.code: c.eenheid for c in PROGNOSE_CODES}

    def plek(i: int, j: int):
        r, k = rij0 + i, kolom0 + j
        if r >= len(codes) or k >= len(jaren):
            return None
        if k < 0:
            return f"{codes[r]}: de kolom Omschrijving is geen invulcel"
        code, jaar = codes[r], jaren[k]
        return Plek(f"{code} {jaar}", lambda t: invullen.jaarcel(t, "Prognose", code, eenheid[code], "x € 1.000"),
                    lambda inv, v: bewerken.wijzig(inv, "Prognose", code, jaar, v))

    return plek


def test_plak_een_blok_met_een_foute_cel(leeg) -> None:
    rijen = plakken.blok("€ 300.000\t1,234.5\tcirca 320\r\nnvt\t-12\t\r\n")
    uit = plakken.plak(leeg, rijen, _plek_prognose(0, 0, ["schuld_nominaal", "rente_betaald"], [2026, 2027, 2028]))
    ti = uit.invoer.prognoses["TI"]
    assert ti.getal("schuld_nominaal", 2026) == 300_000_000  # € 300.000 x € 1.000
    assert ti.getal("schuld_nominaal", 2027) == 1_234_500  # English 1,234.5 x € 1.000
    assert ti.getal("schuld_nominaal", 2028) is None
    assert ti.getal("rente_betaald", 2026) is None  # nvt: not applicable, unknown
    assert ti.getal("rente_betaald", 2027) == 12_000  # a cash-flow outflow printed negative, read as positive
    assert uit.overgeslagen == ['schuld_nominaal 2028: "circa 320" is geen getal']
    assert uit.geplakt == 4 and uit.buiten == 0
    assert uit.notities == ["rente_betaald 2027: negatief bedrag gelezen als positief (uitgaven en rente zijn "
                            "positieve bedragen)"]
    assert uit.samenvatting() == "4 cellen geplakt, 1 overgeslagen"
    assert str(ti.bron("schuld_nominaal", 2026)) == "handmatig"
    assert leeg.prognoses["TI"].getal("schuld_nominaal", 2026) is None  # the old Invoer is untouched: undo


def test_plak_buiten_de_rand_en_in_een_labelkolom(leeg) -> None:
    rijen = plakken.blok("x\t1\t2\t3\r\n")
    uit = plakken.plak(leeg, rijen, _plek_prognose(0, -1, ["vhe"], [2026, 2027]))
    assert uit.invoer.prognoses["TI"].getal("vhe", 2026) == 1 and uit.invoer.prognoses["TI"].getal("vhe", 2027) == 2
    assert uit.buiten == 1
    assert uit.overgeslagen == ["vhe: de kolom Omschrijving is geen invulcel"]


def test_plak_grenzen_van_de_inlezer(leeg) -> None:
    """The reader's bounds (bodcheck.grenzen): a negative debt or a share above 100% is refused, named."""
    rijen = plakken.blok("-5\r\n")
    uit = plakken.plak(leeg, rijen, _plek_prognose(0, 0, ["schuld_nominaal"], [2026]))
    assert uit.overgeslagen == ["schuld_nominaal 2026: negatief getal: een schuld kan niet negatief zijn"]
    assert uit.invoer is leeg  # nothing pasted: no new Invoer, no undo step


def test_plak_leeg_blok_laat_lege_cellen_leeg(leeg) -> None:
    uit = plakken.plak(leeg, plakken.blok("\t\r\n"), _plek_prognose(0, 0, ["vhe"], [2026, 2027]))
    assert uit.invoer is leeg and uit.geplakt == 0  # no "handmatig" on cells that stay empty


def test_leeg_geplakte_cel_maakt_een_waarde_leeg(leeg) -> None:
    plek = _plek_prognose(0, 0, ["vhe"], [2026, 2027])
    gevuld = plakken.plak(leeg, plakken.blok("100\t200\r\n"), plek).invoer
    uit = plakken.plak(gevuld, plakken.blok("\t250\r\n"), plek)
    assert uit.invoer.prognoses["TI"].getal("vhe", 2026) is None and uit.invoer.prognoses["TI"].getal("vhe", 2027) == 250
    assert (uit.geplakt, uit.geleegd) == (1, 1) and uit.samenvatting() == "1 cel geplakt, 1 cel leeggemaakt"
