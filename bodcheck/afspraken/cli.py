"""The command `bodcheck afspraken BEOORDELING.bodcheck [--docx D] [--sjabloon S] [--woonvisie-werkboek W]
[--json J|-] [--auteur T] [--peildatum D] [--overschrijf]` (uitvoer.md Revisions 2), kept out of cli.py so
that file only declares and dispatches it.

    voer_uit(args, peildatum) -> (regels, naar_stderr)     raises Fout (exit 2) with Dutch lines

Before anything is read: an output may not be the input nor another output, must have its extension, and an
existing file is kept unless --overschrijf. All outputs are written or none.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from bodcheck.afspraken.toets import LETTER_KOP, LETTERS, SYMBOOL

EXTENSIES = {"--docx": ".docx", "--sjabloon": ".xlsx", "--woonvisie-werkboek": ".xlsx", "--json": ".json"}


class Fout(Exception):
    def __init__(self, regels: list[str]):
        super().__init__("\n".join(regels))
        self.regels = regels


def _zelfde(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(a.resolve()) == os.path.normcase(b.resolve())


def controleer(bron: Path, uit: list[tuple[str, Path]], overschrijf: bool) -> None:
    regels = []
    if bron.suffix.lower() != ".bodcheck":
        regels.append(f"{bron.name}: geef een opgeslagen beoordeling (.bodcheck); bewaar de beoordeling eerst in "
                      "het programma")
    for i, (optie, pad) in enumerate(uit):
        if optie != "--json" and pad.suffix.lower() != EXTENSIES[optie]:
            regels.append(f"{pad.name}: {optie} moet de extensie {EXTENSIES[optie]} hebben")
        if _zelfde(pad, bron):
            regels.append(f"{optie} {pad} is hetzelfde bestand als de beoordeling {bron}; kies een andere naam")
        for ander_optie, ander in uit[:i]:
            if _zelfde(pad, ander):
                regels.append(f"{optie} {pad} en {ander_optie} {ander} zijn hetzelfde bestand; kies voor elke "
                              "uitvoer een eigen naam")
        if pad.is_dir():
            regels.append(f"{pad}: kan niet worden geschreven (dit is een map, geen bestand)")
        elif pad.exists() and not overschrijf:
            regels.append(f"{pad}: bestaat al; geef --overschrijf om het te vervangen")
    if regels:
        raise Fout(regels)


def voer_uit(args: Any, peildatum: dt.date) -> tuple[list[str], bool]:
    from bodcheck import beoordeling, pipeline
    from bodcheck.afspraken import uitvoer

    bron = Path(args.beoordeling)
    uit = [(optie, Path(pad)) for optie, pad in (("--docx", args.docx), ("--sjabloon", args.sjabloon),
                                                 ("--woonvisie-werkboek", args.woonvisie_werkboek),
                                                 ("--json", args.json)) if pad and pad != "-"]
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
    except OSError as e:
        raise Fout([f"{e.filename or 'uitvoer'}: kan niet worden geschreven ({e.strerror or e})"]) from None
    regels = [f"Geschreven: {p}" for p in geschreven]
    if not (geschreven or args.json):
        regels = _samenvatting(uitvoer.overzicht(b, resultaat))
    waarschuwingen = [m for m in meldingen if m.soort == "waarschuwing"]
    if waarschuwingen:
        regels.append(f"Waarschuwingen: {len(waarschuwingen)}")
        regels += [f"  {m.regel_tekst()}" for m in waarschuwingen[:5]]
        if len(waarschuwingen) > 5:
            regels.append("  de overige staan in de JSON (--json)")
    return regels, args.json == "-"


def _samenvatting(ov) -> list[str]:
    koppen = " ".join(LETTER_KOP[k] for k in LETTERS)
    regels = [f"Afspraken: {len(ov.regels)}; nog niet concreet: {len(ov.bevindingen)}", f"     {koppen}"]
    for r in ov.regels:
        letters = " ".join(SYMBOOL[getattr(r.toets, k)] for k in LETTERS)
        tekst = " ".join((r.afspraak.wat or r.afspraak.resultaat).split())
        regels.append(f"  {r.nummer:>2}. {letters}  {tekst[:70]}")
    return regels
