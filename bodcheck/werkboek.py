"""An assessment's figures as a filled bodcheck workbook (template, Formaatversie 1.1): *Bewaren als werkboek…*.
The gemeente sends it to the corporatie, which checks and completes the figures typed from its PDF; bodcheck
reads it back with the same values. No Qt.

    gegevens(invoer) -> dict         the sheets as bodcheck.sjabloon writes them (amounts in the workbook unit)
    schrijf(invoer, pad, invoer_paden=()) -> Path

The workbook is the empty template with these values in place (`sjabloon.werkboek(vooraf=…)`): every code row,
the Uitleg sheet and the data validation, so the corporatie can fill in what is still empty. Text goes through
the neutralising writer (bodcheck.veilig, inside bodcheck.sjabloon). It is written through bodcheck.uitvoer:
never over a workbook the assessment was read from, atomically (a temporary file beside it, then replaced).

Not written: the toelichting of the woonvisie workbook's own Algemeen (opgesteld door, dates) when the woonvisie
came from a separate workbook: the gemeente keeps that workbook.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bodcheck import codes
from bodcheck.model import Invoer, JaarBlad

JAARBLADEN = {**{naam: tak for naam, tak in codes.PROGNOSE_BLADEN.items()}, codes.BLAD_BOD: "bod",
              codes.BLAD_AFSPRAKEN: "afspraken", codes.BLAD_REALISATIE: "realisatie"}


def _in_werkboek(x: float | None, eenheid: str, factor: float) -> float | None:
    """A model value in the workbook's terms: amounts in the unit of Eenheid bedragen, the rest as it is
    (percentages stay fractions: the template formats their cells as a percentage)."""
    if x is None:
        return None
    return x / factor if eenheid == "bedrag" else x


def _algemeen(invoer: Invoer, factor: float) -> dict[str, Any]:
    uit: dict[str, Any] = {}
    for code, veld in invoer.algemeen.items():
        soort = codes.ALGEMEEN_PER_CODE[code].soort if code in codes.ALGEMEEN_PER_CODE else "tekst"
        w = veld.waarde
        if w is None:
            continue
        if code == "formaatversie":
            w = codes.FORMAATVERSIE  # what this writer writes
        elif soort == "bedrag" and isinstance(w, int | float) and not isinstance(w, bool):
            w = w / factor
        elif soort == "janee" and isinstance(w, bool):
            w = "ja" if w else "nee"
        uit[code] = w
    uit.setdefault("eenheid", invoer.eenheid_bedragen)
    return uit


def _jaarblad(blad: JaarBlad, factor: float) -> dict[str, Any]:
    perioden = sorted({(p.van_jaar, p.tot_jaar) for r in blad.regels.values() for p in r.perioden})
    jaren: list[Any] = [*blad.jaren, *(f"{van}-{tot}" for van, tot in perioden)]
    regels: dict[str, list[Any]] = {}
    for code, r in blad.regels.items():
        rij: list[Any] = [_in_werkboek(r.getal(j), r.eenheid, factor) if r.getal(j) is not None
                          else (r.waarden[j].tekst if j in r.waarden else None) for j in blad.jaren]
        per_periode = {(p.van_jaar, p.tot_jaar): p.waarde for p in r.perioden}
        for periode in perioden:
            w = per_periode.get(periode)
            rij.append(None if w is None else (_in_werkboek(w.getal, r.eenheid, factor) if w.getal is not None
                                               else w.tekst))
        regels[code] = rij
    eigen = {c: r for c, r in blad.regels.items() if not r.bekend}
    return {
        "jaren": jaren, "regels": regels,
        "toelichting": {c: r.toelichting for c, r in blad.regels.items() if r.toelichting},
        "richtingen": {c: r.richting for c, r in eigen.items() if r.richting},
        "eenheden": {c: r.eenheid for c, r in eigen.items()}, "themas": {c: r.thema for c, r in eigen.items()},
    }


def _woonvisie(invoer: Invoer, factor: float) -> list[dict[str, Any]]:
    rijen = []
    for d in invoer.woonvisie or []:
        rijen.append({
            "code": d.code, "omschrijving": d.omschrijving, "soort": d.soort,
            "waarde": _in_werkboek(d.waarde, d.eenheid, factor), "eenheid": d.eenheid, "van_jaar": d.van_jaar,
            "tot_jaar": d.tot_jaar, "per": d.per, "aandeel_corporatie": d.aandeel_corporatie, "niveau": d.niveau,
            "kern": d.kern, "prioriteit": d.prioriteit, "bron": d.bron_woonvisie,
            "thema": d.thema if d.code not in codes.ALLE_CODES else None, "richting": d.richting,
        })
    return rijen


def _toezeggingen(invoer: Invoer) -> list[dict[str, Any]]:
    return [{"thema": t.thema, "tekst": t.tekst, "jaar": t.jaar,
             "kwantitatief": None if t.kwantitatief is None else ("ja" if t.kwantitatief else "nee"),
             "indicator": t.indicator, "peildatum": t.peildatum, "eigenaar": t.eigenaar,
             "vraagt_van_gemeente": t.vraagt_van_gemeente} for t in invoer.toezeggingen or []]


def _gemeente(invoer: Invoer) -> list[dict[str, Any]]:
    return [{"thema": t.thema, "tegenprestatie": t.tegenprestatie, "jaar": t.jaar, "kwantitatief": t.kwantitatief,
             "eenheid": t.eenheid, "status": t.status} for t in invoer.gemeente_levert or []]


def _wijken(invoer: Invoer, factor: float) -> dict[str, Any]:
    jaren = sorted({j for w in invoer.wijken or [] for j in w.waarden})
    return {"jaren": jaren, "regels": [
        {"wijk": w.wijk, "code": w.code, "omschrijving": w.omschrijving, "toelichting": w.toelichting,
         "waarden": [_in_werkboek(w.getal(j), w.eenheid, factor) for j in jaren]} for w in invoer.wijken or []]}


def gegevens(invoer: Invoer) -> dict[str, Any]:
    """The sheets of `invoer` in the structure bodcheck.sjabloon writes (see its docstring)."""
    factor = codes.factor_bedragen(invoer.eenheid_bedragen)
    uit: dict[str, Any] = {codes.BLAD_ALGEMEEN: _algemeen(invoer, factor)}
    for naam, waar in JAARBLADEN.items():
        blad = invoer.prognoses.get(waar) if naam in codes.PROGNOSE_BLADEN else getattr(invoer, waar)
        if blad is not None:
            uit[naam] = _jaarblad(blad, factor)
    if invoer.woonvisie is not None:
        uit[codes.BLAD_WOONVISIE] = _woonvisie(invoer, factor)
    if invoer.toezeggingen is not None:
        uit[codes.BLAD_TOEZEGGINGEN] = _toezeggingen(invoer)
    if invoer.gemeente_levert is not None:
        uit[codes.BLAD_GEMEENTE] = _gemeente(invoer)
    if invoer.wijken is not None:
        uit[codes.BLAD_WIJKEN] = _wijken(invoer, factor)
    return uit


def schrijf(invoer: Invoer, pad: str | Path, invoer_paden: Iterable[str | Path | None] = ()) -> Path:
    """Write the filled workbook to `pad`; refuses (bodcheck.uitvoer.UitvoerFout, Dutch) a path that is one of
    `invoer_paden` (the workbooks the assessment was read from) or no place for a file."""
    from bodcheck import sjabloon, uitvoer

    pad = Path(pad)
    botsing = uitvoer.invoer_botsing(pad, [p for p in invoer_paden if p is not None])
    if botsing is not None:
        raise uitvoer.UitvoerFout([botsing])
    uitvoer.controleer([], [("werkboek", pad)])  # a folder, or a file where a folder belongs
    data = gegevens(invoer)
    soort = "volledig" if codes.BLAD_WOONVISIE in data or codes.BLAD_GEMEENTE in data else "bod"
    jaren = [j for b in (*invoer.prognoses.values(), invoer.bod) if b is not None for j in b.jaren]
    bodjaar = invoer.bodjaar if invoer.bodjaar is not None else min(jaren, default=2026)  # as sjabloon.schrijf
    return uitvoer.schrijf_alles([(pad, lambda: sjabloon.als_bytes(soort=soort, bodjaar=bodjaar, vooraf=data))])[0]
