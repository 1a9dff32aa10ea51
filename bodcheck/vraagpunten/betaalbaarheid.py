"""Betaalbaarheid: H01–H13 (vraagpunten.md §3.3 and the new rules)."""

from __future__ import annotations

from collections.abc import Iterator

from bodcheck import opmaak
from bodcheck.model import GenoemdeWaarde
from bodcheck.vraagpunten.financien import gevoeligheid_citaat, gevoeligheid_waarden
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
    genoemd_totaal,
    jaren,
    jaren_van,
    landelijk,
    landelijk_per_jaar,
    per_jaar_tekst,
    positief,
    reeks,
    regel,
    toelichting_van,
    totaal,
    uit_punten,
    uitleg,
)


def _bron_param(naam: str) -> str:
    """The parameter's first source in words, for a question ("Rijksoverheid, maximale huurverhoging 2024 en
    2025"): no source key, no document number."""
    from bodcheck import parameters

    return parameters.laad("landelijk")[naam].bron.split("[")[0].split(";")[0].strip()


@regel("H01", "BOVEN_MAXIMUM", "betaalbaarheid", "midden", "H", "[S29–S32], [R1][R2][R3]")
def h01(ctx: Context) -> Iterator[Bevinding]:
    huursom, per_woning = [], []
    for p in reeks(ctx.bod, "huurverhoging"):
        max_som = landelijk_per_jaar("max_huursom", p.jaar)
        max_woning = landelijk_per_jaar("max_huurverhoging_woning", p.jaar)
        if max_som is not None and p.getal > max_som + 1e-9:
            huursom.append((p, max_som))
        elif max_som is None and max_woning is not None and p.getal > max_woning + 1e-9:
            per_woning.append((p, max_woning))
    for lijst, soort, naam in ((huursom, "huursom", "max_huursom"),
                               (per_woning, "woning", "max_huurverhoging_woning")):
        if not lijst:
            continue
        boven = ", ".join(f"{p.jaar}: {opmaak.procent(p.getal)}" for p, _ in lijst)
        maxima = ", ".join(f"{p.jaar}: {opmaak.procent(m)}" for p, m in lijst)
        if soort == "huursom":
            vraag = (f"In het bod staat een gemiddelde huurverhoging van {boven}; het maximum voor de huursom is "
                     f"{maxima} ({_bron_param(naam)}). Is dit een verschrijving, of rekent u iets anders mee, zoals "
                     "huurharmonisatie bij nieuwe verhuur?")
        else:
            vraag = (f"In het bod staat een gemiddelde huurverhoging van {boven}; de maximale huurverhoging per "
                     f"woning per 1 juli is {maxima} ({_bron_param(naam)}). Rekent u iets anders mee, zoals "
                     "huurharmonisatie bij nieuwe verhuur, en hoe komt het gemiddelde boven het maximum per woning?")
        yield Bevinding(vraag, "De huurverhoging is wettelijk begrensd; een hoger gemiddelde wijst op een "
                        "verschrijving of op iets anders dat is meegerekend.",
                        bronnen_van([p for p, _ in lijst]), sleutel=soort,
                        waarden=(*uit_punten([p for p, _ in lijst], "%"),
                                 *(w for p, m in lijst for w in genoemd(m, "%", None, p.jaar))))


EEN_PROCENTPUNT = 0.01  # H02 asks what happens at 1 procentpunt less huurstijging


@regel("H02", "PROGNOSE_MAX_HUUR", "betaalbaarheid", "midden", "B", "[S34][S84][S31]")
def h02(ctx: Context) -> Iterator[Bevinding]:
    prognose = ctx.invoer.prognoses.get("TI") or ctx.invoer.prognoses.get("DAEB")
    huur = {p.jaar: p for p in reeks(prognose, "huurstijging_aanname") if p.jaar >= ctx.bodjaar}
    inflatie = {p.jaar: p for p in reeks(prognose, "inflatie_aanname")}
    paren = [(huur[j], inflatie[j]) for j in sorted(huur) if j in inflatie]
    opslag = float(drempel("inflatie_opslag"))
    if len(paren) >= 2 and all(h.getal >= i.getal + opslag - 1e-9 for h, i in paren):
        tak = "TI" if "TI" in ctx.invoer.prognoses else "DAEB"
        citaat = gevoeligheid_citaat(ctx, tak, ("S2",))
        yield Bevinding(
            f"U rekent voor {jaren(h.jaar for h, _ in paren)} elk jaar met een huurstijging van minstens de inflatie + "
            f"{opmaak.getal(opslag * 100, 1)} procentpunt, het maximum dat gewoonlijk wordt toegestaan ("
            + ", ".join(f"{h.jaar}: {opmaak.procent(h.getal)} bij {opmaak.procent(i.getal)} inflatie" for h, i in paren)
            + f").{citaat} Welke plannen komen onder druk als het {opmaak.getal(EEN_PROCENTPUNT * 100)} procentpunt "
            "lager uitvalt, en wat stelt u dan als "
            "eerste uit?",
            "De plannen hangen af van de maximale huurstijging; in 2025 werd een huurbevriezing bijna ingevoerd. "
            "Volgens Aedes kost 1 procentpunt minder huurstijging ongeveer 20.000 woningen.",
            bronnen_van([list(x) for x in paren]), sleutel="huurstijging_aanname",
            waarden=(*genoemd(opslag, "%"), *genoemd(EEN_PROCENTPUNT, "%"),
                     *uit_punten([x for paar in paren for x in paar], "%"),
                     *(gevoeligheid_waarden(ctx, tak, ("S2",)) if citaat else ())),
        )


@regel("H03", "BETAALBARE_VOORRAAD_DAALT", "betaalbaarheid", "midden", "H", "[S42][S86]")
def h03(ctx: Context) -> Iterator[Bevinding]:
    punten = reeks(ctx.bod, "voorraad_onder_aftopping")
    if len(punten) < 2:
        return
    a, b = punten[0], punten[-1]
    if a.getal - b.getal > float(drempel("voorraad_aftopping_daling")) + 1e-9:
        yield Bevinding(
            f"Het aandeel van uw sociale huurwoningen met een huur onder de aftoppingsgrens daalt van "
            f"{opmaak.procent(a.getal)} in {a.jaar} naar {opmaak.procent(b.getal)} in {b.jaar}. Hoeveel woningen "
            "blijven onder de aftoppingsgrens, en is dat genoeg voor de huishoudens met recht op huurtoeslag?",
            "Passend toewijzen vraagt genoeg aanbod onder de aftoppingsgrens.",
            bronnen_van(a, b), sleutel="voorraad_onder_aftopping", waarden=uit_punten([a, b], "%"),
        )


def _toewijzing(ctx: Context, code: str) -> list[Punt]:
    """Realised figures first, else the bod's."""
    return reeks(ctx.invoer.realisatie, code) or reeks(ctx.bod, code)


@regel("H04", "PASSEND_TOEWIJZEN", "betaalbaarheid", "midden", "H", "[S43], [R5]")
def h04(ctx: Context) -> Iterator[Uitkomst]:
    punten = _toewijzing(ctx, "passend_toewijzen")
    if not punten:
        yield Ontbreekt("passend_toewijzen", blad="Realisatie")
        return
    norm, signaal = float(landelijk("passend_toewijzen_norm")), float(drempel("passend_waarschuwing"))
    laag = [p for p in punten if p.getal < signaal - 1e-9]
    if laag:
        p = laag[-1]
        werd = "werd" if p.jaar < ctx.peildatum.year else "wordt"  # the bod's own figure for a coming year
        yield Bevinding(
            f"In {p.jaar} {werd} hier {opmaak.procent(p.getal)} passend toegewezen. De norm van "
            f"{opmaak.procent(norm, 0)} geldt voor uw hele corporatie: hoe staat u er totaal voor, en zijn er hier "
            "genoeg woningen onder de aftoppingsgrens?",
            "Passend toewijzen is een wettelijke norm per corporatie per jaar, onder toezicht van de Autoriteit "
            "woningcorporaties; een laag cijfer in één gemeente is een vraag over het aanbod hier.",
            bronnen_van(laag), sleutel="passend_toewijzen",
            waarden=(*uit_punten([p], "%"), *genoemd(norm, "%")),
            ernst=None if any(q.getal < norm - 1e-9 for q in laag) else "laag",
        )


@regel("H05", "DAEB_TOEWIJZING", "betaalbaarheid", "hoog", "B", "[S38], [R6]")
def h05(ctx: Context) -> Iterator[Uitkomst]:
    punten = _toewijzing(ctx, "daeb_toewijzing")
    if not punten:
        yield Ontbreekt("daeb_toewijzing", blad="Realisatie")
        return
    standaard = float(landelijk("vrije_ruimte_standaard"))
    laag = []
    for p in punten:
        vrij = ctx.bod.getal("vrije_toewijzingsruimte", p.jaar) if ctx.bod else None
        norm = 1 - vrij if vrij is not None and vrij > standaard else float(landelijk("daeb_toewijzing_norm"))
        if p.getal < norm - 1e-9:
            laag.append((p, norm))
    if laag:
        p, norm = laag[-1]
        grens = landelijk_per_jaar("daeb_inkomensgrens", p.jaar)
        inkomen = f"een inkomen tot {opmaak.euro(grens)} (eenpersoons)" if grens else "een inkomen tot de DAEB-grens"
        yield Bevinding(
            f"In {p.jaar} ging {opmaak.procent(p.getal)} van de vrijgekomen sociale huurwoningen naar huishoudens "
            f"met {inkomen}. De ondergrens is {opmaak.procent(norm)} voor uw hele corporatie. Voor wie heeft u de "
            "vrije ruimte gebruikt?",
            "Toewijzen aan de DAEB-doelgroep is een wettelijke norm per corporatie per jaar.",
            bronnen_van([q for q, _ in laag]), sleutel="daeb_toewijzing",
            waarden=(*uit_punten([p], "%"), *genoemd(norm, "%"), *genoemd(grens, "bedrag")),
        )


@regel("H06", "STREEFHUUR_OMHOOG", "betaalbaarheid", "midden", "H", "[S47]")
def h06(ctx: Context) -> Iterator[Bevinding]:
    punten = reeks(ctx.invoer.realisatie, "streefhuur_pct", [ctx.bodjaar - 1]) + reeks(ctx.bod, "streefhuur_pct")
    grens = float(drempel("streefhuur_max"))
    for vorige, p in zip([None, *punten], punten, strict=False):
        stijgt = vorige is not None and p.getal - vorige.getal >= float(drempel("ruis_procentpunt")) - 1e-9
        if stijgt or p.getal > grens + 1e-9:
            was = f" (was {opmaak.procent(vorige.getal)} in {vorige.jaar})" if vorige is not None else ""
            yield Bevinding(
                f"U verhoogt de huur bij nieuwe verhuur in {p.jaar} naar {opmaak.procent(p.getal)} van de maximale "
                f"huur{was}. Wat betekent dat voor de betaalbaarheid voor nieuwe huurders, en voor wie blijven "
                "deze woningen bereikbaar?",
                f"De sector rekent gemiddeld met ongeveer "
                f"{opmaak.procent(float(landelijk('streefhuur_sector')), 0)} van de maximale huur.",
                bronnen_van([x for x in (vorige, p) if x is not None]), sleutel="streefhuur_pct",
                waarden=uit_punten([x for x in (vorige, p) if x is not None], "%"),
            )
            return


@regel("H07", "IAH", "betaalbaarheid", "laag", "H", "[S32][S87]")
def h07(ctx: Context) -> Iterator[Bevinding]:
    iah = positief(ctx.bod, "iah")
    if iah:
        yield Bevinding(
            f"U geeft huishoudens een inkomensafhankelijke huurverhoging ({per_jaar_tekst(iah)} huishoudens). "
            "Hoe helpt dat de doorstroming, en welk aanbod krijgen deze huishoudens om te verhuizen?",
            "De inkomensafhankelijke verhoging raakt vooral middeninkomens.",
            bronnen_van(iah), sleutel="iah", waarden=uit_punten(iah),
        )


@regel("H08", "HUURVERHOGING_EFG", "betaalbaarheid", "midden", "H", "[S83][S46], [R21]")
def h08(ctx: Context) -> Iterator[Bevinding]:
    verhoging = positief(ctx.bod, "huurverhoging_efg")
    efg = positief(ctx.bod, "woningen_efg")
    if verhoging and efg:
        citaat, cel = uitleg(ctx.bod, "huurverhoging_efg")
        vervolg = (" Wilt u voor deze woningen een uitzondering maken en de huur niet verhogen tot de woning is "
                   "verbeterd, zoals een deel van de corporaties doet?" if citaat else
                   " Wilt u daar de huur niet verhogen tot de woning is verbeterd, zoals een deel van de "
                   "corporaties doet?")
        yield Bevinding(
            f"{aantal(efg[0].getal)} woningen hebben in {efg[0].jaar} nog label E, F of G; de bewoners hebben vaak "
            f"hoge energiekosten. In het bod stijgt hun huur ({per_jaar_tekst(verhoging, '%')}).{citaat}{vervolg}",
            "Woningen met een slecht label geven hoge woonlasten; ongeveer vier op de tien corporaties verhoogden "
            "de huur van deze woningen niet.",
            bronnen_van(efg[0], verhoging, cel), sleutel="huurverhoging_efg",
            waarden=(*uit_punten(efg[:1]), *uit_punten(verhoging, "%")),
        )


@regel("H09", "HUUR_NA_VERDUURZAMING", "betaalbaarheid", "midden", "H", "[S97][S24]")
def h09(ctx: Context) -> Iterator[Bevinding]:
    punten = positief(ctx.bod, "huurverhoging_na_verduurzaming")
    if punten:
        yield Bevinding(
            "In de Nationale prestatieafspraken 2022 staat dat corporaties geen huurverhoging vragen na "
            f"verduurzaming. Geldt dat voor de {aantal(totaal(punten))} woningen in dit bod "
            f"({jaren(jaren_van(punten))}), en wat gebeurt er met de huur bij nieuwe verhuur en met een "
            "eventuele energieprestatievergoeding?",
            "NPA 2022 (Rijk, Aedes, VNG, Woonbond): geen huurverhoging na verduurzaming sinds 1 januari 2023.",
            bronnen_van(punten), sleutel="huurverhoging_na_verduurzaming", waarden=genoemd_totaal(punten),
        )


@regel("H10", "HUURBELEID_ONTBREEKT", "betaalbaarheid", "midden", "H", "[S56]")
def h10(ctx: Context) -> Iterator[Uitkomst]:
    if ctx.bod is not None and not ctx.bod.heeft_getal("huurverhoging"):
        yield Ontbreekt("huurverhoging")
        yield Bevinding(
            f"Het bod noemt geen huurverhoging per jaar. Wat is uw huurbeleid, en welke huursomstijging verwacht "
            f"u voor {jaren(ctx.bod.jaren)}?",
            "Zonder huurbeleid is de betaalbaarheid niet te toetsen.",
        )


def _toezegging_op(ctx: Context, *themas: str) -> bool:
    return any(t.thema in themas for t in ctx.invoer.toezeggingen or []) or any(
        t.thema in themas for t in ctx.invoer.gemeente_levert or [])


@regel("H11", "MAATWERK", "betaalbaarheid", "midden", "B", "[S104]")
def h11(ctx: Context) -> Iterator[Bevinding]:
    if ctx.invoer.toezeggingen is not None and not _toezegging_op(ctx, "maatwerk"):
        yield Bevinding(
            "In de toezeggingen staat geen afspraak over maatwerk voor huurders die hun huur niet kunnen "
            "opbrengen (huurbevriezing, huurverlaging, betalingsregeling). Welke maatwerkregeling heeft de "
            "corporatie, wat doet de gemeente daarnaast (schuldhulp, bijzondere bijstand), en hoe vinden huurders "
            "die hulp?",
            "Maatwerk bij te hoge woonlasten was eerder onderdeel van het Sociaal Huurakkoord.",
        )


@regel("H12", "HUURACHTERSTAND_ONTRUIMING", "betaalbaarheid", "midden", "B", "[R15]")
def h12(ctx: Context) -> Iterator[Bevinding]:
    punten = reeks(ctx.invoer.realisatie, "ontruimingen")
    laatste = punten[-1] if punten else None
    if laatste is not None and laatste.getal > 0:
        yield Bevinding(
            f"In {laatste.jaar} zijn in {ctx.gemeente} {aantal(laatste.getal)} huishoudens uit huis gezet wegens "
            "huurachterstand. Hoe werken corporatie en gemeente samen aan vroegsignalering, en wat spreken we af "
            "om dit aantal omlaag te brengen?",
            "Vroegsignalering van betalingsachterstanden is sinds 2021 een wettelijke taak; preventie is een "
            "vast thema in afspraken.",
            bronnen_van(punten), sleutel="ontruimingen", waarden=uit_punten([laatste]),
        )
    elif (ctx.invoer.toezeggingen is not None or ctx.invoer.gemeente_levert is not None) and not _toezegging_op(
            ctx, "vroegsignalering"):
        yield Bevinding(
            "In de toezeggingen en in wat de gemeente levert, staat niets over vroegsignalering van "
            "huurachterstanden. Hoe werken corporatie en gemeente samen om huisuitzettingen te voorkomen, en wat "
            "spreken we daarover af?",
            "Vroegsignalering van betalingsachterstanden is sinds 2021 een wettelijke taak; preventie is een "
            "vast thema in afspraken.",
            sleutel="vroegsignalering",
        )


@regel("H13", "WOONLASTEN_NA_VERDUURZAMING", "betaalbaarheid", "midden", "H", "NPA 2022 [R9]; [R22]")
def h13(ctx: Context) -> Iterator[Bevinding]:
    punten = positief(ctx.bod, "verduurzaming") or positief(ctx.bod, "aardgasvrij")
    if punten and ctx.invoer.toezeggingen is not None and not _toezegging_op(ctx, "woonlasten"):
        yield Bevinding(
            f"U verduurzaamt in {jaren(jaren_van(punten))} {aantal(totaal(punten))} woningen. Gaan de bewoners er "
            "in totale woonlasten (huur, servicekosten, energie) op vooruit, ook bij aardgasvrij maken? Welke "
            "garantie geeft u, en hoe kijken we dat achteraf na?",
            "De huurder betaalt de som van huur, servicekosten en energie, niet alleen de huur.",
            bronnen_van(punten), sleutel="woonlasten", waarden=genoemd_totaal(punten),
        )


@regel("H14", "HUURVERHOGING_BOVEN_WOONVISIE", "betaalbaarheid", "midden", "H", "woonvisie van de gemeente")
def h14(ctx: Context) -> Iterator[Bevinding]:
    """A huurverhoging in a bod year above a woonvisie `maximaal` for that year (vraagpunten.md Revisions 2)."""
    boven = [v for v in ctx.vergelijkingen("huurverhoging")
             if v.soort == "maximaal" and v.jaar is not None and v.bod is not None and v.doel is not None
             and v.bod > v.doel + 1e-9]
    if not boven:
        return
    zin = "; ".join(f"in {v.jaar} {'verhoogt' if v.jaar >= ctx.peildatum.year else 'verhoogde'} u de huur met "
                    f"{opmaak.procent(v.bod)}, de woonvisie vraagt hoogstens {opmaak.procent(v.doel)}" for v in boven)
    uitleg = toelichting_van(ctx.bod, "huurverhoging")
    vraag = (f"U licht toe: ‘{uitleg}’ Waarom kiest u daarvoor boven het maximum van de woonvisie, en voor welke "
             "huurders geldt de hogere stijging?" if uitleg else
             "Waarom, en voor welke huurders geldt de hogere stijging?")
    regel_ = ctx.bod.regel("huurverhoging") if ctx.bod is not None else None
    waarden = tuple(w for v in boven for w in (GenoemdeWaarde(v.bod, "%", v.bronnen[1] if len(v.bronnen) > 1 else None,
                                                              v.jaar),
                                               GenoemdeWaarde(v.doel, "%", v.bronnen[0] if v.bronnen else None, v.jaar)))
    yield Bevinding(
        f"{zin[0].upper()}{zin[1:]}. {vraag}",
        "De woonvisie begrenst de huurverhoging om de woonlasten betaalbaar te houden; een hogere stijging raakt "
        "vooral huurders zonder huurtoeslag.",
        bronnen_van([v.bronnen for v in boven], regel_.toelichting_bron if uitleg and regel_ else None),
        sleutel="huurverhoging", waarden=waarden,
    )
