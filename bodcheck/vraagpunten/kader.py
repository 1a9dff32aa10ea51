"""The frame every rule shares: metadata, the context a rule reads, what a rule returns, and helpers.

A rule is a small function `(ctx) -> Iterable[Bevinding | Ontbreekt]`, wrapped by `@regel(...)` into a
`Regel` that carries its metadata. The context is `Context` for the rules on one bod
(`register.REGISTER`), a `GemeenteResultaat` or `RegioResultaat` for the joint rules
(`bodcheck.samen.regels`). One runner (`uitvoering.voer_uit`) runs them all. A rule reports data it needed
but did not find by yielding `Ontbreekt`; it never writes into the context. A rule made with
`na_ontbrekend=True` (P16) runs after the others and reads what they found missing in `ctx.ontbrekend`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from bodcheck import codes, opmaak, parameters
from bodcheck.model import Afgeleid, Berekend, Bron, Doel, GenoemdeWaarde, Invoer, JaarBlad, Vergelijking
from bodcheck.vergelijking import (
    CONTEXT_DOELEN,
    NIET_BEOORDEELD,
    Som,
    bron_teksten,
    samenvattingen,
    som_jaren,
)

ERNSTEN = ("hoog", "midden", "laag", "info")
PARTIJEN = {"G": "gemeente", "H": "huurders", "B": "beide"}


@dataclass(frozen=True)
class Bevinding:
    """What a rule returns for one finding; the frame adds id, naam, thema, partij and basis."""

    vraag: str
    toelichting: str
    bronnen: tuple[str, ...] = ()
    sleutel: str = ""
    ernst: str | None = None  # None = the rule's default
    thema: str | None = None  # None = the rule's thema (a joint finding takes the thema of its target)
    adressaat: str | None = None  # None = the rule's default (titels.TITELS)
    waarden: tuple[GenoemdeWaarde, ...] = ()  # the numbers the vraag states


@dataclass(frozen=True)
class Ontbreekt:
    """Data a rule needed but did not find: `code` in sheet `blad` (P16 asks for it when its thema has a
    target). `thema` None = the code's own thema, else proces."""

    code: str
    thema: str | None = None
    blad: str = "Bod"

    @property
    def thema_of_proces(self) -> str:
        return self.thema or codes.thema_van(self.code) or "proces"


Uitkomst = Bevinding | Ontbreekt
C = TypeVar("C")


@dataclass(frozen=True)
class Regel(Generic[C]):
    id: str
    naam: str
    thema: str
    ernst: str
    partij: str  # gemeente | huurders | beide
    basis: str
    functie: Callable[[C], Iterable[Uitkomst]]
    na_ontbrekend: bool = False  # runs after the others and reads ctx.ontbrekend (P16)

    def __call__(self, ctx: C) -> list[Uitkomst]:
        return list(self.functie(ctx))


def regel(id: str, naam: str, thema: str, ernst: str, wie: str, basis: str, *,
          na_ontbrekend: bool = False) -> Callable[[Callable[[C], Iterable[Uitkomst]]], Regel[C]]:
    """Decorator: `@regel("B01", "NIEUWBOUW_ONDER_DOEL", "beschikbaarheid", "midden", "G", "[S19]")`."""
    assert ernst in ERNSTEN and thema in codes.THEMAS and wie in PARTIJEN, id

    def maak(f: Callable[[C], Iterable[Uitkomst]]) -> Regel[C]:
        return Regel(id, naam, thema, ernst, PARTIJEN[wie], basis, f, na_ontbrekend)

    return maak


# ---- parameters ----------------------------------------------------------------------------------------


def drempel(naam: str) -> Any:
    return parameters.waarde("drempels", naam)


def landelijk(naam: str) -> Any:
    return parameters.waarde("landelijk", naam)


def landelijk_per_jaar(naam: str, jaar: int) -> Any:
    return parameters.laad("landelijk")[naam].per_jaar(jaar)


def npa_2024() -> str:
    return f"NPA 2024 ({landelijk('npa_2024_partijen')})"


def wet_regie() -> str:
    return f"Wet versterking regie volkshuisvesting ({landelijk('wet_regie_status')})"


# ---- context -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Context:
    """What a rule on one bod reads. Frozen: rules return what they find, they do not write here."""

    invoer: Invoer
    berekend: Berekend | None
    vergelijking: list[Vergelijking]
    afgeleid: Afgeleid
    peildatum: dt.date
    # thema -> (blad, code) the other rules found missing; filled by the runner for na_ontbrekend rules (P16)
    ontbrekend: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    @property
    def bod(self) -> JaarBlad | None:
        return self.invoer.bod

    @property
    def bodjaar(self) -> int:
        return self.invoer.bodjaar or self.peildatum.year

    @property
    def gemeente(self) -> str:
        return self.invoer.gemeente or "de gemeente"

    def doelen(self, *codes_: str) -> list[Doel]:
        return [d for d in (self.invoer.woonvisie or []) if d.code in codes_]

    def doel_themas(self) -> list[str]:
        """Themes with a woonvisie target, in codes.THEMAS order."""
        gezien = {d.thema or codes.thema_van(d.code) for d in (self.invoer.woonvisie or [])
                  if d.code not in CONTEXT_DOELEN}
        return [t for t in codes.THEMAS if t in gezien]

    def vergelijkingen(self, code: str) -> list[Vergelijking]:
        """The judged per-year and periode entries of a code (no summary entries, no regional targets)."""
        return [v for v in self.vergelijking if v.code == code and not v.totaal
                and v.status not in ("geen_doel", *NIET_BEOORDEELD)]

    def samenvattingen(self, code: str) -> list[Vergelijking]:
        """One judged entry per target of a code: the summary of a per-jaar target, or its periode entry."""
        return [v for v in samenvattingen(self.vergelijking) if v.code == code and v.status not in NIET_BEOORDEELD]


# ---- helpers shared by the rules -----------------------------------------------------------------------


@dataclass(frozen=True)
class Punt:
    jaar: int
    getal: float
    bron: str


def reeks(blad: JaarBlad | None, code: str, jaren: Iterable[int] | None = None) -> list[Punt]:
    """The known values of a row, by year."""
    regel = blad.regel(code) if blad is not None else None
    if regel is None:
        return []
    keuze = set(jaren) if jaren is not None else None
    return [Punt(j, w.getal, str(w.bron)) for j, w in sorted(regel.waarden.items())
            if w.getal is not None and (keuze is None or j in keuze)]


def positief(blad: JaarBlad | None, code: str) -> list[Punt]:
    return [p for p in reeks(blad, code) if p.getal > 0]


def som(blad: JaarBlad | None, code: str, jaren: Iterable[int] | None = None) -> Som:
    if jaren is None:
        jaren = blad.jaren if blad is not None else []
    return som_jaren(blad, code, jaren)


def cel_van(bron: Any) -> str | None:
    """The cell a stated number comes from, as `waarden` names it: a Bron, a cell string or a Punt; None when
    there is none or the value was changed by hand (the cell no longer holds it)."""
    if isinstance(bron, Punt):
        bron = bron.bron
    if isinstance(bron, Bron):
        return None if bron.handmatig or not bron.cel else bron.cel_tekst
    if isinstance(bron, str) and "!" in bron and not bron.startswith("handmatig"):
        return bron
    return None


def genoemd(x: float | None, eenheid: str = "aantal", bron: Any = None, jaar: int | None = None
            ) -> tuple[GenoemdeWaarde, ...]:
    """One stated number for `waarden` (vraagpunten.md Revisions 2): (), when it is unknown; the cell only when
    the value is that cell's, else the number is derived (sum, difference, share, parameter)."""
    return () if x is None else (GenoemdeWaarde(float(x), eenheid, cel_van(bron), jaar),)


def uit_punten(punten: Iterable[Punt], eenheid: str = "aantal") -> tuple[GenoemdeWaarde, ...]:
    """The values of a row as stated numbers, each with its cell and year."""
    return tuple(w for p in punten for w in genoemd(p.getal, eenheid, p, p.jaar))


def genoemd_totaal(punten: list[Punt], eenheid: str = "aantal") -> tuple[GenoemdeWaarde, ...]:
    """The sum of a row's values as a stated number: its cell when it is one value, else derived (no cell)."""
    if not punten:
        return ()
    een = len(punten) == 1
    return genoemd(totaal(punten), eenheid, punten[0] if een else None, punten[0].jaar if een else None)


def totaal(punten: list[Punt]) -> float:
    return sum(p.getal for p in punten)


def jaren_van(punten: Iterable[Punt]) -> list[int]:
    return [p.jaar for p in punten]


def bronnen_van(*delen: Any) -> tuple[str, ...]:
    """Cell strings from Punt lists, Bron objects, strings and iterables of those."""
    def plat(x: Any) -> Iterator[Any]:
        if isinstance(x, Punt):
            yield x.bron
        elif isinstance(x, list | tuple):
            for y in x:
                yield from plat(y)
        else:
            yield x
    return bron_teksten([b for d in delen for b in plat(d)])


def jaren(js: Iterable[int]) -> str:
    return opmaak.jaren(list(js))


def periode(van: int, tot: int) -> str:
    """2027–2031, or 2027 for a single year."""
    return str(van) if van == tot else f"{van}–{tot}"


def opsomming(delen: Iterable[str]) -> str:
    """['a', 'b', 'c'] → 'a, b en c'."""
    d = list(delen)
    return d[0] if len(d) == 1 else ", ".join(d[:-1]) + " en " + d[-1] if d else ""


def aantal(x: float | None) -> str:
    """A count of homes, households or persons, as said at the table: a whole number (half-up). A target
    times an aandeel (40 × 87,5% = 35,01) is still "35" woningen."""
    return opmaak.getal(x, 0)


def waarde(x: float | None, eenheid: str) -> str:
    return opmaak.waarde_in_eenheid(x, eenheid)


def per_jaar_tekst(punten: list[Punt], eenheid: str = "aantal") -> str:
    """'2027: 30, 2028: 25' — a value list with its years."""
    return ", ".join(f"{p.jaar}: {waarde(p.getal, eenheid)}" for p in punten)


def omschrijving(code: str, blad: JaarBlad | None = None) -> str:
    """The row's description inside a sentence; an own code without one is said in words ("leegstand_woningen"
    → "leegstand woningen"): a question never shows a code name."""
    regel = blad.regel(code) if blad is not None else None
    if regel is not None and regel.omschrijving and regel.omschrijving != code:  # the reader's fallback is the code
        return opmaak.in_zin(regel.omschrijving)
    c = codes.ALLE_CODES.get(code)
    return opmaak.in_zin(c.omschrijving) if c else code.replace("_", " ")


def thema_label(thema: str) -> str:
    return codes.THEMA_LABEL.get(thema, thema).lower()


def eenheid(code: str, blad: JaarBlad | None = None) -> str:
    regel = blad.regel(code) if blad is not None else None
    if regel is not None and regel.eenheid:
        return regel.eenheid
    c = codes.ALLE_CODES.get(code)
    return c.eenheid if c else "aantal"


def toelichting_van(blad: JaarBlad | None, code: str) -> str:
    regel = blad.regel(code) if blad is not None else None
    return (regel.toelichting or "").strip() if regel is not None else ""


def uitleg(blad: JaarBlad | None, code: str) -> tuple[str, Bron | None]:
    """(" U licht toe: ‘…’", its cell) when the row has a toelichting, else ("", None): a question whose point
    the toelichting addresses quotes it and asks the follow-up (vraagpunten.md Revisions 2, review finding 5)."""
    tekst = toelichting_van(blad, code)
    if not tekst:
        return "", None
    regel_ = blad.regel(code) if blad is not None else None
    return f" U licht toe: ‘{tekst}’", (regel_.toelichting_bron if regel_ is not None else None)


def ja(x: Any) -> bool:
    return x is True or (isinstance(x, str) and x.strip().lower() in ("ja", "j", "yes"))


def nee(x: Any) -> bool:
    return x is False or (isinstance(x, str) and x.strip().lower() in ("nee", "n", "no"))
