"""A new assessment filled in in the app (issue 17): the empty Invoer has the template's rows and years, and a
typed or pasted text means what it would mean in a workbook cell (the reader judges it)."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from bodcheck import codes, inlezen, invullen, pipeline, sjabloon


def test_leeg_heeft_de_regels_en_jaren_van_het_sjabloon(tmp_path) -> None:
    """Compared with the empty template itself, as a workbook: the same codes per sheet and the same years."""
    inv = invullen.leeg("Woonstede", "Aaberg", 2027, "x € 1 mln")
    pad = sjabloon.schrijf(tmp_path / "sjabloon.xlsx", bodjaar=2027)
    wb = load_workbook(pad, read_only=True)
    bladen = {"Prognose": inv.prognoses["TI"], "Prognose DAEB": inv.prognoses["DAEB"],
              "Prognose niet-DAEB": inv.prognoses["niet-DAEB"], "Bod": inv.bod, "Afspraken": inv.afspraken,
              "Realisatie": inv.realisatie}
    for naam, blad in bladen.items():
        rijen = list(wb[naam].iter_rows(values_only=True))
        assert blad.jaren == [k for k in rijen[0] if isinstance(k, int)], naam
        assert list(blad.regels) == [r[0] for r in rijen[1:] if r[0]], naam
        assert all(not r.waarden for r in blad.regels.values())
    # by hand: Prognose runs ten years from the bodjaar, Bod five years after it
    assert inv.prognoses["TI"].jaren == list(range(2027, 2037)) and inv.bod.jaren == list(range(2028, 2033))
    assert inv.corporatie == "Woonstede" and inv.gemeente == "Aaberg" and inv.bodjaar == 2027
    assert inv.eenheid_bedragen == "x € 1 mln" and inv.veld("formaatversie") == codes.FORMAATVERSIE
    assert str(inv.veld_bron("corporatie")) == "handmatig"
    assert inv.woonvisie is None  # not delivered: the report says so
    # the lists as the reader reads them from the empty template, so the workbook written back asks the same
    leeg_gelezen, _ = inlezen.lees(pad)
    for lijst in ("toezeggingen", "wijken", "gemeente_levert"):
        assert getattr(inv, lijst) == getattr(leeg_gelezen, lijst), lijst


def test_leeg_wordt_berekend_zonder_fouten() -> None:
    r = pipeline.beoordeel_invoer(invullen.leeg("Woonstede", "Aaberg", 2026), peildatum=dt.date(2026, 9, 1))
    assert [m.regel_tekst() for m in r.meldingen if m.soort in ("fout", "intern")] == []


@pytest.mark.parametrize(("tekst", "code", "eenheid", "verwacht"), [
    ("1.234,5", "schuld_nominaal", "bedrag", 1_234_500.0),  # Dutch, x € 1.000
    ("1,234.5", "schuld_nominaal", "bedrag", 1_234_500.0),  # English
    ("€ 1.234", "schuld_nominaal", "bedrag", 1_234_000.0),
    ("3,5", "huurverhoging", "%", 0.035),  # a rent increase: percent points
    ("3,5%", "huurverhoging", "%", 0.035),
    ("95", "passend_toewijzen", "%", 0.95),  # a share: 95 and 0,95 both mean 95%
    ("0,95", "passend_toewijzen", "%", 0.95),
    ("nvt", "vhe", "aantal", None),
    ("", "vhe", "aantal", None),
    ("-12", "rente_betaald", "bedrag", 12_000.0),  # outflow printed negative
    ("250", "onderhoud_per_vhe", "€", 250.0),  # per-woning euros are never scaled
])
def test_jaarcel(tekst, code, eenheid, verwacht) -> None:
    blad = "Prognose" if code in {c.code for c in codes.PROGNOSE_CODES} else "Bod"
    assert invullen.jaarcel(tekst, blad, code, eenheid, "x € 1.000").waarde == verwacht


@pytest.mark.parametrize(("tekst", "code", "eenheid", "reden"), [
    ("circa 300", "vhe", "aantal", '"circa 300" is geen getal'),
    ("-5", "schuld_nominaal", "bedrag", "negatief getal: een schuld kan niet negatief zijn"),
    ("120", "passend_toewijzen", "%", "aandeel ligt niet tussen 0% en 100%"),
    ("20.000.000", "vhe", "aantal", "aantal is onmogelijk groot (een aantal ligt onder 10.000.000)"),
    # a text's own unit sign that contradicts the row is refused, not converted (review: "3,5%" became € 35)
    ("3,5%", "schuld_geborgd", "bedrag", '"3,5%" is een percentage; deze rij vraagt een bedrag'),
    ("€ 100", "huurverhoging_gemiddeld", "%", '"€ 100" is een bedrag; deze rij vraagt een percentage'),
    ("€ 40", "nieuwbouw_sociaal", "aantal", '"€ 40" is een bedrag; deze rij vraagt een aantal'),
    ("1.234,5", "nieuwbouw_sociaal", "aantal", '"1.234,5" is geen heel getal; deze rij vraagt een aantal'),
])
def test_jaarcel_geweigerd(tekst, code, eenheid, reden) -> None:
    with pytest.raises(invullen.Ongeldig) as e:
        invullen.jaarcel(tekst, "Prognose" if eenheid == "bedrag" else "Bod", code, eenheid, "x € 1.000")
    assert str(e.value) == reden


def test_jaarcel_zegt_hoe_een_klein_percentage_is_gelezen() -> None:
    assert invullen.jaarcel("0,95", "Bod", "huurverhoging", "%", "€").notities == (
        "0,95 gelezen als procentpunten: 0,95%",)
    assert invullen.jaarcel("1.234", "Bod", "vhe", "aantal", "€").notities == ()  # number text is the normal case


@pytest.mark.parametrize(("tekst", "code", "verwacht"), [
    ("20%", "intern_solvabiliteit_min", 0.2),
    ("20", "intern_solvabiliteit_min", 0.2),
    ("1,6", "intern_icr_min", 1.6),
    ("12.500", "ibw_nieuwbouw", 12_500_000.0),  # x € 1.000
    ("geconsolideerd", "prognose_basis", "geconsolideerd"),
    ("2026", "ibw_jaar", 2026),
    ("nvt", "intern_ltv_max", None),
])
def test_algemeen_veld(tekst, code, verwacht) -> None:
    assert invullen.algemeen_veld(tekst, code, "x € 1.000").waarde == verwacht


@pytest.mark.parametrize(("tekst", "code", "reden"), [
    ("-1", "intern_icr_min", '"-1" kan niet negatief zijn'),
    ("beide", "prognose_basis", '"beide" is onbekend; kies enkelvoudig of geconsolideerd'),
    ("3000", "bodjaar", "jaartal 3000 ligt niet tussen 1900 en 2100"),
])
def test_algemeen_veld_geweigerd(tekst, code, reden) -> None:
    with pytest.raises(invullen.Ongeldig) as e:
        invullen.algemeen_veld(tekst, code, "x € 1.000")
    assert str(e.value) == reden


def test_doelwaarde() -> None:
    assert invullen.doelwaarde("25%", "toewijzing_statushouders", "%", "€").waarde == 0.25
    with pytest.raises(invullen.Ongeldig, match="een doel heeft altijd een waarde"):
        invullen.doelwaarde(" ", "nieuwbouw_sociaal", "aantal", "€")


def test_ingevulde_waarden_heten_handmatig_in_de_json() -> None:
    """The source of a value filled in in the app is "handmatig" in the JSON, next to the ratio it feeds."""
    from bodcheck import bewerken, json_uitvoer

    inv = invullen.leeg("Woonstede", "Aaberg", 2026)
    for code, v in (("kasstroom_operationeel", 30e6), ("rente_betaald", 12e6), ("rente_ontvangen", 0.5e6)):
        inv = bewerken.wijzig(inv, "Prognose", code, 2026, v)
    d = json_uitvoer.als_dict(pipeline.beoordeel_invoer(inv, peildatum=dt.date(2026, 9, 1)))
    ti = next(x for x in d["ratios"] if x["tak"] == "TI" and x["jaar"] == 2026)
    assert ti["icr"] == pytest.approx(41.5 / 11.5, abs=1e-6)  # (30 + 12 − 0,5) / (12 − 0,5), in € mln
    assert ti["bronnen"]["icr"] == ["handmatig", "handmatig", "handmatig"]


def test_ingevulde_waarden_heten_handmatig_in_het_rapport(tmp_path) -> None:
    """The report's appendix names the source of the Prognose rows: "handmatig" for figures typed in the app."""
    from pypdf import PdfReader

    from bodcheck import bewerken, rapport

    inv = invullen.leeg("Woonstede", "Aaberg", 2026)
    for code, v in (("kasstroom_operationeel", 30e6), ("rente_betaald", 12e6), ("rente_ontvangen", 0.5e6)):
        inv = bewerken.wijzig(inv, "Prognose", code, 2026, v)
    r = pipeline.beoordeel_invoer(inv, peildatum=dt.date(2026, 9, 1))
    pad = rapport.schrijf_pdf(r, tmp_path / "r.pdf", bijlagen=True)
    tekst = "\n".join(p.extract_text() for p in PdfReader(pad).pages)
    assert "handmatig" in tekst
    assert "3,61" in tekst  # the ICR of 2026 by hand: 41,5 / 11,5 = 3,6087


def test_nieuwe_beoordeling_met_het_woonvisie_werkboek(tmp_path) -> None:
    from bodcheck import voorbeeld

    _, wv = voorbeeld.schrijf_werkboeken(tmp_path)
    b, meldingen = invullen.nieuwe_beoordeling("Woonstede", "Aaberg", 2026, woonvisie_pad=wv)
    assert [m for m in meldingen if m.soort == "fout"] == []
    assert len(b.invoer.woonvisie) == 14  # the rows of the example's Woonvisie sheet
    assert str(b.invoer.woonvisie[0].bron) == "[woonvisie-voorbeeld.xlsx]Woonvisie!D2"
    assert b.invoer.bestanden == {"woonvisie": "woonvisie-voorbeeld.xlsx"}
    r = pipeline.beoordeel_invoer(b.invoer, peildatum=dt.date(2026, 9, 1))
    assert {v.status for v in r.vergelijking if v.code == "nieuwbouw_sociaal"} == {"niet_in_bod"}  # nothing typed yet

    _, meldingen = invullen.nieuwe_beoordeling("Woonstede", "Beekdal", 2026, woonvisie_pad=wv)
    assert [m.tekst for m in meldingen if m.soort == "fout"] == ["Gemeente in bod (Beekdal) wijkt af van woonvisie (Aaberg)"]


def test_app_en_teruggeschreven_werkboek_stellen_dezelfde_vragen(tmp_path) -> None:
    """Review: the workbook written from an assessment filled in in the app asked H11 and H12, the app did not.
    The same Invoer, in the app and read back from its workbook, gives the same vraagpunten."""
    from bodcheck import bewerken, werkboek

    inv = invullen.leeg("Woonstede", "Aaberg", 2027)
    inv = bewerken.wijzig(inv, "Prognose", "schuld_nominaal", 2027, 300_000_000.0)
    peil = dt.date(2027, 9, 1)
    in_app = sorted(v.id for v in pipeline.beoordeel_invoer(inv, peildatum=peil).vraagpunten)
    terug, _ = inlezen.lees(werkboek.schrijf(inv, tmp_path / "ingevuld.xlsx"))
    uit_werkboek = sorted(v.id for v in pipeline.beoordeel_invoer(terug, peildatum=peil).vraagpunten)
    assert in_app == uit_werkboek
    assert "H11" in in_app  # the empty Toezeggingen sheet: no maatwerk promised, a question for the table
