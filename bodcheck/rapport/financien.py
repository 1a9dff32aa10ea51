"""Chapter 8, Financiële ruimte (indicatief): ratios per year and tak against the kader (table and one chart
per ratio), headroom per year with the binding norm, scenarios (whole corporatie first, then the gemeente
share labelled indicatief), and the warnings (rekenregels §3–4). Also the flat tables for the Excel export.
"""

from __future__ import annotations

from bodcheck import afgeleid, eigen_normen, gevoeligheid, ibw, normenkaders, opmaak
from bodcheck.berekenen import ZONDER_BEDRAGEN
from bodcheck.codes import NORM_NAMEN, RATIO_NAMEN, TAKKEN
from bodcheck.model import Investeringsruimte, NormenkaderInfo, NormGrens, RatioJaar, Resultaat
from bodcheck.rapport import cellen, verwijzingen
from bodcheck.rapport.model import Alinea, Blok, Cel, Grafiek, Kolom, Opsomming, Reeks, Tabel
from bodcheck.rapport.teksten import FINANCIEEL_WAARSCHUWINGEN

BINNEN_EIGEN_NORMEN = ", binnen eigen normen"
PROGNOSE_BASIS_LABEL = {"enkelvoudig": "enkelvoudig (de toegelaten instelling zelf, zonder verbindingen)",
                        "geconsolideerd": "geconsolideerd (met verbindingen); de normen gelden voor de toegelaten "
                                          "instelling zelf, dus de kerncijfers kunnen afwijken"}
HERKOMST_LABEL = {"berekend": "berekend door bodcheck", "opgegeven": "opgegeven door de corporatie"}
LEGENDA = "✓ ruim · ! krap (binnen 10% van de norm) · ✗ buiten de norm · – niet te berekenen"


def norm_tekst(ratio: str, g: NormGrens) -> str:
    teken = "≥" if g.richting == "minimaal" else "≤"
    return f"{teken} {opmaak.ratio_waarde(ratio, g.grens)}"


def _norm(resultaat: Resultaat, tak: str, ratio: str) -> NormGrens | None:
    return normenkaders.grens_van(resultaat.berekend.normenkader, tak, ratio)


def naast_cel(g: NormGrens, x: float | None) -> Cel:
    """A year against a kader shown side by side: only its band symbol (the value is in the row above)."""
    if x is None:
        return Cel("")
    band = normenkaders.band(g, x)
    return Cel(opmaak.BAND_SYMBOOL[band], opmaak.BAND_LABEL[band], "status")


def _naast_rijen(kaders: list[NormenkaderInfo], tak: str, naam: str, rijen_jaar: list[RatioJaar]) -> list:
    rijen = []
    for k in kaders:
        g = normenkaders.grens_van(k, tak, naam)
        if g is not None:
            rijen.append((cellen.tekst(f"   naast: {k.titel}"), cellen.tekst(norm_tekst(naam, g)),
                          *(naast_cel(g, r.waarden.get(naam)) for r in rijen_jaar)))
    return rijen


def takken(resultaat: Resultaat) -> list[str]:
    aanwezig = {r.tak for r in resultaat.berekend.ratios}
    return [t for t in TAKKEN if t in aanwezig]


def _per_tak(resultaat: Resultaat, tak: str) -> list[RatioJaar]:
    return sorted((r for r in resultaat.berekend.ratios if r.tak == tak), key=lambda r: r.jaar)


def _ratio_cel(r: RatioJaar, naam: str) -> Cel:
    c = cellen.ratio_waarde(naam, r.waarden.get(naam))
    band = r.banden.get(naam)
    if band in ("krap", "overschreden"):
        return Cel(f"{c.tekst} {opmaak.BAND_SYMBOOL[band]}", c.waarde, c.soort)
    return c


def ratio_tabel(resultaat: Resultaat, tak: str) -> Tabel:
    rijen_jaar = _per_tak(resultaat, tak)
    jaren = [r.jaar for r in rijen_jaar]
    kolommen = (Kolom("Kerncijfer", "tekst", 2.6), Kolom("Norm", "tekst", 1.25),
                *(Kolom(str(j), "ratio", 1.0) for j in jaren))
    rijen: list[tuple[Cel, ...]] = []
    for naam in NORM_NAMEN:
        if all(r.waarden.get(naam) is None and naam not in r.redenen for r in rijen_jaar):
            continue
        g = _norm(resultaat, tak, naam)
        rijen.append((cellen.tekst(opmaak.RATIO_LABEL[naam]), cellen.tekst(norm_tekst(naam, g) if g else ""),
                      *(_ratio_cel(r, naam) for r in rijen_jaar)))
        rijen += _naast_rijen(resultaat.berekend.extra_kaders, tak, naam, rijen_jaar)
        if any(naam in r.opgegeven and r.herkomst == "berekend" for r in rijen_jaar):
            rijen.append((cellen.tekst(f"{opmaak.RATIO_LABEL[naam]} volgens corporatie"), cellen.LEEG,
                          *(cellen.ratio_waarde(naam, r.opgegeven.get(naam)) if naam in r.opgegeven else Cel("")
                            for r in rijen_jaar)))
    onderpand = [r for r in rijen_jaar if r.waarden.get("onderpandratio") is not None]
    if onderpand:
        rijen.append((cellen.tekst("Onderpandratio (informatie)"), cellen.LEEG,
                      *(cellen.procent(r.waarden.get("onderpandratio")) for r in rijen_jaar)))
    redenen = sorted({f"{opmaak.RATIO_LABEL.get(k, k)}: {v}" for r in rijen_jaar for k, v in r.redenen.items()})
    voetnoot = LEGENDA + (". Niet te berekenen: " + "; ".join(redenen[:4]) if redenen else "")
    opgegeven = any(r.herkomst == "opgegeven" for r in rijen_jaar)
    return Tabel(kolommen, tuple(rijen), titel=f"Kerncijfers {opmaak.TAK_LABEL_LANG[tak]}"
                 + (", opgegeven door de corporatie" if opgegeven else ""), voetnoot=voetnoot,
                 sleutel=f"ratios_{tak}")


def ratio_grafiek(resultaat: Resultaat, naam: str) -> Grafiek | None:
    reeksen, met_cijfers = [], []
    for tak in takken(resultaat):
        punten = tuple((r.jaar, r.waarden.get(naam)) for r in _per_tak(resultaat, tak))
        if any(p[1] is not None for p in punten):
            reeksen.append(Reeks(opmaak.TAK_LABEL[tak], punten))  # the legend says "hele corporatie (TI)"
            met_cijfers.append(tak)
    if not reeksen:
        return None
    g = _norm(resultaat, met_cijfers[0], naam)
    # each tak's own norm: takken whose norm differs from the first tak's get a line of their own (the
    # example's niet-DAEB ICR norm is 1,80 against 1,40 for TI and DAEB)
    andere = [(t, n) for t in met_cijfers[1:] if (n := _norm(resultaat, t, naam)) is not None and g is not None
              and (n.grens, n.richting) != (g.grens, g.richting)]
    label = opmaak.RATIO_LABEL[naam]
    if not g or len(reeksen) == 1:
        onderschrift = ""
    elif andere:
        zelfde = [opmaak.TAK_LABEL[t] for t in met_cijfers if t not in dict(andere)]
        onderschrift = (f"De norm {norm_tekst(naam, g)} en de krap-zone gelden voor {opmaak.opsomming(zelfde)}; "
                        + "; ".join(f"voor {opmaak.TAK_LABEL[t]} geldt {norm_tekst(naam, n)} (dunne stippellijn)"
                                    for t, n in andere) + ".")
    else:
        onderschrift = "De norm geldt voor elke lijn in deze grafiek."
    return Grafiek(
        titel=label, reeksen=tuple(reeksen), notatie="ratio" if naam == "icr" else "procent",
        norm=g.grens if g else None, krap=g.krap_grens if g else None, richting=g.richting if g else None,
        norm_label=f"norm {norm_tekst(naam, g)}" if g else "", half=True, onderschrift=onderschrift,
        andere_normen=tuple((f"{opmaak.TAK_LABEL[t]} {norm_tekst(naam, n)}", n.grens) for t, n in andere),
    )


# What the "Ruimte per jaar" table computes (rekenregels §4.1), said the same in the report and the app.
RUIMTE_PER_JAAR = "extra lening voor een onrendabele uitgave"
RUIMTE_PER_JAAR_UITLEG = ("Per jaar: de extra lening die in dat jaar nog past voor een uitgave die geen huur of waarde "
                          "oplevert (zoals verbetering), en welke norm dan als eerste knelt (vetgedrukt). Nieuwe "
                          "woningen brengen wel huur en waarde op; daarom kan in de scenario's voor nieuwbouw een "
                          "andere norm knellen.")


def bindend_zin(ir: Investeringsruimte, s) -> str:
    """Which norm limits a scenario's total, and where the per-year table (a uitgave without rent or value,
    rekenregels §4.1) names another norm, why (bevindingen r3 item 12: the Overzicht said "Bindend: LTV in 2030"
    while the table said ICR in every year; both are right, for different questions).
    "Voor nieuwbouw knelt de LTV in 2030 het eerst. De tabel Ruimte per jaar noemt de ICR: …"."""
    if not s.bindende_norm:
        return ""
    norm = opmaak.RATIO_LABEL.get(s.bindende_norm, s.bindende_norm)
    zin = (f"Voor {opmaak.SCENARIO_LABEL.get(s.naam, s.naam).lower()} knelt de {norm}"
           f"{f' in {s.bindend_jaar}' if s.bindend_jaar else ''} het eerst.")
    anders = list(dict.fromkeys(p.bindende_norm for p in ir.per_jaar
                                if p.bindende_norm and p.bindende_norm != s.bindende_norm))
    if anders and s.naam == "nieuwbouw":
        zin += (f" De tabel Ruimte per jaar noemt {' of '.join('de ' + opmaak.RATIO_LABEL.get(n, n) for n in anders)}:"
                " die rekent met een uitgave zonder huur, en nieuwe woningen brengen huur op.")
    return zin


def ruimte_tabel(ir: Investeringsruimte) -> Tabel:
    kolommen = (Kolom("Jaar", "jaar", 0.6), *(Kolom(f"Ruimte {opmaak.RATIO_LABEL[n]}", "euro", 1.25) for n in NORM_NAMEN),
                Kolom("Ruimte (laagste)", "euro", 1.3), Kolom("Bindende norm", "tekst", 1.1))
    rijen = tuple(
        (cellen.jaar(p.jaar), *(cellen.mln(p.per_norm.get(n)) for n in NORM_NAMEN), cellen.mln(p.extra_schuld),
         cellen.tekst(opmaak.RATIO_LABEL.get(p.bindende_norm or "", "–")))
        for p in ir.per_jaar
    )
    return Tabel(kolommen, rijen, titel=f"Ruimte per jaar ({ir.tak}), {RUIMTE_PER_JAAR}",
                 voetnoot="Een negatief bedrag: de norm is in dat jaar al overschreden. Ruimte per jaar; de "
                          "jaren zijn geen optelling.", sleutel="ruimte_per_jaar")


def scenario_tabel(ir: Investeringsruimte) -> Tabel:
    """One row per scenario; an amount per year and the total each in their own column (rapport.md Revisions 2:
    one column held a one-off amount for one scenario and a yearly amount for the next)."""
    aandeel = ir.aandeel_gemeente
    kop_gemeente = ("Deel gemeente van het totaal (" + opmaak.procent(aandeel) + ")") if aandeel is not None \
        else "Deel gemeente van het totaal"
    kolommen = (Kolom("Scenario", "tekst", 1.25), Kolom("Investering", "tekst", 1.3), Kolom("Per jaar", "euro", 0.95),
                Kolom("Totaal", "euro", 1.0),
                Kolom("Woningen", "getal", 0.75), Kolom("Bindend", "tekst", 0.95), Kolom(kop_gemeente, "euro", 1.25))
    rijen = []
    binnen_eigen = (ir.eigen_normen.nieuwbouw,) if ir.eigen_normen is not None else ()
    for s in (*ir.scenarios, *binnen_eigen):
        bindend = f"{opmaak.RATIO_LABEL.get(s.bindende_norm or '', '–')} {s.bindend_jaar or ''}".strip()
        naam = opmaak.SCENARIO_LABEL.get(s.naam, s.naam) + (BINNEN_EIGEN_NORMEN if any(s is e for e in binnen_eigen) else "")
        per_jaar = cellen.mln(s.x_max) if s.modus == "gelijkmatig" else Cel("–")
        rijen.append((cellen.tekst(naam), cellen.tekst(opmaak.MODUS_LABEL.get(s.modus, s.modus)), per_jaar,
                      cellen.mln(s.x_totaal), cellen.getal(s.woningen) if s.woningen is not None else Cel("–"),
                      cellen.tekst(bindend), cellen.mln(s.x_gemeente)))
    return Tabel(kolommen, tuple(rijen), titel=f"Scenario's voor {afgeleid.ruimte_scope(ir.tak)}: hoeveel extra "
                                               "investering past binnen alle normen",
                 voetnoot="Woningen = totaal / stichtingskosten per woning (afgerond naar beneden). Nieuwbouw en "
                          "verbetering zijn alternatieven: niet optellen."
                          + (" Binnen eigen normen: per kerncijfer de strengste van de eigen norm van de corporatie "
                             "en de officiële norm." if binnen_eigen else ""), sleutel="scenarios")


def ibw_tabel(resultaat: Resultaat) -> Tabel | None:
    """The ministry's IBW next to bodcheck's own indicative figure for this gemeente (invoerformat 1.1)."""
    i = ibw.van(resultaat.invoer, resultaat.berekend)
    if i is None:
        return None
    jaar = f" {i.jaar}" if i.jaar else ""
    kolommen = (Kolom("Besteding", "tekst", 1.3), Kolom(f"IBW{jaar}, deze gemeente", "euro", 1.6),
                Kolom(f"IBW{jaar}, hele corporatie", "euro", 1.6), Kolom("bodcheck, deze gemeente", "euro", 1.6))
    rijen = tuple((cellen.tekst(ibw.LABEL[s]), cellen.euro(i.gemeente[s]), cellen.euro(i.corporatie[s]),
                   cellen.euro(i.eigen[s]) if s in ("nieuwbouw", "verbetering") else Cel("–"))
                  for s in ibw.LABEL)
    return Tabel(kolommen, rijen, titel="IBW van het ministerie naast de eigen indicatie van bodcheck",
                 voetnoot=" ".join(ibw.WAARSCHUWINGEN), sleutel="ibw")


def kern_zinnen(resultaat: Resultaat) -> list[str]:
    """The financial picture in two plain lines (kern voor het bestuur)."""
    ratios = resultaat.berekend.ratios
    kader = resultaat.berekend.normenkader.titel
    zinnen = []
    if ratios:
        jaren = opmaak.jaren([r.jaar for r in ratios if any(w is not None for w in r.waarden.values())]
                             or [r.jaar for r in ratios])
        buiten = sorted({(opmaak.RATIO_LABEL[k], r.tak, r.jaar) for r in ratios for k, b in r.banden.items()
                         if b == "overschreden"})
        krap = sorted({(opmaak.RATIO_LABEL[k], r.tak) for r in ratios for k, b in r.banden.items() if b == "krap"})
        ontbreekt = afgeleid.niet_te_berekenen(ratios)
        if buiten:
            eerste = buiten[0]
            zinnen.append(f"Volgens de eigen prognose komt de {eerste[0]} ({eerste[1]}) in {eerste[2]} buiten de "
                          f"norm van {kader}" + (f", en nog {len(buiten) - 1} keer een kerncijfer" if len(buiten) > 1
                                                 else "") + ".")
        elif not any(w is not None for r in ratios for w in r.waarden.values()):
            zinnen.append("De kerncijfers zijn niet te berekenen: de prognose mist de bedragen daarvoor.")
        else:
            zin = (f"Volgens de eigen prognose blijven alle kerncijfers in {jaren} binnen de normen van {kader}"
                   if not ontbreekt else f"Volgens de eigen prognose blijven de kerncijfers die te berekenen zijn "
                                         f"in {jaren} binnen de normen van {kader}; niet te berekenen: {ontbreekt}")
            if krap:
                zin += "; dicht bij de norm (krap): " + ", ".join(f"{n} ({t})" for n, t in krap)
            zinnen.append(zin + ".")
    else:
        zinnen.append("Er is geen financiële prognose aangeleverd; de kerncijfers zijn niet berekend.")
    ir = resultaat.berekend.investeringsruimte
    nb = scenario(ir, "nieuwbouw", "eenmalig")
    if ir is not None and nb is not None and nb.x_max is None:
        zinnen.append("De investeringsruimte is niet te berekenen: de prognose mist de bedragen daarvoor.")
    elif ir is not None and nb is not None:
        zin = (f"Indicatieve investeringsruimte voor nieuwbouw: ongeveer {opmaak.euro_globaal(nb.x_max)} voor "
               f"{afgeleid.ruimte_scope(ir.tak)} "
               f"(bindend: {opmaak.RATIO_LABEL.get(nb.bindende_norm or '', '–')} {nb.bindend_jaar or ''})".rstrip())
        if zonder := afgeleid.normen_zonder_ruimte(ir):
            zin += f"; ten hoogste, want de ruimte binnen de norm voor {zonder} is niet te berekenen"
        if nb.x_gemeente is not None:
            zin += f", naar rato voor deze gemeente ongeveer {opmaak.euro_globaal(nb.x_gemeente)}"
        zinnen.append(zin + "; leencapaciteit, geen geld op de plank.")
    kern = gevoeligheid.kern_zin(resultaat.berekend.gevoeligheid, resultaat.berekend.normenkader)
    if kern:
        zinnen.append(kern)
    return zinnen


def scenario(ir: Investeringsruimte | None, naam: str, modus: str):
    if ir is None:
        return None
    return next((s for s in ir.scenarios if s.naam == naam and s.modus == modus), None)


def hoofdstuk(resultaat: Resultaat, vraag_regels: list[str]) -> list[Blok]:
    """The blocks of chapter 8; `vraag_regels` are the numbered financial vraagpunten (one line each)."""
    b: list[Blok] = []
    kader = resultaat.berekend.normenkader
    if not resultaat.berekend.ratios:
        b.append(Alinea("Geen blad Prognose aangeleverd: de kerncijfers en de investeringsruimte zijn niet "
                        "berekend."))
        return b
    b.append(Alinea(f"Getoetst aan het normenkader {kader.titel} (geldig {kader.geldig}; beleidswaarde "
                    f"{kader.bw_versie}). {kader.toelichting}".strip()))
    # the four kerncijfers named once in running text, so each gets its plain gloss here (glossen.py)
    b.append(Alinea("Kerncijfers per jaar: ICR, LTV, solvabiliteit en dekkingsratio; LTV en solvabiliteit rekenen "
                    "met de beleidswaarde."))
    for k in resultaat.berekend.extra_kaders:
        if k.naam == eigen_normen.NAAM:  # the corporatie's own norms from Algemeen (invoerformat 1.1)
            wat = "staan de eigen normen van de corporatie"
        else:
            wat = ("staan de eigen normen " if k.eigen else "staat het officiële normenkader ") + k.titel
        b.append(Alinea(f"Daarnaast {wat} in de tabellen, per kerncijfer op de regel ‘naast’: "
                        f"per jaar ✓ ruim, ! krap of ✗ buiten die norm (bron: {k.bron})."))
    basis = resultaat.invoer.veld("prognose_basis")
    if basis:
        b.append(Alinea(f"Basis van de cijfers: {PROGNOSE_BASIS_LABEL.get(str(basis), str(basis))}."))
    b.append(Alinea("Alle bedragen en ruimtes in dit hoofdstuk zijn indicatief. "
                    + " ".join(FINANCIEEL_WAARSCHUWINGEN), "let_op"))
    for tak in takken(resultaat):
        b.append(ratio_tabel(resultaat, tak))
    for naam in NORM_NAMEN:
        g = ratio_grafiek(resultaat, naam)
        if g is not None:
            b.append(g)
    ir = resultaat.berekend.investeringsruimte
    alleen_opgegeven = all(r.herkomst == "opgegeven" for r in resultaat.berekend.ratios)
    if ir is None and alleen_opgegeven:
        b.append(Alinea(f"De kerncijfers zijn zoals de corporatie ze publiceert; de investeringsruimte is "
                        f"{ZONDER_BEDRAGEN}."))
    elif ir is None:
        b.append(Alinea("De investeringsruimte is niet berekend: daarvoor ontbreken prognosegegevens "
                        "(zie de meldingen in de bijlage)."))
    else:
        b.append(Alinea("Investeringsruimte", "kop"))
        b.append(Alinea(f"Scope: {opmaak.TAK_LABEL_LANG.get(ir.tak, ir.tak)}; horizon {opmaak.jaren(list(ir.horizon))}; rente "
                        f"nieuwe leningen {opmaak.procent(_getal(ir.parameters.get('rente_nieuwe_leningen')))}; "
                        f"stichtingskosten per woning "
                        f"{opmaak.euro(_getal(ir.parameters.get('stichtingskosten_per_woning')))}."))
        b.append(ruimte_tabel(ir))
        b.append(scenario_tabel(ir))
        nb = scenario(ir, "nieuwbouw", "eenmalig")
        if nb is not None:
            regels = [f"{afgeleid.RUIMTE_KOLOM.get(ir.tak, ir.tak)}: {opmaak.euro_globaal(nb.x_max)} eenmalig voor nieuwbouw"
                      + (f", ongeveer {opmaak.getal(nb.woningen)} woningen" if nb.woningen is not None else "")
                      + "."]
            if uitleg := bindend_zin(ir, nb):
                regels.append(uitleg)
            if nb.x_gemeente is not None and ir.aandeel_gemeente is not None:
                regels.append(f"Deel voor deze gemeente (indicatief, {opmaak.procent(ir.aandeel_gemeente)} van de "
                              f"woongelegenheden): {opmaak.euro_globaal(nb.x_gemeente)}.")
            else:
                regels.append("Het deel voor deze gemeente is niet berekend: het aantal woongelegenheden in de "
                              "gemeente of in totaal ontbreekt (Algemeen).")
            if ir.eigen_normen is not None:
                e = ir.eigen_normen.nieuwbouw
                regels.append(f"Ruimte binnen de eigen normen van de corporatie: {opmaak.euro_globaal(e.x_max)} eenmalig voor "
                              "nieuwbouw" + (f", ongeveer {opmaak.getal(e.woningen)} woningen"
                                             if e.woningen is not None else "")
                              + f"; bindend is de {opmaak.RATIO_LABEL.get(e.bindende_norm or '', '–')} in "
                                f"{e.bindend_jaar or '–'}. Zoveel laat de corporatie over binnen de veiligheidsmarge "
                                "die zij zichzelf stelt.")
            b.append(Opsomming(tuple(regels)))
        b.append(Alinea(ir.methode, "klein"))
    b += gevoeligheid_blokken(resultaat)
    tabel = ibw_tabel(resultaat)
    if tabel is not None:
        b.append(tabel)
    meldingen = [m.tekst for m in resultaat.berekend.meldingen if m.soort != "intern"
                 and not (alleen_opgegeven and ZONDER_BEDRAGEN in m.tekst)]  # said above, in one line
    if meldingen:
        b.append(Opsomming(tuple(meldingen), titel="Opmerkingen bij de berekening"))
    if vraag_regels:
        b.append(Opsomming(tuple(vraag_regels), titel="Vraagpunten over de financiën (zie "
                           + verwijzingen.hoofdstuk("vraagpunten") + ")"))
    return b


def gevoeligheid_goed(resultaat: Resultaat) -> str | None:
    """The line for "Wat goed is" when no scenario comes near a norm (rekenregels §6; vraagpunten F02/F06/H02)."""
    return gevoeligheid.goed_zin(resultaat.berekend.gevoeligheid, resultaat.berekend.normenkader)


def _getal(x: object) -> float | None:
    return float(x) if isinstance(x, int | float) and not isinstance(x, bool) else None


# ---- gevoeligheid (rekenregels §6) ---------------------------------------------------------------------

GEVOELIGHEID_UITLEG = (
    "De eigen prognose doorgerekend met tegenvallers: per scenario de laagste ICR (rentedekking) en de eerste "
    "norm die de prognose zelf haalt maar het scenario niet (✗).")
GEVOELIGHEID_KANTTEKENING = (
    "Indicatief: alleen de kasstromen veranderen, niet de balans (een lagere huur verlaagt ook de beleidswaarde: "
    "het effect op de LTV is onderschat); de investeringsruimte is niet opnieuw berekend, behalve de woningen "
    "bij duurdere bouw.")


def _eerste_cel(jaar_ratio: tuple[str, int] | None) -> Cel:
    if jaar_ratio is None:
        return Cel("geen", "geen")
    ratio, jaar = jaar_ratio
    tekst = f"{opmaak.BAND_SYMBOOL['overschreden']} {opmaak.RATIO_LABEL[ratio]} vanaf {jaar}"
    return Cel(tekst, tekst, "status")


def _basis_rij(resultaat: Resultaat, tak: str) -> tuple[Cel, ...]:
    """The prognosis as given: its lowest ICR and its own first breach (if any), for comparison."""
    rijen = _per_tak(resultaat, tak)
    icrs = [(r.waarden["icr"], r.jaar) for r in rijen if r.waarden.get("icr") is not None]
    laagste = min(icrs) if icrs else None
    eerste = next(((naam, r.jaar) for r in rijen for naam in NORM_NAMEN if r.banden.get(naam) == "overschreden"), None)
    return (cellen.tekst("Prognose zoals ingediend"), cellen.ratio(laagste[0] if laagste else None),
            cellen.jaar(laagste[1] if laagste else None), _eerste_cel(eerste))


def gevoeligheid_tabel(resultaat: Resultaat, tak: str) -> Tabel | None:
    """One compact table per tak: scenario, lowest ICR with its year, the first norm breached (or "geen");
    on the investeringsruimte's tak also the woningen, base → scenario, for dearer building."""
    gs = gevoeligheid.van_tak(resultaat.berekend.gevoeligheid, tak)
    if not gs:
        return None
    met_woningen = any(g.scenario == "S4" for g in gs)
    kolommen = [Kolom("Scenario", "tekst", 3.2), Kolom("Laagste ICR", "ratio", 1.0), Kolom("In jaar", "jaar", 0.8),
                Kolom("Eerste norm buiten", "tekst", 1.6)]
    if met_woningen:
        kolommen.append(Kolom("Woningen", "tekst", 1.2))
    rijen = [(*_basis_rij(resultaat, tak), *((Cel(""),) if met_woningen else ()))]
    for g in sorted(gs, key=lambda g: gevoeligheid.SCENARIOS.index(g.scenario)):
        if g.reden:
            rij: tuple[Cel, ...] = (cellen.tekst(g.naam), Cel("–"), Cel(""), cellen.tekst("niet te berekenen"))
        elif g.woningen is not None:
            rij = (cellen.tekst(g.naam), Cel("gelijk", "gelijk"), Cel(""), Cel("geen", "geen"))
        else:
            laagste = g.laagste_icr
            rij = (cellen.tekst(g.naam), cellen.ratio(laagste[0] if laagste else None),
                   cellen.jaar(laagste[1] if laagste else None), _eerste_cel(g.eerste_overschrijding))
        if met_woningen:
            w = g.woningen
            rij += (cellen.tekst(f"{opmaak.getal(w[0])} → {opmaak.getal(w[1])}") if w else Cel(""),)
        rijen.append(rij)
    redenen = [f"{g.naam}: {g.reden}" for g in gs if g.reden]
    voetnoot = ("Niet te berekenen: " + "; ".join(redenen) + ".") if redenen else ""
    return Tabel(tuple(kolommen), tuple(rijen), titel=f"Gevoeligheid {opmaak.TAK_LABEL_LANG.get(tak, tak)}", voetnoot=voetnoot,
                 sleutel=f"gevoeligheid_{tak}")


def tak_zin(resultaat: Resultaat, tak: str, kort: bool = False) -> str:
    """One plain Dutch sentence per tak: the scenario that breaks a norm first (with, unless `kort`, the years of
    the others), or that none does, and whether one comes near."""
    kader = resultaat.berekend.normenkader
    gs = [g for g in gevoeligheid.van_tak(resultaat.berekend.gevoeligheid, tak) if not g.reden and g.scenario != "S4"]
    breuk = gevoeligheid.doorbrekend(gs)
    if not breuk:
        dichtbij = gevoeligheid.bijna(gs, kader)
        if dichtbij and dichtbij[0].laagste_icr is not None:
            g = min(dichtbij, key=lambda x: x.laagste_icr or (0.0, 0))
            waarde, jaar = g.laagste_icr or (0.0, 0)
            return (f"De kerncijfers van {tak} blijven in elk scenario binnen de normen, maar "
                    f"{gevoeligheid.bij(g)} komt de ICR dicht bij de norm: {opmaak.ratio(waarde)} in {jaar}.")
        laagste = min(((g.laagste_icr, g) for g in gs if g.laagste_icr is not None), key=lambda p: p[0], default=None)
        if laagste is None:
            return ""
        (waarde, jaar), g = laagste
        return (f"In geen van deze scenario's komt een kerncijfer van {tak} buiten de normen; de laagste ICR is "
                f"{opmaak.ratio(waarde)} in {jaar} ({g.naam.lower()}).")
    eerste = next((g for g in breuk if g.scenario != "S5"), breuk[0])
    tekst = gevoeligheid.zin(eerste, kader)
    anderen = [g for g in breuk if g is not eerste]
    if anderen and not kort:
        tekst = tekst.rstrip(".") + "; " + ", ".join(
            f"{gevoeligheid.bij(g)} vanaf {gevoeligheid.breukjaar(g)}" for g in anderen) + "."
    return tekst


def gevoeligheid_overzicht(resultaat: Resultaat) -> Tabel | None:
    """The tables of all takken as one (each tak's first row names it, in bold), for the report: less paper."""
    tabellen = [(tak, t) for tak in takken(resultaat) if (t := gevoeligheid_tabel(resultaat, tak)) is not None]
    if not tabellen:
        return None
    kolommen = max((t.kolommen for _, t in tabellen), key=len)
    rijen: list[tuple[Cel, ...]] = []
    vet: list[int] = []
    for tak, t in tabellen:
        vet.append(len(rijen))  # the tak's first row (the prognosis as given) names the tak, in bold
        eerste, *rest = t.rijen
        rijen.append((cellen.tekst(f"{tak}: {eerste[0].tekst.lower()}"), *eerste[1:]))
        rijen += rest
    rijen = [(*rij, *(Cel("") for _ in range(len(kolommen) - len(rij)))) for rij in rijen]
    voetnoot = " ".join(t.voetnoot for _, t in tabellen if t.voetnoot)
    return Tabel(kolommen, tuple(rijen), titel="Gevoeligheid per tak (TI = de corporatie als geheel, DAEB = de "
                                              "sociale tak)", voetnoot=voetnoot, sleutel="gevoeligheid_takken",
                 vet=tuple(vet))


def gevoeligheid_blokken(resultaat: Resultaat) -> list[Blok]:
    """The sensitivity section of chapter 8: explanation, one sentence per tak, one table with a part per tak,
    the parameters and the caveat."""
    gs = resultaat.berekend.gevoeligheid
    tabel = gevoeligheid_overzicht(resultaat)
    if not gs or tabel is None:
        return []
    zinnen = tuple(z for tak in takken(resultaat) if (z := tak_zin(resultaat, tak, kort=True)))
    return [Alinea("Gevoeligheid: wat als het tegenvalt?", "kop"), Alinea(GEVOELIGHEID_UITLEG), Opsomming(zinnen),
            tabel, Alinea(gevoeligheid.parameters_tekst(gs) + " " + GEVOELIGHEID_KANTTEKENING, "klein")]


def export_gevoeligheid(resultaat: Resultaat) -> Tabel | None:
    """Every scenario, tak and year for the Excel export (numbers as numbers)."""
    gs = resultaat.berekend.gevoeligheid
    if not gs:
        return None
    kolommen = (Kolom("Tak", "tekst", 1), Kolom("Scenario", "tekst", 3), Kolom("Jaar", "jaar", 0.8),
                *(Kolom(opmaak.RATIO_LABEL[r], "ratio" if r == "icr" else "procent", 1) for r in NORM_NAMEN),
                Kolom("Eerste norm buiten", "tekst", 1.6), Kolom("Woningen basis", "getal", 1),
                Kolom("Woningen scenario", "getal", 1), Kolom("Niet te berekenen", "tekst", 3))
    rijen = []
    for g in gs:
        eerste = _eerste_cel(g.eerste_overschrijding) if not g.reden else Cel("")
        basis, scenario = g.woningen if g.woningen else (None, None)
        vast = (cellen.tekst(g.tak), cellen.tekst(g.naam))
        achter = (eerste, cellen.getal(basis) if basis is not None else Cel(""),
                  cellen.getal(scenario) if scenario is not None else Cel(""), cellen.tekst(g.reden or ""))
        if not g.per_jaar:
            rijen.append((*vast, Cel(""), *(Cel("") for _ in NORM_NAMEN), *achter))
        for j in g.per_jaar:
            rijen.append((*vast, cellen.jaar(j.jaar), *(cellen.ratio_waarde(r, j.waarden.get(r)) for r in NORM_NAMEN),
                          *achter))
    return Tabel(kolommen, tuple(rijen), titel="Gevoeligheid", sleutel="gevoeligheid")


# ---- export -------------------------------------------------------------------------------------------


def export_ratios(resultaat: Resultaat) -> Tabel:
    kolommen = (Kolom("Tak", "tekst", 1), Kolom("Jaar", "jaar", 1), Kolom("Kerncijfer", "tekst", 1.4),
                Kolom("Waarde", "ratio", 1), Kolom("Norm", "ratio", 1), Kolom("Richting", "tekst", 1),
                Kolom("Band", "tekst", 1), Kolom("Volgens corporatie", "ratio", 1),
                Kolom("Niet te berekenen", "tekst", 3), Kolom("Bronnen", "tekst", 3), Kolom("Herkomst", "tekst", 2))
    rijen = []
    for tak in takken(resultaat):
        for r in _per_tak(resultaat, tak):
            for naam in RATIO_NAMEN:
                w = r.waarden.get(naam)
                if w is None and naam not in r.redenen:
                    continue
                g = _norm(resultaat, tak, naam) if naam in NORM_NAMEN else None
                rijen.append((cellen.tekst(tak), cellen.jaar(r.jaar), cellen.tekst(opmaak.RATIO_LABEL[naam]),
                              cellen.ratio_waarde(naam, w),
                              cellen.ratio_waarde(naam, g.grens) if g else Cel(""),
                              cellen.tekst(g.richting if g else ""), cellen.band(r.banden.get(naam)),
                              cellen.ratio_waarde(naam, r.opgegeven[naam]) if naam in r.opgegeven else Cel(""),
                              cellen.tekst(r.redenen.get(naam, "")), cellen.tekst(", ".join(r.bronnen.get(naam, ()))),
                              cellen.tekst(HERKOMST_LABEL[r.herkomst])))
    return Tabel(kolommen, tuple(rijen), titel="Kerncijfers", sleutel="ratios")
