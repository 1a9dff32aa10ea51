"""The JSON of `bodcheck afspraken`, schema `bodcheck/afspraken/1` (afspraken.md § Outputs).

Amounts in euros, shares as fractions, years as int, unknown as null (the rules of
`bodcheck/beoordeling/1`); the check letters as `ja` / `nee` / `nvt`. Same input → byte-identical text.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from bodcheck.afspraken.toets import eenheid_van
from bodcheck.afspraken.verzamelen import Overzicht
from bodcheck.json_uitvoer import _in_eenheid, _melding
from bodcheck.model import Melding

SCHEMA = "bodcheck/afspraken/1"


def _wanneer(w: int | dt.date | None) -> int | str | None:
    return w.isoformat() if isinstance(w, dt.date) else w


def als_dict(overzicht: Overzicht, corporatie: str, gemeente: str, meldingen: list[Melding]) -> dict[str, Any]:
    jaren = overzicht.jaren
    afspraken = []
    for r in overzicht.regels:
        a = r.afspraak
        eenheid = eenheid_van(a) if a.is_indicator else None
        afspraken.append({
            "nummer": r.nummer, "bron": r.bron, "wat": a.wat, "thema": r.thema or None, "wie": a.wie or None,
            "kartrekker": a.kartrekker or None, "indicator": a.indicator or None,
            "waarde": _in_eenheid(a.waarde, eenheid or ""), "eenheid": eenheid,
            "per": a.per if a.is_indicator else None, "van_jaar": a.van_jaar, "tot_jaar": a.tot_jaar,
            "resultaat": a.resultaat or None, "wanneer": _wanneer(a.wanneer),
            "onder_voorbehoud": a.onder_voorbehoud or None,
            "toets": r.toets.als_dict(), "uitleg": list(r.toets.uitleg),
        })
    return {
        "schema": SCHEMA, "corporatie": corporatie, "gemeente": gemeente,
        "van_jaar": jaren[0] if jaren else None, "tot_jaar": jaren[-1] if jaren else None,
        "afspraken": afspraken,
        "bevindingen": [{"id": b.id, "naam": b.naam, "nummer": b.nummer, "afspraak": b.afspraak, "tekst": b.tekst,
                         "uitleg": list(b.uitleg)} for b in overzicht.bevindingen],
        "meldingen": [_melding(m) for m in meldingen],
    }


def als_tekst(overzicht: Overzicht, corporatie: str, gemeente: str, meldingen: list[Melding]) -> str:
    return json.dumps(als_dict(overzicht, corporatie, gemeente, meldingen), ensure_ascii=False, indent=1,
                      allow_nan=False) + "\n"
