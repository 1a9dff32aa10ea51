"""Review finding 10: a rule text never types a chapter number; it names the gemeente's own chapter by its title,
which the beoordelingsrapport has."""

from __future__ import annotations

import re

from bodcheck.rapport.opbouw import opbouw


def test_geen_hoofdstuknummer_in_vraagpunten(resultaat) -> None:  # type: ignore[no-untyped-def]
    teksten = [t for v in resultaat.vraagpunten for t in (v.vraag, v.toelichting)]
    assert not [t for t in teksten if re.search(r"hoofdstuk \d", t)]
    verwijzend = [t for t in teksten if "'Wat de gemeente zelf levert'" in t]
    assert verwijzend  # the example's B08 and Z04 refer to it
    titels = [h.titel for h in opbouw(resultaat).hoofdstukken]
    assert "Wat de gemeente zelf levert" in titels
