"""The gevoeligheid in the Investeringsruimte view: the report's table per tak, and parameters that recompute
in the background (real window, offscreen)."""

from __future__ import annotations

import pytest

import ui.hoofdvenster as hv

pytestmark = pytest.mark.gui


def _rijen(paneel, tak: str) -> list[tuple[str, ...]]:
    _, _, model = paneel.tabellen[tak]
    return [tuple(model.data(model.index(r, k)) or "" for k in range(model.columnCount()))
            for r in range(model.rowCount())]


def _wacht(w, qtbot) -> None:
    qtbot.waitUntil(lambda: w.taken.aantal() == 0, timeout=30_000)


def test_tabel_zin_en_herberekenen(voorbeeld, qtbot):
    w = voorbeeld
    paneel = w.toon_scherm(hv.RUIMTE).gevoeligheid
    daeb = _rijen(paneel, "DAEB")
    # base 14.098 / 9.547 = 1,48 (2035); S1 first below 1,40 in 2032 (13.704 / 10.231,29 = 1,34), lowest 1,16
    assert daeb[0][:4] == ("Prognose zoals ingediend", "1,48", "2035", "geen")
    assert daeb[1][:4] == ("Rente 1 procentpunt hoger", "1,16", "2035", "✗ ICR vanaf 2032")
    assert daeb[2][3] == "✗ ICR vanaf 2031" and daeb[5][3] == "✗ ICR vanaf 2030"
    assert daeb[4][0] == "Bouwkosten 10% hoger" and "→" in daeb[4][4]
    assert "vanaf 2031 onder de norm (1,39)" in paneel.kern.text()
    assert paneel.vakken["herfinanciering_per_jaar"].value() == pytest.approx(8.0)
    assert set(paneel.tabellen) == {"TI", "DAEB", "niet-DAEB"}

    # 2 procentpunt: 2030 (k = 4) E = 0,02·(4·0,08·207.300 + 65.490) = 2.636,52 → 13.359 / 9.963,52 = 1,34;
    # 2029 (k = 3) E = 0,02·98.656 = 1.973,12 → 13.110 / 8.700,12 = 1,51: the first breach moves to 2030
    paneel.vakken["rente_opslag"].setValue(2.0)
    assert paneel.bezig.text() == "Wordt herberekend…"
    qtbot.waitUntil(lambda: w.resultaat.instellingen.gevoeligheid.get("rente_opslag") == 0.02, timeout=10_000)
    _wacht(w, qtbot)
    qtbot.waitUntil(lambda: _rijen(paneel, "DAEB")[1][0] == "Rente 2 procentpunt hoger", timeout=10_000)
    assert _rijen(paneel, "DAEB")[1][3] == "✗ ICR vanaf 2030"
    assert w.gewijzigd  # the choice is part of the assessment (saved in .bodcheck)

    paneel.standaard.click()
    qtbot.waitUntil(lambda: w.resultaat.instellingen.gevoeligheid == {}, timeout=10_000)
    _wacht(w, qtbot)
    qtbot.waitUntil(lambda: paneel.vakken["rente_opslag"].value() == pytest.approx(1.0), timeout=10_000)
    assert _rijen(paneel, "DAEB")[1][3] == "✗ ICR vanaf 2032"
