"""Taking over a row as an afspraak, and the one-afspraak-per-indicator-and-year rule (afspraken.md).

    uit_vergelijking(v) -> Afspraak       "overnemen als afspraak": the bod's value for that year; a row
                                          without a year (a periode target or a totaal row) becomes one
                                          `periode` afspraak with the period sum; the totaal row of a rate,
                                          share or stock (a bound for every year) one `jaar` afspraak over
                                          its span with the value of its worst year
    uit_gemeente(t) -> Afspraak           a row of the Gemeente sheet: a process afspraak of the gemeente
    conflicten(afspraken) -> [Conflict]   one indicator with two afspraken for one year
    samenvoegen(afspraken, i, j) -> [Afspraak]   merge j into i (i wins where both hold a value)
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from bodcheck import codes, opmaak
from bodcheck.afspraken.model import Afspraak
from bodcheck.model import Tegenprestatie, Vergelijking

# a woonvisie target code compared with another bod code (vergelijking.BOD_CODE_VOOR_DOEL)
from bodcheck.vergelijking import BOD_CODE_VOOR_DOEL


def uit_vergelijking(v: Vergelijking) -> Afspraak:
    code = BOD_CODE_VOOR_DOEL.get(v.code, v.code)
    label = codes.ALLE_CODES[code].omschrijving if code in codes.ALLE_CODES else (v.omschrijving or code)
    van: int | None
    tot: int | None
    if v.jaar is not None:
        van = tot = v.jaar
        per = "jaar"
    elif v.totaal and codes.aggregatie(code, v.eenheid or None) != "som":
        van, tot, per = v.van_jaar, v.tot_jaar, "jaar"  # a bound that holds every year: the worst year's value
    else:
        van, tot, per = v.van_jaar, v.tot_jaar, "periode"
    return Afspraak(wat=label, thema=v.thema or codes.thema_van(code), wie="corporatie", indicator=code,
                    eenheid=v.eenheid if code not in codes.ALLE_CODES else "", waarde=v.bod, per=per,
                    van_jaar=van, tot_jaar=tot, bron=f"vergelijking:{v.code}")


def uit_gemeente(t: Tegenprestatie) -> Afspraak:
    return Afspraak(wat=t.tegenprestatie, thema=t.thema, wie="gemeente", resultaat=t.tegenprestatie,
                    wanneer=t.jaar, bron=f"gemeente:{t.bron.cel_tekst}")


@dataclass(frozen=True)
class Conflict:
    """Afspraken `i` and `j` (indexes) agree on `indicator` for the same `jaren`."""

    i: int
    j: int
    indicator: str
    jaren: tuple[int, ...]

    def tekst(self) -> str:
        label = codes.ALLE_CODES[self.indicator].omschrijving if self.indicator in codes.ALLE_CODES else self.indicator
        return (f"Afspraak {self.i + 1} en afspraak {self.j + 1} gaan allebei over {label.lower()} in "
                f"{opmaak.jaren(list(self.jaren))}; per indicator en jaar kan er één afspraak zijn. Voeg ze samen.")


def conflicten(afspraken: list[Afspraak]) -> list[Conflict]:
    uit = []
    for i, a in enumerate(afspraken):
        for j in range(i + 1, len(afspraken)):
            b = afspraken[j]
            if a.indicator and a.indicator == b.indicator:
                samen = sorted(set(a.jaren()) & set(b.jaren()))
                if samen:
                    uit.append(Conflict(i, j, a.indicator, tuple(samen)))
    return uit


def samenvoegen(afspraken: list[Afspraak], i: int, j: int) -> list[Afspraak]:
    """One afspraak from i and j: i's fields win, j fills what i leaves empty; the span covers both."""
    a, b = afspraken[i], afspraken[j]
    velden = {}
    for f in dataclasses.fields(Afspraak):
        x, y = getattr(a, f.name), getattr(b, f.name)
        velden[f.name] = x if x not in ("", None) else y
    jaren = a.jaren() + b.jaren()
    if jaren:
        velden["van_jaar"], velden["tot_jaar"] = min(jaren), max(jaren)
    if a.wat and b.wat and b.wat not in a.wat:
        velden["wat"] = f"{a.wat}; {b.wat}"
    nieuw = Afspraak(**velden)
    return [nieuw if k == i else x for k, x in enumerate(afspraken) if k != j]
