"""Property tests (Hypothesis): monotonicity, the solver's optimum, never NaN or infinity."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rekenmodellen import (
    NORM_NAMEN,
    JaarCijfers,
    NietTeBerekenen,
    Normen,
    ScenarioParameters,
    band,
    bereken_ratios,
    grens,
    los_op,
    statische_ruimte,
)

from .simulatie import pas_toe
from .strategieen import geval, normen, rente, scenario_parameters, wilde_jaar_cijfers

BESCHEIDEN = settings(max_examples=100, deadline=None)


def _meer_schuld(c: JaarCijfers, extra: float, met_rente: float) -> JaarCijfers:
    """``extra`` euros more debt; with its interest (paid, so also out of the operating cash flow)."""
    extra_rente = extra * met_rente
    return replace(
        c,
        schuld_nominaal=c.schuld_nominaal + extra,  # type: ignore[operator]
        rente_betaald=c.rente_betaald + extra_rente,  # type: ignore[operator]
        kasstroom_operationeel=c.kasstroom_operationeel - extra_rente,  # type: ignore[operator]
    )


def _marge(*bedragen: float | None) -> float:
    """Rounding slack in euros for comparing headroom amounts of this size."""
    return 1e-9 * max([1.0] + [abs(b) for b in bedragen if b is not None])


@BESCHEIDEN
@given(
    geval=geval(),
    r=rente,
    extra=st.lists(st.floats(min_value=0, max_value=1e9), min_size=5, max_size=5),
    met_rente=st.sampled_from([0.0, 0.03]),
)
def test_meer_schuld_verhoogt_statische_ruimte_nooit(
    geval: tuple[list[JaarCijfers], Normen], r: float, extra: list[float], met_rente: float
) -> None:
    jaren, normen = geval
    for c, plus in zip(jaren, extra, strict=False):
        voor = statische_ruimte(c, normen, r)
        na = statische_ruimte(_meer_schuld(c, plus, met_rente), normen, r)
        for norm in NORM_NAMEN:
            h_voor, h_na = voor.per_norm[norm], na.per_norm[norm]
            assert h_voor is not None and h_na is not None
            assert h_na <= h_voor + _marge(h_voor, h_na, plus), norm
        assert na.extra_schuld is not None and voor.extra_schuld is not None
        assert na.extra_schuld <= voor.extra_schuld + _marge(voor.extra_schuld, na.extra_schuld, plus)


@BESCHEIDEN
@given(
    geval=geval(),
    p=scenario_parameters,
    extra=st.lists(st.floats(min_value=0, max_value=1e9), min_size=5, max_size=5),
    met_rente=st.sampled_from([0.0, 0.03]),
)
def test_meer_schuld_verhoogt_scenario_ruimte_nooit(
    geval: tuple[list[JaarCijfers], Normen], p: ScenarioParameters, extra: list[float], met_rente: float
) -> None:
    jaren, normen = geval
    voor = los_op(jaren, normen, p)
    na = los_op([_meer_schuld(c, plus, met_rente) for c, plus in zip(jaren, extra, strict=False)], normen, p)
    oneindig = math.inf
    x_voor = oneindig if voor.x_max is None else voor.x_max
    x_na = oneindig if na.x_max is None else na.x_max
    if x_voor == oneindig:
        return
    assert x_na <= x_voor + _marge(x_voor, x_na, *extra)


@BESCHEIDEN
@given(geval=geval(), p=scenario_parameters)
def test_x_max_zet_de_bindende_ratio_op_de_norm(
    geval: tuple[list[JaarCijfers], Normen], p: ScenarioParameters
) -> None:
    jaren, normen = geval
    uitkomst = los_op(jaren, normen, p)
    if uitkomst.x_max is None:
        # no limit at all: every constraint has a ≤ 0 and b ≥ 0
        assert all(lim.grens is None for lim in uitkomst.limieten)
        return
    x = uitkomst.x_max
    assert math.isfinite(x) and x >= 0
    bindend = next(
        lim
        for lim in uitkomst.limieten
        if (lim.norm, lim.jaar) == (uitkomst.bindende_norm, uitkomst.bindend_jaar)
    )
    schaal = _marge(bindend.b, bindend.a * x) * 1e3
    if x > 0:
        # the constraint itself: a·X_max = b for the binding (norm, year), a·X_max ≤ b for all others
        assert bindend.a * x == pytest.approx(bindend.b, abs=schaal)
        for lim in uitkomst.limieten:
            assert lim.a * x <= lim.b + _marge(lim.b, lim.a * x) * 1e3, (lim.norm, lim.jaar)
        # and independently, through the balance sheet: the binding ratio sits on its norm, none is breached
        na = pas_toe(jaren, p, x)
        for cijfers in na:
            ratios = bereken_ratios(cijfers)
            for norm in NORM_NAMEN:
                waarde = ratios[norm]
                assert isinstance(waarde, float), (norm, waarde)
                if (norm, cijfers.jaar) == (uitkomst.bindende_norm, uitkomst.bindend_jaar):
                    assert waarde == pytest.approx(grens(norm, normen), abs=1e-8)
                else:
                    assert band(norm, waarde, normen) != "overschreden" or waarde == pytest.approx(
                        grens(norm, normen), abs=1e-8
                    ), (norm, cijfers.jaar)
    else:
        # X_max = 0: the binding constraint is already breached (or exactly on the norm) without investing
        assert bindend.grens is not None and bindend.grens <= 0
        assert bindend.b <= 0


@BESCHEIDEN
@given(
    jaren=st.lists(wilde_jaar_cijfers(), min_size=1, max_size=5),
    normen=normen,
    r=rente,
    p=scenario_parameters,
)
def test_nooit_nan_of_oneindig(
    jaren: list[JaarCijfers], normen: Normen, r: float, p: ScenarioParameters
) -> None:
    jaren = [replace(c, jaar=2026 + t) for t, c in enumerate(jaren)]
    for c in jaren:
        for waarde in bereken_ratios(c).values():
            assert isinstance(waarde, NietTeBerekenen) or math.isfinite(waarde)
        ruimte = statische_ruimte(c, normen, r)
        for waarde in [*ruimte.per_norm.values(), ruimte.extra_schuld]:
            assert waarde is None or math.isfinite(waarde)
    uitkomst = los_op(jaren, normen, p)
    for waarde in (uitkomst.x_max, uitkomst.x_totaal):
        assert waarde is None or (math.isfinite(waarde) and waarde >= 0)
    for lim in uitkomst.limieten:
        assert math.isfinite(lim.a) and math.isfinite(lim.b)
        assert lim.grens is None or math.isfinite(lim.grens)
    assert len(uitkomst.limieten) + len(uitkomst.overgeslagen) == len(NORM_NAMEN) * len(jaren)
