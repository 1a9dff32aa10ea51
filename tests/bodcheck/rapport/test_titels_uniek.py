"""Review finding 11: titles in a list carry their scope when several findings share a title."""

from __future__ import annotations

from bodcheck.model import Vraagpunt
from bodcheck.rapport import overleg


def _vp(id_: str, titel: str, sleutel: str, label: str = "") -> Vraagpunt:
    return Vraagpunt(id_, "X", "midden", "proces", "beide", "vraag", "toelichting", sleutel=sleutel, titel=titel,
                     label=label)


def test_titels_met_scope_tak() -> None:
    daeb = _vp("F06", "Rentedekking (ICR) daalt", "icr|DAEB", "F06 · DAEB")
    ti = _vp("F06", "Rentedekking (ICR) daalt", "icr|TI", "F06 · TI")
    enkel = _vp("P01", "Bod na de wettelijke datum", "")
    titels = overleg.titels_met_scope([daeb, ti, enkel])
    # the ratio is common to both, so only the tak tells them apart
    assert titels[id(daeb)] == "Rentedekking (ICR) daalt (DAEB)"
    assert titels[id(ti)] == "Rentedekking (ICR) daalt, hele corporatie (TI)"  # the tak label, no nested brackets
    assert titels[id(enkel)] == "Bod na de wettelijke datum"


def test_titels_met_scope_regio() -> None:
    t = "Regionale opgave: wie neemt welk deel"
    regio = _vp("R01", t, "regio:nieuwbouw_sociaal:2027")
    aaberg = _vp("R01", t, "Aaberg:nieuwbouw_sociaal:2027")
    titels = overleg.titels_met_scope([regio, aaberg])
    assert titels[id(regio)] == f"{t} (hele regio)"
    assert titels[id(aaberg)] == f"{t} (Aaberg)"
    assert len(set(titels.values())) == 2
    assert "nieuwbouw_sociaal" not in " ".join(titels.values())


def test_voorbeeld_lijsten_uniek(resultaat) -> None:  # type: ignore[no-untyped-def]
    hoofd, rest = overleg.nummeren(resultaat.vraagpunten, resultaat.perspectief, None, False)
    titels = [b.titel for b in hoofd + rest if b.titel]
    assert len(titels) == len(set(titels)), sorted(t for t in titels if titels.count(t) > 1)
    # the example's two ICR findings (DAEB and TI) are told apart
    assert {"Rentedekking (ICR) daalt (DAEB)", "Rentedekking (ICR) daalt, hele corporatie (TI)"} <= set(titels)
