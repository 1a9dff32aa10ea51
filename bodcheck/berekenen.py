"""Invoer → Berekend: ratios per year and tak against the chosen normenkader, and the investeringsruimte
(rekenregels §1–4). The one place that feeds the model's numbers into `rekenmodellen`.
"""

from __future__ import annotations

import dataclasses
import math

from bodcheck import eigen_normen, gevoeligheid, normenkaders, parameters
from bodcheck.codes import TAKKEN, factor_bedragen
from bodcheck.model import (
    Berekend,
    Bron,
    Instellingen,
    Investeringsruimte,
    Invoer,
    JaarBlad,
    Melding,
    NormenkaderInfo,
    RatioJaar,
    RuimteEigenNormen,
    RuimteJaar,
    Scenario,
)
from bodcheck.opmaak import RATIO_LABEL, getal, ratio_namen
from bodcheck.opmaak import jaren as jaren_tekst
from rekenmodellen import (
    NORM_NAMEN,
    RATIO_INVOER,
    RATIO_NAMEN,
    JaarCijfers,
    NietTeBerekenen,
    band,
    bereken_ratios,
    los_op,
    nieuwbouw,
    ongewone_waarde,
    schuld_per_vhe_ongewoon,
    statische_ruimte,
    verbetering,
)

VELDEN = ("kasstroom_operationeel", "rente_betaald", "rente_ontvangen", "schuld_nominaal", "schuld_geborgd",
          "beleidswaarde", "marktwaarde", "onderpand_waarde", "eigen_vermogen", "balanstotaal")
RUIMTE_VELDEN = ("kasstroom_operationeel", "rente_betaald", "rente_ontvangen", "schuld_nominaal", "beleidswaarde",
                 "marktwaarde", "eigen_vermogen", "balanstotaal")
ADDITIEF = ("kasstroom_operationeel", "beleidswaarde", "marktwaarde", "vhe")

METHODE = (
    "Indicatieve investeringsruimte: de extra lening die tot aan de normen van Aw en WSW past. "
    "Per jaar (statisch): een volledig onrendabele uitgave in dat jaar, gefinancierd met een lening tegen de "
    "rente voor nieuwe leningen; de laagste van de vier normruimtes bindt. De scenario's rekenen door over de "
    "horizon en financieren ook de extra rente met nieuwe schuld, en geven daarom een andere uitkomst dan de "
    "statische ruimte. Dit is leencapaciteit, geen geld op de plank; de bedragen voor nieuwbouw en verbetering "
    "zijn alternatieven en tellen niet op; de ruimte geldt voor alle gemeenten van de corporatie samen. Het "
    "aandeel voor deze gemeente is een indicatieve toerekening naar rato van het aantal woongelegenheden."
)


def leeg_berekend() -> Berekend:
    kader, _ = normenkaders.standaard(None)
    return Berekend(normenkader=kader.info(_krap_marge()))


def _krap_marge() -> float:
    return float(parameters.waarde("financieel", "krap_marge"))


def jaarcijfers(blad: JaarBlad, jaar: int) -> JaarCijfers:
    return JaarCijfers(jaar, **{v: blad.getal(v, jaar) for v in VELDEN})


def bw_versie(invoer: Invoer) -> tuple[str, bool]:
    """The beleidswaarde version of the prognosis, and whether it was assumed (not stated)."""
    v = invoer.veld("bw_versie")
    if v:
        return str(v), False
    editie = invoer.prognose_editie
    return ("2.0" if editie is None or editie >= 2024 else "1.0"), True


def kies_kader(invoer: Invoer, instellingen: Instellingen) -> tuple[normenkaders.Normenkader, str]:
    if instellingen.normenkader:
        k = normenkaders.zoek(instellingen.normenkader)
        return k, f"Normenkader {k.titel} gekozen door de gebruiker."
    return normenkaders.standaard(invoer.prognose_editie)


def bereken(invoer: Invoer, instellingen: Instellingen | None = None) -> Berekend:
    instellingen = instellingen or Instellingen()
    marge = _krap_marge()
    kader, waarom = kies_kader(invoer, instellingen)
    meldingen: list[Melding] = []
    versie, aangenomen = bw_versie(invoer)
    if aangenomen and invoer.prognoses:
        meldingen.append(Melding("info", f"Beleidswaarde-versie {versie} aangenomen (niet opgegeven in Algemeen; "
                                         f"prognose-editie {invoer.prognose_editie})."))
    meldingen.append(Melding("info", waarom))
    info = kader.info(marge, waarom)
    extra: list[NormenkaderInfo] = []
    if kader.eigen:  # the user's own kader chosen: the official one for this prognosis next to it (rekenregels §3)
        officieel, _ = normenkaders.standaard(invoer.prognose_editie)
        extra.append(officieel.info(marge, "het officiële normenkader voor deze prognose, naast het eigen kader"))
    if instellingen.eigen_kader_pad:
        try:
            extra.append(normenkaders.laad_bestand(instellingen.eigen_kader_pad).info(marge, "eigen kader"))
        except normenkaders.KaderFout as e:
            meldingen.append(Melding("waarschuwing", str(e)))
    officieel = normenkaders.standaard(invoer.prognose_editie)[0] if kader.eigen else kader
    intern = eigen_normen.kader(invoer, officieel)
    if intern is not None:
        extra.append(intern.info(marge, "de eigen normen van de corporatie, naast het officiële kader"))
        meldingen += eigen_normen.ruimer_dan_officieel(invoer, officieel)
    ratios = _ratios(invoer, kader, marge, versie, meldingen)
    _controleer_optelling(invoer, meldingen)
    ruimte = _investeringsruimte(invoer, kader, instellingen, meldingen, intern)
    gevoelig = gevoeligheid.bereken(invoer, kader, marge, instellingen, ruimte, jaarcijfers, meldingen)
    return Berekend(normenkader=info, ratios=ratios, investeringsruimte=ruimte, meldingen=meldingen,
                    extra_kaders=extra, gevoeligheid=gevoelig)


# ---- ratios -----------------------------------------------------------------------------------------


def alleen_opgegeven(blad: JaarBlad) -> bool:
    """A prognosis that holds only the ratios as the corporatie published them (`*_opgegeven`), without the
    amounts (format 1.1: annual reports often print only the ratios)."""
    return not any(blad.heeft_getal(v) for v in VELDEN) and \
        any(blad.heeft_getal(f"{r}_opgegeven") for r in RATIO_NAMEN)


ALLEEN_OPGEGEVEN = "niet opgegeven door de corporatie"
ZONDER_BEDRAGEN = "niet te berekenen: de bedragen ontbreken"


def _opgegeven_ratios(blad: JaarBlad, tak: str, normen, marge: float, versie: str) -> list[RatioJaar]:
    """Ratios taken as published (herkomst `opgegeven`), against the kader like computed ones."""
    uit = []
    for jaar in blad.jaren:
        waarden = {r: blad.getal(f"{r}_opgegeven", jaar) for r in RATIO_NAMEN}
        if all(w is None for w in waarden.values()):
            continue
        banden = {r: band(r, w, normen, marge) for r, w in waarden.items() if w is not None and r in NORM_NAMEN}
        redenen = {r: ALLEEN_OPGEGEVEN for r, w in waarden.items() if w is None and r != "onderpandratio"}
        opgegeven = {r: w for r, w in waarden.items() if w is not None}
        bronnen: dict[str, tuple[str, ...]] = {
            r: (str(b),) for r in opgegeven if (b := blad.bron(f"{r}_opgegeven", jaar)) is not None}
        uit.append(RatioJaar(jaar, tak, waarden, banden, redenen, opgegeven, bronnen, {}, versie, "opgegeven"))
    return uit


def _ratios(invoer: Invoer, kader: normenkaders.Normenkader, marge: float, versie: str,
            meldingen: list[Melding]) -> list[RatioJaar]:
    uit: list[RatioJaar] = []
    for tak in TAKKEN:
        blad = invoer.prognoses.get(tak)
        if blad is None:
            continue
        normen = kader.voor(tak)
        if alleen_opgegeven(blad):
            meldingen.append(Melding("info", f"{blad.naam} geeft alleen de kerncijfers zoals de corporatie ze "
                                             "publiceert, zonder bedragen: ze zijn getoetst als opgegeven door de "
                                             f"corporatie; de investeringsruimte is {ZONDER_BEDRAGEN}.",
                                     Bron(blad.naam)))
            uit += _opgegeven_ratios(blad, tak, normen, marge, versie)
            continue
        ontbrekend: dict[tuple[str, str], list[tuple[int, Bron | None]]] = {}  # (ratio, reden) → years, cell
        for jaar in blad.jaren:
            c = jaarcijfers(blad, jaar)
            berekend = bereken_ratios(c)
            waarden: dict[str, float | None] = {}
            redenen: dict[str, str] = {}
            banden: dict[str, str] = {}
            opmerkingen: dict[str, str] = {}
            for naam in RATIO_NAMEN:
                w = berekend[naam]
                if isinstance(w, NietTeBerekenen):
                    waarden[naam] = None
                    redenen[naam] = w.reden
                    if naam != "onderpandratio" or _iets_bekend(blad, jaar, RATIO_INVOER[naam]):
                        ontbrekend.setdefault((naam, w.reden), []).append((jaar, _lege_invoer(blad, jaar, naam)))
                    continue
                waarden[naam] = w
                if naam in NORM_NAMEN:
                    banden[naam] = band(naam, w, normen, marge)
                opm = ongewone_waarde(naam, w)
                if opm:
                    opmerkingen[naam] = opm
            schuld, vhe = c.schuld_nominaal, blad.getal("vhe", jaar)
            if schuld is not None and vhe:
                opm = schuld_per_vhe_ongewoon(schuld, vhe)
                if opm:
                    opmerkingen["schuld_per_vhe"] = opm
            opgegeven = {r: v for r in RATIO_NAMEN if (v := blad.getal(f"{r}_opgegeven", jaar)) is not None}
            bronnen = {r: tuple(str(b) for v in RATIO_INVOER[r] if (b := blad.bron(v, jaar)) is not None)
                       for r in RATIO_NAMEN}
            uit.append(RatioJaar(jaar, tak, waarden, banden, redenen, opgegeven, bronnen, opmerkingen, versie))
        meldingen += _niet_te_berekenen(tak, ontbrekend)
    if "TI" not in invoer.prognoses and "DAEB" in invoer.prognoses and "niet-DAEB" in invoer.prognoses \
            and not any(alleen_opgegeven(invoer.prognoses[t]) for t in ("DAEB", "niet-DAEB")):
        uit = _ti_icr_uit_takken(invoer, kader, marge, versie) + uit
        meldingen.append(Melding("info", "Geen blad Prognose (TI): de ICR van de TI is berekend uit DAEB en "
                                         "niet-DAEB; LTV, solvabiliteit en dekkingsratio van de TI zijn zonder "
                                         "TI-blad niet te berekenen (interne lening en deelneming tellen niet op)."))
    return uit


def _lege_invoer(blad: JaarBlad, jaar: int, naam: str) -> Bron | None:
    """The cell of the first input the ratio lacks in this year (the empty cell to fill, not a filled one)."""
    code = next((v for v in RATIO_INVOER[naam] if blad.getal(v, jaar) is None), RATIO_INVOER[naam][0])
    return blad.lege_cel(code, jaar)


def _niet_te_berekenen(tak: str, ontbrekend: dict[tuple[str, str], list[tuple[int, Bron | None]]]) -> list[Melding]:
    """One melding per ratio and reason, with its years ("ICR TI 2027–2036 niet te berekenen: …"), citing the
    first year's empty cell: an assessment still being filled in would otherwise list a line per year."""
    return [Melding("info", f"{RATIO_LABEL[naam]} {tak} {jaren_tekst([j for j, _ in js])} niet te berekenen: "
                            f"{reden}.", js[0][1])
            for (naam, reden), js in ontbrekend.items()]


def _iets_bekend(blad: JaarBlad, jaar: int, velden: tuple[str, ...]) -> bool:
    return any(blad.getal(v, jaar) is not None for v in velden)


def _ti_icr_uit_takken(invoer: Invoer, kader: normenkaders.Normenkader, marge: float,
                       versie: str) -> list[RatioJaar]:
    """ICR of the TI from the takken: CFO and net interest add up (internal interest cancels)."""
    daeb, niet = invoer.prognoses["DAEB"], invoer.prognoses["niet-DAEB"]
    uit = []
    for jaar in daeb.jaren:
        if jaar not in niet.jaren:
            continue
        som = {v: _som(daeb.getal(v, jaar), niet.getal(v, jaar)) for v in RATIO_INVOER["icr"]}
        c = JaarCijfers(jaar, **som)
        w = bereken_ratios(c)["icr"]
        reden = "TI-blad ontbreekt; alleen de ICR volgt uit de takken"
        waarden: dict[str, float | None] = dict.fromkeys(RATIO_NAMEN)
        redenen = {r: reden for r in RATIO_NAMEN if r != "icr"}
        banden: dict[str, str] = {}
        if isinstance(w, NietTeBerekenen):
            redenen["icr"] = w.reden
        else:
            waarden["icr"] = w
            banden["icr"] = band("icr", w, kader.voor("TI"), marge)
        bronnen = {"icr": tuple(str(b) for bl in (daeb, niet) for v in RATIO_INVOER["icr"]
                                if (b := bl.bron(v, jaar)) is not None)}
        uit.append(RatioJaar(jaar, "TI", waarden, banden, redenen, {}, bronnen, {}, versie))
    return uit


def _som(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a + b


def _controleer_optelling(invoer: Invoer, meldingen: list[Melding]) -> None:
    """With TI and both takken: the additive items must add up (tolerance 1 workbook unit)."""
    ti, daeb, niet = (invoer.prognoses.get(t) for t in TAKKEN)
    if not (ti and daeb and niet):
        return
    eenheid = factor_bedragen(invoer.eenheid_bedragen)
    for code in (*ADDITIEF, "netto_rente"):
        for jaar in ti.jaren:
            t, d, n = (_netto_rente(b, jaar) if code == "netto_rente" else b.getal(code, jaar)
                       for b in (ti, daeb, niet))
            if t is None or d is None or n is None:
                continue
            waarden = (t, d, n)
            tolerantie = 1.0 if code == "vhe" else eenheid
            if abs(waarden[0] - waarden[1] - waarden[2]) > tolerantie + 1e-6:
                label = "netto rente" if code == "netto_rente" else code
                meldingen.append(Melding(
                    "waarschuwing",
                    f"{label} {jaar}: TI ({getal(waarden[0])}) is niet gelijk aan DAEB + niet-DAEB "
                    f"({getal(waarden[1] + waarden[2])})",
                    ti.bron("rente_betaald" if code == "netto_rente" else code, jaar)))


def _netto_rente(blad: JaarBlad, jaar: int) -> float | None:
    b, o = blad.getal("rente_betaald", jaar), blad.getal("rente_ontvangen", jaar)
    return None if b is None or o is None else b - o


# ---- investeringsruimte ----------------------------------------------------------------------------


def horizon(blad: JaarBlad, bodjaar: int | None, max_jaren: int) -> tuple[list[int], bool]:
    """Contiguous prognosis years from the first year ≥ bodjaar, at most max_jaren; True when a gap ended it."""
    jaren = sorted(j for j in blad.jaren if bodjaar is None or j >= bodjaar)
    uit: list[int] = []
    for j in jaren:
        if uit and j != uit[-1] + 1:
            return uit, True
        uit.append(j)
        if len(uit) == max_jaren:
            break
    return uit, False


def _kies_tak(invoer: Invoer, meldingen: list[Melding]) -> str | None:
    bodjaar = invoer.bodjaar
    daeb = invoer.prognoses.get("DAEB")
    if daeb is not None:
        jaren, _ = horizon(daeb, bodjaar, 1)
        if jaren and all(daeb.getal(v, jaren[0]) is not None for v in RUIMTE_VELDEN):
            return "DAEB"
        meldingen.append(Melding("info", "De investeringsruimte is voor de TI berekend: Prognose DAEB mist "
                                         "gegevens voor het eerste jaar."))
    if "TI" in invoer.prognoses:
        if daeb is None:
            meldingen.append(Melding("info", "De investeringsruimte is voor de TI berekend (geen blad Prognose DAEB)."))
        return "TI"
    return None


def _investeringsruimte(invoer: Invoer, kader: normenkaders.Normenkader, instellingen: Instellingen,
                        meldingen: list[Melding], intern: normenkaders.Normenkader | None = None,
                        ) -> Investeringsruimte | None:
    if invoer.prognoses and all(alleen_opgegeven(b) for b in invoer.prognoses.values()):
        return None  # only published ratios: said once in the melding of _ratios
    tak = _kies_tak(invoer, meldingen)
    if tak is None:
        return None
    blad = invoer.prognoses[tak]
    fin = parameters.laad("financieel")
    rente = _parameter(instellingen.rente_nieuwe_leningen, fin["rente_nieuwe_leningen"].waarde,
                       "rente voor nieuwe leningen", meldingen)
    stichting = _parameter(instellingen.stichtingskosten_per_woning, fin["stichtingskosten_per_woning"].waarde,
                           "stichtingskosten per woning", meldingen)
    jaren, gat = horizon(blad, invoer.bodjaar, instellingen.horizon_jaren)
    if gat:
        meldingen.append(Melding("waarschuwing", f"De prognose van {tak} heeft een gat na {jaren[-1]}; de horizon "
                                                 f"van de investeringsruimte eindigt daar."))
    if not jaren:
        meldingen.append(Melding("waarschuwing", f"Geen prognosejaren vanaf het bodjaar in {blad.naam}; de "
                                                 "investeringsruimte is niet berekend."))
        return None
    normen = kader.voor(tak)
    cijfers = [jaarcijfers(blad, j) for j in jaren]
    per_jaar = []
    overgeslagen: dict[tuple[str, ...], list[int]] = {}  # the norms left out → the years, one melding each
    for c in cijfers:
        s = statische_ruimte(c, normen, rente)
        ontbreekt = tuple(n for n in NORM_NAMEN if s.per_norm.get(n) is None)
        if ontbreekt:
            overgeslagen.setdefault(ontbreekt, []).append(c.jaar)
        per_jaar.append(RuimteJaar(c.jaar, s.extra_schuld, s.bindende_norm, dict(s.per_norm)))
    for namen, js in overgeslagen.items():
        meldingen.append(Melding("info", f"Investeringsruimte {jaren_tekst(js)}: de ruimte tot de norm voor "
                                         f"{ratio_namen(namen)} is overgeslagen (gegevens ontbreken).",
                                 Bron(blad.naam)))
    aandeel = _aandeel_gemeente(invoer)
    if aandeel == 0:
        meldingen.append(Melding("info", "De corporatie heeft nog geen woongelegenheden in deze gemeente: het "
                                         "aandeel van de gemeente in de investeringsruimte is 0.",
                                 invoer.veld_bron("vhe_gemeente")))
    scenarios = []
    for naam, maak in (("nieuwbouw", nieuwbouw), ("verbetering", verbetering)):
        for modus in ("eenmalig", "gelijkmatig"):
            r = los_op(cijfers, normen, maak(rente, modus))
            if r.x_totaal is None:
                meldingen.append(Melding("info", f"Scenario {naam} ({modus}): geen norm begrenst de ruimte"
                                                 f"{': ' + r.reden if r.reden else ''}."))
            scenarios.append(_scenario(naam, modus, cijfers, normen, rente, stichting, aandeel))
    nb = scenarios[0]
    binnen_eigen = None
    if intern is not None:  # the room inside the corporatie's own safety margin (its "vluchtstrook")
        streng = eigen_normen.strengst(intern.voor(tak), normen)
        binnen_eigen = RuimteEigenNormen(
            normen=dataclasses.asdict(streng),
            per_jaar=tuple(RuimteJaar(c.jaar, s.extra_schuld, s.bindende_norm, dict(s.per_norm))
                           for c in cijfers for s in (statische_ruimte(c, streng, rente),)),
            nieuwbouw=_scenario("nieuwbouw", "eenmalig", cijfers, streng, rente, stichting, aandeel))
    return Investeringsruimte(
        tak=tak,
        parameters={"rente_nieuwe_leningen": rente, "stichtingskosten_per_woning": stichting,
                    "horizon_jaren": instellingen.horizon_jaren, "normenkader": kader.naam},
        horizon=tuple(jaren), per_jaar=tuple(per_jaar), scenarios=tuple(scenarios), aandeel_gemeente=aandeel,
        ruimte_gemeente=nb.x_max * aandeel if aandeel is not None and nb.x_max is not None else None,
        methode=METHODE, eigen_normen=binnen_eigen,
    )


def _scenario(naam: str, modus: str, cijfers: list[JaarCijfers], normen, rente: float, stichting: float,
              aandeel: float | None) -> Scenario:
    r = los_op(cijfers, normen, (nieuwbouw if naam == "nieuwbouw" else verbetering)(rente, modus))
    woningen = math.floor(r.x_totaal / stichting + 1e-9) if naam == "nieuwbouw" and r.x_totaal is not None else None
    gemeente = r.x_totaal * aandeel if aandeel is not None and r.x_totaal is not None else None
    return Scenario(naam, modus, r.x_max, r.x_totaal, r.bindende_norm, r.bindend_jaar, woningen, gemeente)


def _parameter(gekozen: float | None, standaard: float, naam: str, meldingen: list[Melding]) -> float:
    """The user's value when it is a positive number, else the default (with a melding)."""
    if gekozen is None:
        return float(standaard)
    if not math.isfinite(gekozen) or gekozen <= 0:
        meldingen.append(Melding("waarschuwing", f"De {naam} moet groter dan 0 zijn; de standaardwaarde "
                                                 f"{getal(float(standaard), 4)} is gebruikt."))
        return float(standaard)
    return float(gekozen)


def _aandeel_gemeente(invoer: Invoer) -> float | None:
    totaal, hier = invoer.veld("vhe_totaal"), invoer.veld("vhe_gemeente")
    if not totaal or hier is None or totaal <= 0:
        return None
    return float(hier) / float(totaal)
