"""Leefbaarheid, doelgroepen, wonen en zorg: L01–L04, Z01–Z06 (vraagpunten.md §3.5 and the new rules)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

from bodcheck import opmaak
from bodcheck.model import WijkRegel
from bodcheck.vergelijking import afwijkingen, beslist
from bodcheck.vraagpunten.kader import (
    Bevinding,
    Context,
    Ontbreekt,
    Punt,
    Uitkomst,
    aantal,
    bronnen_van,
    drempel,
    genoemd,
    landelijk,
    npa_2024,
    positief,
    reeks,
    regel,
    toelichting_van,
    uit_punten,
    wet_regie,
)


@regel("L01", "LEEFBAARHEID_DAALT", "leefbaarheid", "midden", "B", "[S25]")
def l01(ctx: Context) -> Iterator[Bevinding]:
    punten = reeks(ctx.bod, "leefbaarheid_per_vhe")
    onder_afspraak = [a for a in afwijkingen(ctx.bod, ctx.invoer.afspraken, "leefbaarheid_per_vhe")
                      if a.slechter and a.telt]
    if onder_afspraak:
        a = onder_afspraak[0]
        van, naar, jaar_van, jaar_naar, bronnen = a.referentie, a.waarde, a.jaar, a.jaar, a.bronnen
        wat = f"van {opmaak.euro(van)} (afspraak {jaar_van}) naar {opmaak.euro(naar)} per woning in {jaar_naar}"
        waarden = (*genoemd(van, "bedrag", None, jaar_van), *genoemd(naar, "bedrag", None, jaar_naar))
    else:
        dalingen = [(p, q) for p, q in itertools.pairwise(punten) if q.getal < p.getal]
        if not dalingen:
            return
        p, q = dalingen[0]
        bronnen = bronnen_van(p, q)
        wat = f"van {opmaak.euro(p.getal)} in {p.jaar} naar {opmaak.euro(q.getal)} per woning in {q.jaar}"
        waarden = uit_punten([p, q], "bedrag")
    yield Bevinding(
        f"Het leefbaarheidsbudget daalt {wat}. Welke activiteiten vervallen?",
        "Landelijk is extra geld voor leefbaarheid afgesproken (NPA 2022, € 75 mln per jaar).",
        bronnen, sleutel="leefbaarheid_per_vhe", waarden=waarden,
    )


@regel("L02", "LEEFBAARHEID_ONGERICHT", "leefbaarheid", "laag", "G", "[S26]")
def l02(ctx: Context) -> Iterator[Bevinding]:
    punten = positief(ctx.bod, "leefbaarheid_per_vhe")
    per_wijk = any(w.code == "leefbaarheid_budget" for w in ctx.invoer.wijken or [])
    if punten and not per_wijk and not toelichting_van(ctx.bod, "leefbaarheid_per_vhe"):
        yield Bevinding(
            f"Het bod noemt een leefbaarheidsbudget van {opmaak.euro(punten[0].getal)} per woning in "
            f"{punten[0].jaar}, zonder wijk, activiteit of doel. In welke wijken en met welk doel zet u het in, "
            "en hoe stemmen we dat af met de wijkaanpak van de gemeente?",
            "Leefbaarheid vraagt een integrale aanpak onder regie van de gemeente.",
            bronnen_van(punten), sleutel="leefbaarheid_per_vhe", waarden=uit_punten(punten[:1], "bedrag"),
        )


def _wijk_reeks(w: WijkRegel) -> list[Punt]:
    return [Punt(j, x.getal, str(x.bron)) for j, x in sorted(w.waarden.items()) if x.getal is not None]


@regel("L03", "CONCENTRATIE", "leefbaarheid", "midden", "B", "[S13]")
def l03(ctx: Context) -> Iterator[Bevinding]:
    rijen = [w for w in ctx.invoer.wijken or [] if w.code == "toewijzingen_kwetsbaar" and _wijk_reeks(w)]
    if len(rijen) < 2:
        return
    jaar = max(p.jaar for w in rijen for p in _wijk_reeks(w))
    waarden = {w.wijk: next((p for p in _wijk_reeks(w) if p.jaar == jaar), None) for w in rijen}
    bekend = {k: p for k, p in waarden.items() if p is not None}
    if len(bekend) < 2:
        return
    gemiddeld = sum(p.getal for p in bekend.values()) / len(bekend)
    for wijk, p in bekend.items():
        if gemiddeld > 0 and p.getal > float(drempel("concentratie_factor")) * gemiddeld:
            yield Bevinding(
                f"In {wijk} ging in {jaar} {opmaak.procent(p.getal)} van de toewijzingen naar kwetsbare of urgente "
                f"huishoudens, tegen gemiddeld {opmaak.procent(gemiddeld)} in de wijken. Hoe voorkomen we samen dat "
                f"kwetsbare huishoudens zich in {wijk} concentreren?",
                "Een evenredige verdeling van kwetsbare huishoudens houdt wijken leefbaar.",
                bronnen_van([q for q in bekend.values()]), sleutel=wijk,
                waarden=(*uit_punten([p], "%"), *genoemd(gemiddeld, "%", None, jaar)),
            )


def _wijk_daling(ctx: Context, wijk: str) -> tuple[Punt, Punt] | None:
    rijen = {w.code: _wijk_reeks(w) for w in ctx.invoer.wijken or [] if w.wijk == wijk}
    waardering = rijen.get("waardering_bewoners", [])
    doelen = [d for d in ctx.doelen("waardering_bewoners") if d.soort in ("minimaal", "streefwaarde")]
    if waardering:
        laatste = waardering[-1]
        eerder = next((p for p in waardering if p.jaar == laatste.jaar - 2), None)
        if eerder and eerder.getal - laatste.getal >= float(drempel("waardering_daling")) - 1e-9:
            return eerder, laatste
        if any(laatste.getal < d.waarde for d in doelen):
            return (eerder or waardering[0]), laatste
    lbm = rijen.get("leefbaarometer", [])
    if len(lbm) >= 2 and lbm[-2].getal - lbm[-1].getal >= float(drempel("leefbaarometer_daling")) - 1e-9:
        return lbm[-2], lbm[-1]
    return None


VOORBEELD_SCORE = 7  # an example of a joint target the question offers


@regel("L04", "WIJK_SCORE_DAALT", "leefbaarheid", "midden", "B", "[s001]")
def l04(ctx: Context) -> Iterator[Bevinding]:
    wijken = list(dict.fromkeys(w.wijk for w in ctx.invoer.wijken or []))
    for wijk in wijken:
        daling = _wijk_daling(ctx, wijk)
        if daling is None:
            continue
        budget = next((_wijk_reeks(w) for w in ctx.invoer.wijken or []
                       if w.wijk == wijk and w.code == "leefbaarheid_budget"), [])
        if len(budget) >= 2 and budget[-1].getal > budget[-2].getal:
            continue
        a, b = daling
        yield Bevinding(
            f"In {wijk} daalde de score van bewoners en omgeving van {opmaak.getal(a.getal, 1)} in {a.jaar} naar "
            f"{opmaak.getal(b.getal, 1)} in {b.jaar}. Wat is ons gezamenlijke doel voor {ctx.bodjaar + 1} "
            f"(bijvoorbeeld minimaal een {opmaak.getal(VOORBEELD_SCORE)}), wie doet wat (corporatie, gemeente, zorg en welzijn) en hoe meten "
            "we het?",
            "Zo wordt leefbaarheid meetbaar; begin klein met één of twee cijfers per wijk.",
            bronnen_van(a, b), sleutel=wijk,
            waarden=(*uit_punten([a, b], "score"), *genoemd(VOORBEELD_SCORE, "score")),
        )


@regel("Z01", "STATUSHOUDERS", "doelgroepen", "midden", "G", "[S78][S79]")
def z01(ctx: Context) -> Iterator[Bevinding]:
    tekort = [v for v in ctx.vergelijkingen("statushouders") if v.status in ("gedeeltelijk", "voldoet_niet")
              and beslist(v)]
    if not tekort:
        return
    v = tekort[0]
    taak = v.doel / v.aandeel if v.aandeel else v.doel
    jaar = str(v.jaar) if v.jaar is not None else f"{v.van_jaar}–{v.tot_jaar}"
    deel = (f"; uw deel ({opmaak.procent(v.aandeel)}) is {aantal(v.doel)}" if v.aandeel and v.aandeel < 1
            else "")
    yield Bevinding(
        f"De gemeente moet in {jaar} {aantal(taak)} vergunninghouders huisvesten (in personen){deel}. In het bod "
        f"staan er {aantal(v.bod)}. Hoeveel woningen verwacht u daarvoor te hebben, en hoe verdelen we dat over "
        "de verhuurders in de gemeente?",
        "Het huisvesten van vergunninghouders is een wettelijke taak van de gemeente; de corporaties leveren de "
        "woningen.",
        bronnen_van([x.bronnen for x in tekort]), sleutel="statushouders",
        waarden=(*genoemd(taak, "aantal"), *genoemd(v.bod, "aantal"),
                 *((*genoemd(v.aandeel, "%"), *genoemd(v.doel, "aantal")) if deel else ())),
    )


@regel("Z02", "UITSTROOM", "doelgroepen", "midden", "G", "[S82][S13]")
def z02(ctx: Context) -> Iterator[Uitkomst]:
    doelen = ctx.doelen("uitstroom_bw_mo")
    regel_ = ctx.bod.regel("uitstroom_bw_mo") if ctx.bod is not None else None
    if regel_ is not None and any(w.tekst for w in regel_.waarden.values()):
        return  # text instead of a number: P07 asks for the number
    if doelen and ctx.bod is not None and not ctx.bod.heeft_getal("uitstroom_bw_mo"):
        yield Ontbreekt("uitstroom_bw_mo")
        yield Bevinding(
            f"De woonvisie vraagt {aantal(doelen[0].waarde)} woningen voor uitstroom uit opvang en beschermd wonen; "
            "het bod noemt geen aantal. Hoeveel woningen per jaar kunt u daarvoor beschikbaar stellen?",
            "Uitstroom uit opvang en beschermd wonen is een van de aandachtsgroepen; de Wet versterking regie "
            f"({landelijk('wet_regie_status')}) regelt uniforme urgentie.",
            bronnen_van(doelen[0].bron), sleutel="uitstroom_bw_mo",
            waarden=genoemd(doelen[0].waarde, "aantal", doelen[0].bron),
        )


@regel("Z03", "OUDEREN", "wonen_zorg", "midden", "B", "[S27][S80]")
def z03(ctx: Context) -> Iterator[Uitkomst]:
    doelen = ctx.doelen("ouderen_geclusterd", "nieuwbouw_nultreden")
    if doelen and ctx.bod is not None and not any(ctx.bod.heeft_getal(c) for c in
                                                  ("ouderen_geclusterd", "nieuwbouw_nultreden")):
        yield Ontbreekt("ouderen_geclusterd")
        yield Bevinding(
            f"De woonvisie vraagt woningen voor ouderen ({doelen[0].omschrijving or doelen[0].code}); het bod noemt "
            "geen geclusterde of nultredenwoningen. Wat draagt u bij aan geclusterde woonvormen voor ouderen en "
            "aan het levensloopbestendig maken van woningen?",
            f"Landelijk zijn afspraken gemaakt over geclusterde woonvormen voor ouderen ({npa_2024()}).",
            bronnen_van([d.bron for d in doelen]), sleutel="ouderen",
        )


@regel("Z04", "WOONZORGVISIE_ONTBREEKT", "wonen_zorg", "midden", "G", "[S27]")
def z04(ctx: Context) -> Iterator[Bevinding]:
    if ctx.invoer.woonvisie is None or ctx.invoer.veld("woonzorgvisie_datum") is not None:
        return
    vanaf = dt.date.fromisoformat(str(landelijk("woonzorgvisie_vanaf")))
    if ctx.peildatum >= vanaf:
        yield Bevinding(
            "Er is nog geen woonzorgvisie vastgesteld. Wanneer is die klaar, zodat we de afspraken over wonen en "
            "zorg kunnen onderbouwen?",
            f"Een woonzorgvisie per {opmaak.datum_lang(vanaf)} is afgesproken in de {npa_2024()}; dit wordt "
            f"wettelijk verankerd met de {wet_regie()}. De gemeente pakt dit zelf op (zie 'Wat de gemeente zelf levert' in het beoordelingsrapport).",
            bronnen_van(ctx.invoer.veld_bron("woonzorgvisie_datum")),
        )


@regel("Z05", "URGENTIEDRUK", "doelgroepen", "midden", "B", "[S13]")
def z05(ctx: Context) -> Iterator[Bevinding]:
    punten = reeks(ctx.invoer.realisatie, "urgente_toewijzingen") or reeks(ctx.bod, "urgente_toewijzingen")
    hoog = [p for p in punten if p.getal > float(drempel("urgentie_max")) + 1e-9]
    if hoog:
        p = hoog[-1]
        yield Bevinding(
            f"{opmaak.procent(p.getal)} van de woningen ging in {p.jaar} naar woningzoekenden met urgentie of "
            "voorrang. Wat betekent dat voor starters en andere woningzoekenden, en moeten we de urgentieregeling "
            "of de regionale verdeling bespreken?",
            "Een hoog aandeel urgenten verkleint de slaagkans van gewone woningzoekenden.",
            bronnen_van(hoog), sleutel="urgente_toewijzingen", waarden=uit_punten([p], "%"),
        )


@regel("Z06", "BEGELEIDING_KWETSBAAR", "doelgroepen", "midden", "G", "[s001], [S82]")
def z06(ctx: Context) -> Iterator[Bevinding]:
    punten = positief(ctx.bod, "uitstroom_bw_mo")
    doelen = ctx.doelen("uitstroom_bw_mo")
    gemeente = ctx.invoer.gemeente_levert
    if not (punten or doelen) or gemeente is None or any(t.thema in ("begeleiding", "zorg") for t in gemeente):
        return
    if punten:
        per_jaar = sum(p.getal for p in punten) / len(punten)
        feit = f"De corporatie biedt {opmaak.getal(per_jaar, 0)} woningen per jaar voor uitstroom uit beschermd wonen en opvang."
        waarden = genoemd(per_jaar, "aantal", punten[0] if len(punten) == 1 else None)
    else:
        d = doelen[0]
        feit = (f"De {'regio' if d.niveau == 'regio' else 'woonvisie'} vraagt {aantal(d.waarde)} woningen voor "
                f"uitstroom uit beschermd wonen en opvang ({d.van_jaar}–{d.tot_jaar}"
                f"{', per jaar' if d.per == 'jaar' else ''}).")
        waarden = genoemd(d.waarde, "aantal", d.bron)
    yield Bevinding(
        f"{feit} Wie zorgt voor begeleiding en nazorg na de verhuizing, hoe lang, en wie belt de corporatie als "
        "het misgaat?",
        "Corporaties verwachten dat de gemeente de begeleiding regelt; zonder begeleiding mislukt een verhuizing "
        "vaker.",
        bronnen_van(punten, [d.bron for d in doelen]), sleutel="uitstroom_bw_mo", waarden=waarden,
    )
