"""Length caps on the texts of a report model, so the PDF never fails on layout: a text longer than the cap is
cut with "…" (the JSON keeps the full text). Works on any of the model's frozen dataclasses.

    inkorten(rapport, max_tekens) -> Rapport
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")

MAX_TEKENS = 1_000  # per text in the printed report; a cell or a note of this length still fits a page
MAX_TEKENS_KRAP = 300  # the second try when the layout still did not fit


def kort(tekst: str, max_tekens: int) -> str:
    return tekst if len(tekst) <= max_tekens else tekst[: max_tekens - 1].rstrip() + "…"


def inkorten(waarde: T, max_tekens: int = MAX_TEKENS) -> T:
    return _kort(waarde, max_tekens)


def _kort(w: Any, n: int) -> Any:
    if isinstance(w, str):
        return kort(w, n)
    if dataclasses.is_dataclass(w) and not isinstance(w, type):
        nieuw = {f.name: _kort(getattr(w, f.name), n) for f in dataclasses.fields(w) if f.init}
        return dataclasses.replace(w, **nieuw)
    if isinstance(w, tuple):
        return tuple(_kort(x, n) for x in w)
    if isinstance(w, list):
        return [_kort(x, n) for x in w]
    if isinstance(w, dict):
        return {k: _kort(v, n) for k, v in w.items()}
    return w
