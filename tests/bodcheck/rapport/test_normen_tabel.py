"""Findings 17 and 18: the tables of chapter 'Toets aan normen' and the parameter appendix print dates as
dd-mm-jjjj and call the verification column what it is, "Bron geverifieerd" (not a verdict on the bod)."""

from __future__ import annotations

import re

from bodcheck import opmaak
from bodcheck.rapport import bijlagen, normen
from bodcheck.rapport.model import Tabel

ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def test_datum_tekst() -> None:
    assert opmaak.datum_tekst("2022-01-01") == "01-01-2022"
    assert opmaak.datum_tekst("2024-12-17") == "17-12-2024"
    assert opmaak.datum_tekst("2024") == "2024"  # a year alone stays
    assert opmaak.datum_tekst("") == ""


def test_normen_datums_en_kolom(resultaat) -> None:
    tabellen = [b for b in normen.hoofdstuk(resultaat) if isinstance(b, Tabel)]
    assert {t.sleutel for t in tabellen} >= {"normen_wettelijk", "normen_landelijk"}
    for t in tabellen:
        assert t.kolommen[-1].kop == "Bron geverifieerd"
        for rij in t.rijen:
            for c in rij:
                assert not ISO.search(c.tekst), c.tekst
    wettelijk = next(t for t in tabellen if t.sleutel == "normen_wettelijk")
    bod_uiterlijk = next(r for r in wettelijk.rijen if r[0].tekst.startswith("Bod uiterlijk 1 juli"))
    # landelijk.toml [bod_uiterlijk] datum = "2022-01-01" → 1 January 2022, written 01-01-2022
    assert "(01-01-2022)" in bod_uiterlijk[3].tekst
    assert "na 1 juli" in bod_uiterlijk[2].tekst  # the bod's lateness stays in "In dit bod"


def test_parametertabel_datums() -> None:
    t = bijlagen.parameter_tabel()
    assert t.kolommen[-1].kop == "Bron geverifieerd"
    assert not any(ISO.search(c.tekst) for rij in t.rijen for c in rij)
    # landelijk.toml [max_huursom] datum = "2024-12-17"
    assert any("(17-12-2024)" in c.tekst for rij in t.rijen for c in rij)
