"""Invoerformat 1.1: `richting` of an own code, a `maximaal` target implying `lager`, and the two new codes
(`aandeel_sociaal_nieuwbouw`, `toewijzing_statushouders`). Real workbooks, read and compared; the expected
statuses follow from the 0,8 band (vraagpunten.md § Vergelijking), worked out in the comments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bodcheck import codes, inlezen, vergelijking
from bodcheck.inlezen.waarden import procent
from tests.bodcheck.inlezen import werkboeken as w


def _doel(code: str, soort: str, waarde: float, **extra: Any) -> dict[str, Any]:
    return {"code": code, "soort": soort, "waarde": waarde, "eenheid": extra.pop("eenheid", "aantal"),
            "van_jaar": 2027, "tot_jaar": 2031, "per": "jaar", **extra}


def _lees(tmp_path: Path, bod_regels: dict[str, list], doelen: list[dict], richtingen: dict[str, str] | None = None,
          afspraken: dict[str, list] | None = None, eenheden: dict[str, str] | None = None):
    g = w.bod_gegevens()
    g["Bod"]["regels"].update(bod_regels)
    g["Bod"]["eenheden"] = eenheden or {}
    g["Bod"]["themas"] = {c: "doelgroepen" for c in bod_regels if c not in codes.ALLE_CODES}
    if richtingen:
        g["Bod"]["richtingen"] = richtingen
    if afspraken is not None:
        g["Afspraken"] = {"jaren": w.BOD_JAREN, "regels": afspraken, "eenheden": eenheden or {},
                          "themas": {c: "doelgroepen" for c in afspraken if c not in codes.ALLE_CODES}}
    wv = w.woonvisie_gegevens()
    wv["Woonvisie"] = doelen
    bod = w.schrijf(tmp_path / "bod.xlsx", g)
    wvp = w.schrijf(tmp_path / "wv.xlsx", wv, soort="woonvisie")
    invoer, meldingen = inlezen.lees(bod, wvp)
    assert [m.regel_tekst() for m in meldingen if m.soort == "fout"] == []
    return invoer, meldingen


def _statussen(invoer, code: str) -> list[str]:
    """Per-year statuses, then the summary entry's (vraagpunten.md Revisions 2)."""
    uit = [v for v in vergelijking.vergelijk(invoer)[0] if v.code == code]
    return [v.status for v in uit if not v.totaal] + [v.status for v in uit if v.totaal]


@pytest.mark.parametrize(("richting", "verwacht"), [
    # streefwaarde 10, bod 12 each year. lager: 12 > 10 but 12 ≤ 10 / 0,8 = 12,5 → gedeeltelijk; the summary
    # (an own count adds up: som) 60 against 50, 60 ≤ 62,5 → gedeeltelijk.
    ("lager", ["gedeeltelijk"] * 6),
    # hoger: 12 ≥ 10 → voldoet (also the v1 default for an own code without richting).
    ("hoger", ["voldoet"] * 6),
    (None, ["voldoet"] * 6),
])
def test_richting_van_een_eigen_code_in_de_woonvisie(tmp_path: Path, richting: str | None,
                                                      verwacht: list[str]) -> None:
    doel = _doel("wachtenden_jongeren", "streefwaarde", 10, thema="doelgroepen", richting=richting)
    invoer, _ = _lees(tmp_path, {"wachtenden_jongeren": [12] * 5}, [doel])
    assert _statussen(invoer, "wachtenden_jongeren") == verwacht


def test_richting_in_het_bod_geldt_ook_voor_de_woonvisie(tmp_path: Path) -> None:
    doel = _doel("wachtenden_jongeren", "streefwaarde", 10, thema="doelgroepen")
    invoer, _ = _lees(tmp_path, {"wachtenden_jongeren": [12] * 5}, [doel], richtingen={"wachtenden_jongeren": "lager"})
    assert invoer.bod.regel("wachtenden_jongeren").richting == "lager"
    assert _statussen(invoer, "wachtenden_jongeren") == ["gedeeltelijk"] * 6


def test_maximaal_doel_maakt_een_eigen_code_lager_bij_afspraken(tmp_path: Path) -> None:
    """Bod 20 against an afspraak of 10 per year: with a maximaal target in the woonvisie lower is better,
    so the bod is worse by 10 (≥ 5, beyond the noise floor) and more than 10 / 0,8 = 12,5."""
    doel = _doel("huurachterstand_dossiers", "maximaal", 15, thema="betaalbaarheid")
    invoer, _ = _lees(tmp_path, {"huurachterstand_dossiers": [20] * 5}, [doel],
                      afspraken={"huurachterstand_dossiers": [10] * 5})
    assert invoer.afspraken.regel("huurachterstand_dossiers").richting == "lager"
    afw = vergelijking.afwijkingen(invoer.bod, invoer.afspraken, "huurachterstand_dossiers")
    assert [(a.jaar, a.verschil, a.slechter) for a in afw] == [(j, 10, True) for j in w.BOD_JAREN]
    assert all(vergelijking.relatief_achter(a, 0.8) for a in afw)
    # against the target: 20 > 15 / 0,8 = 18,75 → voldoet_niet every year; summary 100 > 75 / 0,8 = 93,75
    assert _statussen(invoer, "huurachterstand_dossiers") == ["voldoet_niet"] * 6


def test_zonder_maximaal_blijft_hoger_beter_zoals_in_v1(tmp_path: Path) -> None:
    invoer, _ = _lees(tmp_path, {"huurachterstand_dossiers": [20] * 5}, [],
                      afspraken={"huurachterstand_dossiers": [10] * 5})
    afw = vergelijking.afwijkingen(invoer.bod, invoer.afspraken, "huurachterstand_dossiers")
    assert not any(a.slechter for a in afw)


def test_tegenstrijdige_richting_geeft_een_waarschuwing(tmp_path: Path) -> None:
    doel = _doel("huurachterstand_dossiers", "maximaal", 15, thema="betaalbaarheid")
    invoer, meldingen = _lees(tmp_path, {"huurachterstand_dossiers": [20] * 5}, [doel],
                              richtingen={"huurachterstand_dossiers": "hoger"})
    assert invoer.bod.regel("huurachterstand_dossiers").richting == "lager"
    assert [m.tekst for m in meldingen if m.soort == "waarschuwing"
                                    and "richting" in m.tekst] == ["richting hoger bij huurachterstand_dossiers past niet bij het doel 'maximaal' in de woonvisie; "
            "lager aangenomen"]


def test_toewijzing_statushouders_is_een_aandeelcode_met_maximum(tmp_path: Path) -> None:
    assert codes.ALLE_CODES["toewijzing_statushouders"].eenheid == "%"
    assert procent(30, "General", "toewijzing_statushouders") == (0.30, None)  # 30 → 30%, a share code
    assert procent(0.3, "General", "toewijzing_statushouders")[0] == 0.3  # 0,3 → 30% as a fraction
    doel = _doel("toewijzing_statushouders", "maximaal", 0.25, eenheid="%")
    # 2027: 0,30 ≤ 0,25 / 0,8 = 0,3125 → gedeeltelijk; 2028: 0,35 → voldoet_niet; 2029–2031: 0,20 → voldoet;
    # a share must hold every year: the summary is the worst year, 2028
    invoer, _ = _lees(tmp_path, {"toewijzing_statushouders": [0.30, 0.35, 0.20, 0.20, 0.20]}, [doel])
    assert _statussen(invoer, "toewijzing_statushouders") == [
        "gedeeltelijk", "voldoet_niet", "voldoet", "voldoet", "voldoet", "voldoet_niet"]


def test_aandeel_sociaal_in_nieuwbouw(tmp_path: Path) -> None:
    """Woonvisie: 100 new homes per year in the gemeente (all builders), at least 30% sociale huur over
    2027–2031. The bod builds 20 + 25 + 30 + 30 + 30 = 135 of the 500: 27%, between 0,8 × 30% = 24% and 30%."""
    doelen = [_doel("nieuwbouw_totaal", "streefwaarde", 100),
              _doel("aandeel_sociaal_nieuwbouw", "minimaal", 0.30, eenheid="%", per="periode")]
    invoer, _ = _lees(tmp_path, {}, doelen)
    (v,) = [v for v in vergelijking.vergelijk(invoer)[0] if v.code == "aandeel_sociaal_nieuwbouw"]
    assert v.bod == pytest.approx(135 / 500)
    assert v.doel == pytest.approx(0.30)
    assert v.verschil == pytest.approx(-0.03)
    assert (v.status, v.jaar, v.van_jaar, v.tot_jaar, v.dekking) == ("gedeeltelijk", None, 2027, 2031, 1.0)


def test_aandeel_sociaal_in_nieuwbouw_zonder_totaal_is_een_melding(tmp_path: Path) -> None:
    doelen = [_doel("aandeel_sociaal_nieuwbouw", "minimaal", 0.30, eenheid="%", per="periode")]
    invoer, _ = _lees(tmp_path, {}, doelen)
    uit, meldingen = vergelijking.vergelijk(invoer)
    assert not [v for v in uit if v.code == "aandeel_sociaal_nieuwbouw"]
    assert [m.tekst for m in meldingen if "nieuwbouw" in m.tekst] == [
        "Het aandeel sociale huur in de nieuwbouw is niet vergeleken: de woonvisie noemt niet voor elk jaar "
        "2027–2031 de nieuwbouw van alle bouwers samen."]
