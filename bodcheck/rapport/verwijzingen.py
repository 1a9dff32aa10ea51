"""References generated from the document structure (rapport.md § Revisions 2): prose never types a chapter
number or an appendix letter. A text asks for one with a token; `los_op` fills in the number once the
chapters are known.

    hoofdstuk("financien")                     -> token, resolved to "hoofdstuk 7"
    bijlage("invoer", anders="de Excel-export") -> token, resolved to "bijlage B", or `anders` when the
                                                  report has no such appendix (printed without --bijlagen)
    los_op(hoofdstukken, bijlagen={"invoer": "B"}) -> the chapters with every token replaced
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from bodcheck.rapport.model import Alinea, Hoofdstuk, Opsomming, Tabel, VraagpuntBlok, Vraagpunten

_TOKEN = re.compile(r"⟦(hoofdstuk|bijlage):([a-z_]+)(?:\|([^⟧]*))?⟧")


def hoofdstuk(sleutel: str) -> str:
    return f"⟦hoofdstuk:{sleutel}⟧"


def bijlage(sleutel: str, anders: str) -> str:
    return f"⟦bijlage:{sleutel}|{anders}⟧"


def _vervang(tekst: str, nummers: dict[str, int], letters: dict[str, str]) -> str:
    def een(m: re.Match[str]) -> str:
        soort, sleutel, anders = m.group(1), m.group(2), m.group(3)
        if soort == "hoofdstuk":
            return f"hoofdstuk {nummers[sleutel]}" if sleutel in nummers else (anders or "een ander hoofdstuk")
        return f"bijlage {letters[sleutel]}" if sleutel in letters else (anders or "de Excel-export")
    return _TOKEN.sub(een, tekst) if "⟦" in tekst else tekst


def _blok(b: Any, nummers: dict[str, int], letters: dict[str, str]) -> Any:
    def v(t: str) -> str:
        return _vervang(t, nummers, letters)
    if isinstance(b, Alinea):
        return dataclasses.replace(b, tekst=v(b.tekst))
    if isinstance(b, Opsomming):
        return dataclasses.replace(b, items=tuple(v(x) for x in b.items), titel=v(b.titel))
    if isinstance(b, Tabel):
        rijen = tuple(tuple(dataclasses.replace(c, tekst=v(c.tekst)) for c in rij) for rij in b.rijen)
        return dataclasses.replace(b, rijen=rijen, voetnoot=v(b.voetnoot), titel=v(b.titel))
    if isinstance(b, Vraagpunten):
        return dataclasses.replace(b, blokken=tuple(blok_vraag(x, nummers, letters) for x in b.blokken))
    return b


def blok_vraag(b: VraagpuntBlok, nummers: dict[str, int], letters: dict[str, str]) -> VraagpuntBlok:
    return dataclasses.replace(b, vraag=_vervang(b.vraag, nummers, letters), waarom=_vervang(b.waarom, nummers, letters))


def los_op(hoofdstukken: list[Hoofdstuk], letters: dict[str, str] | None = None) -> list[Hoofdstuk]:
    """Number the chapters in order (the voorblad has none) and resolve every reference token."""
    nummers: dict[str, int] = {}
    genummerd = []
    teller = 0
    for h in hoofdstukken:
        if h.sleutel != "voorblad":
            teller += 1
            nummers[h.sleutel] = teller
            h = dataclasses.replace(h, nummer=teller)
        genummerd.append(h)
    letters = letters or {}
    return [dataclasses.replace(h, blokken=tuple(_blok(b, nummers, letters) for b in h.blokken)) for h in genummerd]
