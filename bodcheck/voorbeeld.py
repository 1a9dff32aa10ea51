"""The bundled example (`bodcheck voorbeeld`): writes the fictional corporatie's bod workbook and the
gemeente's woonvisie workbook, assesses them, and writes the JSON, the PDF report and the Excel export.
The data lives in `voorbeeld_data` inside the package, so it works from an installed copy too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bodcheck import sjabloon, voorbeeld_11_data, voorbeeld_data

BOD = "bod-voorbeeld.xlsx"
MAP_11 = "invoerformat-1.1"
WOONVISIE = "woonvisie-voorbeeld.xlsx"
CONCEPT = "concept-prestatieafspraken.docx"
SJABLOON_VOLGEND_JAAR = "sjabloon-bod-2027.xlsx"
REEKS = "reeks-lindehof-aaberg"
# The example's own day: after the stukken went to the huurdersorganisatie (20-08-2026) and before the overleg
# (10-09-2026), so the report's date, its questions about the overleg and the timeline agree (review finding 12).
PEILDATUM = dt.date(2026, 9, 1)


def schrijf_werkboeken(map_: Path) -> tuple[Path, Path]:
    map_.mkdir(parents=True, exist_ok=True)
    bod = sjabloon.schrijf(map_ / BOD, voorbeeld_data.bod(), soort="bod")
    wv = sjabloon.schrijf(map_ / WOONVISIE, voorbeeld_data.woonvisie(), soort="woonvisie")
    return bod, wv


def beoordeel(map_: Path, peildatum: dt.date, perspectief: str = "gemeente"):
    """Write the workbooks into `map_` and assess them; returns the Resultaat."""
    from bodcheck import pipeline
    from bodcheck.model import Instellingen

    bod, wv = schrijf_werkboeken(map_)
    return pipeline.beoordeel(bod, wv, Instellingen(perspectief=perspectief), peildatum)


def schrijf_en_beoordeel(map_: Path, peildatum: dt.date) -> list[Path]:
    from bodcheck import beoordeling, pipeline
    from bodcheck.uitvoer import schrijf_uitvoer

    bod, wv = schrijf_werkboeken(map_)
    b, meldingen = beoordeling.nieuw(bod, wv)
    if any(m.soort == "fout" for m in meldingen):  # the example must always read cleanly: a bug, not user input
        raise RuntimeError("het voorbeeld is niet leesbaar: " + "; ".join(m.regel_tekst() for m in meldingen))
    b.notities = voorbeeld_data.notities_met_afspraken()
    resultaat = pipeline.beoordeel_invoer(b.invoer, b.instellingen, peildatum, b.meldingen)
    uit = schrijf_uitvoer(resultaat, rapport=str(map_ / "beoordelingsrapport.pdf"),
                          excel=str(map_ / "beoordeling.xlsx"), json_pad=str(map_ / "beoordeling.json"))
    afspraken = schrijf_afspraken(b, resultaat, map_, peildatum)
    opgeslagen = beoordeling.opslaan(b, map_ / "voorbeeld.bodcheck")
    return [bod, wv, *uit, *afspraken, opgeslagen, *schrijf_samen(map_, peildatum),
            *schrijf_terugblik(map_ / REEKS, b, peildatum),
            *voorbeeld_11_data.schrijf(map_ / MAP_11)]  # four small cases of invoerformat 1.1


def schrijf_afspraken(b, resultaat, map_: Path, peildatum: dt.date) -> list[Path]:
    """The concept prestatieafspraken and next year's bod template, beside the report."""
    from bodcheck.afspraken import uitvoer

    geschreven, _ = uitvoer.schrijf(b, resultaat, peildatum, docx=str(map_ / CONCEPT),
                                    sjabloon=str(map_ / SJABLOON_VOLGEND_JAAR))
    return geschreven


def schrijf_samen(map_: Path, peildatum: dt.date) -> list[Path]:
    """The second example: three corporaties in Aaberg (map `gemeente-aaberg`) and the regio Aa-vallei
    (map `regio-aa-vallei`), each assessed together, with its JSON."""
    from bodcheck import samen, voorbeeld_regio_data
    from bodcheck.uitvoer import schrijf_samen_uitvoer

    gm = voorbeeld_regio_data.schrijf_gemeente_voorbeeld(map_ / "gemeente-aaberg")
    rg = voorbeeld_regio_data.schrijf_regio_voorbeeld(map_ / "regio-aa-vallei")
    uit = []
    for map_samen, naam, resultaat in ((gm, "gemeente", samen.beoordeel_gemeente(gm, None, peildatum)),
                                       (rg, "regio", samen.beoordeel_regio(rg, peildatum))):
        if resultaat.fouten:  # a bug in the example, not user input
            raise RuntimeError("voorbeeld niet leesbaar: " + "; ".join(m.regel_tekst() for m in resultaat.fouten))
        uit += schrijf_samen_uitvoer(resultaat, rapport=str(map_samen / f"rapport-{naam}.pdf"),
                                     excel=str(map_samen / f"export-{naam}.xlsx"),
                                     json_pad=str(map_samen / f"beoordeling-{naam}.json"))
    return uit


def schrijf_reeks(map_: Path, laatste) -> list[Path]:
    """The third example: the bods of 2024, 2025 and 2026 of De Lindehof to Aaberg as `.bodcheck` files with
    notes (monitor.md § Bundled example), for `bodcheck monitor`. `laatste` is the example's own assessment
    (the 2026 one, as it is). The earlier workbooks are written to a temporary folder and read back."""
    import dataclasses
    import tempfile

    from bodcheck import beoordeling, voorbeeld_reeks_data
    from bodcheck.afspraken.model import Afspraak
    from bodcheck.model import Notitie

    map_.mkdir(parents=True, exist_ok=True)
    uit = []
    with tempfile.TemporaryDirectory() as tijdelijk:
        for bodjaar in voorbeeld_reeks_data.BODJAREN[:-1]:
            bod = sjabloon.schrijf(Path(tijdelijk) / f"bod-{bodjaar}.xlsx", voorbeeld_reeks_data.bod(bodjaar), soort="bod")
            wv = sjabloon.schrijf(Path(tijdelijk) / WOONVISIE, voorbeeld_data.woonvisie(), soort="woonvisie")
            b, meldingen = beoordeling.nieuw(bod, wv)
            if any(m.soort == "fout" for m in meldingen):  # a bug in the example, not user input
                raise RuntimeError("de reeks is niet leesbaar: " + "; ".join(m.regel_tekst() for m in meldingen))
            gemaakt = voorbeeld_reeks_data.AFSPRAKEN.get(bodjaar, {})
            b.notities = {k: Notitie(antwoord=v["antwoord"], afspraak=v["afspraak"],
                                     afspraken=[Afspraak(**a) for a in gemaakt.get(k, [])])
                          for k, v in voorbeeld_reeks_data.NOTITIES.get(bodjaar, {}).items()}
            uit.append(beoordeling.opslaan(b, map_ / f"lindehof-aaberg-{bodjaar}.bodcheck"))
    laatste = dataclasses.replace(laatste)
    uit.append(beoordeling.opslaan(laatste, map_ / f"lindehof-aaberg-{voorbeeld_reeks_data.BODJAREN[-1]}.bodcheck"))
    return uit


def schrijf_terugblik(map_: Path, laatste, peildatum: dt.date) -> list[Path]:
    """The series and its terugblik (PDF and JSON) beside it, as `bodcheck monitor MAP --rapport --json` makes
    them (no Excel file in the folder: a workbook there would be read as one of the years)."""
    from bodcheck import monitor
    from bodcheck.monitor import json_uit
    from bodcheck.monitor import rapport as monitor_rapport
    from bodcheck.uitvoer import schrijf_alles

    reeks = schrijf_reeks(map_, laatste)
    m = monitor.maak([map_], peildatum)
    return [*reeks, *schrijf_alles([(map_ / "terugblik.pdf", lambda: monitor_rapport.pdf_bytes(m)),
                                    (map_ / "terugblik.json", lambda: json_uit.als_tekst(m).encode("utf-8"))])]
