"""The PDF of the bundled example, read back with pypdf. Expected figures come from the workbook cells and
the spec formulas (rekenregels §2, §4.1; vraagpunten.md B03), formatted by hand in Dutch notation."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from pypdf import PdfReader

from bodcheck import rapport
from bodcheck.model import Notitie, notitie_sleutel
from bodcheck.rapport.model import Vraagpunten

from .conftest import pdf_tekst

HOOFDSTUKKEN = ("Kern voor het bestuur", "Realisatie vorig jaar", "Proces en volledigheid",
                "Bod versus woonvisie per thema", "Voorraadontwikkeling", "Toets aan normen",
                "Financiële ruimte (indicatief)", "Vraagpunten voor het overleg", "Wat de gemeente zelf levert",
                "Methode en begrippen")


def nl(x: float, decimalen: int) -> str:
    """Dutch notation by hand: half-up on the written value, '.' thousands, ',' decimals."""
    d = Decimal(repr(x)).quantize(Decimal(1).scaleb(-decimalen), rounding=ROUND_HALF_UP)
    heel, _, frac = f"{abs(d):f}".partition(".")
    groepen = []
    while heel:
        groepen.insert(0, heel[-3:])
        heel = heel[:-3]
    tekst = ".".join(groepen) + ("," + frac if frac else "")
    return ("-" if d < 0 else "") + tekst


def test_paginas_hoofdstukken_kop_en_voet(rapport_pdf, paginas, resultaat):
    assert 15 <= len(paginas) <= 24  # rapport.md Revisions 2: the example in at most 24 pages
    assert "Bijlage A" not in " ".join(paginas)  # the input appendix only with --bijlagen
    for titel in HOOFDSTUKKEN:
        assert titel in " ".join(paginas), titel
    n = len(paginas)
    for i, p in enumerate(paginas, start=1):
        assert f"pagina {i} van {n}" in p
        assert "Beoordeeld op 1 september 2026" in p
        assert "CONCEPT" in p
    kop = f"{resultaat.invoer.corporatie} · {resultaat.invoer.gemeente} · bod 2026"
    assert all(kop in p for p in paginas[1:])


def test_kern_voor_het_bestuur_is_een_pagina(paginas):
    kern = [i for i, p in enumerate(paginas) if "1. Kern voor het bestuur" in p]
    assert len(kern) == 1
    p = paginas[kern[0]]
    for deel in ("Kernindicatoren over de bodperiode", "Wat goed is", "belangrijkste vragen voor het overleg",
                 "Wat de gemeente zelf levert", "Financieel beeld"):
        assert deel in p, deel
    assert "2. Realisatie vorig jaar" in paginas[kern[0] + 1]


def test_kerncijfers_in_nederlandse_notatie(tekst, werkboek):
    jaar = werkboek.jaren("Prognose")[0]
    cfo, rb, ro = (werkboek.waarde("Prognose", c, jaar) for c in
                   ("kasstroom_operationeel", "rente_betaald", "rente_ontvangen"))
    icr = (cfo + rb - ro) / (rb - ro)
    ltv = werkboek.waarde("Prognose", "schuld_nominaal", jaar) / werkboek.waarde("Prognose", "beleidswaarde", jaar)
    assert nl(icr, 2) in tekst
    assert f"{nl(ltv * 100, 1)}%" in tekst
    assert "≥ 1,40" in tekst and "≤ 70,0%" in tekst


def test_investeringsruimte_ltv_eerste_jaar(tekst, werkboek, resultaat):
    blad = "Prognose DAEB" if resultaat.berekend.investeringsruimte.tak == "DAEB" else "Prognose"
    jaar = resultaat.invoer.bodjaar
    factor = 1000  # the example's amounts are x € 1.000
    bw = werkboek.waarde(blad, "beleidswaarde", jaar) * factor
    schuld = werkboek.waarde(blad, "schuld_nominaal", jaar) * factor
    # H_LTV = LTVmax·BW − D, in the report as an indicative amount in millions (exact euros in the Excel export)
    assert f"€ {nl((0.70 * bw - schuld) / 1e6, 1)} mln" in tekst
    assert "geen geld op de plank" in tekst
    assert "tellen niet op" in tekst
    assert "indicatief" in tekst


def test_voorraadontwikkeling_netto(tekst, werkboek):
    jaren = werkboek.jaren("Bod")
    totaal = 0.0
    for j in jaren:
        plus = sum(werkboek.waarde("Bod", c, j) or 0 for c in ("nieuwbouw_sociaal", "aankoop"))
        min_ = sum(werkboek.waarde("Bod", c, j) or 0 for c in ("sloop", "verkoop", "liberalisatie"))
        totaal += plus - min_
    verwacht = ("+" if totaal > 0 else "") + nl(totaal, 0)
    assert re.search(rf"Totaal( \S+){{5}} {re.escape(verwacht)}", tekst), verwacht


# Status words with their symbol, as rapport.md names them.
STATUS_WOORD = {"voldoet": "✓ sluit aan", "gedeeltelijk": "◐ deels", "voldoet_niet": "✗ wijkt af"}


def test_status_woorden_met_symbool(resultaat, tekst):
    """Every judging status the example's comparison has is printed with its symbol (not just one of them)."""
    statussen = {v.status for v in resultaat.vergelijking} & set(STATUS_WOORD)
    assert len(statussen) >= 2, statussen  # the example has targets met and missed
    ontbreekt = [STATUS_WOORD[s] for s in sorted(statussen) if STATUS_WOORD[s] not in tekst]
    assert ontbreekt == []


def test_vraagpunten_genummerd_en_volledig(resultaat, paginas, tekst):
    r = rapport.opbouw(resultaat)
    assert sorted(b.nummer for b in r.vraagpunten) == list(range(1, len(resultaat.vraagpunten) + 1))
    start = next(i for i, p in enumerate(paginas) if "8. Vraagpunten voor het overleg" in p)
    hoofdstuk = " ".join(paginas[start:])
    blokken = [b for blok in r.hoofdstuk("vraagpunten").blokken if isinstance(blok, Vraagpunten)
               for b in blok.blokken]
    assert len(blokken) == min(15, len(r.vraagpunten))
    for b in blokken:  # in full once, in the chapter
        assert f"{b.nummer}. {b.vraag[:40]}" in hoofdstuk
        assert tekst.count(b.vraag[:40]) == 1
    gedrukt = {b.nummer for b in blokken}
    for b in r.vraagpunten:  # the others by number and title, with their own number
        if b.nummer not in gedrukt:
            assert f"Vraag {b.nummer}: {b.titel}" in hoofdstuk
    assert "Afspraak: wat · wie · wanneer" in hoofdstuk
    assert "Waarom:" in hoofdstuk


def test_notities_en_selectie_gedrukt_wederhoor_zonder(resultaat, tmp_path):
    eerste, tweede = resultaat.vraagpunten[0], resultaat.vraagpunten[1]
    notities = {notitie_sleutel(eerste): Notitie(notitie="Navragen bij wethouder Jansen", antwoord="Volgt in mei",
                                                 afspraak="Corporatie levert planning · directeur · 1 maart"),
                notitie_sleutel(tweede): Notitie(meenemen=False)}
    gewoon = " ".join(pdf_tekst(rapport.schrijf_pdf(resultaat, tmp_path / "a.pdf", notities=notities)))
    assert "Navragen bij wethouder Jansen" in gewoon
    assert "Volgt in mei" in gewoon
    model = rapport.opbouw(resultaat, notities)
    zonder = rapport.opbouw(resultaat)
    nummer = next(b.nummer for b in model.vraagpunten if b.sleutel == notitie_sleutel(tweede))
    # the number does not depend on what is ticked (vraagpunten.md Revisions 2); the unticked one is listed
    assert nummer == next(b.nummer for b in zonder.vraagpunten if b.sleutel == notitie_sleutel(tweede))
    assert f"Vraag {nummer}: {tweede.titel}" in gewoon
    met_bijlagen = " ".join(pdf_tekst(rapport.schrijf_pdf(resultaat, tmp_path / "b.pdf", notities=notities,
                                                          bijlagen=True)))
    assert "niet geselecteerd om mee te nemen" in met_bijlagen

    weder = pdf_tekst(rapport.schrijf_pdf(resultaat, tmp_path / "w.pdf", notities=notities, wederhoor=True))
    alles = " ".join(weder)
    assert "Navragen bij wethouder Jansen" not in alles
    assert "Volgt in mei" not in alles
    assert "versie voor wederhoor" in weder[1]
    assert eerste.vraag[:40] in alles


def test_regels_in_een_notitie_blijven_regels(resultaat, tmp_path):
    """A note written as a short list keeps its lines in the PDF (they were run together before), and markup
    characters in it are text."""
    eerste = resultaat.vraagpunten[0]
    notities = {notitie_sleutel(eerste): Notitie(notitie="1. planning Molenweg\n2. grond <gemeente> & Co",
                                                 afspraak="Gemeente levert grond\nwethouder · Q2 2027")}
    from pypdf import PdfReader

    pdf = rapport.schrijf_pdf(resultaat, tmp_path / "n.pdf", notities=notities)
    regels = [" ".join(r.split()) for p in PdfReader(str(pdf)).pages for r in (p.extract_text() or "").splitlines()]
    assert "Eigen notitie: 1. planning Molenweg" in regels
    assert "2. grond <gemeente> & Co" in regels
    assert "Gemeente levert grond" in regels and "wethouder · Q2 2027" in regels


def test_concept_en_definitief(resultaat, tmp_path):
    concept = pdf_tekst(rapport.schrijf_pdf(resultaat, tmp_path / "c.pdf"))
    definitief = pdf_tekst(rapport.schrijf_pdf(resultaat, tmp_path / "d.pdf", definitief=True))
    assert all("CONCEPT" in p for p in concept)
    assert not any("concept" in p.lower() for p in definitief)
    assert all("definitief" in p for p in definitief)


def test_deterministisch(resultaat, rapport_pdf):
    assert rapport.pdf_bytes(resultaat) == rapport_pdf.read_bytes()
    assert rapport.pdf_bytes(resultaat) == rapport.pdf_bytes(resultaat)


def test_metadata_en_fonts(rapport_pdf, resultaat):
    lezer = PdfReader(str(rapport_pdf))
    meta = lezer.metadata
    assert resultaat.invoer.corporatie in meta.title
    assert "art. 44" in meta.subject
    assert meta.author
    fonts = set()
    for p in lezer.pages:
        for f in (p["/Resources"].get("/Font") or {}).values():
            f = f.get_object()
            fonts.add(str(f["/BaseFont"]))
            if "DejaVu" in str(f["/BaseFont"]):
                desc = f["/FontDescriptor"].get_object()
                assert "/FontFile2" in desc  # embedded
    assert any("DejaVuSans" in f for f in fonts)


def test_bijlagen_cellen_parameters_disclaimer(resultaat, tekst, tmp_path):
    assert "signalen, geen oordeel over redelijkheid in de zin van art. 44 Woningwet" in tekst
    assert "Begrippenlijst" in tekst  # the standard report keeps the method, the glossary and the disclaimer
    assert "Invoergegevens met celverwijzingen" not in tekst
    met = " ".join(pdf_tekst(rapport.schrijf_pdf(resultaat, tmp_path / "b.pdf", bijlagen=True)))
    assert "Invoergegevens met celverwijzingen" in met
    assert "Prognose!" in met and "Bod!" in met  # cell references of the input data
    assert "niet geverifieerd" in met


def test_weinig_gegevens_zegt_wat_ontbreekt(dun_resultaat, tmp_path):
    alles = " ".join(pdf_tekst(rapport.schrijf_pdf(dun_resultaat, tmp_path / "dun.pdf")))
    assert "Geen blad Realisatie aangeleverd" in alles
    assert "Geen blad Afspraken aangeleverd" in alles
    assert "Geen blad Bod aangeleverd" in alles
    assert "Geen woonvisie aangeleverd" in alles
    assert "Geen blad Gemeente aangeleverd" in alles
