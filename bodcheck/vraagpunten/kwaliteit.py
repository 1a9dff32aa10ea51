"""Duurzaamheid en kwaliteit: D01–D08 (vraagpunten.md §3.4 and the new rules)."""

from __future__ import annotations

from collections.abc import Iterator

from bodcheck import afgeleid, opmaak
from bodcheck.model import GenoemdeWaarde
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
    positief,
    reeks,
    regel,
    toelichting_van,
    totaal,
    uit_punten,
)


def _en(delen: list[str]) -> str:
    """"a, b en c"."""
    return delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + " en " + delen[-1]


@regel("D01", "EFG_NA_2028", "duurzaamheid", "hoog", "B", "[S22][S44]")
def d01(ctx: Context) -> Iterator[Uitkomst]:
    efg = ctx.afgeleid.efg
    if not efg or efg.rest_doeljaar is None:
        if ctx.doelen("woningen_efg"):
            yield Ontbreekt("woningen_efg")
        return
    if efg.rest_doeljaar > 0:
        # One figure per year (review finding 1): the bod's own count, with the decided homes named apart.
        waarden = [GenoemdeWaarde(efg.rest_doeljaar, "aantal", None, efg.doeljaar)]
        if efg.aantal_doeljaar is not None and efg.besloten_doeljaar > 0:
            feit = f"Volgens het bod heeft u eind {efg.doeljaar} nog {afgeleid.efg_doeljaar_tekst(efg)}."
            waarden += [GenoemdeWaarde(efg.aantal_doeljaar, "aantal", None, efg.doeljaar),
                        GenoemdeWaarde(efg.besloten_doeljaar, "aantal", None, efg.doeljaar)]
        else:
            feit = (f"Volgens het bod heeft u eind {efg.doeljaar} nog {aantal(efg.rest_doeljaar)} woningen met "
                    "label E, F of G zonder sloop- of verkoopbesluit.")
        uitleg = toelichting_van(ctx.bod, "woningen_efg")
        vraag = (f"U licht toe: ‘{uitleg}’ Wat is de planning per complex, en wat doet u tot die tijd aan de "
                 "energiekosten van de bewoners?" if uitleg else
                 "Om welke woningen gaat het, en wanneer zijn ze verbeterd?")
        regel_ = ctx.bod.regel("woningen_efg") if ctx.bod is not None else None
        yield Bevinding(
            f"{feit} {vraag}",
            f"In de Nationale prestatieafspraken 2022 is afgesproken dat er na {efg.doeljaar} geen "
            "corporatiewoningen met label E, F of G meer zijn.",
            bronnen_van(efg.bronnen, regel_.toelichting_bron if uitleg and regel_ else None),
            sleutel="woningen_efg", waarden=tuple(waarden),
        )


@regel("D02", "EFG_TEMPO", "duurzaamheid", "midden", "B", "[S46]")
def d02(ctx: Context) -> Iterator[Bevinding]:
    """The mean yearly decrease over the bod years; "klaar" is the first year the count (minus the homes with a
    sloop- or verkoopbesluit) reaches 0 (vraagpunten.md Revisions 2)."""
    efg = ctx.afgeleid.efg
    if not efg or efg.start_aantal <= 0 or efg.klaar_jaar == efg.start_jaar:
        return
    klaar, doeljaar = efg.klaar_jaar, efg.doeljaar
    if klaar is not None and klaar <= doeljaar:
        return
    # The bod's own figures per year up to the year they are all done (review finding 1), not a mean tempo.
    reeks_ = [(j, e, b) for j, e, b in efg.per_jaar if klaar is None or j <= klaar]
    waarden = [GenoemdeWaarde(e, "aantal", None, j) for j, e, _ in reeks_]
    start = "Volgens het bod heeft u nog woningen met label E, F of G: " + _en(
        [f"{aantal(e)} in {j}" for j, e, _ in reeks_])
    besloten = [(j, b) for j, _, b in reeks_ if b > 0]
    if besloten:
        start += ("; daarvan met een sloop- of verkoopbesluit: "
                  + _en([f"{aantal(b)} in {j}" for j, b in besloten]))
        waarden += [GenoemdeWaarde(b, "aantal", None, j) for j, b in besloten]
    geboden = efg.geboden_per_jaar
    if klaar is not None and klaar in {j for j, _, _ in reeks_}:
        tempo = ""
    elif geboden is not None and geboden > 0:
        tempo = f"In het tempo van het bod (gemiddeld {aantal(geboden)} per jaar minder) "
        waarden.append(GenoemdeWaarde(geboden, "aantal"))
    else:
        tempo = "Het aantal daalt in het bod niet; "
    if not tempo and klaar is not None:
        eind = f"Pas in {klaar} {'zijn' if klaar > ctx.bodjaar else 'waren'} ze allemaal verbeterd of besloten"
    else:
        eind = (f"{'zijn' if klaar > ctx.bodjaar else 'waren'} ze pas in {klaar} allemaal verbeterd of besloten"
                if klaar else "worden ze niet allemaal verbeterd")
    yield Bevinding(
        f"{start}. {tempo}{eind}; de landelijke afspraak is eind {doeljaar}. Wat is er nodig om het tempo te "
        "verhogen?",
        "Het tempo bepaalt of de landelijke afspraak over label E, F en G wordt gehaald.",
        tuple(efg.bronnen), sleutel="woningen_efg", waarden=tuple(waarden),
    )


@regel("D03", "AARDGASVRIJ_AFSTEMMING", "duurzaamheid", "laag", "G", "[S22]")
def d03(ctx: Context) -> Iterator[Bevinding]:
    punten = positief(ctx.bod, "aardgasvrij")
    if punten and not toelichting_van(ctx.bod, "aardgasvrij"):
        yield Bevinding(
            f"U maakt in {jaren(jaren_van(punten))} {aantal(totaal(punten))} woningen aardgasvrij; het bod noemt "
            "geen wijken. Welke wijken zijn het, en hoe sluiten ze aan op de wijken en jaren uit onze "
            "warmteplanning?",
            "Landelijk is 450.000 aardgasvrije corporatiewoningen tot 2030 afgesproken (NPA 2022); lokale "
            "afstemming met de warmteplanning voorkomt dubbel werk.",
            bronnen_van(punten), sleutel="aardgasvrij", waarden=genoemd_totaal(punten),
        )


SLECHT = (5, 6)  # NEN 2767 condition scores of a home in bad repair


@regel("D04", "SLECHTE_STAAT", "kwaliteit", "hoog", "H", "[S26], [R8]")
def d04(ctx: Context) -> Iterator[Bevinding]:
    vanaf = int(landelijk("conditie56_vanaf"))
    punten = [p for p in reeks(ctx.invoer.realisatie, "woningen_conditie_56") + reeks(ctx.bod, "woningen_conditie_56")
              if p.jaar >= vanaf and p.getal > 0]
    if punten:
        p = punten[0]
        yield Bevinding(
            f"{aantal(p.getal)} woningen hebben in {p.jaar} conditie {SLECHT[0]} of {SLECHT[1]}. Vanaf {vanaf} zouden die er niet meer "
            "moeten zijn, tenzij er concrete sloopplannen zijn. Welke complexen zijn het en wanneer worden ze "
            "aangepakt?",
            f"In de Nationale prestatieafspraken 2022 is afgesproken: vanaf {vanaf} geen corporatiewoningen in "
            "slechte staat van onderhoud.",
            bronnen_van(punten), sleutel="woningen_conditie_56",
            waarden=(*uit_punten([p]), *(w for c in SLECHT for w in genoemd(c, "conditie"))),
        )


@regel("D05", "VOCHT_SCHIMMEL", "kwaliteit", "laag", "H", "[S25][S26]")
def d05(ctx: Context) -> Iterator[Uitkomst]:
    codes_ = ("vocht_schimmel_meldingen", "vocht_schimmel_aangepakt")
    if ctx.bod is None:
        return
    bladen = [b for b in (ctx.bod, ctx.invoer.realisatie) if b is not None]
    if not any(b.heeft_getal(c) for b in bladen for c in codes_):
        for c in codes_:
            yield Ontbreekt(c)
        yield Bevinding(
            f"Het bod noemt geen aantallen voor vocht en schimmel. Hoeveel meldingen waren er vorig jaar, en "
            f"hoeveel woningen pakt u in {jaren(ctx.bod.jaren)} aan?",
            "Landelijk is extra geld afgesproken voor woningverbetering, waaronder vocht en schimmel (NPA 2022).",
        )


def _per_vhe(ctx: Context) -> list[tuple[int, float, tuple[str, ...]]]:
    """(jaar, (onderhoud + investering_verbetering) / vhe, bronnen) from the prognose."""
    prognose = ctx.invoer.prognoses.get("TI") or ctx.invoer.prognoses.get("DAEB")
    if prognose is None:
        return []
    uit = []
    for j in sorted(prognose.jaren):
        o, v, n = (prognose.getal(c, j) for c in ("onderhoud", "investering_verbetering", "vhe"))
        if o is not None and v is not None and n:
            uit.append((j, (o + v) / n, bronnen_van(*(prognose.bron(c, j) for c in ("onderhoud",
                                                                                   "investering_verbetering", "vhe")))))
    return uit


@regel("D06", "ONDERHOUD_DAALT", "kwaliteit", "midden", "H", "synthese")
def d06(ctx: Context) -> Iterator[Bevinding]:
    reeks_ = _per_vhe(ctx)
    n = int(drempel("onderhoud_gemiddelde_jaren"))
    if len(reeks_) < n + 1:
        return
    begin, eind = reeks_[:n], reeks_[-n:]
    a = sum(x for _, x, _ in begin) / n
    b = sum(x for _, x, _ in eind) / n
    if a > 0 and (a - b) / a > float(drempel("onderhoud_daling")):
        yield Bevinding(
            f"Uw uitgaven aan onderhoud en verbetering per woning dalen van gemiddeld {opmaak.euro(a)} in "
            f"{jaren(j for j, _, _ in begin)} naar gemiddeld {opmaak.euro(b)} in {jaren(j for j, _, _ in eind)}. "
            "Wat betekent dat voor de kwaliteit van de woningen, en welke werkzaamheden schuiven op?",
            "Minder onderhoud per woning kan investeringen vrijmaken, maar ook de kwaliteit onder druk zetten.",
            bronnen_van([b_ for _, _, b_ in reeks_]), sleutel="onderhoud_per_vhe",
            waarden=(*genoemd(a, "bedrag"), *genoemd(b, "bedrag")),
        )


@regel("D07", "SLOOP_RENOVATIE_HUURDERS", "kwaliteit", "midden", "H", "[R16]")
def d07(ctx: Context) -> Iterator[Bevinding]:
    punten = positief(ctx.bod, "sloop") + positief(ctx.bod, "renovatie")
    toezeggingen = ctx.invoer.toezeggingen
    if punten and toezeggingen is not None and not any(t.thema == "sociaal_plan" for t in toezeggingen):
        yield Bevinding(
            f"U sloopt of renoveert ingrijpend {aantal(totaal(punten))} woningen in "
            f"{jaren(jaren_van(punten))}. Is er een sociaal plan volgens het Nationaal sloop- en "
            "renovatiestatuut, met afspraken over terugkeer, urgentie en vergoedingen, en wanneer hoort u de "
            "bewoners?",
            f"Het Nationaal sloop- en renovatiestatuut is een afspraak uit de NPA 2024 "
            f"({landelijk('npa_2024_partijen')}).",
            bronnen_van(punten), sleutel="sociaal_plan", waarden=genoemd_totaal(punten),
        )


@regel("D08", "HUURDERSOORDEEL", "kwaliteit", "laag", "H", "Aedes-benchmark 2023 (7,7)")
def d08(ctx: Context) -> Iterator[Bevinding]:
    punten = reeks(ctx.invoer.realisatie, "huurdersoordeel")
    if not punten:
        return
    laatste = punten[-1]
    vorige = punten[-2] if len(punten) > 1 else None
    daalt = vorige is not None and vorige.getal - laatste.getal >= float(drempel("huurdersoordeel_daling")) - 1e-9
    if laatste.getal < float(drempel("huurdersoordeel_min")) - 1e-9 or daalt:
        was = f" (in {vorige.jaar} een {opmaak.getal(vorige.getal, 1)})" if vorige else ""
        yield Bevinding(
            f"Huurders geven reparaties en onderhoud in {laatste.jaar} een {opmaak.getal(laatste.getal, 1)}{was}. "
            f"Wat verbetert u in {ctx.bodjaar + 1}, en hoe horen we of het werkt?",
            f"Kwaliteit zoals huurders die ervaren; het sectorgemiddelde is ongeveer "
            f"{opmaak.getal(float(landelijk('huurdersoordeel_sector')), 1)}.",
            bronnen_van([x for x in (vorige, laatste) if x is not None]), sleutel="huurdersoordeel",
            waarden=uit_punten([x for x in (vorige, laatste) if x is not None], "score"),
        )
