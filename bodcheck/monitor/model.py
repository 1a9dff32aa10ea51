"""The monitor's data (monitor.md): one assessment per bodjaar in, the views over the years out.

Pure data: no pandas here, so the report and the app can read a Monitor without loading it. The status
words are defined once, here; JSON, report and Excel print them from these tables.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bodcheck.afspraken.model import Afspraak
from bodcheck.model import Melding, Notitie, Resultaat, Vraagpunt

# belofte en realisatie: status -> word (monitor.md § What it computes)
STATUS_LABEL = {
    "gerealiseerd": "gehaald", "achter": "achter", "niet_gerapporteerd": "geen realisatie bekend",
    "nog_niet": "nog niet aan de orde", "geen_afspraak": "geen afspraak",
}
STATUS_SYMBOOL = {"gerealiseerd": "✓", "achter": "✗", "niet_gerapporteerd": "?", "nog_niet": "·",
                  "geen_afspraak": "–"}
STATUS_VOLGORDE = ("achter", "niet_gerapporteerd", "gerealiseerd", "nog_niet", "geen_afspraak")

# verschuiving: richting -> word. `schuift_op`: the promise became worse in the code's direction.
RICHTING_LABEL = {"schuift_op": "verslechtert", "verbetert": "verbetert", "wisselt": "wisselt"}


_WERKBOEK = re.compile(r"^\[[^\]]*\]")


def cel_in(bodjaar: int, cel: str) -> str:
    """A cell of one year's file, as every monitor finding names it: 'bod 2025: Afspraken!C2'. The workbook's
    own name ("[bod-2025.xlsx]") is left out: the series folder holds the .bodcheck files, listed on the voorblad
    by bodjaar, not that workbook (finding 22)."""
    return f"bod {bodjaar}: {_WERKBOEK.sub('', cel)}"


@dataclass(frozen=True)
class Jaargang:
    """One assessment in the series: the bodjaar's Resultaat, the user's notes and the afspraken taken over from a
    row (both empty for a workbook)."""

    naam: str  # the file name, for messages
    resultaat: Resultaat
    notities: dict[str, Notitie] = field(default_factory=dict)
    afspraken: tuple[Afspraak, ...] = ()  # Beoordeling.afspraken: taken over from a vergelijking or gemeente row

    @property
    def bodjaar(self) -> int:
        assert self.resultaat.invoer.bodjaar is not None
        return self.resultaat.invoer.bodjaar


@dataclass(frozen=True)
class Aanbod:
    """One value of a promise: what the bod of `bodjaar` offered, with its cell."""

    bodjaar: int
    waarde: float
    cel: str


@dataclass(frozen=True)
class Belofte:
    """Belofte en realisatie of one code and year."""

    code: str
    jaar: int
    eenheid: str
    beloftes: tuple[Aanbod, ...]  # one per bod that covered the year, oldest first
    afspraak: float | None  # the latest
    afspraak_cel: str | None  # with the bodjaar of its file: 'bod 2025: Afspraken!C2'
    realisatie: float | None  # the latest
    realisatie_cel: str | None
    status: str  # a key of STATUS_LABEL

    @property
    def bronnen(self) -> tuple[str, ...]:
        cellen = [cel_in(t.bodjaar, t.cel) for t in self.beloftes if t.cel]
        cellen += [c for c in (self.afspraak_cel, self.realisatie_cel) if c]
        return tuple(cellen)


@dataclass(frozen=True)
class Verschuiving:
    """A promise for one year that changed between consecutive bods by at least the noise floor."""

    code: str
    jaar: int
    eenheid: str
    beloftes: tuple[Aanbod, ...]
    richting: str  # a key of RICHTING_LABEL
    slechter_op_rij: int  # the longest run of consecutive worse steps (M02 from 2)


@dataclass(frozen=True)
class Raming:
    """One prognosis of a ratio for one year: the value in the prognosis of `bodjaar`."""

    bodjaar: int
    prognose_editie: int | None
    waarde: float
    bw_versie: str
    kader: str  # the normenkader's naam
    cel: str = ""


@dataclass(frozen=True)
class Drift:
    """Prognose-drift of one ratio, tak and year over the bodjaren."""

    ratio: str
    tak: str
    jaar: int
    ramingen: tuple[Raming, ...]
    breuk: bool  # the definition changed (bw-versie or kader) somewhere in the line
    breuk_vanaf: int | None  # the prognose_editie (else bodjaar) from which the newer definition holds
    drift: bool  # moved towards the norm in every comparable step, by at least the minimum in total
    norm: float | None
    richting: str | None  # minimaal | maximaal


@dataclass(frozen=True)
class Terugkerend:
    """A question of the latest assessment that also came up in earlier bodjaren."""

    sleutel: str  # notitie_sleutel
    id: str
    vraag: str  # the latest question
    bodjaren: tuple[int, ...]  # the earlier bodjaren in which it fired, oldest first
    vorig_bodjaar: int | None  # the latest earlier bodjaar with an answer or an afspraak noted
    antwoord: str  # the latest answer noted in an earlier year
    afspraak: str  # the latest afspraak noted in an earlier year
    antwoord_bodjaar: int | None = None
    afspraak_bodjaar: int | None = None
    label: str = ""  # the rule id with its scope, as the assessment shows it ("F06 · DAEB")


@dataclass
class Monitor:
    corporatie: str
    gemeente: str
    peildatum: dt.date
    perspectief: str
    jaargangen: list[Jaargang]
    belofte: list[Belofte] = field(default_factory=list)
    verschuivingen: list[Verschuiving] = field(default_factory=list)
    drift: list[Drift] = field(default_factory=list)
    terugkerend: list[Terugkerend] = field(default_factory=list)
    vraagpunten: list[Vraagpunt] = field(default_factory=list)
    meldingen: list[Melding] = field(default_factory=list)

    @property
    def bodjaren(self) -> list[int]:
        return [j.bodjaar for j in self.jaargangen]

    @property
    def laatste(self) -> Jaargang:
        return self.jaargangen[-1]
