"""The frame around the rules: intern findings, JSON order, determinism, perspective grouping."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict

from bodcheck import afgeleid, codes, vergelijking, vraagpunten
from bodcheck.model import Vraagpunt, notitie_sleutel
from bodcheck.vraagpunten.kader import Bevinding, regel
from tests.bodcheck import maak
from tests.bodcheck.maak import berekend, doel, invoer, ratio


@regel("X01", "STUK", "proces", "midden", "B", "test")
def _stuk(ctx):
    raise ZeroDivisionError("deling door nul")


@regel("X02", "HEEL", "proces", "midden", "B", "test")
def _heel(ctx):
    yield Bevinding("Feit. Vraag?", "Waarom.", ("Bod!C2",))


def _rijke_invoer():
    return invoer(
        {"datum_bod": dt.date(2026, 7, 15), "ho_betrokken": False,
         "achterban_geraadpleegd": False},
        bod={"nieuwbouw_sociaal": {2027: 30, 2028: 25}, "sloop": {2027: 40, 2028: 20}, "verkoop": {2027: 5},
             "woningen_efg": {2026: 120, 2028: 80}, "iah": {2027: 10}},
        realisatie={"passend_toewijzen": {2025: 0.93}},
        woonvisie=[doel("nieuwbouw_sociaal", 40, 2027, 2028, prioriteit="hoog")],
    )


def _draai(inv=None, ber=None, register=vraagpunten.REGISTER):
    inv = inv or _rijke_invoer()
    ber = ber or berekend([ratio(2027, icr=1.3, banden={"icr": "overschreden"})])
    verg, _ = vergelijking.vergelijk(inv)
    return vraagpunten.beoordeel(inv, ber, verg, afgeleid.bereken(inv, ber, verg), maak.PEILDATUM, register=register)


def test_regel_die_faalt_wordt_intern_en_de_rest_loopt_door() -> None:
    punten, meldingen = _draai(register=(_stuk, _heel))
    assert [p.id for p in punten] == ["X02"]
    assert len(meldingen) == 1
    m = meldingen[0]
    assert m.soort == "intern" and m.regel == "X01" and "ZeroDivisionError" in m.tekst


def test_json_volgorde() -> None:
    punten, meldingen = _draai()
    assert not meldingen
    ernst = {e: i for i, e in enumerate(("hoog", "midden", "laag", "info"))}
    thema = {t: i for i, t in enumerate(codes.THEMAS)}
    regels = {r.id: i for i, r in enumerate(vraagpunten.REGISTER)}
    sleutels = [(ernst[p.ernst], thema[p.thema], regels[p.id], p.bronnen[0] if p.bronnen else "") for p in punten]
    assert sleutels == sorted(sleutels)
    assert punten[0].ernst == "hoog"
    assert {"B01", "D02", "F01", "H04"} <= {p.id for p in punten}


def test_sorteer_handgemaakt() -> None:
    def vp(id_, ernst, thema, bron):
        return Vraagpunt(id_, "N", ernst, thema, "beide", "v?", "t", (bron,))

    lijst = [vp("F02", "midden", "financien", "b"), vp("P06", "midden", "proces", "z"),
             vp("P06", "midden", "proces", "a"), vp("D01", "hoog", "duurzaamheid", "x"),
             vp("P16", "info", "proces", "a")]
    # hoog first; then midden: proces before financien; P06 by first bron a < z
    assert [(v.id, v.bronnen[0]) for v in vraagpunten.sorteer(lijst)] == [
        ("D01", "x"), ("P06", "a"), ("P06", "z"), ("F02", "b"), ("P16", "a")]


def test_byte_identiek() -> None:
    def als_json() -> bytes:
        punten, _ = _draai()
        return json.dumps([asdict(p) for p in punten], ensure_ascii=False, sort_keys=True).encode()

    assert als_json() == als_json()


def test_een_bevinding_per_regel_en_sleutel() -> None:
    punten, _ = _draai()
    sleutels = [(p.id, p.sleutel) for p in punten]
    assert len(sleutels) == len(set(sleutels))


def test_ordening_per_adressaat_en_nummers_los_van_vinkjes() -> None:
    # vraagpunten.md Revisions 2: grouped by who must answer (corporatie, gemeente, allen), then thema;
    # the perspective changes only the headings; numbers follow this order and are the same whatever is ticked
    punten, _ = _draai()
    for perspectief, koppen in (("gemeente", ["Aan de corporatie", "Aan de gemeente zelf", "Aan allen"]),
                                ("huurders", ["Aan de corporatie", "Aan de gemeente", "Aan allen"])):
        groepen = vraagpunten.ordening(punten, perspectief)
        aanwezig = [a for a in ("corporatie", "gemeente", "allen") if any(p.adressaat == a for p in punten)]
        assert [g for g, _ in groepen] == aanwezig
        assert [vraagpunten.groep_kop(g, perspectief) for g, _ in groepen] == \
            [k for a, k in zip(("corporatie", "gemeente", "allen"), koppen, strict=True) if a in aanwezig]
        alle = [p for _, ps in groepen for p in ps]
        assert sorted(map(id, alle)) == sorted(map(id, punten))  # nothing hidden, nothing doubled
        thema = {t: i for i, t in enumerate(codes.THEMAS)}
        for adressaat, ps in groepen:
            assert all(p.adressaat == adressaat for p in ps)
            assert [thema[p.thema] for p in ps] == sorted(thema[p.thema] for p in ps)
        nummers = vraagpunten.nummers(punten, perspectief)
        assert [nummers[notitie_sleutel(p)] for p in alle] == list(range(1, len(alle) + 1))


def test_elke_bevinding_heeft_titel_adressaat_en_label() -> None:
    punten, _ = _draai()
    for p in punten:
        assert p.titel and len(p.titel) <= 60 and p.titel[0].isupper(), p.id
        assert p.adressaat in ("corporatie", "gemeente", "allen"), p.id
        assert p.label == p.id or p.label.startswith(p.id + " · "), p.label
    labels = [p.label for p in punten]
    assert len(labels) == len(set(labels))  # a rule that fires twice names its scope


def test_regel_ids_uniek_over_alle_registers() -> None:
    from bodcheck.samen import regels

    ids = [r.id for r in (*vraagpunten.REGISTER, *regels.GEMEENTE_REGISTER, *regels.REGIO_REGISTER)]
    dubbel = sorted({i for i in ids if ids.count(i) > 1})
    assert dubbel == [], f"regel-id's dubbel: {dubbel}"
    from bodcheck.vraagpunten import titels

    assert [i for i in ids if i not in titels.TITELS] == []  # every rule has its title and adressaat


def test_gezamenlijke_registers_staan_in_id_volgorde() -> None:
    """A joint finding sorted with the bod's register goes after it by id (uitvoering.sorteersleutel): that is
    the joint registry order only while each joint register lists its rules in id order."""
    from bodcheck.samen import regels

    for register in (regels.GEMEENTE_REGISTER, regels.REGIO_REGISTER):
        ids = [r.id for r in register]
        assert ids == sorted(ids)


def test_p16_hoeft_niet_als_laatste_te_staan() -> None:
    """P16 reads what the other rules report missing (Ontbreekt); the runner runs it after them wherever it
    stands, and no rule writes into the context."""
    inv = invoer(bod={"nieuwbouw_sociaal": {2027: 30, 2028: 25}},
                 woonvisie=[doel("passend_toewijzen", 0.95, 2027, 2028, eenheid="%"),
                            doel("uitstroom_bw_mo", 10, 2027, 2028)])
    achteraan = list(vraagpunten.REGISTER)
    p16 = next(r for r in achteraan if r.id == "P16")
    vooraan = [p16, *(r for r in achteraan if r is not p16)]
    uit_achter, _ = _draai(inv, register=achteraan)
    uit_voor, _ = _draai(inv, register=vooraan)
    achter = [v for v in uit_achter if v.id == "P16"]
    assert achter == [v for v in uit_voor if v.id == "P16"]
    # H04 found Realisatie.passend_toewijzen missing, Z02 Bod.uitstroom_bw_mo: one request per thema
    per_thema = {v.sleutel: v.vraag for v in achter}
    assert sorted(per_thema) == ["betaalbaarheid", "doelgroepen"]
    assert "passend toegewezen aan huurtoeslaggerechtigden (blad Realisatie)" in per_thema["betaalbaarheid"]
    assert "woningen voor uitstroom beschermd wonen/opvang (blad Bod)" in per_thema["doelgroepen"]


def test_ontbrekend_komt_van_de_regels_niet_uit_de_context() -> None:
    from bodcheck.vraagpunten.kader import Ontbreekt, regel

    @regel("X03", "MIST", "betaalbaarheid", "midden", "B", "test")
    def _mist(ctx):
        yield Ontbreekt("huurverhoging")
        yield Ontbreekt("huurverhoging")  # once is enough
        yield Ontbreekt("daeb_toewijzing", blad="Realisatie")

    gezien = []

    @regel("X04", "LEEST", "proces", "info", "B", "test", na_ontbrekend=True)
    def _leest(ctx):
        gezien.append(dict(ctx.ontbrekend))
        return ()

    _draai(register=(_leest, _mist))
    assert gezien == [{"betaalbaarheid": (("Bod", "huurverhoging"), ("Realisatie", "daeb_toewijzing"))}]
