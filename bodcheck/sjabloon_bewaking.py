"""The template guards its cells (invoerformat 1.1): data validation that stops what is certainly wrong, with
a Dutch message that says what is expected, and only warns on a code outside the lists (own codes are
allowed). Lists come from a range on the `Uitleg` sheet (no hidden sheet; Excel limits a typed list to 255
characters).

    keuzelijsten(ws_uitleg, rij) -> {lijst: "Uitleg!$A$10:$A$12"}   writes the lists, returns their ranges
    bewaak(wb, bereiken)                                             adds the validations to every sheet
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from bodcheck import codes
from bodcheck.veilig import zet_cel

TOT_RIJ = 200  # validations reach this row, so rows the user adds are guarded too
JAAR_MIN, JAAR_MAX = 1900, 2100

KEUZELIJSTEN: dict[str, tuple[str, ...]] = {
    "soort": codes.DOEL_SOORTEN,
    "per": codes.DOEL_PER,
    "niveau": ("gemeente", "regio"),
    "prioriteit": codes.PRIORITEITEN,
    "ja/nee": ("ja", "nee"),
    "eenheid bedragen": tuple(codes.EENHEID_BEDRAGEN),
    "beleidswaarde versie": ("1.0", "2.0"),
    "basis": codes.PROGNOSE_BASES,
    "richting": codes.RICHTINGEN,
    "eenheid": codes.EENHEDEN,
    "thema": codes.TOEZEGGING_THEMAS,
    "thema van een eigen code": codes.THEMAS,
    "status": codes.GEMEENTE_STATUS,
    "code": tuple(dict.fromkeys(c.code for c in (*codes.PROGNOSE_CODES, *codes.INDICATOR_CODES,
                                                 *codes.WOONVISIE_CODES, *codes.WIJK_CODES))),
}

# (titel, bericht) per kind of check: what is expected, in Dutch.
JAARTAL = ("Ongeldig jaartal", f"Vul een jaartal in van {JAAR_MIN} tot en met {JAAR_MAX}, bijvoorbeeld 2027.")
DATUM = ("Ongeldige datum", "Vul een datum in, bijvoorbeeld 1-7-2026.")
AANDEEL = ("Ongeldig percentage", "Vul een percentage in van 0% tot en met 100%, bijvoorbeeld 95%, of nvt.")
ICR = ("Ongeldige ICR", "Vul een ICR in groter dan 0, bijvoorbeeld 1,4.")
BEDRAG = ("Ongeldig bedrag", "Vul een bedrag in van 0 of meer, in de eenheid van Eenheid bedragen.")
CODE = ("Onbekende code", "Deze code staat niet in de lijst van bodcheck (zie het blad Uitleg). Een eigen code mag: "
                          "vul dan ook de kolommen thema en eenheid in. Kies Ja om hem te houden.")
THEMA = ("Onbekend thema", "Dit thema staat niet in de lijst (zie het blad Uitleg). Kies Ja om het te houden.")


def keuzelijsten(ws: Worksheet, rij: int) -> dict[str, str]:
    """Write the lists on `Uitleg` from row `rij` (a title, then one column per list) and return their ranges."""
    zet_cel(ws, rij, 1, "Keuzelijsten (de keuzes in de andere bladen komen hieruit; niet wijzigen)").font = \
        Font(bold=True, size=11)
    bereiken = {}
    for k, (naam, waarden) in enumerate(KEUZELIJSTEN.items(), start=1):
        zet_cel(ws, rij + 1, k, naam).font = Font(bold=True, italic=True)
        for i, w in enumerate(waarden, start=rij + 2):
            zet_cel(ws, i, k, w)
        letter = get_column_letter(k)
        bereiken[naam] = f"Uitleg!${letter}${rij + 2}:${letter}${rij + 1 + len(waarden)}"
    return bereiken


def _dv(ws: Worksheet, bereik: str, tekst: tuple[str, str], stijl: str = "stop", **instelling: str) -> None:
    dv = DataValidation(allow_blank=True, showErrorMessage=True, errorStyle=stijl, errorTitle=tekst[0],
                        error=tekst[1], **instelling)
    ws.add_data_validation(dv)
    dv.add(bereik)


def _lijst(ws: Worksheet, bereik: str, bron: str, naam: str, stijl: str = "stop") -> None:
    tekst = CODE if naam == "code" else THEMA if naam == "thema" else (
        "Kies uit de lijst", f"Kies een waarde uit de lijst: {', '.join(KEUZELIJSTEN[naam])}.")
    _dv(ws, bereik, tekst, stijl, type="list", formula1=bron)


def _jaartal(ws: Worksheet, bereik: str) -> None:
    _dv(ws, bereik, JAARTAL, type="whole", operator="between", formula1=str(JAAR_MIN), formula2=str(JAAR_MAX))


def _datum(ws: Worksheet, bereik: str) -> None:
    _dv(ws, bereik, DATUM, type="date", operator="between", formula1=f"DATE({JAAR_MIN},1,1)",
        formula2=f"DATE({JAAR_MAX},12,31)")


def _aandeel(ws: Worksheet, bereik: str) -> None:
    """0–100% as a fraction; text (nvt, or words that rule P07 reads) stays allowed."""
    eerste = bereik.split(":")[0]
    _dv(ws, bereik, AANDEEL, type="custom", formula1=f"OR(ISTEXT({eerste}),AND({eerste}>=0,{eerste}<=1))")


def bewaak(wb: Workbook, bereiken: dict[str, str]) -> None:
    for ws in wb.worksheets:
        if ws.title == "Algemeen":
            _algemeen(ws, bereiken)
        elif ws.title.startswith("Prognose") or ws.title in ("Bod", "Afspraken", "Realisatie"):
            _jaarblad(ws, bereiken)
        elif ws.title in ("Woonvisie", "Toezeggingen", "Gemeente"):
            _lijstblad(ws, bereiken)


def _algemeen(ws: Worksheet, bereiken: dict[str, str]) -> None:
    per_label = {v.label: v for v in codes.ALGEMEEN}
    lijst = {"janee": "ja/nee", "eenheid": "eenheid bedragen", "bwversie": "beleidswaarde versie", "basis": "basis"}
    for r in range(2, ws.max_row + 1):
        veld = per_label.get(str(ws.cell(r, 1).value))
        if veld is None:
            continue
        cel = f"B{r}"
        if veld.soort in lijst:
            _lijst(ws, cel, bereiken[lijst[veld.soort]], lijst[veld.soort])
        elif veld.soort == "datum":
            _datum(ws, cel)
        elif veld.soort == "int" and veld.code in ("bodjaar", "prognose_editie", "ibw_jaar"):
            _jaartal(ws, cel)
        elif veld.soort == "aandeel":
            _dv(ws, cel, AANDEEL, type="decimal", operator="between", formula1="0", formula2="1")
        elif veld.soort == "ratio":
            _dv(ws, cel, ICR, type="decimal", operator="greaterThan", formula1="0")
        elif veld.soort == "bedrag":
            _dv(ws, cel, BEDRAG, type="decimal", operator="greaterThanOrEqual", formula1="0")


def _jaarblad(ws: Worksheet, bereiken: dict[str, str]) -> None:
    jaar_kolommen = [c.column for c in ws[1] if isinstance(c.value, int)]
    _lijst(ws, f"A2:A{TOT_RIJ}", bereiken["code"], "code", stijl="warning")
    if ws.title.startswith("Prognose") and jaar_kolommen:  # Bod, Afspraken, Realisatie allow period columns
        _jaartal(ws, f"{get_column_letter(jaar_kolommen[0])}1:{get_column_letter(jaar_kolommen[-1])}1")
    for c in ws[1]:  # the columns of an own code (invoerformat: thema, eenheid; 1.1: richting)
        bereik = f"{c.column_letter}2:{c.column_letter}{TOT_RIJ}"
        if c.value in ("eenheid", "richting"):
            _lijst(ws, bereik, bereiken[c.value], c.value)
        elif c.value == "thema":
            _lijst(ws, bereik, bereiken["thema van een eigen code"], "thema", stijl="warning")
    if not jaar_kolommen:
        return
    van, tot = get_column_letter(jaar_kolommen[0]), get_column_letter(jaar_kolommen[-1])
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value in codes.AANDEEL_CODES:
            _aandeel(ws, f"{van}{r}:{tot}{r}")


def _lijstblad(ws: Worksheet, bereiken: dict[str, str]) -> None:
    for c in ws[1]:
        kolom, letter = str(c.value), get_column_letter(c.column)
        bereik = f"{letter}2:{letter}{TOT_RIJ}"
        if kolom == "code":
            _lijst(ws, bereik, bereiken["code"], "code", stijl="warning")
        elif kolom == "thema" and ws.title != "Woonvisie":
            _lijst(ws, bereik, bereiken["thema"], "thema", stijl="warning")
        elif kolom in ("soort", "per", "niveau", "prioriteit", "richting", "status") or (
                kolom == "eenheid" and ws.title == "Woonvisie"):
            _lijst(ws, bereik, bereiken[kolom], kolom)
        elif kolom == "kwantitatief" and ws.title == "Toezeggingen":
            _lijst(ws, bereik, bereiken["ja/nee"], "ja/nee")
        elif kolom in ("van_jaar", "tot_jaar", "jaar"):
            _jaartal(ws, bereik)
        elif kolom == "peildatum":
            _datum(ws, bereik)
        elif kolom == "aandeel_corporatie":
            _dv(ws, bereik, AANDEEL, type="decimal", operator="between", formula1="0", formula2="1")
