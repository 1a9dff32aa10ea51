"""The notes on the joint vraagpunten of a folder: kept in the user's state folder (never in the folder), read back
per folder and soort, and a broken file put aside instead of crashing or being overwritten."""

from __future__ import annotations

import json
import os

import pytest

from bodcheck.model import Notitie
from bodcheck.samen import notities


@pytest.fixture(autouse=True)
def _staat(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "staat"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "staat"))
    monkeypatch.setenv("TMPDIR", str(tmp_path))


@pytest.fixture
def map_(tmp_path):
    m = tmp_path / "bods Aaberg"
    m.mkdir()
    (m / "bod-lindehof.xlsx").write_bytes(b"werkboek")
    return m


VOLLEDIG = Notitie(meenemen=False, notitie="Vraag naar de planning", antwoord="In december",
                   afspraak="Lindehof · wethouder · 1 december")


def test_heen_en_terug(map_, tmp_path):
    n = {"Aaberg": {"S01|nieuwbouw": VOLLEDIG, "S03|x": Notitie(notitie="Ëën regel\nen nog één €")}}
    p = notities.bewaar(map_, "gemeente", n)
    assert p.is_file() and p == notities.pad(map_, "gemeente")
    assert p.is_relative_to(tmp_path / "staat" / "bodcheck")  # the user's state folder, not the input folder
    assert sorted(x.name for x in map_.iterdir()) == ["bod-lindehof.xlsx"]
    assert (map_ / "bod-lindehof.xlsx").read_bytes() == b"werkboek"
    inhoud = json.loads(p.read_text("utf-8"))
    assert inhoud["formaat"] == "bodcheck/samen-notities" and inhoud["versie"] == 1
    assert inhoud["soort"] == "gemeente" and inhoud["map"] == str(map_.resolve())
    assert inhoud["notities"]["Aaberg"]["S01|nieuwbouw"] == {
        "meenemen": False, "notitie": "Vraag naar de planning", "antwoord": "In december",
        "afspraak": "Lindehof · wethouder · 1 december"}
    terug = notities.laad(map_, "gemeente")
    assert terug.notities == n and terug.melding == "" and terug.bewaarbaar


def test_perspectief(map_):
    notities.bewaar(map_, "gemeente", {}, perspectief="huurders")
    inhoud = json.loads(notities.pad(map_, "gemeente").read_text("utf-8"))
    assert inhoud["perspectief"] == "huurders" and inhoud["notities"] == {}
    assert notities.laad(map_, "gemeente").perspectief == "huurders"
    notities.bewaar(map_, "gemeente", {"Aaberg": {"S01|a": VOLLEDIG}})
    assert "perspectief" not in json.loads(notities.pad(map_, "gemeente").read_text("utf-8"))
    g = notities.laad(map_, "gemeente")
    assert g.perspectief is None and g.notities == {"Aaberg": {"S01|a": VOLLEDIG}}


def test_onbekend_perspectief_telt_als_geen(map_):
    p = notities.pad(map_, "gemeente")
    p.parent.mkdir(parents=True)
    p.write_text('{"formaat": "bodcheck/samen-notities", "versie": 1, "perspectief": "wethouder", '
                 '"notities": {"Aaberg": {"S01|a": {"notitie": "blijft"}}}}', "utf-8")
    g = notities.laad(map_, "gemeente")
    assert g.perspectief is None and g.melding == "" and g.notities == {"Aaberg": {"S01|a": Notitie(notitie="blijft")}}


def test_standaardnotities_niet_bewaard(map_):
    notities.bewaar(map_, "gemeente", {"Aaberg": {"S01|a": Notitie(), "S02|b": Notitie(afspraak="x")},
                                       "Aadijk": {"S01|c": Notitie()}})
    inhoud = json.loads(notities.pad(map_, "gemeente").read_text("utf-8"))
    assert inhoud["notities"] == {"Aaberg": {"S02|b": {"meenemen": True, "notitie": "", "antwoord": "",
                                                       "afspraak": "x"}}}


def test_per_map_en_soort(map_, tmp_path):
    ander = tmp_path / "andere map"
    ander.mkdir()
    paden = {notities.pad(map_, "gemeente"), notities.pad(map_, "regio"), notities.pad(ander, "gemeente")}
    assert len(paden) == 3
    assert notities.pad(map_ / ".." / map_.name, "gemeente") == notities.pad(map_, "gemeente")
    notities.bewaar(map_, "gemeente", {"Aaberg": {"S01|a": VOLLEDIG}})
    assert notities.laad(map_, "regio").notities == {}
    assert notities.laad(ander, "gemeente").notities == {}


def test_geen_bestand_geen_melding(map_):
    g = notities.laad(map_, "regio")
    assert g.notities == {} and g.melding == "" and g.bewaarbaar and g.apart is None


@pytest.mark.parametrize("inhoud", [
    b"{ dit is geen json",
    b"\xff\xfe\x00",
    b"",
    b'["lijst"]',
    b'{"formaat": "iets anders", "versie": 1, "notities": {}}',
    b'{"formaat": "bodcheck/samen-notities", "notities": {}}',
    b'{"formaat": "bodcheck/samen-notities", "versie": 1, "notities": {"Aaberg": {"S01|a": {"meenemen": "ja"}}}}',
    b'{"formaat": "bodcheck/samen-notities", "versie": 1, "notities": {"Aaberg": ["S01"]}}',
], ids=["json", "utf8", "leeg", "lijst", "formaat", "versie", "type", "vorm"])
def test_beschadigd_bestand_apart_gezet(map_, inhoud):
    p = notities.pad(map_, "gemeente")
    p.parent.mkdir(parents=True)
    p.write_bytes(inhoud)
    g = notities.laad(map_, "gemeente")
    assert g.notities == {} and g.bewaarbaar
    assert g.melding.startswith("Uw eerdere notities bij deze map zijn niet te lezen (")
    assert "u begint met lege notities" in g.melding and g.melding.endswith(f"staat apart als {p.name}.beschadigd.")
    assert not p.exists() and g.apart == p.with_name(p.name + ".beschadigd")
    assert g.apart.read_bytes() == inhoud  # kept as it was, for whoever wants to look
    notities.bewaar(map_, "gemeente", {"Aaberg": {"S01|a": VOLLEDIG}})  # new notes do not touch the copy
    assert g.apart.read_bytes() == inhoud


def test_tweede_beschadiging_overschrijft_eerste_kopie_niet(map_):
    p = notities.pad(map_, "gemeente")
    p.parent.mkdir(parents=True)
    p.write_bytes(b"eerste")
    eerste = notities.laad(map_, "gemeente").apart
    p.write_bytes(b"tweede")
    tweede = notities.laad(map_, "gemeente").apart
    assert eerste.name.endswith(".json.beschadigd") and tweede.name.endswith(".json.beschadigd-2")
    assert (eerste.read_bytes(), tweede.read_bytes()) == (b"eerste", b"tweede")


def test_nieuwere_versie(map_):
    p = notities.pad(map_, "regio")
    p.parent.mkdir(parents=True)
    p.write_text('{"formaat": "bodcheck/samen-notities", "versie": 7, "notities": {}}', "utf-8")
    g = notities.laad(map_, "regio")
    assert g.notities == {} and "nieuwere bodcheck (versie 7" in g.melding
    assert g.apart is not None and g.apart.is_file() and not p.exists()


def test_map_op_de_plek_van_het_bestand(map_):
    p = notities.pad(map_, "gemeente")
    p.mkdir(parents=True)
    g = notities.laad(map_, "gemeente")
    assert g.notities == {} and "kan niet worden gelezen" in g.melding and g.apart is not None


def test_bewaren_mislukt_met_nederlandse_melding(map_, tmp_path, monkeypatch):
    blok = tmp_path / "geen-map"
    blok.write_text("een bestand, geen map")
    monkeypatch.setenv("XDG_STATE_HOME", str(blok))
    monkeypatch.setenv("LOCALAPPDATA", str(blok))
    with pytest.raises(notities.NotitiesFout, match=r"^de notities konden niet worden bewaard in "):
        notities.bewaar(map_, "gemeente", {"Aaberg": {"S01|a": VOLLEDIG}})


def test_niet_apart_te_zetten_niet_bewaarbaar(map_, monkeypatch):
    p = notities.pad(map_, "gemeente")
    p.parent.mkdir(parents=True)
    p.write_bytes(b"kapot")

    def geweigerd(*_a):
        raise PermissionError(13, "Toegang geweigerd")

    monkeypatch.setattr(os, "rename", geweigerd)  # (a rename the file system refuses; as root chmod cannot)
    g = notities.laad(map_, "gemeente")
    assert not g.bewaarbaar and g.apart is None and g.notities == {}
    assert "nieuwe notities worden daarom niet bewaard" in g.melding and p.read_bytes() == b"kapot"


def test_groepen(tmp_path):
    import datetime as dt

    from bodcheck.model import Instellingen
    from bodcheck.samen.model import GemeenteResultaat, RegioResultaat

    a = GemeenteResultaat("Aaberg", str(tmp_path / "aaberg"), dt.date(2026, 9, 1), Instellingen())
    naamloos = GemeenteResultaat("", str(tmp_path / "vlierveen"), dt.date(2026, 9, 1), Instellingen())
    r = RegioResultaat("Regio Aa-vallei", str(tmp_path), dt.date(2026, 9, 1), Instellingen(), gemeenten=[a, naamloos])
    assert [n for n, _ in notities.groepen(r)] == ["Regio Aa-vallei", "Aaberg", "vlierveen"]
    assert notities.groepen(a) == [("Aaberg", a)]


def test_notitie_bij_hernoemde_regel_blijft(map_):
    """The regio form of R02 became R03 (unique rule ids); a note written before still belongs to its question."""
    oud = {"formaat": "bodcheck/samen-notities", "versie": 1, "soort": "regio", "map": str(map_.resolve()),
           "notities": {"Regio Aa-vallei": {"R02|Aaberg:uitstroom_bw_mo:2027": {"notitie": "Vraag Aaberg"},
                                            "R01|regio:nieuwbouw_sociaal:2027": {"meenemen": False}}}}
    pad = notities.pad(map_, "regio")
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(json.dumps(oud), "utf-8")
    assert notities.laad(map_, "regio").notities == {"Regio Aa-vallei": {
        "R03|Aaberg:uitstroom_bw_mo:2027": Notitie(notitie="Vraag Aaberg"),
        "R01|regio:nieuwbouw_sociaal:2027": Notitie(meenemen=False)}}
