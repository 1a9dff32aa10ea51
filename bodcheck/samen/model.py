"""Plain data of the joint view: several corporaties in one gemeente, several gemeenten in one regio.

No I/O here. Everything is turned into JSON by `bodcheck.samen.uitvoer.als_dict`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from bodcheck.model import Doel, Instellingen, Invoer, Melding, Resultaat, Vergelijking, Vraagpunt


@dataclass(frozen=True)
class BodBestand:
    """One corporatie's workbook in a gemeente folder, read (with the woonvisie's targets attached)."""

    pad: Path
    invoer: Invoer
    meldingen: tuple[Melding, ...] = ()

    @property
    def naam(self) -> str:
        return self.pad.name


@dataclass(frozen=True)
class Bijdrage:
    """What one corporatie contributes to one joint comparison entry."""

    corporatie: str
    bestand: str
    bod: float | None  # this corporatie's value over the entry's years (None: not in its bod)
    aandeel_bod: float | None  # bod / the corporaties' joint bod
    aandeel_doel: float | None  # bod / the whole target
    eigen_doel: float | None  # the target as assessed for this corporatie alone (doel × aandeel)
    eigen_status: str | None  # its own status for this entry (None: its own assessment has no such entry)
    onvolledig: bool
    bronnen: tuple[str, ...] = ()


@dataclass(frozen=True)
class SamenDoel:
    """One gemeente-wide target entry (a year, or the period) against the sum of all bods.

    `vergelijking` is computed by bodcheck.vergelijking.vergelijk_doel on the summed bods with the whole
    target (doel = waarde, no aandeel); its `aandeel` is None."""

    doel: Doel
    vergelijking: Vergelijking
    bijdragen: tuple[Bijdrage, ...]


@dataclass(frozen=True)
class CorporatieDeel:
    """One corporatie in a gemeente: its own assessment and its share of the sociale voorraad."""

    corporatie: str
    bestand: str
    resultaat: Resultaat
    voorraad: float | None  # voorraad_sociaal (first bod year) or vhe_gemeente, per `aandeel_basis`
    aandeel_voorraad: float | None  # of the whole gemeente (voorraad / sociale_voorraad_gemeente)
    aandeel_aan_tafel: float | None  # among the corporaties in the folder (voorraad / their sum)
    bronnen: tuple[str, ...] = ()


@dataclass
class GemeenteResultaat:
    """All corporaties' bods in one gemeente, each assessed on its own and together."""

    gemeente: str
    map: str
    peildatum: dt.date
    instellingen: Instellingen
    woonvisie_bestand: str | None = None
    corporaties: list[CorporatieDeel] = field(default_factory=list)
    aandeel_basis: str | None = None  # sociale_voorraad | vhe_gemeente | None (unknown)
    sociale_voorraad_gemeente: float | None = None
    doelen: list[Doel] = field(default_factory=list)  # the woonvisie's targets (all rows, in row order)
    samen: list[SamenDoel] = field(default_factory=list)
    niet_opgeteld: list[Doel] = field(default_factory=list)  # targets in %, score or € per woning
    hiaten: list[Doel] = field(default_factory=list)  # targets no corporatie addresses
    vraagpunten: list[Vraagpunt] = field(default_factory=list)
    meldingen: list[Melding] = field(default_factory=list)

    @property
    def fouten(self) -> list[Melding]:
        return [m for m in self.meldingen if m.soort == "fout"]

    @property
    def perspectief(self) -> str:
        return self.instellingen.perspectief


@dataclass(frozen=True)
class GemeenteDeel:
    """One gemeente's part in one regional target."""

    gemeente: str
    aandeel: float | None  # the gemeente's share, in the regional target's terms (None: not set)
    aandeel_bronnen: tuple[str, ...]  # the cell of the gemeente's woonvisie row
    bod: float | None  # the gemeente's corporaties together, over the regional target's years
    vergelijking: tuple[Vergelijking, ...] = ()  # against the share; empty when there is no share
    bronnen: tuple[str, ...] = ()
    aandeel_bron_woonvisie: str | None = None  # the `bron` text of the gemeente's row ("woondeal …: aandeel X")
    voornemen: bool = False  # a corporatie here says it in words ("inzet op"): the sum `bod` is incomplete


@dataclass(frozen=True)
class RegioDoel:
    """One regional target (niveau regio): the region as a whole and per gemeente."""

    doel: Doel
    vergelijking: tuple[Vergelijking, ...]  # all corporaties in all gemeenten against the whole target
    gemeenten: tuple[GemeenteDeel, ...]
    verdeeld: float | None  # sum of the gemeente shares that are set


@dataclass
class RegioResultaat:
    regio: str
    map: str
    peildatum: dt.date
    instellingen: Instellingen
    woonvisie_bestand: str | None = None
    gemeenten: list[GemeenteResultaat] = field(default_factory=list)
    doelen: list[RegioDoel] = field(default_factory=list)
    niet_opgeteld: list[Doel] = field(default_factory=list)
    vraagpunten: list[Vraagpunt] = field(default_factory=list)
    meldingen: list[Melding] = field(default_factory=list)

    @property
    def fouten(self) -> list[Melding]:
        return [m for m in self.meldingen if m.soort == "fout"]

    @property
    def perspectief(self) -> str:
        return self.instellingen.perspectief
