"""The report tells the user's story (rapport.md § Revisions 2): who wrote it, the optional appendix, the complete
glossary, fair-share investment under "Wat goed is", the corporatie's voice under its row, and a euro sign that
never ends a line. Expected values are read from the written workbooks with openpyxl, not from the model."""

from __future__ import annotations

import dataclasses

import pytest
from pypdf import PdfReader

from bodcheck import cli, codes, rapport, voorbeeld
from bodcheck.rapport.model import Alinea, Tabel
from bodcheck.rapport.teksten import BEGRIPPEN

from .conftest import Werkboek, pdf_tekst

# rapport.md Revisions 2: every abbreviation or term used in the report is in the begrippenlijst
TERMEN = ("ICR", "LTV", "dekkingsratio", "onderpandratio", "solvabiliteit", "DAEB", "niet-DAEB", "TI",
          "beleidswaarde", "marktwaarde", "IBW", "dPi", "EPV", "W · B · A · R", "procentpunt", "krap")


def _veld(ws, code: str):
    """A value of an Algemeen sheet, found by the field's label in column A (invoerformat.md)."""
    label = codes.ALGEMEEN_PER_CODE[code].label
    return next(r[1].value for r in ws.iter_rows(min_row=2) if r[0].value == label)


def test_begrippenlijst_compleet():
    begrippen = " · ".join(w.lower() for w, _ in BEGRIPPEN)
    for term in TERMEN:
        assert term.lower() in begrippen, term


def test_opgesteld_door_is_de_kant_van_de_gebruiker(resultaat, voorbeeld_map):
    wv = Werkboek(voorbeeld_map / voorbeeld.WOONVISIE).wb["Algemeen"]
    bod = Werkboek(voorbeeld_map / voorbeeld.BOD).wb["Algemeen"]
    wv_door = _veld(wv, "opgesteld_door")
    bod_velden = {c: _veld(bod, c) for c in ("opgesteld_door", "huurdersorganisatie")}
    r = rapport.opbouw(resultaat)
    voorblad = dict(r.voorblad)
    assert voorblad["Opgesteld door"] == wv_door == r.auteur  # the woonvisie workbook's, not the corporatie's
    assert voorblad["Bod opgesteld door"] == bod_velden["opgesteld_door"]
    assert rapport.opbouw(resultaat, auteur="Team Wonen").auteur == "Team Wonen"
    huurders = dataclasses.replace(resultaat, instellingen=dataclasses.replace(resultaat.instellingen,
                                                                               perspectief="huurders"))
    assert dict(rapport.opbouw(huurders).voorblad)["Opgesteld door"] == bod_velden["huurdersorganisatie"]


def test_cli_auteur_en_bijlagen(voorbeeld_map, tmp_path):
    bod, wv = str(voorbeeld_map / voorbeeld.BOD), str(voorbeeld_map / voorbeeld.WOONVISIE)
    kort, lang = tmp_path / "kort.pdf", tmp_path / "lang.pdf"
    assert cli.main(["beoordeel", bod, "--woonvisie", wv, "--rapport", str(kort), "--peildatum", "2026-09-01",
                     "--auteur", "Wethouder Wonen, gemeente Aaberg"]) == 0
    assert cli.main(["beoordeel", bod, "--woonvisie", wv, "--rapport", str(lang), "--peildatum", "2026-09-01",
                     "--bijlagen"]) == 0
    assert PdfReader(str(kort)).metadata.author == "Wethouder Wonen, gemeente Aaberg"
    kort_tekst, lang_tekst = " ".join(pdf_tekst(kort)), " ".join(pdf_tekst(lang))
    assert "Opgesteld door Wethouder Wonen, gemeente Aaberg" in kort_tekst
    assert "Invoergegevens met celverwijzingen" not in kort_tekst
    assert "Bijlage A." in lang_tekst and "Invoergegevens met celverwijzingen" in lang_tekst
    assert len(PdfReader(str(lang)).pages) > len(PdfReader(str(kort)).pages)


def test_wat_goed_is_noemt_investeringen_boven_het_eigen_deel(resultaat, werkboek):
    # P04 the other way round: share of investments here (Bod investering_gemeente) against the share of
    # the bezit (vhe_gemeente / vhe_totaal), over the bod years the prognosis also has
    alg = {c: _veld(werkboek.wb["Algemeen"], c) for c in ("vhe_gemeente", "vhe_totaal")}
    jaren = [j for j in werkboek.jaren("Bod") if j in werkboek.jaren("Prognose")]
    hier = sum(werkboek.waarde("Bod", "investering_gemeente", j) for j in jaren)
    totaal = sum(werkboek.waarde("Prognose", c, j) for j in jaren
                 for c in ("investering_nieuwbouw", "investering_verbetering", "onderhoud"))
    aandeel_inv, aandeel_bezit = hier / totaal, alg["vhe_gemeente"] / alg["vhe_totaal"]
    assert aandeel_inv >= 1.2 * aandeel_bezit  # the example: well above its share (drempel fair_share_ruim 1,2)
    goed = next(b for b in rapport.opbouw(resultaat).hoofdstuk("kern").blokken
                if getattr(b, "titel", "") == "Wat goed is")
    assert any(f"{round(aandeel_inv * 100)}% van de uitgaven" in x and
               f"{round(aandeel_bezit * 100)}% van haar woningen" in x for x in goed.items), goed.items


def test_stem_van_de_corporatie_onder_haar_rij(resultaat, werkboek):
    """Every toelichting on a Bod row with a woonvisie target is printed, quoted, under its row in the thema
    chapter (a note row over the whole table width)."""
    ws = werkboek.wb["Bod"]
    kop = [c.value for c in ws[1]]
    toelichting = {r[0].value: r[kop.index("toelichting")].value for r in ws.iter_rows(min_row=2)
                   if r[kop.index("toelichting")].value}
    doelen = {v.code for v in resultaat.vergelijking if v.status != "geen_doel"}
    tabellen = [b for b in rapport.opbouw(resultaat).hoofdstuk("themas").blokken if isinstance(b, Tabel)]
    notities = [t.rijen[i][0].tekst for t in tabellen for i in t.notitierijen]
    for code, tekst in toelichting.items():
        if code in doelen:
            assert any(f"‘{tekst.strip()}’" in n for n in notities), code


def test_thema_opent_met_een_oordeel(resultaat):
    blokken = rapport.opbouw(resultaat).hoofdstuk("themas").blokken
    koppen = [i for i, b in enumerate(blokken) if isinstance(b, Alinea) and b.soort == "kop"]
    zinnen = [blokken[i + 1] for i in koppen if isinstance(blokken[i + 1], Alinea) and blokken[i + 1].soort == "status"]
    assert zinnen and all(z.tekst.startswith(("Het bod sluit aan op", "Het bod sluit niet aan", "Het bod sluit op geen"))
                          for z in zinnen)


@pytest.mark.parametrize("breedte", [60, 80, 120])
def test_euroteken_nooit_aan_het_eind_van_een_regel(breedte):
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    from bodcheck.rapport import pdf

    p = Paragraph(pdf._regels("ongeveer € 161 mln voor de hele corporatie, € 47 mln hier"),
                  getSampleStyleSheet()["Normal"])
    p.wrap(breedte, 1000)
    for regel in p.blPara.lines:
        woorden = regel[1]
        assert woorden and not woorden[-1].endswith("€")
