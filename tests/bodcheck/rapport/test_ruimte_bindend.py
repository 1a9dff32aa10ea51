"""Which norm binds, said so that two surfaces tell one story (bevindingen r3 item 12): the nieuwbouw scenario
(rekenregels §4.2) and the per-year table (§4.1, a uitgave without rent or value) can name different norms; both
are right, and the sentence says why. Expected norms and years are the worked example of rekenregels §4.3:
static headroom 2026 LTV, 2027 LTV, 2028 ICR; nieuwbouw eenmalig binding LTV 2027; verbetering eenmalig ICR 2028."""

from __future__ import annotations

import datetime as dt

from bodcheck import pipeline
from bodcheck.model import Instellingen
from bodcheck.rapport import financien, overzicht
from tests.werkboeken import werkvoorbeeld


def test_bindend_zin_legt_het_verschil_met_de_tabel_per_jaar_uit(tmp_path):
    r = pipeline.beoordeel(werkvoorbeeld(tmp_path, vhe_totaal=4000, vhe_gemeente=1000), None, Instellingen(),
                           dt.date(2026, 9, 1))
    ir = r.berekend.investeringsruimte
    nb = financien.scenario(ir, "nieuwbouw", "eenmalig")
    vb = financien.scenario(ir, "verbetering", "eenmalig")
    assert financien.bindend_zin(ir, nb) == (
        "Voor nieuwbouw knelt de LTV in 2027 het eerst. De tabel Ruimte per jaar noemt de ICR: die rekent met een "
        "uitgave zonder huur, en nieuwe woningen brengen huur op.")  # the table: LTV, LTV, ICR → the other is ICR
    assert financien.bindend_zin(ir, vb) == "Voor verbetering knelt de ICR in 2028 het eerst."
    # the Overzicht card says the same sentence, and no bare "Bindend: …" any more
    _, toelichting = overzicht._ruimte(r)
    assert financien.bindend_zin(ir, nb) in toelichting and "Bindend:" not in toelichting
    # first what it is and the gemeente's share (1000 / 4000 = a quarter), then the binding-norm explanation
    # (bevindingen2 N8)
    assert toelichting.startswith("Leencapaciteit voor nieuwbouw voor ")
    assert ", geen geld op de plank. Naar rato voor deze gemeente € " in toelichting
    assert toelichting.index("Naar rato") < toelichting.index("Voor nieuwbouw knelt")
    assert nb.x_gemeente is not None and abs(nb.x_gemeente - nb.x_max / 4) < 1
