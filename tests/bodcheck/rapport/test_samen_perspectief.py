"""The perspective orders the joint report's vraagpunten as the single report's (own party, both, the other):
for the huurders, Aaberg's S02 (for all parties) comes before S01 and S03 (for the gemeente). Derived by hand
from the example's three joint vraagpunten and vraagpunten.md's ordering rule."""

from __future__ import annotations

import datetime as dt

import pytest

from bodcheck import rapport, samen, voorbeeld_regio_data
from bodcheck.model import Instellingen

PEILDATUM = dt.date(2026, 9, 1)


@pytest.fixture(scope="module")
def mappen(tmp_path_factory):
    return (voorbeeld_regio_data.schrijf_gemeente_voorbeeld(tmp_path_factory.mktemp("aaberg")),
            voorbeeld_regio_data.schrijf_regio_voorbeeld(tmp_path_factory.mktemp("regio")))


def _ids(r, groep: str) -> list[tuple[int, str]]:
    return [(b.nummer, b.id) for b in rapport.opbouw_samen(r).vraagpunten if b.groep.startswith(groep)]


@pytest.mark.parametrize(("perspectief", "verwacht"), [
    ("gemeente", [(1, "S01"), (2, "S03"), (3, "S02")]),
    ("huurders", [(1, "S02"), (2, "S01"), (3, "S03")]),
])
def test_gemeente(mappen, perspectief, verwacht):
    g = samen.beoordeel_gemeente(mappen[0], None, PEILDATUM, Instellingen(perspectief=perspectief))
    assert _ids(g, "") == verwacht
    voorblad = dict(rapport.opbouw_samen(g).voorblad)
    assert voorblad["Perspectief"].lower().startswith(perspectief)


@pytest.mark.parametrize(("perspectief", "verwacht"), [
    ("gemeente", [(6, "S01"), (7, "S03"), (8, "S02")]),  # after the regio's own five
    ("huurders", [(6, "S02"), (7, "S01"), (8, "S03")]),
])
def test_regio_per_gemeente(mappen, perspectief, verwacht):
    r = samen.beoordeel_regio(mappen[1], PEILDATUM, Instellingen(perspectief=perspectief))
    assert _ids(r, "Gemeente Aaberg") == verwacht
