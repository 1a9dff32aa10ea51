"""Invoerformat 1.1 § period columns: a header `2027-2031` (or `2027–2031`) holds one value for the whole
period. Read from real workbooks; the comparisons follow § 1.1 and the 0,8 band, worked out by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from bodcheck import inlezen, pipeline, vergelijking
from tests.bodcheck.inlezen import werkboeken as w


def _met_periode(blad: dict[str, Any], kop: str, waarden: dict[str, Any]) -> dict[str, Any]:
    """Add a period column `kop` to a year sheet's data: `waarden` per code, other rows empty there; a row
    with a period value gets no year values (a row holds one or the other)."""
    blad["jaren"] = [*blad["jaren"], kop]
    n = len(blad["jaren"]) - 1
    for code in list(blad["regels"]):
        blad["regels"][code] = [*blad["regels"][code][:n], None]
    for code, v in waarden.items():
        blad["regels"][code] = [None] * n + [v]
    return blad


def _doel(code: str, soort: str, waarde: float, van: int = 2027, tot: int = 2031, **extra: Any) -> dict[str, Any]:
    return {"code": code, "soort": soort, "waarde": waarde, "eenheid": extra.pop("eenheid", "aantal"),
            "van_jaar": van, "tot_jaar": tot, "per": extra.pop("per", "jaar"), **extra}


def _werkboeken(tmp_path: Path, kop: str, bod: dict[str, Any], doelen: list[dict[str, Any]],
                afspraken: dict[str, Any] | None = None) -> tuple[Path, Path]:
    g = w.bod_gegevens()
    g["Bod"]["toelichting"] = {}  # P06 asks only about a change the bod does not explain
    _met_periode(g["Bod"], kop, bod)
    if afspraken is not None:
        g["Afspraken"] = _met_periode({"jaren": list(w.BOD_JAREN), "regels": {}}, kop, afspraken)
    wv = w.woonvisie_gegevens()
    wv["Woonvisie"] = doelen
    return w.schrijf(tmp_path / "bod.xlsx", g), w.schrijf(tmp_path / "wv.xlsx", wv, soort="woonvisie")


@pytest.mark.parametrize("kop", ["2027-2031", "2027–2031", "2027 - 2031"])
def test_periodekolom_wordt_gelezen(tmp_path: Path, kop: str) -> None:
    bod, _ = _werkboeken(tmp_path, kop, {"nieuwbouw_sociaal": 135}, [])
    invoer, meldingen = inlezen.lees(bod)
    assert [m for m in meldingen if m.soort in ("fout", "waarschuwing")] == []
    regel = invoer.bod.regel("nieuwbouw_sociaal")
    assert regel.waarden == {}
    (p,) = regel.perioden
    # Bod: code, omschrijving, 2027..2031 in C..G, the period in H; nieuwbouw_sociaal is row 2
    assert (p.van_jaar, p.tot_jaar, p.waarde.getal, str(p.waarde.bron)) == (2027, 2031, 135, "Bod!H2")
    assert ("info", "nieuwbouw_sociaal: één getal voor 2027–2031; het wordt vergeleken met doelen en afspraken "
            "over die periode, regels per jaar slaan het over") in [(m.soort, m.tekst) for m in meldingen]


def test_rij_met_jaren_en_periode_is_een_fout(tmp_path: Path) -> None:
    g = w.bod_gegevens()
    g["Bod"]["jaren"] = [*w.BOD_JAREN, "2027-2031"]
    g["Bod"]["regels"] = {"nieuwbouw_sociaal": [20, None, None, None, None, 135]}
    _, meldingen = inlezen.lees(w.schrijf(tmp_path / "bod.xlsx", g))
    assert [m.regel_tekst() for m in meldingen if m.soort == "fout"] == [
        "bod.xlsx: Bod!H2: rij 2 (nieuwbouw_sociaal) heeft zowel jaarwaarden als een periodewaarde, of meer dan één "
        "periodewaarde (C2, H2); vul per jaar in of één getal voor de hele periode"]


def test_periodekolom_in_prognose_is_een_fout(tmp_path: Path) -> None:
    g = w.bod_gegevens()
    g["Prognose"]["jaren"] = [2026, 2027, 2028, 2029, "2030-2031"]
    _, meldingen = inlezen.lees(w.schrijf(tmp_path / "bod.xlsx", g))
    assert [m.regel_tekst() for m in meldingen if m.soort == "fout"] == [
        "bod.xlsx: Prognose!G1: een periodekolom (zoals 2027-2031) kan alleen in Bod, Afspraken en Realisatie; "
        "vul hier per jaar in"]


def _vergelijk(bod: Path, wv: Path):
    invoer, meldingen = inlezen.lees(bod, wv)
    assert [m for m in meldingen if m.soort == "fout"] == []
    return invoer, *vergelijking.vergelijk(invoer)


def test_periodewaarde_tegen_periodedoel_van_dezelfde_spanne(tmp_path: Path) -> None:
    # 150 over 2027–2031 asked (the corporatie carries it all: aandeel aangenomen 1); 135 offered:
    # 135 < 150 but ≥ 0,8 × 150 = 120 → gedeeltelijk, verschil −15.
    _, uit, _ = _vergelijk(*_werkboeken(tmp_path, "2027-2031", {"nieuwbouw_sociaal": 135},
                                             [_doel("nieuwbouw_sociaal", "minimaal", 150, per="periode")]))
    (v,) = [v for v in uit if v.code == "nieuwbouw_sociaal"]
    assert (v.jaar, v.van_jaar, v.tot_jaar, v.doel, v.bod, v.verschil, v.dekking, v.status) == (
        None, 2027, 2031, 150, 135, -15, 1.0, "gedeeltelijk")
    assert v.aandeel_herkomst == "aangenomen"


def test_periodewaarde_binnen_een_doel_per_jaar(tmp_path: Path) -> None:
    # 30 per jaar asked for 2027–2031; the bod gives 80 for 2028–2030: doel = 3 × 30 = 90, dekking 3/5;
    # 80 ≥ 0,8 × 90 = 72 → gedeeltelijk.
    _, uit, _ = _vergelijk(*_werkboeken(tmp_path, "2028-2030", {"nieuwbouw_sociaal": 80},
                                             [_doel("nieuwbouw_sociaal", "minimaal", 30)]))
    (v,) = [v for v in uit if v.code == "nieuwbouw_sociaal"]
    assert (v.jaar, v.van_jaar, v.tot_jaar, v.doel, v.bod, v.dekking, v.status) == (
        None, 2028, 2030, 90, 80, 0.6, "gedeeltelijk")


@pytest.mark.parametrize(("kop", "doel"), [
    ("2027-2029", _doel("nieuwbouw_sociaal", "minimaal", 150, per="periode")),  # another span
    ("2027-2031", _doel("passend_toewijzen", "minimaal", 0.95, eenheid="%")),  # per jaar, not additive
    ("2026-2028", _doel("nieuwbouw_sociaal", "minimaal", 30)),  # partly outside the target's years
])
def test_andere_overlap_geeft_een_melding_en_geen_vergelijking(tmp_path: Path, kop: str, doel: dict) -> None:
    code = doel["code"]
    invoer, uit, meldingen = _vergelijk(*_werkboeken(tmp_path, kop, {code: 100 if code == "nieuwbouw_sociaal"
                                                                     else 0.9}, [doel]))
    assert [v for v in uit if v.code == code] == []
    van, tot = kop.split("-")
    oms = invoer.bod.regel(code).omschrijving
    assert [m.tekst for m in meldingen if "één getal" in m.tekst] == [
        f"{oms}: het bod geeft één getal voor {van}–{tot}; dat valt niet samen met het doel "
        f"{doel['van_jaar']}–{doel['tot_jaar']} in de woonvisie en is daarom niet vergeleken."]


def test_periode_tegen_afspraken_van_dezelfde_spanne(tmp_path: Path) -> None:
    # Afgesproken 150 for 2027–2031, now offered 100: 50 less (> 5, the noise floor), a third less.
    bod, wv = _werkboeken(tmp_path, "2027-2031", {"nieuwbouw_sociaal": 100}, [],
                          afspraken={"nieuwbouw_sociaal": 150})
    r = pipeline.beoordeel(bod, wv, peildatum=dt.date(2026, 9, 1))
    assert r.fouten == []
    (a,) = vergelijking.afwijkingen(r.invoer.bod, r.invoer.afspraken, "nieuwbouw_sociaal")
    assert (a.van_jaar, a.jaar, a.waarde, a.referentie, a.verschil, a.slechter, a.telt) == (
        2027, 2031, 100, 150, -50, True, True)
    (p06,) = [v for v in r.vraagpunten if v.id == "P06"]
    assert "2027–2031: 150; nu biedt u 2027–2031: 100." in p06.vraag, p06.vraag
