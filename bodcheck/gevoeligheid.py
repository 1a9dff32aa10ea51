"""Gevoeligheid (rekenregels §6): the five scenarios per tak on the assessment's own prognosis, and the
Dutch sentences every surface (report, app, vraagpunten) prints about them.

The calculation is `rekenmodellen.gevoeligheid`; here: the parameters (data file `gevoeligheid.toml`,
overridden by the user's `Instellingen.gevoeligheid`), the years and amounts of each tak, the same
normenkader and krap marge as the ratios, and S4 on the investeringsruimte's tak and horizon.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bodcheck import normenkaders, opmaak, parameters
from bodcheck.codes import NORM_NAMEN, TAKKEN
from bodcheck.model import (
    Gevoeligheid,
    GevoeligheidJaar,
    Instellingen,
    Investeringsruimte,
    Invoer,
    JaarBlad,
    Melding,
    NormenkaderInfo,
)
from rekenmodellen import JaarCijfers, NietTeBerekenen, Normen
from rekenmodellen.gevoeligheid import (
    SCENARIOS,
    GevoeligheidParameters,
    JaarInvoer,
    ScenarioUitkomst,
    basis_ratios,
    kasstroom_scenario,
    s4_bouwkosten,
)
from rekenmodellen.resultaat import opsomming

Lezer = Callable[[JaarBlad, int], JaarCijfers]  # berekenen.jaarcijfers: the one reader of the ratio inputs

BESTAND = "gevoeligheid"
PARAMETER_NAMEN = ("rente_opslag", "herfinanciering_per_jaar", "huurstijging_lager", "onderhoud_opslag",
                   "bouwkosten_opslag")
PARAMETER_LABEL = {
    "rente_opslag": "Rente hoger met",
    "herfinanciering_per_jaar": "Deel van de schuld met nieuwe rente, per jaar",
    "huurstijging_lager": "Huurstijging per jaar lager met",
    "onderhoud_opslag": "Onderhoud duurder met",
    "bouwkosten_opslag": "Bouwkosten hoger met",
}
SCENARIO_PARAMETERS = {
    "S1": ("rente_opslag", "herfinanciering_per_jaar"),
    "S2": ("huurstijging_lager",),
    "S3": ("onderhoud_opslag",),
    "S4": ("bouwkosten_opslag",),
    "S5": ("rente_opslag", "herfinanciering_per_jaar", "huurstijging_lager"),
}


# ---- parameters ------------------------------------------------------------------------------------------


def standaard_parameters() -> dict[str, float]:
    """The defaults from the data file, by name."""
    data = parameters.laad(BESTAND)
    return {naam: float(data[naam].waarde) for naam in PARAMETER_NAMEN}


def parameters_voor(instellingen: Instellingen, meldingen: list[Melding] | None = None) -> dict[str, float]:
    """The defaults with the user's values over them; an unusable user value falls back, with a melding."""
    uit = standaard_parameters()
    for naam, waarde in (instellingen.gevoeligheid or {}).items():
        if naam not in uit:
            continue
        proef = dict(uit, **{naam: float(waarde)}) if isinstance(waarde, int | float) else None
        try:
            if proef is None:
                raise ValueError
            _als_model(proef)
        except ValueError:
            if meldingen is not None:
                meldingen.append(Melding("waarschuwing", f"Gevoeligheid: de waarde voor ‘{PARAMETER_LABEL[naam]}’ "
                                                         "is niet bruikbaar; de standaardwaarde is gebruikt."))
            continue
        uit[naam] = float(waarde)
    return uit


def _als_model(p: dict[str, float]) -> GevoeligheidParameters:
    return GevoeligheidParameters(p["rente_opslag"], p["herfinanciering_per_jaar"], p["huurstijging_lager"],
                                  p["onderhoud_opslag"], p["bouwkosten_opslag"])


def procentpunt(x: float) -> str:
    """0.01 → '1'; 0.005 → '0,5' (a number of procentpunten, without trailing ',0')."""
    return opmaak.getal(x * 100, 0 if abs(x * 100 - round(x * 100)) < 1e-9 else 1)


def procent_kort(x: float) -> str:
    """0.10 → '10%'; 0.125 → '12,5%'."""
    return opmaak.procent(x, 0 if abs(x * 100 - round(x * 100)) < 1e-9 else 1)


_TEKSTEN = {  # scenario → (label, the scenario as words after "bij"); {rente} … filled in by _maten
    "S1": ("Rente {rente} procentpunt hoger", "{rente} procentpunt hogere rente"),
    "S2": ("Huurstijging {huur} procentpunt lager per jaar", "{huur} procentpunt lagere huurstijging per jaar"),
    "S3": ("Onderhoud {onderhoud} duurder", "{onderhoud} hogere onderhoudsuitgaven"),
    "S4": ("Bouwkosten {bouw} hoger", "{bouw} hogere bouwkosten"),
    "S5": ("Rente hoger én huurstijging lager", "hogere rente én lagere huurstijging samen"),
}


def _maten(p: dict[str, float]) -> dict[str, str]:
    return {"rente": procentpunt(p["rente_opslag"]), "huur": procentpunt(p["huurstijging_lager"]),
            "onderhoud": procent_kort(p["onderhoud_opslag"]), "bouw": procent_kort(p["bouwkosten_opslag"])}


def naam(scenario: str, p: dict[str, float]) -> str:
    """The Dutch label of a scenario with its size: 'Rente 1 procentpunt hoger'."""
    return _TEKSTEN[scenario][0].format(**_maten(p))


def _bij(scenario: str, p: dict[str, float]) -> str:
    """'bij 1 procentpunt hogere rente' — the scenario as the start of a sentence."""
    return "bij " + _TEKSTEN[scenario][1].format(**_maten(p))


# ---- computing -------------------------------------------------------------------------------------------


def _jaarinvoer(blad: JaarBlad, cijfers: JaarCijfers) -> JaarInvoer:
    return JaarInvoer(cijfers, blad.getal("huurontvangsten", cijfers.jaar), blad.getal("onderhoud", cijfers.jaar))


def _jaren(uit: ScenarioUitkomst) -> tuple[GevoeligheidJaar, ...]:
    rijen = []
    for j in uit.per_jaar:
        waarden = {r: (None if isinstance(w := j.ratios[r], NietTeBerekenen) else float(w)) for r in NORM_NAMEN}
        redenen = {r: w.reden for r in NORM_NAMEN if isinstance(w := j.ratios[r], NietTeBerekenen)}
        rijen.append(GevoeligheidJaar(j.jaar, waarden, redenen))
    return tuple(rijen)


def bereken(invoer: Invoer, kader: normenkaders.Normenkader, krap_marge: float, instellingen: Instellingen,
            ruimte: Investeringsruimte | None, jaarcijfers: Lezer, meldingen: list[Melding]) -> list[Gevoeligheid]:
    """Every scenario for every tak with a prognosis sheet (S4 only on the investeringsruimte's tak).

    `jaarcijfers(blad, jaar) -> JaarCijfers` is the one reader of the ratio inputs (berekenen's).
    """
    p = parameters_voor(instellingen, meldingen)
    model = _als_model(p)
    namen = {s: naam(s, p) for s in SCENARIOS}
    bodjaar = invoer.bodjaar
    uit: list[Gevoeligheid] = []
    for tak in TAKKEN:
        blad = invoer.prognoses.get(tak)
        if blad is None or not blad.jaren:
            continue
        jaren = [_jaarinvoer(blad, jaarcijfers(blad, j)) for j in sorted(blad.jaren)]
        start = bodjaar if bodjaar is not None else jaren[0].cijfers.jaar
        normen = kader.voor(tak)
        basis = basis_ratios(jaren)
        for scenario in SCENARIOS:
            eigen = {k: p[k] for k in SCENARIO_PARAMETERS[scenario]}
            if scenario == "S4":
                if ruimte is None or ruimte.tak != tak:
                    continue
                uit.append(_s4(ruimte, blad, jaarcijfers, normen, p, eigen, model.bouwkosten_opslag_fractie))
                continue
            r = kasstroom_scenario(scenario, jaren, start, model, normen, krap_marge, basis)
            if isinstance(r, NietTeBerekenen):
                uit.append(Gevoeligheid(scenario, namen[scenario], tak, eigen, reden=r.reden))
                continue
            eerste = r.eerste_overschrijding
            laagste = r.laagste_icr
            uit.append(Gevoeligheid(
                scenario, namen[scenario], tak, eigen, _jaren(r),
                eerste_overschrijding=(eerste.ratio, eerste.jaar) if eerste else None,
                laagste_icr=(laagste.waarde, laagste.jaar) if laagste else None))
    return uit


def _s4(ruimte: Investeringsruimte, blad: JaarBlad, jaarcijfers: Lezer, normen: Normen, p: dict[str, float],
        eigen: dict[str, float], opslag: float) -> Gevoeligheid:
    rente = float(ruimte.parameters["rente_nieuwe_leningen"])
    stichting = float(ruimte.parameters["stichtingskosten_per_woning"])
    eigen = {**eigen, "rente_nieuwe_leningen": rente, "stichtingskosten_per_woning": stichting}
    w = s4_bouwkosten([jaarcijfers(blad, j) for j in ruimte.horizon], normen, rente, stichting, opslag)
    if isinstance(w, NietTeBerekenen):
        return Gevoeligheid("S4", naam("S4", p), ruimte.tak, eigen, reden=w.reden)
    return Gevoeligheid("S4", naam("S4", p), ruimte.tak, eigen, woningen=(w.basis, w.scenario))


# ---- what it means, in words -------------------------------------------------------------------------------


def _parameters_van(g: Gevoeligheid) -> dict[str, float]:
    return {**standaard_parameters(), **g.parameters}


def waarde_in(g: Gevoeligheid, ratio: str, jaar: int) -> float | None:
    return next((j.waarden.get(ratio) for j in g.per_jaar if j.jaar == jaar), None)


def _als(ratio: str, x: float) -> str:
    return opmaak.ratio(x, 2) if ratio == "icr" else opmaak.procent(x, 1)


def _op_de_norm(ratio: str, waarde: float, kader_info: NormenkaderInfo | None, tak: str) -> str | None:
    """The norm as printed when the value prints as its norm but is not (1,3996 at a norm of 1,40), else None.
    Then the sentence says so in words, with two decimals (review finding 14), never "onder de norm (1,40)"."""
    g = normenkaders.grens_van(kader_info, tak, ratio) if kader_info is not None else None
    if g is not None and abs(waarde - g.grens) >= 1e-9 and _als(ratio, waarde) == _als(ratio, g.grens):
        return _als(ratio, g.grens)
    return None


def zin(g: Gevoeligheid, kader_info: NormenkaderInfo | None = None) -> str:
    """One plain sentence about one scenario: 'Bij 1 procentpunt hogere rente zakt de ICR (DAEB) vanaf 2032
    onder de norm (1,34)'. With `kader_info`, a value that would print as its norm gets one decimal more."""
    p = _parameters_van(g)
    bij = _bij(g.scenario, p)
    bij = bij[0].upper() + bij[1:]
    if g.reden:
        return f"{bij}: niet te berekenen ({g.reden})."
    if g.woningen is not None:
        basis, scenario = g.woningen
        return (f"{bij} past er binnen de normen ruimte voor ongeveer {opmaak.getal(scenario)} nieuwe woningen "
                f"in plaats van {opmaak.getal(basis)} ({'hele corporatie' if g.tak == 'TI' else g.tak}, indicatief).")
    if g.eerste_overschrijding is not None:
        ratio, jaar = g.eerste_overschrijding
        waarde = waarde_in(g, ratio, jaar)
        label = opmaak.RATIO_LABEL[ratio]
        norm = _op_de_norm(ratio, waarde, kader_info, g.tak) if waarde is not None else None
        if norm is not None:
            return (f"{bij} komt de {label} ({g.tak}) vanaf {jaar} uit op de norm van {norm} (afgerond; de "
                    "berekende waarde ligt er een fractie onder).")
        tussen = f" ({_als(ratio, waarde)})" if waarde is not None else ""
        if ratio == "icr":
            return f"{bij} zakt de {label} ({g.tak}) vanaf {jaar} onder de norm{tussen}."
        return f"{bij} komt de {label} ({g.tak}) vanaf {jaar} buiten de norm{tussen}."
    if g.laagste_icr is not None:
        waarde, jaar = g.laagste_icr
        return (f"{bij} blijven de kerncijfers ({g.tak}) binnen de normen; de laagste ICR is "
                f"{opmaak.ratio(waarde)} in {jaar}.")
    return f"{bij} blijven de kerncijfers ({g.tak}) binnen de normen."


def van_tak(gevoeligheid: Iterable[Gevoeligheid], tak: str) -> list[Gevoeligheid]:
    return [g for g in gevoeligheid if g.tak == tak]


def breukjaar(g: Gevoeligheid) -> int:
    """The year of the first new breach (a large number when there is none), for sorting."""
    return g.eerste_overschrijding[1] if g.eerste_overschrijding is not None else 10_000


def doorbrekend(gevoeligheid: Iterable[Gevoeligheid]) -> list[Gevoeligheid]:
    """Scenarios that breach a norm the base case keeps, earliest year first (then scenario order)."""
    gs = [g for g in gevoeligheid if g.eerste_overschrijding is not None]
    return sorted(gs, key=lambda g: (breukjaar(g), SCENARIOS.index(g.scenario), TAKKEN.index(g.tak)))


def krap(g: Gevoeligheid, kader_info: NormenkaderInfo) -> bool:
    """The scenario's lowest ICR sits in the krap band of the kader (nearly breaks the norm)."""
    if g.laagste_icr is None or g.eerste_overschrijding is not None:
        return False
    grens = normenkaders.grens_van(kader_info, g.tak, "icr")
    return grens is not None and normenkaders.band(grens, g.laagste_icr[0]) == "krap"


def bijna(gevoeligheid: Iterable[Gevoeligheid], kader_info: NormenkaderInfo) -> list[Gevoeligheid]:
    """Scenarios that bring the ICR into the krap band without breaching a norm."""
    return [g for g in gevoeligheid if krap(g, kader_info)]


def belangrijkste(gevoeligheid: list[Gevoeligheid]) -> Gevoeligheid | None:
    """The one scenario that matters most: the earliest breach by a single shock (rente, huur, onderhoud);
    else the earliest breach of the combination; else None."""
    breuk = doorbrekend(gevoeligheid)
    enkel = [g for g in breuk if g.scenario != "S5"]
    return enkel[0] if enkel else breuk[0] if breuk else None


def kern_zin(gevoeligheid: list[Gevoeligheid], kader_info: NormenkaderInfo) -> str | None:
    """The one line for the Kern page, or None when there is nothing computed."""
    berekend = [g for g in gevoeligheid if g.reden is None and g.scenario != "S4"]
    if not berekend:
        return None
    eerste = belangrijkste(berekend)
    if eerste is None:
        krappe = bijna(berekend, kader_info)
        if krappe and krappe[0].laagste_icr is not None:
            g = krappe[0]
            waarde, jaar = krappe[0].laagste_icr
            return (f"Gevoeligheid: {_bij(g.scenario, _parameters_van(g))} komt de ICR ({g.tak}) dicht bij de norm "
                    f"({opmaak.ratio(waarde)} in {jaar}), maar niet eronder.")
        return None  # said under "Wat goed is" (goed_zin)
    tekst = zin(eerste, kader_info)
    tekst = "Gevoeligheid: " + tekst[0].lower() + tekst[1:]
    samen = next((g for g in doorbrekend(berekend) if g.scenario == "S5" and g.tak == eerste.tak), None)
    if samen is not None and eerste.scenario != "S5" and breukjaar(samen) < breukjaar(eerste):
        tekst = tekst.rstrip(".") + f"; met hogere rente én lagere huurstijging samen al vanaf {breukjaar(samen)}."
    return tekst


def goed_zin(gevoeligheid: list[Gevoeligheid], kader_info: NormenkaderInfo) -> str | None:
    """For "Wat goed is": when no scenario comes near a norm, say so (with the lowest ICR); else None."""
    if not geen_scenario_dichtbij(gevoeligheid, kader_info):
        return None
    berekend = [g for g in gevoeligheid if g.reden is None and g.laagste_icr is not None and g.scenario != "S4"]
    g = min(berekend, key=lambda g: g.laagste_icr or (0.0, 0))
    namen = opsomming([n.lower() for n in dict.fromkeys(x.naam for x in berekend if x.scenario in ("S1", "S2", "S3"))])
    waarde, jaar = g.laagste_icr or (0.0, 0)
    return (f"Ook bij tegenvallers ({namen}) blijven de kerncijfers binnen de normen en ruim boven de krappe zone; "
            f"de laagste ICR is dan {opmaak.ratio(waarde)} ({g.tak}, {jaar}; indicatief).")


def geen_scenario_dichtbij(gevoeligheid: list[Gevoeligheid], kader_info: NormenkaderInfo) -> bool:
    """True when scenarios were computed and none breaches a norm or brings the ICR into the krap band."""
    berekend = [g for g in gevoeligheid if g.reden is None and g.scenario != "S4"]
    return bool(berekend) and not doorbrekend(berekend) and not bijna(berekend, kader_info)


def bij(g: Gevoeligheid) -> str:
    """The scenario as words after a comma: 'bij 1 procentpunt hogere rente'."""
    return _bij(g.scenario, _parameters_van(g))


def _aanname(naam: str) -> str:
    return " (aanname)" if parameters.laad(BESTAND)[naam].status == "aanname" else ""


def parameters_tekst(gevoeligheid: Iterable[Gevoeligheid]) -> str:
    """The assumptions in one sentence, with "(aanname)" where the data file marks one."""
    p = standaard_parameters()
    for g in gevoeligheid:
        p.update({k: v for k, v in g.parameters.items() if k in p})
    return (f"Vanaf het jaar na het bodjaar: rente {procentpunt(p['rente_opslag'])} procentpunt hoger op nieuwe "
            f"leningen en op {procent_kort(p['herfinanciering_per_jaar'])} van de schuld per jaar"
            f"{_aanname('herfinanciering_per_jaar')}; huurstijging elk jaar {procentpunt(p['huurstijging_lager'])} "
            f"procentpunt lager; onderhoud {procent_kort(p['onderhoud_opslag'])} en bouwkosten "
            f"{procent_kort(p['bouwkosten_opslag'])} duurder.")


def citaat(gevoeligheid: Iterable[Gevoeligheid], tak: str, voorkeur: tuple[str, ...],
           kader_info: NormenkaderInfo) -> str | None:
    """The sentence a question quotes for `tak`: the first scenario in `voorkeur` that breaks a norm the
    prognosis keeps; else the first that brings the ICR into the krap band; else None (nothing to quote)."""
    g = citaat_scenario(gevoeligheid, tak, voorkeur, kader_info)
    if g is None:
        return None
    if g.eerste_overschrijding is not None:
        return zin(g, kader_info)
    dichtbij = g
    if dichtbij.laagste_icr is not None:
        waarde, jaar = dichtbij.laagste_icr
        tekst = bij(dichtbij)
        return (f"{tekst[0].upper()}{tekst[1:]} komt de ICR ({tak}) dicht bij de norm: {opmaak.ratio(waarde)} in "
                f"{jaar}.")
    return None


def citaat_scenario(gevoeligheid: Iterable[Gevoeligheid], tak: str, voorkeur: tuple[str, ...],
                    kader_info: NormenkaderInfo) -> Gevoeligheid | None:
    """The scenario `citaat` quotes: the first in `voorkeur` that breaks a norm, else the first that brings the
    ICR into the krap band, else None."""
    kandidaten = sorted((g for g in gevoeligheid if g.tak == tak and g.scenario in voorkeur and g.reden is None
                         and g.scenario != "S4"), key=lambda g: voorkeur.index(g.scenario))
    breuk = next((g for g in kandidaten if g.eerste_overschrijding is not None), None)
    if breuk is not None:
        return breuk
    return next((g for g in kandidaten if krap(g, kader_info) and g.laagste_icr is not None), None)


def getallen(g: Gevoeligheid, kader_info: NormenkaderInfo | None = None) -> list[tuple[float, str, int | None]]:
    """The numbers `zin` and `citaat` state about a scenario, as (waarde, eenheid, jaar): its parameters (fractions,
    shown as % or procentpunt), the ratio value and its norm, the lowest ICR, the homes of S4. For `waarden`."""
    uit: list[tuple[float, str, int | None]] = [(x, "%", None) for x in _parameters_van(g).values()]
    if g.woningen is not None:
        uit += [(float(g.woningen[0]), "aantal", None), (float(g.woningen[1]), "aantal", None)]
    if g.eerste_overschrijding is not None:
        ratio, jaar = g.eerste_overschrijding
        waarde = waarde_in(g, ratio, jaar)
        eenheid = "ratio" if ratio == "icr" else "%"
        if waarde is not None:
            uit.append((waarde, eenheid, jaar))
        grens = normenkaders.grens_van(kader_info, g.tak, ratio) if kader_info is not None else None
        if grens is not None:
            uit.append((grens.grens, eenheid, None))
    if g.laagste_icr is not None:
        uit.append((g.laagste_icr[0], "ratio", g.laagste_icr[1]))
    return uit


def woningen_zin(gevoeligheid: Iterable[Gevoeligheid], tak: str) -> str | None:
    """S4 on `tak` as a sentence, or None."""
    g = next((g for g in gevoeligheid if g.tak == tak and g.scenario == "S4" and g.woningen is not None), None)
    return zin(g) if g is not None else None
