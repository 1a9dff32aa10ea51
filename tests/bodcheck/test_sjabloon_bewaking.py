"""The template guards its cells (invoerformat 1.1 § The template guards its cells): the empty template is
opened with openpyxl and each validation's type, range, message and error style is checked against what
the spec asks, written out here by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.datavalidation import DataValidation

from bodcheck import codes, inlezen, sjabloon


@pytest.fixture(scope="module")
def wb(tmp_path_factory: pytest.TempPathFactory):
    return load_workbook(sjabloon.schrijf(tmp_path_factory.mktemp("sj") / "leeg.xlsx", soort="volledig"))


def _op(ws, cel: str) -> DataValidation:
    """The one validation that covers `cel`."""
    gevonden = [dv for dv in ws.data_validations.dataValidation if cel in dv.sqref]
    assert len(gevonden) == 1, (ws.title, cel, [str(dv.sqref) for dv in gevonden])
    return gevonden[0]


def _rij(ws, label: str) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == label)


def _kolom(ws, kop: str) -> str:
    return next(c.column_letter for c in ws[1] if c.value == kop)


def _lijst_waarden(wb, formule: str) -> list[str]:
    """The values of a list validation's range on Uitleg, e.g. `Uitleg!$A$120:$A$122`."""
    blad, bereik = formule.split("!")
    assert blad == "Uitleg"
    return [c.value for rij in wb[blad][bereik.replace("$", "")] for c in rij]


def _stop(dv: DataValidation, titel: str, bericht: str) -> None:
    assert (dv.errorStyle, dv.showErrorMessage, dv.allow_blank) == ("stop", True, True)
    assert (dv.errorTitle, dv.error) == (titel, bericht)


JAARTAL = ("Ongeldig jaartal", "Vul een jaartal in van 1900 tot en met 2100, bijvoorbeeld 2027.")
PERCENTAGE = ("Ongeldig percentage", "Vul een percentage in van 0% tot en met 100%, bijvoorbeeld 95%, of nvt.")


def test_geen_verborgen_bladen(wb) -> None:
    assert all(ws.sheet_state == "visible" for ws in wb.worksheets)


@pytest.mark.parametrize(("label", "lijst"), [
    ("Huurdersorganisatie betrokken", ["ja", "nee"]),
    ("Onder voorbehoud", ["ja", "nee"]),
    ("Eenheid bedragen", ["€", "x € 1.000", "x € 1 mln"]),
    ("Beleidswaarde versie", ["1.0", "2.0"]),
    ("Basis van de cijfers", ["enkelvoudig", "geconsolideerd"]),
])
def test_algemeen_keuzelijsten_van_uitleg(wb, label: str, lijst: list[str]) -> None:
    ws = wb["Algemeen"]
    dv = _op(ws, f"B{_rij(ws, label)}")
    assert dv.type == "list"
    assert _lijst_waarden(wb, dv.formula1) == lijst
    _stop(dv, "Kies uit de lijst", f"Kies een waarde uit de lijst: {', '.join(lijst)}.")


DATUM = ("Ongeldige datum", "Vul een datum in, bijvoorbeeld 1-7-2026.")
JAAR_REGEL = ("whole", "between", "1900", "2100", JAARTAL)
DATUM_REGEL = ("date", "between", "DATE(1900,1,1)", "DATE(2100,12,31)", DATUM)  # a date check, no list text
AANDEEL_REGEL = ("decimal", "between", "0", "1", PERCENTAGE)


@pytest.mark.parametrize(("label", "regel"), [
    ("Bodjaar", JAAR_REGEL), ("Prognose-editie", JAAR_REGEL), ("IBW jaar", JAAR_REGEL),
    ("Datum bod", DATUM_REGEL), ("Datum overleg", DATUM_REGEL), ("Woonzorgvisie vastgesteld", DATUM_REGEL),
    ("Eigen norm LTV", AANDEEL_REGEL), ("Eigen norm solvabiliteit", AANDEEL_REGEL),
    ("Eigen norm dekkingsratio", AANDEEL_REGEL),
])
def test_algemeen_jaren_datums_en_percentages(wb, label: str, regel: tuple) -> None:
    ws = wb["Algemeen"]
    dv = _op(ws, f"B{_rij(ws, label)}")
    assert (dv.type, dv.operator, dv.formula1, dv.formula2) == regel[:4]
    _stop(dv, *regel[4])
    if regel is AANDEEL_REGEL:
        assert ws[f"B{_rij(ws, label)}"].number_format == "0.0%"


def test_code_kolom_waarschuwt_alleen(wb) -> None:
    for blad in ("Prognose", "Prognose DAEB", "Bod", "Afspraken", "Realisatie", "Woonvisie"):
        ws = wb[blad]
        dv = _op(ws, "A2")
        assert str(dv.sqref) == "A2:A200"
        assert (dv.type, dv.errorStyle, dv.showErrorMessage) == ("list", "warning", True)
        assert dv.errorTitle == "Onbekende code"
        assert "Een eigen code mag" in dv.error
        waarden = _lijst_waarden(wb, dv.formula1)
        assert {"nieuwbouw_sociaal", "kasstroom_operationeel", "aandeel_sociaal_nieuwbouw",
                "toewijzing_statushouders"} <= set(waarden)
        assert len(waarden) == len(set(waarden)) == len(codes.ALLE_CODES)


def test_aandeelregels_in_jaarbladen(wb) -> None:
    ws = wb["Bod"]
    r = _rij(ws, "passend_toewijzen")
    dv = _op(ws, f"C{r}")
    # the years 2027–2031 stand in C..G: the whole row, text (nvt) still allowed
    assert str(dv.sqref) == f"C{r}:G{r}"
    assert (dv.type, dv.formula1) == ("custom", f"OR(ISTEXT(C{r}),AND(C{r}>=0,C{r}<=1))")
    _stop(dv, *PERCENTAGE)
    # a count row has no percentage check
    n = _rij(ws, "nieuwbouw_sociaal")
    assert not [dv for dv in ws.data_validations.dataValidation if f"C{n}" in dv.sqref]


def test_prognose_kopregel_alleen_jaartallen(wb) -> None:
    ws = wb["Prognose"]
    dv = _op(ws, "C1")
    assert str(dv.sqref) == "C1:L1"  # 2026–2035
    assert (dv.type, dv.formula1, dv.formula2) == ("whole", "1900", "2100")
    _stop(dv, *JAARTAL)
    assert not [dv for dv in wb["Bod"].data_validations.dataValidation if "C1" in dv.sqref]  # period columns


@pytest.mark.parametrize(("kop", "lijst"), [
    ("soort", ["minimaal", "maximaal", "streefwaarde"]), ("per", ["jaar", "periode"]),
    ("niveau", ["gemeente", "regio"]), ("prioriteit", ["hoog", "midden", "laag"]), ("richting", ["hoger", "lager"]),
])
def test_woonvisie_keuzelijsten_stoppen(wb, kop: str, lijst: list[str]) -> None:
    ws = wb["Woonvisie"]
    k = _kolom(ws, kop)
    dv = _op(ws, f"{k}2")
    assert str(dv.sqref) == f"{k}2:{k}200"
    assert dv.type == "list" and _lijst_waarden(wb, dv.formula1) == lijst
    _stop(dv, "Kies uit de lijst", f"Kies een waarde uit de lijst: {', '.join(lijst)}.")


def test_woonvisie_jaren_en_aandeel(wb) -> None:
    ws = wb["Woonvisie"]
    for kop in ("van_jaar", "tot_jaar"):
        dv = _op(ws, f"{_kolom(ws, kop)}2")
        assert (dv.type, dv.formula1, dv.formula2) == ("whole", "1900", "2100")
        _stop(dv, *JAARTAL)
    dv = _op(ws, f"{_kolom(ws, 'aandeel_corporatie')}2")
    assert (dv.type, dv.operator, dv.formula1, dv.formula2) == ("decimal", "between", "0", "1")
    _stop(dv, *PERCENTAGE)


def test_toezeggingen_en_gemeente(wb) -> None:
    ws = wb["Toezeggingen"]
    thema = _op(ws, f"{_kolom(ws, 'thema')}2")
    assert (thema.type, thema.errorStyle, thema.errorTitle) == ("list", "warning", "Onbekend thema")
    assert _lijst_waarden(wb, thema.formula1) == list(codes.TOEZEGGING_THEMAS)
    _stop(_op(ws, f"{_kolom(ws, 'kwantitatief')}2"), "Kies uit de lijst", "Kies een waarde uit de lijst: ja, nee.")
    _stop(_op(ws, f"{_kolom(ws, 'jaar')}2"), *JAARTAL)
    assert _op(ws, f"{_kolom(ws, 'peildatum')}2").type == "date"
    ws = wb["Gemeente"]
    status = _op(ws, f"{_kolom(ws, 'status')}2")
    assert _lijst_waarden(wb, status.formula1) == ["toegezegd", "geleverd", "achter"]
    _stop(status, "Kies uit de lijst", "Kies een waarde uit de lijst: toegezegd, geleverd, achter.")


def test_elke_validatie_toont_een_nederlandse_melding(wb) -> None:
    for ws in wb.worksheets:
        for dv in ws.data_validations.dataValidation:
            assert dv.showErrorMessage and dv.errorTitle and dv.error.endswith(".")
            assert dv.errorStyle in ("stop", "warning")
            if dv.type == "list":
                assert dv.formula1.startswith("Uitleg!$")  # never a typed list


def test_uitleg_legt_ti_toezeggingen_richting_en_perioden_uit(wb) -> None:
    tekst = " ".join(str(c.value) for c in wb["Uitleg"]["A"] if c.value)
    assert "formaatversie 1.1" in tekst
    assert "de toegelaten instelling (TI)" in tekst
    assert "Toezeggingen: wat de corporatie in woorden belooft" in tekst
    assert "richting: zet bij een eigen code" in tekst
    assert "Periodekolommen:" in tekst and "(2027-2031)" in tekst


def test_leeg_sjabloon_leest_zonder_fouten_buiten_verplichte_velden(tmp_path: Path) -> None:
    """The lists on Uitleg do not disturb reading: an empty template only misses its required fields."""
    _, meldingen = inlezen.lees(sjabloon.schrijf(tmp_path / "leeg.xlsx"))
    assert {m.tekst for m in meldingen if m.soort == "fout"} == {
        "verplicht veld Corporatie ontbreekt", "verplicht veld Gemeente ontbreekt", "verplicht veld Bodjaar ontbreekt"}


def test_bod_heeft_kolommen_voor_een_eigen_code(wb) -> None:
    for blad in ("Bod", "Afspraken", "Realisatie"):
        ws = wb[blad]
        kop = [c.value for c in ws[1]]
        assert kop[-4:] == ["toelichting", "thema", "eenheid", "richting"]
        eenheid = _op(ws, f"{_kolom(ws, 'eenheid')}2")
        assert _lijst_waarden(wb, eenheid.formula1) == list(codes.EENHEDEN)
        _stop(eenheid, "Kies uit de lijst", f"Kies een waarde uit de lijst: {', '.join(codes.EENHEDEN)}.")
        richting = _op(ws, f"{_kolom(ws, 'richting')}2")
        _stop(richting, "Kies uit de lijst", "Kies een waarde uit de lijst: hoger, lager.")
        thema = _op(ws, f"{_kolom(ws, 'thema')}2")
        assert (thema.errorStyle, _lijst_waarden(wb, thema.formula1)) == ("warning", list(codes.THEMAS))
    assert [c.value for c in wb["Prognose"][1]][-1] == "toelichting"  # a prognosis has no own codes
