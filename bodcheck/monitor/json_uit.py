"""The monitor's JSON, schema `bodcheck/monitor/1` (monitor.md § Output; uitvoer.md Revisions 2).

Years are integers in lists, never object keys. Values are rounded as in `bodcheck/beoordeling/1` (the
same helpers): counts as integers, percentages and ratios as fractions with 6 decimals. Same input and
peildatum give the same text.
"""

from __future__ import annotations

import json
from typing import Any

from bodcheck.json_uitvoer import _fractie, _in_eenheid, _melding
from bodcheck.model import Vraagpunt
from bodcheck.monitor.model import Monitor

SCHEMA = "bodcheck/monitor/1"


def _vraagpunt(v: Vraagpunt) -> dict[str, Any]:
    return {"id": v.id, "naam": v.naam, "ernst": v.ernst, "thema": v.thema, "partij": v.partij, "vraag": v.vraag,
            "toelichting": v.toelichting, "bronnen": list(v.bronnen), "basis": v.basis}


def als_dict(m: Monitor) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "corporatie": m.corporatie or None,
        "gemeente": m.gemeente or None,
        "bodjaren": m.bodjaren,
        "peildatum": m.peildatum.isoformat(),
        "perspectief": m.perspectief,
        "bestanden": [{"bodjaar": j.bodjaar, "naam": j.naam} for j in m.jaargangen],
        "belofte": [
            {"code": b.code, "jaar": b.jaar, "eenheid": b.eenheid,
             "beloftes": [{"bodjaar": a.bodjaar, "waarde": _in_eenheid(a.waarde, b.eenheid), "cel": a.cel}
                          for a in b.beloftes],
             "afspraak": _in_eenheid(b.afspraak, b.eenheid), "realisatie": _in_eenheid(b.realisatie, b.eenheid),
             "status": b.status, "bronnen": list(b.bronnen)}
            for b in m.belofte
        ],
        "verschuivingen": [
            {"code": v.code, "jaar": v.jaar, "eenheid": v.eenheid,
             "beloftes": [{"bodjaar": a.bodjaar, "waarde": _in_eenheid(a.waarde, v.eenheid)} for a in v.beloftes],
             "richting": v.richting, "slechter_op_rij": v.slechter_op_rij}
            for v in m.verschuivingen
        ],
        "prognose_drift": [
            {"ratio": d.ratio, "tak": d.tak, "jaar": d.jaar,
             "ramingen": [{"bodjaar": r.bodjaar, "prognose_editie": r.prognose_editie, "waarde": _fractie(r.waarde),
                           "bw_versie": r.bw_versie, "kader": r.kader} for r in d.ramingen],
             "breuk": d.breuk, "breuk_vanaf": d.breuk_vanaf, "drift": d.drift, "norm": _fractie(d.norm),
             "richting": d.richting}
            for d in m.drift
        ],
        "terugkerend": [
            {"id": t.id, "label": t.label, "sleutel": t.sleutel, "vraag": t.vraag, "bodjaren": list(t.bodjaren),
             "vorig_bodjaar": t.vorig_bodjaar, "antwoord": t.antwoord or None, "antwoord_bodjaar": t.antwoord_bodjaar,
             "afspraak": t.afspraak or None, "afspraak_bodjaar": t.afspraak_bodjaar}
            for t in m.terugkerend
        ],
        "vraagpunten": [_vraagpunt(v) for v in m.vraagpunten],
        "meldingen": [_melding(x) for x in m.meldingen],
    }


def als_tekst(m: Monitor) -> str:
    return json.dumps(als_dict(m), ensure_ascii=False, indent=2) + "\n"
