"""The app's scenario table says what the report's says (one story): the same words, the same columns (an amount
per year only for the even spread, the total in its own column) and the same € mln, cell for cell."""

from __future__ import annotations

import datetime as dt

from bodcheck import voorbeeld
from bodcheck.rapport import financien
from ui.modellen import ScenarioModel


def test_scenario_tabel_app_gelijk_aan_rapport(tmp_path, qapp):
    r = voorbeeld.beoordeel(tmp_path, dt.date(2026, 9, 1))
    ir = r.berekend.investeringsruimte
    rapport = financien.scenario_tabel(ir)
    model = ScenarioModel()
    model.zet(ir.scenarios)
    app_koppen = [model.headerData(k, _horizontaal()) for k in range(model.columnCount())]
    rapport_koppen = [k.kop for k in rapport.kolommen]
    assert model.rowCount() == len(ir.scenarios) >= 4
    for rij in range(model.rowCount()):
        app = {kop: model.data(model.index(rij, k)) for k, kop in enumerate(app_koppen)}
        printed = {kop: c.tekst for kop, c in zip(rapport_koppen, rapport.rijen[rij], strict=True)}
        for kop in ("Scenario", "Investering", "Per jaar", "Totaal", "Bindend", "Woningen"):
            assert app[kop] == printed[kop], (rij, kop)
        assert app["Deel gemeente van het totaal"] == printed[rapport_koppen[-1]]
    eenmalig = next(i for i, s in enumerate(ir.scenarios) if s.modus == "eenmalig")
    assert model.data(model.index(eenmalig, app_koppen.index("Per jaar"))) == "–"


def _horizontaal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
