"""Who wrote the report and whose dates it prints (rapport.md § Revisions 2): always the user's side.

    auteur(invoer, perspectief, gekozen=None) -> "Gemeente Aaberg, team Wonen"
        `gekozen` (--auteur or the app setting) first; else by perspective the woonvisie workbook's
        opgesteld_door (gemeente) or the huurdersorganisatie (huurders); else "gemeente [naam]" /
        "huurdersorganisatie [naam]". Never the corporatie's own opgesteld_door (that is "Bod opgesteld door").
    woonvisie_veld(invoer, code) -> a value of the woonvisie workbook's Algemeen sheet, or None.
"""

from __future__ import annotations

from typing import Any

from bodcheck.model import Invoer


def woonvisie_veld(invoer: Invoer, code: str) -> Any:
    """From the separate woonvisie workbook; a single workbook is the woonvisie's only when it has no Bod."""
    if invoer.woonvisie_algemeen:
        v = invoer.woonvisie_algemeen.get(code)
        return None if v is None else v.waarde
    return invoer.veld(code) if invoer.bod is None else None


def auteur(invoer: Invoer, perspectief: str, gekozen: str | None = None) -> str:
    if gekozen and gekozen.strip():
        return gekozen.strip()
    if perspectief == "huurders":
        ho = str(invoer.veld("huurdersorganisatie") or "").strip()
        return ho or f"huurdersorganisatie {invoer.gemeente or ''}".strip()
    eigen = str(woonvisie_veld(invoer, "opgesteld_door") or "").strip()
    return eigen or f"gemeente {invoer.gemeente or ''}".strip()
