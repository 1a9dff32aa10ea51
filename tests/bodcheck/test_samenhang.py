"""One story on every surface (issue #13; vraagpunten.md and rapport.md § Revisions 2).

Generic checks, run over the bundled example and over workbooks Hypothesis generates. Each reads what a person
reads — the PDF text (pypdf), the Excel cells (openpyxl), the app's table model (Qt, offscreen) — and holds it
against the JSON, which is the reference:

- the word every surface prints for a doel is the word of its JSON status, and a thema's word is the worst of
  its targets' summary statuses (order voldoet_niet > niet_in_bod > gedeeltelijk > voldoet, regionaal and
  niet_toegerekend left out), recomputed here from the JSON;
- every number in a vraag text (outside a quoted toelichting, years and dates left out) is one of the
  finding's `waarden` after display rounding, and every `waarden` cell holds that value in the workbook;
- no code name, spec file name or `[S63]`-style key in any text a user reads;
- counts have no decimals;
- every chapter, appendix and vraag reference points to something that exists.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from bodcheck import codes, json_uitvoer, pipeline, rapport, sjabloon, voorbeeld
from bodcheck.model import Instellingen
from tests.bodcheck.rapport import gegevens

PEILDATUM = dt.date(2026, 9, 1)
WOORD = {"voldoet": "sluit aan", "gedeeltelijk": "deels", "voldoet_niet": "wijkt af", "niet_in_bod": "niet in bod",
         "voornemen": "voornemen",
         "geen_doel": "geen doel", "regionaal": "regionale opgave", "niet_toegerekend": "niet toegerekend"}
ERGST_EERST = ("voldoet_niet", "niet_in_bod", "gedeeltelijk", "voldoet")  # vraagpunten.md Revisions 2
NIET_BEOORDEELD = ("regionaal", "niet_toegerekend", "voornemen")
# Workbook column headings a user fills in themselves; a melding may name them to say what to fill.
KOLOMKOPPEN = {*codes.WOONVISIE_KOLOMMEN, *codes.TOEZEGGING_KOLOMMEN, *codes.GEMEENTE_KOLOMMEN}
CODE_NAMEN = {c for c in codes.ALLE_CODES if "_" in c} | {"schuld_per_vhe"} | {t for t in codes.TOEZEGGING_THEMAS
                                                                                if "_" in t}


# ---- what a person reads ----------------------------------------------------------------------------------


def pdf_tekst(pad: Path) -> str:
    return " ".join(re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(str(pad)).pages)


def blad_teksten(pad: Path, bladen: tuple[str, ...] | None = None) -> list[tuple[str, int, int, str]]:
    wb = openpyxl.load_workbook(pad)
    return [(ws.title, c.row, c.column, c.value) for ws in wb.worksheets if bladen is None or ws.title in bladen
            for rij in ws.iter_rows() for c in rij if isinstance(c.value, str)]


def samenvattingen(j: dict[str, Any]) -> list[dict[str, Any]]:
    """One JSON entry per target: the summary of a per-jaar target or the entry of a periode target."""
    return [v for v in j["vergelijking"] if v["status"] != "geen_doel" and (v.get("totaal") or v["jaar"] is None)]


def thema_status(j: dict[str, Any]) -> dict[str, str]:
    """Recomputed from the JSON: the worst summary status per thema, not-judged targets left out."""
    uit: dict[str, str] = {}
    for v in samenvattingen(j):
        if v["status"] in NIET_BEOORDEELD:
            continue
        oud = uit.get(v["thema"])
        if oud is None or ERGST_EERST.index(v["status"]) < ERGST_EERST.index(oud):
            uit[v["thema"]] = v["status"]
    return uit


# ---- the checks (each returns its violations) --------------------------------------------------------------


def zelfde_woord(j: dict[str, Any], pdf: str, xlsx: Path) -> list[str]:
    fouten = []
    start = pdf.find("Bod versus woonvisie per thema", pdf.find("Kern voor het bestuur") + 1)
    hoofdstuk = pdf[start:pdf.find("Voorraadontwikkeling", start)]
    for thema, status in thema_status(j).items():
        if thema in ("proces", "financien"):
            continue
        label = codes.THEMA_LABEL[thema]
        gevonden = re.search(rf"{re.escape(label)} — \S+ ({'|'.join(WOORD.values())})", hoofdstuk)
        if not gevonden or gevonden.group(1) != WOORD[status]:
            fouten.append(f"PDF: thema {label} zegt {gevonden and gevonden.group(1)!r}, JSON {WOORD[status]!r}")
    wb = openpyxl.load_workbook(xlsx)
    if "Per jaar" not in wb.sheetnames:  # the per-doel status, years as columns
        return [*fouten, "Excel: geen blad 'Per jaar' met de status per doel"]
    ws = wb["Per jaar"]
    kop = next(r for r in ws.iter_rows(values_only=True) if r and r[0] == "Doel")
    k_status = kop.index("Status")
    excel = [r[k_status] for r in ws.iter_rows(values_only=True) if r and r[0] == "Bod (B)"]
    verwacht = [WOORD[v["status"]] for v in samenvattingen(j)]
    excel_woorden = [next((w for w in WOORD.values() if s and s.endswith(w)), s) for s in excel]
    if excel_woorden != verwacht:
        fouten.append(f"Excel 'Per jaar': {excel_woorden} tegen JSON {verwacht}")
    return fouten


def app_zelfde_woord(resultaat, j: dict[str, Any]) -> list[str]:
    from ui.modellen import VergelijkingModel

    m = VergelijkingModel()
    m.zet(resultaat.vergelijking)
    positie = {id(v): i for i, v in enumerate(resultaat.vergelijking)}
    fouten = []
    for rij, v in enumerate(m.rijen):
        tekst = m.data(m.index(rij, m.STATUS))
        verwacht = WOORD[j["vergelijking"][positie[id(v)]]["status"]]
        if not tekst.endswith(verwacht):
            fouten.append(f"app: rij {rij} zegt {tekst!r}, JSON {verwacht!r}")
        if (v.toelichting or "") != (m.data(m.index(rij, m.TOELICHTING)) or ""):
            fouten.append(f"app: rij {rij} zonder de toelichting van de corporatie")
    return fouten


GETAL = re.compile(r"(?<![\w.,])(−|-)?(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?(\s?%| procentpunt| mln)?")


def _getallen(tekst: str) -> list[tuple[float, str, int]]:
    """Numbers a reader sees in a vraag, with their unit and shown decimals: outside quotes (the corporatie's
    own words), years, dates and section numbers of a named source (§3.2) left out."""
    tekst = re.sub(r"[‘'][^’']*[’']", " ", tekst)
    tekst = re.sub(r"§\s?\d+(?:\.\d+)*", " ", tekst)
    tekst = re.sub(r"\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
                   r"december) \d{4}\b", " ", tekst)
    uit = []
    for m in GETAL.finditer(tekst):
        heel, frac, eenheid = m.group(2), m.group(3) or "", (m.group(4) or "").strip()
        x = float(heel.replace(".", "") + frac.replace(",", "."))
        if not frac and not eenheid and 1900 <= x <= 2100 and "." not in heel:
            continue  # a year
        uit.append((x, eenheid, max(len(frac) - 1, 0)))
    return uit


def _rond(x: float, decimalen: int = 0) -> float:
    """Half-up, as a reader expects (and as rekenregels §2 prescribes for display)."""
    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-decimalen), rounding=ROUND_HALF_UP))


def _past(x: float, eenheid: str, decimalen: int, w: dict[str, Any]) -> bool:
    """The number as shown (`decimalen` after the comma) is the waarde rounded to that precision; a % or
    procentpunt waarde is a fraction (0,035 → 3,5%), an amount in mln is in euros."""
    waarde = abs(w["waarde"])
    if eenheid in ("%", "procentpunt") or w["eenheid"] in ("%", "procentpunt"):
        return _rond(waarde * 100, decimalen) == x or _rond(waarde, decimalen) == x
    if eenheid == "mln":
        return _rond(waarde / 1e6, decimalen) == x
    return _rond(waarde, decimalen) == x


def getallen_uit_waarden(j: dict[str, Any]) -> list[str]:
    """Every finding of every rule: each number its vraag states is one of its `waarden`."""
    fouten = []
    for v in j["vraagpunten"]:
        waarden = v.get("waarden") or []
        for x, eenheid, decimalen in _getallen(v["vraag"]):
            if not any(_past(x, eenheid, decimalen, w) for w in waarden):
                fouten.append(f"{v.get('label', v['id'])}: {x} {eenheid} staat niet in waarden ({v['vraag'][:80]}…)")
    return fouten


def cellen_kloppen(j: dict[str, Any], werkboeken: list[Path], minstens: int = 0) -> list[str]:
    """Every `waarden` cell holds the value the vraag states; `minstens`: how many cells there must be at least
    (the example's H14 names its Bod and Woonvisie cells). A cell without a file name is in the first workbook;
    `[naam.xlsx]Blad!C5` in the workbook of that name."""
    boeken = {p.name: openpyxl.load_workbook(p, data_only=True) for p in werkboeken}
    met_cel = [w for v in j["vraagpunten"] for w in v.get("waarden") or [] if w["cel"]]
    fouten = [] if len(met_cel) >= minstens else [f"{len(met_cel)} waarden met een cel, verwacht minstens {minstens}"]
    for v in j["vraagpunten"]:
        for w in v.get("waarden") or []:
            if not w["cel"]:
                continue
            m = re.fullmatch(r"(?:\[([^\]]+)\])?(.+)!([A-Z]+\d+)", w["cel"])
            boek = boeken.get(m.group(1)) if m and m.group(1) else next(iter(boeken.values()))
            if m is None or boek is None or m.group(2) not in boek.sheetnames:
                fouten.append(f"{v['id']}: cel {w['cel']} niet gevonden")
                continue
            cel = boek[m.group(2)][m.group(3)].value
            ok = isinstance(cel, int | float) and (abs(cel - w["waarde"]) < 1e-6 or
                                                  (w["eenheid"] == "%" and abs(cel / 100 - w["waarde"]) < 1e-6))
            if not ok:
                fouten.append(f"{v['id']}: {w['cel']} bevat {cel!r}, de vraag noemt {w['waarde']}")
    return fouten


def geen_codenamen(teksten: list[tuple[str, str]]) -> list[str]:
    """(where, text) pairs; a known code, a snake_case word, a spec file name or a source key is a violation."""
    fouten = []
    for waar, tekst in teksten:
        for m in re.finditer(r"\b[a-z]+(?:_[a-z0-9]+)+\b", tekst):
            woord = m.group(0)
            # a column heading only where the text says it is one ("de kolom aandeel_corporatie"): a message
            # that starts with it, or uses it as a word, reads as code (bevindingen r3 item 11)
            als_kolom = re.search(r"\bkolom(?:men)?\s+(?:[a-z_]+(?:,\s*|\s+(?:en|of)\s+))*$", tekst[:m.start()])
            if woord not in KOLOMKOPPEN or woord in CODE_NAMEN or not als_kolom:
                fouten.append(f"{waar}: codenaam {woord!r}")
        for sleutel in re.findall(r"\[[SsR]\d+[a-z]?\]|\b\w+\.md\b|⟦", tekst):
            fouten.append(f"{waar}: {sleutel!r}")
        if "None" in tekst.split():
            fouten.append(f"{waar}: 'None'")
    return fouten


def geen_decimalen_bij_aantallen(j: dict[str, Any], pdf: str) -> list[str]:
    fouten = []
    for m in re.finditer(r"\b\d+,\d+ (woningen|huishoudens|personen|per jaar|sociale)\b", pdf):
        fouten.append(f"PDF: {m.group(0)!r}")
    for v in j["vraagpunten"]:
        if "onbekend" in v["vraag"]:
            fouten.append(f"{v['id']}: 'onbekend' in de vraag")
        for m in re.finditer(r"\b\d+,0\b(?!\s?%)", v["vraag"]):
            fouten.append(f"{v['id']}: {m.group(0)!r}, een aantal met een decimaal")
    return fouten


def verwijzingen_bestaan(j: dict[str, Any], pdf: str) -> list[str]:
    fouten = []
    koppen = {int(n) for n in re.findall(r"(?:^|\s)(\d{1,2})\. (?=[A-Z])", pdf)}
    for n in re.findall(r"hoofdstuk (\d+)", pdf):
        if int(n) not in koppen:
            fouten.append(f"'hoofdstuk {n}' bestaat niet")
    for letter in re.findall(r"bijlage ([A-H])\b", pdf):
        if f"Bijlage {letter}." not in pdf:
            fouten.append(f"'bijlage {letter}' bestaat niet")
    nummers = {v.get("nummer") for v in j["vraagpunten"]}
    for n in re.findall(r"Vraag (\d+)", pdf):
        if int(n) not in nummers:
            fouten.append(f"'Vraag {n}' bestaat niet")
    if "⟦" in pdf:
        fouten.append("een verwijzing is niet ingevuld")
    return fouten


def alle_fouten(resultaat, map_: Path, werkboeken: list[Path], cellen_minstens: int = 0) -> dict[str, list[str]]:
    j = json_uitvoer.als_dict(resultaat)
    pdf_pad = rapport.schrijf_pdf(resultaat, map_ / "r.pdf")
    xlsx = rapport.schrijf_excel(resultaat, map_ / "e.xlsx")
    pdf = pdf_tekst(pdf_pad)
    leesbladen = ("Overzicht", "Per thema", "Per jaar", "Financiën")
    teksten = [("PDF", pdf), *((f"Excel {b}!{r}:{k}", t) for b, r, k, t in blad_teksten(xlsx, leesbladen)),
               *((f"vraag {v['id']}", v["vraag"] + " " + v["toelichting"]) for v in j["vraagpunten"]),
               *((f"melding {m['tekst'][:30]}", m["tekst"]) for m in j["meldingen"])]
    return {
        "zelfde woord": zelfde_woord(j, pdf, xlsx),
        "getallen": getallen_uit_waarden(j),
        "cellen": cellen_kloppen(j, werkboeken, cellen_minstens),
        "codenamen": geen_codenamen(teksten),
        "aantallen": geen_decimalen_bij_aantallen(j, pdf),
        "verwijzingen": verwijzingen_bestaan(j, pdf),
    }


# ---- over the bundled example -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def voorbeeld_resultaat(tmp_path_factory):
    map_ = tmp_path_factory.mktemp("samenhang")
    r = voorbeeld.beoordeel(map_, PEILDATUM)
    assert not r.fouten
    return r, map_


@pytest.fixture(scope="module")
def voorbeeld_fouten(voorbeeld_resultaat):
    r, map_ = voorbeeld_resultaat
    return alle_fouten(r, map_, [map_ / voorbeeld.BOD, map_ / voorbeeld.WOONVISIE], cellen_minstens=2)


@pytest.mark.parametrize("soort", ["zelfde woord", "getallen", "cellen", "codenamen", "aantallen", "verwijzingen"])
def test_voorbeeld_vertelt_een_verhaal(voorbeeld_fouten, soort):
    assert voorbeeld_fouten[soort] == []


def test_voorbeeld_app_zegt_hetzelfde_woord(voorbeeld_resultaat, qapp):
    r, _ = voorbeeld_resultaat
    assert app_zelfde_woord(r, json_uitvoer.als_dict(r)) == []


def test_voorbeeld_waarden_en_toelichting_aanwezig(voorbeeld_resultaat):
    """The checks above are not empty: the example has findings with waarden and toelichtingen in the JSON."""
    j = json_uitvoer.als_dict(voorbeeld_resultaat[0])
    assert sum(1 for v in j["vraagpunten"] if v["waarden"]) >= 5
    assert any(v["toelichting"] for v in j["vergelijking"])
    assert any(v["status"] == "regionaal" for v in j["vergelijking"])  # the regio row is not charged (W = 53)
    assert sorted(v["nummer"] for v in j["vraagpunten"]) == list(range(1, len(j["vraagpunten"]) + 1))


# ---- over generated workbooks -----------------------------------------------------------------------------


@st.composite
def werkboeken(draw) -> tuple[dict, dict]:
    """The report's small complete case with the parts that drive the story varied: nieuwbouw per year
    against a target per jaar or per periode, the share (given, naar rato, known to be 0), a regional row,
    the huurverhoging against a maximum, the E/F/G row and whether the corporatie explains itself."""
    bod, wv = gegevens.bod(), gegevens.woonvisie()
    regels = bod["Bod"]["regels"]
    regels["nieuwbouw_sociaal"] = draw(st.lists(st.integers(0, 70), min_size=5, max_size=5))
    regels["huurverhoging"] = [draw(st.sampled_from([0.02, 0.03, 0.035, 0.045])) for _ in range(5)]
    efg = sorted(draw(st.lists(st.integers(0, 250), min_size=5, max_size=5)), reverse=True)
    regels["woningen_efg"] = efg
    regels["efg_sloop_verkoop"] = [min(x, draw(st.integers(0, 30))) for x in efg]
    if draw(st.booleans()):
        regels["voorraad_sociaal"] = [0, *regels["voorraad_sociaal"][1:]]  # new to the gemeente: share 0
    if not draw(st.booleans()):
        bod["Bod"]["toelichting"] = {}
    doelen = wv["Woonvisie"]
    doelen[0].update(waarde=draw(st.integers(10, 60)), per=draw(st.sampled_from(["jaar", "periode"])),
                     aandeel_corporatie=draw(st.sampled_from([None, 0.5, 1.0])))
    doelen[3].update(waarde=draw(st.sampled_from([0.025, 0.03, 0.035])))
    doelen.append({"code": "uitstroom_bw_mo", "omschrijving": "Uitstroom beschermd wonen", "soort": "minimaal",
                   "waarde": draw(st.integers(10, 80)), "eenheid": "aantal", "van_jaar": 2027, "tot_jaar": 2031,
                   "per": "periode", "niveau": "regio"})
    return bod, wv


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                HealthCheck.too_slow])
@given(data=werkboeken())
def test_gegenereerde_werkboeken_vertellen_een_verhaal(tmp_path_factory, data):
    bod, wv = data
    map_ = tmp_path_factory.mktemp("gegenereerd")
    b = sjabloon.schrijf(map_ / "bod.xlsx", bod, soort="bod")
    w = sjabloon.schrijf(map_ / "woonvisie.xlsx", wv, soort="woonvisie")
    r = pipeline.beoordeel(b, w, Instellingen(), PEILDATUM)
    assert not r.fouten
    fouten = alle_fouten(r, map_, [b, w])
    assert {k: v for k, v in fouten.items() if v} == {}


# ---- the numbers of every finding, over the other bundled cases ------------------------------------------------


def _vraagpunten_overal(j: dict[str, Any]) -> list[dict[str, Any]]:
    """The joint findings of a gemeente or regio JSON and those of every corporatie in it."""
    uit = list(j.get("vraagpunten", []))
    for c in j.get("corporaties", []):
        uit += c["beoordeling"]["vraagpunten"]
    for g in j.get("gemeenten", []):
        uit += _vraagpunten_overal(g)
    return uit


def test_invoerformat_11_gevallen_noemen_alleen_hun_waarden(tmp_path_factory):
    from bodcheck import voorbeeld_11_data

    map_ = tmp_path_factory.mktemp("v11")
    gezien = 0
    for pad in voorbeeld_11_data.schrijf(map_):
        j = json_uitvoer.als_dict(pipeline.beoordeel(pad, peildatum=PEILDATUM))
        gezien += len(j["vraagpunten"])
        assert getallen_uit_waarden(j) == [], pad.name
        assert cellen_kloppen(j, [pad]) == [], pad.name
    assert gezien >= 5  # the check is not empty


@pytest.mark.parametrize("soort", ["gemeente", "regio"])
def test_samen_voorbeelden_noemen_alleen_hun_waarden(tmp_path_factory, soort):
    from bodcheck import samen, voorbeeld_regio_data
    from bodcheck.samen import uitvoer

    map_ = tmp_path_factory.mktemp(soort)
    if soort == "gemeente":
        m = voorbeeld_regio_data.schrijf_gemeente_voorbeeld(map_)
        r = samen.beoordeel_gemeente(m, None, PEILDATUM)
    else:
        m = voorbeeld_regio_data.schrijf_regio_voorbeeld(map_)
        r = samen.beoordeel_regio(m, PEILDATUM)
    j = uitvoer.als_dict(r)
    punten = _vraagpunten_overal(j)
    assert len(punten) >= 10 and any(v["waarden"] for v in j["vraagpunten"])
    assert getallen_uit_waarden({"vraagpunten": punten}) == []
    werkboeken = sorted(Path(m).rglob("*.xlsx"))
    assert cellen_kloppen({"vraagpunten": punten}, werkboeken) == []


def test_codenamen_kolomkop_alleen_als_kolom():
    """A column heading a user fills in may be named as a column, never used as a word (bevindingen r3 item 11)."""
    assert geen_codenamen([("m", "Vul in de Woonvisie de kolom aandeel_corporatie in.")]) == []
    assert geen_codenamen([("m", "zie de kolommen van_jaar en tot_jaar")]) == []
    assert geen_codenamen([("m", "aandeel_corporatie in de woonvisie geldt voor één corporatie")]) == \
        ["m: codenaam 'aandeel_corporatie'"]
