"""The report as plain data: chapters of blocks (text, lists, tables, charts, vraagpunten).

No reportlab, no openpyxl, no Qt. Every figure a reader sees is already a Dutch string here (formatted by
`bodcheck.opmaak`); table cells keep the underlying number too, so the Excel export writes real numbers
and the screens can sort. The PDF, the Excel export and the app's screens all read this one model.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# Column and cell kinds: how a value is aligned and which Excel number format it gets.
SOORTEN = ("tekst", "getal", "getal1", "euro", "ratio", "procent", "jaar", "status", "datum")
RECHTS = frozenset({"getal", "getal1", "euro", "ratio", "procent", "jaar"})


@dataclass(frozen=True)
class Cel:
    """One table cell: the Dutch text as printed, and the number behind it (None for text)."""

    tekst: str
    waarde: float | int | str | dt.date | None = None
    soort: str | None = None  # overrides the column's soort (a row in another unit)


@dataclass(frozen=True)
class Kolom:
    kop: str
    soort: str = "tekst"
    breedte: float = 1.0  # relative width

    @property
    def uitlijning(self) -> str:
        """'rechts' for numbers, 'links' otherwise."""
        return "rechts" if self.soort in RECHTS else "links"


@dataclass(frozen=True)
class Tabel:
    kolommen: tuple[Kolom, ...]
    rijen: tuple[tuple[Cel, ...], ...]
    titel: str = ""
    voetnoot: str = ""
    sleutel: str = ""  # stable name (Excel sheet, tests)
    groepsrijen: tuple[int, ...] = ()  # row indices printed as a sub-heading (first cell spans the row)
    vet: tuple[int, ...] = ()  # row indices printed bold (totals)
    notitierijen: tuple[int, ...] = ()  # row indices whose first cell is a note under the row above (spans)
    kleuren: tuple[tuple[int, int, str], ...] = ()  # (row, column, "#RRGGBB"): a cell's background, never alone

    @property
    def koppen(self) -> tuple[str, ...]:
        return tuple(k.kop for k in self.kolommen)

    @property
    def teksten(self) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(c.tekst for c in rij) for rij in self.rijen)

    @property
    def uitlijning(self) -> tuple[str, ...]:
        return tuple(k.uitlijning for k in self.kolommen)


@dataclass(frozen=True)
class Alinea:
    """A paragraph. soort: tekst | kop (a sub-heading) | let_op (a framed remark) | klein | status."""

    tekst: str
    soort: str = "tekst"


@dataclass(frozen=True)
class Opsomming:
    items: tuple[str, ...]
    titel: str = ""


@dataclass(frozen=True)
class Reeks:
    """A series of a chart: (year, value) points; value None = unknown (a gap)."""

    naam: str
    punten: tuple[tuple[int, float | None], ...]
    soort: str = "lijn"  # lijn | staaf


@dataclass(frozen=True)
class Grafiek:
    """A chart over years. `norm` draws the norm line; the krap band lies between `norm` and `krap`."""

    titel: str
    reeksen: tuple[Reeks, ...]
    notatie: str = "getal"  # getal | ratio | procent (axis labels)
    norm: float | None = None
    krap: float | None = None
    richting: str | None = None  # minimaal | maximaal: on which side of the norm is outside
    norm_label: str = ""
    y_titel: str = ""
    onderschrift: str = ""
    half: bool = False  # half the text width: two charts side by side
    # takken in the chart whose norm differs from `norm`: (label said at the line, e.g. "niet-DAEB ≥ 1,80", value);
    # a chart with several takken never suggests one norm for all
    andere_normen: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class VraagpuntBlok:
    """One vraagpunt as printed in chapter 9 (or the appendix), with the user's own additions."""

    nummer: int
    id: str
    ernst: str
    thema: str  # label
    partij: str
    groep: str  # the addressee heading it is printed under
    vraag: str
    waarom: str
    bronnen: tuple[str, ...]
    basis: str
    sleutel: str  # notitie_sleutel
    meenemen: bool = True
    notitie: str = ""
    antwoord: str = ""
    afspraak: str = ""
    titel: str = ""
    adressaat: str = ""


@dataclass(frozen=True)
class Vraagpunten:
    """A run of vraagpunten with their group headings (chapter 9 or the appendix)."""

    blokken: tuple[VraagpuntBlok, ...]
    met_invulvakken: bool = True


@dataclass(frozen=True)
class Paginawissel:
    pass


Blok = Alinea | Opsomming | Tabel | Grafiek | Vraagpunten | Paginawissel


@dataclass(frozen=True)
class Hoofdstuk:
    sleutel: str  # voorblad, kern, realisatie, proces, themas, voorraad, normen, financien, vraagpunten,
    #                gemeente, bijlagen
    titel: str
    blokken: tuple[Blok, ...]
    nummer: int | None = None
    nieuwe_pagina: bool = True

    @property
    def kop(self) -> str:
        return f"{self.nummer}. {self.titel}" if self.nummer is not None else self.titel


@dataclass(frozen=True)
class Rapport:
    titel: str
    corporatie: str
    gemeente: str
    bodjaar: int | None
    peildatum: dt.date
    versie: str  # bodcheck version
    definitief: bool
    wederhoor: bool
    perspectief: str
    voorblad: tuple[tuple[str, str], ...]  # (label, value) lines of the cover
    hoofdstukken: tuple[Hoofdstuk, ...]
    disclaimer: str
    kopregel: str  # corporatie · gemeente · bodjaar
    onderwerp: str  # PDF metadata subject
    auteur: str
    export: dict[str, Tabel] = field(default_factory=dict)  # flat tables for the Excel export
    vraagpunten: tuple[VraagpuntBlok, ...] = ()  # all, numbered, in report order

    def hoofdstuk(self, sleutel: str) -> Hoofdstuk:
        return next(h for h in self.hoofdstukken if h.sleutel == sleutel)

    @property
    def status_tekst(self) -> str:
        """What the footer says about the version."""
        if self.wederhoor:
            return "versie voor wederhoor" + ("" if self.definitief else " · concept")
        return "definitief" if self.definitief else "concept"
