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
    gezien: set[str] = set()

    def vervang(m: re.Match[str]) -> str:
        t = titels().get(m.group(1), "")
        if not t or t in gezien:
            return ""
        gezien.add(t)
        return t

    tekst = re.sub(r"([\w.)])\s+\[", r"\1; [", re.sub(r"\]\s*\[", "]; [", tekst))
    uit = _SLEUTEL.sub(vervang, tekst)
    uit = re.sub(r"(;\s*)+;", ";", re.sub(r"\s+([;,])", r"\1", uit))
    return re.sub(r"\s{2,}", " ", uit).strip(" ;,")
