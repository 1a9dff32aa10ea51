"""Derived figures: voorraadontwikkeling, the gemeente's share of the investeringsruimte, fair share and EFG
tempo, as the frozen dataclasses of `bodcheck.model` (Afgeleid and its parts; report chapter 6 draws the
voorraad series from `voorraad`).

    bereken(invoer, berekend, vergelijking) -> Afgeleid

Each part is None when its data is absent:
    voorraad                       Voorraad: net change of the sociale voorraad (Bod), per year and cumulative,
                                   formule "nieuwbouw_sociaal + aankoop − sloop − verkoop − liberalisatie"
    investeringsruimte_gemeente    RuimteGemeente: nieuwbouw, eenmalig, whole corporatie and this gemeente's
                                   share; woningen_gemeente = floor(ruimte / stichtingskosten)
    fair_share                     FairShare (P04): investments here vs share of bezit
    efg                            EfgTempo: tempo needed to reach zero EFG by the doeljaar vs offered
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from bodcheck import opmaak, parameters
from bodcheck.model import (
    Afgeleid,
    Berekend,
    EfgTempo,
    FairShare,
    Investeringsruimte,
    Invoer,
    JaarBlad,
    RatioJaar,
    RuimteGemeente,
    Vergelijking,
    Voorraad,
    VoorraadJaar,
)
from bodcheck.vergelijking import bron_teksten, cel_naam, som_jaren
from rekenmodellen.ratios import NORM_NAMEN

PLUS = ("nieuwbouw_sociaal", "aankoop")
MIN = ("sloop", "verkoop", "liberalisatie")


def _getal(x: Any) -> float | None:
    return float(x) if isinstance(x, int | float) and not isinstance(x, bool) else None


# ---- voorraad ----------------------------------------------------------------------------------------


def voorraad(bod: JaarBlad | None) -> Voorraad | None:
    """Net change of the sociale voorraad per bod year, known values only."""
    if bod is None or not bod.jaren:
        return None
    per_jaar: list[VoorraadJaar] = []
    cumulatief = 0.0
    ooit_bekend = False
    plus_ontbreekt = False
    bronnen: list[str] = []
    for j in sorted(bod.jaren):
        comp = {c: bod.getal(c, j) for c in (*PLUS, *MIN)}
        ontbrekend = [cel_naam(bod, c, j) for c, x in comp.items() if x is None]
        plus_ontbreekt = plus_ontbreekt or any(comp[c] is None for c in PLUS)
        bekend = [x for x in comp.values() if x is not None]
        mutatie = None
        if bekend:
            mutatie = sum(comp[c] or 0.0 for c in PLUS) - sum(comp[c] or 0.0 for c in MIN)
            cumulatief += mutatie
            ooit_bekend = True
        bronnen += [str(b) for c in comp if (b := bod.bron(c, j)) is not None and comp[c] is not None]
        per_jaar.append(VoorraadJaar(j, mutatie, cumulatief if ooit_bekend else None, comp, bool(ontbrekend),
                                     tuple(ontbrekend), plus_ontbreekt))
    regel = bod.regel("voorraad_sociaal")
    stand = {j: w.getal for j, w in sorted(regel.waarden.items()) if w.getal is not None} if regel else {}
    return Voorraad(
        formule="nieuwbouw_sociaal + aankoop − sloop − verkoop − liberalisatie",
        per_jaar=tuple(per_jaar),
        totaal=cumulatief if ooit_bekend else None,
        onvolledig=any(p.onvolledig for p in per_jaar),
        ontbrekend=tuple(n for p in per_jaar for n in p.ontbrekend),
        voorraad_sociaal=stand,
        bronnen=bron_teksten(bronnen),
    )


# ---- investeringsruimte ------------------------------------------------------------------------------


def stichtingskosten(berekend: Berekend | None) -> float:
    ir = berekend.investeringsruimte if berekend is not None else None
    if ir is not None and _getal(ir.parameters.get("stichtingskosten_per_woning")) is not None:
        return float(ir.parameters["stichtingskosten_per_woning"])
    return float(parameters.waarde("financieel", "stichtingskosten_per_woning"))


def investeringsruimte_gemeente(berekend: Berekend | None) -> RuimteGemeente | None:
    ir = berekend.investeringsruimte if berekend is not None else None
    if ir is None:
        return None
    nieuwbouw = next((s for s in ir.scenarios if s.naam == "nieuwbouw" and s.modus == "eenmalig"), None)
    if nieuwbouw is None or nieuwbouw.x_max is None:
        return None
    sk = stichtingskosten(berekend)
    ruimte = ir.ruimte_gemeente
    if ruimte is None and ir.aandeel_gemeente is not None:
        ruimte = ir.aandeel_gemeente * nieuwbouw.x_max
    return RuimteGemeente(
        x_max_corporatie=nieuwbouw.x_max,
        woningen_corporatie=nieuwbouw.woningen,
        aandeel_gemeente=ir.aandeel_gemeente,
        ruimte_gemeente=ruimte,
        stichtingskosten_per_woning=sk,
        woningen_gemeente=math.floor(ruimte / sk) if ruimte is not None and sk > 0 else None,
        tak=ir.tak,
    )


RUIMTE_SCOPE = {"TI": "de hele corporatie", "DAEB": "de DAEB-tak (sociale tak)", "niet-DAEB": "de niet-DAEB-tak"}
RUIMTE_KOLOM = {"TI": "Hele corporatie", "DAEB": "Corporatie, DAEB-tak", "niet-DAEB": "Corporatie, niet-DAEB-tak"}


def ruimte_scope(tak: str) -> str:
    """The scope of the investeringsruimte in words, from the tak it is computed on (review finding 7): the
    example computes it on DAEB, so every surface says "DAEB", never "de hele corporatie"."""
    return RUIMTE_SCOPE.get(tak, f"de tak {tak}")


def niet_te_berekenen(ratios: Iterable[RatioJaar]) -> str | None:
    """The normed kerncijfers the prognosis cannot compute in any of its years, per tak that has at least one,
    in words ("ICR, solvabiliteit en dekkingsratio (TI)"), or None when each can be computed in some year. A
    verdict "binnen de normen" must not cover them (review: it did, with only the LTV known)."""
    per_tak: dict[str, dict[str, bool]] = {}
    for r in ratios:
        for naam in NORM_NAMEN:
            per_tak.setdefault(r.tak, {}).setdefault(naam, False)
            per_tak[r.tak][naam] |= r.waarden.get(naam) is not None
    # a tak with nothing computable at all was not delivered (an empty sheet): not a gap of this prognosis
    delen = [f"{opmaak.ratio_namen([n for n, bekend in namen.items() if not bekend])} ({tak})"
             for tak, namen in per_tak.items() if any(namen.values()) and not all(namen.values())]
    return "; ".join(delen) or None


def normen_zonder_ruimte(ir: Investeringsruimte | None) -> str | None:
    """The norms whose room cannot be computed in any year of the horizon, in words, or None: the
    investeringsruimte and its binding norm hold only for the norms that can be computed (an upper bound)."""
    if ir is None or not ir.per_jaar:
        return None
    namen = [n for n in NORM_NAMEN if all(j.per_norm.get(n) is None for j in ir.per_jaar)]
    return opmaak.ratio_namen(namen) if namen else None


# ---- fair share (P04) ----------------------------------------------------------------------------------


def _prognose(invoer: Invoer) -> JaarBlad | None:
    return invoer.prognoses.get("TI") or invoer.prognoses.get("DAEB")


def fair_share(invoer: Invoer) -> FairShare | None:
    """Share of investments here (Bod.investering_gemeente) vs share of bezit (vhe_gemeente / vhe_totaal),
    over the years where both the bod and the prognose have numbers."""
    prognose = _prognose(invoer)
    if invoer.bod is None or prognose is None:
        return None
    regel = invoer.bod.regel("investering_gemeente")
    if regel is None:
        return None
    totaal_codes = ("investering_nieuwbouw", "investering_verbetering", "onderhoud")
    jaren = [j for j in sorted(regel.waarden) if regel.getal(j) is not None
             and all(prognose.getal(c, j) is not None for c in totaal_codes)]
    vhe_g, vhe_t = _getal(invoer.veld("vhe_gemeente")), _getal(invoer.veld("vhe_totaal"))
    hier = som_jaren(invoer.bod, "investering_gemeente", jaren, "bedrag")
    totaal_sommen = [som_jaren(prognose, c, jaren, "bedrag") for c in totaal_codes]
    totaal = sum(s.waarde or 0.0 for s in totaal_sommen) if jaren else None
    aandeel_bezit = vhe_g / vhe_t if vhe_g is not None and vhe_t else None
    aandeel_inv = hier.waarde / totaal if hier.waarde is not None and totaal else None
    verhouding = aandeel_inv / aandeel_bezit if aandeel_inv is not None and aandeel_bezit else None
    return FairShare(
        jaren=tuple(jaren), aandeel_bezit=aandeel_bezit, investering_gemeente=hier.waarde,
        investering_totaal=totaal, aandeel_investering=aandeel_inv, verhouding=verhouding,
        onvolledig=len(jaren) < len([j for j in regel.waarden if regel.getal(j) is not None]),
        bronnen=bron_teksten(invoer.veld_bron("vhe_gemeente"), invoer.veld_bron("vhe_totaal"),
                             hier.bronnen, *(s.bronnen for s in totaal_sommen)),
    )


# ---- EFG tempo (D01/D02) ------------------------------------------------------------------------------


def efg(bod: JaarBlad | None) -> EfgTempo | None:
    """Tempo needed to reach zero E/F/G by the doeljaar, vs the bod's own tempo (vraagpunten.md Revisions 2, D02).

    geboden = the mean yearly decrease of woningen_efg over the bod years (first to last known year);
    klaar_jaar = the first bod year in which the count, minus the homes with a sloop- or verkoopbesluit, reaches
    0 (a decided home counts as done); when no bod year reaches it, the year the tempo would reach it.
    nodig = (start_aantal − besloten in the start year) / (doeljaar − start_jaar)."""
    if bod is None:
        return None
    regel = bod.regel("woningen_efg")
    if regel is None:
        return None
    bekend = [(j, w.getal, w.bron) for j, w in sorted(regel.waarden.items()) if w.getal is not None]
    if not bekend:
        return None
    doeljaar = int(parameters.waarde("landelijk", "efg_doeljaar"))
    (j0, e0, b0), (j1, e1, b1) = bekend[0], bekend[-1]

    def besloten(j: int) -> float:
        return bod.getal("efg_sloop_verkoop", j) or 0.0

    rest = None
    if regel.getal(doeljaar) is not None:
        rest = (regel.getal(doeljaar) or 0.0) - besloten(doeljaar)
    open_start = e0 - besloten(j0)
    nodig = open_start / (doeljaar - j0) if doeljaar > j0 else None
    geboden = (e0 - e1) / (j1 - j0) if j1 > j0 else None
    klaar = next((j for j, e, _ in bekend if e - besloten(j) <= 0), None)
    if klaar is None and geboden is not None and geboden > 0:
        klaar = j1 + math.ceil((e1 - besloten(j1)) / geboden - 1e-9)
    return EfgTempo(
        doeljaar=doeljaar, start_jaar=j0, start_aantal=e0, eind_jaar=j1, eind_aantal=e1,
        rest_doeljaar=rest, nodig_per_jaar=nodig, geboden_per_jaar=geboden, klaar_jaar=klaar,
        bronnen=bron_teksten(b0, b1, bod.bron("woningen_efg", doeljaar), bod.bron("efg_sloop_verkoop", doeljaar)),
        start_besloten=besloten(j0), besloten_doeljaar=besloten(doeljaar),
        per_jaar=tuple((j, e, besloten(j)) for j, e, _ in bekend),
    )


def efg_doeljaar_tekst(efg: EfgTempo) -> str:
    """One figure for the doeljaar everywhere (review finding 1): the bod's count, and how many of them have a
    sloop- or verkoopbesluit: "38 woningen met label E, F of G, waarvan 14 met een sloop- of verkoopbesluit
    en 24 zonder"."""
    totaal_ = efg.aantal_doeljaar
    if totaal_ is None:
        return ""
    tekst = f"{opmaak.getal(totaal_)} woningen met label E, F of G"
    if efg.besloten_doeljaar > 0:
        tekst += (f", waarvan {opmaak.getal(efg.besloten_doeljaar)} met een sloop- of verkoopbesluit en "
                  f"{opmaak.getal(max(totaal_ - efg.besloten_doeljaar, 0.0))} zonder")
    return tekst


def bereken(invoer: Invoer, berekend: Berekend | None, vergelijking: list[Vergelijking]) -> Afgeleid:
    """All derived figures (parts in the module docstring)."""
    return Afgeleid(
        voorraad=voorraad(invoer.bod),
        investeringsruimte_gemeente=investeringsruimte_gemeente(berekend),
        fair_share=fair_share(invoer),
        efg=efg(invoer.bod),
    )
