"""Nieuw jaar starten (bodcheck.monitor.nieuw_jaar): real workbooks and a real .bodcheck of the bundled example."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from bodcheck import beoordeling, sjabloon, voorbeeld, voorbeeld_data
from bodcheck.monitor import nieuw_jaar

PEIL = dt.date(2027, 7, 15)


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


@pytest.fixture
def vorig(tmp_path: Path) -> Path:
    """The example of 2026 with the afspraken made at the table (voorbeeld_data), saved as a .bodcheck."""
    bod, wv = voorbeeld.schrijf_werkboeken(tmp_path / "2026")
    b, _ = beoordeling.nieuw(bod, wv)
    b.notities.update(voorbeeld_data.notities_met_afspraken())
    return beoordeling.opslaan(b, tmp_path / "lindehof-2026.bodcheck")


def _bod(pad: Path, **algemeen) -> Path:
    data = voorbeeld_data.bod()
    data["Algemeen"].update({"bodjaar": 2027, **algemeen})
    del data["Afspraken"]  # the corporatie did not fill it in
    return sjabloon.schrijf(pad, data, soort="bod")


def test_zonder_afsprakenblad_gaan_de_lopende_jaarschijven_mee(vorig: Path, tmp_path: Path) -> None:
    bod = _bod(tmp_path / "bod-2027.xlsx")
    voor = (_sha(vorig), _sha(bod))
    b, meldingen = nieuw_jaar.start(vorig, bod, PEIL)
    assert (_sha(vorig), _sha(bod)) == voor  # the inputs are never written to
    af = b.invoer.afspraken
    # voorbeeld_data: Afspraken 2025–2027, nieuwbouw_sociaal 30, 32, 30: the years ≥ 2026 (the last bodjaar) remain,
    # with the cell of last year's workbook they came from
    assert {j: w.getal for j, w in af.regels["nieuwbouw_sociaal"].waarden.items()} == {2026: 32, 2027: 30}
    assert af.regels["nieuwbouw_sociaal"].waarden[2026].bron.cel_tekst == "[bod-voorbeeld.xlsx]Afspraken!D2"
    assert af.jaren == [2026, 2027]
    # the record's periode afspraak (160 in 2027–2031) goes into the row's toelichting
    assert "Afgesproken voor 2027–2031 samen: 160" in af.regels["nieuwbouw_sociaal"].toelichting
    assert b.vorige_jaren == [{"pad": str(vorig.resolve()), "sha256": _sha(vorig)}]
    assert b.bronbestanden["bod"] == {"naam": "bod-2027.xlsx", "sha256": _sha(bod)}
    samenvatting = [m.tekst for m in meldingen if m.tekst.startswith("Overgenomen uit")]
    assert samenvatting == ["Overgenomen uit lindehof-2026.bodcheck (bod 2026): de afspraken per jaar over 12 "
                            "onderwerpen voor 2026 en 2027, 1 tegenprestatie van de gemeente, de woonvisie. Dat jaar "
                            "is gekoppeld als vorig jaar."]
    assert b.meldingen[-1].tekst == samenvatting[0]  # saved with the assessment, shown under Invoer
    assert not any(m.soort == "fout" for m in meldingen)


def test_een_andere_gemeente_wordt_geweigerd(vorig: Path, tmp_path: Path) -> None:
    bod = _bod(tmp_path / "bod-elders.xlsx", gemeente="Beekdal")
    with pytest.raises(nieuw_jaar.NieuwJaarFout) as e:
        nieuw_jaar.start(vorig, bod, PEIL)
    assert e.value.regels == ["bod-elders.xlsx gaat over gemeente Beekdal, lindehof-2026.bodcheck over gemeente "
                              "Aaberg; een nieuw jaar gaat over dezelfde corporatie en gemeente"]


def test_een_onbruikbaar_werkboek_geeft_zijn_meldingen(vorig: Path, tmp_path: Path) -> None:
    kapot = tmp_path / "bod-2027.xlsx"
    kapot.write_bytes(b"geen werkboek")
    b, meldingen = nieuw_jaar.start(vorig, kapot, PEIL)
    assert any(m.soort == "fout" and m.bestand == "bod-2027.xlsx" for m in meldingen)
    assert b.invoer.afspraken is None and not any(m.tekst.startswith("Overgenomen uit") for m in meldingen)
    assert [x["pad"] for x in b.vorige_jaren] == [str(vorig.resolve())]


def test_leeg_beginnen_met_de_afspraken_erin(vorig: Path) -> None:
    from bodcheck import codes

    b, meldingen = nieuw_jaar.start(vorig, None, PEIL)
    inv = b.invoer
    assert (inv.corporatie, inv.gemeente, inv.bodjaar) == ("Woonstichting De Lindehof", "Aaberg", 2027)
    assert inv.bod is not None and not any(w.getal is not None for r in inv.bod.regels.values()
                                           for w in r.waarden.values())  # to be filled in
    af = inv.afspraken
    # the empty template's years for 2027 (2026–2028) with the carried years (2026, 2027)
    assert af.jaren == [2026, 2027, 2028]
    assert {j: w.getal for j, w in af.regels["nieuwbouw_sociaal"].waarden.items()} == {2026: 32, 2027: 30}
    # every row of the template stays, to be typed in; a code without an afspraak has no value
    assert set(af.regels) >= {c.code for c in codes.INDICATOR_CODES}
    leeg = next(c.code for c in codes.INDICATOR_CODES if c.code not in voorbeeld_data.bod()["Afspraken"]["regels"])
    assert not af.regels[leeg].waarden
    assert [d.code for d in inv.woonvisie] == [d["code"] for d in voorbeeld_data.woonvisie()["Woonvisie"]]
    assert b.vorige_jaren[0]["pad"] == str(vorig.resolve()) and b.bronbestanden == {}
    assert any(m.tekst.startswith("Overgenomen uit lindehof-2026.bodcheck (bod 2026)") for m in meldingen)
