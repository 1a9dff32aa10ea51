"""Monitor → Rapport: the short report "Terugblik over de jaren" as plain data (monitor.md § Output), and the
tables of its Excel file. The PDF and Excel writers of `bodcheck.rapport` render it; every figure is
formatted by `bodcheck.opmaak` (through `rapport.cellen`).

    opbouw(monitor, auteur=None) -> MonitorRapport
    pdf_bytes(monitor, auteur=None) -> bytes
    excel_bytes(monitor) -> bytes         sheets Tabel (the long table), Belofte en realisatie, Verschuivingen,
                                          Prognose-drift, Terugkerend, Vraagpunten, Meldingen

Chapters: kern (what changed over the years and the questions M01–M03 with answer boxes); belofte en
realisatie as a traffic-light table per thema (colour, symbol and word); beloftes die verschuiven (a chart per
subject: one line per bod over the target years, the realisation as bars); the prognosis of the ratios (a chart
per ratio with one line per prognosis and the norm line, breaks in the definition said in words); the
questions that come back, with last year's answer and afspraak.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bodcheck import __version__, codes, opmaak
from bodcheck.model import Melding
from bodcheck.monitor.model import (
    RICHTING_LABEL,
    STATUS_LABEL,
    STATUS_SYMBOOL,
    Belofte,
    Drift,
    Monitor,
    Terugkerend,
    Verschuiving,
)
from bodcheck.rapport import cellen, overleg
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
    Vraagpunten,
)
from bodcheck.rapport.opbouw import _export_vraagpunten
from bodcheck.rapport.teksten import DISCLAIMER, DISCLAIMER_KORT

BLADEN = (("tabel", "Tabel"), ("belofte", "Belofte en realisatie"), ("verschuivingen", "Verschuivingen"),
          ("drift", "Prognose-drift"), ("terugkerend", "Terugkerend"), ("vraagpunten", "Vraagpunten"),
          ("meldingen", "Meldingen"))
STATUS_KLEUR = {"gerealiseerd": "#D5E8D4", "achter": "#F4C7C3", "niet_gerapporteerd": "#FCE5C0"}
MAX_BODS_IN_TABEL = 3  # the PDF shows the latest bods; the Excel file all of them
MAX_GRAFIEKEN = 4
GRAFIEK_RATIOS = codes.NORM_NAMEN  # the ratios with a norm
TAK_LABEL = {"TI": "hele corporatie", "DAEB": "DAEB", "niet-DAEB": "niet-DAEB"}
BRON_LABEL = {"bod": "bod", "afspraak": "afspraak", "realisatie": "realisatie", "woonvisie": "woonvisie"}
HERKOMST_LABEL = {"blad": "werkboek", "beoordeling": "beoordeling (aan tafel)"}
SOORT_LABEL = {"fout": "fout", "waarschuwing": "waarschuwing", "info": "info", "intern": "intern"}
STATUS_UITLEG = ("Status: ✓ gehaald · ✗ achter (5 eenheden of 1 procentpunt of meer onder de afspraak; bij een maximum erboven) · "
                 "? geen realisatie bekend · · nog niet aan de orde. Afspraak en realisatie: de laatst bekende.")


@dataclass(frozen=True)
class MonitorRapport(Rapport):
    ondertitel: str = ""
    kop_rechts: str = "Terugblik over de jaren"
    bladen: tuple[tuple[str, str], ...] = BLADEN


def onderwerp(code: str) -> str:
    """The Dutch label of a code, as a table heading: 'Sociale huurwoningen opgeleverd'."""
    c = codes.ALLE_CODES.get(code)
    return c.omschrijving if c else code


def _status_cel(status: str) -> Cel:
    woord = STATUS_LABEL[status]
    return Cel(f"{STATUS_SYMBOOL[status]} {woord}", woord, "status")


def _jaren_tekst(jaren: list[int]) -> str:
    return opmaak.jaren(jaren)


def _trail(beloftes, eenheid: str) -> str:
    return " → ".join(f"{opmaak.waarde_in_eenheid(a.waarde, eenheid)} ({a.bodjaar})" for a in beloftes)


# ---- kern --------------------------------------------------------------------------------------------------


def _kern(m: Monitor, blokken_vraag) -> list[Blok]:
    telling = {s: sum(1 for b in m.belofte if b.status == s) for s in STATUS_LABEL}
    schuift = sorted({(v.code, v.jaar) for v in m.verschuivingen if v.richting == "schuift_op"})
    drift = [d for d in m.drift if d.drift]
    met_antwoord = [t for t in m.terugkerend if t.antwoord or t.afspraak]
    punten = [
        f"Afspraken tegen realisatie: {telling['achter']} keer achter, {telling['gerealiseerd']} keer gehaald, "
        f"{telling['niet_gerapporteerd']} keer geen realisatie bekend; {telling['nog_niet']} afspraken zijn nog niet "
        "aan de orde.",
        f"{len(schuift)} {'belofte schoof' if len(schuift) == 1 else 'beloftes schoven'} tussen twee bods de verkeerde "
        "kant op (5 eenheden of 1 procentpunt of meer)." if schuift else
        "Geen belofte schoof tussen twee bods de verkeerde kant op.",
        (f"Uit de eigen prognose van de corporatie berekend, schoof een kerncijfer in {len(drift)} "
         f"{'geval' if len(drift) == 1 else 'gevallen'} (een tak in een jaar) bij elk bod dichter naar de norm.")
        if drift else "Geen kerncijfer schoof in elke prognose dichter naar de norm.",
        f"{len(m.terugkerend)} vragen van dit jaar kwamen ook eerder op; bij {len(met_antwoord)} staat een antwoord "
        "of afspraak van eerder.",
    ]
    uit: list[Blok] = [
        Alinea(f"Deze terugblik legt de bods van {_jaren_tekst(m.bodjaren)} van {m.corporatie} aan gemeente "
               f"{m.gemeente} naast elkaar: wat de corporatie beloofde, wat is afgesproken en wat is gerealiseerd, "
               "hoe haar eigen prognose van de kerncijfers verschoof en welke vragen terugkomen."),
        Opsomming(tuple(punten), titel="In het kort"),
    ]
    if blokken_vraag:
        uit += [Alinea("Vragen over de jaren", "kop"), Vraagpunten(tuple(blokken_vraag), met_invulvakken=True)]
    else:
        uit.append(Alinea("Over de jaren zijn geen vragen gevonden: geen afspraak bleef twee jaar op rij achter, "
                          "geen belofte schoof twee bods op rij op en geen prognose schoof steeds naar de norm."))
    return uit


# ---- belofte en realisatie ---------------------------------------------------------------------------------


def _bod_kolommen(m: Monitor, maximum: int | None) -> list[int]:
    return m.bodjaren[-maximum:] if maximum else m.bodjaren


def belofte_tabel(m: Monitor, rijen_van: list[Belofte], maximum: int | None = MAX_BODS_IN_TABEL,
                  per_thema: bool = True, sleutel: str = "belofte_pdf") -> Tabel:
    bods = _bod_kolommen(m, maximum)
    kolommen = (Kolom("Onderwerp", "tekst", 2.6), Kolom("Jaar", "jaar", 0.55),
                *(Kolom(f"Bod {j}", "getal", 0.7) for j in bods), Kolom("Afspraak", "getal", 0.8),
                Kolom("Gerealiseerd", "getal", 0.9), Kolom("Status", "status", 1.5))
    rijen: list[tuple[Cel, ...]] = []
    groepen: list[int] = []
    kleuren: list[tuple[int, int, str]] = []
    thema = None
    for b in sorted(rijen_van, key=lambda b: (_thema_rang(b.code), codes.thema_van(b.code), 0)) if per_thema \
            else rijen_van:
        if per_thema and codes.thema_van(b.code) != thema:
            thema = codes.thema_van(b.code)
            groepen.append(len(rijen))
            rijen.append((cellen.tekst(codes.THEMA_LABEL.get(thema, thema or "Overig")),
                          *(cellen.LEEG for _ in kolommen[1:])))
        per_bod = {a.bodjaar: a.waarde for a in b.beloftes}
        if b.status in STATUS_KLEUR:
            kleuren.append((len(rijen), len(kolommen) - 1, STATUS_KLEUR[b.status]))
        rijen.append((cellen.tekst(onderwerp(b.code)), cellen.jaar(b.jaar),
                      *(cellen.in_eenheid(per_bod.get(j), b.eenheid) if j in per_bod else cellen.LEEG for j in bods),
                      cellen.in_eenheid(b.afspraak, b.eenheid) if b.afspraak is not None else cellen.LEEG,
                      cellen.in_eenheid(b.realisatie, b.eenheid) if b.realisatie is not None else cellen.LEEG,
                      _status_cel(b.status)))
    return Tabel(kolommen, tuple(rijen), titel="Belofte, afspraak en realisatie", voetnoot=STATUS_UITLEG,
                 sleutel=sleutel, groepsrijen=tuple(groepen), kleuren=tuple(kleuren))


def _thema_rang(code: str) -> int:
    t = codes.thema_van(code)
    return codes.THEMAS.index(t) if t in codes.THEMAS else len(codes.THEMAS)


def _stoplicht_cel(b: Belofte | None) -> Cel:
    """One year of one subject in the traffic-light table: symbol and word, then the figures."""
    if b is None or b.status == "geen_afspraak":
        return Cel("")
    e = b.eenheid
    maximum = codes.lager_is_beter(b.code)  # "300 van 320" would read as a shortfall of an upper bound
    if b.realisatie is not None:
        cijfers = (f"{opmaak.waarde_in_eenheid(b.realisatie, e)} (max. {opmaak.waarde_in_eenheid(b.afspraak, e)})"
                   if maximum else
                   f"{opmaak.waarde_in_eenheid(b.realisatie, e)} van {opmaak.waarde_in_eenheid(b.afspraak, e)}")
    else:
        cijfers = f"afspraak {'max. ' if maximum else ''}{opmaak.waarde_in_eenheid(b.afspraak, e)}"
    woord = STATUS_LABEL[b.status]
    return Cel(f"{STATUS_SYMBOOL[b.status]} {woord}\n{cijfers}", woord, "status")


def stoplicht_tabel(m: Monitor, lijst: list[Belofte]) -> Tabel:
    """Per subject (grouped by thema) a row, per year a column: the status of the afspraak in that year."""
    jaren = sorted({b.jaar for b in lijst})
    per = {(b.code, b.jaar): b for b in lijst}
    volgorde = list(dict.fromkeys(b.code for b in sorted(lijst, key=lambda b: _thema_rang(b.code))))
    kolommen = (Kolom("Onderwerp", "tekst", 2.4), *(Kolom(str(j), "status", 1.05) for j in jaren))
    rijen: list[tuple[Cel, ...]] = []
    groepen: list[int] = []
    kleuren: list[tuple[int, int, str]] = []
    thema = None
    for code in volgorde:
        if codes.thema_van(code) != thema:
            thema = codes.thema_van(code)
            groepen.append(len(rijen))
            rijen.append((cellen.tekst(codes.THEMA_LABEL.get(thema, thema or "Overig")),
                          *(cellen.LEEG for _ in jaren)))
        for k, j in enumerate(jaren, start=1):
            b = per.get((code, j))
            if b is not None and b.status in STATUS_KLEUR:
                kleuren.append((len(rijen), k, STATUS_KLEUR[b.status]))
        rijen.append((cellen.tekst(onderwerp(code)), *(_stoplicht_cel(per.get((code, j))) for j in jaren)))
    return Tabel(kolommen, tuple(rijen), titel="Afspraak en realisatie per jaar", voetnoot=STATUS_UITLEG,
                 sleutel="stoplicht", groepsrijen=tuple(groepen), kleuren=tuple(kleuren))


def _belofte(m: Monitor) -> list[Blok]:
    met_afspraak = [b for b in m.belofte if b.status != "geen_afspraak"]
    uit: list[Blok] = [Alinea(
        "Per onderwerp en jaar: de laatst bekende afspraak tegen de laatst bekende realisatie ('26 van 30': 26 "
        "gerealiseerd, 30 afgesproken; '300 (max. 320)': een afgesproken maximum). Kleur, teken en woord zeggen hetzelfde; de tabel is ook in zwart-wit "
        "leesbaar. Wat elk bod per jaar beloofde, staat in het volgende hoofdstuk en in de Excel-export.")]
    if met_afspraak:
        uit.append(stoplicht_tabel(m, met_afspraak))
    else:
        uit.append(Alinea("In deze beoordelingen staan geen afspraken (blad Afspraken): er is niets af te zetten "
                          "tegen de realisatie."))
    return uit


# ---- verschuivingen ----------------------------------------------------------------------------------------


def belofte_grafiek(m: Monitor, code: str) -> Grafiek:
    rijen = [b for b in m.belofte if b.code == code]
    eenheid = rijen[0].eenheid
    bods = _bod_kolommen(m, MAX_BODS_IN_TABEL)
    reeksen = [Reeks("gerealiseerd", tuple((b.jaar, b.realisatie) for b in rijen if b.realisatie is not None),
                     soort="staaf")] if any(b.realisatie is not None for b in rijen) else []
    for j in bods:
        punten = tuple((b.jaar, a.waarde) for b in rijen for a in b.beloftes if a.bodjaar == j)
        if punten:
            reeksen.append(Reeks(f"bod {j}", punten))
    return Grafiek(onderwerp(code), tuple(reeksen), notatie="procent" if eenheid == "%" else "getal",
                   y_titel="per jaar", half=True,
                   onderschrift="Per jaar: de belofte in elk bod (lijnen) en wat is gerealiseerd (staven).")


def _verschuivingen(m: Monitor) -> list[Blok]:
    if not m.verschuivingen:
        return [Alinea("Geen belofte veranderde tussen twee bods met 5 eenheden of 1 procentpunt of meer.")]
    uit: list[Blok] = [Alinea(
        "Een belofte voor hetzelfde jaar kan van bod tot bod veranderen. Hier staan de veranderingen van 5 eenheden "
        "of 1 procentpunt of meer (dezelfde grens als in de beoordeling van elk jaar); 'verslechtert' betekent de "
        "verkeerde kant op: minder waar meer beter is, meer waar minder beter is.")]
    schuift = list(dict.fromkeys(v.code for v in m.verschuivingen if v.richting == "schuift_op"))
    uit += [belofte_grafiek(m, c) for c in schuift[:MAX_GRAFIEKEN]]
    uit.append(verschuiving_tabel(m.verschuivingen))
    return uit


def verschuiving_tabel(lijst: list[Verschuiving], sleutel: str = "verschuivingen_pdf") -> Tabel:
    kolommen = (Kolom("Onderwerp", "tekst", 2.6), Kolom("Jaar", "jaar", 0.55),
                Kolom("Belofte per bod (bodjaar)", "tekst", 3), Kolom("Richting", "status", 1))
    rijen = tuple((cellen.tekst(onderwerp(v.code)), cellen.jaar(v.jaar), cellen.tekst(_trail(v.beloftes, v.eenheid)),
                   cellen.tekst(RICHTING_LABEL[v.richting])) for v in lijst)
    return Tabel(kolommen, rijen, titel="Beloftes die veranderden", sleutel=sleutel)


# ---- prognose-drift ----------------------------------------------------------------------------------------


def grafiek_tak(m: Monitor) -> str:
    takken = {d.tak for d in m.drift}
    return next((t for t in ("DAEB", "TI", "niet-DAEB") if t in takken), "TI")


def _breuk_tekst(d: Drift) -> str:
    """The break named by the bod, as the chart's legend and the tables name the lines ("bod 2025"), with the
    prognosis edition behind it."""
    bod = next((r.bodjaar for r in d.ramingen if (r.prognose_editie or r.bodjaar) == d.breuk_vanaf), None)
    if bod is None:
        return f"andere definitie vanaf prognose {d.breuk_vanaf}"
    editie = next(r.prognose_editie for r in d.ramingen if r.bodjaar == bod)
    return f"andere definitie vanaf het bod van {bod}" + (f" (prognose {editie})" if editie not in (None, bod) else "")


def drift_grafiek(m: Monitor, ratio: str, tak: str) -> Grafiek | None:
    lijnen = [d for d in m.drift if d.ratio == ratio and d.tak == tak]
    if not lijnen:
        return None
    reeksen = []
    for j in _bod_kolommen(m, MAX_BODS_IN_TABEL):
        punten = tuple((d.jaar, r.waarde) for d in lijnen for r in d.ramingen if r.bodjaar == j)
        if punten:
            reeksen.append(Reeks(f"bod {j}", punten))
    norm = lijnen[0].norm
    breuken = sorted({d.breuk_vanaf for d in lijnen if d.breuk and d.breuk_vanaf is not None})
    onderschrift = (f"Let op: {_breuk_tekst(lijnen[0]) if len(breuken) == 1 else 'andere definitie in de reeks'} "
                    "(beleidswaarde of normenkader); de lijnen daarvoor zijn niet vergelijkbaar."
                    if breuken else "Elke lijn is de prognose bij het bod van dat jaar; de stippellijn is de norm.")
    return Grafiek(f"{opmaak.RATIO_LABEL[ratio]} ({TAK_LABEL[tak]})", tuple(reeksen),
                   notatie="ratio" if ratio == "icr" else "procent", norm=norm, richting=lijnen[0].richting,
                   norm_label="" if norm is None else f"norm {opmaak.ratio_waarde(ratio, norm)}", half=True,
                   onderschrift=onderschrift)


def drift_tabel(lijst: list[Drift], sleutel: str = "drift_pdf") -> Tabel:
    kolommen = (Kolom("Kerncijfer", "tekst", 1.6), Kolom("Jaar", "jaar", 0.55),
                Kolom("Raming per prognose (bodjaar)", "tekst", 3.2), Kolom("Norm", "tekst", 0.9),
                Kolom("Verloop", "status", 1.8))
    rijen = tuple((
        cellen.tekst(f"{opmaak.RATIO_LABEL[d.ratio]} ({TAK_LABEL[d.tak]})"), cellen.jaar(d.jaar),
        cellen.tekst(" → ".join(f"{opmaak.ratio_waarde(d.ratio, r.waarde)} ({r.bodjaar})" for r in d.ramingen)),
        cellen.tekst("" if d.norm is None else f"{'≥' if d.richting == 'minimaal' else '≤'} "
                     f"{opmaak.ratio_waarde(d.ratio, d.norm)}"),
        cellen.tekst("schuift naar de norm" if d.drift else _breuk_tekst(d) if d.breuk else "geen drift"))
        for d in lijst)
    return Tabel(kolommen, rijen, titel="Prognoses die naar de norm schuiven", sleutel=sleutel)


def _drift(m: Monitor) -> list[Blok]:
    tak = grafiek_tak(m)
    uit: list[Blok] = [Alinea(
        "Elk jaar maakt de corporatie een nieuwe prognose. Per kerncijfer staat hier wat elke prognose voor de "
        f"komende jaren verwachtte ({TAK_LABEL[tak]}). De ICR is over alle prognoses vergelijkbaar; LTV en "
        "solvabiliteit alleen bij dezelfde versie van de beleidswaarde en hetzelfde normenkader: een andere "
        "definitie is een breuk in de lijn, geen verschuiving.")]
    uit += [g for g in (drift_grafiek(m, r, tak) for r in GRAFIEK_RATIOS) if g is not None]
    drift = [d for d in m.drift if d.drift]
    if drift:
        uit.append(drift_tabel(drift))
    else:
        uit.append(Alinea("Geen kerncijfer schoof in elke prognose dichter naar de norm (ICR: samen minstens 0,05; "
                          "de andere: samen minstens 1 procentpunt)."))
    breuken = sorted({(d.ratio, d.breuk_vanaf) for d in m.drift if d.breuk and d.breuk_vanaf is not None},
                     key=lambda x: (GRAFIEK_RATIOS.index(x[0]) if x[0] in GRAFIEK_RATIOS else 9, x[1]))
    if breuken:
        uit.append(Alinea("Breuk in de lijn: " + "; ".join(
            f"{opmaak.RATIO_LABEL[r]}: andere definitie vanaf prognose {j}" for r, j in breuken)
            + ". Daar is geen verschuiving berekend over de breuk heen.", "klein"))
    return uit


# ---- terugkerende vragen ------------------------------------------------------------------------------------


def _eerste_zin(tekst: str, maximum: int = 95) -> str:
    """The first sentence (a full stop or question mark before a capital), else the text cut at a word."""
    eind = re.search(r"[.?](?=\s+[A-Z‘'])", tekst)
    if eind and eind.end() <= maximum:
        return tekst[:eind.end()]
    return tekst if len(tekst) <= maximum else tekst[:maximum].rsplit(" ", 1)[0] + " …"


def wanneer_tekst(bodjaar: int | None, laatste: int) -> str:
    """'Vorig jaar' for the bod just before the latest, else 'Bij het bod van 2024'."""
    return "Vorig jaar" if bodjaar == laatste - 1 else f"Bij het bod van {bodjaar}"


def eerder_gesteld(t: Terugkerend) -> str:
    return f"eerder gesteld bij het bod van {_jaren_tekst(list(t.bodjaren))}"


def eerder_genoteerd(t: Terugkerend, laatste: int) -> list[tuple[str, str]]:
    """What was noted the last time this question came up, as (lead-in, quoted text): the answer, the afspraak.
    The report, the view Over de jaren and the Vraagpunten view say it in these words."""
    uit = []
    if t.antwoord:
        uit.append((f"{wanneer_tekst(t.antwoord_bodjaar, laatste)} antwoordde u", t.antwoord))
    if t.afspraak:
        uit.append((f"{wanneer_tekst(t.afspraak_bodjaar, laatste)} werd afgesproken", t.afspraak))
    return uit


def _terugkerend(m: Monitor) -> list[Blok]:
    if not m.terugkerend:
        return [Alinea("Geen vraag van dit jaar kwam ook in een eerder jaar op.")]
    laatste = m.bodjaren[-1]
    met = [t for t in m.terugkerend if t.antwoord or t.afspraak]
    zonder = [t for t in m.terugkerend if not (t.antwoord or t.afspraak)]
    uit: list[Blok] = [Alinea(
        f"{len(m.terugkerend)} vragen van het bod van {laatste} kwamen ook bij een eerder bod op. Waar u toen een "
        "antwoord of afspraak noteerde, staat die erbij.")]
    for t in met:
        regels = [t.vraag, *(f"{kop}: ‘{tekst}’" for kop, tekst in eerder_genoteerd(t, laatste))]
        uit.append(Opsomming(tuple(regels), titel=f"{t.label} · {eerder_gesteld(t)}"))
    if zonder:  # a long list: its caption as text, so the table may start on this page and run on
        uit += [Alinea("Ook eerder gesteld, zonder antwoord of afspraak van toen:"),
                terugkerend_tabel(zonder, "", kort=True)]
    return uit


def terugkerend_tabel(lijst: list[Terugkerend], titel: str, kort: bool = False,
                      sleutel: str = "terugkerend_pdf") -> Tabel:
    kolommen = (Kolom("Vraagpunt", "tekst", 1.05), Kolom("Vraag", "tekst", 6.0 if kort else 6),
                Kolom("Eerder bij het bod van", "tekst", 1.2),
                *(() if kort else (Kolom("Antwoord toen", "tekst", 3), Kolom("Afspraak toen", "tekst", 3))))
    rijen = tuple((cellen.tekst(t.label), cellen.tekst(_eerste_zin(t.vraag) if kort else t.vraag),
                   cellen.tekst(_jaren_tekst(list(t.bodjaren))),
                   *(() if kort else (cellen.tekst(t.antwoord), cellen.tekst(t.afspraak)))) for t in lijst)
    return Tabel(kolommen, rijen, titel=titel, sleutel=sleutel)


# ---- the short chapter in the year's beoordelingsrapport ---------------------------------------------------


def kort(m: Monitor, wederhoor: bool = False) -> tuple[Blok, ...]:
    """The chapter "Over de jaren" of the beoordelingsrapport when earlier years are linked (monitor.md): the
    traffic-light table, the questions over the years and the returning questions with earlier answers. For
    wederhoor without the answers and afspraken noted at the table (as the rest of that version)."""
    met_afspraak = [b for b in m.belofte if b.status != "geen_afspraak"]
    laatste = m.bodjaren[-1]
    uit: list[Blok] = [Alinea(
        f"Dit bod naast de gekoppelde bods van {_jaren_tekst(m.bodjaren[:-1])}: afspraak tegen realisatie per jaar, "
        "de vragen over de jaren en de vragen die terugkomen. De volledige terugblik, met de verschuivingen en de "
        "prognoses van de kerncijfers, staat in het scherm Over de jaren en in het rapport Terugblik over de jaren.")]
    if met_afspraak:
        uit.append(stoplicht_tabel(m, met_afspraak))
    if m.vraagpunten:
        uit.append(Opsomming(tuple(v.vraag for v in m.vraagpunten), titel="Vragen over de jaren"))
    if wederhoor:
        if m.terugkerend:
            uit.append(Alinea(f"{len(m.terugkerend)} vragen van dit jaar kwamen ook bij een eerder bod op.", "klein"))
        return tuple(uit)
    met = [t for t in m.terugkerend if t.antwoord or t.afspraak]
    regels = []
    for t in met:
        tekst = f"{t.label} (ook bij het bod van {_jaren_tekst(list(t.bodjaren))})"
        if t.antwoord:
            tekst += f" · {wanneer_tekst(t.antwoord_bodjaar, laatste)} antwoordde u: ‘{t.antwoord}’"
        if t.afspraak:
            tekst += f" · {wanneer_tekst(t.afspraak_bodjaar, laatste)} werd afgesproken: ‘{t.afspraak}’"
        regels.append(tekst)
    if regels:
        uit.append(Opsomming(tuple(regels), titel="Vragen die terugkomen, met het antwoord van toen"))
    zonder = len(m.terugkerend) - len(met)
    if zonder:
        uit.append(Alinea(f"Nog {zonder} vragen van dit jaar kwamen ook eerder op, zonder genoteerd antwoord.", "klein"))
    return tuple(uit)


# ---- Excel: the long table and the views with all bods --------------------------------------------------


def _lange_tabel(m: Monitor) -> Tabel:
    from bodcheck.monitor.tabel import lange_tabel  # pandas: only when the Excel file is made

    df = lange_tabel(m.jaargangen)
    kolommen = (Kolom("Bodjaar", "jaar", 0.6), Kolom("Bron", "tekst", 0.8), Kolom("Code", "tekst", 1.6),
                Kolom("Onderwerp", "tekst", 3), Kolom("Jaar", "jaar", 0.5), Kolom("Van", "jaar", 0.5),
                Kolom("Tot", "jaar", 0.5), Kolom("Waarde", "getal", 0.9), Kolom("Eenheid", "tekst", 0.7),
                Kolom("Cel", "tekst", 2), Kolom("Herkomst", "tekst", 1))

    def jaar(x) -> Cel:
        return cellen.jaar(None if x is None else int(x))

    def jaren(k: str):
        return df[k].astype(object).where(df[k].notna(), None)  # pandas' NA → None (an empty cell)

    rijen = tuple((cellen.jaar(int(b)), cellen.tekst(BRON_LABEL[str(bron)]), cellen.tekst(str(code)),
                   cellen.tekst(onderwerp(str(code))), jaar(j), jaar(van), jaar(tot),
                   cellen.in_eenheid(float(w), str(e)), cellen.tekst(str(e)), cellen.tekst(str(cel)),
                   cellen.tekst(HERKOMST_LABEL[str(h)]))
                  for b, bron, code, j, van, tot, w, e, cel, h in zip(
                      df["bodjaar"], df["bron"], df["code"], jaren("jaar"), jaren("van_jaar"), jaren("tot_jaar"),
                      df["waarde"], df["eenheid"], df["cel"], df["herkomst"], strict=True))
    return Tabel(kolommen, rijen, titel="Alle waarden van alle jaren (voor eigen draaitabellen)", sleutel="tabel")


def _drift_export(m: Monitor) -> Tabel:
    kolommen = (Kolom("Kerncijfer", "tekst", 1.2), Kolom("Tak", "tekst", 0.8), Kolom("Jaar", "jaar", 0.5),
                *(Kolom(f"Prognose bij bod {j}", "ratio", 0.9) for j in m.bodjaren),
                Kolom("Norm", "ratio", 0.6), Kolom("Breuk", "tekst", 2), Kolom("Schuift naar de norm", "tekst", 0.9))
    rijen = []
    for d in m.drift:
        per = {r.bodjaar: r.waarde for r in d.ramingen}
        rijen.append((cellen.tekst(opmaak.RATIO_LABEL[d.ratio]), cellen.tekst(d.tak), cellen.jaar(d.jaar),
                      *(cellen.ratio_waarde(d.ratio, per.get(j)) if j in per else cellen.LEEG for j in m.bodjaren),
                      cellen.ratio_waarde(d.ratio, d.norm) if d.norm is not None else cellen.LEEG,
                      cellen.tekst(_breuk_tekst(d) if d.breuk else ""), cellen.tekst("ja" if d.drift else "nee")))
    return Tabel(kolommen, tuple(rijen), titel="Prognose-drift per kerncijfer, tak en jaar", sleutel="drift")


def _meldingen(meldingen: list[Melding]) -> Tabel:
    return Tabel((Kolom("Soort", "tekst", 1), Kolom("Bestand", "tekst", 2), Kolom("Melding", "tekst", 6)),
                 tuple((cellen.tekst(SOORT_LABEL.get(x.soort, x.soort)), cellen.tekst(x.bestand or ""),
                        cellen.tekst(x.tekst)) for x in meldingen), titel="Meldingen", sleutel="meldingen")


# ---- the whole report ----------------------------------------------------------------------------------------


def opbouw(m: Monitor, auteur: str | None = None, met_export: bool = False) -> MonitorRapport:
    """The report as data; `met_export` adds the Excel tables (the long table needs pandas)."""
    blokken = overleg.nummeren(m.vraagpunten, m.perspectief, None, wederhoor=False)
    alle = [*blokken[0], *blokken[1]]
    bodjaren = _jaren_tekst(m.bodjaren)
    hoofdstukken = (
        Hoofdstuk("voorblad", "Voorblad", (), None, nieuwe_pagina=False),
        Hoofdstuk("kern", "Kern: wat de jaren laten zien", tuple(_kern(m, alle)), 1),
        Hoofdstuk("belofte", "Belofte en realisatie", tuple(_belofte(m)), 2),
        Hoofdstuk("verschuivingen", "Beloftes die verschuiven", tuple(_verschuivingen(m)), 3, nieuwe_pagina=False),
        Hoofdstuk("drift", "De prognose van de kerncijfers over de jaren", tuple(_drift(m)), 4),
        Hoofdstuk("terugkerend", "Vragen die terugkomen", tuple(_terugkerend(m)), 5, nieuwe_pagina=False),
    )
    export = {} if not met_export else {
        "tabel": _lange_tabel(m),
        "belofte": belofte_tabel(m, m.belofte, maximum=None, per_thema=False, sleutel="belofte"),
        "verschuivingen": verschuiving_tabel(m.verschuivingen, sleutel="verschuivingen"),
        "drift": _drift_export(m),
        "terugkerend": terugkerend_tabel(m.terugkerend, "Vragen die terugkomen", sleutel="terugkerend"),
        "vraagpunten": _export_vraagpunten(alle),
        "meldingen": _meldingen(m.meldingen),
    }
    voorblad = (("Corporatie", m.corporatie), ("Gemeente", m.gemeente), ("Bods", bodjaren),
                ("Bestanden", ", ".join(j.naam for j in m.jaargangen)),
                ("Datum", opmaak.datum_lang(m.peildatum)),
                *((("Opgesteld door", auteur),) if auteur else ()))
    return MonitorRapport(
        titel="Terugblik over de jaren", corporatie=m.corporatie, gemeente=m.gemeente, bodjaar=m.bodjaren[-1],
        peildatum=m.peildatum, versie=__version__, wederhoor=False, perspectief=m.perspectief,
        # "definitief" only when every assessment in the series is (finding 22); one concept makes it a concept
        definitief=bool(m.jaargangen) and all(j.resultaat.instellingen.definitief for j in m.jaargangen),
        voorblad=voorblad, hoofdstukken=hoofdstukken, disclaimer=DISCLAIMER,
        kopregel=" · ".join(x for x in (m.corporatie, m.gemeente, f"bods {bodjaren}") if x),
        onderwerp=f"Terugblik over de bods van {bodjaren} van {m.corporatie or 'de corporatie'} aan gemeente "
                  f"{m.gemeente or '–'}. {DISCLAIMER_KORT}",
        auteur=auteur or f"bodcheck {__version__}", export=export, vraagpunten=tuple(alle),
        ondertitel=f"{m.corporatie} · gemeente {m.gemeente} · bods {bodjaren}")


def pdf_bytes(m: Monitor, auteur: str | None = None) -> bytes:
    from bodcheck.rapport import pdf

    return pdf.maak(opbouw(m, auteur))


def excel_bytes(m: Monitor, auteur: str | None = None) -> bytes:
    from bodcheck.rapport import excel

    r = opbouw(m, auteur, met_export=True)  # every cell goes through bodcheck.veilig: no text becomes a formula
    return excel.maak(r, r.bladen)


# ---- the app's view Over de jaren ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scherm:
    """What the app's view *Over de jaren* shows, made from this report model off the GUI thread: the window
    only turns it into widgets. `eerder` holds, per note key of a returning question, what the Vraagpunten view
    shows beside this year's question."""

    inleiding: str
    waarschuwingen: tuple[str, ...]
    tabel: Tabel | None
    uitleg_tabel: str
    grafieken: tuple[Grafiek, ...]
    terugkerend: tuple[tuple[str, str, str, tuple[tuple[str, str], ...]], ...]  # label, eerder gesteld, vraag, notes
    eerder: dict[str, tuple[str, tuple[tuple[str, str], ...]]]  # sleutel -> (the earlier bodjaren, notes)


def scherm(m: Monitor) -> Scherm:
    laatste = m.bodjaren[-1]
    met_afspraak = [b for b in m.belofte if b.status != "geen_afspraak"]
    schuift = list(dict.fromkeys(v.code for v in m.verschuivingen if v.richting == "schuift_op"))
    tak = grafiek_tak(m)
    # the app draws the realisation as grey dots, not bars
    grafieken = [replace(belofte_grafiek(m, c), onderschrift="Per jaar: de belofte in elk bod (lijnen) en wat is "
                         "gerealiseerd (grijze punten).") for c in schuift[:MAX_GRAFIEKEN]]
    grafieken += [g for g in (drift_grafiek(m, r, tak) for r in GRAFIEK_RATIOS) if g is not None]
    # as in the report: first the questions with an answer or afspraak noted then, then the others
    volgorde = sorted(m.terugkerend, key=lambda t: not (t.antwoord or t.afspraak))
    terug = tuple((t.label, eerder_gesteld(t), t.vraag, tuple(eerder_genoteerd(t, laatste))) for t in volgorde)
    return Scherm(
        inleiding=(f"{m.corporatie} aan gemeente {m.gemeente}: de bods van {opmaak.jaren(m.bodjaren)} naast elkaar. "
                   "Afspraak tegen realisatie per jaar, beloftes die van bod tot bod veranderden, de eigen prognose "
                   "van de kerncijfers en de vragen die terugkomen."),
        waarschuwingen=tuple(x.tekst for x in m.meldingen if x.soort != "info"),
        tabel=stoplicht_tabel(m, met_afspraak) if met_afspraak else None,
        uitleg_tabel=STATUS_UITLEG if met_afspraak else "In deze beoordelingen staan geen afspraken.",
        grafieken=tuple(grafieken), terugkerend=terug,
        eerder={t.sleutel: (_jaren_tekst(list(t.bodjaren)), tuple(eerder_genoteerd(t, laatste)))
                for t in m.terugkerend})
