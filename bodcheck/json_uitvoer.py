"""The JSON output, schema `bodcheck/beoordeling/1` (../shared/spec/uitvoer.md).

Amounts in euros rounded to cents; ratios and percentages as fractions rounded to 6 decimals; years as
int; unknown as null. Same input and peildatum → byte-identical text.
"""

from __future__ import annotations

import json
from typing import Any

from bodcheck import ibw, normenkaders
from bodcheck.model import (
    Gevoeligheid,
    Melding,
    NormenkaderInfo,
    RatioJaar,
    Resultaat,
    RuimteEigenNormen,
    RuimteJaar,
    Scenario,
    Vergelijking,
    Vraagpunt,
    notitie_sleutel,
)
from bodcheck.opmaak import afronden

SCHEMA = "bodcheck/beoordeling/1"


def _bedrag(x: float | None) -> float | None:
    return None if x is None else float(afronden(x, 2))


def _fractie(x: float | None) -> float | None:
    return None if x is None else float(afronden(x, 6))


def _in_eenheid(x: float | None, eenheid: str) -> float | int | None:
    if x is None:
        return None
    if eenheid in ("%", "ratio"):
        return _fractie(x)
    v = float(afronden(x, 2))
    return int(v) if v.is_integer() and eenheid in ("aantal", "personen") else v


def _melding(m: Melding) -> dict[str, Any]:
    d: dict[str, Any] = {"soort": m.soort, "tekst": m.tekst}
    if m.regel:
        d["regel"] = m.regel
    d["bron"] = str(m.bron) if m.bron else None
    if m.bestand:
        d["bestand"] = m.bestand
    return d


def _vergelijking(v: Vergelijking) -> dict[str, Any]:
    e = v.eenheid
    return {
        "code": v.code, "thema": v.thema, "soort": v.soort, "jaar": v.jaar, "van_jaar": v.van_jaar,
        "tot_jaar": v.tot_jaar, "doel": _in_eenheid(v.doel, e), "bod": _in_eenheid(v.bod, e),
        "verschil": _in_eenheid(v.verschil, e), "dekking": _fractie(v.dekking),
        "afspraak": _in_eenheid(v.afspraak, e), "realisatie": _in_eenheid(v.realisatie, e), "status": v.status,
        "onvolledig": v.onvolledig, "bronnen": list(v.bronnen), "eenheid": e, "aandeel": _fractie(v.aandeel),
        "aandeel_herkomst": v.aandeel_herkomst, "prioriteit": v.prioriteit, "kern": v.kern, "niveau": v.niveau,
        "toelichting": v.toelichting, "totaal": v.totaal, "jaren_afwijkend": v.jaren_afwijkend,
        "maatgevend_jaar": v.maatgevend_jaar, "toelichting_bron": v.toelichting_bron,
    }


def _kader(k: NormenkaderInfo) -> dict[str, Any]:
    return {"naam": k.naam, "titel": k.titel, "bron": k.bron, "geldig": k.geldig, "bw_versie": k.bw_versie,
            "normen": {tak: {ratio: {"grens": g.grens, "richting": g.richting, "krap_grens": _fractie(g.krap_grens)}
                             for ratio, g in per.items()} for tak, per in k.normen.items()}}


def _banden_naast(k: NormenkaderInfo, ratios: list[RatioJaar]) -> list[dict[str, Any]]:
    uit = []
    for x in ratios:
        banden = {}
        for ratio, waarde in x.waarden.items():
            g = normenkaders.grens_van(k, x.tak, ratio)
            if g is not None and waarde is not None:
                banden[ratio] = normenkaders.band(g, waarde)
        uit.append({"jaar": x.jaar, "tak": x.tak, "banden": banden})
    return uit


def _waarden(v: Vraagpunt) -> list[dict[str, Any]]:
    """The numbers a finding states (vraagpunten.md Revisions 2), % as fractions, amounts in euros."""
    return [{"waarde": w.waarde, "eenheid": w.eenheid, "cel": w.cel, "jaar": w.jaar} for w in v.waarden]


def als_dict(r: Resultaat) -> dict[str, Any]:
    from bodcheck.vraagpunten import nummers as vraag_nummers

    nummers = vraag_nummers(r.vraagpunten, r.perspectief)
    b = r.berekend
    kader = b.normenkader
    d: dict[str, Any] = {
        "schema": SCHEMA,
        "corporatie": r.invoer.corporatie or None,
        "gemeente": r.invoer.gemeente or None,
        "bodjaar": r.invoer.bodjaar,
        "perspectief": r.perspectief,
        "peildatum": r.peildatum.isoformat(),
        "normenkader": _kader(kader),
        # kaders shown side by side (rekenregels §3): the official one next to a user's own, or an own one next
        # to the official; per ratio and year the band against that kader
        "naast_normenkaders": [{**_kader(k), "eigen": k.eigen, "banden": _banden_naast(k, b.ratios)}
                               for k in b.extra_kaders],
        "ratios": [
            {"jaar": x.jaar, "tak": x.tak, **{k: _fractie(v) for k, v in x.waarden.items()},
             "bw_versie": x.bw_versie, "banden": dict(x.banden),
             "opgegeven": {k: _fractie(v) for k, v in x.opgegeven.items()},
             "niet_te_berekenen": dict(x.redenen), "opmerkingen": dict(x.opmerkingen),
             "bronnen": {k: list(v) for k, v in x.bronnen.items()},
             "herkomst": x.herkomst}
            for x in b.ratios
        ],
        "investeringsruimte": _investeringsruimte(r),
        "ibw": _ibw(r),
        "prognose_basis": r.invoer.veld("prognose_basis") or "enkelvoudig",
        "gevoeligheid": [_gevoeligheid(g) for g in b.gevoeligheid],
        "vergelijking": [_vergelijking(v) for v in r.vergelijking],
        "vraagpunten": [
            {"id": v.id, "naam": v.naam, "ernst": v.ernst, "thema": v.thema, "partij": v.partij, "vraag": v.vraag,
             "toelichting": v.toelichting, "bronnen": list(v.bronnen), "basis": v.basis,
             "nummer": nummers[notitie_sleutel(v)], "label": v.label or v.id, "titel": v.titel,
             "adressaat": v.adressaat,
             "waarden": _waarden(v)}
            for v in r.vraagpunten
        ],
        "meldingen": [_melding(m) for m in r.meldingen],
    }
    return d


def _ibw(r: Resultaat) -> dict[str, Any] | None:
    """The ministry's IBW next to bodcheck's own figure (invoerformat 1.1); amounts in euros."""
    i = ibw.van(r.invoer, r.berekend)
    if i is None:
        return None
    return {"jaar": i.jaar, "gemeente": {k: _bedrag(v) for k, v in i.gemeente.items()},
            "corporatie": {k: _bedrag(v) for k, v in i.corporatie.items()},
            "bodcheck_gemeente": {k: _bedrag(v) for k, v in i.eigen.items()},
            "woningen_nieuwbouw": i.woningen_nieuwbouw, "stichtingskosten_per_woning": _bedrag(i.stichtingskosten),
            "waarschuwingen": list(ibw.WAARSCHUWINGEN), "bronnen": dict(i.bronnen)}


def _investeringsruimte(r: Resultaat) -> dict[str, Any] | None:
    ir = r.berekend.investeringsruimte
    if ir is None:
        return None
    return {
        "tak": ir.tak,
        "parameters": {k: (_fractie(v) if k.startswith("rente") else v) for k, v in ir.parameters.items()},
        "horizon": list(ir.horizon),
        "per_jaar": [_ruimte_jaar(p) for p in ir.per_jaar],
        "scenarios": [_scenario(s) for s in ir.scenarios],
        "aandeel_gemeente": _fractie(ir.aandeel_gemeente),
        "ruimte_gemeente": _bedrag(ir.ruimte_gemeente),
        "methode": ir.methode,
        "eigen_normen": _binnen_eigen_normen(ir.eigen_normen),
    }


def _scenario(s: Scenario) -> dict[str, Any]:
    return {"naam": s.naam, "modus": s.modus, "x_max": _bedrag(s.x_max), "x_totaal": _bedrag(s.x_totaal),
            "bindende_norm": s.bindende_norm, "bindend_jaar": s.bindend_jaar, "woningen": s.woningen,
            "x_gemeente": _bedrag(s.x_gemeente)}


def _ruimte_jaar(p: RuimteJaar) -> dict[str, Any]:
    return {"jaar": p.jaar, "extra_schuld": _bedrag(p.extra_schuld), "bindende_norm": p.bindende_norm,
            "per_norm": {k: _bedrag(v) for k, v in p.per_norm.items()}}


def _binnen_eigen_normen(e: RuimteEigenNormen | None) -> dict[str, Any] | None:
    """The investeringsruimte to the stricter of own and official norm per ratio (invoerformat 1.1)."""
    if e is None:
        return None
    return {"normen": {k: _fractie(v) for k, v in e.normen.items()},
            "per_jaar": [_ruimte_jaar(p) for p in e.per_jaar], "nieuwbouw": _scenario(e.nieuwbouw)}


def _gevoeligheid(g: Gevoeligheid) -> dict[str, Any]:
    """rekenregels §6: one scenario on one tak; `niet_te_berekenen` (added) holds the reason or null."""
    d: dict[str, Any] = {
        "scenario": g.scenario, "naam": g.naam, "tak": g.tak,
        "parameters": {k: (_bedrag(v) if k == "stichtingskosten_per_woning" else _fractie(v))
                       for k, v in g.parameters.items()},
        "per_jaar": [{"jaar": j.jaar, **{k: _fractie(v) for k, v in j.waarden.items()}} for j in g.per_jaar],
        "eerste_overschrijding": ({"ratio": g.eerste_overschrijding[0], "jaar": g.eerste_overschrijding[1]}
                                  if g.eerste_overschrijding else None),
        "laagste_icr": ({"waarde": _fractie(g.laagste_icr[0]), "jaar": g.laagste_icr[1]}
                        if g.laagste_icr else None),
        "niet_te_berekenen": g.reden,
    }
    if g.scenario == "S4":
        d["woningen"] = {"basis": g.woningen[0], "scenario": g.woningen[1]} if g.woningen else None
    return d


def als_tekst(r: Resultaat) -> str:
    return json.dumps(als_dict(r), ensure_ascii=False, indent=2) + "\n"
