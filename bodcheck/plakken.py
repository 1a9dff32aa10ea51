"""Paste and copy like a spreadsheet, without Qt: the text on the clipboard as a block of cells, a block of
cells as clipboard text, and a pasted block turned into one new Invoer (one undo step) with the cells it
skipped and why.

    blok(tekst) -> [[str]]                       tab-separated rows ("\\r\\n" or "\\n"; Excel's quoted cells)
    als_tekst(rijen) -> str                      rows of cells as tab-separated text, "\\r\\n" between rows
    klembord_getal(x) -> str                     a number as Dutch Excel and LibreOffice read it: 1234,5
    plak(invoer, rijen, plek) -> Geplakt         each cell through its Plek (bodcheck.invullen judges the text)

Copy writes plain numbers with a decimal comma and no thousands separator ("1234,5", a percentage as
"3,5%"): Excel and LibreOffice in a Dutch locale read that as a number, and bodcheck reads it back the same
(a thousands separator would be read as a decimal point by an English Excel; a decimal point is read as a
thousands separator or as text by a Dutch one). An English Excel reads "1234,5" as text; the users of
bodcheck work in Dutch.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bodcheck.model import Invoer

MAX_CELLEN = 100_000  # a larger paste is refused in one message (a whole sheet copied by mistake)


# ---- clipboard text ---------------------------------------------------------------------------------


def blok(tekst: str) -> list[list[str]]:
    """The cells of a block copied from Excel or LibreOffice: rows end in "\\r\\n" or "\\n" (the last one may be
    missing), cells are separated by tabs; a cell in double quotes may hold tabs, line breaks and "" for a
    quote (Excel quotes such cells). An empty text is no rows."""
    rijen: list[list[str]] = []
    rij: list[str] = []
    cel: list[str] = []
    i, n = 0, len(tekst)
    begin_cel = True
    while i < n:
        ch = tekst[i]
        if begin_cel and ch == '"':
            sluit = _sluit_aanhaling(tekst, i)
            if sluit is not None:
                cel.append(tekst[i + 1:sluit].replace('""', '"'))
                i = sluit + 1
                begin_cel = False
                continue
        if ch == "\t":
            rij.append("".join(cel))
            cel, begin_cel = [], True
        elif ch in "\r\n":
            if ch == "\r" and i + 1 < n and tekst[i + 1] == "\n":
                i += 1
            rij.append("".join(cel))
            rijen.append(rij)
            rij, cel, begin_cel = [], [], True
        else:
            cel.append(ch)
            begin_cel = False
        i += 1
    if cel or rij:
        rij.append("".join(cel))
        rijen.append(rij)
    return rijen


def _sluit_aanhaling(tekst: str, begin: int) -> int | None:
    """The closing quote of a quoted cell that starts at `begin`, when a tab, line break or the end follows it."""
    i = begin + 1
    while i < len(tekst):
        if tekst[i] == '"':
            if i + 1 < len(tekst) and tekst[i + 1] == '"':
                i += 2
                continue
            return i if i + 1 == len(tekst) or tekst[i + 1] in "\t\r\n" else None
        i += 1
    return None


def als_tekst(rijen: Sequence[Sequence[str]]) -> str:
    """Rows of cells as the clipboard text a spreadsheet pastes: tabs between cells, "\\r\\n" after each row. A
    tab or line break inside a cell becomes a space (the block keeps its shape)."""
    def schoon(c: str) -> str:
        return " ".join(c.replace("\t", " ").splitlines())

    return "".join("\t".join(schoon(c) for c in rij) + "\r\n" for rij in rijen)


def klembord_getal(x: float, procent: bool = False) -> str:
    """A number for the clipboard: no thousands separator, a decimal comma, at most 10 decimals, an ASCII minus;
    with `procent` the fraction as percentage points with a % sign (0.035 → "3,5%")."""
    if not math.isfinite(x):
        return ""
    v = x * 100 if procent else x
    tekst = f"{v:.10f}".rstrip("0").rstrip(".")
    if tekst in ("-0", ""):
        tekst = "0"
    return tekst.replace(".", ",") + ("%" if procent else "")


# ---- pasting into the Invoer ------------------------------------------------------------------------


@dataclass(frozen=True)
class Plek:
    """Where one pasted cell goes: its name for messages ("Betaalde rente 2027"), how its text is read (returns
    a bodcheck.invullen.Invulling, raises invullen.Ongeldig or bewerken.BewerkFout) and how the value is set."""

    naam: str
    lees: Callable[[str], Any]
    zet: Callable[[Invoer, Any], Invoer]


@dataclass
class Geplakt:
    invoer: Invoer  # the new Invoer (the old one when nothing was pasted)
    geplakt: int = 0
    geleegd: int = 0  # cells with a value that an empty pasted cell emptied
    overgeslagen: list[str] = field(default_factory=list)  # "Betaalde rente 2027: “circa” is geen getal"
    buiten: int = 0  # cells beyond the table's edge
    notities: list[str] = field(default_factory=list)  # how a text was read ("0,95 gelezen als fractie: 95%")

    def samenvatting(self) -> str:
        """One Dutch line for the status bar: what was pasted and what was not."""
        delen = []
        if self.geplakt or not self.geleegd:
            delen.append(f"{self.geplakt} {'cel' if self.geplakt == 1 else 'cellen'} geplakt")
        if self.geleegd:
            delen.append(f"{self.geleegd} {'cel' if self.geleegd == 1 else 'cellen'} leeggemaakt")
        if self.overgeslagen:
            delen.append(f"{len(self.overgeslagen)} overgeslagen")
        if self.buiten:
            delen.append(f"{self.buiten} buiten de tabel")
        return ", ".join(delen)


def plak(invoer: Invoer, rijen: Sequence[Sequence[str]], plek: Callable[[int, int], Plek | str | None]) -> Geplakt:
    """Paste `rijen` (cells relative to the current cell) into `invoer`. `plek(i, j)` says where cell (i, j) of
    the block goes: a Plek, a reason why nothing can go there (a Dutch text: "Omschrijving is geen invulcel"),
    or None beyond the table's edge. Every cell is read on its own; a cell that cannot be read is skipped and
    named, the others are pasted. The result is one new Invoer: one step to undo."""
    from bodcheck.bewerken import BewerkFout
    from bodcheck.invullen import Ongeldig

    uit = Geplakt(invoer)
    if sum(len(r) for r in rijen) > MAX_CELLEN:
        uit.overgeslagen.append(f"het geplakte blok heeft meer dan {MAX_CELLEN:_} cellen; er is niets geplakt"
                                .replace("_", "."))
        return uit
    for i, rij in enumerate(rijen):
        for j, tekst in enumerate(rij):
            p = plek(i, j)
            if p is None:
                uit.buiten += 1
                continue
            if isinstance(p, str):
                if tekst.strip():
                    uit.overgeslagen.append(p)
                continue
            voor = uit.invoer
            try:
                invulling = p.lees(tekst)
                uit.invoer = p.zet(uit.invoer, invulling.waarde)
            except (Ongeldig, BewerkFout) as e:
                uit.overgeslagen.append(f"{p.naam}: {e}")
                continue
            if tekst.strip():
                uit.geplakt += 1
            elif uit.invoer is not voor:
                uit.geleegd += 1  # an empty cell empties its target, as in a spreadsheet
            uit.notities += [f"{p.naam}: {n}" for n in invulling.notities]
    return uit
