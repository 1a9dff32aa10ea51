"""Bod versus woonvisie, afspraken and realisatie (vraagpunten.md § Vergelijking).

    vergelijk(invoer) -> ([Vergelijking], [Melding])
        every woonvisie target against the bod; `geen_doel` entries for bod rows without a target.
    status_per_thema(vergelijkingen) -> {thema: status}      worst of, per thema
    afwijkingen(blad, referentie, code, jaren) -> [Afwijking]
        a year sheet against a reference sheet (Bod vs Afspraken, Realisatie vs Afspraken) with the
        code's direction and the noise floor; used by P06 and P10.

Rules of the comparison
- doel = waarde × aandeel. `aandeel` = `aandeel_corporatie` when given (`opgegeven`); else the ratio of the
  bod's `voorraad_sociaal` (first year with a number) to `Algemeen.sociale_voorraad_gemeente`
  (`naar_rato_bezit`); else 1 (`aangenomen`, with a melding). The aandeel scales additive quantities
  only (units aantal, personen, bedrag); a percentage, score or amount per woning is not scaled.
- `per = jaar`: one entry per year in range ∩ bod years. `per = periode`: one entry with `jaar` None; bod
  = the sum of the bod years inside the period (the last known value for stock codes such as
  `woningen_efg`, the mean for percentages, scores and per-woning amounts); when the bod covers k of n
  years, doel is scaled by k/n and `dekking` = k/n.
- minimaal (streefwaarde where higher is better): voldoet if bod ≥ doel, gedeeltelijk if
  f·doel ≤ bod < doel (f = drempels.gedeeltelijk_factor, 0,8), else voldoet_niet. maximaal (streefwaarde
  where lower is better): voldoet if bod ≤ doel, gedeeltelijk if doel < bod ≤ doel/f, else voldoet_niet.
- niet_in_bod: no row, or every cell in range empty or text. geen_doel: a bod row without a target.
- Woonvisie-only context codes (`nieuwbouw_totaal`, `aandeel_sociale_huur`) have no bod counterpart and are
  not compared here (rules B08/B10 read them); `taakstelling_personen` is compared with `statushouders`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bodcheck import codes, parameters
from bodcheck.model import Bron, Doel, Invoer, JaarBlad, Melding, Regel, Vergelijking

# Woonvisie code -> the bod code it is compared with.
BOD_CODE_VOOR_DOEL = {"taakstelling_personen": "statushouders"}
# Woonvisie-only codes without a bod counterpart: context for rules, not compared.
CONTEXT_DOELEN = frozenset({"nieuwbouw_totaal", "aandeel_sociale_huur"})
# Stock codes (ultimo): over a period the last known value counts, not the sum.
VOORRAAD_CODES = frozenset({"voorraad_sociaal", "woningen_efg", "efg_sloop_verkoop", "woningen_conditie_56"})
# Units that add up over years and over verhuurders (the aandeel scales these).
OPTELBARE_EENHEDEN = frozenset({"aantal", "personen", "bedrag"})

STATUS_VOLGORDE = ("voldoet_niet", "niet_in_bod", "gedeeltelijk", "voldoet")  # worst first


def _drempel(naam: str) -> float:
    return float(parameters.waarde("drempels", naam))


# ---- shared helpers ----------------------------------------------------------------------------------


def bron_teksten(*bronnen: Bron | str | Iterable[Bron | str | None] | None) -> tuple[str, ...]:
    """Cell strings in order, without empties and duplicates; accepts Bron, str, None and iterables."""
    uit: list[str] = []

    def voeg(b: object) -> None:
        if b is None:
            return
        if isinstance(b, Bron | str):
            tekst = str(b)
            if tekst and tekst not in uit:
                uit.append(tekst)
            return
        for x in b:  # type: ignore[attr-defined]
            voeg(x)

    for b in bronnen:
        voeg(b)
    return tuple(uit)


@dataclass(frozen=True)
class Som:
    """An aggregate over years of one row: known values only; `ontbrekend` names the empty cells."""

    waarde: float | None
    jaren: tuple[int, ...]  # years with a known value
    onvolledig: bool
    ontbrekend: tuple[str, ...]
    bronnen: tuple[str, ...]


def eenheid_van(code: str, regel: Regel | None = None, doel: Doel | None = None) -> str:
    if regel is not None and regel.eenheid:
        return regel.eenheid
    if doel is not None and doel.eenheid:
        return doel.eenheid
    c = codes.ALLE_CODES.get(code)
    return c.eenheid if c else "aantal"


def optelbaar(code: str, eenheid: str) -> bool:
    return eenheid in OPTELBARE_EENHEDEN and code not in VOORRAAD_CODES


def cel_naam(blad: JaarBlad | None, code: str, jaar: int) -> str:
    """`Bod!E7` when the cell exists, else `Bod: sloop 2027` (a row or column that was not delivered)."""
    w = blad.regel(code).waarden.get(jaar) if blad is not None and blad.regel(code) else None
    if w is not None and str(w.bron):
        return str(w.bron)
    return f"{blad.naam if blad is not None else 'Bod'}: {code} {jaar}"


def som_jaren(blad: JaarBlad | None, code: str, jaren: Iterable[int], eenheid: str | None = None) -> Som:
    """Aggregate a row over `jaren`: the sum for additive units, the last known value for stock codes,
    the mean for percentages, scores and per-woning amounts. Empty or text cells are unknown."""
    jaren = sorted(set(jaren))
    regel = blad.regel(code) if blad is not None else None
    eenheid = eenheid or eenheid_van(code, regel)
    bekend: list[tuple[int, float]] = []
    ontbrekend: list[str] = []
    bronnen: list[Bron | None] = []
    for j in jaren:
        w = regel.waarden.get(j) if regel is not None else None
        if w is not None and w.getal is not None:
            bekend.append((j, w.getal))
            bronnen.append(w.bron)
        else:
            ontbrekend.append(cel_naam(blad, code, j))
    if not bekend:
        waarde = None
    elif code in VOORRAAD_CODES:
        waarde = bekend[-1][1]
    elif optelbaar(code, eenheid):
        waarde = sum(x for _, x in bekend)
    else:
        waarde = sum(x for _, x in bekend) / len(bekend)
    return Som(waarde, tuple(j for j, _ in bekend), bool(ontbrekend) and bool(bekend), tuple(ontbrekend),
               bron_teksten(bronnen))


def hoger_is_beter(soort: str | None, code: str) -> bool:
    """Direction of a target: minimaal → higher is better; maximaal → lower; streefwaarde → the code's."""
    if soort == "minimaal":
        return True
    if soort == "maximaal":
        return False
    return not codes.lager_is_beter(code)


def status_van(bod: float | None, doel: float, hoger_beter: bool, factor: float | None = None) -> str:
    """voldoet / gedeeltelijk / voldoet_niet for one value (niet_in_bod when bod is None)."""
    if bod is None:
        return "niet_in_bod"
    f = _drempel("gedeeltelijk_factor") if factor is None else factor
    if hoger_beter:
        if bod >= doel:
            return "voldoet"
        return "gedeeltelijk" if bod >= f * doel else "voldoet_niet"
    if bod <= doel:
        return "voldoet"
    return "gedeeltelijk" if f > 0 and bod <= doel / f else "voldoet_niet"


def slechtste(statussen: Iterable[str]) -> str | None:
    """Worst of: voldoet_niet > niet_in_bod > gedeeltelijk > voldoet (geen_doel is not judged)."""
    gezien = set(statussen)
    for s in STATUS_VOLGORDE:
        if s in gezien:
            return s
    return None


def status_per_thema(vergelijkingen: Iterable[Vergelijking]) -> dict[str, str]:
    """Thema -> the worst status of its targets, in codes.THEMAS order (themes without a target omitted)."""
    per: dict[str, list[str]] = {}
    for v in vergelijkingen:
        if v.status != "geen_doel":
            per.setdefault(v.thema, []).append(v.status)
    volgorde = {t: i for i, t in enumerate(codes.THEMAS)}
    uit = {t: slechtste(s) for t, s in per.items()}
    return {t: s for t, s in sorted(uit.items(), key=lambda kv: (volgorde.get(kv[0], 99), kv[0])) if s}


def beslist(v: Vergelijking) -> bool:
    """Does the known part already decide the status? (A rule fires on an incomplete sum only then.)

    Minimaal-like: a known sum ≥ doel decides; a shortfall does not (missing cells could fill it).
    Maximaal-like: an excess decides; staying below does not."""
    if not v.onvolledig:
        return True
    hoger = hoger_is_beter(v.soort, v.code)
    return (v.status == "voldoet") if hoger else (v.status in ("gedeeltelijk", "voldoet_niet"))


# ---- aandeel -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Aandeel:
    waarde: float
    herkomst: str  # opgegeven | naar_rato_bezit | aangenomen
    bronnen: tuple[str, ...] = ()


def aandeel_bezit(invoer: Invoer) -> Aandeel | None:
    """voorraad_sociaal (bod, first year with a number) / sociale_voorraad_gemeente, when both are known."""
    totaal = invoer.veld("sociale_voorraad_gemeente")
    regel = invoer.bod.regel("voorraad_sociaal") if invoer.bod is not None else None
    if regel is None or not isinstance(totaal, int | float) or totaal <= 0:
        return None
    for j in sorted(regel.waarden):
        w = regel.waarden[j]
        if w.getal is not None:
            return Aandeel(w.getal / float(totaal), "naar_rato_bezit",
                           bron_teksten(invoer.veld_bron("sociale_voorraad_gemeente"), w.bron))
    return None


def aandeel_voor(doel: Doel, invoer: Invoer) -> Aandeel:
    if doel.aandeel_corporatie is not None:
        return Aandeel(doel.aandeel_corporatie, "opgegeven")
    return aandeel_bezit(invoer) or Aandeel(1.0, "aangenomen")


# ---- vergelijk ---------------------------------------------------------------------------------------


def bod_code(doel: Doel) -> str:
    return BOD_CODE_VOOR_DOEL.get(doel.code, doel.code)


def _thema(doel: Doel) -> str:
    return doel.thema or codes.thema_van(doel.code) or codes.thema_van(bod_code(doel))


def _entry(invoer: Invoer, doel: Doel, jaren: list[int], jaar: int | None, n_jaren: int,
           aandeel: Aandeel) -> Vergelijking:
    code = bod_code(doel)
    bod_regel = invoer.bod.regel(code) if invoer.bod is not None else None
    eenheid = eenheid_van(code, bod_regel, doel)
    # A count (also a stock such as voorraad_sociaal) is this corporatie's share of a gemeente-wide target;
    # only flows scale with the years a periode target covers. Percentages and scores are never scaled.
    geschaald = eenheid in OPTELBARE_EENHEDEN
    schaal = aandeel.waarde if geschaald else 1.0
    dekking = len(jaren) / n_jaren if n_jaren else 0.0
    doelwaarde = doel.waarde * schaal
    if jaar is None and optelbaar(code, eenheid) and jaren:
        doelwaarde *= dekking
    bod = som_jaren(invoer.bod, code, jaren, eenheid)
    afspraak = som_jaren(invoer.afspraken, code, jaren, eenheid)
    realisatie = som_jaren(invoer.realisatie, code, jaren, eenheid)
    hoger = hoger_is_beter(doel.soort, code)
    status = status_van(bod.waarde, doelwaarde, hoger) if jaren else "niet_in_bod"
    verschil = None if bod.waarde is None else bod.waarde - doelwaarde
    return Vergelijking(
        code=code, thema=_thema(doel), soort=doel.soort, jaar=jaar, van_jaar=doel.van_jaar,
        tot_jaar=doel.tot_jaar, doel=doelwaarde, bod=bod.waarde, verschil=verschil,
        dekking=dekking, afspraak=afspraak.waarde, realisatie=realisatie.waarde, status=status,
        onvolledig=bod.onvolledig,
        bronnen=bron_teksten(doel.bron, bod.bronnen, afspraak.bronnen, realisatie.bronnen,
                             aandeel.bronnen if geschaald else ()),
        omschrijving=doel.omschrijving, eenheid=eenheid, aandeel=aandeel.waarde if geschaald else None,
        aandeel_herkomst=aandeel.herkomst if geschaald else None, prioriteit=doel.prioriteit,
        kern=doel.kern, niveau=doel.niveau,
    )


def vergelijk_doel(invoer: Invoer, doel: Doel) -> list[Vergelijking]:
    """The entries of one woonvisie target (per jaar: one per year; periode: one)."""
    aandeel = aandeel_voor(doel, invoer)
    bod_jaren = invoer.bod.jaren if invoer.bod is not None else []
    bereik = [j for j in range(doel.van_jaar, doel.tot_jaar + 1) if j in bod_jaren]
    n = doel.tot_jaar - doel.van_jaar + 1
    if doel.per == "periode" or not bereik:
        return [_entry(invoer, doel, bereik, None, n, aandeel)]
    return [_entry(invoer, doel, [j], j, 1, aandeel) for j in bereik]


def _geen_doel(invoer: Invoer, regel: Regel) -> Vergelijking:
    jaren = sorted(j for j, w in regel.waarden.items() if w.getal is not None)
    som = som_jaren(invoer.bod, regel.code, jaren, regel.eenheid)
    return Vergelijking(
        code=regel.code, thema=regel.thema or codes.thema_van(regel.code), soort=None, jaar=None,
        van_jaar=jaren[0] if jaren else None, tot_jaar=jaren[-1] if jaren else None, doel=None,
        bod=som.waarde, verschil=None, dekking=None,
        afspraak=som_jaren(invoer.afspraken, regel.code, jaren, regel.eenheid).waarde,
        realisatie=som_jaren(invoer.realisatie, regel.code, jaren, regel.eenheid).waarde,
        status="geen_doel", onvolledig=False, bronnen=bron_teksten(regel.bron, som.bronnen),
        omschrijving=regel.omschrijving, eenheid=regel.eenheid,
    )


def _melding_aangenomen(doelen: list[Doel]) -> Melding:
    codes_tekst = ", ".join(dict.fromkeys(d.code for d in doelen))
    return Melding(
        "info",
        f"Bij {codes_tekst} is aangenomen dat deze corporatie de hele opgave draagt; vul "
        "aandeel_corporatie in als er meer verhuurders zijn.",
        bron=doelen[0].bron,
    )


def vergelijk(invoer: Invoer) -> tuple[list[Vergelijking], list[Melding]]:
    """Every woonvisie target against the bod, in woonvisie row order then year; then `geen_doel` for
    bod rows without a target, in bod row order."""
    if not invoer.woonvisie or invoer.bod is None:
        return [], []
    doelen = sorted((d for d in invoer.woonvisie if d.code not in CONTEXT_DOELEN),
                    key=lambda d: d.rij)  # stable: list order for equal rij
    uit = [v for d in doelen for v in vergelijk_doel(invoer, d)]
    aangenomen = [d for d in doelen if aandeel_voor(d, invoer).herkomst == "aangenomen"
                  and optelbaar(bod_code(d), eenheid_van(bod_code(d), None, d))]
    met_doel = {bod_code(d) for d in doelen}
    uit += [_geen_doel(invoer, r) for r in invoer.bod.regels.values() if r.code not in met_doel]
    return uit, ([_melding_aangenomen(aangenomen)] if aangenomen else [])


# ---- against afspraken and realisatie ---------------------------------------------------------------


@dataclass(frozen=True)
class Afwijking:
    """One year of a sheet against its reference (e.g. Bod vs Afspraken)."""

    code: str
    jaar: int
    waarde: float
    referentie: float
    verschil: float  # waarde − referentie
    slechter: bool  # worse in the code's direction
    telt: bool  # beyond the noise floor
    bronnen: tuple[str, ...]


def boven_ruis(verschil: float, eenheid: str) -> bool:
    """A difference counts when ≥ 1 procentpunt (percent rows) or ≥ 5 units (others)."""
    if eenheid == "%":
        return abs(verschil) >= _drempel("ruis_procentpunt") - 1e-12
    return abs(verschil) >= _drempel("ruis_aantal") - 1e-12


def afwijkingen(blad: JaarBlad | None, referentie: JaarBlad | None, code: str,
                jaren: Iterable[int] | None = None) -> list[Afwijking]:
    """Years where both sheets have a number for `code`; direction from codes.lager_is_beter."""
    if blad is None or referentie is None:
        return []
    regel, ref = blad.regel(code), referentie.regel(code)
    if regel is None or ref is None:
        return []
    eenheid = eenheid_van(code, regel)
    hoger = not codes.lager_is_beter(code)
    kandidaten = sorted(set(regel.waarden) & set(ref.waarden) if jaren is None else set(jaren))
    uit = []
    for j in kandidaten:
        a, r = regel.getal(j), ref.getal(j)
        if a is None or r is None:
            continue
        verschil = a - r
        uit.append(Afwijking(code, j, a, r, verschil, verschil < 0 if hoger else verschil > 0,
                             boven_ruis(verschil, eenheid), bron_teksten(ref.bron_van(j), regel.bron_van(j))))
    return uit


def relatief_achter(afw: Afwijking, factor: float) -> bool:
    """Worse than `factor` × referentie in the code's direction (lower is better: above referentie/factor)."""
    if not (afw.slechter and afw.telt):
        return False
    if codes.lager_is_beter(afw.code):
        return afw.referentie > 0 and afw.waarde > afw.referentie / factor
    return afw.waarde < factor * afw.referentie
