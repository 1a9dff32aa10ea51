"""Hypothesis strategies: plausible year figures (euros), norm sets and scenario parameters."""

from __future__ import annotations

from hypothesis import strategies as st

from rekenmodellen import JaarCijfers, Normen, ScenarioParameters


def _bedrag(laag: float, hoog: float) -> st.SearchStrategy[float]:
    return st.floats(min_value=laag, max_value=hoog, allow_nan=False, allow_infinity=False)


normen = st.builds(
    Normen,
    icr_min=_bedrag(1.0, 2.0),
    ltv_max=_bedrag(0.5, 0.9),
    solvabiliteit_min=_bedrag(0.1, 0.5),
    dekkingsratio_max=_bedrag(0.5, 0.9),
)


@st.composite
def jaar_cijfers(draw: st.DrawFn, normen: Normen, jaar: int = 2026) -> JaarCijfers:
    """A plausible year, drawn through its ratios around ``normen``: most norms hold, a few are breached.

    Every denominator is positive (R, BW, MW, BTbw > 0).
    """
    bw = draw(_bedrag(1e7, 2e9))
    mw = bw * draw(_bedrag(1.0, 3.0))
    schuld = bw * normen.ltv_max * draw(_bedrag(0.1, 1.02))
    netto_rente = schuld * draw(_bedrag(0.01, 0.05)) + draw(_bedrag(1e3, 1e5))
    ontvangen = netto_rente * draw(_bedrag(0.0, 0.3))
    icr = normen.icr_min * draw(_bedrag(0.98, 2.5))
    bt_bw = bw * draw(_bedrag(1.0, 1.3))
    ev_bw = bt_bw * min(0.95, normen.solvabiliteit_min * draw(_bedrag(0.98, 3.0)))
    return JaarCijfers(
        jaar=jaar,
        kasstroom_operationeel=(icr - 1) * netto_rente,
        rente_betaald=netto_rente + ontvangen,
        rente_ontvangen=ontvangen,
        schuld_nominaal=schuld,
        beleidswaarde=bw,
        marktwaarde=mw,
        eigen_vermogen=ev_bw + (mw - bw),
        balanstotaal=bt_bw + (mw - bw),
    )


@st.composite
def geval(draw: st.DrawFn, max_jaren: int = 5) -> tuple[list[JaarCijfers], Normen]:
    """A norm set and a horizon of 1 to ``max_jaren`` consecutive years from 2026."""
    n = draw(normen)
    aantal = draw(st.integers(min_value=1, max_value=max_jaren))
    return [draw(jaar_cijfers(n, jaar=2026 + t)) for t in range(aantal)], n


rente = _bedrag(0.005, 0.08)

scenario_parameters = st.builds(
    ScenarioParameters,
    rente=rente,
    v_bw=_bedrag(0.0, 1.0),
    v_mw=_bedrag(0.0, 1.5),
    y=_bedrag(0.0, 0.1),
    lag=st.sampled_from([0, 1]),
    modus=st.sampled_from(["eenmalig", "gelijkmatig"]),
)

_wild = st.none() | st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)


@st.composite
def wilde_jaar_cijfers(draw: st.DrawFn, jaar: int = 2026) -> JaarCijfers:
    """Any finite or missing values, zeros and negatives included: for "never NaN or infinity"."""
    waarden = {
        veld: draw(st.sampled_from([None, 0.0, -1.0, 1e-300, float("nan")]) | _wild)
        for veld in (
            "kasstroom_operationeel",
            "rente_betaald",
            "rente_ontvangen",
            "schuld_nominaal",
            "schuld_geborgd",
            "beleidswaarde",
            "marktwaarde",
            "onderpand_waarde",
            "eigen_vermogen",
            "balanstotaal",
        )
    }
    return JaarCijfers(jaar=jaar, **waarden)
