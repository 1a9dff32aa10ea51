"""Beschikbaarheid: B01–B15 (vraagpunten.md §3.2 and the new rules)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bodcheck import oordeel, opmaak
from bodcheck.model import GenoemdeWaarde, Vergelijking, VoorraadJaar
from bodcheck.vergelijking import beslist
from bodcheck.vraagpunten.kader import (
    Bevinding,
    Context,
    Ontbreekt,
    Uitkomst,
    aantal,
    bronnen_van,
    drempel,
    genoemd,
    genoemd_totaal,
    jaren,
    jaren_van,
    landelijk,
    landelijk_per_jaar,
    omschrijving,
    per_jaar_tekst,
    periode,
    positief,
    reeks,
    regel,
    som,
    toelichting_van,
    totaal,
    uit_punten,
    uitleg,
    wet_regie,
)

TEKORT = ("gedeeltelijk", "voldoet_niet")


def nieuwbouw_tekort(ctx: Context) -> list[Vergelijking]:
    """nieuwbouw_sociaal targets whose summary (over the period, per saldo) is gedeeltelijk or voldoet_niet,
    where the known part decides (B01, B09, F03)."""
    return [v for v in ctx.samenvattingen("nieuwbouw_sociaal") if v.status in TEKORT and beslist(v)]


def _per_jaar(ctx: Context, samenvatting: Vergelijking) -> list[Vergelijking]:
    """The per-year entries behind a summary entry (empty for a periode target)."""
    return next((pj for s, pj in oordeel.per_doel(ctx.vergelijking) if s is samenvatting), [])


def _periode(v: Vergelijking) -> str:
    return str(v.jaar) if v.jaar is not None else periode(v.van_jaar, v.tot_jaar)


def _aandeel_zin(vs: list[Vergelijking]) -> str:
    v = vs[0]
    if v.aandeel_herkomst == "naar_rato_bezit":
        return f" (uw deel, verondersteld naar rato van bezit: {opmaak.procent(v.aandeel)})"
    if v.aandeel_herkomst == "opgegeven" and v.aandeel is not None and v.aandeel < 1:
        return f" (uw deel: {opmaak.procent(v.aandeel)})"
    return ""


def _aandeel_waarde(v: Vergelijking) -> tuple[GenoemdeWaarde, ...]:
    if v.aandeel is not None and v.aandeel < 1 and v.aandeel_herkomst in ("naar_rato_bezit", "opgegeven"):
        return (GenoemdeWaarde(v.aandeel, "%"),)
    return ()


def achterstallig(ctx: Context, toelichting: str) -> list:
    """Overdue gemeente tegenprestaties the toelichting names (a word of five letters or more in common)."""
    woorden = {w.casefold() for w in re.findall(r"[A-Za-zÀ-ÿ]{5,}", toelichting) if w[0].isupper()}
    uit = []
    for t in ctx.invoer.gemeente_levert or []:
        te_laat = t.status == "achter" or (t.status == "toegezegd" and t.jaar is not None and t.jaar < ctx.bodjaar)
        if te_laat and woorden & {w.casefold() for w in re.findall(r"[A-Za-zÀ-ÿ]{5,}", t.tegenprestatie)}:
            uit.append(t)
    return uit


def _saldo_waarden(per_jaar: list[Vergelijking]) -> tuple[GenoemdeWaarde, ...]:
    """The numbers of oordeel.per_saldo: years below, years above and the balance (derived)."""
    onder = sum(v.verschil for v in per_jaar if v.verschil is not None and v.verschil < 0)
    boven = sum(v.verschil for v in per_jaar if v.verschil is not None and v.verschil > 0)
    return (GenoemdeWaarde(abs(onder), "aantal"), GenoemdeWaarde(boven, "aantal"),
            GenoemdeWaarde(abs(onder + boven), "aantal"))


@regel("B01", "NIEUWBOUW_ONDER_DOEL", "beschikbaarheid", "midden", "G", "[S19][S21]")
def b01(ctx: Context) -> Iterator[Bevinding]:
    """Per target, over its period (vraagpunten.md Revisions 2): a total that falls short is said per saldo,
    with the years that make up for others; a total that holds while early years fall short is a question about
    timing. A toelichting on the row is quoted and the question asks the follow-up."""
    for v in ctx.samenvattingen("nieuwbouw_sociaal"):
        per_jaar = _per_jaar(ctx, v)
        if v.doel is None or v.bod is None or not beslist(v):
            continue
        kort_jaren = [p for p in per_jaar if p.status in TEKORT]
        if v.status not in TEKORT and not kort_jaren:
            continue
        saldo = oordeel.per_saldo(per_jaar)
        waarden = (GenoemdeWaarde(v.doel, "aantal"), GenoemdeWaarde(v.bod, "aantal"), *_aandeel_waarde(v))
        gevraagd = (f"De woonvisie vraagt van uw corporatie {aantal(v.doel)} nieuwe sociale huurwoningen in "
                    f"{_periode(v)}{_aandeel_zin([v])}; u biedt er {aantal(v.bod)}")
        if v.status in TEKORT:
            feit = gevraagd + (f": {saldo}." if saldo else f", {aantal(v.doel - v.bod)} minder.")
            waarden += _saldo_waarden(per_jaar) if saldo else (GenoemdeWaarde(v.doel - v.bod, "aantal"),)
            vraag = "Hoe lossen we het verschil samen op?"
        else:
            feit = gevraagd + f". Over de periode is dat genoeg, maar {saldo or 'niet elk jaar'}."
            waarden += _saldo_waarden(per_jaar) if saldo else ()
            vraag = "Waarom komen de woningen later, en wat gebeurt er als de late projecten verder verschuiven?"
        toelichting = v.toelichting or ""
        adressaat = None
        if toelichting:
            te_laat = achterstallig(ctx, toelichting)
            vraag = (f"U licht toe: ‘{toelichting}’ Welke planning hoort daarbij als dat op tijd rond is, en wat "
                     "als het later wordt?")
            if te_laat:
                adressaat = "allen"
                vraag += (f" De gemeente heeft ‘{te_laat[0].tegenprestatie}’ nog niet geleverd: wanneer kan zij dat "
                          "wél, en wat betekent dat voor de planning?")
        hoog = v.prioriteit == "hoog" and v.status in TEKORT
        yield Bevinding(
            f"{feit} {vraag}",
            "Nieuwbouw van sociale huurwoningen is de kern van de opgave; landelijk is afgesproken dat "
            "corporaties vanaf uiterlijk 2029 30.000 sociale huurwoningen per jaar bouwen (NPA 2024, "
            f"{landelijk('npa_2024_partijen')}).",
            bronnen_van(v.bronnen, v.toelichting_bron), sleutel="nieuwbouw_sociaal",
            ernst="hoog" if hoog else (None if v.status in TEKORT else "laag"), adressaat=adressaat,
            waarden=waarden,
        )


@regel("B02", "NIEUWBOUW_ONREALISTISCH", "beschikbaarheid", "midden", "B", "[S60][S91]")
def b02(ctx: Context) -> Iterator[Uitkomst]:
    n = int(drempel("nieuwbouw_realisatie_jaren"))
    realisatie = reeks(ctx.invoer.realisatie, "nieuwbouw_sociaal", range(ctx.bodjaar - n, ctx.bodjaar))
    if not realisatie:
        yield Ontbreekt("nieuwbouw_sociaal", blad="Realisatie")
        return
    piek = max(p.getal for p in realisatie)
    hard_min = float(drempel("harde_plannen_min"))
    hoog = []
    for p in positief(ctx.bod, "nieuwbouw_sociaal"):
        hard = ctx.bod.getal("nieuwbouw_sociaal_hard", p.jaar)
        if p.getal > float(drempel("nieuwbouw_piek_factor")) * piek and (hard is None or hard < hard_min * p.getal):
            hoog.append(p)
    if hoog:
        yield Bevinding(
            f"U biedt {per_jaar_tekst(hoog)} nieuwe sociale huurwoningen; de afgelopen {n} jaar waren het er "
            f"hoogstens {aantal(piek)} per jaar. Welke projecten zijn al zeker (grond, vergunning, aannemer), "
            "en wat is een realistische verwachting?",
            "Corporaties realiseren gemiddeld ongeveer 60% van hun eigen nieuwbouwplannen; een sprong ver "
            "boven de eigen realisatie vraagt om harde projecten.",
            bronnen_van(hoog, realisatie), sleutel="nieuwbouw_sociaal",
            waarden=(*uit_punten(hoog), *genoemd(n),
                     *genoemd(piek, "aantal", next(p for p in realisatie if p.getal == piek))),
        )


def _krimpjaar(ctx: Context) -> VoorraadJaar | None:
    """The bod year with the lowest cumulative net change < 0, where the known part decides."""
    v = ctx.afgeleid.voorraad
    if not v:
        return None
    kandidaten = [p for p in v.per_jaar if p.cumulatief is not None and p.cumulatief < 0
                  and not p.ontbrekend_plus]
    return min(kandidaten, key=lambda p: (p.cumulatief, p.jaar)) if kandidaten else None


@regel("B03", "KERNVOORRAAD_KRIMPT", "beschikbaarheid", "hoog", "B", "[S24][S28]")
def b03(ctx: Context) -> Iterator[Bevinding]:
    p = _krimpjaar(ctx)
    if p is None:
        return
    v = ctx.afgeleid.voorraad
    onvolledig = " (sloop, verkoop of liberalisatie zijn niet voor elk jaar ingevuld)" if p.onvolledig else ""
    yield Bevinding(
        f"Nieuwbouw en aankoop min sloop, verkoop en liberalisatie: in {p.jaar} heeft u hier "
        f"{aantal(-p.cumulatief)} sociale huurwoningen minder dan nu{onvolledig}. Is dat een tijdelijke dip "
        "door vervangende nieuwbouw, en wanneer groeit de voorraad weer?",
        "Landelijk is afgesproken dat de sociale voorraad netto groeit en dat corporaties kritisch kijken naar "
        "sloop en verkoop (NPA 2022).",
        tuple(v.bronnen), sleutel="voorraad", waarden=genoemd(-p.cumulatief, "aantal", None, p.jaar),
    )


@regel("B04", "VERKOOP_ONONDERBOUWD", "beschikbaarheid", "midden", "B", "[S51][S67]")
def b04(ctx: Context) -> Iterator[Bevinding]:
    verkoop = positief(ctx.bod, "verkoop")
    if verkoop and not toelichting_van(ctx.bod, "verkoop"):
        yield Bevinding(
            f"U wilt in {jaren(jaren_van(verkoop))} {aantal(totaal(verkoop))} woningen verkopen; het bod licht "
            "niet toe welke. Om welke woningen gaat het, waar staan ze, aan wie verkoopt u ze en wat doet u met "
            "de opbrengst?",
            "De Aedes-leidraad verkoop vraagt corporaties uit te leggen waarom, hoeveel, welke, waar en hoe.",
            bronnen_van(verkoop), sleutel="verkoop", waarden=genoemd_totaal(verkoop),
        )


@regel("B05", "VERKOOP_BELEGGER", "beschikbaarheid", "midden", "H", "[S49][S50]")
def b05(ctx: Context) -> Iterator[Bevinding]:
    derden = positief(ctx.bod, "verkoop_derden")
    if derden:
        yield Bevinding(
            f"U wilt in {jaren(jaren_van(derden))} {aantal(totaal(derden))} woningen aan een belegger of andere "
            "niet-bewoner verkopen. Biedt u ze eerst aan de zittende huurders aan en, bij blijvend "
            "gereguleerde woningen, daarna aan andere corporaties, zoals de verkoopregels sinds 1 juli 2024 "
            "vragen?",
            "Verkoop aan partijen die er niet zelf gaan wonen, vraagt goedkeuring van de Autoriteit "
            "woningcorporaties; sinds 1 juli 2024 gaan zittende huurders voor.",
            bronnen_van(derden), sleutel="verkoop_derden", waarden=genoemd_totaal(derden),
        )


@regel("B06", "SLOOP_ZONDER_VERVANGING", "beschikbaarheid", "midden", "B", "[S24][S103]")
def b06(ctx: Context) -> Iterator[Bevinding]:
    sloop = positief(ctx.bod, "sloop")
    if not sloop:
        return
    venster = range(sloop[0].jaar, sloop[-1].jaar + int(drempel("sloop_vervanging_jaren")) + 1)
    nieuw = reeks(ctx.bod, "nieuwbouw_sociaal", venster)
    if totaal(nieuw) < totaal(sloop):
        yield Bevinding(
            f"U sloopt in {jaren(jaren_van(sloop))} {aantal(totaal(sloop))} woningen; in "
            f"{periode(venster[0], venster[-1])} staan {aantal(totaal(nieuw))} nieuwe sociale huurwoningen in "
            "het bod. Komt er voor de gesloopte woningen minstens hetzelfde aantal sociale huurwoningen terug, "
            "en wanneer?",
            "Sloop zonder vervanging verkleint de voorraad; bewoners moeten bovendien worden herhuisvest.",
            bronnen_van(sloop, nieuw), sleutel="sloop",
            waarden=(*genoemd_totaal(sloop), *genoemd(totaal(nieuw))),
        )


def _groei_gevraagd(ctx: Context) -> list:
    return [d for d in ctx.doelen("nieuwbouw_sociaal", "voorraad_sociaal") if d.soort == "minimaal"]


@regel("B07", "LIBERALISATIE", "beschikbaarheid", "midden", "B", "[S24]")
def b07(ctx: Context) -> Iterator[Bevinding]:
    lib = positief(ctx.bod, "liberalisatie")
    doelen = _groei_gevraagd(ctx)
    if lib and doelen:
        citaat, cel = uitleg(ctx.bod, "liberalisatie")
        vervolg = (" Voor welke huurders zijn deze woningen daarna bedoeld, en hoe past dat bij de groei van de "
                   "sociale voorraad die de woonvisie vraagt?" if citaat else
                   " Om welke woningen gaat het en voor wie zijn ze bedoeld? Hoe past dat bij de groei van de "
                   "sociale voorraad die de woonvisie vraagt?")
        yield Bevinding(
            f"U wilt in {jaren(jaren_van(lib))} {aantal(totaal(lib))} woningen bij nieuwe verhuur boven de "
            f"sociale huurgrens verhuren.{citaat}{vervolg}",
            "Liberalisatie onttrekt woningen aan de sociale voorraad.",
            bronnen_van(lib, [d.bron for d in doelen], cel), sleutel="liberalisatie",
            waarden=genoemd_totaal(lib),
        )


@regel("B08", "AANDEEL_SOCIAAL", "beschikbaarheid", "midden", "G", "[S74][S75][S13]")
def b08(ctx: Context) -> Iterator[Bevinding]:
    sociaal, alle = ctx.invoer.veld("sociale_voorraad_gemeente"), ctx.invoer.veld("woningen_gemeente")
    doelen = ctx.doelen("nieuwbouw_totaal")
    if not isinstance(sociaal, int | float) or not isinstance(alle, int | float) or not alle or not doelen:
        return
    aandeel = sociaal / alle
    d = doelen[0]
    bereik = range(d.van_jaar, d.tot_jaar + 1)
    n_totaal = d.waarde if d.per == "periode" else d.waarde * len(bereik)
    nieuw = som(ctx.bod, "nieuwbouw_sociaal", [j for j in bereik if ctx.bod and j in ctx.bod.jaren])
    if nieuw.waarde is None or not n_totaal:
        return
    deel = nieuw.waarde / n_totaal
    if aandeel < float(landelijk("aandeel_sociale_huur_streef")) and deel < float(landelijk("aandeel_sociaal_nieuwbouw")):
        yield Bevinding(
            f"In {ctx.gemeente} is {opmaak.procent(aandeel)} van de woningen een sociale huurwoning; van de "
            f"{aantal(n_totaal)} nieuwbouwwoningen die de woonvisie in {jaren(bereik)} noemt, is "
            f"{opmaak.procent(deel)} sociale huur in dit bod. Hoe komen we samen dichter bij "
            f"{opmaak.procent(float(landelijk('aandeel_sociale_huur_streef')), 0)} sociale huur en een derde "
            "sociaal in de nieuwbouw?",
            f"{opmaak.procent(float(landelijk('aandeel_sociale_huur_streef')), 0)} sociale huur per gemeente is "
            "een afspraak uit de NPA 2022 (via regionale woondeals) en "
            f"provinciaal beleid, geen wettelijke norm; een derde sociaal in de nieuwbouw staat in de {wet_regie()}. "
            "De gemeente toetst dit ook bij zichzelf (zie 'Wat de gemeente zelf levert' in het beoordelingsrapport).",
            bronnen_van(ctx.invoer.veld_bron("sociale_voorraad_gemeente"), ctx.invoer.veld_bron("woningen_gemeente"),
                        d.bron, nieuw.bronnen),
            waarden=(*genoemd(aandeel, "%"), *genoemd(n_totaal, "aantal", d.bron if d.per == "periode" else None),
                     *genoemd(deel, "%"), *genoemd(float(landelijk("aandeel_sociale_huur_streef")), "%")),
        )


@regel("B09", "MIDDENHUUR_VOOR_SOCIAAL", "beschikbaarheid", "laag", "B", "[S9][S22]")
def b09(ctx: Context) -> Iterator[Bevinding]:
    # the same target, years and rows as B01: the summary of the nieuwbouw target over its period
    tekort = nieuwbouw_tekort(ctx)
    if not tekort:
        return
    v = tekort[0]
    jaren_doel = range(v.van_jaar or ctx.bodjaar, (v.tot_jaar or ctx.bodjaar) + 1)
    midden = [p for p in positief(ctx.bod, "nieuwbouw_midden") if p.jaar in jaren_doel]
    if not midden or v.doel is None or v.bod is None:
        return
    doel_midden = sum(x.doel or 0 for x in ctx.samenvattingen("nieuwbouw_midden"))
    if ctx.samenvattingen("nieuwbouw_midden") and totaal(midden) <= doel_midden:
        return
    yield Bevinding(
        f"U plant in {_periode(v)} {aantal(totaal(midden))} middenhuur- en {aantal(v.bod)} sociale huurwoningen, "
        f"over die periode {aantal(v.doel - v.bod)} sociale minder dan de woonvisie vraagt. Gaat de middenhuur ten "
        "koste van sociale huur (zelfde locatie of geld) of komt ze erbij? Krijgen doorstromers uit een sociale "
        "huurwoning voorrang?",
        "Corporaties zetten hun middelen bij voorrang in voor sociale huur (DAEB); middenhuur kan de "
        "doorstroming helpen.",
        bronnen_van(midden, v.bronnen), sleutel="nieuwbouw_midden",
        waarden=(GenoemdeWaarde(totaal(midden), "aantal"), GenoemdeWaarde(v.bod, "aantal"),
                 GenoemdeWaarde(v.doel - v.bod, "aantal")),
    )


TYPEN = {"nieuwbouw_klein": "woningen voor één of twee personen", "nieuwbouw_nultreden": "nultredenwoningen"}


def _doel_aandeel(ctx: Context, code: str) -> tuple[float, list] | None:
    """The woonvisie's share of a woningtype in the nieuwbouw: a % target, or aantal / nieuwbouw targets."""
    doelen = ctx.doelen(code)
    if not doelen:
        return None
    if doelen[0].eenheid == "%":
        return doelen[0].waarde, doelen
    type_doel = sum(v.doel or 0 for v in ctx.vergelijkingen(code))
    alle = sum(v.doel or 0 for c in ("nieuwbouw_sociaal", "nieuwbouw_midden") for v in ctx.vergelijkingen(c))
    return (type_doel / alle, doelen) if alle else None


@regel("B10", "WONINGTYPE_MISMATCH", "beschikbaarheid", "laag", "G", "[S81]")
def b10(ctx: Context) -> Iterator[Bevinding]:
    nieuw = totaal(reeks(ctx.bod, "nieuwbouw_sociaal")) + totaal(reeks(ctx.bod, "nieuwbouw_midden"))
    for code, naam in TYPEN.items():
        gevraagd = _doel_aandeel(ctx, code)
        punten = reeks(ctx.bod, code)
        if gevraagd is None or not punten or not nieuw:
            continue
        geboden = totaal(punten) / nieuw
        if abs(geboden - gevraagd[0]) > float(drempel("woningtype_afwijking")):
            yield Bevinding(
                f"De woonvisie vraagt dat {opmaak.procent(gevraagd[0])} van de nieuwbouw {naam} is; in het bod "
                f"is dat {opmaak.procent(geboden)} ({aantal(totaal(punten))} van {aantal(nieuw)}). Hoe sluiten "
                "we het woningtype beter aan op de behoefte, en welke projecten lenen zich daarvoor?",
                "Passende woningen helpen de doorstroming en sluiten aan op de huishoudens die wachten.",
                bronnen_van(punten, [d.bron for d in gevraagd[1]]), sleutel=code,
                waarden=(*genoemd(gevraagd[0], "%", gevraagd[1][0].bron if gevraagd[1][0].eenheid == "%" else None),
                         *genoemd(geboden, "%"), *genoemd_totaal(punten), *genoemd(nieuw)),
            )


@regel("B11", "VRIJE_TOEWIJZING", "beschikbaarheid", "midden", "B", "[S38]")
def b11(ctx: Context) -> Iterator[Bevinding]:
    standaard = float(landelijk("vrije_ruimte_standaard"))
    hoog = [p for p in reeks(ctx.bod, "vrije_toewijzingsruimte") if p.getal > standaard + 1e-9]
    if hoog:
        yield Bevinding(
            f"U vraagt een vrije toewijzingsruimte van {per_jaar_tekst(hoog, '%')}, boven de standaard "
            f"{opmaak.procent(standaard)}. Voor welke groepen wilt u die ruimte gebruiken, en wie gaat het ten "
            "koste van?",
            f"De vrije ruimte mag alleen boven {opmaak.procent(standaard)} (tot "
            f"{opmaak.procent(float(landelijk('vrije_ruimte_max')))}) als dat in de prestatieafspraken van elke "
            "betrokken gemeente staat.",
            bronnen_van(hoog), sleutel="vrije_toewijzingsruimte",
            waarden=(*uit_punten(hoog, "%"), *genoemd(standaard, "%")),
        )


@regel("B12", "WACHTTIJD", "beschikbaarheid", "midden", "B", "praktijk; [s003]")
def b12(ctx: Context) -> Iterator[Bevinding]:
    punten = reeks(ctx.invoer.realisatie, "inschrijfduur")
    doelen = [d for d in ctx.doelen("inschrijfduur") if d.soort in ("maximaal", "streefwaarde")]
    if not punten:
        if doelen:
            yield Bevinding(
                f"De woonvisie noemt een inschrijfduur van hoogstens {opmaak.getal(doelen[0].waarde, 1)} jaar, "
                "maar er zijn geen cijfers over de inschrijfduur van nieuwe huurders. Kunt u die per jaar "
                "aanleveren, zodat we samen zien voor wie het wachten het langst is?",
                "De inschrijfduur is de maat die inwoners en raad gebruiken.",
                bronnen_van([d.bron for d in doelen]), sleutel="inschrijfduur", ernst="info",
                waarden=genoemd(doelen[0].waarde, "jaren", doelen[0].bron),
            )
        return
    laatste = punten[-1]
    eerder = next((p for p in punten if p.jaar == laatste.jaar - 2), None)
    stijgt = eerder is not None and laatste.getal - eerder.getal >= float(drempel("inschrijfduur_stijging")) - 1e-9
    boven = any(laatste.getal > d.waarde for d in doelen)
    if stijgt or boven:
        van = eerder or punten[0]
        yield Bevinding(
            f"De inschrijfduur van nieuwe huurders ging van {opmaak.getal(van.getal, 1)} jaar in {van.jaar} naar "
            f"{opmaak.getal(laatste.getal, 1)} jaar in {laatste.jaar}. Voor welke groepen is het wachten het "
            "langst, en wat in uw bod helpt juist hen?",
            "De inschrijfduur is de maat die inwoners en raad gebruiken.",
            bronnen_van(van, laatste, [d.bron for d in doelen]), sleutel="inschrijfduur",
            waarden=uit_punten([van, laatste], "jaren"),
        )


def _mutatiegraad_laag(ctx: Context) -> tuple | None:
    """(laatste, vorige) when the mutatiegraad (Realisatie, else Wijken) is below the minimum and falling."""
    punten = reeks(ctx.invoer.realisatie, "mutatiegraad")
    if len(punten) >= 2 and punten[-1].getal < float(drempel("mutatiegraad_min")) and punten[-1].getal < punten[-2].getal:
        return punten[-1], punten[-2]
    return None


@regel("B13", "DOORSTROMING", "beschikbaarheid", "laag", "B", "[S81]")
def b13(ctx: Context) -> Iterator[Bevinding]:
    doelen = ctx.doelen("doorstroming")
    if doelen and ctx.bod is not None and not ctx.bod.heeft_getal("doorstroming"):
        yield Bevinding(
            f"De woonvisie vraagt {aantal(doelen[0].waarde)} verhuizingen naar een passender woning; het bod "
            "noemt geen aantal. Wat doet u om ouderen en kleine huishoudens in grote woningen te helpen verhuizen "
            "(huur meenemen, verhuishulp, voorrang op nultredenwoningen), en hoeveel verhuizingen verwacht u per "
            "jaar?",
            "Elke vrijgekomen woning helpt iemand op de wachtlijst.",
            bronnen_van(doelen[0].bron), sleutel="doorstroming",
            waarden=genoemd(doelen[0].waarde, "aantal", doelen[0].bron),
        )
        return
    laag = _mutatiegraad_laag(ctx)
    if laag:
        yield Bevinding(
            f"De mutatiegraad is {opmaak.procent(laag[0].getal)} in {laag[0].jaar} (was "
            f"{opmaak.procent(laag[1].getal)}). Wat doet u om ouderen en kleine huishoudens in grote woningen te "
            "helpen verhuizen (huur meenemen, verhuishulp, voorrang op nultredenwoningen), en hoeveel "
            "verhuizingen verwacht u per jaar?",
            "Elke vrijgekomen woning helpt iemand op de wachtlijst.",
            bronnen_van(list(laag)), sleutel="mutatiegraad", waarden=uit_punten(list(laag), "%"),
        )


@regel("B14", "NIEUWBOUW_BETAALBAAR", "beschikbaarheid", "midden", "H", "[R20], [R5]")
def b14(ctx: Context) -> Iterator[Bevinding]:
    nieuw = positief(ctx.bod, "nieuwbouw_sociaal")
    if not nieuw:
        return
    aandeel = {p.jaar: p for p in reeks(ctx.bod, "nieuwbouw_onder_aftopping")}
    grens = float(drempel("nieuwbouw_onder_aftopping_min"))
    sector = opmaak.procent(float(landelijk("nieuwbouw_onder_aftopping_sector")), 0)
    if not aandeel:
        yield Bevinding(
            f"U bouwt in {jaren(jaren_van(nieuw))} {aantal(totaal(nieuw))} nieuwe sociale huurwoningen; het bod "
            "zegt niet welk deel een huur onder de aftoppingsgrens krijgt. Hoeveel zijn er straks bereikbaar voor "
            "huishoudens met huurtoeslag?",
            f"Nieuwe woningen worden vaak verhuurd aan de bovenkant van de sociale huur; in de sector lag {sector} "
            "van de nieuwbouw onder de aftoppingsgrens.",
            bronnen_van(nieuw), sleutel="nieuwbouw_onder_aftopping", waarden=genoemd_totaal(nieuw),
        )
        return
    laag = [p for p in nieuw if p.jaar in aandeel and aandeel[p.jaar].getal < grens]
    if laag:
        p = laag[0]
        bedrag = landelijk_per_jaar("aftoppingsgrens_laag", p.jaar)
        grens_tekst = f" ({opmaak.euro(bedrag, 2)})" if bedrag else ""
        yield Bevinding(
            f"Van de {aantal(p.getal)} nieuwe sociale huurwoningen in {p.jaar} krijgt "
            f"{opmaak.procent(aandeel[p.jaar].getal)} een huur onder de aftoppingsgrens{grens_tekst}. Hoeveel zijn "
            "er straks bereikbaar voor huishoudens met huurtoeslag?",
            f"Nieuwe woningen worden vaak verhuurd aan de bovenkant van de sociale huur; in de sector lag {sector} "
            "van de nieuwbouw onder de aftoppingsgrens.",
            bronnen_van(laag, [aandeel[q.jaar] for q in laag]), sleutel="nieuwbouw_onder_aftopping",
            waarden=(*uit_punten([p]), *uit_punten([aandeel[p.jaar]], "%"), *genoemd(bedrag, "bedrag")),
        )


@regel("B15", "MIDDENINKOMENS", "beschikbaarheid", "laag", "G", "[R6]")
def b15(ctx: Context) -> Iterator[Bevinding]:
    doelen = ctx.doelen("nieuwbouw_midden", "toewijzing_middeninkomen")
    if not doelen or ctx.bod is None:
        return
    if any(ctx.bod.heeft_getal(c) for c in ("vrije_toewijzingsruimte", "nieuwbouw_midden", "toewijzing_middeninkomen")):
        return
    yield Bevinding(
        f"De woonvisie vraagt ruimte voor middeninkomens ({doelen[0].omschrijving or omschrijving(doelen[0].code)}). "
        f"Gebruikt u de vrije toewijzingsruimte ({opmaak.procent(float(landelijk('vrije_ruimte_standaard')))}, "
        f"met afspraak tot {opmaak.procent(float(landelijk('vrije_ruimte_max')), 0)}) of middenhuur voor deze "
        "groep, en om hoeveel woningen per jaar gaat het?",
        "Middeninkomens vallen vaak tussen wal en schip: te veel inkomen voor sociale huur, te weinig voor de "
        "markt.",
        bronnen_van([d.bron for d in doelen]), sleutel="middeninkomens",
        waarden=(*genoemd(float(landelijk("vrije_ruimte_standaard")), "%"),
                 *genoemd(float(landelijk("vrije_ruimte_max")), "%")),
    )
