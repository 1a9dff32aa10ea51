"""A chart with several takken never suggests one norm for all (bevindingen2 N7): in the example the ICR norm is
1,40 for the hele corporatie and DAEB, and 1,80 for niet-DAEB (the Aw/WSW kader: a higher ICR norm for the
niet-DAEB tak); LTV, solvabiliteit and dekkingsratio share one norm. The norm lines stop at the first and last
year, where the tak lines stop, not in the axis margin."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCharts import QLineSeries

from bodcheck import rapport, voorbeeld
from bodcheck.rapport import financien
from ui.grafieken import klein


@pytest.fixture(scope="module")
def resultaat(tmp_path_factory):
    return voorbeeld.beoordeel(tmp_path_factory.mktemp("vb"), dt.date(2026, 9, 1))


def test_elke_tak_zijn_eigen_norm(resultaat):
    icr = financien.ratio_grafiek(resultaat, "icr")
    assert icr.norm == pytest.approx(1.40) and icr.norm_label == "norm ≥ 1,40"
    assert [(t, pytest.approx(w)) for t, w in icr.andere_normen] == [("niet-DAEB ≥ 1,80", 1.80)]
    assert icr.onderschrift.startswith("De norm ≥ 1,40 en de krap-zone gelden voor hele corporatie (TI) en DAEB;")
    for naam in ("ltv", "solvabiliteit", "dekkingsratio"):
        g = financien.ratio_grafiek(resultaat, naam)
        assert g.andere_normen == () and g.onderschrift == "De norm geldt voor elke lijn in deze grafiek."


def test_kleine_grafiek_noemt_beide_normen_en_lijnen_stoppen_bij_de_jaren(qapp, resultaat):
    g = financien.ratio_grafiek(resultaat, "icr")
    view = klein(g)
    assert view.chart().title() == "ICR · norm ≥ 1,40; niet-DAEB ≥ 1,80"
    jaren = sorted({j for r in g.reeksen for j, x in r.punten if x is not None})
    vlak = {}
    for s in view.chart().series():
        if isinstance(s, QLineSeries) and s.count() == 2 and s.at(0).y() == s.at(1).y():
            vlak[round(s.at(0).y(), 2)] = (s.at(0).x(), s.at(1).x())
    assert vlak == {1.4: (jaren[0], jaren[-1]), 1.8: (jaren[0], jaren[-1])}


def test_rapport_noemt_de_norm_van_niet_daeb(resultaat, tmp_path):
    pad = rapport.schrijf_pdf(resultaat, tmp_path / "rapport.pdf")
    tekst = " ".join(p.extract_text() for p in PdfReader(pad).pages)
    assert "niet-DAEB ≥ 1,80" in tekst and "voor niet-DAEB geldt ≥ 1,80" in tekst
