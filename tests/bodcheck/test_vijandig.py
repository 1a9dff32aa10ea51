"""Issue 15: hostile and strange input, and outputs that never destroy anything. A generated corpus.

Every case builds its inputs in tmp_path (no binary blobs in the repository), runs the command line in-process
and checks, besides its own exit code and its exact Dutch lines on stderr (written out by hand):
- every input's sha256 is unchanged;
- a refused run leaves nothing behind (no output, no temporary file); a run that succeeds leaves no
  temporary file and its Excel export holds no formula;
- it takes at most 5 s when refused, 10 s for a whole assessment with its report on this shared machine (the
  heavy cases also run in a real process with a memory bound, at the end).
Cell addresses are found in the written workbook with openpyxl (independently of bodcheck's reader).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bodcheck import cli
from tests.bodcheck.inlezen import werkboeken as w

ROOT = Path(__file__).resolve().parents[2]
PEIL = ["--peildatum", "2026-09-01"]
MAX_SECONDEN = 5.0  # a refused input: bounded work, early refusal
MAX_SECONDEN_MET_UITVOER = 10.0  # a whole assessment with its PDF and Excel on a shared, loaded 2-core machine

# ---- building inputs --------------------------------------------------------------------------------


def _bod(m: Path, aanpassen: Callable[[dict], None] | None = None, naam: str = "bod.xlsx") -> Path:
    g = w.bod_gegevens()
    if aanpassen:
        aanpassen(g)
    return w.schrijf(m / naam, g)


def _wv(m: Path, aanpassen: Callable[[dict], None] | None = None, naam: str = "woonvisie.xlsx") -> Path:
    g = w.woonvisie_gegevens()
    if aanpassen:
        aanpassen(g)
    return w.schrijf(m / naam, g, soort="woonvisie")


def cel(pad: Path, blad: str, code: str, jaar: int | None = None) -> str:
    """The address of `code`'s cell in column `jaar` (or of the value in Algemeen), found with openpyxl."""
    wb = load_workbook(pad, read_only=True)
    try:
        rijen = list(wb[blad].iter_rows(values_only=True))
    finally:
        wb.close()
    if blad == "Algemeen":
        labels = {v.code: v.label for v in __import__("bodcheck.codes", fromlist=["ALGEMEEN"]).ALGEMEEN}
        r = next(i for i, rij in enumerate(rijen, start=1) if rij and rij[0] in (code, labels.get(code)))
        return f"B{r}"
    kop = rijen[0]
    k = kop.index(jaar) + 1
    r = next(i for i, rij in enumerate(rijen, start=1) if rij and rij[0] == code)
    return f"{'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[k - 1]}{r}"


def _fifo(pad: Path) -> Path:
    os.mkfifo(pad)
    return pad


@dataclass
class Geval:
    naam: str
    maak: Callable[[Path], list[str]]  # builds the inputs, returns the argv
    code: int
    regels: list[str] | Callable[[Path], list[str]]  # stderr lines without "bodcheck: ", {m} = tmp_path
    controle: Callable[[Path], None] | None = None  # an extra check on what was written (exit 0)
    stdout: list[str] | None = None  # exact stdout lines, when they matter


def _beoordeel(m: Path, bod: Path, wv: Path | None = None, uit: tuple[str, ...] = ("--json", "--excel"),
               extra: tuple[str, ...] = ()) -> list[str]:
    argv = ["beoordeel", str(bod), *(["--woonvisie", str(wv)] if wv else []), *PEIL, *extra]
    namen = {"--json": "b.json", "--excel": "e.xlsx", "--rapport": "r.pdf"}
    for optie in uit:
        argv += [optie, str(m / "uit" / namen[optie])]
    return argv


def _bod_geval(aanpassen: Callable[[dict], None], wv: bool = False, uit: tuple[str, ...] = ("--json", "--excel"),
               extra: tuple[str, ...] = ()) -> Callable[[Path], list[str]]:
    def maak(m: Path) -> list[str]:
        return _beoordeel(m, _bod(m, aanpassen), _wv(m) if wv else None, uit, extra)
    return maak


def _zet(blad: str, code: str, jaar: int, waarde) -> Callable[[dict], None]:
    def f(g: dict) -> None:
        i = g[blad]["jaren"].index(jaar)
        g[blad]["regels"][code][i] = waarde
    return f


def _algemeen(code: str, waarde) -> Callable[[dict], None]:
    def f(g: dict) -> None:
        g["Algemeen"][code] = waarde
    return f


# ---- 1. outputs never destroy anything ---------------------------------------------------------------

OPTIE_NAAM = {"--excel": "e.xlsx", "--json": "b.json", "--rapport": "r.pdf"}


def _uitvoer_is_invoer(optie: str, welke: str, hoe: str) -> Geval:
    """`optie` names the input `welke` itself (hoe=pad), a hard link to it (link) or a symlink (symlink)."""
    def maak(m: Path) -> list[str]:
        bod, wv = _bod(m), _wv(m)
        kader = m / "kader.toml"
        kader.write_text(KADER_TOML, encoding="utf-8")
        doel = {"bod": bod, "woonvisie": wv, "normen": kader}[welke]
        if hoe == "pad":
            uit = doel
        elif hoe == "link":
            uit = m / f"link{doel.suffix}"
            os.link(doel, uit)
        else:
            uit = m / f"symlink{doel.suffix}"
            uit.symlink_to(doel)
        return ["beoordeel", str(bod), "--woonvisie", str(wv), "--normen", str(kader), *PEIL, optie, str(uit)]

    def regels(m: Path) -> list[str]:
        invoer = {"bod": ("bod", m / "bod.xlsx"), "woonvisie": ("--woonvisie", m / "woonvisie.xlsx"),
                  "normen": ("--normen", m / "kader.toml")}[welke]
        uit = {"pad": invoer[1], "link": m / f"link{invoer[1].suffix}",
               "symlink": m / f"symlink{invoer[1].suffix}"}[hoe]
        return [f"{optie} {uit} is hetzelfde bestand als de invoer {invoer[0]} {invoer[1]}; kies een andere naam, "
                "anders gaat de invoer verloren"]
    return Geval(f"{optie} is {welke} ({hoe})", maak, 2, regels)


KADER_TOML = """naam = "eigen"
titel = "Eigen kader"
bron = "test"
geldig = "2024"
geldig_van = 2024
bw_versie = "2.0"
[normen.TI]
icr_min = 1.4
ltv_max = 0.85
solvabiliteit_min = 0.15
dekkingsratio_max = 0.7
"""


def _twee_uitvoer(a: str, b: str) -> Geval:
    def maak(m: Path) -> list[str]:
        bod, wv = w.voorbeeld(m)
        return ["beoordeel", str(bod), "--woonvisie", str(wv), *PEIL, a, str(m / "x.out"), b, str(m / "x.out")]
    volgorde = ("--rapport", "--excel", "--json")  # the order in which bodcheck compares the outputs
    eerder, later = sorted((a, b), key=volgorde.index)
    return Geval(f"{a} en {b} zijn één bestand", maak, 2,
                 lambda m: [f"{later} {m / 'x.out'} en {eerder} {m / 'x.out'} zijn hetzelfde bestand; kies voor elke "
                            "uitvoer een eigen naam"])


def _bodcheck_json_over_zichzelf(m: Path) -> list[str]:
    from bodcheck import beoordeling

    b, _ = beoordeling.nieuw(*w.voorbeeld(m))
    pad = beoordeling.opslaan(b, m / "x.bodcheck")
    return ["beoordeel", str(pad), *PEIL, "--json", str(pad)]


def _map_als_doel(optie: str) -> Geval:
    def maak(m: Path) -> list[str]:
        bod, wv = w.voorbeeld(m)
        (m / "doel").mkdir()
        return ["beoordeel", str(bod), "--woonvisie", str(wv), *PEIL, optie, str(m / "doel")]
    return Geval(f"{optie} is een map", maak, 2,
                 lambda m: [f"{m / 'doel'}: kan niet worden geschreven (dit is een map, geen bestand)"])


def _ouder_is_bestand(optie: str) -> Geval:
    def maak(m: Path) -> list[str]:
        bod, wv = w.voorbeeld(m)
        (m / "blok").write_text("ik ben een bestand")
        return ["beoordeel", str(bod), "--woonvisie", str(wv), *PEIL, optie, str(m / "blok" / "uit.x")]
    return Geval(f"{optie} onder een bestand", maak, 2,
                 lambda m: [f"{m / 'blok' / 'uit.x'}: kan niet worden geschreven ({m / 'blok'} is een bestand, "
                            "geen map)"])


def _alles_of_niets(m: Path) -> list[str]:
    """JSON and Excel are fine, the report's folder is a file: nothing at all may be written."""
    bod, wv = w.voorbeeld(m)
    (m / "blok").write_text("x")
    return ["beoordeel", str(bod), "--woonvisie", str(wv), *PEIL, "--json", str(m / "uit" / "b.json"),
            "--excel", str(m / "uit" / "e.xlsx"), "--rapport", str(m / "blok" / "r.pdf")]


def _naar_apparaat(m: Path) -> list[str]:
    bod, wv = w.voorbeeld(m)
    (m / "vol.json").symlink_to("/dev/full")
    return ["beoordeel", str(bod), "--woonvisie", str(wv), *PEIL, "--json", str(m / "vol.json")]


def _gemeente_uitvoer_over_bod(optie: str) -> Geval:
    def maak(m: Path) -> list[str]:
        map_ = m / "gemeente"
        map_.mkdir()
        _bod(map_, naam="bod-a.xlsx")
        _wv(map_)
        return ["gemeente", str(map_), *PEIL, optie, str(map_ / "bod-a.xlsx")]
    return Geval(f"gemeente {optie} over een bod in de map", maak, 2,
                 lambda m: [f"{optie} {m / 'gemeente' / 'bod-a.xlsx'} is hetzelfde bestand als de invoer map "
                            f"{m / 'gemeente' / 'bod-a.xlsx'}; kies een andere naam, anders gaat de invoer verloren"])


def _sjabloon_bestaat(overschrijf: bool) -> Callable[[Path], list[str]]:
    def maak(m: Path) -> list[str]:
        _bod(m, naam="ingevuld.xlsx")
        return ["sjabloon", str(m / "ingevuld.xlsx"), "--bodjaar", "2026", *(["--overschrijf"] if overschrijf else [])]
    return maak


UITVOER: list[Geval] = [
    *(_uitvoer_is_invoer(o, welke, hoe) for o in ("--excel", "--json", "--rapport")
      for welke in ("bod", "woonvisie", "normen") for hoe in ("pad", "link", "symlink")),
    *(_twee_uitvoer(a, b) for a, b in (("--json", "--excel"), ("--excel", "--rapport"), ("--json", "--rapport"))),
    Geval("--json over de eigen .bodcheck", _bodcheck_json_over_zichzelf, 2,
          lambda m: [f"--json {m / 'x.bodcheck'} is hetzelfde bestand als de invoer bod {m / 'x.bodcheck'}; kies een "
                     "andere naam, anders gaat de invoer verloren"]),
    *(_map_als_doel(o) for o in ("--json", "--excel", "--rapport")),
    *(_ouder_is_bestand(o) for o in ("--json", "--excel", "--rapport")),
    Geval("alles of niets", _alles_of_niets, 2,
          lambda m: [f"{m / 'blok' / 'r.pdf'}: kan niet worden geschreven ({m / 'blok'} is een bestand, geen map)"]),
    Geval("uitvoer naar een apparaat", _naar_apparaat, 2,
          lambda m: [f"{m / 'vol.json'}: kan niet worden geschreven (dit is geen gewoon bestand)"]),
    *(_gemeente_uitvoer_over_bod(o) for o in ("--json", "--excel")),
    Geval("sjabloon over een ingevuld werkboek", _sjabloon_bestaat(False), 2,
          lambda m: [f"{m / 'ingevuld.xlsx'}: bestaat al; kies een andere naam of geef --overschrijf om het te "
                     "vervangen"]),
]

# ---- 2. numbers, years and texts at the reader -----------------------------------------------------

J = w.PROGNOSE_JAREN[0]
B = w.BOD_JAREN[0]


def _getal_geval(naam: str, blad: str, code: str, jaar: int, waarde, tekst: str, wv: bool = False) -> Geval:
    return Geval(naam, _bod_geval(_zet(blad, code, jaar, waarde), wv=wv), 2,
                 lambda m: [f"bod.xlsx: {blad}!{cel(m / 'bod.xlsx', blad, code, jaar)}: {tekst}"])


ONMOGELIJK_BEDRAG = "bedrag is onmogelijk groot (een bedrag ligt onder € 10.000.000.000.000); controleer de eenheid " \
                    "en de invoer"
NEGATIEF = "negatief getal: {} kan niet negatief zijn"

GETALLEN: list[Geval] = [
    *(_getal_geval(f"{code} {waarde!r}", "Prognose", code, J, waarde, ONMOGELIJK_BEDRAG)
      for code in ("schuld_nominaal", "marktwaarde", "kasstroom_operationeel", "huurontvangsten")
      for waarde in (1e305, 1e10, -1e12, "1" + "0" * 300)),
    *(_getal_geval(f"{code} negatief", "Prognose", code, J, -5, NEGATIEF.format(wat))
      for code, wat in (("schuld_nominaal", "een schuld"), ("schuld_geborgd", "een schuld"),
                        ("marktwaarde", "een marktwaarde"), ("beleidswaarde", "een beleidswaarde"),
                        ("onderpand_waarde", "een onderpandwaarde"), ("vhe", "een aantal woningen"))),
    *(_getal_geval(f"aantal {code} {waarde:g}", blad, code, jaar, waarde,
                   "aantal is onmogelijk groot (een aantal ligt onder 10.000.000)")
      for blad, code, jaar in (("Prognose", "vhe", J), ("Bod", "nieuwbouw_sociaal", B), ("Bod", "verduurzaming", B))
      for waarde in (1e7, 1e300)),
    *(_getal_geval(f"aandeel {waarde}", "Bod", "passend_toewijzen", B, waarde, "aandeel ligt niet tussen 0% en 100%")
      for waarde in (250, -0.5, "150%")),
    _getal_geval("huurverhoging 5000%", "Bod", "huurverhoging", B, 5000,
                 "percentage is onmogelijk groot (meer dan 1.000%)"),
    Geval("balanstotaal onder eigen vermogen", _bod_geval(_zet("Prognose", "balanstotaal", J, 1_000)), 2,
          lambda m: [f"bod.xlsx: Prognose!{cel(m / 'bod.xlsx', 'Prognose', 'balanstotaal', J)}: balanstotaal {J} is "
                     f"kleiner dan het eigen vermogen ({cel(m / 'bod.xlsx', 'Prognose', 'eigen_vermogen', J)}); "
                     "dat kan niet"]),
    Geval("woonvisie waarde 1E300", _bod_geval(lambda g: None, wv=False), 2, []),  # replaced below
]


def _wv_waarde(m: Path) -> list[str]:
    wv = _wv(m, lambda g: g["Woonvisie"][0].update(waarde=1e300))
    return _beoordeel(m, _bod(m), wv)


GETALLEN[-1] = Geval("woonvisie waarde 1E300", _wv_waarde, 2,
                     ["[woonvisie.xlsx]Woonvisie!D2: aantal is onmogelijk groot (een aantal ligt onder 10.000.000)"])


def _klein(m: Path) -> list[str]:
    return _beoordeel(m, _bod(m, _zet("Prognose", "rente_ontvangen", J, 1e-320)), _wv(m))


JAREN: list[Geval] = [
    *(Geval(f"bodjaar {j}", _bod_geval(_algemeen("bodjaar", j)), 2,
            lambda m, j=j: [f"bod.xlsx: Algemeen!{cel(m / 'bod.xlsx', 'Algemeen', 'bodjaar')}: Bodjaar: jaartal {j} "
                            "ligt niet tussen 1900 en 2100"])
      for j in (10000, -5, 0, 1899, 2101)),
    Geval("prognose-editie 99999", _bod_geval(_algemeen("prognose_editie", 99999)), 2,
          lambda m: [f"bod.xlsx: Algemeen!{cel(m / 'bod.xlsx', 'Algemeen', 'prognose_editie')}: Prognose-editie: "
                     "jaartal 99999 ligt niet tussen 1900 en 2100"]),
    *(Geval(f"{n} jaarkolommen", _bod_geval(lambda g, n=n: g.update(Prognose={
        "jaren": list(range(2000, 2000 + n)),
        "regels": {c: [v[0]] * n for c, v in w.bod_gegevens()["Prognose"]["regels"].items()}})), 2,
        [f"bod.xlsx: Prognose!A1: de kopregel heeft {n} jaarkolommen; hoogstens 30 per blad"])
      for n in (31, 101)),
]


def _lange_naam(m: Path) -> list[str]:
    return _beoordeel(m, _bod(m, _algemeen("corporatie", "W" * 5000)), _wv(m), uit=("--json", "--rapport"))


def _lange_toelichting(m: Path) -> list[str]:
    def f(g: dict) -> None:
        g["Bod"]["toelichting"] = {"nieuwbouw_sociaal": "lang" * 1500}
    return _beoordeel(m, _bod(m, f), _wv(m), uit=("--json", "--rapport", "--excel"))


def _pdf_tekst(pad: Path) -> str:
    from pypdf import PdfReader

    return "".join(p.extract_text() for p in PdfReader(pad).pages)


def _json(pad: Path) -> dict:
    import json

    return json.loads(pad.read_text(encoding="utf-8"))


def _controle_lange_naam(m: Path) -> None:
    assert _json(m / "uit" / "b.json")["corporatie"] == "W" * 5000, "de JSON houdt de hele tekst"
    tekst = _pdf_tekst(m / "uit" / "r.pdf")
    assert "W" * 5000 not in tekst and "…" in tekst, "het rapport kort de tekst in met …"


def _controle_lange_toelichting(m: Path) -> None:
    assert _pdf_tekst(m / "uit" / "r.pdf")  # the PDF was made


def _vijandige_notities(m: Path) -> list[str]:
    """A saved assessment whose notes hold a formula, control characters, markup and 200.000 characters."""
    import datetime as dt

    from bodcheck import beoordeling, pipeline
    from bodcheck.model import Notitie, notitie_sleutel

    b, _ = beoordeling.nieuw(*w.voorbeeld(m))
    r = pipeline.beoordeel_invoer(b.invoer, b.instellingen, dt.date(2026, 9, 1), b.meldingen)
    for v in r.vraagpunten[:3]:
        b.notities[notitie_sleutel(v)] = Notitie(notitie='=HYPERLINK("x")\x00\x1b<b>&amp;' + "z" * 200_000,
                                                 antwoord="a\x0b" * 50_000, afspraak="<para>")
    b.algemene_notitie = "\x01" * 10 + "w" * 100_000
    pad = beoordeling.opslaan(b, m / "x.bodcheck")
    return ["beoordeel", str(pad), *PEIL, "--rapport", str(m / "uit" / "r.pdf"), "--excel", str(m / "uit" / "e.xlsx")]


def _controle_notities(m: Path) -> None:
    tekst = _pdf_tekst(m / "uit" / "r.pdf")
    assert "z" * 200_000 not in tekst and "…" in tekst
    wb = load_workbook(m / "uit" / "e.xlsx")
    assert all(len(c.value) <= 32_767 for ws in wb for rij in ws.iter_rows() for c in rij if isinstance(c.value, str))


TEKSTEN: list[Geval] = [
    Geval("vijandige notities in een .bodcheck", _vijandige_notities, 0, [], _controle_notities),
    Geval("heel lange corporatienaam", _lange_naam, 0, [], _controle_lange_naam),
    Geval("heel lange toelichting", _lange_toelichting, 0, [], _controle_lange_toelichting),
    Geval("getal van 1E-320", _klein, 0, []),
]

# ---- 3. formulas from data never reach a spreadsheet --------------------------------------------------

FORMULES = ["=5+5", '=HYPERLINK("http://voorbeeld.invalid","klik")', "+5+5", "-5+5", "@SUM(1,2)", "\t=1+1",
            "\r=1+1", "＝5+5"]


def _formule_geval(tekst: str, waar: str) -> Geval:
    def maak(m: Path) -> list[str]:
        if waar == "corporatie":
            return _beoordeel(m, _bod(m, _algemeen("corporatie", tekst)), _wv(m))
        return _beoordeel(m, _bod(m), _wv(m, lambda g: g["Woonvisie"][0].update(omschrijving=tekst)))

    def controle(m: Path) -> None:
        wb = load_workbook(m / "uit" / "e.xlsx")
        formules = [(ws.title, c.coordinate, c.value) for ws in wb for rij in ws.iter_rows() for c in rij
                    if c.data_type == "f"]
        assert formules == [], formules
        teksten = {c.value for ws in wb for rij in ws.iter_rows() for c in rij if isinstance(c.value, str)}
        verwacht = tekst.replace("\r", "\n") if tekst.startswith("\r") else tekst
        assert any(verwacht.strip() in t for t in teksten), f"de tekst {tekst!r} staat letterlijk in de export"

    return Geval(f"formule {tekst!r} in {waar}", maak, 0, [], controle)


def _formule_bestandsnaam(m: Path) -> list[str]:
    bod = _bod(m, naam="=1+1.xlsx")
    return _beoordeel(m, bod, _wv(m))


def _controle_bestandsnaam(m: Path) -> None:
    wb = load_workbook(m / "uit" / "e.xlsx")
    assert not [c for ws in wb for rij in ws.iter_rows() for c in rij if c.data_type == "f"]


FORMULE: list[Geval] = [
    *(_formule_geval(t, waar) for t in FORMULES for waar in ("corporatie", "woonvisie")),
    Geval("formule als bestandsnaam", _formule_bestandsnaam, 0, [], _controle_bestandsnaam),
]

# ---- 4. paths that are no regular file ---------------------------------------------------------------


def _pad_geval(naam: str, rol: str, maak_pad: Callable[[Path], Path], reden: str) -> Geval:
    def maak(m: Path) -> list[str]:
        bod, wv = w.voorbeeld(m)
        p = maak_pad(m)
        if rol == "bod":
            return ["beoordeel", str(p), "--woonvisie", str(wv), *PEIL, "--json", str(m / "uit" / "b.json")]
        if rol == "woonvisie":
            return ["beoordeel", str(bod), "--woonvisie", str(p), *PEIL, "--json", str(m / "uit" / "b.json")]
        return ["beoordeel", str(bod), "--woonvisie", str(wv), "--normen", str(p), *PEIL]
    return Geval(naam, maak, 2, lambda m: [f"{maak_pad_naam(maak_pad, m)}: {reden}"])


def maak_pad_naam(maak_pad: Callable[[Path], Path], m: Path) -> str:
    return _PADNAMEN[maak_pad.__name__]


def _p_fifo_xlsx(m: Path) -> Path:
    return _fifo(m / "pijp.xlsx")


def _p_fifo_toml(m: Path) -> Path:
    return _fifo(m / "pijp.toml")


def _p_fifo_bodcheck(m: Path) -> Path:
    return _fifo(m / "pijp.bodcheck")


def _p_zero(m: Path) -> Path:
    return Path("/dev/zero")


def _p_map(m: Path) -> Path:
    (m / "map.xlsx").mkdir()
    return m / "map.xlsx"


def _p_link_fifo(m: Path) -> Path:
    _fifo(m / "echt")
    (m / "koppeling.xlsx").symlink_to(m / "echt")
    return m / "koppeling.xlsx"


def _p_dode_link(m: Path) -> Path:
    (m / "dood.xlsx").symlink_to(m / "bestaat-niet")
    return m / "dood.xlsx"


_PADNAMEN = {"_p_fifo_xlsx": "pijp.xlsx", "_p_fifo_toml": "pijp.toml", "_p_fifo_bodcheck": "pijp.bodcheck",
             "_p_zero": "zero", "_p_map": "map.xlsx", "_p_link_fifo": "koppeling.xlsx", "_p_dode_link": "dood.xlsx"}
FIFO = "dit is geen gewoon bestand maar een pijp (FIFO); bodcheck leest alleen gewone bestanden"
APPARAAT = "dit is geen gewoon bestand maar een apparaat; bodcheck leest alleen gewone bestanden"

PADEN: list[Geval] = [
    *(_pad_geval(f"{rol}: pijp", rol, _p_fifo_xlsx, FIFO) for rol in ("bod", "woonvisie")),
    _pad_geval("bod: pijp .bodcheck", "bod", _p_fifo_bodcheck, FIFO),
    _pad_geval("normen: pijp", "normen", _p_fifo_toml, FIFO),
    *(_pad_geval(f"{rol}: /dev/zero", rol, _p_zero, APPARAAT) for rol in ("bod", "woonvisie", "normen")),
    *(_pad_geval(f"{rol}: map", rol, _p_map, "dit is een map, geen bestand") for rol in ("bod", "woonvisie")),
    *(_pad_geval(f"{rol}: koppeling naar een pijp", rol, _p_link_fifo, FIFO) for rol in ("bod", "woonvisie")),
    *(_pad_geval(f"{rol}: dode koppeling", rol, _p_dode_link,
                 "de koppeling wijst naar een bestand dat niet bestaat") for rol in ("bod", "woonvisie")),
]

# ---- 5. normenkader files -----------------------------------------------------------------------------


def _kader_geval(naam: str, toml: str, regel: str) -> Geval:
    def maak(m: Path) -> list[str]:
        bod, wv = w.voorbeeld(m)
        (m / "k.toml").write_text(toml, encoding="utf-8")
        return ["beoordeel", str(bod), "--woonvisie", str(wv), "--normen", str(m / "k.toml"), *PEIL]
    return Geval(naam, maak, 2, [f"k.toml: {regel}"])


KADERS: list[Geval] = [
    *(_kader_geval(f"geldig_van = {v}", KADER_TOML.replace("geldig_van = 2024", f"geldig_van = {v}"),
                   f"geldig_van = {t} is geen jaartal tussen 1900 en 2100")
      for v, t in (("inf", "inf"), ("-inf", "-inf"), ("nan", "nan"), ("10000", "10000"), ('"2024"', "2024"),
                   ("1979-05-27", "1979-05-27"))),
    _kader_geval("geldig_tot = inf", KADER_TOML + "", "geldig_tot = inf is geen jaartal tussen 1900 en 2100"),
    _kader_geval("icr_min = inf", KADER_TOML.replace("icr_min = 1.4", "icr_min = inf"),
                 "icr_min = inf in [normen.TI] kan geen ICR-norm zijn (tussen 0 en 10)"),
]
KADERS[-2] = _kader_geval("geldig_tot = inf", KADER_TOML.replace("geldig_van = 2024", "geldig_van = 2024\ngeldig_tot = inf"),
                          "geldig_tot = inf is geen jaartal tussen 1900 en 2100")

# ---- 6. a hand-edited .bodcheck -----------------------------------------------------------------------


def _bodcheck_geval(naam: str, bewerk: Callable[[dict, Path], None], regel: str) -> Geval:
    def maak(m: Path) -> list[str]:
        import json

        from bodcheck import beoordeling

        b, _ = beoordeling.nieuw(*w.voorbeeld(m))
        pad = beoordeling.opslaan(b, m / "x.bodcheck")
        data = json.loads(pad.read_text(encoding="utf-8"))
        bewerk(data["beoordeling"], m)
        pad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return ["beoordeel", str(pad), *PEIL, "--json", str(m / "uit" / "b.json")]
    return Geval(naam, maak, 2, [f"x.bodcheck: {regel}"])


def _inst(sleutel: str, waarde) -> Callable[[dict, Path], None]:
    def f(d: dict, m: Path) -> None:
        if isinstance(waarde, str) and waarde.startswith("{m}"):
            d["instellingen"][sleutel] = str(m / waarde[4:])
            if waarde.endswith("pijp.toml"):
                _fifo(m / "pijp.toml")
            if waarde.endswith("map.toml"):
                (m / "map.toml").mkdir()
        else:
            d["instellingen"][sleutel] = waarde
    return f


def _bodcheck_waarde(code: str, waarde) -> Callable[[dict, Path], None]:
    def f(d: dict, m: Path) -> None:
        regel = d["invoer"]["prognoses"]["TI"]["regels"][code]
        regel["waarden"][str(J)]["getal"] = waarde
    return f


def _bodcheck_bodjaar(waarde) -> Callable[[dict, Path], None]:
    def f(d: dict, m: Path) -> None:
        d["invoer"]["algemeen"]["bodjaar"]["waarde"] = waarde
    return f


BODCHECK: list[Geval] = [
    _bodcheck_geval("onbekend normenkader", _inst("normenkader", "bestaat-niet"),
                    "normenkader bestaat-niet bestaat niet; kies uit aw-wsw-2019, aw-wsw-2020, aw-wsw-2024 of geef "
                    "een .toml-bestand"),
    _bodcheck_geval("normenkader is een pijp", _inst("normenkader", "{m}/pijp.toml"), f"normenkader pijp.toml: {FIFO}"),
    _bodcheck_geval("normenkader is /dev/zero", _inst("normenkader", "/dev/zero"), f"normenkader zero: {APPARAAT}"),
    _bodcheck_geval("normenkader is een map", _inst("normenkader", "{m}/map.toml"),
                    "normenkader map.toml: dit is een map, geen bestand"),
    _bodcheck_geval("eigen kader is een pijp", _inst("eigen_kader_pad", "{m}/pijp.toml"),
                    f"eigen normenkader pijp.toml: {FIFO}"),
    *(_bodcheck_geval(f"horizon {h}", _inst("horizon_jaren", h), "de horizon moet tussen 1 en 15 jaar liggen")
      for h in (0, 99, -3)),
    *(_bodcheck_geval(f"rente {r}", _inst("rente_nieuwe_leningen", r),
                      "de rente op nieuwe leningen moet tussen 0% en 25% liggen") for r in (-0.01, 3.0)),
    *(_bodcheck_geval(f"stichtingskosten {s}", _inst("stichtingskosten_per_woning", s),
                      "de stichtingskosten per woning moeten tussen € 0 en € 10.000.000 liggen") for s in (0, 1e12)),
    _bodcheck_geval("negatieve schuld", _bodcheck_waarde("schuld_nominaal", -5.0),
                    "[bod.xlsx]Prognose!C5: negatief getal: een schuld kan niet negatief zijn"),
    _bodcheck_geval("schuld 1E300", _bodcheck_waarde("schuld_nominaal", 1e300), f"[bod.xlsx]Prognose!C5: {ONMOGELIJK_BEDRAG}"),
    *(_bodcheck_geval(f"opgeslagen bodjaar {j!r}", _bodcheck_bodjaar(j), t) for j, t in (
        (10000, "Bodjaar: jaartal 10000 ligt niet tussen 1900 en 2100"),
        (-1, "Bodjaar: jaartal -1 ligt niet tussen 1900 en 2100"),
        ("twee", "Bodjaar: 'twee' is geen jaartal"))),
]

# ---- 7. zip members ---------------------------------------------------------------------------------


def _met_onderdeel(naam: str, mb: int) -> Callable[[Path], list[str]]:
    """Replace (or add) zip member `naam` by `mb` MB that compress only about 2:1 (hex of random bytes): a
    member too large in itself, not a zip bomb."""
    def maak(m: Path) -> list[str]:
        bod, wv = w.voorbeeld(m)
        tijdelijk = m / "t.zip"
        with zipfile.ZipFile(bod) as zin, zipfile.ZipFile(tijdelijk, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                if info.filename != naam:
                    zout.writestr(info, zin.read(info))
            with zout.open(naam, "w", force_zip64=True) as f:
                for _ in range(mb):
                    f.write(os.urandom(512 * 1024).hex().encode())
        tijdelijk.replace(bod)
        return ["beoordeel", str(bod), "--woonvisie", str(wv), *PEIL, "--json", str(m / "uit" / "b.json")]
    return maak


ZIP: list[Geval] = [
    Geval("opgeblazen styles.xml", _met_onderdeel("xl/styles.xml", 30), 2,
          ["bod.xlsx: onderdeel xl/styles.xml van het werkboek is te groot (30 MB; hoogstens 5 MB) en wordt niet "
           "gelezen"]),
    Geval("opgeblazen docProps/app.xml", _met_onderdeel("docProps/app.xml", 25), 2,
          ["bod.xlsx: onderdeel docProps/app.xml van het werkboek is te groot (25 MB; hoogstens 20 MB) en wordt niet "
           "gelezen"]),
    Geval("opgeblazen workbook rels", _met_onderdeel("xl/_rels/workbook.xml.rels", 21), 2,
          ["bod.xlsx: onderdeel xl/_rels/workbook.xml.rels van het werkboek is te groot (21 MB; hoogstens 20 MB) en "
           "wordt niet gelezen"]),
]

# ---- 8. sheet names ---------------------------------------------------------------------------------


def _blad_geval(naam: str, bewerk: Callable, code: int, regels: list[str], melding: str | None = None) -> Geval:
    def maak(m: Path) -> list[str]:
        bod, wv = w.voorbeeld(m)
        wb = load_workbook(bod)
        bewerk(wb)
        wb.save(bod)
        return ["beoordeel", str(bod), "--woonvisie", str(wv), *PEIL, "--json", str(m / "uit" / "b.json")]

    def controle(m: Path) -> None:
        teksten = [x["tekst"] for x in _json(m / "uit" / "b.json")["meldingen"]]
        assert melding in teksten, teksten
    return Geval(naam, maak, code, regels, controle if melding else None)


def _hernoem(oud: str, nieuw: str) -> Callable:
    def f(wb) -> None:
        wb[oud].title = nieuw
    return f


def _verberg(staat: str) -> Callable:
    def f(wb) -> None:
        wb["Bod"].sheet_state = staat
    return f


def _kopie(naam: str) -> Callable:
    def f(wb) -> None:
        wb.copy_worksheet(wb["Bod"]).title = naam
    return f


BLADEN: list[Geval] = [
    _blad_geval("Cyrillische o in Prognose", _hernoem("Prognose", "Progn\u043ese"), 2,
                ["bod.xlsx: blad 'Progn\u043ese' lijkt op 'Prognose' maar is het niet: het zesde teken is een "
                 "Cyrillische o; typ de naam opnieuw"]),
    _blad_geval("Cyrillische а in Algemeen", _hernoem("Algemeen", "Algemeen".replace("A", "\u0410")), 2,
                ["bod.xlsx: blad '\u0410lgemeen' lijkt op 'Algemeen' maar is het niet: het eerste teken is een "
                 "Cyrillische A; typ de naam opnieuw",
                 "bod.xlsx: blad Algemeen ontbreekt; gebruik het sjabloon van bodcheck (bodcheck sjabloon)"]),
    _blad_geval("Griekse ο in Bod", _hernoem("Bod", "B\u03bfd"), 2,
                ["bod.xlsx: blad 'B\u03bfd' lijkt op 'Bod' maar is het niet: het tweede teken is een Griekse o; "
                 "typ de naam opnieuw"]),
    _blad_geval("twee bladen Bod", _kopie("B\u200bod"), 2,
                ["bod.xlsx: de bladen 'Bod' en 'B\\u200bod' zijn allebei blad Bod; laat er één staan"]),
    _blad_geval("twee bladen Bod met spatie", _kopie("BOD "), 2,
                ["bod.xlsx: de bladen 'Bod' en 'BOD ' zijn allebei blad Bod; laat er één staan"]),
    _blad_geval("nulbreedte-spatie", _hernoem("Bod", "B\u200bod"), 0, [],
                "blad 'B\\u200bod' gelezen als 'Bod' (de naam wijkt af in spaties, hoofdletters, streepjes, "
                "apostroffen of onzichtbare tekens)"),
    _blad_geval("brede letters", _hernoem("Bod", "\uff22\uff4f\uff44"), 0, [],
                "blad '\uff22\uff4f\uff44' gelezen als 'Bod' (de naam wijkt af in spaties, hoofdletters, streepjes, "
                "apostroffen of onzichtbare tekens)"),
    _blad_geval("harde spatie", _hernoem("Bod", "B\u00a0od"), 0, [],
                "blad 'B\u00a0od' gelezen als 'Bod' (de naam wijkt af in spaties, hoofdletters, streepjes, "
                "apostroffen of onzichtbare tekens)"),
    *(_blad_geval(f"verborgen blad ({s})", _verberg(s), 0, [],
                  "blad 'Bod' is verborgen; bodcheck leest het wel. Maak het zichtbaar om te zien wat er staat")
      for s in ("hidden", "veryHidden")),
]

# ---- 9. folders -------------------------------------------------------------------------------------


def _map_geval(naam: str, vul: Callable[[Path], None], code: int, regels: list[str] | Callable,
               melding: str | None = None) -> Geval:
    def maak(m: Path) -> list[str]:
        map_ = m / "gemeente"
        map_.mkdir()
        _bod(map_, naam="bod-a.xlsx")
        _wv(map_)
        vul(map_)
        return ["gemeente", str(map_), *PEIL, "--json", str(m / "uit" / "g.json")]

    def controle(m: Path) -> None:
        teksten = [x["tekst"] for x in _json(m / "uit" / "g.json")["meldingen"]]
        assert melding in teksten, teksten
    return Geval(naam, maak, code, regels, controle if melding else None)


def _eigen_export(map_: Path) -> None:
    assert cli.main(["gemeente", str(map_), *PEIL, "--excel", str(map_ / "export.xlsx")]) == 0


def _schrijf(naam: str, inhoud: bytes = b"x") -> Callable[[Path], None]:
    def f(map_: Path) -> None:
        (map_ / naam).write_bytes(inhoud)
    return f


def _buiten_link(map_: Path) -> None:
    _bod(map_.parent, naam="elders.xlsx")
    (map_ / "elders.xlsx").symlink_to(map_.parent / "elders.xlsx")


def _veel(map_: Path) -> None:
    for i in range(101):
        (map_ / f"leeg-{i:03}.xlsx").write_bytes(b"")


MAPPEN: list[Geval] = [
    _map_geval("eigen Excel-export in de map", _eigen_export, 0, [],
               "export.xlsx overgeslagen: een Excel-export van bodcheck, geen bod of woonvisie"),
    *(_map_geval(f"eigen {n} in de map", _schrijf(n), 0, [],
                 f"{n} overgeslagen: uitvoer van bodcheck (rapport, JSON of beoordeling), geen werkboek")
      for n in ("rapport.pdf", "beoordeling.json", "x.bodcheck")),
    _map_geval("tijdelijk bestand in de map", _schrijf(".bod-a.xlsx.~99999999.abc.tmp"), 0, [],
               ".bod-a.xlsx.~99999999.abc.tmp overgeslagen: een tijdelijk bestand van bodcheck"),
    _map_geval("vergrendelbestand", _schrijf("~$bod-a.xlsx"), 0, [], "~$bod-a.xlsx overgeslagen: een vergrendelbestand "
                                                                     "van Excel"),
    _map_geval("ander bestand", _schrijf("notulen.docx"), 0, [], "notulen.docx overgeslagen: geen Excel-werkboek (.xlsx)"),
    _map_geval("koppeling naar buiten", _buiten_link, 0, [],
               "elders.xlsx overgeslagen: een koppeling naar een bestand buiten de map wordt niet gelezen"),
    _map_geval("pijp in de map", lambda mp: _fifo(mp / "pijp.xlsx") and None, 0, [], f"pijp.xlsx overgeslagen: {FIFO}"),
    _map_geval("regel-einde in een bestandsnaam", _schrijf("x\nbodcheck: nep.pdf"), 0, [],
               "x\\nbodcheck: nep.pdf overgeslagen: uitvoer van bodcheck (rapport, JSON of beoordeling), geen werkboek"),
    _map_geval("101 werkboeken", _veel, 2,
               ["de map gemeente bevat 103 werkboeken; bodcheck leest er hoogstens 100 per map. Zet alleen de bods en "
                "de woonvisie van één gemeente in de map"]),
]

# ---- 10. the terminal -------------------------------------------------------------------------------


def _terminal_naam(naam: str) -> Callable[[Path], list[str]]:
    def maak(m: Path) -> list[str]:
        return ["beoordeel", str(m / naam), *PEIL]
    return maak


TERMINAL: list[Geval] = [
    *(Geval(f"bestandsnaam met {t!r}", _terminal_naam(f"bod{t}nep.xlsx"), 2,
            [f"bod{e}nep.xlsx: bestand niet gevonden"])
      for t, e in (("\n", "\\n"), ("\r", "\\r"), ("\x1b[2J", "\\x1b[2J"), ("\u202e", "\\u202e"), ("\x07", "\\x07"))),
]


def _samenvatting_met_escape(m: Path) -> list[str]:
    return ["beoordeel", str(_bod(m, _algemeen("corporatie", "Corp\nbodcheck: alles goed\u202e"))),
            "--woonvisie", str(_wv(m)), *PEIL]


def _controle_samenvatting(m: Path) -> None:
    pass  # the stdout check is in the Geval


TERMINAL.append(Geval("corporatienaam met regel-einde in de samenvatting", _samenvatting_met_escape, 0, []))

ALLE = UITVOER + GETALLEN + JAREN + TEKSTEN + FORMULE + PADEN + KADERS + BODCHECK + ZIP + BLADEN + MAPPEN + TERMINAL


def _bestanden(m: Path) -> dict[str, str | None]:
    """Every entry below m with its sha256 (None for what is not a regular file)."""
    uit: dict[str, str | None] = {}
    for map_, mappen, namen in os.walk(m):
        for n in namen + mappen:
            p = Path(map_) / n
            try:
                gewoon = stat.S_ISREG(os.lstat(p).st_mode)
            except OSError:
                gewoon = False
            uit[str(p.relative_to(m))] = w.sha256(p) if gewoon else None
    return uit


def test_corpus_telt_minstens_120_gevallen() -> None:
    assert len(ALLE) >= 120, len(ALLE)
    assert len({g.naam for g in ALLE}) == len(ALLE), "elke naam één keer"


@pytest.mark.parametrize("geval", ALLE, ids=[g.naam for g in ALLE])
def test_vijandig(geval: Geval, tmp_path: Path, capsys) -> None:
    argv = geval.maak(tmp_path)
    capsys.readouterr()
    voor = _bestanden(tmp_path)
    begin = time.perf_counter()
    code = cli.main(argv)
    duur = time.perf_counter() - begin
    uit = capsys.readouterr()
    regels = geval.regels(tmp_path) if callable(geval.regels) else geval.regels
    assert "Traceback" not in uit.err and "interne fout" not in uit.err
    if geval.code == 0:
        assert code == 0, uit.err
    else:
        assert (code, uit.err.splitlines()) == (geval.code, [f"bodcheck: {r}" for r in regels])
    na = _bestanden(tmp_path)
    assert {k: v for k, v in na.items() if k in voor} == voor, "geen invoer is veranderd"
    nieuw = sorted(set(na) - set(voor))
    assert not [n for n in nieuw if ".~" in n and n.endswith(".tmp")], "geen tijdelijke bestanden"
    if code != 0:
        assert nieuw == [], f"een geweigerde opdracht schrijft niets: {nieuw}"
    else:
        for n in nieuw:
            if n.endswith(".xlsx"):
                wb = load_workbook(tmp_path / n)
                assert not [c for ws in wb for rij in ws.iter_rows() for c in rij if c.data_type == "f"], n
        if geval.controle:
            geval.controle(tmp_path)
    assert duur < (MAX_SECONDEN if code != 0 else MAX_SECONDEN_MET_UITVOER), f"{duur:.1f} s"


def test_samenvatting_escapet_stuurtekens(tmp_path: Path, capsys) -> None:
    assert cli.main(_samenvatting_met_escape(tmp_path)) == 0
    eerste = capsys.readouterr().out.splitlines()[0]
    assert eerste == "Corp\\nbodcheck: alles goed\\u202e — bod 2026 aan gemeente Voorbeeldstad"


def test_sjabloon_overschrijf_vervangt(tmp_path: Path, capsys) -> None:
    argv = _sjabloon_bestaat(True)(tmp_path)
    oud = w.sha256(tmp_path / "ingevuld.xlsx")
    assert cli.main(argv) == 0
    assert w.sha256(tmp_path / "ingevuld.xlsx") != oud
    assert load_workbook(tmp_path / "ingevuld.xlsx").sheetnames[0] == "Uitleg"


# ---- bounds in a real process: time and memory ------------------------------------------------------

ZWAAR = {"opgeblazen styles.xml": ZIP[0], "bod: /dev/zero": next(g for g in PADEN if g.naam == "bod: /dev/zero"),
         "normen: /dev/zero": next(g for g in PADEN if g.naam == "normen: /dev/zero"),
         "101 werkboeken": next(g for g in MAPPEN if g.naam == "101 werkboeken"),
         "bod: pijp": next(g for g in PADEN if g.naam == "bod: pijp")}

_METER = """
import resource, sys, time
from bodcheck.cli import main
begin = time.perf_counter()
code = main(sys.argv[1:])
duur = time.perf_counter() - begin
mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
sys.stderr.write(f"METING {code} {duur:.2f} {mb:.0f}\\n")
"""


@pytest.mark.parametrize("naam", list(ZWAAR))
def test_tijd_en_geheugen_in_een_echt_proces(naam: str, tmp_path: Path) -> None:
    argv = ZWAAR[naam].maak(tmp_path)
    p = subprocess.run([sys.executable, "-c", _METER, *argv], capture_output=True, text=True, timeout=60, cwd=ROOT,
                       env={**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")})
    meting = next(r for r in p.stderr.splitlines() if r.startswith("METING")).split()
    code, duur, mb = int(meting[1]), float(meting[2]), float(meting[3])
    print(f"\n{naam}: exit {code}, {duur:.2f} s, {mb:.0f} MB")
    assert code == 2 and duur <= MAX_SECONDEN and mb <= 500, p.stderr
