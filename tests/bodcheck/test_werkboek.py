"""Bewaren als werkboek (issue 17): an assessment written as a filled template (Formaatversie 1.1) reads back with
the same values; it is never written over a workbook it was read from, and its text is stored as text."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from bodcheck import bewerken, inlezen, invullen, voorbeeld_11_data, werkboek
from bodcheck.uitvoer import UitvoerFout


def _waarden(inv) -> dict:
    """Every number of the year sheets, the woonvisie and Algemeen, keyed by where it is."""
    uit: dict = {("algemeen", c): v.waarde for c, v in inv.algemeen.items()}
    bladen = {**{f"prognose {t}": b for t, b in inv.prognoses.items()}, "bod": inv.bod, "afspraken": inv.afspraken,
              "realisatie": inv.realisatie}
    for naam, blad in bladen.items():
        if blad is None:
            continue
        for code, r in blad.regels.items():
            uit |= {(naam, code, j): w.getal for j, w in r.waarden.items() if w.getal is not None}
            uit |= {(naam, code, p.van_jaar, p.tot_jaar): p.waarde.getal for p in r.perioden}
            if r.richting:
                uit[(naam, code, "richting")] = r.richting
    for d in inv.woonvisie or []:
        uit[("woonvisie", d.code, d.van_jaar, d.tot_jaar)] = (d.soort, d.waarde, d.per, d.aandeel_corporatie, d.richting)
    return uit


@pytest.mark.parametrize("geval", ["nieuw-in-gemeente", "alleen-ratios", "maximum-eigen-code", "perioden-en-ibw"])
def test_gebundelde_gevallen_lezen_terug_met_dezelfde_waarden(tmp_path, geval) -> None:
    """The four bundled 1.1 cases (own codes with richting, period columns, IBW, ratios only): read, written by
    bodcheck.werkboek, read again: no warning and every value the same."""
    pad = next(p for p in voorbeeld_11_data.schrijf(tmp_path / "in") if p.stem == geval)
    origineel, meldingen = inlezen.lees(pad)
    assert not [m for m in meldingen if m.soort in ("fout", "waarschuwing")]
    uit = werkboek.schrijf(origineel, tmp_path / "uit" / f"{geval}.xlsx", [pad])
    terug, meldingen = inlezen.lees(uit)
    assert [m.regel_tekst() for m in meldingen if m.soort in ("fout", "waarschuwing")] == []
    verwacht = _waarden(origineel)
    verwacht[("algemeen", "formaatversie")] = 1.1
    assert _waarden(terug) == verwacht


def test_ingevuld_werkboek_heeft_alle_regels_van_het_sjabloon(tmp_path) -> None:
    """The corporatie gets the whole template back: the rows the gemeente filled in and the empty ones."""
    inv = invullen.leeg("Woonstede", "Aaberg", 2026)
    inv = bewerken.wijzig(inv, "Bod", "nieuwbouw_sociaal", 2027, 40)
    pad = werkboek.schrijf(inv, tmp_path / "w.xlsx")
    wb = load_workbook(pad)
    assert "Uitleg" in wb.sheetnames and wb["Bod"].data_validations.dataValidation  # it guards its cells
    bod = list(wb["Bod"].iter_rows(values_only=True))
    assert bod[0][:4] == ("code", "omschrijving", 2027, 2028)
    rij = next(r for r in bod if r[0] == "nieuwbouw_sociaal")
    assert rij[2] == 40 and rij[3] is None
    assert len([r for r in bod[1:] if r[0]]) == len(inv.bod.regels)


def test_bedragen_in_de_eenheid_van_het_werkboek(tmp_path) -> None:
    inv = invullen.leeg("Woonstede", "Aaberg", 2026, "x € 1 mln")
    inv = bewerken.wijzig(inv, "Prognose", "schuld_nominaal", 2026, 412_500_000)
    inv = bewerken.wijzig_algemeen(inv, "ibw_nieuwbouw", 12_000_000.0)
    pad = werkboek.schrijf(inv, tmp_path / "w.xlsx")
    wb = load_workbook(pad)
    rij = next(r for r in wb["Prognose"].iter_rows(values_only=True) if r[0] == "schuld_nominaal")
    assert rij[2] == 412.5  # € 412.500.000 in x € 1 mln
    algemeen = {r[0]: r[1] for r in wb["Algemeen"].iter_rows(values_only=True)}
    assert algemeen["Eenheid bedragen"] == "x € 1 mln" and algemeen["IBW nieuwbouw in deze gemeente"] == 12


def test_tekst_wordt_als_tekst_bewaard(tmp_path) -> None:
    """A corporatie name that looks like a formula stays text (bodcheck.veilig): no spreadsheet evaluates it."""
    inv = invullen.leeg("=HYPERLINK(\"http://x\")", "Aaberg", 2026)
    pad = werkboek.schrijf(inv, tmp_path / "w.xlsx")
    cel = next(r[1] for r in load_workbook(pad)["Algemeen"].iter_rows() if r[0].value == "Corporatie")
    assert cel.data_type == "s" and cel.quotePrefix and cel.value == '=HYPERLINK("http://x")'
    terug, _ = inlezen.lees(pad)
    assert terug.corporatie == '=HYPERLINK("http://x")'


def test_nooit_over_de_invoer(tmp_path) -> None:
    pad = next(p for p in voorbeeld_11_data.schrijf(tmp_path) if p.stem == "alleen-ratios")
    voor = pad.read_bytes()
    inv, _ = inlezen.lees(pad)
    with pytest.raises(UitvoerFout) as e:
        werkboek.schrijf(inv, pad, [pad])
    assert str(e.value) == ("alleen-ratios.xlsx is nu geopend als invoer. Bewaren zou die invoer overschrijven; kies "
                            "een andere naam of map.")
    assert pad.read_bytes() == voor
    with pytest.raises(UitvoerFout, match="dit is een map, geen bestand"):
        werkboek.schrijf(inv, tmp_path, [pad])


def test_voorbeeld_met_alle_bladen_leest_terug(tmp_path) -> None:
    """The bundled example (bod and woonvisie workbooks: Toezeggingen, Wijken, Gemeente, Realisatie, text in Bod
    cells) as one written workbook: every value the same, the lists as long, and only the warnings the example
    itself has (the corporatie's words in number cells are kept as text)."""
    from bodcheck import voorbeeld

    bod, wv = voorbeeld.schrijf_werkboeken(tmp_path / "in")
    origineel, meldingen = inlezen.lees(bod, wv)
    uit = werkboek.schrijf(origineel, tmp_path / "uit.xlsx", [bod, wv])
    terug, terug_meldingen = inlezen.lees(uit)
    verwacht = _waarden(origineel)
    verwacht[("algemeen", "formaatversie")] = 1.1
    assert _waarden(terug) == verwacht
    for lijst in ("toezeggingen", "wijken", "gemeente_levert"):
        assert len(getattr(terug, lijst)) == len(getattr(origineel, lijst)) > 0
    assert sorted(m.tekst for m in terug_meldingen if m.soort in ("fout", "waarschuwing")) == \
        sorted(m.tekst for m in meldingen if m.soort in ("fout", "waarschuwing"))
