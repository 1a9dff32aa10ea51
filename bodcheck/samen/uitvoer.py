"""JSON and terminal text for the joint views.

    als_dict(resultaat) -> dict        schema `bodcheck/gemeente/1` or `bodcheck/regio/1`
    als_tekst(resultaat) -> str        the JSON text (byte-identical for the same input and peildatum)
    samenvatting(resultaat) -> str     a short Dutch text for the terminal

Rounding as bodcheck/json_uitvoer.py (its helpers are reused): amounts in euros to cents, fractions to
6 decimals, aantal and personen as int when whole, unknown as null. Each corporatie's own assessment is
embedded whole under `beoordeling` (schema `bodcheck/beoordeling/1`).
"""

from __future__ import annotations

import json
from typing import Any

from bodcheck import json_uitvoer, opmaak
from bodcheck.json_uitvoer import _fractie, _in_eenheid, _melding, _vergelijking, _waarden
from bodcheck.model import Doel, Vraagpunt
from bodcheck.samen.model import Bijdrage, GemeenteResultaat, RegioDoel, RegioResultaat, SamenDoel
from bodcheck.samen.regels import korte_naam
from bodcheck.veilig import terminal

SCHEMA_GEMEENTE = "bodcheck/gemeente/1"
SCHEMA_REGIO = "bodcheck/regio/1"


def _vraagpunt(v: Vraagpunt) -> dict[str, Any]:
    return {"id": v.id, "naam": v.naam, "ernst": v.ernst, "thema": v.thema, "partij": v.partij, "vraag": v.vraag,
            "toelichting": v.toelichting, "bronnen": list(v.bronnen), "basis": v.basis,
            "label": v.label or v.id, "titel": v.titel, "adressaat": v.adressaat,
            "waarden": _waarden(v)}


def _doel(d: Doel) -> dict[str, Any]:
    return {"code": d.code, "omschrijving": d.omschrijving, "soort": d.soort, "waarde": _in_eenheid(d.waarde, d.eenheid),
            "eenheid": d.eenheid, "van_jaar": d.van_jaar, "tot_jaar": d.tot_jaar, "per": d.per, "niveau": d.niveau,
            "kern": d.kern, "prioriteit": d.prioriteit, "bron_woonvisie": d.bron_woonvisie,
            "bron": str(d.bron) or None}


def _bijdrage(b: Bijdrage, eenheid: str) -> dict[str, Any]:
    return {"corporatie": b.corporatie, "bestand": b.bestand, "bod": _in_eenheid(b.bod, eenheid),
            "aandeel_bod": _fractie(b.aandeel_bod), "aandeel_doel": _fractie(b.aandeel_doel),
            "eigen_doel": _in_eenheid(b.eigen_doel, eenheid), "eigen_status": b.eigen_status,
            "onvolledig": b.onvolledig, "bronnen": list(b.bronnen)}


def _samen(s: SamenDoel) -> dict[str, Any]:
    d = _vergelijking(s.vergelijking)
    d["omschrijving"] = s.doel.omschrijving
    d["per"] = s.doel.per
    d["bijdragen"] = [_bijdrage(b, s.vergelijking.eenheid) for b in s.bijdragen]
    return d


def _gemeente(g: GemeenteResultaat) -> dict[str, Any]:
    return {
        "schema": SCHEMA_GEMEENTE,
        "gemeente": g.gemeente or None,
        "map": g.map,
        "perspectief": g.perspectief,
        "peildatum": g.peildatum.isoformat(),
        "woonvisie": g.woonvisie_bestand,
        "sociale_voorraad_gemeente": _in_eenheid(g.sociale_voorraad_gemeente, "aantal"),
        "aandeel_basis": g.aandeel_basis,
        "corporaties": [
            {"corporatie": c.corporatie, "bestand": c.bestand, "bodjaar": c.resultaat.invoer.bodjaar,
             "voorraad": _in_eenheid(c.voorraad, "aantal"), "aandeel_voorraad": _fractie(c.aandeel_voorraad),
             "aandeel_aan_tafel": _fractie(c.aandeel_aan_tafel), "bronnen": list(c.bronnen),
             "beoordeling": json_uitvoer.als_dict(c.resultaat)}
            for c in g.corporaties
        ],
        "samen": [_samen(s) for s in g.samen],
        "niet_opgeteld": [_doel(d) for d in g.niet_opgeteld],
        "hiaten": [_doel(d) for d in g.hiaten],
        "vraagpunten": [_vraagpunt(v) for v in g.vraagpunten],
        "meldingen": [_melding(m) for m in g.meldingen],
    }


def _regio_doel(rd: RegioDoel) -> dict[str, Any]:
    e = rd.vergelijking[0].eenheid if rd.vergelijking else rd.doel.eenheid
    return {
        "doel": _doel(rd.doel),
        "vergelijking": [_vergelijking(v) for v in rd.vergelijking],
        "verdeeld": _in_eenheid(rd.verdeeld, e),
        "gemeenten": [
            {"gemeente": gd.gemeente, "aandeel": _in_eenheid(gd.aandeel, e), "aandeel_bronnen": list(gd.aandeel_bronnen),
             "aandeel_bron_woonvisie": gd.aandeel_bron_woonvisie,
             "bod": _in_eenheid(gd.bod, e), "vergelijking": [_vergelijking(v) for v in gd.vergelijking],
             "bronnen": list(gd.bronnen)}
            for gd in rd.gemeenten
        ],
    }


def _regio(r: RegioResultaat) -> dict[str, Any]:
    return {
        "schema": SCHEMA_REGIO,
        "regio": r.regio or None,
        "map": r.map,
        "perspectief": r.perspectief,
        "peildatum": r.peildatum.isoformat(),
        "woonvisie": r.woonvisie_bestand,
        "doelen": [_regio_doel(rd) for rd in r.doelen],
        "niet_opgeteld": [_doel(d) for d in r.niet_opgeteld],
        "vraagpunten": [_vraagpunt(v) for v in r.vraagpunten],
        "gemeenten": [_gemeente(g) for g in r.gemeenten],
        "meldingen": [_melding(m) for m in r.meldingen],
    }


def als_dict(resultaat: GemeenteResultaat | RegioResultaat) -> dict[str, Any]:
    if isinstance(resultaat, RegioResultaat):
        return _regio(resultaat)
    return _gemeente(resultaat)


def als_tekst(resultaat: GemeenteResultaat | RegioResultaat) -> str:
    return json.dumps(als_dict(resultaat), ensure_ascii=False, indent=2) + "\n"


# ---- terminal ------------------------------------------------------------------------------------------


def _periode(v) -> str:
    if v.jaar is not None:
        return str(v.jaar)
    return str(v.van_jaar) if v.van_jaar == v.tot_jaar else f"{v.van_jaar}–{v.tot_jaar}"


def _telling(vraagpunten: list[Vraagpunt]) -> str:
    t = {e: sum(1 for v in vraagpunten if v.ernst == e) for e in ("hoog", "midden", "laag", "info")}
    return f"{len(vraagpunten)} (hoog {t['hoog']}, midden {t['midden']}, laag {t['laag']}, info {t['info']})"


def _gemeente_regels(g: GemeenteResultaat, inspringen: str = "") -> list[str]:
    i = inspringen
    n = len(g.corporaties)
    regels = [f"{i}Gemeente {g.gemeente} — {n} {'bod' if n == 1 else 'bods'}"
              + (f"; woonvisie {g.woonvisie_bestand}" if g.woonvisie_bestand else "; geen woonvisie")]
    basis = {"sociale_voorraad": "aandeel sociale huurwoningen", "vhe_gemeente": "aandeel woningen"}.get(
        g.aandeel_basis or "", "aandeel onbekend")
    for c in g.corporaties:
        regels.append(f"{i}  {c.corporatie} ({c.bestand}): {basis} {opmaak.procent(c.aandeel_aan_tafel)}; "
                      f"{len(c.resultaat.vraagpunten)} eigen vraagpunten")
    if g.samen:
        regels.append(f"{i}Samen tegen de woonvisie:")
        for s in g.samen:
            v = s.vergelijking
            e = v.eenheid
            delen = ", ".join(f"{korte_naam(b.corporatie)} {opmaak.waarde_in_eenheid(b.bod, e)}" for b in s.bijdragen)
            regels.append(f"{i}  {opmaak.STATUS_SYMBOOL.get(v.status, ' ')} {v.code} {_periode(v)}: doel "
                          f"{opmaak.waarde_in_eenheid(v.doel, e)}, samen {opmaak.waarde_in_eenheid(v.bod, e)} "
                          f"({opmaak.STATUS_LABEL.get(v.status, v.status)}; {delen})")
    if g.hiaten:
        regels.append(f"{i}Doelen zonder bod: " + ", ".join(
            f"{d.code} {d.van_jaar}–{d.tot_jaar}" + (f" ({d.kern})" if d.kern else "") for d in g.hiaten))
    regels.append(f"{i}Vraagpunten samen: {_telling(g.vraagpunten)}")
    for n, v in enumerate(g.vraagpunten, start=1):
        regels.append(f"{i}  {n}. [{v.id}, {v.ernst}] {v.vraag}")
    return regels


def samenvatting(resultaat: GemeenteResultaat | RegioResultaat) -> str:
    """Short Dutch text for the terminal (when no --json is asked)."""
    if isinstance(resultaat, RegioResultaat):
        r = resultaat
        regels = [f"{r.regio} — {len(r.gemeenten)} gemeenten; regionale woonvisie {r.woonvisie_bestand}"]
        for rd in r.doelen:
            for v in rd.vergelijking:
                e = v.eenheid
                regels.append(f"  {opmaak.STATUS_SYMBOOL.get(v.status, ' ')} {v.code} {_periode(v)}: regio "
                              f"{opmaak.waarde_in_eenheid(v.doel, e)}, samen {opmaak.waarde_in_eenheid(v.bod, e)} "
                              f"({opmaak.STATUS_LABEL.get(v.status, v.status)})")
            for gd in rd.gemeenten:
                e = rd.vergelijking[0].eenheid if rd.vergelijking else rd.doel.eenheid
                regels.append(f"      {gd.gemeente}: aandeel {opmaak.waarde_in_eenheid(gd.aandeel, e) if gd.aandeel is not None else 'niet vastgelegd'}"
                              f", bod {opmaak.waarde_in_eenheid(gd.bod, e)}")
        regels.append(f"Vraagpunten regio: {_telling(r.vraagpunten)}")
        for n, v in enumerate(r.vraagpunten, start=1):
            regels.append(f"  {n}. [{v.id}, {v.ernst}] {v.vraag}")
        for g in r.gemeenten:
            regels.append("")
            regels += _gemeente_regels(g, "")
    else:
        regels = _gemeente_regels(resultaat)
        r = resultaat  # type: ignore[assignment]
    waarschuwingen = sum(1 for m in resultaat.meldingen if m.soort == "waarschuwing")
    if waarschuwingen:
        regels.append(f"Waarschuwingen: {waarschuwingen} (zie --json)")
    return "\n".join(terminal(r) for r in regels) + "\n"  # a name with a line break cannot forge a line
