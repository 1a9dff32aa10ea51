"""A new year from last year ("Nieuw jaar starten…", issue 19): next year's assessment starts from what was
agreed at the table.

    start(vorig_pad, bod_pad, peildatum) -> (Beoordeling, [Melding])      raises NieuwJaarFout

Reads the saved assessment `vorig_pad` (the file on disk, so the link's sha256 is of exactly what was carried)
and the new year's bod workbook, or without one (`bod_pad` None) starts the empty assessment of the next bodjaar
to fill in (bodcheck.invullen: the template's rows and years), and makes the new assessment:
- its `Afspraken` are carried forward by the one function of afspraken.md (bodcheck.afspraken.doorschrijven):
  the running jaarschijven (years ≥ last bodjaar) of the Afspraken rows, merged with the indicator afspraken
  recorded in the `.bodcheck`. The rows are the new workbook's Afspraken sheet where it has one (the later
  workbook), completed with last year's rows it lacks; where a row differs from what the `.bodcheck` records,
  the record wins and the difference is a melding;
- afspraken with `wie` = gemeente become the gemeente's tegenprestaties (status toegezegd), next to the
  tegenprestaties it already had;
- the woonvisie comes with last year's assessment when the new workbook has none (the gemeente's workbook
  does not change with the bod);
- last year's assessment is linked as a previous year (path and sha256), in front of the years it linked
  itself, so the view Over de jaren is filled next year.
A workbook that cannot be read gives its meldingen (with a `fout`) and nothing is carried; another corporatie
or gemeente, or a bodjaar that is not later, is a NieuwJaarFout naming both files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from bodcheck import beoordeling, codes, namen, opmaak, pipeline
from bodcheck.afspraken.doorschrijven import Doorgeschreven, doorschrijven
from bodcheck.afspraken.uitvoer import overzicht
from bodcheck.model import Bron, Invoer, JaarBlad, Melding, Regel, Tegenprestatie, Waarde

# the gemeente's own Algemeen values that a woonvisie workbook brings (as bodcheck.inlezen takes them over)
WOONVISIE_VELDEN = ("sociale_voorraad_gemeente", "woningen_gemeente", "woonzorgvisie_datum", *codes.IBW_VELDEN)


class NieuwJaarFout(Exception):
    """The new year cannot start from this assessment and workbook; each line is Dutch and names the files."""

    def __init__(self, regels: list[str]):
        super().__init__("\n".join(regels))
        self.regels = regels


def lopende_rijen(nieuw: JaarBlad | None, vorig: JaarBlad | None) -> JaarBlad | None:
    """The Afspraken rows to carry: the new workbook's sheet (the later one), with last year's values for the
    codes and years it does not have."""
    if nieuw is None or vorig is None:
        return nieuw or vorig
    regels = {code: dataclasses.replace(r, waarden=dict(r.waarden)) for code, r in nieuw.regels.items()}
    for code, r in vorig.regels.items():
        if code not in regels:
            regels[code] = dataclasses.replace(r, waarden=dict(r.waarden))
            continue
        for jaar, w in r.waarden.items():
            regels[code].waarden.setdefault(jaar, w)
    jaren = sorted({*nieuw.jaren, *vorig.jaren})
    return JaarBlad(nieuw.naam, jaren, regels)


def afspraken_blad(d: Doorgeschreven, lopend: JaarBlad | None, herkomst: str,
                   leeg: JaarBlad | None = None) -> JaarBlad | None:
    """The carried Afspraken as a year sheet of the model. A value still as its row had it keeps that cell; a
    value from the `.bodcheck` record names that file (`[2026.bodcheck]Afspraken`). `leeg`: the empty sheet of an
    assessment to fill in; its other rows and years stay, to be typed in."""
    if not d.regels:
        return leeg
    uit = JaarBlad("Afspraken", sorted({*d.jaren, *(leeg.jaren if leeg is not None else [])}))
    for code, per_jaar in d.regels.items():
        oud = lopend.regels.get(code) if lopend is not None else None
        c = codes.ALLE_CODES.get(code)
        waarden = {}
        for jaar, getal in sorted(per_jaar.items()):
            w = oud.waarden.get(jaar) if oud is not None else None
            zelfde = w is not None and w.getal is not None and abs(w.getal - getal) <= 1e-9
            waarden[jaar] = w if zelfde and w is not None else Waarde(getal, Bron("Afspraken", "", herkomst))
        toelichting = " ".join(t for t in ((oud.toelichting if oud is not None else None), d.toelichting.get(code))
                               if t) or None
        uit.regels[code] = Regel(
            code, c.omschrijving if c else (oud.omschrijving if oud is not None else code),
            c.eenheid if c else d.eenheden.get(code, oud.eenheid if oud is not None else "aantal"),
            c.thema if c else d.themas.get(code, oud.thema if oud is not None else ""),
            waarden, toelichting, oud.bron if oud is not None else Bron("Afspraken", "", herkomst),
            bekend=c is not None, richting=oud.richting if oud is not None else None)
    for code, r in (leeg.regels.items() if leeg is not None else ()):
        uit.regels.setdefault(code, r)
    return uit


def _neem_woonvisie_over(nieuw: Invoer, vorig: Invoer) -> bool:
    if nieuw.woonvisie is not None or vorig.woonvisie is None:
        return False
    nieuw.woonvisie = list(vorig.woonvisie)
    nieuw.woonvisie_algemeen = dict(vorig.woonvisie_algemeen)
    for code in WOONVISIE_VELDEN:
        if code not in nieuw.algemeen and code in vorig.woonvisie_algemeen:
            nieuw.algemeen[code] = vorig.woonvisie_algemeen[code]
    if "woonvisie" in vorig.bestanden:
        nieuw.bestanden["woonvisie"] = vorig.bestanden["woonvisie"]
    return True


def _tegenprestaties(nieuw: Invoer, vorig: Invoer, erbij: list[Tegenprestatie]) -> int:
    """The gemeente's tegenprestaties: the new workbook's, else last year's, with the new ones from the table
    (a row that is there already is not added twice). Returns how many were added."""
    lijst = list(nieuw.gemeente_levert if nieuw.gemeente_levert is not None else vorig.gemeente_levert or [])
    bekend = {(t.tegenprestatie.strip().casefold(), t.jaar) for t in lijst}
    nieuwe = [t for t in erbij if (t.tegenprestatie.strip().casefold(), t.jaar) not in bekend]
    if lijst or nieuwe:
        nieuw.gemeente_levert = lijst + nieuwe
    return len(nieuwe)


def _controleer(vorig: Invoer, nieuw: Invoer, vorig_naam: str, bod_naam: str) -> None:
    fouten = []
    for wat, a, b in (("corporatie", vorig.corporatie, nieuw.corporatie), ("gemeente", vorig.gemeente, nieuw.gemeente)):
        v = namen.vergelijk(b, a, wat) if a and b else None
        if a and b and (v is None or v.soort == "fout"):
            fouten.append(f"{bod_naam} gaat over {wat} {b}, {vorig_naam} over {wat} {a}; een nieuw jaar gaat over "
                          "dezelfde corporatie en gemeente")
    if nieuw.bodjaar is None:
        fouten.append(f"{bod_naam}: het bodjaar ontbreekt (Algemeen, bodjaar)")
    elif vorig.bodjaar is not None and nieuw.bodjaar <= vorig.bodjaar:
        fouten.append(f"{bod_naam} is het bod van {nieuw.bodjaar}; een nieuw jaar na {vorig_naam} (bod "
                      f"{vorig.bodjaar}) heeft een later bodjaar")
    if fouten:
        raise NieuwJaarFout(fouten)


def _leeg(vorig: Invoer) -> tuple[beoordeling.Beoordeling, list[Melding]]:
    """The empty assessment of the next bodjaar, for the same corporatie and gemeente, in the same unit."""
    from bodcheck import invullen

    if vorig.bodjaar is None:
        raise NieuwJaarFout(["het bodjaar van deze beoordeling ontbreekt (Algemeen, bodjaar)"])
    return invullen.nieuwe_beoordeling(vorig.corporatie, vorig.gemeente, vorig.bodjaar + 1, vorig.eenheid_bedragen)


def start(vorig_pad: str | Path, bod_pad: str | Path | None, peildatum: dt.date,
          voortgang: Callable[[int, int, str], None] | None = None) -> tuple[beoordeling.Beoordeling, list[Melding]]:
    vorig_pad = Path(vorig_pad)
    vorig = beoordeling.openen(vorig_pad)
    try:
        link = {"pad": str(vorig_pad.resolve()), "sha256": beoordeling._sha256(vorig_pad)}
    except OSError as e:
        raise NieuwJaarFout([f"{vorig_pad.name}: kan niet worden gelezen ({e.strerror or e})"]) from None
    b, meldingen = beoordeling.nieuw(bod_pad, None, voortgang) if bod_pad is not None else _leeg(vorig.invoer)
    b.instellingen = dataclasses.replace(vorig.instellingen, definitief=False)
    b.vorige_jaren = [link, *(x for x in vorig.vorige_jaren if x["pad"] != link["pad"])]
    if any(m.soort == "fout" for m in meldingen):
        return b, meldingen  # the Invoer view shows what is wrong; nothing is carried into an unusable workbook
    leeg = b.invoer.afspraken if bod_pad is None else None  # the empty sheet to fill in: no values to compare
    if bod_pad is not None:
        _controleer(vorig.invoer, b.invoer, vorig_pad.name, Path(bod_pad).name)
    bodjaar = vorig.invoer.bodjaar or 0
    r = pipeline.beoordeel_invoer(vorig.invoer, vorig.instellingen, min(peildatum, dt.date(bodjaar + 1, 1, 1)),
                                  vorig.meldingen)
    lopend = lopende_rijen(None if leeg is not None else b.invoer.afspraken, vorig.invoer.afspraken)
    d = doorschrijven(lopend, [x.afspraak for x in overzicht(vorig, r).regels], bodjaar)
    nieuw = b.invoer
    nieuw.afspraken = afspraken_blad(d, lopend, vorig_pad.name, leeg)
    woonvisie = _neem_woonvisie_over(nieuw, vorig.invoer)
    erbij = _tegenprestaties(nieuw, vorig.invoer, d.gemeente)
    extra = [dataclasses.replace(m, bestand=m.bestand or vorig_pad.name) for m in d.meldingen]
    met_jaren = [code for code, per_jaar in d.regels.items() if per_jaar]
    delen = [f"de afspraken per jaar over {len(met_jaren)} {'onderwerp' if len(met_jaren) == 1 else 'onderwerpen'} "
             f"voor {opmaak.jaren(d.jaren)}" if met_jaren else "geen afspraken per jaar"]
    if erbij:
        delen.append(f"{erbij} {'tegenprestatie' if erbij == 1 else 'tegenprestaties'} van de gemeente")
    if woonvisie:
        delen.append("de woonvisie")
    extra.append(Melding("info", f"Overgenomen uit {vorig_pad.name} (bod {bodjaar}): {', '.join(delen)}. Dat jaar "
                                 "is gekoppeld als vorig jaar.", bestand=vorig_pad.name))
    b.meldingen = [*b.meldingen, *extra]
    return b, [*meldingen, *extra]
