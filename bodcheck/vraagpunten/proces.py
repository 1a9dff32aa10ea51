"""Proces en volledigheid: P01–P16 (vraagpunten.md §3.1 and the new rules)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from bodcheck import codes, opmaak
from bodcheck.vergelijking import CONTEXT_DOELEN, afwijkingen, bron_teksten, relatief_achter
from bodcheck.vraagpunten.kader import (
    Bevinding,
    Context,
    Ontbreekt,
    Uitkomst,
    aantal,
    bronnen_van,
    drempel,
    genoemd,
    jaren,
    landelijk,
    nee,
    omschrijving,
    opsomming,
    periode,
    regel,
    thema_label,
    toelichting_van,
    uitleg,
    waarde,
)
from bodcheck.vraagpunten.kader import eenheid as eenheid_van


def _datum(ctx: Context, maand_dag: str) -> dt.date:
    maand, dag = (int(x) for x in maand_dag.split("-"))
    return dt.date(ctx.bodjaar, maand, dag)


@regel("P01", "BOD_TE_LAAT", "proces", "midden", "B", "Woningwet art. 44 lid 1 [S1][S5]")
def p01(ctx: Context) -> Iterator[Bevinding]:
    ontvangen = ctx.invoer.veld("datum_bod")
    if not isinstance(ontvangen, dt.date) or ctx.invoer.bodjaar is None:
        return
    uiterlijk = _datum(ctx, landelijk("bod_uiterlijk"))
    if ontvangen > uiterlijk:
        tekenen = _datum(ctx, landelijk("afspraken_uiterlijk"))
        yield Bevinding(
            f"Uw bod kwam op {opmaak.datum_lang(ontvangen)} binnen; afgesproken was "
            f"{opmaak.datum_lang(uiterlijk)}. Wat was de reden, en hoe plannen we de overleggen zo dat we "
            f"vóór {opmaak.datum_lang(tekenen)} kunnen tekenen?",
            "Het bod hoort uiterlijk 1 juli bij gemeente en huurdersorganisatie te zijn (art. 44 Woningwet). "
            "Komen partijen binnen zes maanden na het begin van het overleg niet tot afspraken, dan kan een "
            "geschil worden voorgelegd; een laat bod verkort de tijd voor een goed gesprek.",
            bronnen_van(ctx.invoer.veld_bron("datum_bod")),
        )


@regel("P02", "HO_NIET_BETROKKEN", "proces", "midden", "B", "Goede praktijk [S10]")
def p02(ctx: Context) -> Iterator[Bevinding]:
    if nee(ctx.invoer.veld("ho_betrokken")):
        ho = ctx.invoer.veld("huurdersorganisatie") or "de huurdersorganisatie"
        yield Bevinding(
            f"Volgens het werkboek was {ho} niet betrokken bij het opstellen van dit bod. Hoe kan de "
            "huurdersorganisatie haar inbreng alsnog geven, en waar zien we die terug in de afspraken?",
            "Het bod samen met de eigen huurdersorganisatie opstellen is goede praktijk; zij is een "
            "gelijkwaardige partij aan tafel.",
            bronnen_van(ctx.invoer.veld_bron("ho_betrokken")),
        )


@regel("P03", "GEEN_SPLITSING", "proces", "midden", "G", "[S69]")
def p03(ctx: Context) -> Iterator[Uitkomst]:
    hier, totaal = ctx.invoer.veld("vhe_gemeente"), ctx.invoer.veld("vhe_totaal")
    if ctx.bod is None or not isinstance(hier, int | float) or not isinstance(totaal, int | float):
        return
    if totaal > hier and not ctx.bod.heeft_getal("investering_gemeente"):
        yield Ontbreekt("investering_gemeente")
        yield Bevinding(
            f"Uw corporatie heeft {aantal(totaal)} woongelegenheden, waarvan {aantal(hier)} in "
            f"{ctx.gemeente}; het bod noemt geen investeringen voor {ctx.gemeente} apart. Kunt u de "
            "investeringen en aantallen voor onze gemeente per jaar geven?",
            "Zonder cijfers per gemeente is niet te zien welk deel van de middelen hier terechtkomt.",
            bronnen_van(ctx.invoer.veld_bron("vhe_totaal"), ctx.invoer.veld_bron("vhe_gemeente")),
            waarden=(*genoemd(totaal, "aantal", ctx.invoer.veld_bron("vhe_totaal")),
                     *genoemd(hier, "aantal", ctx.invoer.veld_bron("vhe_gemeente"))),
        )


@regel("P04", "FAIR_SHARE", "proces", "laag", "G", "[S69]")
def p04(ctx: Context) -> Iterator[Bevinding]:
    fs = ctx.afgeleid.fair_share
    if not fs or fs.verhouding is None or len(fs.jaren) < int(drempel("fair_share_min_jaren")):
        return
    if fs.verhouding < float(drempel("fair_share_factor")):
        yield Bevinding(
            f"{opmaak.procent(fs.aandeel_bezit)} van uw woningen staat in {ctx.gemeente}; van uw "
            f"investeringen in {jaren(fs.jaren)} (nieuwbouw, verbetering en onderhoud) komt "
            f"{opmaak.procent(fs.aandeel_investering)} hier terecht. Hoe verdeelt u uw middelen over de "
            "gemeenten, en welke opgave ziet u hier de komende vijf jaar?",
            "Een verschil tussen het aandeel bezit en het aandeel investeringen kan goede redenen hebben "
            "(de staat van het bezit, de opgave elders); het gesprek gaat over de portefeuillestrategie.",
            tuple(fs.bronnen), waarden=(*genoemd(fs.aandeel_bezit, "%"), *genoemd(fs.aandeel_investering, "%")),
        )


@regel("P05", "GEEN_FIN_ONDERBOUWING", "proces", "midden", "B", "[S69][S10]")
def p05(ctx: Context) -> Iterator[Uitkomst]:
    if ctx.bod is None:
        return
    if not any(b.heeft_getal("kasstroom_operationeel") for b in ctx.invoer.prognoses.values()):
        yield Ontbreekt("kasstroom_operationeel", "financien", "Prognose")
        yield Bevinding(
            "Bij het bod zit geen meerjarenprognose met kasstromen (dPi of begroting). Kunt u laten zien "
            "wat het bod kost en hoe het past in uw meerjarenbegroting?",
            "Zonder prognose is niet na te gaan of het bod financieel haalbaar is en hoeveel ruimte er is.",
        )


GROTE_AFWIJKING = 0.5  # P06: a gap of half last year's afspraak or more is asked first (ernst midden)


@regel("P06", "AFWIJKING_VORIG_JAAR", "proces", "midden", "B", "[S63]")
def p06(ctx: Context) -> Iterator[Bevinding]:
    if ctx.bod is None or ctx.invoer.afspraken is None:
        return
    grens = float(drempel("afwijking_vorig_jaar"))
    gevonden = []
    for code in ctx.bod.regels:
        afw = [a for a in afwijkingen(ctx.bod, ctx.invoer.afspraken, code)
               if a.slechter and a.telt and a.referentie and abs(a.verschil) / abs(a.referentie) > grens]
        if afw:
            gevonden.append((max(abs(a.verschil) / abs(a.referentie) for a in afw), code, afw))
    # the largest gap first (review finding 23: E/F/G 60 → 140 before verduurzaming 150 → 120); a row the
    # corporatie explains is asked too, quoting its toelichting and asking the follow-up
    for gat, code, afw in sorted(gevonden, key=lambda x: -x[0]):
        e = eenheid_van(code, ctx.bod)
        citaat, cel = uitleg(ctx.bod, code)
        vraag = (" Wat betekent dat voor de afspraak van vorig jaar: schuift het verschil door, en welke planning "
                 "hoort er nu bij?" if citaat else " Wat is er sinds de vorige afspraken veranderd?")
        yield Bevinding(
            f"Vorig jaar spraken we voor {omschrijving(code, ctx.bod)} af: "
            + ", ".join(f"{a.jaar_tekst}: {waarde(a.referentie, e)}" for a in afw)
            + ("; in het bod staat nu " if afw[0].lager_beter else "; nu biedt u ") + ", ".join(f"{a.jaar_tekst}: {waarde(a.waarde, e)}" for a in afw)
            + f".{citaat}{vraag}",
            "Afspraken moeten actueel zijn én consistent met vorig jaar"
            + ("." if citaat else "; het bod licht deze afwijking niet toe."),
            bronnen_van([a.bronnen for a in afw], cel), sleutel=code, waarden=_afwijking_waarden(afw, e),
            ernst=None if gat >= GROTE_AFWIJKING else "laag",
        )


def _afwijking_waarden(afw: list, eenheid: str) -> tuple:
    """Both sides of each deviation, each with its cell: the reference (Afspraken) first, then the sheet's."""
    uit: list = []
    for a in afw:
        ref_cel, eigen_cel = (a.bronnen[0], a.bronnen[1]) if len(a.bronnen) == 2 else (None, None)
        uit += [*genoemd(a.referentie, eenheid, ref_cel, a.jaar), *genoemd(a.waarde, eenheid, eigen_cel, a.jaar)]
    return tuple(uit)


def _inspanningscitaat(ctx: Context, code: str, van: int, tot: int) -> str | None:
    """The text of the cells in range when every cell is empty or text with an inspanningswoord."""
    regel_ = ctx.bod.regel(code) if ctx.bod is not None else None
    if regel_ is None:
        return None
    woorden = [w.lower() for w in drempel("inspanningswoorden")]
    citaat = None
    for j, w in sorted(regel_.waarden.items()):
        if not van <= j <= tot:
            continue
        if w.getal is not None:
            return None
        if w.tekst and w.tekst.strip():
            if not any(x in w.tekst.lower() for x in woorden):
                return None
            citaat = citaat or w.tekst.strip()
    return citaat


@regel("P07", "GEEN_KWANTITATIEF", "proces", "midden", "B", "[S67][S89][S58]")
def p07(ctx: Context) -> Iterator[Bevinding]:
    gezien: set[str] = set()
    for d in ctx.invoer.woonvisie or []:
        if d.code in gezien or d.code in CONTEXT_DOELEN:
            continue
        citaat = _inspanningscitaat(ctx, d.code, d.van_jaar, d.tot_jaar)
        if citaat:
            gezien.add(d.code)
            # A regio row without aandeel_corporatie is the whole region's target, not this corporatie's
            # (vraagpunten Revisions 2, Regional targets): say so, never "terwijl de woonvisie 60 vraagt".
            regionaal = d.niveau == "regio" and d.aandeel_corporatie is None
            getal, jaren_ = waarde(d.waarde, d.eenheid or eenheid_van(d.code)), periode(d.van_jaar, d.tot_jaar)
            toel = toelichting_van(ctx.bod, d.code)
            uitleg = f" U licht toe: '{toel}'" + ("" if toel.endswith((".", "!", "?")) else ".") if toel else ""
            if regionaal:
                vraag = (f"Bij {omschrijving(d.code, ctx.bod)} staat in het bod '{citaat}'.{uitleg} De regio "
                         f"vraagt {getal} ({jaren_}) voor alle corporaties in de regio samen; dat is een regionale opgave, "
                         "geen doel voor uw corporatie alleen. Welk deel neemt u op zich, en kunnen we daar een "
                         "aantal per jaar aan koppelen, zodat we het volgend jaar samen kunnen terugzien?")
            else:
                vraag = (f"Bij {omschrijving(d.code, ctx.bod)} staat in het bod '{citaat}', terwijl de woonvisie "
                         f"{getal} vraagt ({jaren_}).{uitleg} Kunnen we daar een aantal en een jaar aan koppelen, zodat we "
                         "het volgend jaar samen kunnen terugzien?")
            yield Bevinding(
                vraag,
                "Een afspraak zonder getal is niet te volgen; liever drie goede afspraken dan een zaal vol "
                "vrijblijvendheid.",
                bronnen_van(d.bron, [w.bron for w in ctx.bod.regel(d.code).waarden.values()]),
                sleutel=d.code, waarden=genoemd(d.waarde, d.eenheid or eenheid_van(d.code), d.bron),
            )


@regel("P08", "THEMA_ONTBREEKT", "proces", "midden", "B", "[S63]")
def p08(ctx: Context) -> Iterator[Bevinding]:
    if ctx.bod is None:
        return
    bod_themas = {r.thema or codes.thema_van(r.code) for r in ctx.bod.regels.values()}
    for thema in ctx.doel_themas():
        if thema in bod_themas:
            continue
        doelen = [d for d in ctx.invoer.woonvisie or [] if (d.thema or codes.thema_van(d.code)) == thema]
        # a toezegging on the thema is quoted: "alleen een verkenning, geen aantal", not "niets" (review 4)
        toezegging = next((t for t in ctx.invoer.toezeggingen or [] if t.thema == thema and t.tekst.strip()), None)
        stand = ("in het bod staat daar geen regel over. Wat is uw bijdrage aan dit thema in "
                 f"{jaren(ctx.bod.jaren)}?" if toezegging is None else
                 f"in het bod staat daarover alleen de toezegging ‘{toezegging.tekst.strip()}’, zonder aantal. "
                 f"Hoeveel woningen verwacht u daaruit, en wanneer, in {jaren(ctx.bod.jaren)} of daarna?")
        yield Bevinding(
            f"De woonvisie vraagt aandacht voor {thema_label(thema)} ("
            + "; ".join(d.omschrijving or omschrijving(d.code) for d in doelen)
            + f"); {stand}",
            "Een bod dat een thema van de woonvisie overslaat, is onvolledig; volledigheid is ook een "
            "criterium bij de visitatie.",
            bronnen_van([d.bron for d in doelen], toezegging.bron if toezegging else None), sleutel=thema,
        )


def wederkerigheid_open(ctx: Context) -> list[tuple[str, list]]:
    """Themes where the corporatie asks something of the gemeente without a gemeentelijke tegenprestatie."""
    gemeente_themas = {t.thema for t in ctx.invoer.gemeente_levert or []}
    per: dict[str, list] = {}
    for t in ctx.invoer.toezeggingen or []:
        if t.vraagt_van_gemeente and t.vraagt_van_gemeente.strip() and t.thema not in gemeente_themas:
            per.setdefault(t.thema, []).append(t)
    return list(per.items())


@regel("P09", "GEEN_WEDERKERIGHEID", "proces", "midden", "G", "[S63][S61][S67]")
def p09(ctx: Context) -> Iterator[Bevinding]:
    for thema, toezeggingen in wederkerigheid_open(ctx):
        vragen = "; ".join(f"'{t.vraagt_van_gemeente.strip()}'" for t in toezeggingen)
        yield Bevinding(
            f"Voor {thema_label(thema)} vraagt de corporatie van de gemeente: {vragen}. In de afspraken staat "
            "nog niet wat de gemeente daar tegenover zet. Wat heeft de corporatie precies van de "
            "gemeente nodig, en wanneer kan de gemeente het leveren?",
            "Prestatieafspraken zijn wederkerig; de gemeente is vaak het knelpunt (grond, locaties, "
            "vergunningen).",
            bronnen_van([t.bron for t in toezeggingen]), sleutel=thema,
        )


@regel("P10", "REALISATIE_ACHTER", "proces", "midden", "B", "[S60][S73]")
def p10(ctx: Context) -> Iterator[Bevinding]:
    if ctx.invoer.realisatie is None or ctx.invoer.afspraken is None:
        return
    factor = float(drempel("realisatie_factor"))
    for code in ctx.invoer.realisatie.regels:
        if toelichting_van(ctx.invoer.realisatie, code):
            continue
        afw = [a for a in afwijkingen(ctx.invoer.realisatie, ctx.invoer.afspraken, code)
               if a.jaar < ctx.bodjaar and relatief_achter(a, factor)]
        if afw:
            e = eenheid_van(code, ctx.invoer.realisatie)
            perioden = any(a.van_jaar is not None for a in afw)  # one value for a period (format 1.1)
            wanneer = ", ".join(a.jaar_tekst for a in afw) if perioden else jaren(a.jaar for a in afw)
            yield Bevinding(
                f"Voor {wanneer} spraken we {omschrijving(code, ctx.invoer.afspraken)} af: "
                + ", ".join(f"{a.jaar_tekst}: {waarde(a.referentie, e)}" for a in afw)
                + "; gerealiseerd: " + ", ".join(f"{a.jaar_tekst}: {waarde(a.waarde, e)}" for a in afw)
                + ". Waar liep het op vast (grond, vergunning, aannemer, netaansluiting)? Wat kan de gemeente "
                "doen om dat dit jaar te voorkomen, en schuift het tekort door?",
                "Terugkijken komt eerst: realisatie die structureel achterblijft, zegt iets over de "
                "haalbaarheid van het nieuwe bod.",
                bronnen_van([a.bronnen for a in afw]), sleutel=code, waarden=_afwijking_waarden(afw, e),
            )


@regel("P11", "NIET_MONITORBAAR", "proces", "laag", "B", "[S63]")
def p11(ctx: Context) -> Iterator[Bevinding]:
    vaag = [t for t in ctx.invoer.toezeggingen or [] if not (t.indicator and t.peildatum and t.eigenaar)]
    if vaag:
        voorbeeld = vaag[0]
        yield Bevinding(
            (f"{aantal(len(vaag))} toezeggingen hebben" if len(vaag) > 1 else "Eén toezegging heeft")
            + f" geen indicator, peildatum of eigenaar, zoals '{voorbeeld.tekst}' ({thema_label(voorbeeld.thema)}). "
            "Hoe en wanneer rapporteren we hierover, en wie levert de cijfers?",
            "Monitoring lukt niet bij globale afspraken zonder meetpunt en eigenaar.",
            bronnen_van([t.bron for t in vaag]), waarden=genoemd(len(vaag)),
        )


@regel("P12", "ONDER_VOORBEHOUD", "proces", "laag", "B", "[S3][S102]")
def p12(ctx: Context) -> Iterator[Bevinding]:
    from bodcheck.vraagpunten.kader import ja

    if ja(ctx.invoer.veld("onder_voorbehoud")):
        yield Bevinding(
            "Uw bod staat deels onder voorbehoud van goedkeuring door de raad van commissarissen of de "
            "financier. Welke onderdelen zijn nog niet goedgekeurd, en wat gebeurt er met de afspraken als die "
            "goedkeuring uitblijft?",
            "Hoe hard een toezegging is, bepaalt wat de gemeente en de huurders ervan kunnen verwachten.",
            bronnen_van(ctx.invoer.veld_bron("onder_voorbehoud")),
        )


@regel("P13", "REALISATIE_ONTBREEKT", "proces", "info", "B", "[S72][S63]")
def p13(ctx: Context) -> Iterator[Bevinding]:
    afspraken, realisatie = ctx.invoer.afspraken, ctx.invoer.realisatie
    if afspraken is None or realisatie is None:
        return
    vorig = ctx.bodjaar - 1
    met_afspraak = [c for c in afspraken.regels if afspraken.getal(c, vorig) is not None]
    zonder = [c for c in met_afspraak if realisatie.getal(c, vorig) is None]
    if zonder:
        overleg = ctx.invoer.veld("datum_overleg")
        wanneer = f"vóór {opmaak.datum_lang(overleg)}" if isinstance(overleg, dt.date) else "vóór het overleg"
        yield Bevinding(
            f"Voor {vorig} maakten we {aantal(len(met_afspraak))} afspraken; van {aantal(len(zonder))} hebben we "
            f"nog geen realisatiecijfer ({', '.join(omschrijving(c, afspraken) for c in zonder)}). Kunt u die "
            f"{wanneer} sturen, zodat we het bod naast vorig jaar kunnen leggen?",
            "Terugkijken komt eerst; zonder realisatiecijfers blijft de vergelijking met vorig jaar leeg.",
            bronnen_van([afspraken.bron(c, vorig) for c in zonder]),
            waarden=(*genoemd(len(met_afspraak)), *genoemd(len(zonder))),
        )


@regel("P14", "GEMEENTE_LEVERT_NIET", "proces", "midden", "G", "[s000] §5, [s001], [s004] Tip 1, [S61]")
def p14(ctx: Context) -> Iterator[Bevinding]:
    for t in ctx.invoer.gemeente_levert or []:
        te_laat = t.status == "toegezegd" and t.jaar is not None and t.jaar < ctx.bodjaar
        if t.status == "achter" or te_laat:
            jaar = f"voor {t.jaar} " if t.jaar is not None else ""
            yield Bevinding(
                f"De gemeente heeft {jaar}'{t.tegenprestatie}' toegezegd en dat is nog niet geleverd. Wanneer kan "
                f"de gemeente het wél leveren, en wat betekent de vertraging voor de planning van de corporatie "
                f"voor {thema_label(t.thema)}?",
                "Wederkerigheid: de gemeente is vaak het knelpunt; eerlijk benoemen wat de gemeente zelf nog moet "
                "leveren hoort bij een goed gesprek.",
                bronnen_van(t.bron), sleutel=f"{t.thema}:{t.tegenprestatie}",
            )
    if not ctx.invoer.gemeente_levert:
        for thema, toezeggingen in wederkerigheid_open(ctx):
            yield Bevinding(
                f"De corporatie vraagt voor {thema_label(thema)} iets van de gemeente, en de gemeente heeft "
                "nog niets toegezegd. Wat kan de gemeente bieden, en wanneer kan zij het leveren?",
                "Wederkerigheid: zonder gemeentelijke tegenprestatie is de afspraak eenzijdig.",
                bronnen_van([t.bron for t in toezeggingen]), sleutel=thema,
            )


MONITOR_THEMAS = ("leefbaarheid", "doelgroepen", "betaalbaarheid")


@regel("P15", "GEEN_GEDEELDE_MONITOR", "proces", "info", "B", "[s001], [s003], [R24]")
def p15(ctx: Context) -> Iterator[Bevinding]:
    if ctx.invoer.realisatie is None and ctx.invoer.wijken is None:
        return
    themas = [t for t in ctx.doel_themas() if t in MONITOR_THEMAS]
    realisatie = ctx.invoer.realisatie.regels.values() if ctx.invoer.realisatie else []
    gemeten = any((r.thema or codes.thema_van(r.code)) in themas for r in realisatie)
    if themas and not gemeten and not ctx.invoer.wijken:
        yield Bevinding(
            f"De woonvisie heeft doelen voor {', '.join(thema_label(t) for t in themas)}, maar er zijn geen "
            "gedeelde cijfers om ze te volgen. Welke cijfers gebruiken we samen (Leefbaarometer, "
            "overlastmeldingen, mutatiegraad, huurachterstanden, Lokale Monitor Wonen), wie levert ze, en "
            "wanneer bespreken we ze — twee keer per jaar?",
            "Cijfers als sturingsinformatie; begin klein met een paar indicatoren die iedereen herkent.",
            bronnen_van([d.bron for d in ctx.invoer.woonvisie or []
                         if (d.thema or codes.thema_van(d.code)) in themas]),
        )


def _tekst_in_bod(ctx: Context, blad: str, code: str) -> bool:
    r = ctx.bod.regel(code) if blad == "Bod" and ctx.bod is not None else None
    return r is not None and any(w.tekst for w in r.waarden.values())


@regel("P16", "GEGEVENS_ONTBREKEN", "proces", "info", "B", "catalogus van bodcheck: ontbrekende gegevens",
       na_ontbrekend=True)
def p16(ctx: Context) -> Iterator[Bevinding]:
    for thema in ctx.doel_themas():
        # a bod row with words instead of numbers is P07's question, not a request for data
        ontbrekend = [(blad, c) for blad, c in ctx.ontbrekend.get(thema, []) if not _tekst_in_bod(ctx, blad, c)]
        if not ontbrekend:
            continue
        doelen = [d for d in ctx.invoer.woonvisie or [] if (d.thema or codes.thema_van(d.code)) == thema]
        yield Bevinding(
            f"De woonvisie heeft doelen voor {thema_label(thema)}, maar om het bod daarop te toetsen ontbreken "
            f"gegevens: {opsomming(f'{omschrijving(c)} (blad {blad})' for blad, c in ontbrekend)}. Kunt u die vóór het "
            "overleg aanleveren?",
            "Waar gegevens ontbreken, blijven vraagpunten stil; dit is één verzoek om de ontbrekende cijfers.",
            bron_teksten([d.bron for d in doelen]), sleutel=thema,
        )


