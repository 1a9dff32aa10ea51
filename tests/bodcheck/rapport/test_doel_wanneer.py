"""Review finding 8 (second part): a stock target is said as "eind 2031", never "per jaar (2031)"."""

from __future__ import annotations

from bodcheck.rapport.model import Tabel
from bodcheck.rapport.normen import doel_wanneer, hoofdstuk


def test_doel_wanneer() -> None:
    assert doel_wanneer("voorraad_sociaal", "aantal", "jaar", 2031, 2031) == "eind 2031"
    assert doel_wanneer("woningen_efg", "aantal", "jaar", 2028, 2031) == "eind van elk jaar (2028–2031)"
    assert doel_wanneer("nieuwbouw_sociaal", "aantal", "jaar", 2027, 2031) == "per jaar (2027–2031)"
    assert doel_wanneer("huurverhoging", "%", "jaar", 2027, 2031) == "elk jaar (2027–2031)"
    assert doel_wanneer("verduurzaming", "aantal", "periode", 2027, 2031) == "in de periode (2027–2031)"


def test_voorbeeld_lokaal(resultaat) -> None:  # type: ignore[no-untyped-def]
    (lokaal,) = [b for b in hoofdstuk(resultaat) if isinstance(b, Tabel) and b.sleutel == "normen_lokaal"]
    teksten = [rij[0].tekst for rij in lokaal.rijen]
    # Woonvisie!D4: voorraad_sociaal minimaal 2.000 in 2031 (alle verhuurders)
    assert "Sociale huurwoningen in de gemeente (alle verhuurders), ultimo: minimaal 2.000 eind 2031" in teksten
    assert not [t for t in teksten if "per jaar (2031)" in t]
