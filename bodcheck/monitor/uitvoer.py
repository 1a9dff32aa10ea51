"""`bodcheck monitor PAD...` from start to written files (uitvoer.md Revisions 2).

    voer_uit(paden, woonvisie, perspectief, json_pad, rapport, excel, auteur, peildatum) -> exit code
    samenvatting(monitor) -> str          what the terminal shows without output options

The output rules are those of every command (bodcheck.uitvoer): before anything is read, no output may be an
input or another output; all outputs are written or none. A series that cannot be used raises MonitorFout,
an output location problem UitvoerFout (both exit 2, one Dutch line per problem). Text from the files is
escaped before it reaches the terminal.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import TextIO

from bodcheck import opmaak, uitvoer
from bodcheck.monitor.lezen import bestanden
from bodcheck.monitor.model import STATUS_LABEL, Monitor
from bodcheck.veilig import terminal

MAX_MELDINGEN_OP_SCHERM = 5


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
    return "\n".join(terminal(r) for r in regels) + "\n"


def _taken(m: Monitor, json_pad: str | None, rapport: str | None, excel: str | None,
           auteur: str | None) -> list[tuple[str, Callable[[], bytes]]]:
    from bodcheck.monitor import json_uit
    from bodcheck.monitor import rapport as rapport_mod

    taken: list[tuple[str, Callable[[], bytes]]] = []
    if json_pad and json_pad != "-":
        taken.append((json_pad, lambda: json_uit.als_tekst(m).encode("utf-8")))
    if rapport:
        taken.append((rapport, lambda: rapport_mod.pdf_bytes(m, auteur)))
    if excel:
        taken.append((excel, lambda: rapport_mod.excel_bytes(m, auteur)))
    return taken


def voer_uit(paden: list[str], woonvisie: str | None, perspectief: str | None, json_pad: str | None,
             rapport: str | None, excel: str | None, auteur: str | None, peildatum: dt.date,
             stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    from bodcheck import monitor

    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    invoer, _, _ = bestanden(paden)
    uitvoer.controleer([*((p.name, p) for p in invoer), *((("--woonvisie", woonvisie),) if woonvisie else ())],
                       [(f"--{optie}", p) for optie, p in (("json", json_pad), ("rapport", rapport), ("excel", excel))
                        if p and p != "-"])
    m = monitor.maak(paden, peildatum, woonvisie, perspectief)
    geschreven = uitvoer.schrijf_alles(_taken(m, json_pad, rapport, excel, auteur))
    if json_pad == "-":
        from bodcheck.monitor import json_uit

        stdout.write(json_uit.als_tekst(m))
    if not (json_pad or rapport or excel):
        stdout.write(samenvatting(m))
        return 0
    melden = stderr if json_pad == "-" else stdout
    for p in geschreven:
        melden.write(f"Geschreven: {terminal(p)}\n")
    waarschuwingen = [x for x in m.meldingen if x.soort in ("fout", "waarschuwing", "intern")]
    if waarschuwingen:
        melden.write(f"Waarschuwingen: {len(waarschuwingen)}\n")
        for x in waarschuwingen[:MAX_MELDINGEN_OP_SCHERM]:
            melden.write(f"  {terminal(x.regel_tekst())}\n")
        if len(waarschuwingen) > MAX_MELDINGEN_OP_SCHERM:
            melden.write("  De andere staan in de JSON (meldingen) en in de Excel-export (blad Meldingen).\n")
    return 0
