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
- niet_in_bod: no row, or every cell in range empty. voornemen: no number in range but words ("inzet op"): an
  intention, not judged. geen_doel: a bod row without a target.
- Woonvisie-only context codes (`nieuwbouw_totaal`, `aandeel_sociale_huur`) have no bod counterpart and are
  not compared here (rules B08/B10 read them); `taakstelling_personen` is compared with `statushouders`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from bodcheck import codes, opmaak, parameters
from bodcheck.model import Bron, Doel, Invoer, JaarBlad, Melding, PeriodeWaarde, Regel, Vergelijking

# Woonvisie code -> the bod code it is compared with.
BOD_CODE_VOOR_DOEL = {"taakstelling_personen": "statushouders"}
# Woonvisie-only codes without a bod counterpart: context for rules, not compared.
CONTEXT_DOELEN = frozenset({"nieuwbouw_totaal", "aandeel_sociale_huur"})
# Stock codes (ultimo): over a period the last known value counts, not the sum (codes.aggregatie).
VOORRAAD_CODES = codes.ULTIMO_CODES
# Units that add up over years and over verhuurders (the aandeel scales these).
OPTELBARE_EENHEDEN = codes.OPTELBARE_EENHEDEN

STATUS_VOLGORDE = ("voldoet_niet", "niet_in_bod", "gedeeltelijk", "voldoet")  # worst first
# Not judgements: a regional target not charged to this corporatie, a share known to be 0.
# Not a judgement: a regional target, one not charged to this corporatie, and an intention in words ("inzet op
# 6 per jaar": no number in range, or a joint sum with such a part) — review finding 6.
NIET_BEOORDEELD = ("regionaal", "niet_toegerekend", "voornemen")


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
    return codes.aggregatie(code, eenheid) == "som"


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
    hoe = codes.aggregatie(code, eenheid)
    if not bekend:
        waarde = None
    elif hoe in ("ultimo", "laatste"):
        waarde = bekend[-1][1]
    elif hoe == "som":
        waarde = sum(x for _, x in bekend)
    else:
        waarde = sum(x for _, x in bekend) / len(bekend)
    return Som(waarde, tuple(j for j, _ in bekend), bool(ontbrekend) and bool(bekend), tuple(ontbrekend),
               bron_teksten(bronnen))


def in_woorden(blad: JaarBlad | None, code: str, jaren: Iterable[int]) -> bool:
    """The row says something in words (text instead of a number, "inzet op 6 per jaar") in one of `jaren`."""
    regel = blad.regel(code) if blad is not None else None
    if regel is None:
        return False
    return any((w := regel.waarden.get(j)) is not None and w.getal is None and (w.tekst or "").strip() for j in jaren)


def hoger_is_beter(soort: str | None, code: str, richting: str | None = None) -> bool:
    """Direction of a target: minimaal → higher is better; maximaal → lower; streefwaarde → the code's
    (for an own code its `richting`, format 1.1)."""
    if soort == "minimaal":
        return True
    if soort == "maximaal":
        return False
    return not codes.lager_is_beter(code, richting)


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
    """Worst of: voldoet_niet > niet_in_bod > gedeeltelijk > voldoet (geen_doel, regionaal and
    niet_toegerekend are not judged)."""
    gezien = set(statussen)
    for s in STATUS_VOLGORDE:
        if s in gezien:
            return s
    return None


def samenvattingen(vergelijkingen: Iterable[Vergelijking]) -> list[Vergelijking]:
    """One entry per target: the summary entry of a per-jaar target, the single entry of a periode target
    (geen_doel rows left out)."""
    return [v for v in vergelijkingen if v.status != "geen_doel" and (v.totaal or v.jaar is None)]


def doelstatus(vergelijkingen: Iterable[Vergelijking]) -> str | None:
    """THE status of a set of entries (one code, one thema, one joint row): the worst of their targets'
    summary statuses. Every surface prints the word of this status. None when nothing was judged."""
    return slechtste(v.status for v in samenvattingen(vergelijkingen))


def toonstatus(vergelijkingen: Iterable[Vergelijking]) -> str | None:
    """The status a surface prints for a set of entries: doelstatus, or — when nothing was judged — the
    not-a-judgement status (regionaal, niet_toegerekend) of its targets."""
    lijst = list(vergelijkingen)
    return doelstatus(lijst) or next((v.status for v in samenvattingen(lijst) if v.status in NIET_BEOORDEELD), None)


def niet_beoordeeld(vergelijkingen: Iterable[Vergelijking]) -> list[Vergelijking]:
    """The targets listed under a thema as "niet beoordeeld" (regionaal, niet_toegerekend)."""
    return [v for v in samenvattingen(vergelijkingen) if v.status in NIET_BEOORDEELD]


def status_per_thema(vergelijkingen: Iterable[Vergelijking]) -> dict[str, str]:
    """Thema -> doelstatus of its targets, in codes.THEMAS order (themes without a judged target omitted)."""
    per: dict[str, list[Vergelijking]] = {}
    for v in vergelijkingen:
        per.setdefault(v.thema, []).append(v)
    volgorde = {t: i for i, t in enumerate(codes.THEMAS)}
    uit = {t: doelstatus(s) for t, s in per.items()}
    return {t: s for t, s in sorted(uit.items(), key=lambda kv: (volgorde.get(kv[0], 99), kv[0])) if s}


_RANG = {s: i for i, s in enumerate(STATUS_VOLGORDE)}


def _tekort(v: Vergelijking) -> float:
    """How far an entry is on the wrong side of its target, relative to it (larger is worse)."""
    if v.bod is None or v.doel is None:
        return float("inf")
    afstand = (v.doel - v.bod) if hoger_is_beter(v.soort, v.code, v.richting) else (v.bod - v.doel)
    return afstand / abs(v.doel) if v.doel else afstand


def samenvatting(entries: list[Vergelijking], n_jaren: int | None = None) -> Vergelijking:
    """The summary entry of one per-jaar target's per-year entries (vraagpunten.md § Revisions 2).

    som code: doel = Σ doelen, bod = Σ known bod values, status from the 0,8 band on these sums,
    dekking = years covered / years of the target. ultimo, gemiddelde and laatste: a bound must hold every
    year, so doel, bod and status are those of the worst year (`maatgevend_jaar`).
    `jaren_afwijkend` = per-year entries whose status is not voldoet."""
    eerste = entries[0]
    jaren = [e.jaar for e in entries if e.jaar is not None]
    afwijkend = sum(1 for e in entries if e.status != "voldoet")
    gemeen = dict(totaal=True, jaar=None, van_jaar=min(jaren), tot_jaar=max(jaren), jaren_afwijkend=afwijkend,
                  bronnen=bron_teksten(e.bronnen for e in entries))
    if codes.aggregatie(eerste.code, eerste.eenheid) == "som":
        doel = sum(e.doel or 0.0 for e in entries)
        bekend = [e.bod for e in entries if e.bod is not None]
        bod = sum(bekend) if bekend else None
        status = status_van(bod, doel, hoger_is_beter(eerste.soort, eerste.code, eerste.richting))
        if bod is None and any(e.status == "voornemen" for e in entries):
            status = "voornemen"
        som_van = [e.afspraak for e in entries if e.afspraak is not None]
        real = [e.realisatie for e in entries if e.realisatie is not None]
        n = n_jaren or len(entries)
        return dataclasses.replace(
            eerste, doel=doel, bod=bod, verschil=None if bod is None else bod - doel, status=status,
            dekking=len(entries) / n, afspraak=sum(som_van) if som_van else None,
            realisatie=sum(real) if real else None,
            onvolledig=bod is not None and len(bekend) < len(entries), **gemeen)
    slechtst = min(entries, key=lambda e: (_RANG.get(e.status, 9), -_tekort(e), -(e.jaar or 0)))
    return dataclasses.replace(slechtst, maatgevend_jaar=slechtst.jaar,
                               onvolledig=any(e.onvolledig or e.bod is None for e in entries), **gemeen)


def beslist(v: Vergelijking) -> bool:
    """Does the known part already decide the status? (A rule fires on an incomplete sum only then.)

    Minimaal-like: a known sum ≥ doel decides; a shortfall does not (missing cells could fill it).
    Maximaal-like: an excess decides; staying below does not."""
    if not v.onvolledig:
        return True
    hoger = hoger_is_beter(v.soort, v.code, v.richting)
    return (v.status == "voldoet") if hoger else (v.status in ("gedeeltelijk", "voldoet_niet"))


# ---- aandeel -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Aandeel:
    waarde: float
    herkomst: str  # opgegeven | naar_rato_bezit | aangenomen | regionaal | niet_toegerekend | gemeentebreed
    bronnen: tuple[str, ...] = ()


def _herkomst(aandeel: Aandeel) -> str:
    """The JSON `aandeel_herkomst`: a gemeente-wide stock's context part is naar rato of bezit."""
    return "naar_rato_bezit" if aandeel.herkomst == "gemeentebreed" else aandeel.herkomst


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


def aandeel_nul(invoer: Invoer) -> str | None:
    """The field that shows this corporatie's naar-rato share is 0 (a corporatie new to the gemeente), or None."""
    if invoer.veld("vhe_gemeente") == 0:
        return "vhe_gemeente"
    regel = invoer.bod.regel("voorraad_sociaal") if invoer.bod is not None else None
    bekend = [w.getal for _, w in sorted(regel.waarden.items()) if w.getal is not None] if regel else []
    return "voorraad_sociaal" if bekend and bekend[0] == 0 else None


def gemeentebreed(doel: Doel) -> bool:
    """A stock of the whole gemeente (`voorraad_*`, all verhuurders together) without a share for this
    corporatie: the gemeente-wide sum is the target, which one corporatie's stock cannot meet or miss on its own
    (review finding 8). The joint view judges it; a single bod shows its naar-rato part as context only."""
    return doel.aandeel_corporatie is None and doel.niveau != "regio" and bod_code(doel).startswith("voorraad_")


def aandeel_voor(doel: Doel, invoer: Invoer) -> Aandeel:
    """`opgegeven` → `regionaal` (a regio row is never charged naar rato) → `niet_toegerekend` (share known
    to be 0) → `gemeentebreed` (a gemeente-wide stock: the naar-rato part as context, not judged) →
    `naar_rato_bezit` → `aangenomen` (1, with a melding)."""
    if doel.aandeel_corporatie is not None:
        return Aandeel(doel.aandeel_corporatie, "opgegeven")
    if doel.niveau == "regio":
        return Aandeel(0.0, "regionaal")
    if aandeel_nul(invoer):
        return Aandeel(0.0, "niet_toegerekend")
    if gemeentebreed(doel):
        rato = aandeel_bezit(invoer)
        return Aandeel(rato.waarde, "gemeentebreed", rato.bronnen) if rato else Aandeel(0.0, "niet_toegerekend")
    return aandeel_bezit(invoer) or Aandeel(1.0, "aangenomen")


def _niet_beoordeeld(aandeel: Aandeel, geschaald: bool) -> str | None:
    """The not-a-judgement status a share gives (regionaal, niet_toegerekend), or None."""
    if aandeel.herkomst == "regionaal" or (aandeel.herkomst == "niet_toegerekend" and geschaald):
        return aandeel.herkomst
    return "niet_toegerekend" if aandeel.herkomst == "gemeentebreed" and geschaald else None


# ---- vergelijk ---------------------------------------------------------------------------------------


def bod_code(doel: Doel) -> str:
    return BOD_CODE_VOOR_DOEL.get(doel.code, doel.code)


def _thema(doel: Doel) -> str:
    return doel.thema or codes.thema_van(doel.code) or codes.thema_van(bod_code(doel))


def _toelichting_bron(regel: Regel | None, toelichting: str | None) -> str | None:
    if not toelichting or regel is None or regel.toelichting_bron is None:
        return None
    return str(regel.toelichting_bron) or None


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
    doelwaarde: float | None = doel.waarde * schaal
    if jaar is None and optelbaar(code, eenheid) and jaren:
        doelwaarde *= dekking
    bod = som_jaren(invoer.bod, code, jaren, eenheid)
    afspraak = som_jaren(invoer.afspraken, code, jaren, eenheid)
    realisatie = som_jaren(invoer.realisatie, code, jaren, eenheid)
    richting = doel.richting or (bod_regel.richting if bod_regel else None)
    hoger = hoger_is_beter(doel.soort, code, richting)
    status = status_van(bod.waarde, doelwaarde, hoger) if jaren else "niet_in_bod"
    if status == "niet_in_bod" and in_woorden(invoer.bod, code, jaren):
        status = "voornemen"  # only words in range: an intention, not judged (the same in every view)
    niet_beoordeeld = _niet_beoordeeld(aandeel, geschaald)
    if niet_beoordeeld:  # a gemeente-wide stock keeps its naar-rato part as context; the others have none
        status, doelwaarde = niet_beoordeeld, doelwaarde if aandeel.herkomst == "gemeentebreed" else None
    verschil = None if bod.waarde is None or doelwaarde is None or niet_beoordeeld else bod.waarde - doelwaarde
    toelichting = (bod_regel.toelichting or "").strip() if bod_regel is not None else ""
    return Vergelijking(
        code=code, thema=_thema(doel), soort=doel.soort, jaar=jaar, van_jaar=doel.van_jaar,
        tot_jaar=doel.tot_jaar, doel=doelwaarde, bod=bod.waarde, verschil=verschil,
        dekking=dekking, afspraak=afspraak.waarde, realisatie=realisatie.waarde, status=status,
        onvolledig=bod.onvolledig,
        bronnen=bron_teksten(doel.bron, bod.bronnen, afspraak.bronnen, realisatie.bronnen,
                             aandeel.bronnen if geschaald else ()),
        omschrijving=doel.omschrijving, eenheid=eenheid, aandeel=aandeel.waarde if geschaald else None,
        aandeel_herkomst=_herkomst(aandeel) if geschaald else None, prioriteit=doel.prioriteit,
        kern=doel.kern, niveau=doel.niveau, richting=richting, toelichting=toelichting or None,
        toelichting_bron=_toelichting_bron(bod_regel, toelichting),
    )




def nieuwbouw_totaal(invoer: Invoer, jaren: list[int]) -> tuple[float | None, tuple[str, ...]]:
    """All new building in the gemeente over `jaren` from the Woonvisie's `nieuwbouw_totaal` targets: a
    `per jaar` target counts its value for each year, a `periode` target its value ÷ the period's years.
    None when a year has no total."""
    totaal, bronnen = 0.0, []
    for j in jaren:
        d = next((d for d in invoer.woonvisie or [] if d.code == "nieuwbouw_totaal" and d.van_jaar <= j <= d.tot_jaar
                  and d.niveau == "gemeente" and not d.kern), None)
        if d is None:
            return None, ()
        totaal += d.waarde if d.per == "jaar" else d.waarde / (d.tot_jaar - d.van_jaar + 1)
        bronnen.append(d.bron)
    return totaal, bron_teksten(bronnen)


def _sociaal_in_nieuwbouw(invoer: Invoer, doel: Doel) -> Vergelijking | None:
    """`aandeel_sociaal_nieuwbouw` (format 1.1): the bod's `nieuwbouw_sociaal` over the target's years as a
    share of `nieuwbouw_totaal` in the woonvisie over the same years. None when the total is not given."""
    bod_jaren = invoer.bod.jaren if invoer.bod is not None else []
    bereik = [j for j in range(doel.van_jaar, doel.tot_jaar + 1) if j in bod_jaren]
    totaal, totaal_bronnen = nieuwbouw_totaal(invoer, bereik)
    if not bereik or not totaal:
        return None
    sociaal = som_jaren(invoer.bod, "nieuwbouw_sociaal", bereik, "aantal")
    bod = None if sociaal.waarde is None else sociaal.waarde / totaal
    n = doel.tot_jaar - doel.van_jaar + 1
    return Vergelijking(
        code=doel.code, thema=_thema(doel), soort=doel.soort, jaar=None, van_jaar=doel.van_jaar,
        tot_jaar=doel.tot_jaar, doel=doel.waarde, bod=bod, verschil=None if bod is None else bod - doel.waarde,
        dekking=len(bereik) / n, afspraak=None, realisatie=None,
        status=status_van(bod, doel.waarde, hoger_is_beter(doel.soort, doel.code)), onvolledig=sociaal.onvolledig,
        bronnen=bron_teksten(doel.bron, sociaal.bronnen, totaal_bronnen), omschrijving=doel.omschrijving,
        eenheid="%", prioriteit=doel.prioriteit, kern=doel.kern, niveau=doel.niveau,
    )


def periode_van(blad: JaarBlad | None, code: str, van: int, tot: int) -> PeriodeWaarde | None:
    """The period value of `code` in `blad` for exactly `van`–`tot` (format 1.1), if any."""
    regel = blad.regel(code) if blad is not None else None
    return next((p for p in regel.perioden if (p.van_jaar, p.tot_jaar) == (van, tot)), None) if regel else None


def _periode_getal(blad: JaarBlad | None, code: str, van: int, tot: int) -> tuple[float | None, tuple[str, ...]]:
    p = periode_van(blad, code, van, tot)
    if p is None or p.waarde.getal is None:
        return None, ()
    return p.waarde.getal, (str(p.waarde.bron),)


def _met_periode(invoer: Invoer, doel: Doel) -> tuple[list[Vergelijking], Melding | None] | None:
    """A target whose bod row holds one value for a period (format 1.1). Compared with a `periode` target of
    the same span, or with a `per jaar` target of an additive code when the period lies inside the target's
    years (doel = Σ of the per-year doelen over the period). Any other overlap: an info melding, no entry.
    None when the bod row has no period value that overlaps the target."""
    code = bod_code(doel)
    regel = invoer.bod.regel(code) if invoer.bod is not None else None
    p = next((p for p in regel.perioden if p.van_jaar <= doel.tot_jaar and doel.van_jaar <= p.tot_jaar
              and p.waarde.getal is not None), None) if regel is not None else None
    if p is None:
        return None
    eenheid = eenheid_van(code, regel, doel)
    lengte = p.tot_jaar - p.van_jaar + 1
    n = doel.tot_jaar - doel.van_jaar + 1
    zelfde = (p.van_jaar, p.tot_jaar) == (doel.van_jaar, doel.tot_jaar)
    if doel.per == "periode" and zelfde:
        factor, dekking = 1.0, 1.0
    elif doel.per == "jaar" and codes.aggregatie(code, eenheid) == "som" and doel.van_jaar <= p.van_jaar \
            and p.tot_jaar <= doel.tot_jaar:
        factor, dekking = float(lengte), lengte / n
    else:
        return [], Melding("info", f"{regel.omschrijving}: het bod geeft één getal voor {p.van_jaar}–{p.tot_jaar}; "
                                   f"dat valt niet samen met het doel {doel.van_jaar}–{doel.tot_jaar} in de woonvisie "
                                   "en is daarom niet vergeleken.", p.waarde.bron)
    aandeel = aandeel_voor(doel, invoer)
    geschaald = eenheid in OPTELBARE_EENHEDEN
    doelwaarde: float | None = doel.waarde * (aandeel.waarde if geschaald else 1.0) * factor
    bod = p.waarde.getal
    afspraak, afspraak_bron = _periode_getal(invoer.afspraken, code, p.van_jaar, p.tot_jaar)
    realisatie, realisatie_bron = _periode_getal(invoer.realisatie, code, p.van_jaar, p.tot_jaar)
    richting = doel.richting or regel.richting
    status = status_van(bod, doelwaarde, hoger_is_beter(doel.soort, code, richting))
    niet_beoordeeld = _niet_beoordeeld(aandeel, geschaald)
    if niet_beoordeeld:
        status, doelwaarde = niet_beoordeeld, doelwaarde if aandeel.herkomst == "gemeentebreed" else None
    toelichting = (regel.toelichting or "").strip()
    return [Vergelijking(
        code=code, thema=_thema(doel), soort=doel.soort, jaar=None, van_jaar=p.van_jaar, tot_jaar=p.tot_jaar,
        doel=doelwaarde, bod=bod, verschil=None if doelwaarde is None or niet_beoordeeld else bod - doelwaarde,
        dekking=dekking,
        afspraak=afspraak, realisatie=realisatie, status=status, onvolledig=False,
        bronnen=bron_teksten(doel.bron, p.waarde.bron, afspraak_bron, realisatie_bron,
                             aandeel.bronnen if geschaald else ()),
        omschrijving=doel.omschrijving, eenheid=eenheid, aandeel=aandeel.waarde if geschaald else None,
        aandeel_herkomst=_herkomst(aandeel) if geschaald else None, prioriteit=doel.prioriteit, kern=doel.kern,
        niveau=doel.niveau, richting=richting, toelichting=toelichting or None,
        toelichting_bron=_toelichting_bron(regel, toelichting),
    )], None


def vergelijk_doel(invoer: Invoer, doel: Doel, met_totaal: bool = False) -> list[Vergelijking]:
    """The entries of one woonvisie target (per jaar: one per year, and with `met_totaal` the summary entry
    after them; periode: one). A target not charged to this corporatie (regionaal, niet_toegerekend) gets
    one entry over its period."""
    if doel.code == "aandeel_sociaal_nieuwbouw":
        v = _sociaal_in_nieuwbouw(invoer, doel)
        return [v] if v is not None else []
    met_periode = _met_periode(invoer, doel)
    if met_periode is not None:
        return met_periode[0]
    aandeel = aandeel_voor(doel, invoer)
    bod_jaren = invoer.bod.jaren if invoer.bod is not None else []
    bereik = [j for j in range(doel.van_jaar, doel.tot_jaar + 1) if j in bod_jaren]
    n = doel.tot_jaar - doel.van_jaar + 1
    if doel.per == "periode" or not bereik or aandeel.herkomst in (*NIET_BEOORDEELD, "gemeentebreed"):
        enkel = _entry(invoer, doel, bereik, None, n, aandeel)
        if doel.per == "jaar" and enkel.status in NIET_BEOORDEELD:
            enkel = dataclasses.replace(enkel, totaal=True, van_jaar=min(bereik, default=doel.van_jaar),
                                        tot_jaar=max(bereik, default=doel.tot_jaar))
        return [enkel]
    per_jaar = [_entry(invoer, doel, [j], j, 1, aandeel) for j in bereik]
    return [*per_jaar, samenvatting(per_jaar, n)] if met_totaal else per_jaar


def _geen_doel(invoer: Invoer, regel: Regel) -> Vergelijking:
    periode = next((p for p in regel.perioden if p.waarde.getal is not None), None)
    if periode is not None:  # one value for a period (format 1.1)
        return Vergelijking(
            code=regel.code, thema=regel.thema or codes.thema_van(regel.code), soort=None, jaar=None,
            van_jaar=periode.van_jaar, tot_jaar=periode.tot_jaar, doel=None, bod=periode.waarde.getal,
            verschil=None, dekking=None,
            afspraak=_periode_getal(invoer.afspraken, regel.code, periode.van_jaar, periode.tot_jaar)[0],
            realisatie=_periode_getal(invoer.realisatie, regel.code, periode.van_jaar, periode.tot_jaar)[0],
            status="geen_doel", onvolledig=False, bronnen=bron_teksten(regel.bron, periode.waarde.bron),
            omschrijving=regel.omschrijving, eenheid=regel.eenheid, richting=regel.richting,
            toelichting=(regel.toelichting or "").strip() or None,
            toelichting_bron=_toelichting_bron(regel, (regel.toelichting or "").strip()),
        )
    jaren = sorted(j for j, w in regel.waarden.items() if w.getal is not None)
    toelichting = (regel.toelichting or "").strip() or None
    som = som_jaren(invoer.bod, regel.code, jaren, regel.eenheid)
    return Vergelijking(
        code=regel.code, thema=regel.thema or codes.thema_van(regel.code), soort=None, jaar=None,
        van_jaar=jaren[0] if jaren else None, tot_jaar=jaren[-1] if jaren else None, doel=None,
        bod=som.waarde, verschil=None, dekking=None,
        afspraak=som_jaren(invoer.afspraken, regel.code, jaren, regel.eenheid).waarde,
        realisatie=som_jaren(invoer.realisatie, regel.code, jaren, regel.eenheid).waarde,
        status="geen_doel", onvolledig=False, bronnen=bron_teksten(regel.bron, som.bronnen),
        omschrijving=regel.omschrijving, eenheid=regel.eenheid, toelichting=toelichting,
        toelichting_bron=_toelichting_bron(regel, toelichting),
    )


def _omschrijvingen(doelen: list[Doel]) -> str:
    """The targets' Dutch descriptions (never their codes), for a melding."""
    def naam(d: Doel) -> str:
        c = codes.ALLE_CODES.get(d.code)
        return opmaak.in_zin(d.omschrijving or (c.omschrijving if c else "een doel zonder omschrijving"))
    return ", ".join(dict.fromkeys(naam(d) for d in doelen))


def _melding_aangenomen(doelen: list[Doel]) -> Melding:
    codes_tekst = _omschrijvingen(doelen)
    return Melding(
        "info",
        f"Bij {codes_tekst} is aangenomen dat deze corporatie de hele opgave draagt; vul "
        "aandeel_corporatie in als er meer verhuurders zijn.",
        bron=doelen[0].bron,
    )


def _melding_niet_toegerekend(doelen: list[Doel], veld: str) -> Melding:
    omschrijvingen = _omschrijvingen(doelen)
    waarom = ("de corporatie heeft volgens Algemeen geen woningen in deze gemeente" if veld == "vhe_gemeente"
              else "de corporatie heeft volgens het bod nog geen sociale huurwoningen in deze gemeente")
    return Melding(
        "info",
        f"Niet toegerekend aan deze corporatie: {omschrijvingen}. Het deel naar rato van bezit is 0, want {waarom}. "
        "Vul in de Woonvisie de kolom aandeel_corporatie in als de corporatie een deel van deze opgave draagt.",
        bron=doelen[0].bron,
    )


def _melding_gemeentebreed(doelen: list[Doel]) -> Melding:
    return Melding(
        "info",
        f"Niet toegerekend aan deze corporatie: {_omschrijvingen(doelen)}. Dit is een doel voor alle verhuurders "
        "in de gemeente samen; het deel naar rato van bezit staat alleen als context naast het bod, en de "
        "gezamenlijke beoordeling (bodcheck gemeente) telt de bods op. Vul in de Woonvisie de kolom "
        "aandeel_corporatie in als deze corporatie een eigen deel toezegt.",
        bron=doelen[0].bron,
    )


def vergelijk(invoer: Invoer) -> tuple[list[Vergelijking], list[Melding]]:
    """Every woonvisie target against the bod, in woonvisie row order then year; then `geen_doel` for
    bod rows without a target, in bod row order."""
    if not invoer.woonvisie or invoer.bod is None:
        return [], []
    doelen = sorted((d for d in invoer.woonvisie if d.code not in CONTEXT_DOELEN),
                    key=lambda d: d.rij)  # stable: list order for equal rij
    uit = [v for d in doelen for v in vergelijk_doel(invoer, d, met_totaal=True)]
    meldingen = [Melding("info", "Het aandeel sociale huur in de nieuwbouw is niet vergeleken: de woonvisie noemt niet "
                                 f"voor elk jaar {d.van_jaar}–{d.tot_jaar} de nieuwbouw van alle bouwers samen.", d.bron)
                 for d in doelen if d.code == "aandeel_sociaal_nieuwbouw" and not vergelijk_doel(invoer, d)]
    meldingen += [m for d in doelen if (mp := _met_periode(invoer, d)) is not None and (m := mp[1]) is not None]
    aangenomen = [d for d in doelen if aandeel_voor(d, invoer).herkomst == "aangenomen"
                  and optelbaar(bod_code(d), eenheid_van(bod_code(d), None, d))]
    met_doel = {bod_code(d) for d in doelen}
    uit += [_geen_doel(invoer, r) for r in invoer.bod.regels.values() if r.code not in met_doel]
    meldingen += [_melding_aangenomen(aangenomen)] if aangenomen else []
    nul = [d for d in doelen if aandeel_voor(d, invoer).herkomst == "niet_toegerekend"
           and eenheid_van(bod_code(d), None, d) in OPTELBARE_EENHEDEN]
    breed = [d for d in doelen if gemeentebreed(d) and d not in nul]
    nul = [d for d in nul if not gemeentebreed(d) or aandeel_nul(invoer)]
    if nul:
        meldingen.append(_melding_niet_toegerekend(nul, aandeel_nul(invoer) or ""))
    if breed:
        meldingen.append(_melding_gemeentebreed(breed))
    return uit, meldingen


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
    lager_beter: bool = False  # the code's direction (an own code's `richting`, format 1.1)
    van_jaar: int | None = None  # a period value (format 1.1): `van_jaar`–`jaar`

    @property
    def jaar_tekst(self) -> str:
        return f"{self.van_jaar}–{self.jaar}" if self.van_jaar is not None else str(self.jaar)


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
    hoger = not codes.lager_is_beter(code, regel.richting or ref.richting)
    kandidaten = sorted(set(regel.waarden) & set(ref.waarden) if jaren is None else set(jaren))
    uit = []
    for j in kandidaten:
        a, r = regel.getal(j), ref.getal(j)
        if a is None or r is None:
            continue
        verschil = a - r
        uit.append(Afwijking(code, j, a, r, verschil, verschil < 0 if hoger else verschil > 0,
                             boven_ruis(verschil, eenheid), bron_teksten(ref.bron_van(j), regel.bron_van(j)),
                             not hoger))
    if jaren is None:  # period values of the same span (format 1.1)
        for p in regel.perioden:
            q = periode_van(referentie, code, p.van_jaar, p.tot_jaar)
            a, r = p.waarde.getal, q.waarde.getal if q is not None else None
            if a is None or r is None:
                continue
            verschil = a - r
            uit.append(Afwijking(code, p.tot_jaar, a, r, verschil, verschil < 0 if hoger else verschil > 0,
                                 boven_ruis(verschil, eenheid), bron_teksten(q.waarde.bron, p.waarde.bron),
                                 not hoger, p.van_jaar))
    return uit


def relatief_achter(afw: Afwijking, factor: float) -> bool:
    """Worse than `factor` × referentie in the code's direction (lower is better: above referentie/factor)."""
    if not (afw.slechter and afw.telt):
        return False
    if afw.lager_beter:
        return afw.referentie > 0 and afw.waarde > afw.referentie / factor
    return afw.waarde < factor * afw.referentie
