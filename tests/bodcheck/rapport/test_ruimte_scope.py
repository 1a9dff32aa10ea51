"""Review finding 7: the investeringsruimte is computed on one tak (the example: DAEB, see 'Scope: DAEB' in the
parameters) and every surface says so; none calls it the room of the whole corporatie."""

from __future__ import annotations

from bodcheck.rapport.model import Alinea, Opsomming, Tabel
from bodcheck.rapport.opbouw import opbouw


def _teksten(rapport) -> list[str]:  # type: ignore[no-untyped-def]
    uit = []
    for h in rapport.hoofdstukken:
        for b in h.blokken:
            if isinstance(b, Alinea):
                uit.append(b.tekst)
            elif isinstance(b, Opsomming):
                uit.extend(b.items)
            elif isinstance(b, Tabel):
                uit.extend([b.titel or "", *(k.kop for k in b.kolommen)])
    return uit


def test_ruimte_heet_daeb(resultaat) -> None:  # type: ignore[no-untyped-def]
    assert resultaat.berekend.investeringsruimte.tak == "DAEB"
    teksten = _teksten(opbouw(resultaat))
    ruimte = [t for t in teksten if "investeringsruimte" in t.lower() or "eenmalig voor nieuwbouw" in t]
    assert ruimte
    assert not [t for t in ruimte if "hele corporatie" in t]
    assert any("voor de DAEB-tak (sociale tak)" in t for t in ruimte)
    assert "Scenario's voor de DAEB-tak (sociale tak): hoeveel extra investering past binnen alle normen" in teksten
    f03 = [v for v in resultaat.vraagpunten if v.id == "F03"]
    assert f03 and "uw corporatie in de DAEB-tak (sociale tak)" in f03[0].vraag
    assert "als geheel" not in f03[0].vraag
