"""Resultaat → Rapport: the chapters of rapport.md as plain data (no reportlab, no openpyxl).

    opbouw(resultaat, notities=None, definitief=None, wederhoor=False) -> Rapport

Chapters: voorblad, kern voor het bestuur, realisatie vorig jaar, proces en volledigheid, bod versus
woonvisie per thema, voorraadontwikkeling, toets aan normen, financiële ruimte, vraagpunten voor het overleg,
wat de gemeente zelf levert, bijlagen. A chapter without data says plainly what was not delivered.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from bodcheck import __version__, codes, oordeel, opmaak, parameters, vergelijking
from bodcheck.model import Notitie, Resultaat, Vergelijking, Voorraad, Vraagpunt, notitie_sleutel
from bodcheck.rapport import bijlagen as bijlagen_mod
from bodcheck.rapport import cellen, financien, glossen, metadata, normen, overleg, verwijzingen
from bodcheck.rapport.model import (
    Alinea,
    Blok,
    Cel,
    Grafiek,
    Hoofdstuk,
    Kolom,
    Opsomming,
    Rapport,
    Reeks,
    Tabel,
    VraagpuntBlok,
    Vraagpunten,
)
from bodcheck.rapport.teksten import (
    DISCLAIMER,
    DISCLAIMER_KORT,
    KERN_THEMAS,
    KERN_VRAAG_THEMAS,
    PERSPECTIEF_LABEL,
)

THEMA_APART = ("proces", "financien")  # themes with a chapter of their own
MAX_KERNINDICATOREN = 6
MAX_GOED = 3
MAX_TOP = 5


def opbouw(resultaat: Resultaat, notities: dict[str, Notitie] | None = None, definitief: bool | None = None,
           wederhoor: bool = False, bijlagen: bool = False, auteur: str | None = None,
           terugblik: tuple[Blok, ...] = ()) -> Rapport:
    """The whole report as data. `definitief` None follows the user's setting; `wederhoor` leaves out the
    user's own notes (the version sent to the corporatie and the huurdersorganisatie); `bijlagen` adds the
    input appendix; `auteur` (--auteur) names who prepared it, else the app setting, else by perspective;
    `terugblik`: the short chapter over the years (bodcheck.monitor.rapport.kort) when earlier years are linked."""
    invoer = resultaat.invoer
    definitief = resultaat.instellingen.definitief if definitief is None else definitief
    auteur = auteur or resultaat.instellingen.auteur
    notities = None if wederhoor else notities
    hoofd, rest = overleg.nummeren(resultaat.vraagpunten, resultaat.perspectief, notities, wederhoor)
    alle = sorted([*hoofd, *rest], key=lambda x: x.nummer)
    nummers = {b.sleutel: b.nummer for b in alle}
    ctx = _Ctx(resultaat, nummers)
    bodjaar = invoer.bodjaar
    kopregel = " · ".join(x for x in (invoer.corporatie, invoer.gemeente,
                                       f"bod {bodjaar}" if bodjaar else "") if x)
    hoofdstukken = [
        Hoofdstuk("voorblad", "Voorblad", (), None, nieuwe_pagina=False),
        Hoofdstuk("kern", "Kern voor het bestuur", tuple(glossen.eerste_gebruik(_kern(ctx, hoofd)))),
        Hoofdstuk("realisatie", "Realisatie vorig jaar", tuple(_realisatie(ctx))),
        Hoofdstuk("proces", "Proces en volledigheid", tuple(_proces(ctx)), nieuwe_pagina=False),
        Hoofdstuk("themas", "Bod versus woonvisie per thema", tuple(_themas(ctx)), nieuwe_pagina=False),
        Hoofdstuk("voorraad", "Voorraadontwikkeling", tuple(_voorraad(ctx)), nieuwe_pagina=False),
        Hoofdstuk("normen", "Toets aan normen", tuple(normen.hoofdstuk(resultaat)), nieuwe_pagina=False),
        Hoofdstuk("financien", "Financiële ruimte (indicatief)",
                  tuple(glossen.eerste_gebruik(financien.hoofdstuk(
                      resultaat, [ctx.vraag_kort(v) for v in ctx.van_thema("financien")]))), nieuwe_pagina=False),
        Hoofdstuk("vraagpunten", "Vraagpunten voor het overleg", tuple(_vraagpunten(ctx, hoofd, rest, bijlagen)),
                  nieuwe_pagina=False),
        Hoofdstuk("gemeente", "Wat de gemeente zelf levert", tuple(_gemeente(ctx)), nieuwe_pagina=False),
        *([Hoofdstuk("terugblik", "Over de jaren", terugblik)] if terugblik else []),
        Hoofdstuk("methode", "Methode en begrippen", tuple(bijlagen_mod.methode()), nieuwe_pagina=False),
    ]
    letters: dict[str, str] = {}
    if bijlagen:
        blokken, letters = bijlagen_mod.hoofdstuk(resultaat, rest)
        hoofdstukken.append(Hoofdstuk("bijlagen", "Bijlagen", tuple(blokken)))
    hoofdstukken = verwijzingen.los_op(hoofdstukken, letters)
    alle = [verwijzingen.blok_vraag(b, {h.sleutel: h.nummer for h in hoofdstukken if h.nummer}, letters)
            for b in alle]
    export = {
        "per_jaar": _export_per_jaar(resultaat),
        "ratios": financien.export_ratios(resultaat),
        "vergelijking": _export_vergelijking(resultaat),
        "vraagpunten": _export_vraagpunten(alle),
        "meldingen": bijlagen_mod.meldingen_tabel(resultaat, sleutel="meldingen"),
    }
    ir = resultaat.berekend.investeringsruimte
    if ir is not None:
        export["investeringsruimte"] = financien.ruimte_tabel(ir)
        export["scenarios"] = financien.scenario_tabel(ir)
    if (tabel := financien.ibw_tabel(resultaat)) is not None:
        export["ibw"] = tabel
    if (gevoelig := financien.export_gevoeligheid(resultaat)) is not None:
        export["gevoeligheid"] = gevoelig
    titel = "Beoordeling bod" + (f" {bodjaar}" if bodjaar else "")
    return Rapport(
        titel=titel, corporatie=invoer.corporatie, gemeente=invoer.gemeente, bodjaar=bodjaar,
        peildatum=resultaat.peildatum, versie=__version__, definitief=definitief, wederhoor=wederhoor,
        perspectief=resultaat.perspectief, voorblad=tuple(_voorblad(resultaat, definitief, wederhoor, auteur)),
        hoofdstukken=tuple(hoofdstukken), disclaimer=DISCLAIMER, kopregel=kopregel,
        onderwerp=f"Beoordeling van het bod van {invoer.corporatie or 'de corporatie'} aan gemeente "
                  f"{invoer.gemeente or '–'} (Woningwet art. 44). {DISCLAIMER_KORT}",
        auteur=metadata.auteur(invoer, resultaat.perspectief, auteur),
        export=export, vraagpunten=tuple(alle),
    )


class _Ctx:
    """What the chapter builders share: the resultaat and the report number of each vraagpunt."""

    def __init__(self, resultaat: Resultaat, nummers: dict[str, int]):
        self.r = resultaat
        self.invoer = resultaat.invoer
        self.nummers = nummers

    def nummer(self, v: Vraagpunt) -> int:
        return self.nummers[notitie_sleutel(v)]


    def vraag_kort(self, v: Vraagpunt) -> str:
        """A reference to a question printed in full in the vraagpunten chapter: its number and title, with the
        scope where the rule fires more than once ("Vraag 22: Rentedekking (ICR) daalt (DAEB)")."""
        scope = v.label.partition(" · ")[2]
        return f"Vraag {self.nummer(v)}: {v.titel or v.naam.lower()}" + (f" ({scope})" if scope else "")

    def van_thema(self, thema: str) -> list[Vraagpunt]:
        return sorted((v for v in self.r.vraagpunten if v.thema == thema), key=self.nummer)

    def vraag_regels(self, thema: str) -> list[str]:
        return [self.vraag_kort(v) for v in self.van_thema(thema)]


# ---- 0 voorblad ------------------------------------------------------------------------------------------


def _voorblad(r: Resultaat, definitief: bool, wederhoor: bool, auteur: str | None) -> list[tuple[str, str]]:
    inv = r.invoer
    ontvangen = inv.veld("datum_bod")
    regels = [
        ("Gemeente", inv.gemeente or "–"),
        ("Corporatie", inv.corporatie or "–"),
        ("Huurdersorganisatie", str(inv.veld("huurdersorganisatie") or "–")),
        ("Bodjaar", str(inv.bodjaar or "–")),
        ("Bod ontvangen", opmaak.datum_lang(ontvangen) if isinstance(ontvangen, dt.date) else "niet opgegeven"),
        ("Perspectief", PERSPECTIEF_LABEL.get(r.perspectief, r.perspectief)),
        ("Opgesteld door", metadata.auteur(inv, r.perspectief, auteur)),
        ("Bod opgesteld door", str(inv.veld("opgesteld_door") or "niet opgegeven")),
        ("Datum beoordeling", opmaak.datum_lang(r.peildatum)),
        ("Normenkader", r.berekend.normenkader.titel),
        ("Versie", ("versie voor wederhoor, " if wederhoor else "") + ("definitief" if definitief else "concept")
         + f" · bodcheck {__version__}"),
    ]
    return regels


# ---- 1 kern ---------------------------------------------------------------------------------------------


def _maatgevend(entries: list[Vergelijking]) -> Vergelijking | None:
    """The summary entry that decides a code's status (the worst of its targets), or None."""
    samen = [v for v in vergelijking.samenvattingen(entries) if v.status not in vergelijking.NIET_BEOORDEELD]
    status = vergelijking.slechtste(v.status for v in samen)
    return next((v for v in samen if v.status == status), None)


def _samenvatting(entries: list[Vergelijking]) -> tuple[float | None, float | None, str]:
    """(W, B) of the target that decides the code's status, and how its years were combined: 'som',
    'eind' (a stock at the end), 'gemiddeld', or 'zwakste jaar' (a per-year bound: its worst year)."""
    v = _maatgevend(entries)
    if v is None:
        return None, None, "som"
    hoe = codes.aggregatie(v.code, v.eenheid or vergelijking.eenheid_van(v.code))
    if v.maatgevend_jaar is not None and v.van_jaar != v.tot_jaar:
        return v.doel, v.bod, "zwakste jaar"
    return v.doel, v.bod, {"som": "som", "ultimo": "eind", "laatste": "eind"}.get(hoe, "gemiddeld")


def _per_code(r: Resultaat) -> dict[str, list[Vergelijking]]:
    """Judged entries per code (targets not charged to this corporatie are listed apart)."""
    uit: dict[str, list[Vergelijking]] = defaultdict(list)
    for v in r.vergelijking:
        if v.status != "geen_doel" and v.status not in vergelijking.NIET_BEOORDEELD:
            uit[v.code].append(v)
    return uit


def _omschrijving(v: Vergelijking) -> str:
    c = codes.ALLE_CODES.get(v.code)
    return v.omschrijving or (c.omschrijving if c else "eigen regel")


def _periode(entries: list[Vergelijking]) -> str:
    v = _maatgevend(entries)
    if v is not None and v.maatgevend_jaar is not None and v.status != "voldoet":
        return str(v.maatgevend_jaar)
    if v is not None:
        return oordeel.periode(v)
    e = entries[0]
    return f"{e.van_jaar}–{e.tot_jaar}" if e.van_jaar != e.tot_jaar else str(e.van_jaar)


def _kern(ctx: _Ctx, hoofd: list[VraagpuntBlok]) -> list[Blok]:
    r = ctx.r
    b: list[Blok] = []
    perspectief = r.perspectief if r.perspectief in KERN_THEMAS else "gemeente"
    volgorde = KERN_THEMAS[perspectief]
    per_code = _per_code(r)
    geordend = sorted(per_code.items(), key=lambda kv: (
        volgorde.index(kv[1][0].thema) if kv[1][0].thema in volgorde else len(volgorde),
        0 if kv[1][0].prioriteit == "hoog" else 1))
    inleiding = (f"Wat {r.invoer.corporatie or 'de corporatie'} in het bod aan "
                 f"{r.invoer.gemeente or 'de gemeente'} aanbiedt, naast de woonvisie")
    b.append(Alinea(inleiding + (" (vanuit de huurdersorganisatie: woonlasten, kwaliteit, inspraak)."
                                 if perspectief == "huurders" else ".")))
    if r.vergelijking:
        b.append(Alinea(oordeel.kern_zin(r.vergelijking, r.invoer.toezeggingen), "status"))
    if geordend:
        rijen = []
        for code, entries in _kern_rijen(geordend, oordeel.eerste_verschil(r.vergelijking)):
            w, bod, hoe = _samenvatting(entries)
            eenheid = entries[0].eenheid or vergelijking.eenheid_van(code)
            verschil = None if w is None or bod is None else bod - w
            status = vergelijking.doelstatus(entries)
            naam = _omschrijving(entries[0]) + ("" if hoe == "som" else f" ({hoe})")
            rijen.append((cellen.tekst(naam), cellen.tekst(_periode(entries)), cellen.in_eenheid(w, eenheid),
                          cellen.in_eenheid(bod, eenheid),
                          cellen.met_teken(cellen.in_eenheid(verschil, eenheid, verschil=True)),
                          cellen.status(status)))
        b.append(Tabel((Kolom("Kernindicator", "tekst", 3.2), Kolom("Periode", "tekst", 1.1),
                        Kolom("Woonvisie (W)", "getal", 1.1), Kolom("Bod (B)", "getal", 1.0),
                        Kolom("Verschil", "getal", 1.0), Kolom("Status", "status", 1.2)),
                       tuple(rijen), titel="Kernindicatoren over de bodperiode", sleutel="kernindicatoren",
                       voetnoot="Aantallen opgeteld over de periode; een grens die elk jaar geldt, staat met het "
                                "zwakste jaar. W = doel van de woonvisie voor het deel van deze corporatie. "
                                "Status: ✓ sluit aan · ◐ deels · ✗ wijkt af · ○ niet in bod."))
    elif r.invoer.woonvisie is None:
        b.append(Alinea("Geen woonvisie aangeleverd: het bod is niet naast doelen van de gemeente gelegd."))
    else:
        b.append(Alinea("De woonvisie heeft geen doelen die met het bod te vergelijken zijn."))
    goed = _wat_goed_is(per_code) + _eerlijk_deel(r)
    if (financieel_goed := financien.gevoeligheid_goed(r)) is not None:
        goed = [*goed[:MAX_GOED - 1], financieel_goed]
    b.append(Opsomming(tuple(goed) if goed else ("Op geen van de doelen sluit het bod over de hele periode aan.",),
                       titel="Wat goed is"))
    top = top_vragen(hoofd, r.perspectief)
    if top:
        b.append(Opsomming(tuple(f"Vraag {x.nummer}: {x.titel or x.vraag}" for x in top),
                           titel=f"De {len(top)} belangrijkste vragen voor het overleg (volledig in "
                                 + verwijzingen.hoofdstuk("vraagpunten") + ")"))
    else:
        b.append(Opsomming(("Geen vraagpunten gevonden.",), titel="Vragen voor het overleg"))
    b.append(Opsomming(tuple(_gemeente_kort(ctx)), titel="Wat de gemeente zelf levert"))
    b.append(Opsomming(tuple(financien.kern_zinnen(r)), titel="Financieel beeld"))
    return b


def _kern_rijen(geordend: list, eerst: Vergelijking | None) -> list:
    """The first MAX_KERNINDICATOREN targets in the perspective's order; the target the Kern's sentence names
    always among them (in its place in that order, instead of the last one that sluit aan), so the sentence and
    the table tell one story."""
    rijen = geordend[:MAX_KERNINDICATOREN]
    extra = None if eerst is None else next((x for x in geordend if x[0] == eerst.code), None)
    if extra is None or extra in rijen or not rijen:
        return rijen
    weg = next((x for x in reversed(rijen) if vergelijking.doelstatus(x[1]) == "voldoet"), rijen[-1])
    return sorted([*(x for x in rijen if x is not weg), extra], key=geordend.index)


def toezegging_met_vraag(tekst: str, vraag: str) -> str:
    """"Toezegging. Gevraagd van de gemeente: vraag." Two sentences, never joined as ".:" (review finding 20)."""
    tekst, vraag = tekst.strip(), vraag.strip()
    if not tekst.endswith((".", "!", "?")):
        tekst += "."
    return f"{tekst} Gevraagd van de gemeente: {vraag}" + ("" if vraag.endswith((".", "!", "?")) else ".")


def top_vragen(hoofd: list[VraagpuntBlok], perspectief: str = "gemeente") -> list[VraagpuntBlok]:
    """The Kern's most important questions (also the app's Overzicht), most important first: ernst (hoog before
    midden, vraagpunten.md), then the Kern's order for the perspective (rapport.md ch. 2: gemeente
    beschikbaarheid → financiën → …, huurders woonlasten → kwaliteit → inspraak; proces last), then the number.
    A question about a late bod never pushes out one about the homes the gemeente needs."""
    volgorde = KERN_VRAAG_THEMAS.get(perspectief, KERN_VRAAG_THEMAS["gemeente"])
    thema = {codes.THEMA_LABEL.get(t, t): i for i, t in enumerate(volgorde)}  # a block carries the thema's label
    return sorted(hoofd, key=lambda x: (overleg_rang(x.ernst), thema.get(x.thema, len(volgorde)), x.nummer))[:MAX_TOP]


def overleg_rang(ernst: str) -> int:
    return ("hoog", "midden", "laag", "info").index(ernst) if ernst in ("hoog", "midden", "laag", "info") else 9


def _wat_goed_is(per_code: dict[str, list[Vergelijking]]) -> list[str]:
    regels = []
    for code, entries in per_code.items():
        if vergelijking.doelstatus(entries) == "voldoet":
            w, bod, hoe = _samenvatting(entries)
            eenheid = entries[0].eenheid or vergelijking.eenheid_van(code)
            regels.append(f"{_omschrijving(entries[0])} ({_periode(entries)}): bod "
                          f"{cellen.in_eenheid(bod, eenheid).tekst}, woonvisie "
                          f"{'hoogstens ' if entries[0].soort == 'maximaal' else ''}"
                          f"{cellen.in_eenheid(w, eenheid).tekst}"
                          + {"gemiddeld": " (gemiddeld)", "zwakste jaar": " (elk jaar)"
                             }.get(hoe, "") + " — sluit aan.")
    return regels[:MAX_GOED]


def _eerlijk_deel(r: Resultaat) -> list[str]:
    """P04 the other way round: investments here well above this gemeente's share of the bezit (at least
    fair_share_ruim times that share) are named under "Wat goed is" (vraagpunten.md Revisions 2)."""
    fs = r.afgeleid.fair_share if r.afgeleid is not None else None
    ruim = float(parameters.waarde("drempels", "fair_share_ruim"))
    if fs is None or fs.verhouding is None or fs.onvolledig or fs.verhouding < ruim \
            or fs.aandeel_investering is None or fs.aandeel_bezit is None:
        return []
    return [f"Investeringen: {opmaak.procent(fs.aandeel_investering, 0)} van de uitgaven aan nieuwbouw, verbetering "
            "en onderhoud van de corporatie "
            f"in {opmaak.jaren(list(fs.jaren))} komt in {r.invoer.gemeente or 'deze gemeente'}, waar "
            f"{opmaak.procent(fs.aandeel_bezit, 0)} van haar woningen staat."]


def _gemeente_kort(ctx: _Ctx) -> list[str]:
    levert = ctx.invoer.gemeente_levert
    if levert is None:
        return ["Geen blad Gemeente aangeleverd: wat de gemeente zelf toezegt, is niet vastgelegd (zie "
                + verwijzingen.hoofdstuk("gemeente") + ")."]
    if not levert:
        return ["Het blad Gemeente is leeg: de gemeente heeft nog geen eigen tegenprestaties vastgelegd."]
    telling = defaultdict(int)
    for t in levert:
        telling[t.status or "onbekend"] += 1
    regels = [f"{len(levert)} tegenprestaties vastgelegd: " + ", ".join(
        f"{n} {s}" for s, n in sorted(telling.items()))+ "."]
    for t in levert:
        if t.status == "achter" or (t.status == "toegezegd" and t.jaar is not None and ctx.invoer.bodjaar
                                    and t.jaar < ctx.invoer.bodjaar):
            regels.append(f"Nog niet geleverd: {t.tegenprestatie}" + (f" ({t.jaar})" if t.jaar else "") + ".")
    return regels[:3]


# ---- 2 realisatie ---------------------------------------------------------------------------------------


def _realisatie(ctx: _Ctx) -> list[Blok]:
    inv = ctx.invoer
    b: list[Blok] = []
    if inv.afspraken is None:
        b.append(Alinea("Geen blad Afspraken aangeleverd: de afspraken van vorig jaar zijn niet bekend."))
    if inv.realisatie is None:
        b.append(Alinea("Geen blad Realisatie aangeleverd: wat vorig jaar is gerealiseerd, is niet bekend."))
    if inv.afspraken is None or inv.realisatie is None:
        return b
    vorig = (inv.bodjaar or 0) - 1
    rijen = []
    for code, regel in inv.afspraken.regels.items():
        a = regel.getal(vorig)
        if a is None:
            continue
        eenheid = vergelijking.eenheid_van(code, regel)
        afw = vergelijking.afwijkingen(inv.realisatie, inv.afspraken, code, [vorig])
        rr = inv.realisatie.getal(code, vorig)
        if afw:
            x = afw[0]
            status = ("achter" if x.slechter else "beter") if x.telt else "conform"
            status_tekst = {"achter": "✗ achter", "beter": "✓ beter", "conform": "✓ conform"}[status]
            verschil = cellen.met_teken(cellen.in_eenheid(x.verschil, eenheid, verschil=True))
        else:
            status_tekst, verschil = "○ geen realisatie", Cel("–")
        rijen.append((cellen.tekst(regel.omschrijving or code), cellen.in_eenheid(a, eenheid),
                      cellen.in_eenheid(rr, eenheid), verschil, Cel(status_tekst, status_tekst, "status")))
    if rijen:
        b.append(Alinea(f"Het overleg begint met terugkijken: wat in de afspraken voor {vorig} stond, naast wat "
                        "de corporatie heeft gerealiseerd."))
        b.append(Tabel((Kolom("Afspraak", "tekst", 3), Kolom(f"Afspraak {vorig} (A)", "getal", 1.2),
                        Kolom(f"Realisatie {vorig} (R)", "getal", 1.2), Kolom("Verschil", "getal", 1),
                        Kolom("Status", "status", 1.3)),
                       tuple(rijen), titel=f"Afspraken en realisatie {vorig}", sleutel="realisatie",
                       voetnoot="Een verschil telt vanaf 5 eenheden of 1 procentpunt; kleinere verschillen "
                                "gelden als conform. De cellen staan in "
                                + verwijzingen.bijlage("invoer", "de Excel-export") + "."))
    else:
        b.append(Alinea(f"De afspraken hebben geen cijfers voor {vorig}; er is niets om terug te kijken."))
    regels = [ctx.vraag_kort(v) for v in ctx.r.vraagpunten if v.id in ("P10", "P13")]
    if regels:
        b.append(Opsomming(tuple(regels), titel="Vraagpunten bij de realisatie"))
    return b


# ---- 3 proces -------------------------------------------------------------------------------------------


def _cel(bron: object) -> str:
    """A cell in a narrow table column: without the file name (Algemeen!B7)."""
    return opmaak.cellen_kort([str(bron)]).split(": ", 1)[-1]


def _proces(ctx: _Ctx) -> list[Blok]:
    inv = ctx.invoer
    b: list[Blok] = []
    bodjaar = inv.bodjaar
    rijen = []

    def datum_rij(label: str, code: str, toets: str) -> None:
        d = inv.veld(code)
        bron = inv.veld_bron(code)
        rijen.append((cellen.tekst(label), Cel(opmaak.datum(d) if isinstance(d, dt.date) else "niet opgegeven",
                                               d if isinstance(d, dt.date) else None, "datum"),
                      cellen.tekst(toets), cellen.tekst(_cel(bron) if bron and d is not None else "")))

    if bodjaar:
        bod = inv.veld("datum_bod")
        uiterlijk = dt.date(bodjaar, 7, 1)
        toets = "" if not isinstance(bod, dt.date) else ("✓ op tijd (uiterlijk 1 juli)" if bod <= uiterlijk
                                                         else "✗ na 1 juli")
        datum_rij("Bod ontvangen", "datum_bod", toets)
        stukken = inv.veld("stukken_ho_datum")
        overleg_d = inv.veld("datum_overleg")
        toets_ho = ""
        if isinstance(stukken, dt.date) and isinstance(overleg_d, dt.date):
            weken = (overleg_d - stukken).days // 7
            nodig = int(parameters.waarde("drempels", "stukken_ho_weken"))
            toets_ho = (f"✓ {weken} weken vóór het overleg" if weken >= nodig
                        else f"✗ {weken} weken vóór het overleg (minder dan {nodig})")
        datum_rij("Stukken naar huurdersorganisatie", "stukken_ho_datum", toets_ho)
        datum_rij("Overleg", "datum_overleg", "")
        rijen.append((cellen.tekst("Afspraken getekend"), Cel(f"vóór 15-12-{bodjaar}"),
                      cellen.tekst("gebruikelijke streefdatum"), cellen.tekst("")))
    janee = {True: "ja", False: "nee", None: "niet opgegeven"}
    for label, code in (("Huurdersorganisatie betrokken", "ho_betrokken"),
                        ("Achterban geraadpleegd", "achterban_geraadpleegd"),
                        ("Bod onder voorbehoud", "onder_voorbehoud")):
        w = inv.veld(code)
        bron = inv.veld_bron(code)
        rijen.append((cellen.tekst(label), cellen.tekst(janee.get(w, str(w))), cellen.tekst(""),
                      cellen.tekst(_cel(bron) if bron and w is not None else "")))
    b.append(Tabel((Kolom("Onderdeel", "tekst", 2.2), Kolom("Datum / antwoord", "tekst", 1.4),
                    Kolom("Toets", "tekst", 2.4), Kolom("Cel", "tekst", 1.4)), tuple(rijen),
                   titel="Termijnen en betrokkenheid", sleutel="proces"))
    aanwezig = set(inv.aanwezige_bladen())
    bladen = ("Prognose", "Prognose DAEB", "Prognose niet-DAEB", "Bod", "Afspraken", "Realisatie", "Toezeggingen",
              "Wijken", "Woonvisie", "Gemeente")
    b.append(Alinea("Aangeleverd: " + (", ".join(x for x in bladen if x in aanwezig) or "geen inhoudsbladen")
                    + ". Niet aangeleverd: " + (", ".join(x for x in bladen if x not in aanwezig) or "niets") + "."))
    regels = ctx.vraag_regels("proces")
    if regels:
        b.append(Opsomming(tuple(regels), titel="Vraagpunten over proces en volledigheid"))
    return b


# ---- 4 themas -------------------------------------------------------------------------------------------


def _themas(ctx: _Ctx) -> list[Blok]:
    r = ctx.r
    b: list[Blok] = []
    if r.invoer.bod is None:
        b.append(Alinea("Geen blad Bod aangeleverd: er is geen bod om naast de woonvisie te leggen."))
    if r.invoer.woonvisie is None:
        b.append(Alinea("Geen woonvisie aangeleverd: het bod is niet getoetst aan doelen van de gemeente."))
    per_thema: dict[str, list[Vergelijking]] = defaultdict(list)
    for v in r.vergelijking:
        per_thema[v.thema].append(v)
    status = vergelijking.status_per_thema(r.vergelijking)
    for thema in codes.THEMAS:
        if thema in THEMA_APART:
            continue
        entries = per_thema.get(thema, [])
        punten = ctx.van_thema(thema)
        if not entries and not punten:
            continue
        label = codes.THEMA_LABEL.get(thema, thema)
        kop = label + (f" — {cellen.status_tekst(status[thema])}" if thema in status else "")
        b.append(Alinea(kop, "kop"))
        doelen = oordeel.per_doel(entries)
        if doelen:
            b.append(Alinea(oordeel.oordeel_zin(entries, toezeggingen=ctx.invoer.toezeggingen), "status"))
            b.append(_thema_tabel(thema, [s for s, _ in doelen]))
        zonder = [e for e in entries if e.status == "geen_doel"]
        if zonder:
            b.append(Alinea("Ook in het bod, zonder doel in de woonvisie: " + "; ".join(
                f"{oordeel.naam(e)}: {_zonder_doel_waarde(e)}" for e in zonder) + ".", "klein"))
            b += [Alinea(_stem(e), "klein") for e in zonder if e.toelichting]
        if punten:
            b.append(Opsomming(tuple(ctx.vraag_kort(v) for v in punten), titel="Vraagpunten"))
    if not b:
        b.append(Alinea("Er is niets te vergelijken."))
    return b


def _zonder_doel_waarde(e: Vergelijking) -> str:
    """A bod row without a target, said with how its years add up: "160 in 2027–2031", "0 eind 2031",
    "gemiddeld 2,9%"."""
    eenheid = e.eenheid or vergelijking.eenheid_van(e.code)
    waarde = cellen.in_eenheid(e.bod, eenheid).tekst
    hoe = codes.aggregatie(e.code, eenheid)
    periode = oordeel.periode(e)
    if hoe in ("ultimo", "laatste"):
        return f"{waarde} eind {e.tot_jaar}" if e.tot_jaar else waarde
    if hoe == "gemiddelde":
        return f"gemiddeld {waarde}" + (f" in {periode}" if periode else "")
    return f"{waarde} in {periode}" if periode else waarde


def _stem(v: Vergelijking) -> str:
    """The corporatie's own explanation, quoted with its cell."""
    waar = f" ({opmaak.cellen_kort([v.toelichting_bron]).split(': ', 1)[-1]})" if v.toelichting_bron else ""
    return f"Toelichting van de corporatie bij {oordeel.naam(v)}{waar}: ‘{v.toelichting}’"


def _thema_tabel(thema: str, doelen: list[Vergelijking]) -> Tabel:
    """One row per target, from its summary entry; the corporatie's toelichting under its row."""
    rijen = []
    notities = []
    for e in doelen:
        eenheid = e.eenheid or vergelijking.eenheid_van(e.code)
        naam = _omschrijving(e)
        if e.aandeel is not None and e.aandeel_herkomst not in ("aangenomen", None) and abs(e.aandeel - 1) > 1e-9 \
                and e.status not in vergelijking.NIET_BEOORDEELD:
            naam += f" (aandeel {opmaak.procent(e.aandeel)})"
        if e.soort == "maximaal":
            naam += " (maximum)"
        periode = oordeel.periode(e)
        if e.maatgevend_jaar is not None and e.van_jaar != e.tot_jaar and e.status != "voldoet":
            naam += f" (zwakste jaar {e.maatgevend_jaar})"
        afwijkend = (f"{e.jaren_afwijkend} van {e.tot_jaar - e.van_jaar + 1}"
                     if e.totaal and e.jaren_afwijkend is not None and e.van_jaar and e.tot_jaar
                     and e.status not in vergelijking.NIET_BEOORDEELD else "")
        rijen.append((cellen.tekst(naam), cellen.tekst(periode), cellen.in_eenheid(e.doel, eenheid),
                      cellen.in_eenheid(e.bod, eenheid),
                      cellen.met_teken(cellen.in_eenheid(e.verschil, eenheid, verschil=True)),
                      cellen.tekst(afwijkend), cellen.status(e.status)))
        if e.toelichting:
            notities.append(len(rijen))
            rijen.append((cellen.tekst(_stem(e)), *(cellen.LEEG,) * 6))
    return Tabel((Kolom("Doel", "tekst", 3.2), Kolom("Periode", "tekst", 1.05), Kolom("Woonvisie", "getal", 1.05),
                  Kolom("Bod", "getal", 0.9), Kolom("Verschil", "getal", 0.9),
                  Kolom("Jaren anders", "tekst", 0.95), Kolom("Status", "status", 1.4)),
                 tuple(rijen), sleutel=f"thema_{thema}", notitierijen=tuple(notities),
                 voetnoot="Per doel over de hele periode: aantallen opgeteld; een grens die elk jaar geldt, met het "
                           "zwakste jaar. Jaren anders: jaren die op zichzelf niet aansluiten. De cijfers per jaar "
                           "staan in de Excel-export.")


# ---- 5 voorraad -----------------------------------------------------------------------------------------


def _voorraad(ctx: _Ctx) -> list[Blok]:
    v = ctx.r.afgeleid.voorraad
    if not v and ctx.r.invoer.bod is not None:  # only period totals (invoerformat 1.1): no yearly figures
        return [Alinea("Het bod geeft geen cijfers per jaar: de ontwikkeling van de sociale voorraad per jaar is "
                       "niet te bepalen.")]
    if not v:
        return [Alinea("Geen blad Bod aangeleverd: de ontwikkeling van de sociale voorraad is niet te bepalen.")]
    b: list[Blok] = [Alinea("Netto mutatie van de sociale huurvoorraad van de corporatie in deze gemeente: "
                            "nieuwbouw sociaal + aankoop − sloop − verkoop − liberalisatie.")]
    namen = {"nieuwbouw_sociaal": "Nieuwbouw", "aankoop": "Aankoop", "sloop": "Sloop", "verkoop": "Verkoop",
             "liberalisatie": "Liberalisatie"}
    rijen = []
    for p in v.per_jaar:
        c = p.componenten
        rijen.append((cellen.jaar(p.jaar), *(cellen.getal(c.get(k)) for k in namen),
                      cellen.met_teken(cellen.getal(p.mutatie)), cellen.met_teken(cellen.getal(p.cumulatief)),
                      cellen.getal(v.voorraad_sociaal.get(p.jaar))))
    rijen.append((cellen.tekst("Totaal"), *(cellen.getal(_som(v, k)) for k in namen),
                  cellen.met_teken(cellen.getal(v.totaal)), Cel(""), Cel("")))
    b.append(Tabel((Kolom("Jaar", "jaar", 0.8), *(Kolom(n, "getal", 1.35 if n == "Liberalisatie" else 1.15)
                                                  for n in namen.values()),
                    Kolom("Netto", "getal", 0.9), Kolom("Cumulatief", "getal", 1.1),
                    Kolom("Voorraad (bod)", "getal", 1.2)), tuple(rijen), titel="Sociale voorraad per jaar",
                   sleutel="voorraad", vet=(len(rijen) - 1,),
                   voetnoot="Voorraad (bod): de sociale voorraad ultimo zoals de corporatie die zelf opgeeft."))
    if v.onvolledig:
        b.append(Alinea("Niet alle cellen zijn ingevuld; lege cellen tellen niet mee: "
                        + ", ".join(v.ontbrekend[:12]) + ("…" if len(v.ontbrekend) > 12 else "") + ".",
                        "let_op"))
    b.append(Grafiek(
        titel="Netto mutatie sociale voorraad",
        reeksen=(Reeks("Netto per jaar", tuple((p.jaar, p.mutatie) for p in v.per_jaar), "staaf"),
                 Reeks("Cumulatief", tuple((p.jaar, p.cumulatief) for p in v.per_jaar), "lijn")),
        notatie="getal", y_titel="woningen", norm=0.0, norm_label="",
        onderschrift="Staven: netto mutatie per jaar. Lijn met punten: cumulatief over de bodperiode."))
    regels = [ctx.vraag_kort(x) for x in ctx.r.vraagpunten if x.id in ("B03",)]
    if regels:
        b.append(Opsomming(tuple(regels), titel="Vraagpunten"))
    return b


def _som(v: Voorraad, code: str) -> float | None:
    xs = [p.componenten.get(code) for p in v.per_jaar if p.componenten.get(code) is not None]
    return sum(xs) if xs else None


# ---- 8 vraagpunten --------------------------------------------------------------------------------------


def _vraagpunten(ctx: _Ctx, hoofd: list[VraagpuntBlok], rest: list[VraagpuntBlok], bijlagen: bool) -> list[Blok]:
    if not hoofd and not rest:
        return [Alinea("bodcheck vond geen vraagpunten in de aangeleverde gegevens.")]
    b: list[Blok] = [Alinea(
        "Genummerd en gegroepeerd naar wie de vraag moet beantwoorden; per vraag waarom hij ertoe doet en op "
        "welke cellen hij rust. Vul tijdens het overleg het antwoord en de afspraak in (wat · wie · wanneer): "
        "daaruit volgt het blad Afspraken van volgend jaar.")]
    if rest:
        waar = verwijzingen.bijlage("vraagpunten", "de Excel-export en het programma")
        b.append(Alinea(f"Hier staan de {opmaak.getal(len(hoofd))} vragen die mee gaan naar het overleg"
                        + (f" (de belangrijkste {overleg.MAX_IN_HOOFDSTUK})" if len(hoofd) >= overleg.MAX_IN_HOOFDSTUK
                           else "") + f"; de overige staan hieronder met nummer en titel, en volledig in {waar}. "
                        "Elke vraag houdt haar nummer, dus in deze lijst zitten gaten.", "klein"))
    if hoofd:
        b.append(Vraagpunten(tuple(hoofd)))
    else:
        b.append(Alinea("Er zijn geen vragen geselecteerd om mee te nemen."))
    if rest:
        b.append(Opsomming(tuple(f"Vraag {x.nummer}: {x.titel or x.vraag}" for x in rest),
                           titel="Niet meegenomen naar dit overleg"))
    return b


# ---- 9 gemeente -----------------------------------------------------------------------------------------


def _gemeente(ctx: _Ctx) -> list[Blok]:
    inv = ctx.invoer
    b: list[Blok] = [Alinea("Prestatieafspraken zijn wederkerig: ook de gemeente levert (locaties, grond, "
                            "vergunningen, begeleiding, woonzorgvisie, urgentieregeling).")]
    if inv.gemeente_levert is None:
        b.append(Alinea("Geen blad Gemeente aangeleverd: wat de gemeente zelf toezegt, is niet vastgelegd."))
    elif not inv.gemeente_levert:
        b.append(Alinea("Het blad Gemeente is leeg."))
    else:
        rijen = tuple((cellen.tekst(codes.THEMA_LABEL.get(t.thema, t.thema)), cellen.tekst(t.tegenprestatie),
                       cellen.jaar(t.jaar), cellen.tekst(t.status or "–"), cellen.tekst(_cel(t.bron)))
                      for t in inv.gemeente_levert)
        b.append(Tabel((Kolom("Thema", "tekst", 1.3), Kolom("Tegenprestatie", "tekst", 4.0), Kolom("Jaar", "jaar", 0.7),
                        Kolom("Status", "tekst", 1.0), Kolom("Cel", "tekst", 1.5)), rijen,
                       titel="Tegenprestaties van de gemeente", sleutel="gemeente"))
    vraag_van_gemeente = [t for t in inv.toezeggingen or [] if t.vraagt_van_gemeente]
    if vraag_van_gemeente:
        b.append(Opsomming(tuple(toezegging_met_vraag(t.tekst, t.vraagt_van_gemeente) for t in vraag_van_gemeente),
                           titel="Wat de corporatie van de gemeente vraagt"))
    b.append(Alinea("Zelftoets op de woonvisie", "kop"))
    b.append(Opsomming(tuple(_zelftoets(ctx))))
    regels = [ctx.vraag_kort(v) for v in sorted(ctx.r.vraagpunten, key=ctx.nummer)
              if v.id in ("P14", "B08", "Z04", "Z06", "B15", "R02")]
    if regels:
        b.append(Opsomming(tuple(regels), titel="Vragen die de gemeente zichzelf stelt"))
    return b


def _zelftoets(ctx: _Ctx) -> list[str]:
    inv = ctx.invoer
    if inv.woonvisie is None:
        return ["Geen woonvisie aangeleverd. Zonder vastgesteld volkshuisvestingsbeleid is de corporatie niet "
                "verplicht prestatieafspraken te maken (art. 42 Woningwet)."]
    regels = []
    vastgesteld = metadata.woonvisie_veld(inv, "datum_opgesteld")
    if isinstance(vastgesteld, dt.date):
        jaren = (ctx.r.peildatum - vastgesteld).days / 365.25
        if jaren > 5:
            regels.append(f"✗ De woonvisie is van {opmaak.datum_lang(vastgesteld)}, ouder dan vijf jaar: tijd om haar te "
                          "herzien.")
        else:
            regels.append(f"✓ De woonvisie is van {opmaak.datum_lang(vastgesteld)}, jonger dan vijf jaar.")
    else:
        regels.append("○ De datum van de woonvisie is niet opgegeven (Algemeen › Datum opgesteld in het "
                      "woonvisie-werkboek).")
    n = len(inv.woonvisie)
    if n == 0:
        regels.append("✗ De woonvisie heeft geen gekwantificeerde doelen; zonder doelen is het bod niet te toetsen.")
    else:
        themas = sorted({d.thema or codes.thema_van(d.code) for d in inv.woonvisie} - {""},
                        key=lambda t: codes.THEMAS.index(t) if t in codes.THEMAS else 99)
        regels.append(f"✓ {n} gekwantificeerde doelen, voor: "
                      + ", ".join(codes.THEMA_LABEL.get(t, t).lower() for t in themas) + ".")
        zonder = [codes.THEMA_LABEL[t].lower() for t in ("beschikbaarheid", "betaalbaarheid", "duurzaamheid",
                                                          "leefbaarheid", "wonen_zorg") if t not in themas]
        if zonder:
            regels.append("○ Geen doelen voor: " + ", ".join(zonder) + ".")
    wzv = inv.veld("woonzorgvisie_datum")
    regels.append(f"✓ Woonzorgvisie vastgesteld op {opmaak.datum_lang(wzv)}." if isinstance(wzv, dt.date)
                  else "○ Geen datum van een woonzorgvisie opgegeven (afgesproken in de NPA 2024; wordt wettelijk "
                       "verankerd met de Wet versterking regie volkshuisvesting).")
    return regels


# ---- export ---------------------------------------------------------------------------------------------


def _export_vergelijking(r: Resultaat) -> Tabel:
    kolommen = (Kolom("Thema", "tekst", 1.3), Kolom("Code", "tekst", 1.5), Kolom("Omschrijving", "tekst", 3),
                Kolom("Soort", "tekst", 1), Kolom("Jaar", "tekst", 1), Kolom("Eenheid", "tekst", 0.8),
                Kolom("Woonvisie (W)", "getal", 1), Kolom("Bod (B)", "getal", 1), Kolom("Verschil", "getal", 1),
                Kolom("Afspraak (A)", "getal", 1), Kolom("Realisatie (R)", "getal", 1),
                Kolom("Status", "tekst", 1.1), Kolom("Bronnen", "tekst", 3), Kolom("Over de periode", "tekst", 0.9),
                Kolom("Jaren anders", "getal", 0.8), Kolom("Toelichting corporatie", "tekst", 4))
    rijen = []
    for e in r.vergelijking:
        eenheid = e.eenheid or vergelijking.eenheid_van(e.code)
        jaar = str(e.jaar) if e.jaar is not None else (f"{e.van_jaar}–{e.tot_jaar}" if e.van_jaar else "")
        rijen.append((cellen.tekst(codes.THEMA_LABEL.get(e.thema, e.thema)), cellen.tekst(e.code),
                      cellen.tekst(_omschrijving(e)), cellen.tekst(e.soort or ""), cellen.tekst(jaar),
                      cellen.tekst(eenheid), cellen.in_eenheid(e.doel, eenheid), cellen.in_eenheid(e.bod, eenheid),
                      cellen.in_eenheid(e.verschil, eenheid, verschil=True), cellen.in_eenheid(e.afspraak, eenheid),
                      cellen.in_eenheid(e.realisatie, eenheid), cellen.tekst(opmaak.STATUS_LABEL[e.status]),
                      cellen.tekst(", ".join(e.bronnen)), cellen.tekst("ja" if e.totaal else ""),
                      cellen.getal(e.jaren_afwijkend) if e.jaren_afwijkend is not None else cellen.LEEG,
                      cellen.tekst(e.toelichting or "")))
    return Tabel(kolommen, tuple(rijen), titel="Bod versus woonvisie", sleutel="vergelijking")


def _export_per_jaar(r: Resultaat) -> Tabel:
    """Bod versus woonvisie as people read it: one block per target, years as columns (rows Woonvisie, Bod,
    Verschil), the period (sum, or the worst year of a bound) and the one status in the last columns."""
    jaren = sorted({e.jaar for e in r.vergelijking if e.jaar is not None})
    rijen: list[tuple[Cel, ...]] = []
    groepen: list[int] = []
    notities: list[int] = []
    for samen, per_jaar in oordeel.per_doel(r.vergelijking):
        eenheid = samen.eenheid or vergelijking.eenheid_van(samen.code)
        op_jaar = {e.jaar: e for e in per_jaar}
        if samen.jaar is None and not samen.totaal and samen.van_jaar == samen.tot_jaar:
            op_jaar = {samen.van_jaar: samen}
        titel = _omschrijving(samen) + (" (maximum)" if samen.soort == "maximaal" else "")
        groepen.append(len(rijen))
        rijen.append((cellen.tekst(f"{codes.THEMA_LABEL.get(samen.thema, samen.thema)} · {titel}"),
                      *(cellen.LEEG for _ in jaren), cellen.LEEG, cellen.LEEG, cellen.LEEG))
        hoe = "som" if codes.aggregatie(samen.code, eenheid) == "som" else (
            f"zwakste jaar {samen.maatgevend_jaar}" if samen.maatgevend_jaar else "periode")
        for naam, veld, verschil in (("Woonvisie (W)", "doel", False), ("Bod (B)", "bod", False),
                                     ("Verschil", "verschil", True)):
            rij = [cellen.tekst(naam)]
            for j in jaren:
                e = op_jaar.get(j)
                c = cellen.in_eenheid(getattr(e, veld), eenheid, verschil=verschil) if e is not None else cellen.LEEG
                rij.append(cellen.met_teken(c) if verschil else c)
            totaal = cellen.in_eenheid(getattr(samen, veld), eenheid, verschil=verschil)
            rij += [cellen.met_teken(totaal) if verschil else totaal, cellen.tekst(hoe if veld == "doel" else ""),
                    cellen.status(samen.status) if veld == "bod" else cellen.LEEG]
            rijen.append(tuple(rij))
        if samen.toelichting:
            notities.append(len(rijen))
            rijen.append((cellen.tekst(_stem(samen)), *(cellen.LEEG for _ in jaren), cellen.LEEG, cellen.LEEG,
                          cellen.LEEG))
    kolommen = (Kolom("Doel", "tekst", 3), *(Kolom(str(j), "getal", 0.8) for j in jaren),
                Kolom("Periode", "getal", 0.9), Kolom("Hoe", "tekst", 1.2), Kolom("Status", "tekst", 1.2))
    return Tabel(kolommen, tuple(rijen), titel="Bod en woonvisie per jaar", sleutel="per_jaar",
                 groepsrijen=tuple(groepen), notitierijen=tuple(notities))


def _export_vraagpunten(blokken: list[VraagpuntBlok]) -> Tabel:
    kolommen = (Kolom("Nr", "getal", 0.4), Kolom("Id", "tekst", 0.5), Kolom("Ernst", "tekst", 0.7),
                Kolom("Thema", "tekst", 1.2), Kolom("Groep", "tekst", 2), Kolom("Vraag", "tekst", 6),
                Kolom("Waarom", "tekst", 4), Kolom("Bronnen", "tekst", 2.5), Kolom("Meenemen", "tekst", 0.8),
                Kolom("Notitie", "tekst", 3), Kolom("Antwoord", "tekst", 4),
                Kolom("Vervolg / afspraak (wat · wie · wanneer)", "tekst", 4))
    rijen = tuple((cellen.getal(b.nummer), cellen.tekst(b.id), cellen.tekst(b.ernst), cellen.tekst(b.thema),
                   cellen.tekst(b.groep), cellen.tekst(b.vraag), cellen.tekst(b.waarom),
                   cellen.tekst(", ".join(b.bronnen)), cellen.tekst("ja" if b.meenemen else "nee"),
                   cellen.tekst(b.notitie), cellen.tekst(b.antwoord), cellen.tekst(b.afspraak)) for b in blokken)
    return Tabel(kolommen, rijen, titel="Vraagpunten", sleutel="vraagpunten")
