"""Qt models and small readers over the joint report data (bodcheck.rapport.opbouw_samen).

The joint views show the tables the core already built for the report (`rapport.model.Tabel`: Dutch text per
cell, the number behind it); nothing is summed or judged here. `doelen_uit` and `tabellen_uit` only find the
tables of one chapter and pair each with its heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from bodcheck import opmaak
from bodcheck.rapport.model import Alinea, Opsomming, Rapport, Tabel
from ui import kleuren

Index = QModelIndex | QPersistentModelIndex
_GEEN = QModelIndex()
R = Qt.ItemDataRole
RECHTS = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LINKS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

_STATUS_VAN_LABEL = {label: status for status, label in opmaak.STATUS_LABEL.items()}


def status_van(tekst: object) -> str | None:
    """'sluit aan' or '✓ sluit aan' → 'voldoet' (the key of the colours); None for anything else."""
    if not isinstance(tekst, str):
        return None
    t = tekst.strip()
    if t[:1] in opmaak.STATUS_SYMBOOL.values():
        t = t[1:].strip()
    return _STATUS_VAN_LABEL.get(t)


def status_tekst(status: str) -> str:
    """'✓ sluit aan'."""
    return f"{opmaak.STATUS_SYMBOOL.get(status, '')} {opmaak.STATUS_LABEL.get(status, status)}".strip()


def status_html(status: str | None) -> str:
    """A status as a coloured chip with symbol and word (never colour alone)."""
    if not status:
        return ""
    kleur = kleuren.ACHTERGROND.get(status)
    tekst = f"{opmaak.STATUS_SYMBOOL.get(status, '')} {opmaak.STATUS_LABEL.get(status, status)}"
    return (f"<span style='background:{kleur.name() if kleur else '#f4f4f4'}'>&nbsp;"
            f"{tekst.replace(' ', '&nbsp;')}&nbsp;</span>")


class RapportTabelModel(QAbstractTableModel):
    """One table of the report, read only: the printed text, numbers right-aligned, status cells coloured,
    total rows bold. `bronnen` per row go into the tooltip."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tabel: Tabel | None = None

    def zet(self, tabel: Tabel | None) -> None:
        self.beginResetModel()
        self.tabel = tabel
        self.endResetModel()

    def rowCount(self, parent: Index = _GEEN) -> int:
        return 0 if parent.isValid() or self.tabel is None else len(self.tabel.rijen)

    def columnCount(self, parent: Index = _GEEN) -> int:
        return 0 if parent.isValid() or self.tabel is None else len(self.tabel.kolommen)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = R.DisplayRole) -> Any:
        if self.tabel is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role == R.DisplayRole:
            return self.tabel.kolommen[section].kop
        if role == R.TextAlignmentRole:
            return RECHTS if self.tabel.kolommen[section].uitlijning == "rechts" else LINKS
        return None

    def tekst(self, rij: int, kolom: int) -> str:
        return self.tabel.rijen[rij][kolom].tekst if self.tabel is not None else ""

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        if not index.isValid() or self.tabel is None:
            return None
        rij, k = index.row(), index.column()
        cel = self.tabel.rijen[rij][k]
        kolom = self.tabel.kolommen[k]
        soort = cel.soort or kolom.soort
        if role == R.DisplayRole:
            return cel.tekst  # a line break (source and cell) stays: the view fits the row height
        if role == R.ToolTipRole:
            return cel.tekst if len(cel.tekst) > 40 else None
        if role == R.TextAlignmentRole:
            return RECHTS if kolom.uitlijning == "rechts" else LINKS
        if role == R.BackgroundRole and soort == "status":
            return kleuren.ACHTERGROND.get(status_van(cel.tekst) or "")
        if role == R.FontRole and (rij in self.tabel.vet or rij in self.tabel.groepsrijen):
            f = QFont()
            f.setBold(True)
            return f
        if role == R.ForegroundRole and cel.tekst in ("–", opmaak.ONBEKEND):
            return kleuren.GEDEMPT
        return None


@dataclass(frozen=True)
class DoelWeergave:
    """One target in the joint view: its name, the joint status and the report's tables for it."""

    naam: str
    status: str | None
    tabel: Tabel
    jaren: Tabel | None = None

    @property
    def keuze(self) -> str:
        s = self.status
        return f"{self.naam} — {opmaak.STATUS_SYMBOOL.get(s, '')} {opmaak.STATUS_LABEL.get(s, s)}" if s else self.naam


def _hoofdstuk(rapport: Rapport, sleutel: str):
    return next((h for h in rapport.hoofdstukken if h.sleutel == sleutel), None)


def _naam_en_status(kop: str) -> tuple[str, str | None]:
    """'Woningen verduurzaamd — ✓ sluit aan' → ('Woningen verduurzaamd', 'voldoet')."""
    naam, _, rest = kop.partition(" — ")
    return naam.strip(), status_van(rest) if rest else None


def doelen_uit(rapport: Rapport) -> tuple[list[DoelWeergave], tuple[str, ...]]:
    """The targets of the chapter 'samen' (per target its table, and per year when the report has one), and
    the lines under 'Niet opgeteld'."""
    h = _hoofdstuk(rapport, "samen")
    uit: list[DoelWeergave] = []
    niet: tuple[str, ...] = ()
    kop = ""
    for b in h.blokken if h is not None else ():
        if isinstance(b, Alinea) and b.soort == "kop":
            kop = b.tekst
        elif isinstance(b, Tabel) and b.sleutel.startswith("samen_"):
            naam, status = _naam_en_status(kop)
            uit.append(DoelWeergave(naam or b.titel, status, b))
        elif isinstance(b, Tabel) and b.sleutel.startswith("jaren_") and uit:
            d = uit[-1]
            uit[-1] = DoelWeergave(d.naam, d.status, d.tabel, b)
        elif isinstance(b, Opsomming) and kop == "Niet opgeteld":
            niet = b.items
    return uit, niet


def tabellen_uit(rapport: Rapport, hoofdstuk: str, begin: str) -> list[tuple[str, str | None, Tabel]]:
    """(heading, status, table) for every table of a chapter whose sleutel starts with `begin`."""
    h = _hoofdstuk(rapport, hoofdstuk)
    uit = []
    kop = ""
    for b in h.blokken if h is not None else ():
        if isinstance(b, Alinea) and b.soort == "kop":
            kop = b.tekst
        elif isinstance(b, Tabel) and b.sleutel.startswith(begin):
            naam, status = _naam_en_status(kop)
            uit.append((naam, status, b))
    return uit


def alinea_uit(rapport: Rapport, hoofdstuk: str, index: int = -1) -> str:
    """A plain paragraph of a chapter (the last one by default), e.g. 'Elk doel … komt in minstens één bod terug.'"""
    h = _hoofdstuk(rapport, hoofdstuk)
    teksten: Sequence[str] = [b.tekst for b in (h.blokken if h is not None else ())
                              if isinstance(b, Alinea) and b.soort == "tekst"]
    return teksten[index] if teksten else ""
