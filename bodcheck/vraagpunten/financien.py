"""Financiën: F01–F08 (vraagpunten.md §3.7 and the revisions; F09 is deleted, it is P04).

They read `berekend.ratios` (RatioJaar per year and tak), `berekend.normenkader` and
`berekend.investeringsruimte`; ratio values are fractions (ltv 0.5399), the ICR plain (1.74).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from bodcheck import afgeleid, gevoeligheid, ibw, opmaak
from bodcheck.codes import RATIO_NAMEN, TAKKEN
from bodcheck.model import GenoemdeWaarde, NormGrens, RatioJaar
from bodcheck.vraagpunten.beschikbaarheid import nieuwbouw_tekort
from bodcheck.vraagpunten.kader import (
    Bevinding,
    Context,
    aantal,
    bronnen_van,
    drempel,
    genoemd,
    jaren,
    regel,
    som,
)


def _ratios(ctx: Context) -> list[RatioJaar]:
    return list(ctx.berekend.ratios) if ctx.berekend is not None else []


def _grens(ctx: Context, tak: str, ratio: str) -> NormGrens | None:
    if ctx.berekend is None:
        return None
    return ctx.berekend.normenkader.normen.get(tak, {}).get(ratio)


def _van_tak(tak: str) -> str:
    """The tak after a ratio's name, in the tak label list's words: " (DAEB)", " van de hele corporatie (TI)"."""
    label = opmaak.TAK_LABEL.get(tak, tak)
    return f" van de {label}" if tak == "TI" else f" ({label})"


def _naam(ratio: str, tak: str) -> str:
    return f"{opmaak.RATIO_LABEL.get(ratio, ratio)}{_van_tak(tak)}"


def per_tak_ratio(ctx: Context, band: str) -> list[tuple[str, str, list[RatioJaar]]]:
    """(tak, ratio, years) where the ratio is in `band`, in tak and ratio order."""
    groepen: dict[tuple[str, str], list[RatioJaar]] = {}
    for r in sorted(_ratios(ctx), key=lambda r: r.jaar):
        for ratio, b in r.banden.items():
            if b == band and r.waarden.get(ratio) is not None:
                groepen.setdefault((r.tak, ratio), []).append(r)
    volg = {t: i for i, t in enumerate(TAKKEN)}
    rvolg = {x: i for i, x in enumerate(RATIO_NAMEN)}
    return [(t, x, js) for (t, x), js in sorted(groepen.items(),
                                                key=lambda kv: (volg.get(kv[0][0], 9), rvolg.get(kv[0][1], 9)))]


def _waarden_tekst(ratio: str, rs: list[RatioJaar]) -> str:
    return ", ".join(f"{r.jaar}: {opmaak.ratio_waarde(ratio, r.waarden[ratio])}" for r in rs)


def _eenheid(ratio: str) -> str:
    return "ratio" if ratio == "icr" else "%"


def _ratio_waarden(ratio: str, rs: list[RatioJaar], opgegeven: bool = False) -> tuple[GenoemdeWaarde, ...]:
    """The ratio values a question states, per year; computed from several cells, so without a cell."""
    bron = (lambda r: r.opgegeven.get(ratio)) if opgegeven else (lambda r: r.waarden.get(ratio))
    return tuple(w for r in rs for w in genoemd(bron(r), _eenheid(ratio), None, r.jaar))


def _norm_waarden(ctx: Context, tak: str, ratio: str) -> tuple[GenoemdeWaarde, ...]:
    g = _grens(ctx, tak, ratio)
    return genoemd(g.grens, _eenheid(ratio)) if g is not None else ()


def gevoeligheid_waarden(ctx: Context, tak: str, voorkeur: tuple[str, ...]) -> tuple[GenoemdeWaarde, ...]:
    """The numbers of `gevoeligheid_citaat` for the same scenario."""
    if ctx.berekend is None:
        return ()
    g = gevoeligheid.citaat_scenario(ctx.berekend.gevoeligheid, tak, voorkeur, ctx.berekend.normenkader)
    return () if g is None else tuple(GenoemdeWaarde(x, e, None, j)
                                      for x, e, j in gevoeligheid.getallen(g, ctx.berekend.normenkader))


def _woningen_waarden(ctx: Context, tak: str) -> tuple[GenoemdeWaarde, ...]:
    g = next((g for g in (ctx.berekend.gevoeligheid if ctx.berekend else []) if g.tak == tak and g.scenario == "S4"
              and g.woningen is not None), None)
    return () if g is None else tuple(GenoemdeWaarde(x, e, None, j) for x, e, j in gevoeligheid.getallen(g))


def _ratio_bronnen(ratio: str, rs: list[RatioJaar]) -> tuple[str, ...]:
    return bronnen_van([list(r.bronnen.get(ratio, ())) for r in rs])


def _norm_tekst(ctx: Context, tak: str, ratio: str) -> str:
    g = _grens(ctx, tak, ratio)
    if g is None:
        return "de norm"
    teken = "minimaal" if g.richting == "minimaal" else "maximaal"
    return f"{teken} {opmaak.ratio_waarde(ratio, g.grens)}"


def gevoeligheid_citaat(ctx: Context, tak: str, voorkeur: tuple[str, ...]) -> str:
    """' Volgens een indicatieve berekening van bodcheck: bij … (rekenregels §6)' for the first scenario in
    `voorkeur` that breaks or nearly breaks a norm on `tak`; '' when none does."""
    if ctx.berekend is None:
        return ""
    zin = gevoeligheid.citaat(ctx.berekend.gevoeligheid, tak, voorkeur, ctx.berekend.normenkader)
    if zin is None:
        return ""
    return f" Volgens een indicatieve berekening van bodcheck geldt: {zin[0].lower()}{zin[1:]}"


def _kader(ctx: Context) -> str:
    k = ctx.berekend.normenkader if ctx.berekend is not None else None
    return f"{k.titel} ({k.bron})" if k is not None else "het normenkader"


@regel("F01", "RATIO_OVERSCHREDEN", "financien", "hoog", "B", "rekenregels §2–3; Aw/WSW")
def f01(ctx: Context) -> Iterator[Bevinding]:
    for tak, ratio, rs in per_tak_ratio(ctx, "overschreden"):
        yield Bevinding(
            f"In {jaren(r.jaar for r in rs)} komt de {_naam(ratio, tak)} uit op {_waarden_tekst(ratio, rs)}, buiten "
            f"de norm van {_norm_tekst(ctx, tak, ratio)}. Welke plannen schuiven, en wat betekent dat voor dit bod?",
            f"Buiten de norm grijpen de Autoriteit woningcorporaties en het WSW in; kader: {_kader(ctx)}.",
            _ratio_bronnen(ratio, rs), sleutel=f"{tak}:{ratio}",
            waarden=(*_ratio_waarden(ratio, rs), *_norm_waarden(ctx, tak, ratio)),
        )


@regel("F02", "RATIO_KRAP", "financien", "midden", "B", "rekenregels §3")
def f02(ctx: Context) -> Iterator[Bevinding]:
    overschreden = {(t, x) for t, x, _ in per_tak_ratio(ctx, "overschreden")}
    for tak, ratio, rs in per_tak_ratio(ctx, "krap"):
        if (tak, ratio) in overschreden:
            continue  # F01 asks about this ratio already
        citaat = gevoeligheid_citaat(ctx, tak, ("S1", "S5")) if ratio == "icr" else ""
        woningen = gevoeligheid.woningen_zin(ctx.berekend.gevoeligheid, tak) if citaat and ctx.berekend else None
        waarden = (*_ratio_waarden(ratio, rs), *_norm_waarden(ctx, tak, ratio),
                   *(gevoeligheid_waarden(ctx, tak, ("S1", "S5")) if citaat else ()))
        if woningen:
            citaat += f" {woningen[0].upper()}{woningen[1:]}"
            waarden += _woningen_waarden(ctx, tak)
        yield Bevinding(
            f"In {jaren(r.jaar for r in rs)} zit de {_naam(ratio, tak)} met {_waarden_tekst(ratio, rs)} dicht bij "
            f"de norm van {_norm_tekst(ctx, tak, ratio)}.{citaat} Wat doet u als de rente of de bouwkosten "
            f"tegenvallen{', en wat stelt u dan als eerste uit' if citaat else ''}?",
            "Er is weinig buffer over; een tegenvaller kan plannen uit dit bod raken."
            + (" De berekening van bodcheck verandert alleen de kasstromen van de eigen prognose, niet de balans."
               if citaat else ""),
            _ratio_bronnen(ratio, rs), sleutel=f"{tak}:{ratio}", waarden=waarden,
        )


def _eigen_norm_bindt(ctx: Context) -> bool:
    """An internal kader given by the corporatie is already reached in some year."""
    for kader in (ctx.berekend.extra_kaders if ctx.berekend is not None else []):
        if not kader.eigen:
            continue
        for r in _ratios(ctx):
            for ratio, g in kader.normen.get(r.tak, {}).items():
                x = r.waarden.get(ratio)
                if x is not None and (x <= g.grens if g.richting == "minimaal" else x >= g.grens):
                    return True
    return False


@regel("F03", "RUIMTE_GESPREK", "financien", "midden", "B", "rekenregels §4; IBW [R18]")
def f03(ctx: Context) -> Iterator[Bevinding]:
    ir = ctx.afgeleid.investeringsruimte_gemeente
    tekort = nieuwbouw_tekort(ctx)
    if not ir or ir.ruimte_gemeente is None or not tekort or _eigen_norm_bindt(ctx):
        return
    woningen = sum(v.doel - v.bod for v in tekort)
    gat = woningen * ir.stichtingskosten_per_woning
    if gat > 0 and ir.ruimte_gemeente >= float(drempel("ruimte_factor")) * gat:
        yield Bevinding(
            f"Volgens een indicatieve berekening kan uw corporatie in {afgeleid.ruimte_scope(ir.tak)}, tot aan de "
            "normen van de "
            f"toezichthouders, nog ongeveer {opmaak.euro_globaal(ir.x_max_corporatie)} extra lenen; naar rato van uw "
            f"woningen hier is dat ruwweg {aantal(ir.woningen_gemeente)} woningen. Dat is geen geld op de plank "
            f"en het geldt voor al uw gemeenten samen.{_ibw_zin(ctx)} Welke buffer houdt u zelf aan, en ziet u ruimte "
            "om een deel "
            f"van het verschil van {aantal(woningen)} woningen met de woonvisie te overbruggen?",
            "Indicatief: leenruimte tot de normen, geen kasgeld; de bedragen voor nieuwbouw en verbetering zijn "
            "alternatieven en niet optelbaar; alle gemeenten van de corporatie delen dezelfde ruimte. Gerekend "
            f"met {opmaak.euro(ir.stichtingskosten_per_woning)} stichtingskosten per woning.",
            bronnen_van([v.bronnen for v in tekort]), sleutel="nieuwbouw",
            waarden=(*genoemd(ir.x_max_corporatie, "bedrag"), *genoemd(ir.woningen_gemeente), *genoemd(woningen),
                     *_ibw_waarden(ctx)),
        )


def _ibw_waarden(ctx: Context) -> tuple[GenoemdeWaarde, ...]:
    i = ibw.van(ctx.invoer, ctx.berekend)
    if i is None or i.gemeente["nieuwbouw"] is None or not ctx.invoer.prognose_bevat_bod:
        return ()
    return (*genoemd(i.gemeente["nieuwbouw"], "bedrag"), *genoemd(i.woningen_nieuwbouw or 0))


def _ibw_zin(ctx: Context) -> str:
    """F03 cites the ministry's IBW when given and the prognosis holds the bod (vraagpunten.md Revisions 2)."""
    i = ibw.van(ctx.invoer, ctx.berekend)
    if i is None or i.gemeente["nieuwbouw"] is None or not ctx.invoer.prognose_bevat_bod:
        return ""
    jaar = f" {i.jaar}" if i.jaar else ""
    return (f" Het ministerie noemt in de IBW{jaar} voor nieuwbouw in deze gemeente "
            f"{opmaak.euro_globaal(i.gemeente['nieuwbouw'])}, ruwweg {aantal(i.woningen_nieuwbouw or 0)} woningen. "
            "Ook dat is indicatief: de drie IBW-bedragen (nieuwbouw, verbetering, huurmatiging) zijn alternatieven, "
            "de IBW komt bovenop de plannen die al in uw prognose zitten, en de Autoriteit woningcorporaties vond "
            "haar te positief.")


@regel("F04", "BOD_BOVEN_RUIMTE", "financien", "midden", "B", "rekenregels §4")
def f04(ctx: Context) -> Iterator[Bevinding]:
    ir = ctx.afgeleid.investeringsruimte_gemeente
    if ctx.invoer.prognose_bevat_bod or not ir or ir.ruimte_gemeente is None or ctx.bod is None:
        return
    investering = som(ctx.bod, "investering_gemeente")
    if investering.waarde is not None and investering.waarde > ir.ruimte_gemeente:
        yield Bevinding(
            f"De investeringen in dit bod ({opmaak.euro(investering.waarde)} in {jaren(investering.jaren)}) zijn "
            f"groter dan het deel van de investeringsruimte dat naar rato van uw woningen bij {ctx.gemeente} hoort "
            f"(ongeveer {opmaak.euro_globaal(ir.ruimte_gemeente)}); uw prognose bevat dit bod nog niet. Wat zou u als "
            "eerste uitstellen als de financiën knellen? Dat spreken we liever nu samen af dan achteraf.",
            "Ambities en middelen moeten bij elkaar passen; de toerekening naar rato van woningen is indicatief.",
            investering.bronnen, sleutel="investering_gemeente",
            waarden=(*genoemd(investering.waarde, "bedrag", investering.bronnen[0] if len(investering.bronnen) == 1
                              else None), *genoemd(ir.ruimte_gemeente, "bedrag")),
        )


def _decimalen(x: float) -> int:
    """Published decimals of a value as written (1.7 → 1; 1.74 → 2)."""
    exp = Decimal(repr(float(x))).normalize().as_tuple().exponent
    return max(0, -int(exp))


def _wijkt_af(ratio: str, opgegeven: float, berekend: float) -> bool:
    """Compare after rounding the recomputed value to the published decimals (rekenregels §2)."""
    if ratio == "icr":
        d = _decimalen(opgegeven)
        return abs(float(opmaak.afronden(berekend, d)) - opgegeven) > float(drempel("opgegeven_icr_verschil")) + 1e-9
    d = _decimalen(round(opgegeven * 100, 9))
    verschil = abs(float(opmaak.afronden(berekend * 100, d)) - opgegeven * 100) / 100
    return verschil > float(drempel("opgegeven_procentpunt_verschil")) + 1e-9


# F05: a gap between a published and a recomputed ratio is explained by what enters that ratio's definition,
# never by something that does not (vraagpunten.md Revisions 2).
DEFINITIE = {
    "icr": ("welke rente telt u mee (netto of bruto, betaalde of verschuldigde rente) en welke kasstroom?",
            "De ICR hangt af van de rente die wordt meegeteld (netto of bruto) en van de operationele kasstroom."),
    "ltv": ("op welke versie van de beleidswaarde rekent u, en welke schuld telt u mee?",
            "De LTV hangt af van de versie van de beleidswaarde en van de schuld die wordt meegeteld."),
    "solvabiliteit": ("op welke versie van de beleidswaarde rekent u het eigen vermogen en het balanstotaal?",
                      "De solvabiliteit op beleidswaarde hangt af van de versie van de beleidswaarde."),
    "dekkingsratio": ("welke marktwaarde in verhuurde staat en welke schuld telt u mee?",
                      "De dekkingsratio hangt af van de marktwaarde in verhuurde staat en de schuld."),
    "onderpandratio": ("welke WOZ-waarde van het onderpand en welke geborgde schuld telt u mee?",
                       "De onderpandratio hangt af van de WOZ-waarde van het onderpand en de geborgde schuld."),
}


@regel("F05", "OPGEGEVEN_WIJKT_AF", "financien", "midden", "B", "rekenregels §2")
def f05(ctx: Context) -> Iterator[Bevinding]:
    groepen: dict[tuple[str, str], list[RatioJaar]] = {}
    for r in sorted(_ratios(ctx), key=lambda r: r.jaar):
        for ratio, opgegeven in r.opgegeven.items():
            x = r.waarden.get(ratio)
            if x is not None and _wijkt_af(ratio, opgegeven, x):
                groepen.setdefault((r.tak, ratio), []).append(r)
    for (tak, ratio), rs in groepen.items():
        genoemd = ", ".join(f"{r.jaar}: {opmaak.ratio_waarde(ratio, r.opgegeven[ratio])}" for r in rs)
        vraag, waarom = DEFINITIE.get(ratio, ("welke definitie gebruikt u?", "Definities kunnen verschillen."))
        yield Bevinding(
            f"U noemt een {_naam(ratio, tak)} van {genoemd}; uit uw eigen cijfers volgt {_waarden_tekst(ratio, rs)}. "
            f"Hoe rekent u: {vraag}"
            + (" U geeft de cijfers geconsolideerd, met verbindingen; de normen gelden voor de toegelaten "
               "instelling zelf. Noemt u de kerncijfers op die basis?"
               if ctx.invoer.veld("prognose_basis") == "geconsolideerd" else ""),
            f"{waarom} Dezelfde definitie maakt het gesprek eenvoudiger.",
            _ratio_bronnen(ratio, rs), sleutel=f"{tak}:{ratio}",
            waarden=(*_ratio_waarden(ratio, rs, opgegeven=True), *_ratio_waarden(ratio, rs)),
        )


@regel("F06", "ICR_DAALT", "financien", "midden", "B", "rekenregels §2")
def f06(ctx: Context) -> Iterator[Bevinding]:
    for tak in TAKKEN:
        rs = sorted((r for r in _ratios(ctx) if r.tak == tak and r.waarden.get("icr") is not None),
                    key=lambda r: r.jaar)
        if len(rs) < 2:
            continue
        eerste, laagste = rs[0], min(rs[1:], key=lambda r: (r.waarden["icr"], r.jaar))
        if eerste.waarden["icr"] - laagste.waarden["icr"] > float(drempel("icr_daling")) + 1e-9:
            citaat = gevoeligheid_citaat(ctx, tak, ("S3", "S5"))
            yield Bevinding(
                f"De {_naam('icr', tak)} daalt van {opmaak.ratio(eerste.waarden['icr'])} in {eerste.jaar} naar "
                f"{opmaak.ratio(laagste.waarden['icr'])} in {laagste.jaar}, bij een norm van "
                f"{_norm_tekst(ctx, tak, 'icr')}.{citaat} Welke uitgaven drijven die daling, hoeveel buffer houdt u "
                f"aan{', en wat doet u als het zo tegenvalt' if citaat else ''}?",
                "De ICR (rentedekking) is voor de meeste corporaties de norm die het eerst knelt.",
                _ratio_bronnen("icr", [eerste, laagste]), sleutel=f"{tak}:icr",
                waarden=(*_ratio_waarden("icr", [eerste, laagste]), *_norm_waarden(ctx, tak, "icr"),
                         *(gevoeligheid_waarden(ctx, tak, ("S3", "S5")) if citaat else ())),
            )


ONGEWOON = {  # ratio -> (direction, the usual range in words, its bound and unit, what to check)
    "ltv": ("laag", "meestal boven", 0.25, "%", "staan beleidswaarde en schuld in dezelfde eenheid, en op welke "
                                                "versie van de beleidswaarde"),
    "dekkingsratio": ("laag", "meestal ruim boven", 0.0, "%", "ontbreekt de schuld, of staat de marktwaarde in een "
                                                              "andere eenheid"),
    "schuld_per_vhe": ("hoog", "meestal onder", 70_000.0, "bedrag", "staan de schuld en het aantal "
                                                                     "verhuureenheden in de juiste eenheid (x € 1.000)"),
}
DUIZEND = 1_000.0  # "x € 1.000": the unit of amounts in the Prognose sheet


def _schuld_per_vhe(ctx: Context, tak: str, rs: list[RatioJaar]) -> list[tuple[int, float]]:
    blad = ctx.invoer.prognoses.get(tak)
    uit = []
    for r in rs:
        schuld, vhe = (blad.getal("schuld_nominaal", r.jaar), blad.getal("vhe", r.jaar)) if blad else (None, None)
        if schuld is not None and vhe:
            uit.append((r.jaar, schuld / vhe))
    return uit


@regel("F07", "ONGEWONE_WAARDE", "financien", "laag", "B", "rekenregels §3")
def f07(ctx: Context) -> Iterator[Bevinding]:
    """A value far outside the sector's usual range, said as "ongewoon" with the figure itself. A high ICR is not
    an input error (rekenregels Revisions 2) and is left out; without a figure the rule stays silent."""
    groepen: dict[tuple[str, str], list[RatioJaar]] = {}
    for r in sorted(_ratios(ctx), key=lambda r: r.jaar):
        for ratio in r.opmerkingen:
            if ratio in ONGEWOON:
                groepen.setdefault((r.tak, ratio), []).append(r)
    for (tak, ratio), rs in groepen.items():
        richting, woord, grens, eenheid_grens, nakijken = ONGEWOON[ratio]
        gebruikelijk = f"{woord} {opmaak.procent(grens, 0) if eenheid_grens == '%' else opmaak.euro(grens)}"
        if ratio == "schuld_per_vhe":
            per_jaar = _schuld_per_vhe(ctx, tak, rs)
            naam = f"schuld per verhuureenheid{_van_tak(tak)}"
            tekst = ", ".join(f"{j}: {opmaak.euro(x)}" for j, x in per_jaar)
            waarden = tuple(GenoemdeWaarde(x, "bedrag", None, j) for j, x in per_jaar)
            bronnen = bronnen_van([ctx.invoer.prognoses[tak].bron(c, j) for j, _ in per_jaar
                                   for c in ("schuld_nominaal", "vhe")]) if per_jaar else ()
        else:
            met = [r for r in rs if r.waarden.get(ratio) is not None]
            naam, tekst, bronnen = _naam(ratio, tak), _waarden_tekst(ratio, met), _ratio_bronnen(ratio, met)
            waarden = _ratio_waarden(ratio, met)
        if not tekst:
            continue
        yield Bevinding(
            f"De {naam} komt uit op {tekst}; dat is ongewoon {richting} voor een corporatie ({gebruikelijk}). "
            f"Kunt u de invoer nakijken: {nakijken}?",
            "Een waarde ver buiten wat in de sector gebruikelijk is, komt vaak door een eenheid of een ontbrekend "
            "getal; soms is ze echt bijzonder.",
            bronnen, sleutel=f"{tak}:{ratio}",
            waarden=(*waarden, *genoemd(grens, eenheid_grens), *(genoemd(DUIZEND, "bedrag") if "1.000" in nakijken
                                                               else ())),
        )


@regel("F08", "BW_VERSIE", "financien", "midden", "B", "rekenregels §3")
def f08(ctx: Context) -> Iterator[Bevinding]:
    if ctx.berekend is None:
        return
    kader = ctx.berekend.normenkader.bw_versie
    per_versie: dict[str, set[int]] = {}
    for r in _ratios(ctx):
        per_versie.setdefault(r.bw_versie, set()).add(r.jaar)
    afwijkend = sorted(j for v, js in per_versie.items() if v != kader for j in js)
    if len(per_versie) > 1 or afwijkend:
        versies = "; ".join(f"{jaren(sorted(js))}: beleidswaarde {v}" for v, js in sorted(per_versie.items()))
        yield Bevinding(
            f"De prognose rekent met {versies}; het normenkader {ctx.berekend.normenkader.naam} hoort bij "
            f"beleidswaarde {kader}. Op welke beleidswaarde zijn de jaren {jaren(afwijkend or sorted(set().union(*per_versie.values())))} "
            "gebaseerd, en kunt u de cijfers op dezelfde basis aanleveren?",
            "De LTV op beleidswaarde 1.0 is niet vergelijkbaar met een norm voor beleidswaarde 2.0 (gemiddeld "
            "ongeveer 27% hoger).",
            (), sleutel="bw_versie",
            waarden=tuple(w for v in {*per_versie, kader} for w in genoemd(_versienummer(v), "versie")),
        )


def _versienummer(versie: str) -> float | None:
    try:
        return float(versie)
    except (TypeError, ValueError):
        return None
