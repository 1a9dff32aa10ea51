"""Several bods together: all corporaties in one gemeente, all gemeenten in one regio (regio issue).

    lees_map(map, woonvisie=None) -> ([BodBestand], Invoer | None, [Melding])
    beoordeel_gemeente(map, woonvisie=None, peildatum=None, instellingen=None) -> GemeenteResultaat
    beoordeel_regio(map, peildatum=None, instellingen=None) -> RegioResultaat
    als_dict(resultaat) / als_tekst(resultaat)   JSON, schema bodcheck/gemeente/1 or bodcheck/regio/1
    samenvatting(resultaat) -> str               short Dutch text for the terminal
    notities.laad / notities.bewaar              the user's notes on the joint vraagpunten, per folder

Each corporatie keeps its own assessment (pipeline.beoordeel_invoer with the woonvisie's targets); the
joint view adds the sum of the bods against each whole gemeente-wide target (vergelijking.vergelijk_doel
on the summed bods), each corporatie's share, the targets nobody addresses, and the rules S01–S03 (gemeente)
and R01, R03 (regio) in `regels`. A folder problem is a `fout` melding; then nothing is computed.
"""

from __future__ import annotations

from bodcheck.samen.beoordelen import beoordeel_gemeente, beoordeel_regio
from bodcheck.samen.lezen import lees_map
from bodcheck.samen.model import (
    Bijdrage,
    BodBestand,
    CorporatieDeel,
    GemeenteDeel,
    GemeenteResultaat,
    RegioDoel,
    RegioResultaat,
    SamenDoel,
)
from bodcheck.samen.uitvoer import als_dict, als_tekst, samenvatting

__all__ = [
    "Bijdrage", "BodBestand", "CorporatieDeel", "GemeenteDeel", "GemeenteResultaat", "RegioDoel", "RegioResultaat",
    "SamenDoel", "als_dict", "als_tekst", "beoordeel_gemeente", "beoordeel_regio", "lees_map", "samenvatting",
]
