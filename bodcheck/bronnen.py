"""Source keys ([S63], [R11], [s000]) in rule bases and parameter sources, said as their titles.

    in_woorden("Woningwet art. 44 lid 1 [S1][S5]") -> "Woningwet art. 44 lid 1; Woonvisie en prestatieafspraken …"

The titles are data (bodcheck/data/bronnen.toml), taken from the project's source lists. A key without a title
is left out rather than shown: a reader never sees a key.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

_SLEUTEL = re.compile(r"\[([SsR][0-9]+[a-z]?)\]")


@functools.cache
def titels() -> dict[str, str]:
    tekst = resources.files("bodcheck.data").joinpath("bronnen.toml").read_text("utf-8")
    return {k: str(v) for k, v in tomllib.loads(tekst).items()}


def in_woorden(tekst: str) -> str:
    """Every [key] replaced by its title (a repeated or unknown key is dropped); adjacent keys are joined
    with '; '."""
    if not tekst or "[" not in tekst:
        return tekst
    # A title is a list of sources joined by "; ". A source already written out in the text around the keys,
    # or brought in by an earlier key, is not repeated (finding 16: "ilent.nl, Passend toewijzen" twice).
    gezien = [_norm(_SLEUTEL.sub(";", tekst))]

    def vervang(m: re.Match[str]) -> str:
        delen = []
        for deel in titels().get(m.group(1), "").split(";"):
            n = _norm(deel)
            if n and not any(n == g or (len(n) >= 8 and n in g) for g in gezien):
                gezien.append(n)
                delen.append(deel.strip())
        return "; ".join(delen)

    tekst = re.sub(r"([\w.)])\s+\[", r"\1; [", re.sub(r"\]\s*\[", "]; [", tekst))
    uit = _SLEUTEL.sub(vervang, tekst)
    uit = re.sub(r"(;\s*)+;", ";", re.sub(r"\s+([;,])", r"\1", uit))
    uit = re.sub(r"\(\s*[;,]\s*", "(", re.sub(r"[;,]\s*\)", ")", uit))
    uit = re.sub(r"\s*\(\s*\)", "", uit)
    return re.sub(r"\s{2,}", " ", uit).strip(" ;,")


def _norm(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst).strip(" ,.").lower()
