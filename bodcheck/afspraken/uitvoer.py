"""The outputs of `bodcheck afspraken` (and the app's Afspraken view): the concept document, next year's bod
template, the gemeente's workbook with the new Gemeente rows, and the JSON — all or none.

    overzicht(b, resultaat) -> Overzicht                the afspraken of a saved assessment, checked
    doorgeschreven(b, resultaat) -> Doorgeschreven      next year's Afspraken and Gemeente rows
    sjabloon_vooraf(invoer, d) -> dict                  the pre-filled sheets of next year's template
    woonvisie_gegevens(invoer, d) -> dict               the gemeente's workbook as read, plus the new rows
    schrijf(b, resultaat, peildatum, docx=…, sjabloon=…, woonvisie=…, json_pad=…, auteur=…) -> [Path]

Amounts are written in the workbook's unit (`x € 1.000` by default), shares as fractions in percent cells.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bodcheck import codes
from bodcheck.afspraken import json_uitvoer
from bodcheck.afspraken.doorschrijven import Doorgeschreven, doorschrijven
from bodcheck.afspraken.verzamelen import Overzicht, verzamel
from bodcheck.model import Invoer, Melding

WOONVISIE_ALGEMEEN = ("formaatversie", "gemeente", "eenheid", "sociale_voorraad_gemeente", "woningen_gemeente",
                      "woonzorgvisie_datum", "opgesteld_door", "datum_opgesteld")


def overzicht(b: Any, resultaat: Any) -> Overzicht:
    return verzamel(b.notities, b.afspraken, resultaat)


def doorgeschreven(b: Any, resultaat: Any, ov: Overzicht | None = None) -> Doorgeschreven:
    ov = ov or overzicht(b, resultaat)
    bodjaar = resultaat.invoer.bodjaar or 0
    return doorschrijven(resultaat.invoer.afspraken, [r.afspraak for r in ov.regels], bodjaar)


def _factor(invoer: Invoer) -> float:
    return codes.factor_bedragen(invoer.eenheid_bedragen)


def _in_werkboek(x: float | None, eenheid: str, factor: float) -> float | None:
    """Model units (euros) to the workbook's unit: only `bedrag` is scaled."""
    if x is None:
        return None
    return x / factor if eenheid == "bedrag" else x


def _eenheid(code: str, d: Doorgeschreven) -> str:
    c = codes.ALLE_CODES.get(code)
    return c.eenheid if c else d.eenheden.get(code, "aantal")


def sjabloon_vooraf(invoer: Invoer, d: Doorgeschreven) -> dict[str, Any]:
    factor = _factor(invoer)
    bodjaar = (invoer.bodjaar or 0) + 1
    jaren = d.jaren or list(range(bodjaar - 1, bodjaar + 2))
    regels = {code: [_in_werkboek(per_jaar.get(j), _eenheid(code, d), factor) for j in jaren]
              for code, per_jaar in d.regels.items()}
    algemeen = {"corporatie": invoer.corporatie or None, "gemeente": invoer.gemeente or None, "bodjaar": bodjaar,
                "eenheid": invoer.eenheid_bedragen, "huurdersorganisatie": invoer.veld("huurdersorganisatie"),
                "l_nummer": invoer.veld("l_nummer")}
    return {"Algemeen": {k: v for k, v in algemeen.items() if v is not None},
            "Afspraken": {"jaren": jaren, "regels": regels, "toelichting": dict(d.toelichting),
                          "eenheden": dict(d.eenheden), "themas": dict(d.themas)}}


def woonvisie_gegevens(invoer: Invoer, d: Doorgeschreven) -> dict[str, Any]:
    factor = _factor(invoer)
    algemeen = {k: invoer.veld(k) for k in WOONVISIE_ALGEMEEN if invoer.veld(k) is not None}
    algemeen.setdefault("eenheid", invoer.eenheid_bedragen)
    doelen = [{"code": x.code, "omschrijving": x.omschrijving, "soort": x.soort,
               "waarde": _in_werkboek(x.waarde, x.eenheid, factor), "eenheid": x.eenheid, "van_jaar": x.van_jaar,
               "tot_jaar": x.tot_jaar, "per": x.per, "aandeel_corporatie": x.aandeel_corporatie, "niveau": x.niveau,
               "kern": x.kern, "prioriteit": x.prioriteit, "bron": x.bron_woonvisie,
               "thema": x.thema if x.code not in codes.ALLE_CODES else None}
              for x in invoer.woonvisie or []]
    gemeente = [{"thema": t.thema, "tegenprestatie": t.tegenprestatie, "jaar": t.jaar,
                 "kwantitatief": _in_werkboek(t.kwantitatief, t.eenheid or "", factor), "eenheid": t.eenheid,
                 "status": t.status} for t in [*(invoer.gemeente_levert or []), *d.gemeente]]
    return {"Algemeen": algemeen, "Woonvisie": doelen, "Gemeente": gemeente}


Taak = tuple[Path, Callable[[], bytes]]


def taken(b: Any, resultaat: Any, peildatum: dt.date, docx: str | None = None, sjabloon: str | None = None,
          woonvisie: str | None = None, json_pad: str | None = None,
          auteur: str = "") -> tuple[list[Taak], Callable[[], str], list[Melding]]:
    """What to write: (path, maker of its bytes) per file, the JSON text maker, and the meldingen."""
    from bodcheck import sjabloon as sjabloon_mod

    ov = overzicht(b, resultaat)
    d = doorgeschreven(b, resultaat, ov)
    invoer = resultaat.invoer
    meldingen = list(d.meldingen)

    def json_tekst() -> str:
        return json_uitvoer.als_tekst(ov, invoer.corporatie, invoer.gemeente, meldingen)

    uit: list[Taak] = []
    if docx:
        from bodcheck.afspraken import concept  # python-docx only when a document is asked for

        uit.append((Path(docx), lambda: concept.als_bytes(concept.Stukken(invoer, ov, peildatum, auteur))))
    if sjabloon:
        uit.append((Path(sjabloon), lambda: sjabloon_mod.als_bytes(
            soort="bod", bodjaar=(invoer.bodjaar or peildatum.year) + 1, vooraf=sjabloon_vooraf(invoer, d))))
    if woonvisie:
        uit.append((Path(woonvisie), lambda: sjabloon_mod.als_bytes(woonvisie_gegevens(invoer, d),
                                                                    soort="woonvisie")))
    if json_pad and json_pad != "-":
        uit.append((Path(json_pad), lambda: json_tekst().encode("utf-8")))
    return uit, json_tekst, meldingen


def schrijf(b: Any, resultaat: Any, peildatum: dt.date, docx: str | None = None, sjabloon: str | None = None,
            woonvisie: str | None = None, json_pad: str | None = None, auteur: str = "",
            stdout: Any = None) -> tuple[list[Path], list[Melding]]:
    """All outputs or none (bodcheck.uitvoer.schrijf_alles); a problem with a location is a UitvoerFout."""
    from bodcheck.uitvoer import schrijf_alles

    lijst, json_tekst, meldingen = taken(b, resultaat, peildatum, docx, sjabloon, woonvisie, json_pad, auteur)
    geschreven = schrijf_alles(lijst)
    if json_pad == "-":
        (stdout or sys.stdout).write(json_tekst())
    return geschreven, meldingen
