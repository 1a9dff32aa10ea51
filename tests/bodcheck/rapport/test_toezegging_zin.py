"""Review finding 20: a toezegging and what it asks of the gemeente are two sentences, never joined as ".:"."""

from __future__ import annotations

from bodcheck.rapport.model import Opsomming
from bodcheck.rapport.opbouw import opbouw, toezegging_met_vraag


def test_toezegging_met_vraag() -> None:
    assert toezegging_met_vraag("Terugkeerrecht voor alle huurders.", "Voorrang voor herhuisvesting") == (
        "Terugkeerrecht voor alle huurders. Gevraagd van de gemeente: Voorrang voor herhuisvesting.")
    assert toezegging_met_vraag("Buurtconciërge", "Subsidie.") == "Buurtconciërge. Gevraagd van de gemeente: Subsidie."


def test_voorbeeld_hoofdstuk_gemeente(resultaat) -> None:  # type: ignore[no-untyped-def]
    (h,) = [h for h in opbouw(resultaat).hoofdstukken if h.sleutel == "gemeente"]
    (lijst,) = [b for b in h.blokken if isinstance(b, Opsomming) and b.titel == "Wat de corporatie van de gemeente vraagt"]
    assert lijst.items and not [x for x in lijst.items if ".:" in x]
    assert any("terugkeerrecht voor alle huurders. Gevraagd van de gemeente: Voorrang voor herhuisvesting" in x
               for x in lijst.items)
