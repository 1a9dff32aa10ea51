"""The one parser for numbers written as text (workbook cells and what the user types in the app)."""

from __future__ import annotations

import pytest

from bodcheck import getallen


@pytest.mark.parametrize(("tekst", "waarde", "procent"), [
    ("1.234.567", 1234567.0, False), ("1.234,5", 1234.5, False), ("€ 1.234", 1234.0, False),
    ("3,5%", 3.5, True), ("-12", -12.0, False), ("1,234.5", 1234.5, False), ("1,5", 1.5, False),
    ("1.234", 1234.0, False), ("3.5", 3.5, False), ("0.500", 0.5, False), ("1,234,567", 1234567.0, False),
    ("−7", -7.0, False), ("\u00a0 42 ", 42.0, False),
])
def test_lees(tekst: str, waarde: float, procent: bool) -> None:
    assert getallen.lees(tekst) == (waarde, procent)


@pytest.mark.parametrize("tekst", ["circa 300", "", "1.2.3,4,5", "abc", "1e999"])
def test_geen_getal(tekst: str) -> None:
    with pytest.raises(getallen.GeenGetal):
        getallen.lees(tekst)


def test_lees_invoer() -> None:
    assert getallen.lees_invoer("  ") is None
    assert getallen.lees_invoer("39.000") == 39000.0
    assert getallen.lees_invoer("3,5%") == 3.5
