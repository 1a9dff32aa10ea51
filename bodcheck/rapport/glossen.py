"""A plain-Dutch gloss at the first use of a financial term (rapport.md § Revisions 2, "Glossary complete").

    eerste_gebruik(blokken) -> [Blok]
        the same blocks; in the running text (paragraphs and lists, not headings or tables) the first use of
        each term in GLOSSEN gets its half-sentence in brackets: "ICR (DAEB)" → "ICR (rentedekking: …; DAEB)",
        "investeringsruimte" → "investeringsruimte (wat er binnen de normen nog geleend kan worden)".

Used for the Kern page and the financial chapter, each on its own: a volunteer reader who opens either meets
the explanation there. The begrippenlijst keeps the full definitions.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from bodcheck.rapport.model import Alinea, Blok, Opsomming

# term → its half-sentence; abbreviations match with their capitals, words in any case
GLOSSEN: tuple[tuple[str, str], ...] = (
    ("ICR", "rentedekking: kan de rente uit de huur betaald worden"),
    ("LTV", "schuld naast de waarde bij verhuur"),
    ("solvabiliteit", "eigen vermogen als deel van het bezit"),
    ("dekkingsratio", "schuld naast de marktwaarde"),
    ("investeringsruimte", "wat binnen de normen nog geleend kan worden"),
    ("beleidswaarde", "waarde van de woningen bij sociale verhuur"),
)
_LOPENDE_TEKST = ("tekst", "let_op", "klein")


def _patroon(term: str) -> re.Pattern[str]:
    vlag = 0 if term.isupper() else re.IGNORECASE
    # the term, then optionally its own bracket right after it ("ICR (DAEB)")
    return re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])( \(([^()]*)\))?", vlag)


def _in(tekst: str, open_: list[tuple[str, str]]) -> str:
    for term, gloss in list(open_):
        # the first use outside brackets: a gloss inside "(geldig 2024; beleidswaarde 2.0)" would nest
        m = next((x for x in _patroon(term).finditer(tekst)
                  if tekst.count("(", 0, x.start()) == tekst.count(")", 0, x.start())), None)
        if m is None:
            continue
        open_.remove((term, gloss))
        binnen = m.group(2)
        if binnen is not None and gloss.split(":")[0] in binnen:
            continue  # already explained where it stands
        nieuw = (f"{tekst[m.start():m.start() + len(term)]} ({gloss}; {binnen})" if binnen is not None
                 else f"{m.group(0)} ({gloss})")
        tekst = tekst[:m.start()] + nieuw + tekst[m.end():]
    return tekst


def eerste_gebruik(blokken: Iterable[Blok]) -> list[Blok]:
    open_ = list(GLOSSEN)
    uit: list[Blok] = []
    for b in blokken:
        if isinstance(b, Alinea) and b.soort in _LOPENDE_TEKST:
            b = dataclasses.replace(b, tekst=_in(b.tekst, open_))
        elif isinstance(b, Opsomming):
            b = dataclasses.replace(b, items=tuple(_in(x, open_) for x in b.items))
        uit.append(b)
    return uit
