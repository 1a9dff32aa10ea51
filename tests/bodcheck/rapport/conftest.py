"""Fixtures: the bundled example assessed once per session, its PDF text, and a thin case (Prognose only).

Expected figures in the tests are computed from the written workbook with the spec formulas (via openpyxl),
not from the report model.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from bodcheck import pipeline, rapport, sjabloon, voorbeeld
from bodcheck.model import Instellingen, Resultaat
from tests.bodcheck.rapport import gegevens

PEILDATUM = dt.date(2026, 9, 1)


def pdf_tekst(pad: Path) -> list[str]:
    """Text per page, whitespace collapsed to single spaces."""
    return [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(str(pad)).pages]


class Werkboek:
    """Independent reading of a year sheet: code in column A, years in row 1."""

    def __init__(self, pad: Path):
        self.wb = openpyxl.load_workbook(pad, data_only=True)

    def jaren(self, blad: str) -> list[int]:
        return [c.value for c in self.wb[blad][1] if isinstance(c.value, int)]

    def waarde(self, blad: str, code: str, jaar: int) -> float | None:
        ws = self.wb[blad]
        kolom = next(c.column for c in ws[1] if c.value == jaar)
        for rij in ws.iter_rows(min_row=2):
            if rij[0].value == code:
                return ws.cell(rij[0].row, kolom).value
        return None

    def rij(self, blad: str, code: str) -> dict[int, float | None]:
        return {j: self.waarde(blad, code, j) for j in self.jaren(blad)}


@pytest.fixture(scope="session")
def voorbeeld_map(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("voorbeeld")


@pytest.fixture(scope="session")
def resultaat(voorbeeld_map) -> Resultaat:
    r = voorbeeld.beoordeel(voorbeeld_map, PEILDATUM)
    assert not r.fouten
    return r


@pytest.fixture(scope="session")
def werkboek(resultaat, voorbeeld_map) -> Werkboek:
    return Werkboek(voorbeeld_map / voorbeeld.BOD)


@pytest.fixture(scope="session")
def rapport_pdf(resultaat, voorbeeld_map) -> Path:
    return rapport.schrijf_pdf(resultaat, voorbeeld_map / "rapport.pdf")


@pytest.fixture(scope="session")
def paginas(rapport_pdf) -> list[str]:
    return pdf_tekst(rapport_pdf)


@pytest.fixture(scope="session")
def tekst(paginas) -> str:
    return " ".join(paginas)


@pytest.fixture(scope="session")
def dun_resultaat(tmp_path_factory) -> Resultaat:
    """Algemeen and Prognose only: no Bod, Afspraken, Realisatie, Woonvisie, Gemeente."""
    map_ = tmp_path_factory.mktemp("dun")
    pad = sjabloon.schrijf(map_ / "dun.xlsx", gegevens.alleen_prognose(), soort="bod")
    r = pipeline.beoordeel(pad, None, Instellingen(), PEILDATUM)
    assert not r.fouten
    return r
