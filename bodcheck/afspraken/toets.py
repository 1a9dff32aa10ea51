"""The check per afspraak (afspraken.md § The check): S, M, T (toegewezen), R and Tijd, each `ja`, `nee` or
`nvt` (shown as ✓, ✗, –), with a one-line fix per letter that is `nee`; and the findings A01, one per
afspraak with a ✗. A01 lives only in the afspraken outputs, never among the vraagpunten of the assessment.

    toets(afspraak, context) -> Toets
    bevindingen(genummerde toetsen) -> [Bevinding]     A01, numbered on their own
    context_van(resultaat) -> Context                  what R needs from the assessment

R is never ✗: it asks for onderbouwing (a remark in `uitleg`) when an indicator value is above what B02
treats as realistic (1,5 × the highest realisatie of the last five years, unless half of it is harde
plannen), or when agreed nieuwbouw above the bod costs more than this gemeente's indicative share of the
investeringsruimte (only when the prognosis holds the bod, as F03 reads it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bodcheck import codes, opmaak, parameters
from bodcheck.afspraken.model import PARTIJEN, Afspraak
from bodcheck.model import JaarBlad, Resultaat

JA, NEE, NVT = "ja", "nee", "nvt"
SYMBOOL = {JA: "✓", NEE: "✗", NVT: "–"}
LETTERS = ("s", "m", "t", "r", "tijd")
LETTER_KOP = {"s": "S", "m": "M", "t": "T", "r": "R", "tijd": "T"}
LETTER_NAAM = {"s": "Specifiek", "m": "Meetbaar", "t": "Toegewezen (kartrekker)", "r": "Realistisch",
               "tijd": "Tijdgebonden"}
LEGENDA = ("Specifiek, Meetbaar, Toegewezen (kartrekker), Realistisch, Tijdgebonden. De A van SMART wordt in de "
           "praktijk op veel manieren gelezen; hier staat de T van toegewezen voor: wie voert uit, en bij samen: "
           "wie trekt. ✓ in orde, ✗ aanvullen, – niet van toepassing.")
NIEUWBOUW_CODES = ("nieuwbouw_sociaal", "nieuwbouw_midden")

A01 = "A01"
A01_NAAM = "AFSPRAAK_NIET_CONCREET"


@dataclass(frozen=True)
class Context:
    """What the check reads from the assessment; all optional (without it R stays –)."""

    bodjaar: int | None = None
    bod: JaarBlad | None = None
    realisatie: JaarBlad | None = None
    ruimte_gemeente: float | None = None  # indicative share of the nieuwbouw headroom, euros
    stichtingskosten: float | None = None  # euros per woning
    prognose_bevat_bod: bool = True


@dataclass(frozen=True)
class Toets:
    s: str
    m: str
    t: str
    r: str
    tijd: str
    uitleg: tuple[str, ...] = ()

    def als_dict(self) -> dict[str, str]:
        return {k: getattr(self, k) for k in LETTERS}

    @property
    def niet_concreet(self) -> bool:
        return NEE in self.als_dict().values()


@dataclass(frozen=True)
class Bevinding:
    """A01: one per afspraak with a ✗; `nummer` counts the findings, `afspraak` is the afspraak's number."""

    id: str
    naam: str
    nummer: int
    afspraak: int
    tekst: str
    uitleg: tuple[str, ...] = field(default_factory=tuple)


def context_van(resultaat: Resultaat) -> Context:
    ir = resultaat.afgeleid.investeringsruimte_gemeente
    return Context(
        bodjaar=resultaat.invoer.bodjaar, bod=resultaat.invoer.bod, realisatie=resultaat.invoer.realisatie,
        ruimte_gemeente=ir.ruimte_gemeente if ir else None,
        stichtingskosten=ir.stichtingskosten_per_woning if ir else None,
        prognose_bevat_bod=resultaat.invoer.prognose_bevat_bod,
    )


def inspanningswoorden() -> list[str]:
    return [w.lower() for w in parameters.waarde("drempels", "inspanningswoorden")]


def _inspanningswoord(tekst: str) -> str | None:
    laag = tekst.lower()
    return next((w for w in inspanningswoorden() if w in laag), None)


def eenheid_van(a: Afspraak) -> str:
    c = codes.ALLE_CODES.get(a.indicator)
    return c.eenheid if c else (a.eenheid or "aantal")


def indicator_label(code: str) -> str:
    """The Dutch label of an indicator; an own code reads as words."""
    c = codes.ALLE_CODES.get(code)
    return c.omschrijving if c else code.replace("_", " ")


def waarde_tekst(x: float | None, eenheid: str) -> str:
    return opmaak.waarde_in_eenheid(x, eenheid)


def toets(a: Afspraak, ctx: Context | None = None) -> Toets:
    ctx = ctx or Context()
    uitleg: list[str] = []
    concreet = a.is_indicator or bool(a.resultaat.strip())

    woord = _inspanningswoord(a.wat)
    if concreet:
        s = JA
    elif woord:
        s = NEE
        uitleg.append(f"Specifiek: ‘{woord}’ is een inspanning, geen afspraak; noem een indicator met een "
                      "waarde of het concrete resultaat.")
    else:
        s = NVT

    if (a.is_indicator and a.waarde is not None) or a.resultaat.strip():
        m = JA
    else:
        m = NEE
        uitleg.append("Meetbaar: vul de afgesproken waarde in (per jaar of voor de hele periode)." if a.is_indicator
                      else "Meetbaar: kies een indicator met een waarde, of beschrijf het resultaat dat er dan ligt.")

    if (a.wie and a.wie != "samen") or (a.wie == "samen" and a.kartrekker in PARTIJEN):
        t = JA
    else:
        t = NEE
        uitleg.append("Toegewezen: bij ‘samen’ hoort een kartrekker; kies de partij die het trekt." if a.wie == "samen"
                      else "Toegewezen: kies wie de afspraak uitvoert: corporatie, gemeente, huurdersorganisatie "
                           "of samen (met een kartrekker).")

    if (a.is_indicator and a.jaren()) or (not a.is_indicator and a.wanneer is not None):
        tijd = JA
    else:
        tijd = NEE
        uitleg.append("Tijdgebonden: vul het jaar in, of de jaren van en tot." if a.is_indicator
                      else "Tijdgebonden: vul in wanneer het resultaat er ligt (een jaar of een datum).")

    uitleg.extend(_onderbouwing(a, ctx))
    return Toets(s, m, t, NVT, tijd, tuple(uitleg))


def _per_jaar(a: Afspraak) -> float | None:
    """The agreed value per year (a periode value spread evenly)."""
    if a.waarde is None or not a.jaren():
        return None
    return a.waarde if a.per == "jaar" else a.waarde / len(a.jaren())


def _onderbouwing(a: Afspraak, ctx: Context) -> list[str]:
    """R: 'onderbouwing gevraagd' with the numbers, or nothing."""
    if not a.is_indicator or a.waarde is None or not a.jaren() or ctx.bodjaar is None:
        return []
    eenheid = eenheid_van(a)
    hoger_beter = not codes.lager_is_beter(a.indicator) and a.richting != "lager"
    if codes.aggregatie(a.indicator, eenheid) != "som" or not hoger_beter:
        return []
    uit = []
    n = int(parameters.waarde("drempels", "nieuwbouw_realisatie_jaren"))
    factor = float(parameters.waarde("drempels", "nieuwbouw_piek_factor"))
    reeks = _bekend(ctx.realisatie, a.indicator, range(ctx.bodjaar - n, ctx.bodjaar))
    per_jaar = _per_jaar(a)
    if reeks and per_jaar is not None:
        piek_jaar, piek = max(reeks, key=lambda p: (p[1], -p[0]))
        if per_jaar > factor * piek and not _hard_genoeg(a, ctx, per_jaar):
            uit.append(f"Realistisch: onderbouwing gevraagd; {waarde_tekst(per_jaar, eenheid)} per jaar is meer dan "
                       f"{opmaak.getal(factor, 1)} × de hoogste realisatie van de afgelopen {n} jaar "
                       f"({waarde_tekst(piek, eenheid)} in {piek_jaar}). Welke projecten zijn al zeker?")
    if a.indicator in NIEUWBOUW_CODES and ctx.prognose_bevat_bod and ctx.ruimte_gemeente is not None \
            and ctx.stichtingskosten:
        meer = _boven_bod(a, ctx.bod)
        if meer > 0 and meer * ctx.stichtingskosten > ctx.ruimte_gemeente:
            uit.append(
                f"Realistisch: onderbouwing gevraagd; de afspraak vraagt {opmaak.getal(meer)} woningen meer dan het "
                f"bod, ongeveer {opmaak.euro_globaal(meer * ctx.stichtingskosten)} bij "
                f"{opmaak.euro(ctx.stichtingskosten)} per woning. Dat is meer dan het deel van de investeringsruimte "
                f"dat naar rato van de woningen bij deze gemeente hoort (ongeveer "
                f"{opmaak.euro_globaal(ctx.ruimte_gemeente)}; indicatief, geen geld op de plank). Hoe wordt het "
                "betaald?")
    return uit


def _bekend(blad: JaarBlad | None, code: str, jaren: range) -> list[tuple[int, float]]:
    r = blad.regel(code) if blad is not None else None
    if r is None:
        return []
    return [(j, w.getal) for j, w in sorted(r.waarden.items()) if j in jaren and w.getal is not None]


def _hard_genoeg(a: Afspraak, ctx: Context, per_jaar: float) -> bool:
    """B02's escape: at least half of the value is harde plannen in every year (nieuwbouw sociaal only)."""
    if a.indicator != "nieuwbouw_sociaal" or ctx.bod is None:
        return False
    minimum = float(parameters.waarde("drempels", "harde_plannen_min"))
    harde = [ctx.bod.getal("nieuwbouw_sociaal_hard", j) for j in a.jaren()]
    return all(h is not None and h >= minimum * per_jaar for h in harde)


def _boven_bod(a: Afspraak, bod: JaarBlad | None) -> float:
    """Σ(afspraak − bod) over the years the bod covers; 0 without a bod."""
    geboden = [bod.getal(a.indicator, j) for j in a.jaren()] if bod is not None else []
    bekend = [b for b in geboden if b is not None]
    if not bekend or a.waarde is None:
        return 0.0
    if a.per == "jaar":
        return sum(a.waarde - b for b in bekend)
    return a.waarde * len(bekend) / len(a.jaren()) - sum(bekend)


def bevindingen(toetsen: list[tuple[int, Afspraak, Toets]]) -> list[Bevinding]:
    """A01 per afspraak with a ✗, numbered 1, 2, … in the order of the afspraken."""
    uit: list[Bevinding] = []
    for nr, a, t in toetsen:
        if not t.niet_concreet:
            continue
        open_ = [LETTER_NAAM[k].split(" ")[0].lower() for k in LETTERS if getattr(t, k) == NEE]
        tekst = (f"Afspraak {nr} (‘{kort(a.wat or a.resultaat or indicator_label(a.indicator))}’) is nog niet "
                 f"concreet genoeg om te volgen: nog niet {opmaak_lijst(open_)}.")
        uit.append(Bevinding(A01, A01_NAAM, len(uit) + 1, nr, tekst,
                             tuple(u for u in t.uitleg if not u.startswith("Realistisch"))))
    return uit


def kort(tekst: str, n: int = 60) -> str:
    tekst = " ".join(tekst.split())
    return tekst if len(tekst) <= n else tekst[: n - 1].rstrip() + "…"


def opmaak_lijst(delen: list[str]) -> str:
    if len(delen) <= 1:
        return "".join(delen)
    return ", ".join(delen[:-1]) + " en " + delen[-1]
