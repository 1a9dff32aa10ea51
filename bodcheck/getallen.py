"""Reading a number written as text, the way a Dutch user writes it: `1.234.567`, `1.234,5`, `€ 1.234`,
`3,5%`, `-12`; English `1,234.5` is understood too. Dutch notation wins where it is ambiguous (`1.234` is
1234, `1,5` is 1.5). Used by the workbook reader and by the app's editable tables (one parser, one truth)."""

from __future__ import annotations

import math
import re

_GETAL = re.compile(r"^[+-]?(\d+([.,]\d+)*|[.,]\d+)$")
_DUIZEND_PUNT = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+$")
_DUIZEND_KOMMA = re.compile(r"^[+-]?\d{1,3}(,\d{3})+$")


class GeenGetal(ValueError):
    """The text is no number."""


def lees(tekst: str) -> tuple[float, bool]:
    """'€ 1.234,5' → (1234.5, False); '3,5%' → (3.5, True): the number as written and whether it had a %."""
    t = tekst.strip().replace("\u00a0", " ").replace("€", "").replace(" ", "").replace("−", "-")
    procent = t.endswith("%")
    if procent:
        t = t[:-1]
    if not t or not _GETAL.match(t):
        raise GeenGetal(tekst)
    if "." in t and "," in t:
        if t.rfind(",") > t.rfind("."):  # 1.234,5 (Dutch)
            t = t.replace(".", "").replace(",", ".")
        else:  # 1,234.5 (English)
            t = t.replace(",", "")
    elif "," in t:
        # 1,5 is Dutch for 1.5; 1,234,567 can only be English thousands.
        t = t.replace(",", "") if t.count(",") > 1 and _DUIZEND_KOMMA.match(t) else t.replace(",", ".")
    elif "." in t and _DUIZEND_PUNT.match(t) and not re.match(r"^[+-]?0\.", t):
        # 1.234 and 1.234.567 are Dutch thousands separators; 3.5 stays a decimal point.
        t = t.replace(".", "")
    try:
        waarde = float(t)
    except ValueError:  # passes the pattern but is no number after all, e.g. 1.2.3,4,5
        raise GeenGetal(tekst) from None
    if not math.isfinite(waarde):
        raise GeenGetal(tekst)
    return waarde, procent


def lees_invoer(tekst: str) -> float | None:
    """What a user types in a table cell: empty → None; a trailing % is allowed (the column says the unit)."""
    if not tekst.strip():
        return None
    return lees(tekst)[0]
