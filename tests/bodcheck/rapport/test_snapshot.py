"""Snapshot of the report model of the bundled example (Beancount/Fava habit): every chapter, table, chart
series and numbered vraagpunt as plain JSON in `snapshot_rapport_voorbeeld.json`. A change to what the report
says shows up here as a diff to review.

After a reviewed change, update the snapshot with

    BODCHECK_SNAPSHOT_BIJWERKEN=1 .venv/bin/python -m pytest -q -p no:cacheprovider tests/bodcheck/rapport/test_snapshot.py

and commit the JSON together with the change that caused it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from bodcheck import rapport
from bodcheck.model import Resultaat
from bodcheck.rapport.model import SOORTEN

SNAPSHOT = Path(__file__).with_name("snapshot_rapport_voorbeeld.json")


def _als_json(x: Any) -> Any:
    if isinstance(x, dt.date):
        return x.isoformat()
    raise TypeError(type(x).__name__)


def rapport_json(resultaat: Resultaat) -> str:
    model = dataclasses.asdict(rapport.opbouw(resultaat))
    model["versie"] = "<versie>"  # the program version is not content
    return json.dumps(model, ensure_ascii=False, indent=1, default=_als_json) + "\n"


def _verschillen(oud: Any, nieuw: Any, pad: str = "") -> list[str]:
    """The first paths where two JSON values differ, for a readable failure."""
    if type(oud) is not type(nieuw):
        return [f"{pad}: {oud!r:.80} → {nieuw!r:.80}"]
    if isinstance(oud, dict):
        return [v for k in sorted(set(oud) | set(nieuw))
                for v in _verschillen(oud.get(k), nieuw.get(k), f"{pad}.{k}")]
    if isinstance(oud, list):
        if len(oud) != len(nieuw):
            return [f"{pad}: {len(oud)} → {len(nieuw)} elementen"]
        return [v for i, (a, b) in enumerate(zip(oud, nieuw, strict=True)) for v in _verschillen(a, b, f"{pad}[{i}]")]
    return [] if oud == nieuw else [f"{pad}: {oud!r:.80} → {nieuw!r:.80}"]


def test_rapportmodel_van_het_voorbeeld(resultaat: Resultaat) -> None:
    nieuw = rapport_json(resultaat)
    if os.environ.get("BODCHECK_SNAPSHOT_BIJWERKEN") == "1":
        SNAPSHOT.write_text(nieuw, "utf-8")
    assert SNAPSHOT.is_file(), f"geen snapshot; maak hem met BODCHECK_SNAPSHOT_BIJWERKEN=1 (zie {__name__})"
    oud = SNAPSHOT.read_text("utf-8")
    if oud != nieuw:
        anders = _verschillen(json.loads(oud), json.loads(nieuw))
        raise AssertionError(
            f"het rapportmodel van het voorbeeld is veranderd ({len(anders)} plaatsen), eerste:\n  "
            + "\n  ".join(anders[:15])
            + "\nControleer de wijziging en werk de snapshot bij: BODCHECK_SNAPSHOT_BIJWERKEN=1 (zie de docstring).")


def test_snapshot_gebruikt_alleen_bekende_soorten() -> None:
    """Every column and cell kind in the snapshot is one the PDF and Excel writers know (rapport.model.SOORTEN)."""
    gezien: set[str] = set()

    def loop(x: Any) -> None:
        if isinstance(x, dict):
            is_kolom, is_cel = set(x) == {"kop", "soort", "breedte"}, set(x) == {"tekst", "waarde", "soort"}
            if (is_kolom or is_cel) and x["soort"] is not None:
                gezien.add(x["soort"])
            for v in x.values():
                loop(v)
        elif isinstance(x, list):
            for v in x:
                loop(v)

    loop(json.loads(SNAPSHOT.read_text("utf-8")))
    assert gezien and gezien <= set(SOORTEN), gezien - set(SOORTEN)
