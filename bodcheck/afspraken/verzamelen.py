"""All afspraken of one assessment, in order, each with where it came from and its check.

    verzamel(notities, overgenomen, resultaat) -> Overzicht

Order: the afspraken noted at the vraagpunten, in the order of the vraagpunten (a note whose vraagpunt no
longer fires comes after them), then the afspraken taken over from the comparison and the gemeente's rows.
A note with an afspraak text but no structured afspraak (typed in the Vraagpunten view) counts as one
afspraak with only `wat`, exactly as the versie 1 migration reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bodcheck import codes
from bodcheck.afspraken import toets as toets_mod
from bodcheck.afspraken.model import Afspraak, van_tekst
from bodcheck.afspraken.tekst import jaar_of_periode, wie
from bodcheck.model import Notitie, notitie_sleutel


@dataclass(frozen=True)
class Regel:
    nummer: int  # 1, 2, … as printed
    afspraak: Afspraak
    bron: str  # JSON `bron`: "vraagpunt B01" (its label), "vergelijking nieuwbouw_sociaal", "gemeente Gemeente!B3"
    herkomst: str  # the same in Dutch words, for people
    thema: str  # the afspraak's thema, else its vraagpunt's, else ""
    toets: toets_mod.Toets
    notitie: str | None = None  # key of the note it belongs to (None: taken over from a row)
    index: int = 0  # position in that note's list, or in the assessment's own list


@dataclass
class Overzicht:
    regels: list[Regel] = field(default_factory=list)
    bevindingen: list[toets_mod.Bevinding] = field(default_factory=list)

    @property
    def jaren(self) -> list[int]:
        js: set[int] = set()
        for r in self.regels:
            a = r.afspraak
            js.update(a.jaren())
            if isinstance(a.wanneer, int):
                js.add(a.wanneer)
            elif a.wanneer is not None:
                js.add(a.wanneer.year)
        return sorted(js)


def als_regel(afspraken: list[Afspraak]) -> str:
    """The structured afspraken of a note as the report's one line per afspraak: wat · wie · wanneer."""
    return "\n".join(" · ".join(d for d in (a.wat or a.resultaat, wie(a), jaar_of_periode(a)) if d)
                     for a in afspraken)


def afspraken_van(n: Notitie) -> list[Afspraak]:
    if n.afspraken:
        return list(n.afspraken)
    return [van_tekst(n.afspraak)] if n.afspraak.strip() else []


def verzamel(notities: dict[str, Notitie], overgenomen: list[Afspraak], resultaat: Any) -> Overzicht:
    ctx = toets_mod.context_van(resultaat)
    vraagpunten = {notitie_sleutel(v): v for v in resultaat.vraagpunten}
    volgorde = [k for k in vraagpunten if k in notities] + sorted(k for k in notities if k not in vraagpunten)
    rijen: list[tuple[Afspraak, str, str, str, str | None, int]] = []
    sleutel: str | None
    for sleutel in volgorde:
        v = vraagpunten.get(sleutel)
        label = (v.label or v.id) if v is not None else sleutel.split("|", 1)[0]
        herkomst = f"vraagpunt {label}" + (f": {v.titel.lower()}" if v is not None and v.titel else "")
        for i, a in enumerate(afspraken_van(notities[sleutel])):
            thema = a.thema or codes.thema_van(a.indicator) or (v.thema if v is not None else "")
            rijen.append((a, f"vraagpunt {label}", herkomst, thema, sleutel, i))
    for i, a in enumerate(overgenomen):
        soort, _, waar = a.bron.partition(":")
        if soort == "vergelijking":
            herkomst = f"bod en woonvisie: {toets_mod.indicator_label(a.indicator).lower()}"
        elif soort == "gemeente":
            herkomst = "wat de gemeente levert" + (f" ({waar})" if waar else "")
        else:
            herkomst = "eigen afspraak"
        bron = f"{soort} {waar}".strip() if soort else "eigen"
        rijen.append((a, bron, herkomst, a.thema or codes.thema_van(a.indicator), None, i))
    uit = Overzicht()
    for nr, (a, bron, herkomst, thema, sleutel, i) in enumerate(rijen, start=1):
        uit.regels.append(Regel(nr, a, bron, herkomst, thema, toets_mod.toets(a, ctx), sleutel, i))
    uit.bevindingen = toets_mod.bevindingen([(r.nummer, r.afspraak, r.toets) for r in uit.regels])
    return uit
