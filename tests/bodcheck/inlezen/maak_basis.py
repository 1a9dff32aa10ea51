"""Write the v1 baseline JSON of the bundled example (test_formaat_11) with the code that is imported.

Regenerate it from main's code, never from the branch under test, when another issue changes the output:

    git archive main | tar -x -C /tmp/main_src
    PYTHONPATH=/tmp/main_src .venv/bin/python tests/bodcheck/inlezen/maak_basis.py \\
        tests/bodcheck/inlezen/data/voorbeeld_v1_basis.json
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from bodcheck import beoordeling, json_uitvoer, pipeline, voorbeeld

PEILDATUM = dt.date(2026, 9, 1)

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as t:
        bod, wv = voorbeeld.schrijf_werkboeken(Path(t))
        b, _ = beoordeling.nieuw(bod, wv)
        r = pipeline.beoordeel_invoer(b.invoer, b.instellingen, PEILDATUM, b.meldingen)
        Path(sys.argv[1]).write_text(json_uitvoer.als_tekst(r), encoding="utf-8")
