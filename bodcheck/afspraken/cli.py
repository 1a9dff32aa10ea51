"""The command `bodcheck afspraken BEOORDELING.bodcheck [--docx D] [--sjabloon S] [--woonvisie-werkboek W]
[--json J|-] [--auteur T] [--peildatum D] [--overschrijf]` (uitvoer.md Revisions 2), kept out of cli.py so
that file only declares and dispatches it.

    voer_uit(args, peildatum) -> (regels, naar_stderr)     raises Fout (exit 2) with Dutch lines

Before anything is read: an output may not be the input nor another output (bodcheck.uitvoer.controleer),
must have its extension, and an existing file is kept unless --overschrijf. All outputs are written or none
(bodcheck.uitvoer.schrijf_alles).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from bodcheck.afspraken.toets import LETTER_KOP, LETTERS, SYMBOOL
from bodcheck.model import Melding

EXTENSIES = {"--docx": ".docx", "--sjabloon": ".xlsx", "--woonvisie-werkboek": ".xlsx", "--json": ".json"}


class Fout(Exception):
    def __init__(self, regels: list[str]):
        super().__init__("\n".join(regels))
        self.regels = regels


def controleer(bron: Path, uit: list[tuple[str, Path]], overschrijf: bool) -> None:
    """What this command adds to the shared checks (bodcheck.uitvoer.controleer): the input must be a saved
    assessment, each output its extension, and an existing file is kept unless --overschrijf (the gemeente
    may have edited last run's concept)."""
    regels = []
    if bron.suffix.lower() != ".bodcheck":
        regels.append(f"{bron.name}: geef een opgeslagen beoordeling (.bodcheck); bewaar de beoordeling eerst in "
                      "het programma")
    for optie, pad in uit:
        if optie != "--json" and pad.suffix.lower() != EXTENSIES[optie]:
            regels.append(f"{pad.name}: {optie} moet de extensie {EXTENSIES[optie]} hebben")
        elif os.path.lexists(pad) and not overschrijf and not pad.is_dir():
            regels.append(f"{pad}: bestaat al; geef --overschrijf om het te vervangen")
    if regels:
        raise Fout(regels)


def voer_uit(args: Any, peildatum: dt.date) -> tuple[list[Path], list[Melding], str | None]:
    """(written files, meldingen, the summary to print when no output was asked)."""
    from bodcheck import beoordeling, pipeline
    from bodcheck import uitvoer as gedeeld
    from bodcheck.afspraken import uitvoer

    bron = Path(args.beoordeling)
    uit = [(optie, Path(pad)) for optie, pad in (("--docx", args.docx), ("--sjabloon", args.sjabloon),
                                                 ("--woonvisie-werkboek", args.woonvisie_werkboek),
                                                 ("--json", args.json)) if pad and pad != "-"]
    try:
        gedeeld.controleer([("beoordeling", bron)], uit)
    except gedeeld.UitvoerFout as e:
        raise Fout(e.regels) from None
    controleer(bron, uit, args.overschrijf)
    try:
        b = beoordeling.openen(bron)
    except beoordeling.BeoordelingFout as e:
        raise Fout([str(e)]) from None
    resultaat = pipeline.beoordeel_invoer(b.invoer, b.instellingen, peildatum, b.meldingen)
    if resultaat.fouten:
        raise Fout([m.regel_tekst() for m in resultaat.fouten])
    if args.woonvisie_werkboek and resultaat.invoer.woonvisie is None:
        raise Fout([f"{bron.name}: de beoordeling bevat geen woonvisie; --woonvisie-werkboek kan niet worden "
                    "geschreven"])
    try:
        geschreven, meldingen = uitvoer.schrijf(b, resultaat, peildatum, docx=args.docx, sjabloon=args.sjabloon,
                                                woonvisie=args.woonvisie_werkboek, json_pad=args.json,
                                                auteur=args.auteur)
    except gedeeld.UitvoerFout as e:
        raise Fout(e.regels) from None
    samenvatting = None if (geschreven or args.json) else _samenvatting(uitvoer.overzicht(b, resultaat))
    return geschreven, meldingen, samenvatting


def _samenvatting(ov) -> str:
    from bodcheck.veilig import terminal

    koppen = " ".join(LETTER_KOP[k] for k in LETTERS)
    regels = [f"Afspraken: {len(ov.regels)}; nog niet concreet: {len(ov.bevindingen)}", f"     {koppen}"]
    for r in ov.regels:
        letters = " ".join(SYMBOOL[getattr(r.toets, k)] for k in LETTERS)
        tekst = " ".join((r.afspraak.wat or r.afspraak.resultaat).split())
        regels.append(f"  {r.nummer:>2}. {letters}  {terminal(tekst[:70])}")
    return "".join(f"{r}\n" for r in regels)
