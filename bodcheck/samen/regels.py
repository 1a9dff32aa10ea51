"""Rules at the level of a gemeente (all corporaties together) and a regio; same Vraagpunt shape, same
frame (`bodcheck.vraagpunten.kader.regel`) as the rules for one bod.

Gemeente (GEMEENTE_REGISTER, in this order):
    S01 TEKORT_VERDELING   the corporaties together stay below a gemeente-wide target: who carries how much
                           of the shortfall (naar rato van bezit, as a worked example, not a norm)
    S02 DOEL_ZONDER_BOD    a gemeente-wide target no corporatie addresses (no number and no text in range)
    S03 AANDEEL_WIJKT_AF   a corporatie's share of what the corporaties offer together is far below its share
                           of their sociale voorraad (parameter AANDEEL_FACTOR, plus the noise floor)
Regio (REGIO_REGISTER):
    R01 REGIO_AANDEEL      the corporaties in a gemeente together stay below that gemeente's share of a
                           regional target; and the region as a whole below the regional target
    R03 REGIO_GEEN_DEEL    a regional target without a share for this gemeente (the regio form of R02; it
                           was R02 until December 2026, when rule ids became unique over all registers)

Each rule opens with the fact (numbers, years, source) and ends with one open question. They run in the
one rule runner (`bodcheck.vraagpunten.uitvoering.voer_uit`): a rule that raises becomes an `intern`
melding naming it; the others still run.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from bodcheck import codes, opmaak, parameters
from bodcheck.model import Doel, Vergelijking
from bodcheck.parameters import Parameter
from bodcheck.samen.model import GemeenteResultaat, RegioResultaat, SamenDoel
from bodcheck.samen.optellen import naar_rato
from bodcheck.vergelijking import VOORRAAD_CODES, beslist, bod_code, hoger_is_beter
from bodcheck.vraagpunten import titels
from bodcheck.vraagpunten.kader import Bevinding, Regel, drempel, genoemd, opsomming, regel, waarde

# ---- parameters ----------------------------------------------------------------------------------------

AANDEEL_FACTOR = parameters.laad("samen")["samen_aandeel_factor"]  # S03, in bodcheck/data/parameters/samen.toml
PARAMETERS: tuple[Parameter, ...] = (AANDEEL_FACTOR,)

TEKORT = ("gedeeltelijk", "voldoet_niet")
TELWOORD = {2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes", 7: "zeven", 8: "acht", 9: "negen", 10: "tien"}

# Noun phrases for the additive codes, as the questions say them ("56 nieuwe sociale huurwoningen").
ZELFSTANDIG = {
    "nieuwbouw_sociaal": "nieuwe sociale huurwoningen",
    "nieuwbouw_midden": "nieuwe middenhuurwoningen",
    "nieuwbouw_sociaal_hard": "nieuwe sociale huurwoningen met harde plannen",
    "flexwoningen": "flexwoningen",
    "aankoop": "aangekochte woningen",
    "verduurzaming": "verduurzaamde woningen",
    "aardgasvrij": "aardgasvrij gemaakte woningen",
    "statushouders": "vergunninghouders (personen)",
    "uitstroom_bw_mo": "woningen voor uitstroom uit beschermd wonen en opvang",
    "ouderen_geclusterd": "geclusterde woningen voor ouderen",
    "voorraad_sociaal": "sociale huurwoningen",
    "doorstroming": "verhuizingen naar een passender woning",
    "renovatie": "ingrijpend gerenoveerde woningen",
    "toewijzing_middeninkomen": "toewijzingen aan middeninkomens",
    "investering_gemeente": "aan investeringen",
}


# ---- wording helpers -----------------------------------------------------------------------------------


def telwoord(n: int) -> str:
    return TELWOORD.get(n, str(n))


def zelfstandig(code: str, omschrijving: str = "") -> str:
    if code in ZELFSTANDIG:
        return ZELFSTANDIG[code]
    c = codes.ALLE_CODES.get(code)
    tekst = omschrijving or (c.omschrijving if c else code)
    return opmaak.in_zin(tekst)


def hoeveel(x: float | None, eenheid: str) -> str:
    """A number as the question says it: whole woningen without decimals, amounts in euros."""
    if x is None:
        return opmaak.ONBEKEND
    if eenheid in ("aantal", "personen"):
        return opmaak.getal(x, 0 if abs(x - round(x)) < 1e-9 else 1)
    return waarde(x, eenheid)


def met_aantal(x: float | None, code: str, eenheid: str, omschrijving: str = "") -> str:
    """'56 nieuwe sociale huurwoningen'; for amounts '€ 1.234.000 aan investeringen'."""
    return f"{hoeveel(x, eenheid)} {zelfstandig(code, omschrijving)}"


def periode_tekst(doel: Doel) -> str:
    return str(doel.van_jaar) if doel.van_jaar == doel.tot_jaar else f"{doel.van_jaar}–{doel.tot_jaar}"


def jaren_tekst(vs: Sequence[Vergelijking], doel: Doel) -> str:
    jaren = [v.jaar for v in vs if v.jaar is not None]
    return opmaak.jaren(jaren) if jaren else periode_tekst(doel)


def kern_tekst(doel: Doel) -> str:
    return f" in {doel.kern}" if doel.kern else ""


def bron_woonvisie(doel: Doel, naam: str = "de woonvisie") -> str:
    """'de woonvisie (Woonvisie Aaberg 2024–2032, §3.2)'; just 'de woonvisie' without a bron, or with a
    bron that has its own parentheses (the toelichting then names it, see bron_zin)."""
    if not doel.bron_woonvisie or "(" in doel.bron_woonvisie:
        return naam
    return f"{naam} ({doel.bron_woonvisie})"


def bron_zin(doel: Doel) -> str:
    """' Het doel staat in …' for the toelichting when the question could not name the source. Not "Bron:",
    which the report prints on its own line under every question (review finding 25)."""
    return (f" Het doel staat in {doel.bron_woonvisie}." if doel.bron_woonvisie and "(" in doel.bron_woonvisie
            else "")


def hoofdletter(tekst: str) -> str:
    return tekst[:1].upper() + tekst[1:]


def korte_naam(corporatie: str) -> str:
    """'Stichting Wonen Aadal' → 'Aadal'; 'Woonstichting De Lindehof' → 'De Lindehof' (for second mentions)."""
    woorden = corporatie.split()
    voorvoegsels = {"corporatie", "stichting", "woonstichting", "woningstichting", "woningbouwvereniging", "woningcorporatie",
                    "wooncorporatie", "vereniging", "wonen", "woonvereniging"}
    i = 0
    while i < len(woorden) - 1 and woorden[i].casefold() in voorvoegsels:
        i += 1
    return " ".join(woorden[i:]) or corporatie


# ---- gemeente: S01–S03 ---------------------------------------------------------------------------------


def _per_doel(g: GemeenteResultaat) -> list[tuple[Doel, list[SamenDoel]]]:
    uit: list[tuple[Doel, list[SamenDoel]]] = []
    for s in g.samen:
        if uit and uit[-1][0] is s.doel:
            uit[-1][1].append(s)
        else:
            uit.append((s.doel, [s]))
    return uit


def _basis_tekst(g: GemeenteResultaat) -> str:
    if g.aandeel_basis == "vhe_gemeente":
        return f"hun woningen in {g.gemeente}"
    return f"hun sociale huurwoningen in {g.gemeente}"


def _verdeling(g: GemeenteResultaat, tekort: float, eenheid: str) -> tuple[str, list[float | None]]:
    """'zou A 21 van het tekort van 24 dragen, B 2 en C 1', with the parts (None when unknown)."""
    delen = naar_rato(tekort, [c.aandeel_aan_tafel for c in g.corporaties], hele=eenheid in ("aantal", "personen"))
    if not delen or any(d is None for d in delen) or len(delen) < 2:
        return "", delen
    namen = [c.corporatie if i == 0 else korte_naam(c.corporatie) for i, c in enumerate(g.corporaties)]
    eerste = f"{namen[0]} {hoeveel(delen[0], eenheid)} van het tekort van {hoeveel(tekort, eenheid)} dragen"
    rest = [f"{n} {hoeveel(d, eenheid)}" for n, d in zip(namen[1:], delen[1:], strict=True)]
    return (f" Naar rato van {_basis_tekst(g)} zou {opsomming([eerste, *rest])}.", delen)


def _samen_zin(code: str, doel: Doel, bod: float, jaren: str, eenheid: str) -> str:
    if code in VOORRAAD_CODES:
        return f"Samen hebben de corporaties eind {doel.tot_jaar} {met_aantal(bod, code, eenheid, doel.omschrijving)}"
    if code == "statushouders":
        return f"Samen huisvesten de corporaties {hoeveel(bod, eenheid)} vergunninghouders in {jaren}"
    return f"Samen bieden de corporaties {met_aantal(bod, code, eenheid, doel.omschrijving)}{kern_tekst(doel)} in {jaren}"


@regel("S01", "TEKORT_VERDELING", "beschikbaarheid", "midden", "G", "vergelijking met de woonvisie; [S63]")
def s01(g: GemeenteResultaat) -> Iterator[Bevinding]:
    if len(g.corporaties) < 2:
        return
    for doel, entries in _per_doel(g):
        code = bod_code(doel)
        if not hoger_is_beter(doel.soort, code, doel.richting):
            continue
        kort = [s for s in entries if s.vergelijking.status in TEKORT and beslist(s.vergelijking)
                and s.vergelijking.bod is not None and s.vergelijking.doel is not None]
        if not kort:
            continue
        vs = [s.vergelijking for s in kort]
        eenheid = vs[0].eenheid
        bod = sum(v.bod for v in vs if v.bod is not None)
        gevraagd = sum(v.doel for v in vs if v.doel is not None)
        tekort = gevraagd - bod
        per_jaar = f" ({hoeveel(doel.waarde, eenheid)} per jaar)" if doel.per == "jaar" and len(vs) > 1 else ""
        feit = (f"{_samen_zin(code, doel, bod, jaren_tekst(vs, doel), eenheid)}; {bron_woonvisie(doel)} vraagt er "
                f"{hoeveel(gevraagd, eenheid)}{per_jaar}.")
        verdeling, delen = _verdeling(g, tekort, eenheid)
        waarden = [*genoemd(bod, eenheid), *genoemd(gevraagd, eenheid)]
        if per_jaar:
            waarden += genoemd(doel.waarde, eenheid, doel.bron)
        if verdeling:
            waarden += [*genoemd(tekort, eenheid), *(w for d in delen for w in genoemd(d, eenheid))]
        over = [s.vergelijking for s in entries if s.vergelijking.status == "voldoet" and s.vergelijking.verschil
                and s.vergelijking.verschil > 0]
        overschot = ""
        if over:
            meer = sum(v.verschil for v in over if v.verschil)
            overschot = f" In {jaren_tekst(over, doel)} bieden zij samen {hoeveel(meer, eenheid)} meer dan gevraagd."
            waarden += genoemd(meer, eenheid)
        vraag = (" Hoe verdelen we het verschil: neemt een corporatie meer, of schuift er werk naar voren?" if over
                 else " Hoe verdelen we het verschil, en wat is daarvoor van de gemeente nodig?")
        bijdragen = opsomming(
            f"{korte_naam(b.corporatie)} {hoeveel(sum(x.bod for s in kort for x in s.bijdragen if x.corporatie == b.corporatie and x.bod is not None), eenheid)}"
            for b in kort[0].bijdragen)
        yield Bevinding(
            feit + verdeling + overschot + vraag,
            f"De woonvisie geldt voor alle verhuurders samen; bodcheck telt de bods op en zet de som naast het hele "
            f"doel. In die jaren bieden {bijdragen}. De verdeling naar rato van bezit is een rekenvoorbeeld, geen "
            "norm: wie al meer dan zijn deel biedt, kan minder dragen, en ligging en financiële ruimte tellen ook."
            f"{bron_zin(doel)}",
            tuple(b for v in vs for b in v.bronnen), sleutel=f"{doel.code}:{doel.van_jaar}:{doel.kern or ''}",
            thema=vs[0].thema or None, waarden=tuple(waarden),
        )


@regel("S02", "DOEL_ZONDER_BOD", "proces", "midden", "B", "[S63] (volledigheid, zoals bij één bod: "
        f"'{titels.titel('P08')}')")
def s02(g: GemeenteResultaat) -> Iterator[Bevinding]:
    if not g.corporaties:
        return
    n = len(g.corporaties)
    for doel in g.hiaten:
        eenheid = doel.eenheid
        per_jaar = " per jaar" if doel.per == "jaar" and doel.van_jaar != doel.tot_jaar else ""
        if eenheid in ("aantal", "personen", "bedrag"):
            wat = f"{met_aantal(doel.waarde, bod_code(doel), eenheid, doel.omschrijving)}{per_jaar}{kern_tekst(doel)}"
        else:
            wat = (f"voor {zelfstandig(bod_code(doel), doel.omschrijving)}{kern_tekst(doel)} {doel.soort} "
                   f"{waarde(doel.waarde, eenheid)}{per_jaar}")
        wie = ("de corporatie noemt dit niet in haar bod" if n == 1 else
               f"geen van de {telwoord(n)} corporaties noemt dit in haar bod")
        yield Bevinding(
            f"{hoofdletter(bron_woonvisie(doel))} vraagt {wat} "
            f"in {periode_tekst(doel)}; {wie}. Wie pakt dit op, en wat is daarvoor nodig van de gemeente of van "
            "andere partners?",
            "Een doel dat geen enkele corporatie oppakt, valt tussen wal en schip. Soms ligt het bij een andere "
            "partij (een zorgaanbieder, een ontwikkelaar, de gemeente zelf); spreek dan af wie het doet en hoe we "
            f"het volgen.{bron_zin(doel)}",
            (str(doel.bron),) if str(doel.bron) else (), sleutel=f"{doel.code}:{doel.van_jaar}:{doel.kern or ''}",
            thema=doel.thema or codes.thema_van(doel.code) or None, waarden=genoemd(doel.waarde, eenheid, doel.bron),
        )


@dataclass(frozen=True)
class _Achter:
    doel: Doel
    bod: float
    totaal: float
    verwacht: float
    jaren: str
    eenheid: str
    bronnen: tuple[str, ...]


def achterblijvers(g: GemeenteResultaat) -> dict[str, list[_Achter]]:
    """corporatie -> the targets where its share of the joint bod is < AANDEEL_FACTOR × its share of the
    voorraad (aan tafel) and the gap to its naar-rato part is ≥ ruis_aantal. Only targets where more is
    better, flows (not stock codes), corporaties that put a number in their bod, and a joint bod > 0."""
    factor = float(AANDEEL_FACTOR.waarde)
    ruis = float(drempel("ruis_aantal"))
    uit: dict[str, list[_Achter]] = {}
    for doel, entries in _per_doel(g):
        code = bod_code(doel)
        if code in VOORRAAD_CODES or not hoger_is_beter(doel.soort, code, doel.richting):
            continue
        totaal = sum(s.vergelijking.bod for s in entries if s.vergelijking.bod is not None)
        if totaal <= 0:
            continue
        for i, c in enumerate(g.corporaties):
            if c.aandeel_aan_tafel is None or c.aandeel_aan_tafel <= 0:
                continue
            waarden = [s.bijdragen[i].bod for s in entries if s.bijdragen[i].bod is not None]
            if not waarden:
                continue
            bod = sum(waarden)
            verwacht = totaal * c.aandeel_aan_tafel
            if (bod / totaal) < factor * c.aandeel_aan_tafel and verwacht - bod >= ruis - 1e-9:
                uit.setdefault(c.corporatie, []).append(_Achter(
                    doel, bod, totaal, verwacht, jaren_tekst([s.vergelijking for s in entries], doel)
                    if doel.per == "jaar" else periode_tekst(doel), entries[0].vergelijking.eenheid,
                    tuple(b for s in entries for b in s.bijdragen[i].bronnen)))
    return uit


def _ongeveer(x: float, eenheid: str) -> str:
    return opmaak.getal(x, 0) if eenheid in ("aantal", "personen") else hoeveel(x, eenheid)


@regel("S03", "AANDEEL_WIJKT_AF", "beschikbaarheid", "midden", "G", f"[S69] (zoals bij één bod: '{titels.titel('P04')}')")
def s03(g: GemeenteResultaat) -> Iterator[Bevinding]:
    if len(g.corporaties) < 2:
        return
    per = achterblijvers(g)
    for c in g.corporaties:
        lijst = per.get(c.corporatie)
        if not lijst:
            continue
        kort = korte_naam(c.corporatie)
        delen = [f"{hoeveel(a.bod, a.eenheid)} van de {met_aantal(a.totaal, bod_code(a.doel), a.eenheid, a.doel.omschrijving)}"
                 f" in {a.jaren} ({opmaak.procent(a.bod / a.totaal)})" for a in lijst]
        verwacht = opsomming(f"{_ongeveer(a.verwacht, a.eenheid)} {zelfstandig(bod_code(a.doel), a.doel.omschrijving)}"
                             for a in lijst)
        yield Bevinding(
            f"{c.corporatie} heeft {opmaak.procent(c.aandeel_aan_tafel)} van {_basis_tekst(g).replace('hun', 'de')} "
            f"die de corporaties samen hebben. Van wat de corporaties samen bieden, komt van {kort}: "
            f"{opsomming(delen)}. Hoe ziet u uw deel in deze opgave, en wat zou u helpen om meer bij te dragen?",
            f"Naar rato van bezit zou {kort} ongeveer {verwacht} bieden. Bezit is niet de enige maat (ligging, "
            "type woningen en financiële ruimte tellen ook), maar een groot verschil vraagt om uitleg. Drempel: "
            f"aandeel in het bod kleiner dan {opmaak.getal(float(AANDEEL_FACTOR.waarde), 1)} × het aandeel in de "
            f"voorraad en minstens {opmaak.getal(float(drempel('ruis_aantal')))} eenheden verschil (parameter, "
            f"{AANDEEL_FACTOR.datum}).",
            (*(str(a.doel.bron) for a in lijst if str(a.doel.bron)), *c.bronnen, *(b for a in lijst for b in a.bronnen)),
            sleutel=c.corporatie,
            thema=lijst[0].doel.thema or codes.thema_van(lijst[0].doel.code) or None,
            waarden=(*genoemd(c.aandeel_aan_tafel, "%"),
                     *(w for a in lijst for w in (*genoemd(a.bod, a.eenheid), *genoemd(a.totaal, a.eenheid),
                                                  *genoemd(a.bod / a.totaal, "%")))),
        )


GEMEENTE_REGISTER: tuple[Regel[GemeenteResultaat], ...] = (s01, s02, s03)


# ---- regio: R01, R03 -----------------------------------------------------------------------------------


def _woondeal(doel: Doel) -> str:
    return bron_woonvisie(doel, "de regionale afspraak")


def _regio_zin(code: str, bod: float | None, eenheid: str, omschrijving: str) -> str:
    if code == "statushouders":
        return f"huisvesten de corporaties samen {hoeveel(bod, eenheid)} vergunninghouders"
    return f"bieden de corporaties samen {met_aantal(bod, code, eenheid, omschrijving)}"


def _kort(vs: Iterable[Vergelijking]) -> list[Vergelijking]:
    """Entries short of their target: not in the bod, a decided shortfall, or only an intention in words
    ("inzet op") without any number. A sum with such a part is incomplete: its shortfall is not decided."""
    return [v for v in vs if v.status == "niet_in_bod" or (v.status in TEKORT and beslist(v))
            or (v.status == "voornemen" and v.bod is None)]


def _voornemen(vs: Iterable[Vergelijking]) -> str:
    return " (daarnaast noemt een bod alleen een voornemen, zonder getal)" if any(
        v.status == "voornemen" for v in vs) else ""


@regel("R01", "REGIO_AANDEEL", "regio", "midden", "G", "[S101][S17]")
def r01(r: RegioResultaat) -> Iterator[Bevinding]:
    for rd in r.doelen:
        doel = rd.doel
        code = bod_code(doel)
        if not hoger_is_beter(doel.soort, code, doel.richting):
            continue
        for gd in rd.gemeenten:
            kort = _kort(gd.vergelijking)
            if not kort:
                continue
            eenheid = kort[0].eenheid
            afspraak = _woondeal(dataclasses.replace(doel, bron_woonvisie=gd.aandeel_bron_woonvisie or doel.bron_woonvisie))
            bod = sum(v.bod for v in kort if v.bod is not None) if any(v.bod is not None for v in kort) else None
            gevraagd = sum(v.doel for v in kort if v.doel is not None)
            if bod is None:
                feit = (f"De corporaties in {gd.gemeente} noemen{' alleen een voornemen en' if gd.voornemen else ''} geen aantal "
                        f"{zelfstandig(code, doel.omschrijving)} voor {jaren_tekst(kort, doel)}; het aandeel van "
                        f"{gd.gemeente} in {afspraak} is {hoeveel(gevraagd, eenheid)}.")
                vraag = " Wie neemt dit op, en hoe bespreken we dat in het regionale overleg?"
            else:
                feit = (f"In {jaren_tekst(kort, doel)} {_regio_zin(code, bod, eenheid, doel.omschrijving)} in "
                        f"{gd.gemeente}{_voornemen(kort)}; het aandeel van {gd.gemeente} in {afspraak} is {hoeveel(gevraagd, eenheid)}.")
                vraag = (f" Wie neemt het verschil van {hoeveel(gevraagd - bod, eenheid)}: de corporaties hier, of "
                         "leggen we het in het regionale overleg bij een andere gemeente?")
            yield Bevinding(
                feit + vraag,
                "Regionale afspraken (woondeal, regionale woonagenda) verdelen de opgave over de gemeenten; het "
                "aandeel van deze gemeente staat in haar eigen woonvisie. Blijven de corporaties hier samen "
                "achter, dan schuift de opgave naar de regio, en dat moet daar besproken worden.",
                (*gd.aandeel_bronnen, *(b for v in kort for b in v.bronnen)),
                sleutel=f"{gd.gemeente}:{doel.code}:{doel.van_jaar}",
                waarden=(*genoemd(gevraagd, eenheid), *genoemd(bod, eenheid),
                         *(genoemd(gevraagd - bod, eenheid) if bod is not None else ())),
            )
        kort = _kort(rd.vergelijking)
        if not kort:
            continue
        eenheid = kort[0].eenheid
        bod = sum(v.bod for v in kort if v.bod is not None)
        gevraagd = sum(v.doel for v in kort if v.doel is not None)
        n = len(rd.gemeenten)
        verdeeld = ""
        if rd.verdeeld is not None and abs(rd.verdeeld - doel.waarde) > 1e-9:
            verdeeld = (f" De aandelen van de gemeenten tellen op tot {hoeveel(rd.verdeeld, eenheid)}; de rest is "
                        "nog niet over de gemeenten verdeeld.")
        yield Bevinding(
            f"In {jaren_tekst(kort, doel)} {_regio_zin(code, bod, eenheid, doel.omschrijving)} in de "
            f"{telwoord(n)} gemeenten van {r.regio}{_voornemen(kort)}; {_woondeal(doel)} vraagt {hoeveel(gevraagd, eenheid)}. Wie "
            f"neemt het verschil van {hoeveel(gevraagd - bod, eenheid)}, en hoe verdelen we dat in het regionale "
            "overleg?",
            "De regionale afspraak geldt voor alle gemeenten en corporaties in de regio samen; bodcheck telt alle "
            f"bods in de regio op.{verdeeld}",
            tuple(b for v in kort for b in v.bronnen), sleutel=f"regio:{doel.code}:{doel.van_jaar}",
            waarden=(*genoemd(bod, eenheid), *genoemd(gevraagd, eenheid), *genoemd(gevraagd - bod, eenheid)),
        )


@regel("R03", "REGIO_GEEN_DEEL", "regio", "midden", "G", "[s003], [R11]")
def r03(r: RegioResultaat) -> Iterator[Bevinding]:
    for rd in r.doelen:
        doel = rd.doel
        code = bod_code(doel)
        eenheid = rd.vergelijking[0].eenheid if rd.vergelijking else doel.eenheid
        per_jaar = " per jaar" if doel.per == "jaar" and doel.van_jaar != doel.tot_jaar else ""
        for gd in rd.gemeenten:
            if gd.aandeel is not None:
                continue
            daarnaast = ", en daarnaast noemt een bod alleen een voornemen, zonder getal" if gd.voornemen else ""
            bod = (f" De corporaties bieden hier samen {hoeveel(gd.bod, eenheid)}{daarnaast}." if gd.bod is not None else
                   " De corporaties hier noemen er geen aantal voor.")
            yield Bevinding(
                f"{hoofdletter(_woondeal(doel))} vraagt "
                f"{met_aantal(doel.waarde, code, eenheid, doel.omschrijving)}{per_jaar} in {periode_tekst(doel)} in "
                f"{r.regio}; de woonvisie van {gd.gemeente} noemt geen eigen deel.{bod} Welk deel neemt "
                f"{gd.gemeente}, welk deel de corporaties hier, en waar stemmen we dat regionaal af?",
                "Regionale doelen missen vaak een lokale vertaling; een verdeling naar rato doet geen recht aan de "
                "eigen opgave van elke gemeente. bodcheck zoekt het aandeel in de woonvisie van de gemeente: een "
                "rij met dezelfde code en dezelfde jaren, niveau gemeente.",
                (str(doel.bron),) if str(doel.bron) else (), sleutel=f"{gd.gemeente}:{doel.code}:{doel.van_jaar}",
                waarden=(*genoemd(doel.waarde, eenheid, doel.bron), *genoemd(gd.bod, eenheid)),
            )


REGIO_REGISTER: tuple[Regel[RegioResultaat], ...] = (r01, r03)


def parameters_samen() -> list[Parameter]:
    """The parameters these rules use, for a report appendix (the shared thresholds come from drempels)."""
    return [*PARAMETERS, parameters.laad("drempels")["ruis_aantal"], parameters.laad("drempels")["gedeeltelijk_factor"]]


__all__ = ["AANDEEL_FACTOR", "GEMEENTE_REGISTER", "PARAMETERS", "REGIO_REGISTER", "achterblijvers",
           "parameters_samen"]
