"""The joint report orders its vraagpunten as the single report (vraagpunten.md Revisions 2): by who must answer
(corporatie, gemeente, allen), then thema. Aaberg's three joint vraagpunten: S03 (aandeel wijkt af) is for the
corporatie; S01 (tekort, beschikbaarheid) and S02 (doel zonder bod, the doel's own later thema) are for all.
So S03, S01, S02 in both perspectives; the perspective changes the headings only. Derived by hand from that
rule."""

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
    ("gemeente", [(1, "S03"), (2, "S01"), (3, "S02")]),
    ("huurders", [(1, "S03"), (2, "S01"), (3, "S02")]),
])
def test_gemeente(mappen, perspectief, verwacht):
    g = samen.beoordeel_gemeente(mappen[0], None, PEILDATUM, Instellingen(perspectief=perspectief))
    assert _ids(g, "") == verwacht
    voorblad = dict(rapport.opbouw_samen(g).voorblad)
    assert voorblad["Perspectief"].lower().startswith(perspectief)


@pytest.mark.parametrize(("perspectief", "verwacht"), [
    ("gemeente", [(6, "S03"), (7, "S01"), (8, "S02")]),  # after the regio's own five
    ("huurders", [(6, "S03"), (7, "S01"), (8, "S02")]),
])
def test_regio_per_gemeente(mappen, perspectief, verwacht):
    r = samen.beoordeel_regio(mappen[1], PEILDATUM, Instellingen(perspectief=perspectief))
    assert _ids(r, "Gemeente Aaberg") == verwacht
