"""`bodcheck monitor PAD...` from start to written files (uitvoer.md Revisions 2).

    voer_uit(paden, woonvisie, perspectief, json_pad, rapport, excel, auteur, peildatum) -> exit code
    samenvatting(monitor) -> str          what the terminal shows without output options

Before anything is read, the outputs are checked: no output is one of the inputs, no two outputs are the same
file. Every output is made in memory first, so a failure while making one writes nothing; each file is
then written atomically. A problem with the input or an output location raises UitvoerFout (exit 2) with
one Dutch line per problem.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TextIO

from bodcheck import opmaak
from bodcheck.monitor.lezen import MonitorFout, bestanden
from bodcheck.monitor.model import STATUS_LABEL, Monitor

UitvoerFout = MonitorFout
MAX_MELDINGEN_OP_SCHERM = 5


def _zelfde(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return os.path.normcase(a.resolve()) == os.path.normcase(b.resolve())
    except OSError:
        return False


def controleer_uitvoer(invoer: list[Path], uit: dict[str, str | None]) -> list[str]:
    """Dutch lines for outputs that would overwrite an input or each other."""
    fouten = []
    gekozen = [(optie, Path(p)) for optie, p in uit.items() if p and p != "-"]
    for i, (optie, p) in enumerate(gekozen):
        if p.is_dir():
            fouten.append(f"{p}: --{optie} wijst naar een map; geef een bestandsnaam")
        for bron in invoer:
            if _zelfde(p, bron):
                fouten.append(f"--{optie} {p} is ook een invoerbestand ({bron.name}); kies een andere naam")
        for ander_optie, ander in gekozen[:i]:
            if _zelfde(p, ander):
                fouten.append(f"--{optie} en --{ander_optie} wijzen naar hetzelfde bestand ({p}); kies twee namen")
    return fouten


def samenvatting(m: Monitor) -> str:
    telling = {s: sum(1 for b in m.belofte if b.status == s) for s in STATUS_LABEL}
    regels = [f"{m.corporatie} — gemeente {m.gemeente} — bods {opmaak.jaren(m.bodjaren)}",
              "Afspraak tegen realisatie: " + ", ".join(f"{STATUS_LABEL[s]} {telling[s]}" for s in
                                                        ("achter", "gerealiseerd", "niet_gerapporteerd", "nog_niet")),
              f"Verschuivingen: {len(m.verschuivingen)} (waarvan de verkeerde kant op: "
              f"{sum(1 for v in m.verschuivingen if v.richting == 'schuift_op')})",
              f"Prognoses die naar de norm schuiven: {sum(1 for d in m.drift if d.drift)}",
              f"Vragen die terugkomen: {len(m.terugkerend)}",
              f"Vraagpunten over de jaren: {len(m.vraagpunten)}"]
    regels += [f"  {v.id}: {v.vraag}" for v in m.vraagpunten]
    return "\n".join(regels) + "\n"


def _maak(m: Monitor, json_pad: str | None, rapport: str | None, excel: str | None,
          auteur: str | None) -> list[tuple[Path, bytes]]:
    from bodcheck.monitor import json_uit
    from bodcheck.monitor import rapport as rapport_mod

    uit: list[tuple[Path, bytes]] = []
    if json_pad and json_pad != "-":
        uit.append((Path(json_pad), json_uit.als_tekst(m).encode("utf-8")))
    if rapport:
        uit.append((Path(rapport), rapport_mod.pdf_bytes(m, auteur)))
    if excel:
        uit.append((Path(excel), rapport_mod.excel_bytes(m, auteur)))
    return uit


def _schrijf(uit: list[tuple[Path, bytes]]) -> list[Path]:
    from bodcheck import atomair

    geschreven = []
    for pad, data in uit:
        try:
            geschreven.append(atomair.schrijf_bytes(pad, data))
        except OSError as e:
            raise UitvoerFout([f"{pad}: kan niet worden geschreven ({e.strerror or e})"]) from None
    return geschreven


def voer_uit(paden: list[str], woonvisie: str | None, perspectief: str | None, json_pad: str | None,
             rapport: str | None, excel: str | None, auteur: str | None, peildatum: dt.date,
             stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    from bodcheck import monitor

    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    invoer, _ = bestanden(paden)
    if woonvisie:
        invoer.append(Path(woonvisie))
    fouten = controleer_uitvoer(invoer, {"json": json_pad, "rapport": rapport, "excel": excel})
    if fouten:
        raise UitvoerFout(fouten)
    m = monitor.maak(paden, peildatum, woonvisie, perspectief)
    geschreven = _schrijf(_maak(m, json_pad, rapport, excel, auteur))
    if json_pad == "-":
        from bodcheck.monitor import json_uit

        stdout.write(json_uit.als_tekst(m))
    if not (json_pad or rapport or excel):
        stdout.write(samenvatting(m))
        return 0
    melden = stderr if json_pad == "-" else stdout
    for p in geschreven:
        melden.write(f"Geschreven: {p}\n")
    waarschuwingen = [x for x in m.meldingen if x.soort in ("fout", "waarschuwing", "intern")]
    if waarschuwingen:
        melden.write(f"Waarschuwingen: {len(waarschuwingen)}\n")
        for x in waarschuwingen[:MAX_MELDINGEN_OP_SCHERM]:
            melden.write(f"  {x.regel_tekst()}\n")
        if len(waarschuwingen) > MAX_MELDINGEN_OP_SCHERM:
            melden.write("  De andere staan in de JSON (meldingen) en in de Excel-export (blad Meldingen).\n")
    return 0
