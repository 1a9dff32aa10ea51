"""Test helper: build Invoer and Berekend objects from compact dicts.

    invoer(algemeen={"bodjaar": 2026}, bod={"nieuwbouw_sociaal": {2027: 30}}, woonvisie=[doel(...)])

Year-sheet values: a number, a text (kept as `tekst`, getal None) or None (an empty cell). Cells get
sources like a real workbook: column C is the first year of the sheet, row 2 the first code.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bodcheck import codes
from bodcheck.model import (
    Berekend,
    Bron,
    Doel,
    Investeringsruimte,
    Invoer,
    JaarBlad,
    NormenkaderInfo,
    NormGrens,
    RatioJaar,
    Regel,
    Scenario,
    Tegenprestatie,
    Toezegging,
    Veld,
    Waarde,
    WijkRegel,
)

KOLOMMEN = "CDEFGHIJKLMNOPQRSTUVWXYZ"


def blad(naam: str, rijen: dict[str, dict[int, Any]], toelichting: dict[str, str] | None = None,
         jaren: list[int] | None = None) -> JaarBlad:
    alle_jaren = sorted(jaren or {j for r in rijen.values() for j in r})
    regels = {}
    for rij, (code, waarden) in enumerate(rijen.items(), start=2):
        c = codes.ALLE_CODES.get(code)
        ws = {}
        for j, x in waarden.items():
            bron = Bron(naam, f"{KOLOMMEN[alle_jaren.index(j)]}{rij}")
            if isinstance(x, str):
                ws[j] = Waarde(None, bron, tekst=x)
            else:
                ws[j] = Waarde(None if x is None else float(x), bron)
        regels[code] = Regel(code, c.omschrijving if c else code, c.eenheid if c else "aantal",
                             c.thema if c else "", ws, (toelichting or {}).get(code), Bron(naam, f"A{rij}"),
                             c is not None)
    return JaarBlad(naam, alle_jaren, regels)


def doel(code: str, waarde: float, van: int, tot: int, soort: str = "minimaal", per: str = "jaar",
         rij: int = 2, **extra: Any) -> Doel:
    c = codes.ALLE_CODES.get(code)
    return Doel(code=code, omschrijving=extra.pop("omschrijving", c.omschrijving if c else code), soort=soort,
                waarde=waarde, eenheid=extra.pop("eenheid", c.eenheid if c else "aantal"), van_jaar=van,
                tot_jaar=tot, per=per, bron=Bron("Woonvisie", f"D{rij}"), rij=rij, **extra)


def invoer(algemeen: dict[str, Any] | None = None, bod: dict | None = None, bod_toelichting: dict | None = None,
           bod_jaren: list[int] | None = None, afspraken: dict | None = None, realisatie: dict | None = None,
           realisatie_toelichting: dict | None = None, prognose: dict | None = None,
           prognose_daeb: dict | None = None, woonvisie: list[Doel] | None = None,
           toezeggingen: list[dict] | None = None, gemeente: list[dict] | None = None,
           wijken: list[dict] | None = None) -> Invoer:
    alg = {"formaatversie": 1, "corporatie": "Woonstede", "gemeente": "Dorpsveen", "bodjaar": 2026}
    alg.update(algemeen or {})
    velden = {k: Veld(v, Bron("Algemeen", f"B{i}")) for i, (k, v) in enumerate(alg.items(), start=2)
              if v is not None}
    prognoses = {}
    if prognose is not None:
        prognoses["TI"] = blad("Prognose", prognose)
    if prognose_daeb is not None:
        prognoses["DAEB"] = blad("Prognose DAEB", prognose_daeb)
    return Invoer(
        algemeen=velden, prognoses=prognoses,
        bod=None if bod is None else blad("Bod", bod, bod_toelichting, bod_jaren),
        afspraken=None if afspraken is None else blad("Afspraken", afspraken),
        realisatie=None if realisatie is None else blad("Realisatie", realisatie, realisatie_toelichting),
        woonvisie=woonvisie,
        toezeggingen=None if toezeggingen is None else [
            Toezegging(bron=Bron("Toezeggingen", f"A{i}"), **t) for i, t in enumerate(toezeggingen, start=2)],
        gemeente_levert=None if gemeente is None else [
            Tegenprestatie(bron=Bron("Gemeente", f"A{i}"), **t) for i, t in enumerate(gemeente, start=2)],
        wijken=None if wijken is None else [_wijk(i, w) for i, w in enumerate(wijken, start=2)],
    )


def _wijk(rij: int, w: dict) -> WijkRegel:
    c = codes.ALLE_CODES.get(w["code"])
    return WijkRegel(w["wijk"], w["code"], c.omschrijving if c else w["code"], c.eenheid if c else "",
                     {j: Waarde(float(x), Bron("Wijken", f"{KOLOMMEN[i + 1]}{rij}"))
                      for i, (j, x) in enumerate(sorted(w["waarden"].items()))},
                     w.get("toelichting"), Bron("Wijken", f"A{rij}"))


def _normen() -> dict[str, dict[str, NormGrens]]:
    basis = {"icr": NormGrens(1.4, "minimaal", 1.54), "ltv": NormGrens(0.70, "maximaal", 0.63),
             "solvabiliteit": NormGrens(0.30, "minimaal", 0.33), "dekkingsratio": NormGrens(0.70, "maximaal", 0.63)}
    return {"TI": basis, "DAEB": basis,
            "niet-DAEB": {**basis, "icr": NormGrens(1.8, "minimaal", 1.98)}}


def kader(naam: str = "aw-wsw-2024", bw_versie: str = "2.0", eigen: bool = False,
          normen: dict | None = None) -> NormenkaderInfo:
    return NormenkaderInfo(naam, "Aw/WSW herijking juni 2024", "Aw/WSW 2024", "vanaf dPi 2024", bw_versie,
                           normen or _normen(), eigen=eigen)


def ratio(jaar: int, tak: str = "DAEB", bw_versie: str = "2.0", opgegeven: dict | None = None,
          opmerkingen: dict | None = None, banden: dict | None = None, **waarden: float) -> RatioJaar:
    bronnen = {r: (f"Prognose!{KOLOMMEN[jaar - 2026]}2", f"Prognose!{KOLOMMEN[jaar - 2026]}3") for r in waarden}
    return RatioJaar(jaar, tak, dict(waarden), banden or {}, opgegeven=opgegeven or {},
                     bronnen=bronnen, opmerkingen=opmerkingen or {}, bw_versie=bw_versie)


def berekend(ratios: list[RatioJaar] | None = None, x_max: float | None = None, aandeel: float | None = None,
             stichtingskosten: float = 250_000.0, extra_kaders: list[NormenkaderInfo] | None = None,
             normenkader: NormenkaderInfo | None = None) -> Berekend:
    ir = None
    if x_max is not None:
        scen = (Scenario("nieuwbouw", "eenmalig", x_max, x_max, "ltv", 2027, int(x_max // stichtingskosten)),
                Scenario("verbetering", "eenmalig", x_max / 2, x_max / 2, "icr", 2028, None))
        ir = Investeringsruimte("DAEB", {"rente_nieuwe_leningen": 0.03, "stichtingskosten_per_woning": stichtingskosten},
                                (2026, 2027, 2028), (), scen, aandeel,
                                None if aandeel is None else aandeel * x_max, "test")
    return Berekend(normenkader or kader(), list(ratios or []), ir, extra_kaders=list(extra_kaders or []))


PEILDATUM = dt.date(2026, 9, 1)
