"""Dated parameters (national norms, thresholds, sector values) from `bodcheck/data/parameters/*.toml`.

Each entry is a table with `waarde`, `eenheid`, `bron`, `datum` and `geverifieerd`, and optionally `status`
(e.g. "aanname": an assumption of bodcheck, printed next to the figure); the report appendix prints them. A per-year value is a table keyed by year as text: `waarde = { "2024" = 0.053 }`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Parameter:
    naam: str
    waarde: Any
    eenheid: str
    bron: str
    datum: str
    geverifieerd: bool
    bestand: str
    status: str = ""  # "aanname", "scenario", or "" (a sourced value)

    def per_jaar(self, jaar: int) -> Any:
        """For a per-year parameter: the value for `jaar`, or None when the year is not known."""
        if not isinstance(self.waarde, dict):
            return self.waarde
        return self.waarde.get(str(jaar))


@cache
def laad(bestand: str) -> dict[str, Parameter]:
    """All parameters of one file, e.g. laad("financieel")."""
    tekst = resources.files("bodcheck.data.parameters").joinpath(f"{bestand}.toml").read_text("utf-8")
    return uit_tekst(tekst, bestand)


def uit_bestand(pad: str | Path) -> dict[str, Parameter]:
    """The parameters of a file of the same form elsewhere (a changed copy; tests of a threshold)."""
    pad = Path(pad)
    return uit_tekst(pad.read_text("utf-8"), pad.stem)


def uit_tekst(tekst: str, bestand: str) -> dict[str, Parameter]:
    data = tomllib.loads(tekst)
    return {
        naam: Parameter(naam, d["waarde"], d.get("eenheid", ""), d.get("bron", ""), str(d.get("datum", "")),
                        bool(d.get("geverifieerd", False)), bestand, str(d.get("status", "")))
        for naam, d in data.items()
    }


def waarde(bestand: str, naam: str) -> Any:
    return laad(bestand)[naam].waarde


ALLEEN_SAMEN = frozenset({"samen", "monitor"})
"""Files with the thresholds of the joint rules (bodcheck.samen.regels) and of the monitor over the years
(bodcheck.monitor.drift) only; the report of one bod leaves them out."""


def alle() -> list[Parameter]:
    """Every parameter of every file the assessment of one bod uses, for the report appendix, in a stable order."""
    namen = sorted(p.name.removesuffix(".toml") for p in resources.files("bodcheck.data.parameters").iterdir()
                   if p.name.endswith(".toml") and p.name.removesuffix(".toml") not in ALLEEN_SAMEN)
    return [p for n in namen for p in laad(n).values()]
