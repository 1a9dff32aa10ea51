"""A verdict covers only what could be computed (review of the entry flow: with only debt and beleidswaarde
typed in, the app said "alle kerncijfers … binnen de normen" and named LTV as the binding norm of the whole
investeringsruimte, while ICR, solvabiliteit and dekkingsratio could not be computed at all)."""

from __future__ import annotations

import datetime as dt

from bodcheck import bewerken, invullen, pipeline
from bodcheck.rapport import financien, overzicht

PEIL = dt.date(2027, 9, 1)


def _alleen_schuld_en_beleidswaarde():
    inv = invullen.leeg("Woonstede", "Aaberg", 2027)
    # by hand: LTV = schuld / beleidswaarde = 300/600 = 50% (2027) and 310/640 = 48,4% (2028), both under 85%
    for jaar, schuld, bw in ((2027, 300e6, 600e6), (2028, 310e6, 640e6)):
        inv = bewerken.wijzig(inv, "Prognose", "schuld_nominaal", jaar, schuld)
        inv = bewerken.wijzig(inv, "Prognose", "beleidswaarde", jaar, bw)
    return pipeline.beoordeel_invoer(inv, peildatum=PEIL)


def test_oordeel_noemt_wat_niet_te_berekenen_is():
    kern = financien.kern_zinnen(_alleen_schuld_en_beleidswaarde())[0]
    assert "alle kerncijfers" not in kern
    assert "de kerncijfers die te berekenen zijn in 2027 en 2028 binnen de normen" in kern
    # the empty DAEB and niet-DAEB sheets were not delivered: not listed as gaps
    assert kern.endswith("niet te berekenen: ICR, solvabiliteit en dekkingsratio (TI).")


def test_investeringsruimte_is_ten_hoogste_zonder_de_andere_normen():
    r = _alleen_schuld_en_beleidswaarde()
    _bedrag, uitleg = overzicht._ruimte(r)
    assert "Ten hoogste: de ruimte binnen de norm voor ICR, solvabiliteit en dekkingsratio is niet te berekenen." \
        in uitleg
    assert "ten hoogste" in financien.kern_zinnen(r)[1]


def test_zonder_enig_kerncijfer_geen_oordeel():
    r = pipeline.beoordeel_invoer(invullen.leeg("Woonstede", "Aaberg", 2027), peildatum=PEIL)
    zinnen = financien.kern_zinnen(r)
    assert zinnen[:2] == ["De kerncijfers zijn niet te berekenen: de prognose mist de bedragen daarvoor.",
                          "De investeringsruimte is niet te berekenen: de prognose mist de bedragen daarvoor."]


def test_volledige_prognose_houdt_het_gewone_oordeel():
    """The bundled example computes every normed ratio in every year: no gap is named."""
    import tempfile
    from pathlib import Path

    from bodcheck import afgeleid, voorbeeld

    r = voorbeeld.beoordeel(Path(tempfile.mkdtemp()), dt.date(2026, 9, 1))
    assert afgeleid.niet_te_berekenen(r.berekend.ratios) is None
    assert afgeleid.normen_zonder_ruimte(r.berekend.investeringsruimte) is None
