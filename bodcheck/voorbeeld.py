"""The bundled example (`bodcheck voorbeeld`): writes the fictional corporatie's bod workbook and the
gemeente's woonvisie workbook, assesses them, and writes the JSON, the PDF report and the Excel export.
The data lives in `voorbeeld_data` inside the package, so it works from an installed copy too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bodcheck import sjabloon, voorbeeld_data

BOD = "bod-voorbeeld.xlsx"
WOONVISIE = "woonvisie-voorbeeld.xlsx"


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
    resultaat = pipeline.beoordeel_invoer(b.invoer, b.instellingen, peildatum, b.meldingen)
    uit = schrijf_uitvoer(resultaat, rapport=str(map_ / "beoordelingsrapport.pdf"),
                          excel=str(map_ / "beoordeling.xlsx"), json_pad=str(map_ / "beoordeling.json"))
    opgeslagen = beoordeling.opslaan(b, map_ / "voorbeeld.bodcheck")
    return [bod, wv, *uit, opgeslagen, *schrijf_samen(map_, peildatum)]


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
