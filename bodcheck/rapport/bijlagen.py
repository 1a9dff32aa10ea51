"""The optional appendix (--bijlagen): the vraagpunten not in the chapter, the input data with cell references
(edited values as `handmatig (was Bod!D7)`), the import meldingen, the normenkader and parameters with source,
date and status. And the chapter every report has: the method in words, the begrippenlijst, the disclaimer."""

from __future__ import annotations

import dataclasses

from bodcheck import bronnen, codes, opmaak, parameters, vergelijking
from bodcheck.model import Invoer, JaarBlad, Melding, Resultaat
from bodcheck.rapport import cellen, verwijzingen
from bodcheck.rapport.financien import norm_tekst
from bodcheck.rapport.model import (
    Alinea,
    Blok,
    Cel,
    Kolom,
    Opsomming,
    Paginawissel,
    Tabel,
    VraagpuntBlok,
    Vraagpunten,
)
from bodcheck.rapport.teksten import BEGRIPPEN, DISCLAIMER, METHODE

SOORT_LABEL = {"fout": "fout", "waarschuwing": "waarschuwing", "info": "info", "intern": "interne fout"}
MAX_JAREN = 10


def hoofdstuk(r: Resultaat, rest: list[VraagpuntBlok]) -> tuple[list[Blok], dict[str, str]]:
    """The appendix printed with --bijlagen (or the app's tick): (blocks, letter per part). Parts: the
    vraagpunten not in the chapter (in full), the input tables with cells, the meldingen, the normenkader
    and the parameters. Without it, these are in the Excel export."""
    b: list[Blok] = []
    letters: dict[str, str] = {}
    delen: list[tuple[str, str, list[Blok]]] = []
    if rest:
        delen.append(("vraagpunten", "Overige vraagpunten", [
            Alinea("De vraagpunten die niet in " + verwijzingen.hoofdstuk("vraagpunten") + " staan: boven het "
                   "maximum van 15, of niet geselecteerd om mee te nemen. Ze houden hun nummer.", "klein"),
            Vraagpunten(tuple(rest), met_invulvakken=False)]))
    delen.append(("invoer", "Invoergegevens met celverwijzingen", invoer_tabellen(r.invoer)))
    meldingen = meldingen_tabel(r)
    delen.append(("meldingen", "Meldingen bij het inlezen en berekenen",
                  [meldingen if meldingen.rijen else Alinea("Geen meldingen.")]))
    delen.append(("normen", "Normenkader en parameters", [normenkader_tabel(r), parameter_tabel()]))
    for letter, (sleutel, titel, blokken) in zip("ABCDEFGH", delen, strict=False):
        letters[sleutel] = letter
        if b:
            b.append(Paginawissel())
        b.append(Alinea(f"Bijlage {letter}. {titel}", "kop"))
        b.extend(blokken)
    return b, letters


def methode() -> list[Blok]:
    """Always in the report: the method in words, the begrippenlijst and the disclaimer."""
    return [
        Tabel((Kolom("Onderdeel", "tekst", 1.3), Kolom("Werkwijze", "tekst", 5)),
              tuple((cellen.tekst(t), cellen.tekst(x)) for t, x in METHODE), sleutel="methode", titel="Methode"),
        Tabel((Kolom("Begrip", "tekst", 1.3), Kolom("Betekenis", "tekst", 5)),
              tuple((cellen.tekst(w), cellen.tekst(t)) for w, t in BEGRIPPEN), sleutel="begrippen",
              titel="Begrippenlijst"),
        Alinea(DISCLAIMER, "let_op"),
    ]


def _bereik(blad: JaarBlad, code: str) -> str:
    regel = blad.regel(code)
    bronnen = [w.bron for _, w in sorted(regel.waarden.items()) if w.bron.blad] if regel else []
    if not bronnen:
        return str(regel.bron) if regel else ""
    eerste, laatste = bronnen[0], bronnen[-1]
    tekst = eerste.cel_tekst if eerste == laatste else f"{eerste.cel_tekst}–{laatste.cel}"
    return tekst


def _jaarblad_tabel(inv: Invoer, blad: JaarBlad) -> tuple[Tabel, list[str]]:
    jaren = sorted(blad.jaren)[:MAX_JAREN]
    eenheid_bedrag = inv.eenheid_bedragen
    rijen = []
    handmatig = []
    for code, regel in blad.regels.items():
        eenheid = vergelijking.eenheid_van(code, regel)
        rij = [cellen.tekst(code)]
        for j in jaren:
            w = regel.waarden.get(j)
            if w is None:
                rij.append(Cel(""))
                continue
            if w.bron.handmatig:
                handmatig.append(f"{blad.naam} {code} {j}: {w.bron}")
            if w.getal is None:
                rij.append(cellen.tekst(w.tekst or ""))
            elif eenheid == "bedrag":
                rij.append(Cel(opmaak.euro_eenheid(w.getal, eenheid_bedrag), w.getal, "euro"))
            else:
                rij.append(cellen.in_eenheid(w.getal, eenheid))
        rij.append(cellen.tekst(_bereik(blad, code)))
        rijen.append(tuple(rij))
    kolommen = (Kolom("Code", "tekst", 2.4), *(Kolom(str(j), "getal", 1.0) for j in jaren), Kolom("Cellen", "tekst", 1.6))
    titel = f"{blad.naam}" + (f" (bedragen {eenheid_bedrag})" if any(
        vergelijking.eenheid_van(c, r) == "bedrag" for c, r in blad.regels.items()) else "")
    return Tabel(kolommen, tuple(rijen), titel=titel, sleutel=f"invoer_{blad.naam}"), handmatig


def invoer_tabellen(inv: Invoer) -> list[Blok]:
    b: list[Blok] = []
    rijen = []
    for veld in codes.ALGEMEEN:
        v = inv.algemeen.get(veld.code)
        if v is None or v.waarde is None:
            continue
        rijen.append((cellen.tekst(veld.label), cellen.tekst(opmaak.veld_waarde(v.waarde)), cellen.tekst(str(v.bron))))
    if rijen:
        b.append(Tabel((Kolom("Algemeen", "tekst", 3), Kolom("Waarde", "tekst", 2.5), Kolom("Cel", "tekst", 1.6)),
                       tuple(rijen), titel="Algemeen", sleutel="invoer_algemeen"))
    handmatig: list[str] = []
    bladen = [inv.prognoses[t] for t in codes.TAKKEN if t in inv.prognoses]
    bladen += [x for x in (inv.bod, inv.afspraken, inv.realisatie) if x is not None]
    for blad in bladen:
        tabel, h = _jaarblad_tabel(inv, blad)
        b.append(tabel)
        handmatig += h
    if inv.woonvisie:
        rijen = []
        for d in inv.woonvisie:
            eenheid = d.eenheid or vergelijking.eenheid_van(d.code)
            rijen.append((cellen.tekst(d.code), cellen.tekst(d.soort), cellen.in_eenheid(d.waarde, eenheid),
                          cellen.tekst(f"{d.van_jaar}–{d.tot_jaar}"), cellen.tekst(d.per),
                          cellen.procent(d.aandeel_corporatie, 0) if d.aandeel_corporatie is not None else Cel(""),
                          cellen.tekst(str(d.bron))))
            if d.bron.handmatig:
                handmatig.append(f"Woonvisie {d.code}: {d.bron}")
        b.append(Tabel((Kolom("Code", "tekst", 2.4), Kolom("Soort", "tekst", 1.1), Kolom("Waarde", "getal", 1),
                        Kolom("Jaren", "tekst", 1), Kolom("Per", "tekst", 0.8), Kolom("Aandeel", "procent", 0.8),
                        Kolom("Cel", "tekst", 2)), tuple(rijen), titel="Woonvisie", sleutel="invoer_woonvisie"))
    if inv.toezeggingen:
        b.append(Tabel((Kolom("Thema", "tekst", 1.2), Kolom("Toezegging", "tekst", 4), Kolom("Jaar", "jaar", 0.6),
                        Kolom("Cel", "tekst", 1.5)),
                       tuple((cellen.tekst(codes.THEMA_LABEL.get(t.thema, t.thema)), cellen.tekst(t.tekst), cellen.jaar(t.jaar), cellen.tekst(str(t.bron)))
                             for t in inv.toezeggingen), titel="Toezeggingen", sleutel="invoer_toezeggingen"))
    if inv.wijken:
        b.append(Alinea(f"Wijken: {len(inv.wijken)} regels aangeleverd ("
                        + ", ".join(sorted({w.wijk for w in inv.wijken})) + ").", "klein"))
    if handmatig:
        b.append(Opsomming(tuple(handmatig), titel="Handmatig gewijzigde waarden"))
    if not b:
        b.append(Alinea("Geen invoergegevens."))
    return b


def _melding_cel(m: Melding) -> str:
    """The file named once: 'bod-voorbeeld.xlsx: Bod!C36' (review finding 25), or the file alone."""
    if m.bron is None or not m.bron.cel_tekst:
        return m.bestand or ""
    bron = m.bron if m.bron.bestand or not m.bestand else dataclasses.replace(m.bron, bestand=m.bestand)
    return opmaak.cellen_kort([bron.cel_tekst])


def meldingen_tabel(r: Resultaat, sleutel: str = "bijlage_meldingen") -> Tabel:
    rijen = tuple((cellen.tekst(SOORT_LABEL.get(m.soort, m.soort)), cellen.tekst(_melding_cel(m)),
                   cellen.tekst(m.tekst)) for m in r.meldingen)
    return Tabel((Kolom("Soort", "tekst", 1.1), Kolom("Cel", "tekst", 1.6), Kolom("Melding", "tekst", 6)), rijen,
                 titel="Meldingen", sleutel=sleutel)


def normenkader_tabel(r: Resultaat) -> Tabel:
    kader = r.berekend.normenkader
    rijen = []
    for tak in codes.TAKKEN:
        normen = kader.normen.get(tak)
        if not normen:
            continue
        rijen.append((cellen.tekst(tak), *(cellen.tekst(norm_tekst(n, normen[n]) if n in normen else "–")
                                           for n in codes.NORM_NAMEN)))
    return Tabel((Kolom("Tak", "tekst", 1.2), *(Kolom(opmaak.RATIO_LABEL[n], "tekst", 1) for n in codes.NORM_NAMEN)),
                 tuple(rijen), titel=f"Normenkader {kader.titel} ({kader.geldig}; beleidswaarde {kader.bw_versie})",
                 voetnoot=f"Bron: {kader.bron}. Krap: binnen 10% van de norm.", sleutel="normenkader")


def _param_waarde(p: parameters.Parameter) -> str:
    w = p.waarde
    fractie = p.eenheid.startswith("fractie")
    if isinstance(w, dict):
        return "; ".join(f"{j}: {opmaak.procent(x) if fractie else opmaak.veld_waarde(x)}" for j, x in w.items())
    if isinstance(w, list):
        return ", ".join(str(x) for x in w)
    if fractie and isinstance(w, int | float):
        return opmaak.procent(w)
    return opmaak.datum_tekst(w) if isinstance(w, str) else opmaak.veld_waarde(w)


def parameter_tabel() -> Tabel:
    rijen = tuple((cellen.tekst(p.naam), cellen.tekst(_param_waarde(p)), cellen.tekst(p.eenheid),
                   cellen.tekst(bronnen.in_woorden(f"{p.bron} ({opmaak.datum_tekst(p.datum)})" if p.datum else p.bron)),
                   Cel("✓ geverifieerd" if p.geverifieerd else "! niet geverifieerd",
                       "geverifieerd" if p.geverifieerd else "niet geverifieerd", "status"))
                  for p in parameters.alle())
    return Tabel((Kolom("Parameter", "tekst", 1.7), Kolom("Waarde", "tekst", 1.3), Kolom("Eenheid", "tekst", 1.4),
                  Kolom("Bron (datum)", "tekst", 3.6), Kolom("Bron geverifieerd", "tekst", 1.1)), rijen,
                 titel="Parameters en drempels", sleutel="parameters")
