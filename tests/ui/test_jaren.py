"""The view *Over de jaren* in the main window, the last year's answer in Vraagpunten, and *Nieuw jaar starten…*:
driven offscreen on the bundled example (pytest-qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bodcheck import beoordeling, voorbeeld
from ui.schermen import JAREN, VRAAGPUNTEN

pytestmark = pytest.mark.gui


def _vorige_jaren(venster, map_: Path) -> list[Path]:
    """The example's 2024 and 2025 assessments (the 2026 one is open in the window)."""
    paden = voorbeeld.schrijf_reeks(map_, venster.beoordeling)
    return [p for p in paden if p.name.endswith(("2024.bodcheck", "2025.bodcheck"))]


def _gevuld(w) -> bool:
    return w.monitor is not None


def test_vorige_jaren_koppelen_vult_het_scherm_over_de_jaren(voorbeeld, qtbot, tmp_path) -> None:
    assert voorbeeld.nav.item(JAREN).isHidden()  # no years linked: not in the navigation
    assert not voorbeeld.a_schermen[JAREN].isEnabled()
    vorige = _vorige_jaren(voorbeeld, tmp_path / "reeks")
    w = voorbeeld.bestanden.vorige_jaren_koppelen(vorige)
    qtbot.waitUntil(lambda: _gevuld(w), timeout=60_000)
    # a view of the main window, shown in the navigation now that years are linked
    assert voorbeeld.views.currentWidget() is w and voorbeeld.nav.currentRow() == JAREN
    assert not voorbeeld.nav.item(JAREN).isHidden() and voorbeeld.nav.item(JAREN).text() == "Over de jaren"
    assert w.monitor.bodjaren == [2024, 2025, 2026]
    # the links are saved in the assessment as path and sha256, and make it "changed"
    assert [Path(x["pad"]).name for x in voorbeeld.beoordeling.vorige_jaren] == [p.name for p in vorige]
    assert voorbeeld.beoordeling.vorige_jaren[0]["sha256"] == beoordeling._sha256(vorige[0])
    assert voorbeeld.gewijzigd
    tabel = w.tabel
    koppen = [tabel.horizontalHeaderItem(k).text() for k in range(tabel.columnCount())]
    assert koppen == ["Onderwerp", "2023", "2024", "2025", "2026", "2027"]
    rij = next(r for r in range(tabel.rowCount()) if tabel.item(r, 0).text() == "Sociale huurwoningen opgeleverd")
    # voorbeeld_reeks_data: 2024 afgesproken 30, gerealiseerd 20; 2025 afgesproken 30, gerealiseerd 18
    assert tabel.item(rij, 2).text() == "✗ achter\n20 van 30" and tabel.item(rij, 3).text() == "✗ achter\n18 van 30"
    # one chart of the promise that slid, four of the prognosis (ICR, LTV, solvabiliteit, dekkingsratio)
    assert [g.accessibleName() for g in w.grafieken] == [
        "Sociale huurwoningen opgeleverd", "ICR (DAEB)", "LTV (DAEB)", "Solvabiliteit (DAEB)", "Dekkingsratio (DAEB)"]
    tekst = w.terugkerend.toPlainText()
    assert "Vorig jaar antwoordde u:" in tekst and "Plan per complex voor de woningen met label E, F of G" in tekst
    voorbeeld.resize(1280, 900)
    qtbot.wait(50)
    voorbeeld.grab().save("/tmp/monitor-jaren.png")


def test_vorig_antwoord_naast_de_vraag_in_vraagpunten(voorbeeld, qtbot, tmp_path) -> None:
    v = voorbeeld.toon_scherm(VRAAGPUNTEN)
    assert v.kies("D01|woningen_efg")
    assert not v.d_eerder.isVisibleTo(v)  # no years linked: nothing from earlier years
    assert "↻" not in v._item("D01|woningen_efg").text(2)
    voorbeeld.bestanden.vorige_jaren_koppelen(_vorige_jaren(voorbeeld, tmp_path / "reeks"))
    w = voorbeeld.scherm(JAREN)
    qtbot.waitUntil(lambda: _gevuld(w), timeout=60_000)
    v = voorbeeld.toon_scherm(VRAAGPUNTEN)
    assert v.kies("D01|woningen_efg")
    assert v.d_eerder.isVisibleTo(v)
    tekst = v.d_eerder.text()
    # voorbeeld_reeks_data.NOTITIES: asked in 2024 and 2025; answered in 2025, agreed at the table in 2024
    assert "Deze vraag kwam eerder op</b>, bij het bod van 2024 en 2025." in tekst
    assert "Vorig jaar antwoordde u:</i> ‘24 karakteristieke woningen in het Oude Dorp" in tekst
    assert "Bij het bod van 2024 werd afgesproken:</i> ‘Plan per complex voor de woningen met label E, F of G" in tekst
    # the list marks the questions that came up before
    assert "D01 ↻  Volgens het bod" in v._item("D01|woningen_efg").text(2)
    assert v._item("D01|woningen_efg").toolTip(2).endswith("↻ Kwam eerder op, bij het bod van 2024 en 2025.")
    # read-only: this year's own answer field stays empty and the note is not changed by showing it
    assert v.veld_antwoord.toPlainText() == ""
    # a question that did not come up before shows nothing from earlier years
    nieuw = next(k for k in v._per_sleutel if k not in w.dienst.inhoud.eerder)
    assert v.kies(nieuw) and not v.d_eerder.isVisibleTo(v) and "↻" not in v._item(nieuw).text(2)
    voorbeeld.toon_scherm(VRAAGPUNTEN)
    v.kies("D01|woningen_efg")
    qtbot.wait(50)
    voorbeeld.grab().save("/tmp/monitor-vraagpunten.png")


def test_ontbrekend_vorig_jaar_wordt_gemeld(voorbeeld, qtbot, tmp_path) -> None:
    vorige = _vorige_jaren(voorbeeld, tmp_path / "reeks")
    voorbeeld.beoordeling.vorige_jaren.append({"pad": str(tmp_path / "weg.bodcheck"), "sha256": "0" * 64})
    w = voorbeeld.bestanden.vorige_jaren_koppelen(vorige[1:])
    qtbot.waitUntil(lambda: _gevuld(w), timeout=60_000)
    assert w.monitor.bodjaren == [2025, 2026]
    meldingen = [m.tekst for m in w.monitor.meldingen]
    assert any("weg.bodcheck is niet gevonden" in m for m in meldingen)


def test_map_als_reeks_opent_het_laatste_jaar_met_de_andere_gekoppeld(venster, qtbot, tmp_path) -> None:
    from bodcheck import beoordeling as bo

    bod, wv = voorbeeld.schrijf_werkboeken(tmp_path)
    b, _ = bo.nieuw(bod, wv)
    voorbeeld.schrijf_reeks(tmp_path / "reeks", b)
    venster.bestanden.kies_reeks(tmp_path / "reeks")
    qtbot.waitUntil(lambda: JAREN in venster._schermen and _gevuld(venster._schermen[JAREN]), timeout=60_000)
    assert venster.pad.name == "lindehof-aaberg-2026.bodcheck"
    assert sorted(Path(x["pad"]).name for x in venster.beoordeling.vorige_jaren) == [
        "lindehof-aaberg-2024.bodcheck", "lindehof-aaberg-2025.bodcheck"]
    assert venster._schermen[JAREN].monitor.bodjaren == [2024, 2025, 2026]


def test_map_als_reeks_met_te_weinig_jaren_toont_de_reden(venster, qtbot, tmp_path) -> None:
    from ui.dialogen import FoutDialoog

    (tmp_path / "leeg").mkdir()
    venster.bestanden.kies_reeks(tmp_path / "leeg")
    qtbot.waitUntil(lambda: any(isinstance(d, FoutDialoog) for d in venster.findChildren(FoutDialoog)),
                    timeout=30_000)
    (d,) = venster.findChildren(FoutDialoog)
    assert "De map kan niet als reeks worden geopend." in d.tekst.text()
    assert "leeg: geen beoordelingen (.bodcheck) of werkboeken (.xlsx) in deze map" in d.tekst.text()
    assert not venster.doc.open  # nothing was opened
    d.close()


def _bod_werkboek(pad: Path, bodjaar: int) -> Path:
    """The corporatie's workbook of the example with another bodjaar and its own Afspraken sheet."""
    from bodcheck import sjabloon, voorbeeld_data

    data = voorbeeld_data.bod()
    data["Algemeen"]["bodjaar"] = bodjaar
    data["Afspraken"] = {"jaren": [2026, 2027, 2028], "toelichting": {},
                         "regels": {"nieuwbouw_sociaal": [32, 30, 30], "verduurzaming": [150, 150, 150]}}
    return sjabloon.schrijf(pad, data, soort="bod")


def _met_afspraken(venster, map_: Path) -> Path:
    """The example with the afspraken made at the table (voorbeeld_data) and one more, per jaar for 2027–2028,
    saved as a .bodcheck."""
    from bodcheck import voorbeeld_data
    from bodcheck.afspraken.model import Afspraak
    from bodcheck.model import Notitie

    b = venster.beoordeling
    b.notities.update(voorbeeld_data.notities_met_afspraken())
    b.notities["P06|verduurzaming"] = Notitie(afspraken=[Afspraak(
        wat="De corporatie verduurzaamt in 2027 en 2028 elk jaar 100 woningen.", thema="duurzaamheid",
        wie="corporatie", indicator="verduurzaming", waarde=100, per="jaar", van_jaar=2027, tot_jaar=2028)])
    map_.mkdir()
    pad = map_ / "lindehof-2026.bodcheck"
    assert venster.bestanden.schrijf(pad)
    return pad


def test_nieuw_jaar_starten_neemt_de_afspraken_mee(voorbeeld, qtbot, tmp_path) -> None:
    vorig = _met_afspraken(voorbeeld, tmp_path / "jaren")
    oud = voorbeeld.beoordeling.invoer
    bod = _bod_werkboek(tmp_path / "bod-2027.xlsx", 2027)
    voorbeeld.bestanden.nieuw_jaar(bod)
    qtbot.waitUntil(lambda: voorbeeld.beoordeling.invoer.bodjaar == 2027 and voorbeeld.resultaat is not None
                    and voorbeeld.taken.aantal() == 0, timeout=60_000)
    b = voorbeeld.beoordeling
    assert voorbeeld.pad is None and voorbeeld.gewijzigd  # a new assessment, not yet saved
    # the previous year is linked as path and sha256 of the saved file
    assert b.vorige_jaren == [{"pad": str(vorig.resolve()), "sha256": beoordeling._sha256(vorig)}]
    af = b.invoer.afspraken
    # afspraken.md: the rows for years ≥ 2026 (the last bodjaar); the .bodcheck record (100 in 2027 and 2028)
    # wins over the sheet (150), 2026 stays as the new workbook has it
    assert {j: w.getal for j, w in af.regels["verduurzaming"].waarden.items()} == {2026: 150, 2027: 100, 2028: 100}
    assert af.regels["verduurzaming"].waarden[2027].bron.bestand == "lindehof-2026.bodcheck"
    assert af.regels["verduurzaming"].waarden[2026].bron.cel_tekst.startswith("Afspraken!")
    assert {j: w.getal for j, w in af.regels["nieuwbouw_sociaal"].waarden.items()} == {2026: 32, 2027: 30, 2028: 30}
    # the periode afspraak (160 in 2027–2031) has no year column: it is in the row's toelichting
    assert "Afgesproken voor 2027–2031 samen: 160" in af.regels["nieuwbouw_sociaal"].toelichting
    teksten = [m.tekst for m in b.meldingen]
    assert any("in 2027: de afspraak uit de beoordeling (100) geldt, niet 150 uit het blad Afspraken" in t
               for t in teksten)
    assert any(t.startswith("Overgenomen uit lindehof-2026.bodcheck (bod 2026)") for t in teksten)
    # the gemeente's afspraak (Z04: woonzorgvisie, 2027) is a tegenprestatie now, next to the ones it had
    assert len(b.invoer.gemeente_levert) == len(oud.gemeente_levert) + 1
    nieuw = b.invoer.gemeente_levert[-1]
    assert (nieuw.tegenprestatie, nieuw.jaar, nieuw.status) == ("Woonzorgvisie vastgesteld door de gemeenteraad",
                                                                2027, "toegezegd")
    # the woonvisie comes along (the bod workbook has none)
    assert [d.code for d in b.invoer.woonvisie] == [d.code for d in oud.woonvisie]
    # next to the years: the view Over de jaren is there, with 2026 and 2027
    assert not voorbeeld.nav.item(JAREN).isHidden()
    w = voorbeeld.toon_scherm(JAREN)
    qtbot.waitUntil(lambda: _gevuld(w), timeout=60_000)
    assert w.monitor.bodjaren == [2026, 2027]


def test_nieuw_jaar_met_een_bod_van_hetzelfde_jaar_wordt_geweigerd(voorbeeld, qtbot, tmp_path) -> None:
    from ui.dialogen import FoutDialoog

    _met_afspraken(voorbeeld, tmp_path / "jaren")
    bod = _bod_werkboek(tmp_path / "bod-2026.xlsx", 2026)
    voorbeeld.bestanden.nieuw_jaar(bod)
    qtbot.waitUntil(lambda: bool(voorbeeld.findChildren(FoutDialoog)), timeout=60_000)
    (d,) = voorbeeld.findChildren(FoutDialoog)
    assert ("bod-2026.xlsx is het bod van 2026; een nieuw jaar na lindehof-2026.bodcheck (bod 2026) heeft een later "
            "bodjaar") in d.tekst.text()
    assert voorbeeld.pad.name == "lindehof-2026.bodcheck"  # what was open stays open
    d.close()


def test_nieuw_jaar_vraagt_eerst_te_bewaren(voorbeeld, qtbot, tmp_path, monkeypatch) -> None:
    from ui import jaren_bestanden

    gevraagd = []
    monkeypatch.setattr(jaren_bestanden, "vraag_bewaren", lambda parent: gevraagd.append(parent) or False)
    assert voorbeeld.pad is None  # the example was read from its workbooks, never saved
    voorbeeld.bestanden.nieuw_jaar(_bod_werkboek(tmp_path / "bod-2027.xlsx", 2027))
    assert gevraagd == [voorbeeld]  # "Annuleren"
    assert voorbeeld.taken.aantal() == 0 and voorbeeld.beoordeling.invoer.bodjaar == 2026  # nothing started


def test_nieuw_jaar_leeg_beginnen_opent_de_invoer(voorbeeld, qtbot, tmp_path, monkeypatch) -> None:
    from ui import jaren_bestanden
    from ui.schermen import INVOER

    vorig = _met_afspraken(voorbeeld, tmp_path / "jaren")
    monkeypatch.setattr(jaren_bestanden, "kies_begin", lambda parent: "leeg")  # "Leeg beginnen en invullen"
    voorbeeld.bestanden.nieuw_jaar()
    qtbot.waitUntil(lambda: voorbeeld.beoordeling.invoer.bodjaar == 2027 and voorbeeld.resultaat is not None
                    and voorbeeld.taken.aantal() == 0, timeout=60_000)
    qtbot.waitUntil(lambda: voorbeeld.views.currentIndex() == INVOER, timeout=10_000)
    b = voorbeeld.beoordeling
    assert voorbeeld.pad is None and voorbeeld.gewijzigd
    assert b.vorige_jaren[0]["pad"] == str(vorig.resolve())
    # the record of 2026 (100 in 2027 and 2028) is in the Afspraken sheet to fill in
    assert {j: w.getal for j, w in b.invoer.afspraken.regels["verduurzaming"].waarden.items()} == {
        2026: 150, 2027: 100, 2028: 100}
    assert not voorbeeld.nav.item(JAREN).isHidden()


def test_over_de_jaren_toont_geen_codenamen(voorbeeld, qtbot, tmp_path) -> None:
    """The generic check of the app's texts (tests/ui/test_samenhang_app.py) on what linked years add: the view
    Over de jaren and, in Vraagpunten, what was answered and agreed before."""
    from tests.bodcheck.test_samenhang import geen_codenamen
    from tests.ui.test_samenhang_app import _alle_rijen_langs, _widget_teksten

    w = voorbeeld.bestanden.vorige_jaren_koppelen(_vorige_jaren(voorbeeld, tmp_path / "reeks"))
    qtbot.waitUntil(lambda: _gevuld(w), timeout=60_000)
    teksten = [(f"Over de jaren:{waar}", t) for waar, t in _widget_teksten(w, "")]
    v = voorbeeld.toon_scherm(VRAAGPUNTEN)
    teksten += [(f"Vraagpunten:{waar}", t) for waar, t in _alle_rijen_langs(v, qtbot)]
    eerder = [t for waar, t in teksten if "antwoordde u" in t]
    assert eerder and any("Over de jaren" in waar for waar, t in teksten if "antwoordde u" in t)
    assert any("Vraagpunten" in waar for waar, t in teksten if "antwoordde u" in t)
    assert not sorted(set(geen_codenamen(teksten)))


def test_rapport_krijgt_het_hoofdstuk_over_de_jaren(voorbeeld, qtbot, tmp_path) -> None:
    import pypdf

    from ui.schermen import RAPPORT

    w = voorbeeld.bestanden.vorige_jaren_koppelen(_vorige_jaren(voorbeeld, tmp_path / "reeks"))
    qtbot.waitUntil(lambda: _gevuld(w), timeout=60_000)
    voorbeeld.exporteer_pdf(tmp_path / "r.pdf")
    qtbot.waitUntil(lambda: (tmp_path / "r.pdf").exists() and voorbeeld.taken.aantal() == 0, timeout=60_000)
    tekst = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "r.pdf").pages).split())
    # monitor.md: the year's beoordelingsrapport gets the short chapter when earlier years are linked
    assert "Dit bod naast de gekoppelde bods van 2024 en 2025" in tekst
    assert "20 van 30" in tekst and "Vorig jaar antwoordde u" in tekst
    # the preview follows the links: made again after linking
    voorbeeld.toon_scherm(RAPPORT)
    qtbot.waitUntil(lambda: voorbeeld.dienst.actueel and voorbeeld.taken.aantal() == 0, timeout=60_000)


def test_terugblik_bewaren_als_pdf_en_excel(voorbeeld, qtbot, tmp_path) -> None:
    import openpyxl
    import pypdf

    from ui import jaren_bestanden

    w = voorbeeld.bestanden.vorige_jaren_koppelen(_vorige_jaren(voorbeeld, tmp_path / "reeks"))
    qtbot.waitUntil(lambda: _gevuld(w), timeout=60_000)
    assert w.knop_pdf.isEnabled() and w.knop_excel.isEnabled()
    jaren_bestanden.exporteer_terugblik(voorbeeld, True, tmp_path / "terugblik.pdf")
    jaren_bestanden.exporteer_terugblik(voorbeeld, False, tmp_path / "terugblik.xlsx")
    qtbot.waitUntil(lambda: (tmp_path / "terugblik.xlsx").exists() and voorbeeld.taken.aantal() == 0,
                    timeout=60_000)
    pdf = pypdf.PdfReader(tmp_path / "terugblik.pdf")
    assert len(pdf.pages) <= 8 and "Terugblik over de jaren" in pdf.pages[0].extract_text()
    wb = openpyxl.load_workbook(tmp_path / "terugblik.xlsx")
    assert "Tabel" in wb.sheetnames and "Belofte en realisatie" in wb.sheetnames
    # never over one of the linked years (an input)
    vorig = Path(voorbeeld.beoordeling.vorige_jaren[0]["pad"])
    voor = vorig.read_bytes()
    jaren_bestanden.exporteer_terugblik(voorbeeld, True, vorig)
    qtbot.wait(200)
    assert voorbeeld.taken.aantal() == 0 and vorig.read_bytes() == voor
