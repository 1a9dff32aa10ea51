"""GemeenteResultaat / RegioResultaat → Rapport: the joint report as plain data (no reportlab, no openpyxl).

    opbouw_samen(resultaat, definitief=False, notities=None, wederhoor=False) -> SamenRapport

Gemeente: voorblad; kern voor het bestuur (the bods together against the woonvisie in at most six lines, the
targets nobody takes up, the most important joint vraagpunten, the corporaties at the table); the bods
together per target (per target a table with a row per corporatie: bod, share of what they offer together,
share of the sociale voorraad, own status; the total, the target and the joint status; for a target per year
also the years); targets without a bod; the joint vraagpunten with answer boxes; each corporatie on its own
(a pointer to its own assessment: number of vraagpunten and its top 3).
Regio: voorblad; kern; per regional target a row per gemeente (share, bod, status) and the part not yet
divided; the vraagpunten (regio first, then each gemeente's joint ones, each in perspective order); per gemeente
its joint summary.

`notities`: the user's notes on the joint vraagpunten, per group (bodcheck.samen.notities: the regio's name or
the gemeente's, then notitie_sleutel). As in the single report (`overleg`): the vraagpunten to take along first,
with the notitie, the antwoord and the afspraak; the others after them, numbered on. None: no notes, all along.

Reuses the report model (`SamenRapport` only adds the cover's subtitle, the header's right text and the
Excel sheets), `cellen` for every Dutch figure, and `overleg` for numbering.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bodcheck import __version__, codes, opmaak, vergelijking, vraagpunten
from bodcheck.model import Doel, Notitie, Vergelijking, Vraagpunt
from bodcheck.rapport import cellen, overleg, verwijzingen
from bodcheck.rapport.model import (
    Alinea,
    Blok,
    Cel,
    Hoofdstuk,
    Kolom,
    Opsomming,
    Rapport,
    Tabel,
    VraagpuntBlok,
    Vraagpunten,
)
from bodcheck.rapport.opbouw import _export_vraagpunten
from bodcheck.rapport.teksten import DISCLAIMER, DISCLAIMER_KORT, PERSPECTIEF_LABEL
from bodcheck.samen.model import GemeenteResultaat, RegioDoel, RegioResultaat, SamenDoel
from bodcheck.samen.notities import groep_naam
from bodcheck.samen.regels import korte_naam

MAX_KERNREGELS = 6
MAX_TOP = 5
TOP_EIGEN = 3

BLADEN_GEMEENTE = (("samen", "Samen"), ("hiaten", "Hiaten"), ("vraagpunten", "Vraagpunten"),
                   ("corporaties", "Corporaties"))
BLADEN_REGIO = (("regio", "Regio"), *BLADEN_GEMEENTE)

SOORT_WOORD = {"minimaal": "minimaal", "maximaal": "hoogstens", "streefwaarde": "streefwaarde"}
PRIORITEIT = {"hoog": 0, "midden": 1, "laag": 2}
ONVOLLEDIG = "* Niet overal een getal (bijvoorbeeld ‘inzet op’ in plaats van een aantal): de som is onvolledig."
STATUS_UITLEG = ("Status: ✓ sluit aan · ◐ deels · ✗ wijkt af · ○ niet in bod; voornemen: alleen ‘inzet op’, of een som "
                 "met zo’n deel (geen oordeel).")


@dataclass(frozen=True)
class SamenRapport(Rapport):
    """A Rapport about several bods: the cover's subtitle, the header's right text and the Excel sheets."""

    ondertitel: str = ""
    kop_rechts: str = "Gezamenlijke beoordeling"
    bladen: tuple[tuple[str, str], ...] = BLADEN_GEMEENTE


def opbouw_samen(resultaat: GemeenteResultaat | RegioResultaat, definitief: bool = False,
                 notities: dict[str, dict[str, Notitie]] | None = None, wederhoor: bool = False,
                 auteur: str | None = None) -> SamenRapport:
    """The whole joint report as data, for a gemeente or a regio, with the user's notes when given.
    `wederhoor`: the version for the corporaties to check the figures, without the user's notes (as opbouw).
    `auteur` (--auteur): who prepared it; else the gemeente or the regio, never a corporatie."""
    notities = {} if wederhoor else (notities or {})
    if isinstance(resultaat, RegioResultaat):
        r = _regio_rapport(resultaat, definitief, notities)
    else:
        r = _gemeente_rapport(resultaat, definitief, notities)
    r = dataclasses.replace(r, auteur=(auteur or "").strip() or r.auteur)
    return dataclasses.replace(r, wederhoor=True) if wederhoor else r


# ---- helpers ---------------------------------------------------------------------------------------------


def _per_doel(g: GemeenteResultaat) -> list[tuple[Doel, list[SamenDoel]]]:
    """The joint entries grouped by woonvisie target, in the woonvisie's row order."""
    uit: list[tuple[Doel, list[SamenDoel]]] = []
    plek: dict[int, int] = {}
    for s in g.samen:
        if id(s.doel) not in plek:
            plek[id(s.doel)] = len(uit)
            uit.append((s.doel, []))
        uit[plek[id(s.doel)]][1].append(s)
    return uit


def _eenheid(entries: Sequence[SamenDoel]) -> str:
    v = entries[0].vergelijking
    return v.eenheid or vergelijking.eenheid_van(v.code)


def _hoe(entries: Sequence[SamenDoel]) -> str:
    """How the entries of one target combine over the years: som | eind | gemiddeld."""
    code = entries[0].vergelijking.code
    if len(entries) == 1 or vergelijking.optelbaar(code, _eenheid(entries)):
        return "som"
    return "eind" if code in vergelijking.VOORRAAD_CODES else "gemiddeld"


def _samenvatting(entries: Sequence[SamenDoel]) -> Vergelijking:
    """THE entry of one joint target (vergelijking.samenvatting): its status is the word every surface prints;
    a sum target per saldo, a per-year bound on its worst year."""
    vs = [s.vergelijking for s in entries]
    if len(vs) == 1 and vs[0].jaar is None:
        return vs[0]
    d = vs[0]
    return vergelijking.samenvatting(vs, (d.tot_jaar - d.van_jaar + 1) if d.van_jaar and d.tot_jaar else None)


def _eigen_status(r, v: Vergelijking) -> str | None:
    """A corporatie's own status for the same target, from its own report (the same summary entry)."""
    for e in vergelijking.samenvattingen(r.vergelijking):
        if (e.code == v.code and e.soort == v.soort and e.kern == v.kern and e.niveau == v.niveau
                and (e.van_jaar, e.tot_jaar) in ((v.van_jaar, v.tot_jaar), (v.jaar, v.jaar))):
            return e.status
    return None


def _doelstatus(entries: Sequence[SamenDoel]) -> str:
    return _samenvatting(entries).status


def _samen_waarde(waarden: Sequence[float | None], hoe: str) -> float | None:
    xs = [x for x in waarden if x is not None]
    if not xs:
        return None
    if hoe == "som":
        return sum(xs)
    if hoe == "eind":
        return waarden[-1]
    return sum(xs) / len(xs)


def _bijdrage(s: SamenDoel, bestand: str) -> float | None:
    """One corporatie's bod in one joint entry (matched by file: two corporaties may share a name)."""
    return next((x.bod for x in s.bijdragen if x.bestand == bestand), None)


def _periode_van(v: Vergelijking) -> str:
    if v.jaar is not None:
        return str(v.jaar)
    return str(v.van_jaar) if v.van_jaar == v.tot_jaar else f"{v.van_jaar}–{v.tot_jaar}"


def _periode(entries: Sequence[SamenDoel]) -> str:
    jaren = [s.vergelijking.jaar for s in entries if s.vergelijking.jaar is not None]
    if len(jaren) == len(entries) and jaren:
        return opmaak.jaren(jaren)
    return _periode_van(entries[0].vergelijking)


def _naam(d: Doel) -> str:
    c = codes.ALLE_CODES.get(d.code)
    naam = d.omschrijving or (c.omschrijving if c else d.code)
    return naam + (f" in {d.kern}" if d.kern else "")


def _doel_zin(d: Doel) -> str:
    """'minimaal 40 per jaar, 2027–2031 (Woonvisie Aaberg 2024–2032, §3.2)'."""
    waarde = cellen.in_eenheid(d.waarde, d.eenheid).tekst
    jaren = str(d.van_jaar) if d.van_jaar == d.tot_jaar else f"{d.van_jaar}–{d.tot_jaar}"
    per = " per jaar" if d.per == "jaar" and d.van_jaar != d.tot_jaar else ""
    tekst = f"{SOORT_WOORD.get(d.soort, d.soort)} {waarde}{per}, {jaren}"
    return tekst + (f" ({d.bron_woonvisie})" if d.bron_woonvisie else "")


def _aandeel(deel: float | None, geheel: float | None) -> float | None:
    if deel is None or not geheel:
        return None
    return deel / geheel


def _telling(punten: Sequence[Vraagpunt]) -> str:
    if not punten:
        return "geen vraagpunten"
    t = Counter(v.ernst for v in punten)
    delen = [f"{t[e]} {e}" for e in ("hoog", "midden", "laag", "info") if t[e]]
    return f"{len(punten)} {'vraagpunt' if len(punten) == 1 else 'vraagpunten'}" + (
        f" ({', '.join(delen)})" if delen else "")


def _bodjaren(g: GemeenteResultaat) -> list[int]:
    return sorted({c.resultaat.invoer.bodjaar for c in g.corporaties if c.resultaat.invoer.bodjaar})


CEL = re.compile(r"^(?P<blad>(?:\[[^\]]+\])?[^!\[\]]+)!(?P<kolom>[A-Z]{1,3})(?P<rij>\d+)$")


def _kolomnummer(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def bereiken(bronnen: Sequence[str]) -> tuple[str, ...]:
    """Cells of one row in one sheet as ranges, duplicates once: '[bod.xlsx]Bod!C2', …, 'Bod!G2' →
    '[bod.xlsx]Bod!C2:G2'. Order of first appearance; anything that is not a plain cell stays as it is."""
    groepen: dict[tuple[str, str], list[str]] = {}
    uit: list[tuple[str, str] | str] = []
    for b in bronnen:
        m = CEL.match(b)
        if not m:
            if b not in uit:
                uit.append(b)
            continue
        sleutel = (m["blad"], m["rij"])
        if sleutel not in groepen:
            groepen[sleutel] = []
            uit.append(sleutel)
        if m["kolom"] not in groepen[sleutel]:
            groepen[sleutel].append(m["kolom"])
    tekst: list[str] = []
    for x in uit:
        if isinstance(x, str):
            tekst.append(x)
            continue
        blad, rij = x
        kolommen = sorted(groepen[x], key=_kolomnummer)
        reeks = [kolommen[0]]
        for k in [*kolommen[1:], None]:
            if k is not None and _kolomnummer(k) == _kolomnummer(reeks[-1]) + 1:
                reeks.append(k)
                continue
            tekst.append(f"{blad}!{reeks[0]}{rij}" + (f":{reeks[-1]}{rij}" if len(reeks) > 1 else ""))
            if k is not None:
                reeks = [k]
    return tuple(tekst)


def _kort(blokken: Sequence[VraagpuntBlok]) -> list[VraagpuntBlok]:
    return [dataclasses.replace(b, bronnen=bereiken(b.bronnen)) for b in blokken]


def _top(blokken: Sequence[VraagpuntBlok], n: int = MAX_TOP) -> list[VraagpuntBlok]:
    rang = {e: i for i, e in enumerate(("hoog", "midden", "laag", "info"))}
    return sorted(blokken, key=lambda b: (rang.get(b.ernst, 9), b.nummer))[:n]


def _samen_rapport(*, titel: str, gemeente: str, corporatie: str, bodjaar: int | None, peildatum,
                   definitief: bool, perspectief: str, voorblad, hoofdstukken, kopregel: str, onderwerp: str,
                   export: dict[str, Tabel], alle: list[VraagpuntBlok], ondertitel: str,
                   bladen: tuple[tuple[str, str], ...], auteur: str) -> SamenRapport:
    return SamenRapport(
        titel=titel, corporatie=corporatie, gemeente=gemeente, bodjaar=bodjaar, peildatum=peildatum,
        versie=__version__, definitief=definitief, wederhoor=False, perspectief=perspectief,
        voorblad=tuple(voorblad), hoofdstukken=tuple(hoofdstukken), disclaimer=DISCLAIMER, kopregel=kopregel,
        onderwerp=onderwerp + " " + DISCLAIMER_KORT, auteur=auteur,
        export=export,
        vraagpunten=tuple(alle), ondertitel=ondertitel, bladen=bladen,
    )


# ---- gemeente ----------------------------------------------------------------------------------------------


def _gemeente_rapport(g: GemeenteResultaat, definitief: bool, notities: dict[str, dict[str, Notitie]]) -> SamenRapport:
    hoofd, rest = overleg.nummeren(g.vraagpunten, g.perspectief, notities.get(groep_naam(g)), False)
    hoofd, rest = _kort(hoofd), _kort(rest)
    alle = [*hoofd, *rest]
    namen = [korte_naam(c.corporatie) for c in g.corporaties]
    bodjaren = _bodjaren(g)
    bodjaar = bodjaren[-1] if bodjaren else None
    n = len(g.corporaties)
    kopregel = " · ".join(x for x in (f"Gemeente {g.gemeente}" if g.gemeente else "",
                                       f"{n} {'corporatie' if n == 1 else 'corporaties'}",
                                       f"bods {opmaak.jaren(bodjaren)}" if bodjaren else "") if x)
    hoofdstukken = [
        Hoofdstuk("voorblad", "Voorblad", (), None, nieuwe_pagina=False),
        Hoofdstuk("kern", "Kern voor het bestuur", tuple(_gemeente_kern(g, hoofd, rest)), 1),
        Hoofdstuk("samen", "De bods samen per doel", tuple(_per_doel_hoofdstuk(g)), 2),
        Hoofdstuk("hiaten", "Doelen zonder bod", tuple(_hiaten(g, alle)), 3),
        Hoofdstuk("vraagpunten", "Vraagpunten voor het overleg", tuple(_vraagpunten(hoofd, rest)), 4),
        Hoofdstuk("corporaties", "Elke corporatie apart", tuple(_corporaties(g)), 5),
    ]
    hoofdstukken = verwijzingen.los_op(hoofdstukken)
    export = {"samen": _export_samen([g]), "hiaten": _export_hiaten([g]),
              "vraagpunten": _export_vraagpunten(alle), "corporaties": _export_corporaties([g])}
    return _samen_rapport(
        titel="Beoordeling van de bods samen" + (f" {opmaak.jaren(bodjaren)}" if bodjaren else ""),
        auteur=f"gemeente {g.gemeente}", gemeente=g.gemeente, corporatie=opmaak.opsomming(namen), bodjaar=bodjaar, peildatum=g.peildatum,
        definitief=definitief, perspectief=g.perspectief, voorblad=_gemeente_voorblad(g, definitief),
        hoofdstukken=hoofdstukken, kopregel=kopregel, export=export, alle=alle,
        onderwerp=f"De bods van {n} corporaties samen naast de woonvisie van gemeente {g.gemeente or '–'} "
                  "(Woningwet art. 44).",
        ondertitel=f"{n} {'corporatie' if n == 1 else 'corporaties'} samen · gemeente {g.gemeente or 'onbekend'}",
        bladen=BLADEN_GEMEENTE)


def _gemeente_voorblad(g: GemeenteResultaat, definitief: bool) -> list[tuple[str, str]]:
    basis = {"sociale_voorraad": "sociale huurwoningen", "vhe_gemeente": "woningen"}.get(g.aandeel_basis or "",
                                                                                         "woningen")
    corporaties = "\n".join(
        f"{c.corporatie} ({c.bestand}): {cellen.getal(c.voorraad).tekst} {basis}, "
        f"{opmaak.procent(c.aandeel_aan_tafel)}" for c in g.corporaties) or "–"
    return [
        ("Gemeente", g.gemeente or "–"),
        ("Corporaties", corporaties),
        ("Woonvisie", g.woonvisie_bestand or "geen woonvisie in de map"),
        ("Sociale huurvoorraad", cellen.getal(g.sociale_voorraad_gemeente).tekst + " (woonvisie, Algemeen)"
         if g.sociale_voorraad_gemeente is not None else "niet opgegeven"),
        ("Bodjaar", opmaak.jaren(_bodjaren(g)) or "–"),
        ("Perspectief", PERSPECTIEF_LABEL.get(g.perspectief, g.perspectief)),
        ("Datum beoordeling", opmaak.datum_lang(g.peildatum)),
        ("Versie", ("definitief" if definitief else "concept") + f" · bodcheck {__version__}"),
    ]


def _kernregel(d: Doel, entries: Sequence[SamenDoel]) -> tuple[Cel, ...]:
    eenheid = _eenheid(entries)
    hoe = _hoe(entries)
    samen = _samenvatting(entries)
    w, b = samen.doel, samen.bod
    verschil = None if w is None or b is None else b - w
    status = samen.status
    if samen.maatgevend_jaar is not None and len(entries) > 1:
        hoe = "zwakste"
    naam = _naam(d) + {"som": "", "eind": " (eind)", "gemiddeld": " (gemiddeld)",
                       "zwakste": f" (zwakste jaar {samen.maatgevend_jaar})"}[hoe]
    if d.soort == "maximaal":
        naam += " (maximum)"
    return (cellen.tekst(naam), cellen.tekst(_periode(entries)), cellen.in_eenheid(w, eenheid),
            _ster(cellen.in_eenheid(b, eenheid), any(s.vergelijking.onvolledig for s in entries)),
            cellen.met_teken(cellen.in_eenheid(verschil, eenheid, verschil=True)), cellen.status(status))


def _ster(c: Cel, onvolledig: bool) -> Cel:
    """A sum with a gap (a cell with words instead of a number) is marked: '25 *'."""
    return Cel(c.tekst + " *", c.waarde, c.soort) if onvolledig else c


def _kerntabel(doelen: Sequence[tuple[Doel, list[SamenDoel]]], titel: str, sleutel: str, voetnoot: str) -> Tabel:
    return Tabel((Kolom("Doel van de woonvisie", "tekst", 3.3), Kolom("Periode", "tekst", 1.1),
                  Kolom("Woonvisie (W)", "getal", 1.1), Kolom("Samen (B)", "getal", 1.0),
                  Kolom("Verschil", "getal", 1.0), Kolom("Status", "status", 1.2)),
                 tuple(_kernregel(d, e) for d, e in doelen), titel=titel, sleutel=sleutel, voetnoot=voetnoot)


def _gemeente_kern(g: GemeenteResultaat, hoofd: list[VraagpuntBlok], rest: list[VraagpuntBlok]) -> list[Blok]:
    n = len(g.corporaties)
    if not n:
        return [*_fouten(g), Alinea("Er zijn geen bods beoordeeld: er is niets om samen naast de woonvisie te "
                                    "leggen.")]
    b: list[Blok] = [Alinea(
        f"Wat {'de corporatie' if n == 1 else f'de {n} corporaties'} samen in {'haar bod' if n == 1 else 'hun bods'} "
        f"aan gemeente {g.gemeente or '–'} {'aanbiedt' if n == 1 else 'aanbieden'}, naast de hele opgave van de "
        "woonvisie. Elke corporatie heeft daarnaast haar eigen beoordeling ("
        + verwijzingen.hoofdstuk("corporaties") + ")."), *_fouten(g)]
    per_doel = _per_doel(g)
    if per_doel:
        volgorde = {id(d): i for i, (d, _) in enumerate(per_doel)}
        gekozen = sorted(per_doel, key=lambda de: (PRIORITEIT.get(de[0].prioriteit or "", 3), volgorde[id(de[0])]))
        gekozen = sorted(gekozen[:MAX_KERNREGELS], key=lambda de: volgorde[id(de[0])])
        overig = len(per_doel) - len(gekozen)
        b.append(_kerntabel(
            gekozen, "De bods samen naast de woonvisie", "kern_samen",
            "Over de bodperiode opgeteld (voorraad: de eindstand); W = het hele doel van de gemeente, B = de som "
            "van de bods. De status is de minst gunstige over de jaren. " + STATUS_UITLEG
            + (f" De andere {overig} doelen staan in {verwijzingen.hoofdstuk('samen')}." if overig else "")
            + (" " + ONVOLLEDIG if any(s.vergelijking.onvolledig for _, e in gekozen for s in e) else "")))
    elif not g.woonvisie_bestand:
        b.append(Alinea("Geen woonvisie in de map: de bods zijn niet naast doelen van de gemeente gelegd."))
    else:
        b.append(Alinea("De woonvisie heeft geen doelen die bij elkaar op te tellen zijn."))
    if g.hiaten:
        b.append(Opsomming(tuple(f"{_naam(d)}: {_doel_zin(d)}." for d in g.hiaten),
                           titel="Doelen die geen corporatie oppakt"))
    else:
        b.append(Opsomming(("Elk doel van de woonvisie komt in minstens één bod terug.",),
                           titel="Doelen die geen corporatie oppakt"))
    b.append(_top_vragen(hoofd, rest))
    b.append(Opsomming(tuple(_corporatie_kort(g, c) for c in g.corporaties), titel="De corporaties aan tafel"))
    return b


def _top_vragen(hoofd: list[VraagpuntBlok], rest: list[VraagpuntBlok]) -> Opsomming:
    """The most important of the vraagpunten taken to the overleg, for the kern: number and title only (the
    question is printed in full once, in the vraagpunten chapter)."""
    top = _top(hoofd)
    if top:
        return Opsomming(tuple(f"Vraag {x.nummer}: {x.titel or x.vraag}" for x in top),
                         titel=f"De {'belangrijkste vraag' if len(top) == 1 else f'{len(top)} belangrijkste vragen'}"
                               f" voor het overleg (volledig in {verwijzingen.hoofdstuk('vraagpunten')})")
    if rest:
        return Opsomming((f"Er zijn geen vragen geselecteerd om mee te nemen; alle {len(rest)} vraagpunten staan in "
                          f"{verwijzingen.hoofdstuk('vraagpunten')}.",), titel="Vragen voor het overleg")
    return Opsomming(("Samen bekeken vond bodcheck geen vraagpunten.",), titel="Vragen voor het overleg")


def _fouten(r: GemeenteResultaat | RegioResultaat) -> list[Blok]:
    """A folder problem stops the joint assessment: say so first, plainly."""
    if not r.fouten:
        return []
    return [Alinea("Niet beoordeeld: " + " ".join(m.tekst.rstrip(".") + "." for m in r.fouten), "let_op")]


def _corporatie_kort(g: GemeenteResultaat, c, met_naam: bool = True) -> str:
    basis = "sociale huurwoningen" if g.aandeel_basis == "sociale_voorraad" else "woningen"
    tekst = f"{cellen.getal(c.voorraad).tekst} {basis} in {g.gemeente}"
    return ((f"{c.corporatie}: {tekst}" if met_naam else tekst[0].upper() + tekst[1:])
            + f" ({opmaak.procent(c.aandeel_aan_tafel)}); eigen beoordeling: {_telling(c.resultaat.vraagpunten)}.")


def _per_doel_hoofdstuk(g: GemeenteResultaat) -> list[Blok]:
    per_doel = _per_doel(g)
    if not per_doel:
        return [Alinea("Er zijn geen doelen om de bods samen aan te toetsen.")]
    basis = {"sociale_voorraad": "sociale huurwoningen", "vhe_gemeente": "woningen (geen sociale voorraad opgegeven)"}
    b: list[Blok] = [Alinea(
        "Per doel van de woonvisie: wat elke corporatie biedt, haar aandeel in wat de corporaties samen bieden, "
        f"naast haar aandeel in de {basis.get(g.aandeel_basis or '', 'woningen')} van de corporaties aan tafel. "
        "De status van een corporatie komt uit haar eigen beoordeling (haar deel van het doel, naar rato van bezit "
        "tenzij de woonvisie een aandeel noemt); de status samen legt de som van de bods naast het hele doel. Bij "
        "een doel per jaar telt een aantal over de periode opgeteld (per saldo) en geldt een grens elk jaar (het "
        "zwakste jaar telt); de jaren staan eronder. "
        + STATUS_UITLEG)]
    for d, entries in per_doel:
        status = _doelstatus(entries)
        b.append(Alinea(_naam(d) + (f" — {cellen.status_tekst(status)}" if status else ""), "kop"))
        b.append(_doel_tabel(g, d, entries))
        if len(entries) > 1:
            b.append(_jaren_tabel(g, d, entries))
    if g.niet_opgeteld:
        b.append(Alinea("Niet opgeteld", "kop"))
        b.append(Alinea("Doelen in procenten, scores of euro's per woning tellen niet op over corporaties; ze staan "
                        "in de eigen beoordeling van elke corporatie."))
        b.append(Opsomming(tuple(f"{_naam(d)}: {_doel_zin(d)}." for d in g.niet_opgeteld)))
    return b


def _doel_tabel(g: GemeenteResultaat, d: Doel, entries: Sequence[SamenDoel]) -> Tabel:
    """A row per corporatie over the target's period, the total, the target and the difference."""
    eenheid = _eenheid(entries)
    hoe = _hoe(entries)
    periode = _periode(entries)
    samen = _samen_waarde([s.vergelijking.bod for s in entries], hoe)
    rijen: list[tuple[Cel, ...]] = []
    onvolledig = False
    for c in g.corporaties:
        bijdragen = [x for s in entries for x in s.bijdragen if x.bestand == c.bestand]
        bod = _samen_waarde([x.bod for x in bijdragen], hoe)
        status = _eigen_status(c.resultaat, entries[0].vergelijking) or vergelijking.slechtste(
            x.eigen_status for x in bijdragen if x.eigen_status)
        ster = any(x.onvolledig for x in bijdragen)
        onvolledig |= ster
        rijen.append((cellen.tekst(c.corporatie), _ster(cellen.in_eenheid(bod, eenheid), ster), cellen.procent(_aandeel(bod, samen)),
                      cellen.procent(c.aandeel_aan_tafel), cellen.status(status)))
    w = _samen_waarde([s.vergelijking.doel for s in entries], hoe)
    status = _doelstatus(entries)
    verschil = None if w is None or samen is None else samen - w
    tafel = sum(c.aandeel_aan_tafel or 0 for c in g.corporaties) if g.corporaties else None
    rijen.append((cellen.tekst("Samen"), _ster(cellen.in_eenheid(samen, eenheid), onvolledig),
                  cellen.procent(1.0 if samen else None), cellen.procent(tafel), cellen.status(status)))
    rijen.append((cellen.tekst("Woonvisie (hele gemeente)"), cellen.in_eenheid(w, eenheid), Cel(""), Cel(""), Cel("")))
    rijen.append((cellen.tekst("Verschil"), cellen.met_teken(cellen.in_eenheid(verschil, eenheid, verschil=True)),
                  Cel(""), Cel(""), Cel("")))
    titel_bod = {"som": f"Bod {periode}", "eind": f"Bod eind {entries[-1].vergelijking.jaar or periode}",
                 "gemiddeld": f"Bod {periode} (gemiddeld)"}[hoe]
    voetnoot = ONVOLLEDIG if onvolledig else ""
    return Tabel((Kolom("Corporatie", "tekst", 2.7), Kolom(titel_bod, "getal", 1.15),
                  Kolom("Aandeel in het bod", "procent", 1.15), Kolom("Aandeel sociale voorraad", "procent", 1.5),
                  Kolom("Status", "status", 1.3)),
                 tuple(rijen), titel="Woonvisie: " + _doel_zin(d), sleutel=f"samen_{d.code}_{d.rij}",
                 vet=(len(g.corporaties),), voetnoot=voetnoot.strip())


def _jaren_tabel(g: GemeenteResultaat, d: Doel, entries: Sequence[SamenDoel]) -> Tabel:
    """For a target per year: the years as rows, the corporaties as columns, the sum, the target, status."""
    eenheid = _eenheid(entries)
    rijen = []
    for s in entries:
        v = s.vergelijking
        rijen.append((cellen.tekst(_periode_van(v)),
                      *(cellen.in_eenheid(_bijdrage(s, c.bestand), eenheid) for c in g.corporaties),
                      cellen.in_eenheid(v.bod, eenheid), cellen.in_eenheid(v.doel, eenheid),
                      cellen.met_teken(cellen.in_eenheid(v.verschil, eenheid, verschil=True)), cellen.status(v.status)))
    n = len(g.corporaties)
    breedte = max(0.8, min(1.2, 5.0 / max(n, 1)))
    return Tabel((Kolom("Jaar", "tekst", 0.8), *(Kolom(korte_naam(c.corporatie), "getal", breedte)
                                                 for c in g.corporaties),
                  Kolom("Samen (B)", "getal", 1.0), Kolom("Woonvisie (W)", "getal", 1.1),
                  Kolom("Verschil", "getal", 0.9), Kolom("Status samen", "status", 1.3)),
                 tuple(rijen), titel=f"Per jaar: {_naam(d)}", sleutel=f"jaren_{d.code}_{d.rij}")


def _hiaten(g: GemeenteResultaat, alle: list[VraagpuntBlok]) -> list[Blok]:
    b: list[Blok] = [Alinea(
        "Doelen van de woonvisie die geen enkele corporatie in haar bod noemt, met een getal of in woorden. "
        "Dat is geen verwijt aan één corporatie: de vraag is wie het oppakt, en wat daarvoor nodig is.")]
    if not g.hiaten:
        b.append(Alinea("Elk doel van de woonvisie komt in minstens één bod terug."))
    else:
        rijen = tuple((cellen.tekst(_naam(d)),
                       Cel(f"{SOORT_WOORD.get(d.soort, d.soort)} {cellen.in_eenheid(d.waarde, d.eenheid).tekst}"
                           + (" per jaar" if d.per == "jaar" and d.van_jaar != d.tot_jaar else ""), d.waarde),
                       cellen.tekst(f"{d.van_jaar}–{d.tot_jaar}" if d.van_jaar != d.tot_jaar else str(d.van_jaar)),
                       cellen.tekst("\n".join(x for x in (d.bron_woonvisie, opmaak.cellen_kort([str(d.bron)]) if str(d.bron) else "") if x) or "–"))
                      for d in g.hiaten)
        b.append(Tabel((Kolom("Doel", "tekst", 2.8), Kolom("Woonvisie", "tekst", 1.5), Kolom("Periode", "tekst", 1.0),
                        Kolom("Bron en cel", "tekst", 3.2)), rijen, titel="Doelen zonder bod", sleutel="hiaten"))
    regels = [f"Vraag {x.nummer}: {x.vraag}" for x in alle if x.id == "S02"]
    if regels:
        b.append(Opsomming(tuple(regels), titel="Vraagpunten"))
    return b


def _vraagpunten(hoofd: list[VraagpuntBlok], rest: list[VraagpuntBlok]) -> list[Blok]:
    """The vraagpunten taken to the overleg with answer boxes, then the others (as the single report's appendix)."""
    if not hoofd and not rest:
        return [Alinea("Samen bekeken vond bodcheck geen vraagpunten. De vraagpunten van elke corporatie apart "
                       "staan in haar eigen beoordeling.")]
    b: list[Blok] = [Alinea(
        "Vragen die pas zichtbaar worden als de bods naast elkaar liggen. Genummerd en gegroepeerd naar wie de "
        "vraag stelt; per vraag waarom hij ertoe doet en op welke cellen hij rust. Vul tijdens het overleg het "
        "antwoord en de afspraak in (wat · wie · wanneer).")]
    if rest and hoofd:
        mee = "de vraag die mee gaat" if len(hoofd) == 1 else f"de {len(hoofd)} vragen die mee gaan"
        een = len(rest) == 1
        maximum = len(hoofd) >= overleg.MAX_IN_HOOFDSTUK
        b.append(Alinea(
            f"Eerst {mee} naar het overleg" + (f" (de belangrijkste {overleg.MAX_IN_HOOFDSTUK})" if maximum else "")
            + "; daarna, onder ‘Overige vraagpunten’, " + ("de vraag die niet is" if een else
                                                          f"de {len(rest)} vragen die niet zijn")
            + " geselecteerd om mee te nemen" + (f" of boven het maximum van {overleg.MAX_IN_HOOFDSTUK} "
                                                 + ("valt" if een else "vallen") if maximum else "")
            + (". Ook die staat er volledig" if een else ". Ook die staan er volledig") + "; niets is weggelaten.",
            "klein"))
    elif rest:
        b.append(Alinea("Er zijn geen vragen geselecteerd om mee te nemen. Hieronder "
                        + ("staat de vraag" if len(rest) == 1 else f"staan alle {len(rest)} vraagpunten")
                        + " volledig, zonder invulvakken.", "klein"))
    if hoofd:
        b.append(Vraagpunten(tuple(hoofd)))
    if rest:
        if hoofd:
            b.append(Alinea("Overige vraagpunten", "kop"))
        b.append(Vraagpunten(tuple(rest), met_invulvakken=False))
    return b


def _corporaties(g: GemeenteResultaat) -> list[Blok]:
    b: list[Blok] = [Alinea(
        "Elke corporatie heeft haar eigen beoordeling: haar bod naast haar deel van de woonvisie, haar "
        "financiële ruimte en haar eigen vraagpunten. Die rapporten worden apart gemaakt; hier staat per "
        "corporatie waar het zwaartepunt ligt.")]
    for c in g.corporaties:
        r = c.resultaat
        b.append(Alinea(c.corporatie, "kop"))
        b.append(Alinea(f"{_corporatie_kort(g, c, met_naam=False)} Bestand: {c.bestand}"
                        + (f", bod {r.invoer.bodjaar}" if r.invoer.bodjaar else "") + "."))
        # A corporatie's own questions are those addressed to her (review finding 9): a question the gemeente
        # asks itself (an overdue tegenprestatie) or one for all parties (the gemeente's share of sociale huur)
        # is about the gemeente as a whole, and is not charged to each corporatie again.
        top = vraagpunten.sorteer(v for v in r.vraagpunten if v.adressaat == "corporatie")[:TOP_EIGEN]
        if top:
            b.append(Opsomming(tuple(f"{v.vraag} ({v.ernst}, {v.id})" for v in top),
                               titel=f"De {telwoord(len(top))} belangrijkste eigen vraagpunten"))
    return b


def telwoord(n: int) -> str:
    return {1: "één", 2: "twee", 3: "drie"}.get(n, str(n))


# ---- regio -------------------------------------------------------------------------------------------------


def _regio_rapport(r: RegioResultaat, definitief: bool, notities: dict[str, dict[str, Notitie]]) -> SamenRapport:
    eigen = notities.get(groep_naam(r)) or {}
    geordend = [(f"Vragen voor {r.regio or 'de regio'}", v, eigen) for v in _op_perspectief(r)]
    for g in r.gemeenten:
        van_g = notities.get(groep_naam(g)) or {}
        geordend += [(f"Gemeente {g.gemeente}: de corporaties samen", v, van_g) for v in _op_perspectief(g)]
    hoofd, rest = overleg.nummeren_geordend(geordend, False)
    hoofd, rest = _kort(hoofd), _kort(rest)
    alle = [*hoofd, *rest]
    bodjaren = sorted({j for g in r.gemeenten for j in _bodjaren(g)})
    corporaties = sorted({c.corporatie for g in r.gemeenten for c in g.corporaties})
    ng = len(r.gemeenten)
    hoofdstukken = [
        Hoofdstuk("voorblad", "Voorblad", (), None, nieuwe_pagina=False),
        Hoofdstuk("kern", "Kern voor het bestuur", tuple(_regio_kern(r, hoofd, rest)), 1),
        Hoofdstuk("regio", "Regionale doelen per gemeente", tuple(_regio_doelen(r)), 2),
        Hoofdstuk("vraagpunten", "Vraagpunten voor het overleg", tuple(_vraagpunten(hoofd, rest)), 3),
    ]
    for i, g in enumerate(r.gemeenten, start=4):
        hoofdstukken.append(Hoofdstuk(f"gemeente-{i}", f"Gemeente {g.gemeente}: de bods samen",
                                      tuple(_gemeente_samenvatting(g, alle)), i))
    hoofdstukken = verwijzingen.los_op(hoofdstukken)
    export = {"regio": _export_regio(r), "samen": _export_samen(r.gemeenten), "hiaten": _export_hiaten(r.gemeenten),
              "vraagpunten": _export_vraagpunten(alle), "corporaties": _export_corporaties(r.gemeenten)}
    kopregel = " · ".join(x for x in (r.regio, f"{ng} {'gemeente' if ng == 1 else 'gemeenten'}",
                                       f"bods {opmaak.jaren(bodjaren)}" if bodjaren else "") if x)
    return _samen_rapport(
        titel="Beoordeling van de bods in de regio" + (f" {opmaak.jaren(bodjaren)}" if bodjaren else ""),
        auteur=r.regio if r.regio.lower().startswith("regio") else f"regio {r.regio}", gemeente=r.regio, corporatie=opmaak.opsomming([korte_naam(c) for c in corporaties]),
        bodjaar=bodjaren[-1] if bodjaren else None, peildatum=r.peildatum, definitief=definitief,
        perspectief=r.perspectief, voorblad=_regio_voorblad(r, definitief, corporaties, bodjaren),
        hoofdstukken=hoofdstukken, kopregel=kopregel, export=export, alle=alle,
        onderwerp=f"De bods in {r.regio or 'de regio'} samen naast de regionale afspraken (Woningwet art. 44).",
        ondertitel=f"{r.regio or 'Regio'} · {ng} {'gemeente' if ng == 1 else 'gemeenten'} · "
                   f"{len(corporaties)} {'corporatie' if len(corporaties) == 1 else 'corporaties'}",
        bladen=BLADEN_REGIO)


def _op_perspectief(r: GemeenteResultaat | RegioResultaat) -> list[Vraagpunt]:
    """One group's vraagpunten in the order of the Vraagpunten view: own party first (vraagpunten.ordening)."""
    return [v for _, leden in vraagpunten.ordening(r.vraagpunten, r.perspectief) for v in leden]


def _regio_voorblad(r: RegioResultaat, definitief: bool, corporaties: list[str], bodjaren: list[int]):
    gemeenten = "\n".join(f"{g.gemeente}: {len(g.corporaties)} {'bod' if len(g.corporaties) == 1 else 'bods'}"
                          + (f" (woonvisie {g.woonvisie_bestand})" if g.woonvisie_bestand else " (geen woonvisie)")
                          for g in r.gemeenten) or "–"
    return [
        ("Regio", r.regio or "–"),
        ("Gemeenten", gemeenten),
        ("Corporaties", "\n".join(corporaties) or "–"),
        ("Regionale woonvisie", r.woonvisie_bestand or "–"),
        ("Bodjaar", opmaak.jaren(bodjaren) or "–"),
        ("Perspectief", PERSPECTIEF_LABEL.get(r.perspectief, r.perspectief)),
        ("Datum beoordeling", opmaak.datum_lang(r.peildatum)),
        ("Versie", ("definitief" if definitief else "concept") + f" · bodcheck {__version__}"),
    ]


def _regio_eenheid(rd: RegioDoel) -> str:
    return rd.vergelijking[0].eenheid if rd.vergelijking and rd.vergelijking[0].eenheid else rd.doel.eenheid


def _regio_kern(r: RegioResultaat, hoofd: list[VraagpuntBlok], rest: list[VraagpuntBlok]) -> list[Blok]:
    ng = len(r.gemeenten)
    b: list[Blok] = [Alinea(
        f"Wat de corporaties in de {ng} gemeenten van {r.regio or 'de regio'} samen bieden, naast de regionale "
        "afspraken; daaronder per gemeente welk deel zij op zich neemt."), *_fouten(r)]
    rijen = []
    onvolledig = False
    for rd in r.doelen:
        e = _regio_eenheid(rd)
        for v in rd.vergelijking:
            onvolledig |= v.onvolledig
            rijen.append((cellen.tekst(_naam(rd.doel)), cellen.tekst(_periode_van(v)), cellen.in_eenheid(v.doel, e),
                          _ster(cellen.in_eenheid(v.bod, e), v.onvolledig), cellen.in_eenheid(rd.verdeeld, e),
                          cellen.status(v.status)))
    if rijen:
        b.append(Tabel((Kolom("Regionaal doel", "tekst", 3.2), Kolom("Periode", "tekst", 1.1),
                        Kolom("Regio (W)", "getal", 1.0), Kolom("Samen (B)", "getal", 1.0),
                        Kolom("Verdeeld over gemeenten", "getal", 1.3), Kolom("Status", "status", 1.2)),
                       tuple(rijen), titel="De bods samen naast de regionale afspraken", sleutel="kern_regio",
                       voetnoot="Verdeeld: de som van de delen die de gemeenten in hun eigen woonvisie hebben "
                                "vastgelegd. " + STATUS_UITLEG + (" " + ONVOLLEDIG if onvolledig else "")))
    else:
        b.append(Alinea("De regionale woonvisie heeft geen doelen die bij elkaar op te tellen zijn."))
    if hoofd or rest:
        b.append(_top_vragen(hoofd, rest))
    regels = []
    for g in r.gemeenten:
        per = _per_doel(g)
        status = Counter(_doelstatus(e) for _, e in per)
        delen = ", ".join(f"{status[s]} {opmaak.STATUS_LABEL[s]}" for s in ("voldoet", "gedeeltelijk", "voldoet_niet",
                                                                            "niet_in_bod", "voornemen") if status[s])
        regels.append(f"{g.gemeente}: {len(g.corporaties)} {'bod' if len(g.corporaties) == 1 else 'bods'}; "
                      f"{len(per)} doelen samen ({delen or 'geen'}); {_telling(g.vraagpunten)} samen.")
    b.append(Opsomming(tuple(regels), titel="Per gemeente"))
    return b


def _regio_doelen(r: RegioResultaat) -> list[Blok]:
    b: list[Blok] = [Alinea(
        "Per regionaal doel: het deel dat elke gemeente in haar eigen woonvisie op zich neemt, wat de corporaties "
        "in die gemeente samen bieden, en het deel dat nog niet over de gemeenten is verdeeld.")]
    if not r.doelen:
        b.append(Alinea("De regionale woonvisie heeft geen doelen die bij elkaar op te tellen zijn."))
    for rd in r.doelen:
        e = _regio_eenheid(rd)
        v = rd.vergelijking[0] if rd.vergelijking else None
        b.append(Alinea(_naam(rd.doel) + (f" — {cellen.status_tekst(v.status)}" if v else ""), "kop"))
        rijen: list[tuple[Cel, ...]] = []
        for gd in rd.gemeenten:
            gv = gd.vergelijking[0] if gd.vergelijking else None
            deel = cellen.in_eenheid(gd.aandeel, e)
            rijen.append((cellen.tekst(gd.gemeente), deel,
                          _ster(cellen.in_eenheid(gd.bod, e), bool(gv and gv.onvolledig) or gd.voornemen),
                          cellen.met_teken(cellen.in_eenheid(gv.verschil, e, verschil=True)) if gv else Cel(""),
                          cellen.status(gv.status) if gv else cellen.status("geen_doel"),
                          cellen.tekst(gd.aandeel_bron_woonvisie or ("" if gv else "geen deel in de woonvisie"))))
        rest = None if rd.verdeeld is None else rd.doel.waarde - rd.verdeeld
        rijen.append((cellen.tekst("Nog niet verdeeld"), cellen.in_eenheid(rest, e), Cel(""), Cel(""), Cel(""),
                      Cel("")))
        rijen.append((cellen.tekst(f"{r.regio or 'Regio'} samen"), cellen.in_eenheid(v.doel if v else None, e),
                      _ster(cellen.in_eenheid(v.bod if v else None, e), bool(v and v.onvolledig)),
                      cellen.met_teken(cellen.in_eenheid(v.verschil if v else None, e, verschil=True)),
                      cellen.status(v.status if v else None), cellen.tekst(rd.doel.bron_woonvisie or "")))
        b.append(Tabel((Kolom("Gemeente", "tekst", 2.0), Kolom("Deel (W)", "getal", 0.9),
                        Kolom("Bod samen (B)", "getal", 1.1), Kolom("Verschil", "getal", 0.9),
                        Kolom("Status", "status", 1.3), Kolom("Bron van het deel", "tekst", 2.9)),
                       tuple(rijen), titel="Regionale afspraak: " + _doel_zin(rd.doel),
                       sleutel=f"regio_{rd.doel.code}_{rd.doel.rij}", vet=(len(rijen) - 1,),
                       voetnoot=(ONVOLLEDIG + " " if v and v.onvolledig else "")
                       + "Deel: zoals de gemeente het in haar eigen woonvisie vastlegt. Bod samen: alle "
                                "corporaties in die gemeente over de periode van het regionale doel. Nog niet verdeeld: het "
                                "regionale doel min de delen die vastliggen."))
    return b


def _gemeente_samenvatting(g: GemeenteResultaat, alle: list[VraagpuntBlok]) -> list[Blok]:
    n = len(g.corporaties)
    basis = "sociale huurwoningen" if g.aandeel_basis == "sociale_voorraad" else "woningen"
    b: list[Blok] = [Alinea(
        f"{n} {'corporatie' if n == 1 else 'corporaties'} ({'aandeel' if n == 1 else 'aandelen'} in de {basis} "
        "aan tafel; eigen vraagpunten): " + "; ".join(
            f"{c.corporatie} {opmaak.procent(c.aandeel_aan_tafel)}, {len(c.resultaat.vraagpunten)}"
            for c in g.corporaties) + ". Woonvisie: " + (g.woonvisie_bestand or "geen") + ".")]
    per = _per_doel(g)
    if per:
        rijen = []
        for d, entries in per:
            eenheid = _eenheid(entries)
            hoe = _hoe(entries)
            bijdragen = []
            for c in g.corporaties:
                x = _samen_waarde([_bijdrage(s, c.bestand) for s in entries], hoe)
                bijdragen.append(f"{korte_naam(c.corporatie)} {opmaak.waarde_in_eenheid(x, eenheid)}")
            k = _kernregel(d, entries)
            rijen.append((k[0], k[1], k[2], k[3], cellen.tekst("\n".join(bijdragen)), k[5]))
        b.append(Tabel((Kolom("Doel van de woonvisie", "tekst", 3.0), Kolom("Periode", "tekst", 1.0),
                        Kolom("W", "getal", 0.7), Kolom("Samen (B)", "getal", 0.9),
                        Kolom("Per corporatie", "tekst", 1.9), Kolom("Status", "status", 1.2)),
                       tuple(rijen), titel="De bods samen naast de woonvisie", sleutel=f"samen_{g.gemeente}",
                       voetnoot="Over de bodperiode opgeteld (voorraad: de eindstand); de status is de minst gunstige "
                                "over de jaren. " + STATUS_UITLEG
                                + (" " + ONVOLLEDIG if any(s.vergelijking.onvolledig for _, e in per for s in e)
                                   else "")))
    else:
        b.append(Alinea("Geen doelen van de woonvisie om de bods samen aan te toetsen."))
    b.append(Opsomming(tuple(f"{_naam(d)}: {_doel_zin(d)}." for d in g.hiaten)
                       or ("Elk doel van de woonvisie komt in minstens één bod terug.",),
                       titel="Doelen die geen corporatie oppakt"))
    groep = f"Gemeente {g.gemeente}: de corporaties samen"
    nummers = [x for x in alle if x.groep == groep]
    if nummers:
        b.append(Opsomming(tuple(f"Vraag {x.nummer}: {x.titel or x.vraag}" for x in nummers),
                           titel=f"Vraagpunten van de corporaties samen ({verwijzingen.hoofdstuk('vraagpunten')})"))
    else:
        b.append(Opsomming(("Samen bekeken geen vraagpunten in deze gemeente.",), titel="Vraagpunten"))
    return b


# ---- export ------------------------------------------------------------------------------------------------


def _export_samen(gemeenten: Sequence[GemeenteResultaat]) -> Tabel:
    kolommen = (Kolom("Gemeente", "tekst", 1.2), Kolom("Code", "tekst", 1.5), Kolom("Doel", "tekst", 3),
                Kolom("Kern", "tekst", 1), Kolom("Jaar", "tekst", 1), Kolom("Eenheid", "tekst", 0.8),
                Kolom("Corporatie", "tekst", 2.5), Kolom("Bod", "getal", 1), Kolom("Aandeel in het bod", "procent", 1),
                Kolom("Aandeel in het doel", "procent", 1), Kolom("Eigen doel", "getal", 1),
                Kolom("Eigen status", "tekst", 1), Kolom("Onvolledig", "tekst", 0.8),
                Kolom("Samen (B)", "getal", 1), Kolom("Woonvisie (W)", "getal", 1),
                Kolom("Status samen", "tekst", 1), Kolom("Bronnen", "tekst", 3))
    rijen = []
    for g in gemeenten:
        for s in g.samen:
            v = s.vergelijking
            e = v.eenheid or vergelijking.eenheid_van(v.code)
            for x in s.bijdragen:
                rijen.append((cellen.tekst(g.gemeente), cellen.tekst(v.code), cellen.tekst(s.doel.omschrijving),
                              cellen.tekst(s.doel.kern or ""), cellen.tekst(_periode_van(v)), cellen.tekst(e),
                              cellen.tekst(x.corporatie), cellen.in_eenheid(x.bod, e), cellen.procent(x.aandeel_bod),
                              cellen.procent(x.aandeel_doel), cellen.in_eenheid(x.eigen_doel, e),
                              cellen.tekst(opmaak.STATUS_LABEL.get(x.eigen_status or "", "")),
                              cellen.tekst("ja" if x.onvolledig else ""), cellen.in_eenheid(v.bod, e),
                              cellen.in_eenheid(v.doel, e), cellen.tekst(opmaak.STATUS_LABEL[v.status]),
                              cellen.tekst(", ".join(x.bronnen))))
    return Tabel(kolommen, tuple(rijen), titel="De bods samen per doel en corporatie", sleutel="samen")


def _export_hiaten(gemeenten: Sequence[GemeenteResultaat]) -> Tabel:
    kolommen = (Kolom("Gemeente", "tekst", 1.2), Kolom("Code", "tekst", 1.5), Kolom("Doel", "tekst", 3),
                Kolom("Kern", "tekst", 1), Kolom("Soort", "tekst", 1), Kolom("Waarde", "getal", 1),
                Kolom("Eenheid", "tekst", 0.8), Kolom("Per", "tekst", 0.8), Kolom("Van", "jaar", 0.7),
                Kolom("Tot", "jaar", 0.7), Kolom("Bron woonvisie", "tekst", 3), Kolom("Cel", "tekst", 2))
    rijen = tuple((cellen.tekst(g.gemeente), cellen.tekst(d.code), cellen.tekst(d.omschrijving),
                   cellen.tekst(d.kern or ""), cellen.tekst(d.soort), cellen.in_eenheid(d.waarde, d.eenheid),
                   cellen.tekst(d.eenheid), cellen.tekst(d.per), cellen.jaar(d.van_jaar), cellen.jaar(d.tot_jaar),
                   cellen.tekst(d.bron_woonvisie or ""), cellen.tekst(str(d.bron)))
                  for g in gemeenten for d in g.hiaten)
    return Tabel(kolommen, rijen, titel="Doelen zonder bod", sleutel="hiaten")


def _export_corporaties(gemeenten: Sequence[GemeenteResultaat]) -> Tabel:
    kolommen = (Kolom("Gemeente", "tekst", 1.2), Kolom("Corporatie", "tekst", 2.5), Kolom("Bestand", "tekst", 2),
                Kolom("Bodjaar", "jaar", 0.7), Kolom("Voorraad", "getal", 1),
                Kolom("Aandeel gemeente", "procent", 1), Kolom("Aandeel aan tafel", "procent", 1),
                Kolom("Eigen vraagpunten", "getal", 1), Kolom("Bronnen", "tekst", 3))
    rijen = tuple((cellen.tekst(g.gemeente), cellen.tekst(c.corporatie), cellen.tekst(c.bestand),
                   cellen.jaar(c.resultaat.invoer.bodjaar), cellen.getal(c.voorraad), cellen.procent(c.aandeel_voorraad),
                   cellen.procent(c.aandeel_aan_tafel), cellen.getal(len(c.resultaat.vraagpunten)),
                   cellen.tekst(", ".join(c.bronnen)))
                  for g in gemeenten for c in g.corporaties)
    return Tabel(kolommen, rijen, titel="Corporaties en hun eigen beoordeling", sleutel="corporaties")


def _export_regio(r: RegioResultaat) -> Tabel:
    kolommen = (Kolom("Code", "tekst", 1.5), Kolom("Doel", "tekst", 3), Kolom("Periode", "tekst", 1),
                Kolom("Eenheid", "tekst", 0.8), Kolom("Gemeente", "tekst", 1.5), Kolom("Deel (W)", "getal", 1),
                Kolom("Bod samen (B)", "getal", 1), Kolom("Verschil", "getal", 1), Kolom("Status", "tekst", 1),
                Kolom("Bron van het deel", "tekst", 3), Kolom("Bronnen", "tekst", 3))
    rijen = []
    for rd in r.doelen:
        e = _regio_eenheid(rd)
        d = rd.doel
        periode = f"{d.van_jaar}–{d.tot_jaar}" if d.van_jaar != d.tot_jaar else str(d.van_jaar)
        basis = (cellen.tekst(d.code), cellen.tekst(d.omschrijving), cellen.tekst(periode), cellen.tekst(e))
        for gd in rd.gemeenten:
            gv = gd.vergelijking[0] if gd.vergelijking else None
            rijen.append((*basis, cellen.tekst(gd.gemeente), cellen.in_eenheid(gd.aandeel, e),
                          cellen.in_eenheid(gd.bod, e), cellen.in_eenheid(gv.verschil if gv else None, e, True),
                          cellen.tekst(opmaak.STATUS_LABEL[gv.status] if gv else "geen deel"),
                          cellen.tekst(gd.aandeel_bron_woonvisie or ""), cellen.tekst(", ".join(gd.aandeel_bronnen))))
        rest = None if rd.verdeeld is None else d.waarde - rd.verdeeld
        rijen.append((*basis, cellen.tekst("Nog niet verdeeld"), cellen.in_eenheid(rest, e), cellen.LEEG, cellen.LEEG,
                      cellen.LEEG, cellen.LEEG, cellen.LEEG))
        for v in rd.vergelijking:
            rijen.append((*basis, cellen.tekst("Regio samen"), cellen.in_eenheid(v.doel, e), cellen.in_eenheid(v.bod, e),
                          cellen.in_eenheid(v.verschil, e, True), cellen.tekst(opmaak.STATUS_LABEL[v.status]),
                          cellen.tekst(d.bron_woonvisie or ""), cellen.tekst(str(d.bron))))
    return Tabel(kolommen, tuple(rijen), titel="Regionale doelen per gemeente", sleutel="regio")
