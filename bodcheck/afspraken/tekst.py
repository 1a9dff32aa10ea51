"""An afspraak in words, shared by the concept document, the report's afspraak column and the app."""

from __future__ import annotations

import datetime as dt

from bodcheck import opmaak
from bodcheck.afspraken.model import WIE_LABEL, Afspraak


def jaar_of_periode(a: Afspraak) -> str:
    if a.is_indicator:
        jaren = a.jaren()
        if not jaren:
            return "nog in te vullen"
        if len(jaren) == 1:
            return str(jaren[0])
        return f"{jaren[0]}–{jaren[-1]}, " + ("per jaar" if a.per == "jaar" else "samen")
    if isinstance(a.wanneer, dt.date):
        return opmaak.datum(a.wanneer)
    return str(a.wanneer) if a.wanneer is not None else "nog in te vullen"


def wie(a: Afspraak) -> str:
    """The parties by the names the Partijen section gives them: gemeente, corporatie, huurdersorganisatie."""
    if not a.wie:
        return "nog in te vullen"
    if a.wie == "samen":
        return "samen, trekker: " + (WIE_LABEL.get(a.kartrekker, "") or "nog in te vullen")
    return WIE_LABEL[a.wie]
