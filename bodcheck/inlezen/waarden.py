"""Turning one cell into a value: numbers (also Dutch number text), percentages, dates, ja/nee.

Each function returns `(value, note)`: note None when the cell was clean, a Dutch sentence otherwise.
Raising `GeenWaarde` means the cell holds something that is no value of that kind.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from bodcheck import getallen
from bodcheck.codes import AANDEEL_CODES, NVT_TEKSTEN
from bodcheck.opmaak import getal as nl_getal


class GeenWaarde(Exception):
    """The cell holds text (or an error value, a date) where a value of another kind belongs."""




def is_nvt(waarde: Any) -> bool:
    return isinstance(waarde, str) and waarde.strip().casefold() in NVT_TEKSTEN


def _tekst_naar_getal(tekst: str) -> tuple[float, bool]:
    try:
        return getallen.lees(tekst)
    except getallen.GeenGetal:
        raise GeenWaarde from None


def getal(waarde: Any) -> tuple[float | None, str | None]:
    """A number cell: real numbers pass; Dutch number text is read with a note; nvt and empty are None."""
    if waarde is None or is_nvt(waarde):
        return None, None
    if isinstance(waarde, bool):
        raise GeenWaarde
    if isinstance(waarde, int | float):
        if not math.isfinite(waarde):  # 1E+400 in the XML reads as infinity
            raise GeenWaarde
        return float(waarde), None
    if isinstance(waarde, dt.date | dt.datetime | dt.time):
        raise GeenWaarde
    if isinstance(waarde, str):
        v, procent = _tekst_naar_getal(waarde)
        if procent:
            v = v / 100
            return v, f'tekst "{waarde.strip()}" gelezen als {nl_getal(v * 100, 4).rstrip("0").rstrip(",")}%'
        return v, f'tekst "{waarde.strip()}" gelezen als getal {_toon(v)}'
    raise GeenWaarde


def _toon(v: float) -> str:
    if not math.isfinite(v) or (v != 0 and not 1e-6 <= abs(v) < 1e15):  # beyond what a Decimal rounds
        return f"{v:.6g}".replace(".", ",")
    return nl_getal(v, 0) if float(v).is_integer() else nl_getal(v, 6).rstrip("0").rstrip(",")


def procent(waarde: Any, formaat: str, code: str) -> tuple[float | None, str | None]:
    """A cell of a percent row, as a fraction (invoerformat: percent rows).

    - a cell with a percent number format holds the fraction itself;
    - text with % ("3,5%") is percent points;
    - a plain number: for share codes 0 < |v| ≤ 1 is a fraction, a larger one percent points; for other
      percent rows always percent points. Every plain |v| ≤ 1 gets a note stating the reading.
    """
    if waarde is None or is_nvt(waarde):
        return None, None
    if isinstance(waarde, str):
        t = waarde.strip()
        if t.endswith("%"):
            return getal(t)
        v, _ = getal(t)
        if v is None:
            return None, None
        return _gewoon_procent(v, code, f'tekst "{t}"')
    v, _ = getal(waarde)
    if v is None:
        return None, None
    if "%" in formaat:
        return v, None
    return _gewoon_procent(v, code, "getal")


def _gewoon_procent(v: float, code: str, wat: str) -> tuple[float, str | None]:
    aandeel = code in AANDEEL_CODES
    if aandeel and 0 < abs(v) <= 1:
        return v, f"{wat} {_toon(v)} gelezen als fractie: {nl_getal(v * 100, 2).rstrip('0').rstrip(',')}%"
    frac = v / 100
    if v != 0 and abs(v) <= 1:
        return frac, f"{wat} {_toon(v)} gelezen als procentpunten: {_toon(v)}%"
    return frac, None


def datum(waarde: Any) -> dt.date | None:
    """An Excel date or the text d-m-jjjj / jjjj-mm-dd. Anything else raises GeenWaarde."""
    if waarde is None:
        return None
    if isinstance(waarde, dt.datetime):
        return waarde.date()
    if isinstance(waarde, dt.date):
        return waarde
    if isinstance(waarde, str):
        t = waarde.strip()
        for patroon, volgorde in ((r"^(\d{1,2})-(\d{1,2})-(\d{4})$", (3, 2, 1)),
                                  (r"^(\d{4})-(\d{1,2})-(\d{1,2})$", (1, 2, 3))):
            m = re.match(patroon, t)
            if m:
                j, mnd, d = (int(m.group(i)) for i in volgorde)
                try:
                    return dt.date(j, mnd, d)
                except ValueError:
                    raise GeenWaarde from None
    raise GeenWaarde


JA = frozenset({"ja", "j", "yes", "y", "true", "waar", "1"})
NEE = frozenset({"nee", "n", "no", "false", "onwaar", "0"})


def janee(waarde: Any) -> bool | None:
    if waarde is None:
        return None
    if isinstance(waarde, bool):
        return waarde
    t = str(waarde).strip().casefold()
    if t in JA:
        return True
    if t in NEE:
        return False
    raise GeenWaarde


def geheel(waarde: Any) -> int | None:
    """An integer (a year, a version); '2026' as text is accepted."""
    if waarde is None:
        return None
    if isinstance(waarde, bool):
        raise GeenWaarde
    if isinstance(waarde, float) and waarde.is_integer():
        return int(waarde)
    if isinstance(waarde, int):
        return waarde
    if isinstance(waarde, str) and re.fullmatch(r"\s*\d{1,4}\s*", waarde):
        return int(waarde)
    raise GeenWaarde


def tekst(waarde: Any) -> str | None:
    if waarde is None:
        return None
    if isinstance(waarde, float) and waarde.is_integer():
        return str(int(waarde))
    if isinstance(waarde, dt.datetime):
        return waarde.date().isoformat()
    t = str(waarde).strip()
    return t or None


def beschrijf(waarde: Any) -> str:
    """How a cell's content is quoted in a message."""
    if isinstance(waarde, dt.datetime | dt.date):
        d = waarde.date() if isinstance(waarde, dt.datetime) else waarde
        return f"de datum {d.day}-{d.month}-{d.year}"
    t = str(waarde)
    if len(t) > 60:
        t = t[:57] + "…"
    return f'"{t}"'
