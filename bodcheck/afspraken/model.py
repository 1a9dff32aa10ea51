"""The structured afspraak (afspraken.md § The afspraak). Pure data; no imports from the rest of bodcheck,
because bodcheck.model imports this module for `Notitie.afspraken`.

An afspraak is either an **indicator afspraak** (`indicator` with `waarde`, `per`, `van_jaar`–`tot_jaar`)
or a **process afspraak** (`resultaat`, `wanneer`). A migrated versie 1 text has only `wat`.
Values are in the model's units: euros for amounts, fractions for percentages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

WIE = ("corporatie", "gemeente", "huurdersorganisatie", "samen")
PARTIJEN = ("corporatie", "gemeente", "huurdersorganisatie")  # who can be kartrekker
WIE_LABEL = {"corporatie": "corporatie", "gemeente": "gemeente", "huurdersorganisatie": "huurdersorganisatie",
             "samen": "samen"}
PER = ("jaar", "periode")
RICHTINGEN = ("hoger", "lager")
VOORBEHOUDEN = ("rvc", "financier")
VOORBEHOUD_LABEL = {"rvc": "goedkeuring door de raad van commissarissen van de corporatie",
                    "financier": "goedkeuring door de financier (borging door het WSW)"}


@dataclass
class Afspraak:
    wat: str = ""
    thema: str = ""  # from the indicator, else chosen
    wie: str = ""  # one of WIE; "" = not yet said
    kartrekker: str = ""  # one of PARTIJEN; required when wie = samen
    indicator: str = ""  # a listed code, or an own code with `richting`
    richting: str = ""  # hoger | lager, for an own code
    eenheid: str = ""  # for an own code; a listed code has its own
    waarde: float | None = None
    per: str = "jaar"  # jaar: the value holds for each year; periode: one value for the whole span
    van_jaar: int | None = None
    tot_jaar: int | None = None
    resultaat: str = ""  # process afspraak: the concrete deliverable
    wanneer: int | dt.date | None = None  # process afspraak: a year or a date
    onder_voorbehoud: str = ""  # "" or one of VOORBEHOUDEN
    bron: str = ""  # where it was taken over from: "vergelijking:<code>" or "gemeente:<Blad!Cel>"; "" = typed

    @property
    def is_indicator(self) -> bool:
        return bool(self.indicator)

    @property
    def is_proces(self) -> bool:
        return not self.indicator and bool(self.resultaat or self.wanneer)

    def jaren(self) -> list[int]:
        """The years an indicator afspraak covers (empty without years)."""
        if self.van_jaar is None and self.tot_jaar is None:
            return []
        van = self.van_jaar if self.van_jaar is not None else self.tot_jaar
        tot = self.tot_jaar if self.tot_jaar is not None else self.van_jaar
        assert van is not None and tot is not None
        return list(range(min(van, tot), max(van, tot) + 1))


def van_tekst(tekst: str) -> Afspraak:
    """A versie 1 afspraak text: one afspraak with only `wat` (the check says what to complete)."""
    return Afspraak(wat=tekst.strip())
