"""The bundled example with its five afspraken, assessed once per module."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bodcheck import beoordeling, pipeline, voorbeeld, voorbeeld_data

PEILDATUM = dt.date(2026, 9, 1)


@pytest.fixture(scope="module")
def voorbeeld_beoordeling(tmp_path_factory: pytest.TempPathFactory):
    map_ = tmp_path_factory.mktemp("voorbeeld")
    bod, wv = voorbeeld.schrijf_werkboeken(map_)
    b, meldingen = beoordeling.nieuw(bod, wv)
    assert not [m for m in meldingen if m.soort == "fout"]
    b.notities = voorbeeld_data.notities_met_afspraken()
    r = pipeline.beoordeel_invoer(b.invoer, b.instellingen, PEILDATUM, b.meldingen)
    return b, r


def map_van(tmp_path: Path) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    return tmp_path
