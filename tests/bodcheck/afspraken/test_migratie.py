"""A versie 1 `.bodcheck` opens with its afspraak texts as structured afspraken; saving writes versie 2."""

from __future__ import annotations

import json
from pathlib import Path

from bodcheck import beoordeling
from bodcheck.afspraken.model import Afspraak
from bodcheck.model import Instellingen, Invoer, Notitie


def test_versie_1_opent_tekst_landt_in_wat_en_opslaan_schrijft_versie_2(tmp_path: Path) -> None:
    b = beoordeling.Beoordeling(invoer=Invoer(), meldingen=[], instellingen=Instellingen(), notities={
        "B01|nieuwbouw_sociaal": Notitie(antwoord="kan niet eerder", afspraak="  30 per jaar vanaf 2027 · corporatie "),
        "P01|": Notitie(notitie="alleen een notitie")})
    inhoud = json.loads(beoordeling.naar_bytes(b))
    inhoud["versie"] = 1  # a file as bodcheck wrote it before afspraken were structured
    for n in inhoud["beoordeling"]["notities"].values():
        del n["afspraken"]
    del inhoud["beoordeling"]["afspraken"]
    oud = tmp_path / "vorig-jaar.bodcheck"
    oud.write_text(json.dumps(inhoud), encoding="utf-8")

    terug = beoordeling.openen(oud)
    assert terug.notities["B01|nieuwbouw_sociaal"].afspraken == [Afspraak(wat="30 per jaar vanaf 2027 · corporatie")]
    assert terug.notities["B01|nieuwbouw_sociaal"].afspraak == "  30 per jaar vanaf 2027 · corporatie "
    assert terug.notities["P01|"].afspraken == []

    nieuw = beoordeling.opslaan(terug, tmp_path / "nu.bodcheck")
    opgeslagen = json.loads(nieuw.read_bytes())
    assert opgeslagen["versie"] == 2
    assert opgeslagen["beoordeling"]["notities"]["B01|nieuwbouw_sociaal"]["afspraken"][0]["wat"] == (
        "30 per jaar vanaf 2027 · corporatie")
    assert beoordeling.openen(nieuw) == terug


def test_onbekende_keuze_in_een_afspraak_is_een_beschadigd_bestand(tmp_path: Path) -> None:
    b = beoordeling.Beoordeling(invoer=Invoer(), meldingen=[], instellingen=Instellingen(),
                                afspraken=[Afspraak(wie="iedereen")])
    pad = tmp_path / "x.bodcheck"
    pad.write_bytes(beoordeling.naar_bytes(b))
    try:
        beoordeling.openen(pad)
    except beoordeling.BeoordelingFout as e:
        assert str(e) == ("x.bodcheck: bestand is beschadigd of onvolledig en kan niet worden geopend; open een eerdere "
                          "kopie, of lees de werkboeken opnieuw in")
    else:
        raise AssertionError("een onbekende partij werd geaccepteerd")


def test_rapport_toont_gestructureerde_afspraak_als_er_geen_tekst_is(voorbeeld_beoordeling) -> None:
    """Chapter 9's afspraak column: the typed text when there is one, else the structured afspraken."""
    from bodcheck.rapport import overleg

    b, r = voorbeeld_beoordeling
    blokken = {x.sleutel: x for x in overleg.nummeren(r.vraagpunten, "gemeente", b.notities, False)[0]}
    assert blokken["B01|nieuwbouw_sociaal"].afspraak == (
        "De corporatie levert in 2027–2031 samen 160 sociale huurwoningen op: 18 in 2027, 24 in 2028 en vanaf 2029 "
        "minstens 30 per jaar. · corporatie · 2027–2031, samen")
    wederhoor = {x.sleutel: x for x in overleg.nummeren(r.vraagpunten, "gemeente", b.notities, True)[0]}
    assert wederhoor["B01|nieuwbouw_sociaal"].afspraak == ""
