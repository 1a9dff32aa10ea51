"""The bundled example: it reads cleanly and tells the story its docstring promises (the hand check in
bodcheck/voorbeeld_data.py was computed with the spec formulas, independently of berekenen)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bodcheck import voorbeeld
from bodcheck.model import Resultaat


@pytest.fixture(scope="module")
def resultaat(tmp_path_factory: pytest.TempPathFactory) -> Resultaat:
    return voorbeeld.beoordeel(tmp_path_factory.mktemp("vb"), dt.date(2026, 9, 1))


def test_leest_zonder_fouten_en_alleen_bedoelde_waarschuwingen(resultaat: Resultaat) -> None:
    assert resultaat.fouten == []
    waarschuwingen = [m for m in resultaat.meldingen if m.soort == "waarschuwing"]
    # The only warnings: the bod row for uitstroom_bw_mo says "inzet op 6 per jaar" (an inspanningswoord).
    assert waarschuwingen
    assert {m.tekst for m in waarschuwingen} == {'"inzet op 6 per jaar" is geen getal'}


def test_daeb_ratios_volgens_handcontrole(resultaat: Resultaat) -> None:
    daeb = {r.jaar: r for r in resultaat.berekend.ratios if r.tak == "DAEB"}
    # Hand check in voorbeeld_data: ICR 11.641/5.137 = 2,27 (2026); 13.359/7.327 = 1,82 (2030); 14.098/9.547 = 1,48.
    assert daeb[2026].waarden["icr"] == pytest.approx(11_641 / 5_137, abs=1e-3)
    assert daeb[2030].waarden["icr"] == pytest.approx(13_359 / 7_327, abs=1e-3)
    assert daeb[2035].waarden["icr"] == pytest.approx(14_098 / 9_547, abs=1e-3)
    # LTV 207.300 / 469.388 = 44,2% (2026); dekkingsratio 323.191 / 1.132.863 = 28,5% (2035)
    assert daeb[2026].waarden["ltv"] == pytest.approx(207_300 / 469_388, abs=1e-4)
    assert daeb[2035].waarden["dekkingsratio"] == pytest.approx(323_191 / 1_132_863, abs=1e-4)
    # krap (< 1,54) only in 2034 and 2035, no breach anywhere
    assert [j for j, r in sorted(daeb.items()) if r.banden["icr"] == "krap"] == [2034, 2035]
    assert not any(b == "overschreden" for r in resultaat.berekend.ratios for b in r.banden.values())


def test_investeringsruimte_verhaal(resultaat: Resultaat) -> None:
    ir = resultaat.berekend.investeringsruimte
    assert ir.tak == "DAEB"
    assert ir.horizon == (2026, 2027, 2028, 2029, 2030)
    nb = next(s for s in ir.scenarios if (s.naam, s.modus) == ("nieuwbouw", "eenmalig"))
    # ≈ € 161 mln for the whole corporatie, binding LTV 2030; Aaberg's share 1.668 / 5.742 of it.
    assert nb.x_max == pytest.approx(161e6, rel=0.01)
    assert (nb.bindende_norm, nb.bindend_jaar) == ("ltv", 2030)
    assert ir.aandeel_gemeente == pytest.approx(1_668 / 5_742)


def test_vraagpunten_vuren_om_de_juiste_redenen(resultaat: Resultaat) -> None:
    ids = {v.id for v in resultaat.vraagpunten}
    assert {"B01", "D01", "F02", "F03", "P01", "P10", "P14"} <= ids  # the story's points
    assert not {"F01", "F04", "H01", "B03"} & ids  # no breach, no rent above the maximum, voorraad grows
    hoog = [v.id for v in resultaat.vraagpunten if v.ernst == "hoog"]
    assert hoog == ["B01", "D01"]


def test_voorbeeld_werkboeken_zijn_echte_bestanden(tmp_path: Path) -> None:
    bod, wv = voorbeeld.schrijf_werkboeken(tmp_path)
    assert bod.read_bytes()[:2] == b"PK" and wv.read_bytes()[:2] == b"PK"


def test_tijdlijn_van_het_voorbeeld_klopt() -> None:
    """Review finding 12: the report's date lies in the example's own timeline — after the bod and after the
    stukken went to the huurdersorganisatie, before the overleg it prepares."""
    from bodcheck import voorbeeld, voorbeeld_data

    alg = voorbeeld_data.bod()["Algemeen"]
    assert alg["datum_bod"] < alg["stukken_ho_datum"] < voorbeeld.PEILDATUM < alg["datum_overleg"]
