"""Text from files and users, made safe for where it goes (../shared/spec/uitvoer.md, Revisions 2).

    terminal(tekst) -> str             control characters, line breaks and invisible format characters escaped
                                       (`\\n`, `\\x1b`, `\\u202e`), so a file name cannot forge or hide lines
    excel_tekst(tekst) -> str          characters no xlsx may hold (C0 controls) replaced by U+FFFD, cut to the
                                       32.767 characters a cell holds
    is_formuleachtig(tekst) -> bool    starts with = + - @, a tab or a carriage return
    zet_cel(ws, rij, kolom, waarde)    the one way any Excel writer puts a value in a cell: a text is stored
                                       as text that no spreadsheet evaluates (type string, and a formula-like
                                       text gets Excel's own quote prefix, as when a user types '=5+5)

No openpyxl import here: `ws` is any openpyxl worksheet.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_FORMULE_BEGIN = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_XLSX_VERBODEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NAMEN = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _onzichtbaar(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co") and ch != "\u00ad"


def terminal(tekst: object) -> str:
    """Text for one terminal line: every control or format character shown as an escape."""
    s = str(tekst)
    if not any(_onzichtbaar(ch) for ch in s):
        return s
    uit = []
    for ch in s:
        if ch in _NAMEN:
            uit.append(_NAMEN[ch])
        elif _onzichtbaar(ch):
            uit.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            uit.append(ch)
    return "".join(uit)


MAX_EXCEL_TEKST = 32_767  # characters a spreadsheet cell holds; Excel calls a longer one a damaged file


def excel_tekst(tekst: str) -> str:
    tekst = _XLSX_VERBODEN.sub("\ufffd", tekst)
    return tekst if len(tekst) <= MAX_EXCEL_TEKST else tekst[: MAX_EXCEL_TEKST - 1] + "…"


def is_formuleachtig(tekst: str) -> bool:
    return tekst.startswith(_FORMULE_BEGIN)


def zet_cel(ws: Any, rij: int, kolom: int, waarde: Any) -> Any:
    """Put `waarde` in cell (rij, kolom) of `ws` and return the cell. Numbers, dates and booleans are stored
    as they are; every text is stored as a text cell, never a formula."""
    if not isinstance(waarde, str):
        return ws.cell(rij, kolom, waarde)
    cel = ws.cell(rij, kolom)
    cel.value = excel_tekst(waarde)
    cel.data_type = "s"  # openpyxl would store a text starting with '=' as a formula
    if is_formuleachtig(cel.value):
        cel.quotePrefix = True
    return cel
