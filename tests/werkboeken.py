"""Helpers that write real workbooks for tests, through the template writer (no mocks of openpyxl)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bodcheck import sjabloon, voorbeeld_11_data

# rekenregels §4.3: DAEB, k€, kader 2024, r = 3%. R is given net; here rente_ontvangen = 0. The numbers are
# the spec's table, kept once in the bundled cases' data.
WERKVOORBEELD_DAEB: dict[str, Any] = voorbeeld_11_data.werkvoorbeeld_43()


def algemeen(**extra: Any) -> dict[str, Any]:
    basis = {"formaatversie": 1, "corporatie": "Woonstichting Test", "gemeente": "Aaberg", "bodjaar": 2026,
             "eenheid": "x € 1.000", "prognose_editie": 2025}
    basis.update(extra)
    return basis


def werkvoorbeeld(map_: Path, **algemeen_extra: Any) -> Path:
    """The worked example of rekenregels §4.3 as a real workbook (Algemeen + Prognose DAEB)."""
    return sjabloon.schrijf(map_ / "werkvoorbeeld.xlsx",
                            {"Algemeen": algemeen(**algemeen_extra), "Prognose DAEB": WERKVOORBEELD_DAEB})


def schrijf(pad: Path, gegevens: dict[str, Any], soort: str = "bod") -> Path:
    return sjabloon.schrijf(pad, gegevens, soort=soort)
