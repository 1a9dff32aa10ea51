"""`schrijf_excel(..., wederhoor=True)`: the writer itself leaves the user's notes out (issue 12), as the PDF
for wederhoor does; without it the notes are in the sheet Vraagpunten."""

from __future__ import annotations

import openpyxl

from bodcheck import rapport
from bodcheck.model import Notitie, notitie_sleutel

EIGEN = "Eigen aantekening die de corporatie niet mag zien"


def _teksten(pad) -> str:
    wb = openpyxl.load_workbook(pad)
    return " ".join(str(v) for rij in wb["Vraagpunten"].iter_rows(values_only=True) for v in rij if v is not None)


def test_excel_wederhoor_zonder_eigen_notities(resultaat, tmp_path):
    sleutel = notitie_sleutel(resultaat.vraagpunten[0])
    notities = {sleutel: Notitie(notitie=EIGEN, antwoord="Antwoord aan tafel")}
    met = rapport.schrijf_excel(resultaat, tmp_path / "met.xlsx", notities)
    zonder = rapport.schrijf_excel(resultaat, tmp_path / "zonder.xlsx", notities, wederhoor=True)
    assert EIGEN in _teksten(met)
    assert EIGEN not in _teksten(zonder) and "Antwoord aan tafel" not in _teksten(zonder)
