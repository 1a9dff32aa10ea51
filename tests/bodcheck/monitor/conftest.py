"""The bundled series, written once per session (the example workbooks and the three .bodcheck files)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bodcheck import beoordeling, monitor, voorbeeld

PEILDATUM = dt.date(2026, 10, 1)


@pytest.fixture(scope="session")
def voorbeeld_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """bod-voorbeeld.xlsx, woonvisie-voorbeeld.xlsx and reeks-lindehof-aaberg/ as `bodcheck voorbeeld` writes them."""
    map_ = tmp_path_factory.mktemp("voorbeeld")
    bod, wv = voorbeeld.schrijf_werkboeken(map_)
    b, _ = beoordeling.nieuw(bod, wv)
    voorbeeld.schrijf_reeks(map_ / voorbeeld.REEKS, b)
    return map_


@pytest.fixture(scope="session")
def reeks(voorbeeld_map: Path) -> monitor.Monitor:
    return monitor.maak([voorbeeld_map / voorbeeld.REEKS], PEILDATUM)
