"""Every data file shipped in the package loads, and every source it gives is one a user can look up
(never a pointer into the project's own research notes)."""

from __future__ import annotations

from bodcheck import normenkaders, parameters


def test_normenkaders_laden_met_bron() -> None:
    kaders = normenkaders.ingebouwd()
    assert [k.naam for k in kaders] == ["aw-wsw-2019", "aw-wsw-2020", "aw-wsw-2024"]
    for k in kaders:
        assert k.bron and "achtergrond/" not in k.bron


def test_parameters_laden_met_bron_en_datum() -> None:
    alle = parameters.alle()
    assert len(alle) > 20
    for p in alle:
        assert p.bron and p.datum, p.naam
        assert "achtergrond/" not in p.bron, p.naam
