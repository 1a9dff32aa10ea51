"""The .bodcheck file: round trip, versions, hostile files, autosave and recovery, and nothing lost when
the process is killed in the middle of saving."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bodcheck import beoordeling, bewerken
from bodcheck.beoordeling import Beoordeling, BeoordelingFout
from bodcheck.model import Bron, Instellingen, Melding, Notitie, Toezegging
from tests.bodcheck.inlezen import werkboeken as w

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _eigen_statusmap(tmp_path, monkeypatch):
    """Autosaves of unsaved assessments and the log go to a folder of this test, not the home folder."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "state"))


@pytest.fixture(scope="module")
def volledig(tmp_path_factory) -> Beoordeling:
    map_ = tmp_path_factory.mktemp("volledig")
    pad = w.schrijf(map_ / "alles.xlsx", w.volledig_gegevens(), soort="volledig")
    b, meldingen = beoordeling.nieuw(pad)
    assert not [m for m in meldingen if m.soort == "fout"], [m.regel_tekst() for m in meldingen]
    invoer = bewerken.wijzig(b.invoer, "Bod", "sloop", 2028, 4)
    invoer = bewerken.wijzig(invoer, "Realisatie", "nieuwbouw_sociaal", 2024, 15)
    invoer = bewerken.wijzig_algemeen(invoer, "datum_overleg", dt.date(2026, 9, 15))
    b.invoer = invoer
    b.instellingen = Instellingen(normenkader="aw-wsw-2024", perspectief="huurders", horizon_jaren=7,
                                  rente_nieuwe_leningen=0.035, definitief=True)
    b.notities = {"B01|nieuwbouw_sociaal": Notitie(True, "Vragen naar Molenweg", "Vergunning in 2027",
                                                   "Corporatie levert planning · RvB · 1 nov"),
                  "F03|": Notitie(meenemen=False)}
    b.algemene_notitie = "Overleg 15 september; € 1.234 ëxtra"
    b.meldingen.append(Melding("intern", "regel gaf een fout", regel="B06"))
    return b


def test_volledige_invoer_heen_en_terug(volledig: Beoordeling, tmp_path: Path) -> None:
    inv = volledig.invoer
    # the workbook really exercised every part of the model
    assert inv.aanwezige_bladen() == ["Prognose", "Prognose DAEB", "Bod", "Woonvisie", "Afspraken",
                                      "Realisatie", "Toezeggingen", "Wijken", "Gemeente"]
    assert inv.bod.regels["ontruimingen"].waarden[2027].tekst == "streven: minder"
    assert inv.toezeggingen[0].peildatum == dt.date(2027, 12, 31)
    assert inv.toezeggingen[1].peildatum == "na de zomer"
    assert inv.bod.bron("sloop", 2028) == Bron("Bod", "D3", None, handmatig=True)
    assert inv.veld("datum_bod") == dt.date(2026, 6, 20)
    pad = beoordeling.opslaan(volledig, tmp_path / "overleg.bodcheck")
    terug = beoordeling.openen(pad)
    assert terug == volledig
    # dict equality ignores order; the workbook's row order matters to the report and the JSON
    assert list(terug.invoer.bod.regels) == list(volledig.invoer.bod.regels)
    assert list(terug.invoer.bod.regels) != sorted(terug.invoer.bod.regels)
    assert list(terug.invoer.algemeen) == list(volledig.invoer.algemeen)
    assert isinstance(terug.invoer.veld("bodjaar"), int)
    assert isinstance(terug.invoer.veld("vhe_totaal"), float)
    assert isinstance(terug.invoer.toezeggingen[0], Toezegging)
    assert str(terug.invoer.bod.bron("sloop", 2028)) == "handmatig (was Bod!D3)"


def test_zelfde_beoordeling_zelfde_bytes(volledig: Beoordeling, tmp_path: Path) -> None:
    a = beoordeling.opslaan(volledig, tmp_path / "a.bodcheck").read_bytes()
    b = beoordeling.opslaan(beoordeling.openen(tmp_path / "a.bodcheck"), tmp_path / "b.bodcheck").read_bytes()
    assert a == b
    kop = json.loads(a)
    assert (kop["formaat"], kop["versie"]) == ("bodcheck/bestand", 2)


def test_nieuw_vult_bronbestanden(tmp_path: Path) -> None:
    bod, wv = w.voorbeeld(tmp_path)
    voor = (w.sha256(bod), w.sha256(wv))
    b, meldingen = beoordeling.nieuw(bod, wv)
    assert b.bronbestanden == {"bod": {"naam": "bod.xlsx", "sha256": voor[0]},
                               "woonvisie": {"naam": "woonvisie.xlsx", "sha256": voor[1]}}
    assert b.meldingen == meldingen
    assert b.invoer.corporatie == "Woonstichting Voorbeeld"
    assert (w.sha256(bod), w.sha256(wv)) == voor


# ---- versions ---------------------------------------------------------------------------------------


def _met_versie(volledig: Beoordeling, versie: int) -> bytes:
    inhoud = json.loads(beoordeling.naar_bytes(volledig))
    inhoud["versie"] = versie
    return json.dumps(inhoud).encode()


def test_nieuwere_versie_wordt_geweigerd(volledig: Beoordeling, tmp_path: Path) -> None:
    pad = tmp_path / "toekomst.bodcheck"
    pad.write_bytes(_met_versie(volledig, 3))
    with pytest.raises(BeoordelingFout) as e:
        beoordeling.openen(pad)
    assert str(e.value) == ("toekomst.bodcheck: deze beoordeling is opgeslagen met een nieuwere bodcheck "
                            "(bestandsversie 3); deze bodcheck leest tot versie 2. Werk bodcheck bij om het "
                            "bestand te openen")


def test_oudere_versie_wordt_gemigreerd(volledig: Beoordeling, tmp_path: Path, monkeypatch) -> None:
    """The mechanism, with a pretend version 3 that renamed `algemene_notitie`."""
    pad = tmp_path / "oud.bodcheck"
    pad.write_bytes(beoordeling.naar_bytes(volledig))  # version 2

    def van_2_naar_3(inhoud: dict) -> dict:
        inhoud["beoordeling"]["algemene_notitie"] = "gemigreerd: " + inhoud["beoordeling"]["algemene_notitie"]
        return inhoud

    monkeypatch.setattr(beoordeling, "VERSIE", 3)
    monkeypatch.setattr(beoordeling, "MIGRATIES", {2: van_2_naar_3})
    terug = beoordeling.openen(pad)
    assert terug.algemene_notitie == "gemigreerd: Overleg 15 september; € 1.234 ëxtra"
    assert terug.invoer == volledig.invoer


# ---- broken and hostile files -----------------------------------------------------------------------

KOPIE = "open een eerdere kopie, of lees de werkboeken opnieuw in"  # what to do, after what happened
BESCHADIGD = f"x.bodcheck: bestand is beschadigd of onvolledig en kan niet worden geopend; {KOPIE}"
GEEN = "x.bodcheck: dit is geen bodcheck-beoordeling; een beoordeling is een .bodcheck-bestand dat bodcheck zelf bewaart"
ONLEESBAAR = (f"x.bodcheck: dit is geen leesbare bodcheck-beoordeling (het bestand is beschadigd of door een ander "
              f"programma gemaakt); {KOPIE}")


def _geldig() -> dict:
    return {"formaat": "bodcheck/bestand", "versie": 1, "beoordeling": {
        "invoer": {}, "meldingen": [], "instellingen": {}}}


def _met(pad: list, waarde) -> bytes:
    inhoud = _geldig()
    doel = inhoud
    for k in pad[:-1]:
        doel = doel[k]
    doel[pad[-1]] = waarde
    return json.dumps(inhoud).encode()


SLECHT = [
    ("leeg", b"", "x.bodcheck: bestand is leeg"),
    ("binair", bytes(range(256)) * 4, ONLEESBAAR),
    ("afgekapt", json.dumps(_geldig()).encode()[:40], ONLEESBAAR),
    ("een lijst", b"[1, 2, 3]", GEEN),
    ("ander formaat", json.dumps({"formaat": "iets/anders", "versie": 1}).encode(), GEEN),
    ("een xlsx", b"PK\x03\x04" + bytes(100), "x.bodcheck: dit is een werkboek of ander ingepakt bestand en geen "
     "bodcheck-beoordeling; een werkboek leest u in met Nieuwe beoordeling…"),
    ("een pdf", b"%PDF-1.4\n", "x.bodcheck: dit is een PDF en geen bodcheck-beoordeling; bodcheck leest het bod uit het "
     "ingevulde sjabloon (.xlsx) van de corporatie, en heeft u alleen de PDF, kies dan in het programma Nieuwe "
     "beoordeling invullen… en neem de cijfers over"),
    ("versie als tekst", _met(["versie"], "1"),
     "x.bodcheck: bestandsversie ontbreekt of is ongeldig; het bestand is beschadigd"),
    ("versie 0", _met(["versie"], 0), "x.bodcheck: bestandsversie ontbreekt of is ongeldig; het bestand is beschadigd"),
    ("diep genest", b'{"formaat": "bodcheck/bestand", "versie": 1, "beoordeling": ' + b"[" * 200_000
     + b"]" * 200_000 + b"}", ONLEESBAAR),
    ("enorm getal", b'{"formaat": "bodcheck/bestand", "versie": 1' + b"0" * 10_000 + b"}",
     ONLEESBAAR),
    ("NaN", _met(["beoordeling", "algemene_notitie"], "x").replace(b'"x"', b"NaN"),
     ONLEESBAAR),
    ("invoer ontbreekt", _met(["beoordeling"], {"meldingen": [], "instellingen": {}}), BESCHADIGD),
    ("tekst waar een getal hoort", _met(["beoordeling", "invoer"], {"bod": {"naam": "Bod", "regels": {
        "sloop": {"code": "sloop", "omschrijving": "", "eenheid": "aantal", "thema": "",
                  "waarden": {"2027": {"getal": "veel", "bron": {}}}}}}}), BESCHADIGD),
    ("jaar geen getal", _met(["beoordeling", "invoer"], {"bod": {"naam": "Bod", "regels": {
        "sloop": {"code": "sloop", "omschrijving": "", "eenheid": "aantal", "thema": "",
                  "waarden": {"later": {"getal": 1, "bron": {}}}}}}}), BESCHADIGD),
    ("datum onzin", _met(["beoordeling", "invoer"], {"algemeen": {"datum_bod": {
        "waarde": {"$datum": "2026-13-45"}, "bron": {}}}}), BESCHADIGD),
    ("onbekende meldingsoort", _met(["beoordeling", "meldingen"], [{"soort": "ramp", "tekst": "x"}]), BESCHADIGD),
    ("onbekend perspectief", _met(["beoordeling", "instellingen"], {"perspectief": "corporatie"}), BESCHADIGD),
    ("bool als jaar", _met(["beoordeling", "instellingen"], {"horizon_jaren": True}), BESCHADIGD),
]


@pytest.mark.parametrize(("inhoud", "tekst"), [(s[1], s[2]) for s in SLECHT], ids=[s[0] for s in SLECHT])
def test_beschadigd_of_vijandig(inhoud: bytes, tekst: str, tmp_path: Path) -> None:
    pad = tmp_path / "x.bodcheck"
    pad.write_bytes(inhoud)
    begin = time.perf_counter()
    with pytest.raises(BeoordelingFout) as e:
        beoordeling.openen(pad)
    assert str(e.value) == tekst
    assert time.perf_counter() - begin < 5


def test_minimaal_geldig_bestand_opent(tmp_path: Path) -> None:
    pad = tmp_path / "x.bodcheck"
    pad.write_bytes(json.dumps(_geldig()).encode())
    b = beoordeling.openen(pad)
    assert b.invoer.bod is None and b.notities == {} and b.instellingen == Instellingen()


def test_te_groot(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(beoordeling, "MAX_BYTES", 1000)
    pad = tmp_path / "x.bodcheck"
    pad.write_bytes(b" " * 1001)
    with pytest.raises(BeoordelingFout, match=r"^x\.bodcheck: bestand is te groot voor een bodcheck-beoordeling"):
        beoordeling.openen(pad)


def test_niet_gevonden_en_map(tmp_path: Path) -> None:
    with pytest.raises(BeoordelingFout, match=r"^weg\.bodcheck: bestand niet gevonden$"):
        beoordeling.openen(tmp_path / "weg.bodcheck")
    (tmp_path / "map.bodcheck").mkdir()
    with pytest.raises(BeoordelingFout, match=r"^map\.bodcheck: dit is een map, geen bestand$"):
        beoordeling.openen(tmp_path / "map.bodcheck")


def test_opslaan_in_onschrijfbare_map(volledig: Beoordeling, tmp_path: Path) -> None:
    (tmp_path / "bestand").write_text("geen map")
    with pytest.raises(BeoordelingFout, match=r"^x\.bodcheck: kan niet worden opgeslagen"):
        beoordeling.opslaan(volledig, tmp_path / "bestand" / "x.bodcheck")


# ---- autosave and recovery --------------------------------------------------------------------------


def test_autosave_pad(tmp_path: Path) -> None:
    assert beoordeling.autosave_pad(tmp_path / "overleg.bodcheck") == tmp_path / ".overleg.bodcheck~"
    assert beoordeling.autosave_pad(None) == tmp_path / "state" / "bodcheck" / "autosave" / "naamloos.bodcheck~"


def test_autosave_en_herstel(volledig: Beoordeling, tmp_path: Path) -> None:
    pad = tmp_path / "overleg.bodcheck"
    beoordeling.opslaan(volledig, pad)
    assert beoordeling.herstelbaar(pad) == []
    bewerkt = Beoordeling(**{**volledig.__dict__, "algemene_notitie": "na het opslaan getypt"})
    kopie = beoordeling.autosave(bewerkt, pad)
    os.utime(kopie, ns=(pad.stat().st_mtime_ns + 1_000_000, pad.stat().st_mtime_ns + 1_000_000))
    # the app crashes here; on the next start:
    assert beoordeling.herstelbaar(pad) == [kopie]
    assert beoordeling.openen(kopie).algemene_notitie == "na het opslaan getypt"
    assert beoordeling.openen(pad).algemene_notitie == volledig.algemene_notitie
    beoordeling.opslaan(beoordeling.openen(kopie), pad)  # the user restores and saves
    assert not kopie.exists()
    assert beoordeling.herstelbaar(pad) == []


def test_autosave_ouder_dan_bestand_is_niet_herstelbaar(volledig: Beoordeling, tmp_path: Path) -> None:
    pad = tmp_path / "overleg.bodcheck"
    kopie = beoordeling.autosave(volledig, pad)
    beoordeling.opslaan(volledig, pad)
    assert not kopie.exists()
    kopie = beoordeling.autosave(volledig, pad)
    os.utime(kopie, ns=(pad.stat().st_mtime_ns - 1_000_000, pad.stat().st_mtime_ns - 1_000_000))
    assert beoordeling.herstelbaar(pad) == []


def test_autosave_van_nooit_opgeslagen_beoordeling(volledig: Beoordeling, tmp_path: Path) -> None:
    assert beoordeling.herstelbaar() == []
    kopie = beoordeling.autosave(volledig, None)
    assert beoordeling.herstelbaar() == [kopie]
    assert beoordeling.openen(kopie) == volledig


# ---- killed while saving ----------------------------------------------------------------------------

_KIND = """
import sys
from pathlib import Path
from bodcheck import beoordeling
a = beoordeling.openen(Path(sys.argv[1]))
b = beoordeling.openen(Path(sys.argv[2]))
doel = Path(sys.argv[3])
print("klaar", flush=True)
i = 0
while True:
    beoordeling.opslaan(a if i % 2 else b, doel)
    i += 1
"""


def test_doden_tijdens_opslaan_verliest_niets(volledig: Beoordeling, tmp_path: Path) -> None:
    """30 runs of a process saving two versions in turn, each killed (SIGKILL) at a random moment: the
    file left behind always opens and is one of the two versions, never half of one."""
    groot = Beoordeling(**{**volledig.__dict__, "algemene_notitie": "B" + "x" * 3_000_000})
    a_pad = beoordeling.opslaan(volledig, tmp_path / "a.bodcheck")
    b_pad = beoordeling.opslaan(groot, tmp_path / "b.bodcheck")
    doel = tmp_path / "doel.bodcheck"
    beoordeling.opslaan(volledig, doel)
    kans = random.Random(20261121)
    gezien = set()
    begin = time.perf_counter()
    for _ in range(30):
        kind = subprocess.Popen([sys.executable, "-c", _KIND, str(a_pad), str(b_pad), str(doel)],
                                stdout=subprocess.PIPE, cwd=ROOT)
        assert kind.stdout.readline().strip() == b"klaar"
        time.sleep(kans.uniform(0.0, 0.15))
        kind.send_signal(signal.SIGKILL)
        kind.wait(timeout=10)
        kind.stdout.close()
        terug = beoordeling.openen(doel)
        assert terug.algemene_notitie in (volledig.algemene_notitie, groot.algemene_notitie)
        assert terug.invoer == volledig.invoer
        gezien.add(terug.algemene_notitie[:1])
    assert time.perf_counter() - begin < 90
    assert len(gezien) == 2, "beide versies zijn ten minste eens achtergebleven"
    resten = [p.name for p in tmp_path.iterdir() if p.name not in ("a.bodcheck", "b.bodcheck", "doel.bodcheck",
                                                                    "state")]
    assert all(n.startswith(".doel.bodcheck.") and n.endswith(".tmp") for n in resten), resten


# ---- the workbooks are never touched ----------------------------------------------------------------


def test_volledige_beoordeling_laat_werkboeken_ongemoeid(tmp_path: Path) -> None:
    """Reading, computing, saving and opening the .bodcheck, the JSON and (when it exists) the report:
    the workbooks' bytes and modification times stay as they were."""
    import importlib.util

    from bodcheck import pipeline, uitvoer

    bod, wv = w.voorbeeld(tmp_path / "in")
    voor = {p: (w.sha256(p), p.stat().st_mtime_ns) for p in (bod, wv)}
    b, meldingen = beoordeling.nieuw(bod, wv)
    resultaat = pipeline.beoordeel_invoer(b.invoer, b.instellingen, dt.date(2026, 9, 1), meldingen)
    rapport = importlib.util.find_spec("bodcheck.rapport") is not None
    uit = tmp_path / "uit"
    uitvoer.schrijf_uitvoer(resultaat, json_pad=str(uit / "b.json"), rapport=str(uit / "r.pdf") if rapport else None,
                        excel=str(uit / "e.xlsx") if rapport else None)
    beoordeling.openen(beoordeling.opslaan(b, uit / "b.bodcheck"))
    assert {p: (w.sha256(p), p.stat().st_mtime_ns) for p in (bod, wv)} == voor
    assert sorted(p.name for p in (tmp_path / "in").iterdir()) == ["bod.xlsx", "woonvisie.xlsx"]


def test_twee_naamloze_sessies_hebben_elk_hun_eigen_herstelkopie() -> None:
    from bodcheck import beoordeling as bo

    a, b = bo.autosave_pad(None, "aaaa1111"), bo.autosave_pad(None, "bbbb2222")
    assert a != b and a.parent == b.parent
    assert a.name == "naamloos-aaaa1111.bodcheck~"
