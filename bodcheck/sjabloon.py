"""Writing the bodcheck workbook: the empty template a gemeente sends to a corporatie (`bodcheck sjabloon`),
and filled workbooks from plain data (the bundled example, test fixtures).

    schrijf(pad, gegevens=None, soort="bod", bodjaar=2026, vooraf=None)

`gegevens` is a dict per sheet (see bodcheck/voorbeeld_data.py): `Algemeen` {code: value}; year sheets
{"jaren": [...], "regels": {code: [values]}, "toelichting": {code: text}} (amounts in the workbook unit,
percentages as fractions); `Woonvisie`, `Toezeggingen`, `Gemeente` lists of row dicts; `Wijken`
{"jaren": [...], "regels": [{"wijk", "code", "omschrijving", "waarden", "toelichting"}]}.
`vooraf` (same structure) pre-fills some sheets of the *empty* template: every sheet and every listed code
row is written as `bodcheck sjabloon` writes them, with these values in place (next year's template with
the agreed Afspraken, `bodcheck afspraken --sjabloon`).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from bodcheck import atomair, codes, sjabloon_bewaking
from bodcheck.veilig import zet_cel

KOP_FONT = Font(bold=True, color="FFFFFF")
KOP_VULLING = PatternFill("solid", fgColor="1F4E79")
INVUL_VULLING = PatternFill("solid", fgColor="FFF8DC")
FORMAAT = {"bedrag": "#,##0", "€": "#,##0", "aantal": "#,##0", "%": "0.0%", "ratio": "0.00",
           "score": "0.0", "jaren": "0.0", "personen": "#,##0"}

ALGEMEEN_FORMAAT = {"aandeel": "0.0%", "ratio": "0.00", "bedrag": "#,##0", "versie": "0.0"}

BOD_BLADEN = ("Uitleg", "Algemeen", "Prognose", "Prognose DAEB", "Prognose niet-DAEB", "Bod", "Afspraken",
              "Realisatie", "Toezeggingen", "Wijken")
WOONVISIE_BLADEN = ("Uitleg", "Algemeen", "Woonvisie", "Gemeente")


def jaren_van_blad(soort_blad: str, bodjaar: int) -> list[int]:
    """The years of a sheet in the empty template (also the rows and years of an assessment filled in in the
    app, bodcheck.invullen)."""
    if soort_blad.startswith("Prognose"):
        return list(range(bodjaar, bodjaar + 10))
    if soort_blad == "Bod":
        return list(range(bodjaar + 1, bodjaar + 6))
    if soort_blad == "Afspraken":
        return list(range(bodjaar - 1, bodjaar + 2))
    if soort_blad == "Wijken":
        return list(range(bodjaar - 4, bodjaar))
    return list(range(bodjaar - 5, bodjaar))  # Realisatie


def schrijf(pad: str | Path, gegevens: dict[str, Any] | None = None, soort: str = "bod",
            bodjaar: int = 2026, vooraf: dict[str, Any] | None = None) -> Path:
    """Write the template (soort 'bod', 'woonvisie' or 'volledig'), filled with `gegevens` when given, or
    empty with the sheets of `vooraf` pre-filled. Written atomically: a temporary file in the same folder,
    then replaced."""
    pad = Path(pad)
    _opslaan(werkboek(gegevens, soort, bodjaar, vooraf), pad)
    return pad


def als_bytes(gegevens: dict[str, Any] | None = None, soort: str = "bod", bodjaar: int = 2026,
              vooraf: dict[str, Any] | None = None) -> bytes:
    """The same workbook as `schrijf`, as the bytes of an .xlsx file (for writers that put all outputs of a
    run in place together)."""
    buffer = io.BytesIO()
    werkboek(gegevens, soort, bodjaar, vooraf).save(buffer)
    return buffer.getvalue()


def werkboek(gegevens: dict[str, Any] | None = None, soort: str = "bod", bodjaar: int = 2026,
             vooraf: dict[str, Any] | None = None) -> Workbook:
    leeg = not gegevens
    gegevens = gegevens or vooraf or {}
    if soort == "woonvisie":
        bladen: tuple[str, ...] = WOONVISIE_BLADEN
    elif soort == "volledig":
        bladen = (*BOD_BLADEN, "Woonvisie", "Gemeente")
    else:
        bladen = BOD_BLADEN
    if not leeg:  # a filled workbook holds only the sheets that have data (plus Uitleg)
        bladen = tuple(b for b in bladen if b == "Uitleg" or b in gegevens)
    wb = Workbook()
    wb.remove(wb.active)
    bereiken: dict[str, str] = {}
    for naam in bladen:
        ws = wb.create_sheet(naam)
        if naam == "Uitleg":
            bereiken = _uitleg(ws, soort)
        elif naam == "Algemeen":
            _algemeen(ws, gegevens.get("Algemeen", {}), soort, leeg)
        elif naam == "Woonvisie":
            _lijst(ws, codes.WOONVISIE_KOLOMMEN, gegevens.get("Woonvisie", []))
        elif naam == "Toezeggingen":
            _lijst(ws, codes.TOEZEGGING_KOLOMMEN, gegevens.get("Toezeggingen", []))
        elif naam == "Gemeente":
            _lijst(ws, codes.GEMEENTE_KOLOMMEN, gegevens.get("Gemeente", []))
        elif naam == "Wijken":
            _wijken(ws, gegevens.get("Wijken") or {"jaren": jaren_van_blad("Wijken", bodjaar), "regels": []})
        else:
            bekende = codes.PROGNOSE_CODES if naam.startswith("Prognose") else codes.INDICATOR_CODES
            _jaarblad(ws, naam, bekende, gegevens.get(naam), bodjaar, leeg=leeg)
    sjabloon_bewaking.bewaak(wb, bereiken)
    return wb


def _opslaan(wb: Workbook, pad: Path) -> None:
    atomair.schrijf(pad, lambda p: wb.save(p))


def _kop(ws: Worksheet, koppen: list[Any]) -> None:
    for k, tekst in enumerate(koppen, start=1):
        c = zet_cel(ws, 1, k, tekst)
        c.font, c.fill = KOP_FONT, KOP_VULLING
        c.alignment = Alignment(horizontal="center", vertical="center")
    ws.freeze_panes = "C2" if "omschrijving" in koppen[:2] else "A2"


def _breedtes(ws: Worksheet, breedtes: dict[int, float]) -> None:
    for k, b in breedtes.items():
        ws.column_dimensions[get_column_letter(k)].width = b


def _uitleg(ws: Worksheet, soort: str) -> dict[str, str]:
    """The explanation sheet, the code list and the choice lists; returns the lists' ranges."""
    regels = [
        ("bodcheck-sjabloon, formaatversie 1.1", True),
        ("", False),
        ("Waarvoor", True),
        ("Met dit werkboek levert de woningcorporatie haar bod en de financiële prognose aan de gemeente; de "
         "gemeente vult in een eigen werkboek (bladen Algemeen, Woonvisie en Gemeente) haar doelen in. "
         "bodcheck leest beide en zet ze naast elkaar.", False),
        ("", False),
        ("Zo vult u het in", True),
        ("1. Vul op het blad Algemeen de gele cellen in kolom B in. Corporatie, gemeente en bodjaar zijn verplicht.",
         False),
        ("2. Vul per blad een getal in per code (kolom A) en per jaar (kolommen met jaartallen). Laat codes en "
         "kopregels staan; voeg zo nodig jaren toe als extra kolom met het jaartal als kop.", False),
        ("3. Een lege cel betekent 'onbekend', niet 0. Vul 0 in als er niets gepland is, en nvt als iets niet "
         "van toepassing is.", False),
        ("4. Bedragen in de eenheid van Algemeen › Eenheid bedragen (standaard x € 1.000). Bedragen per woning "
         "(eenheid €) altijd in hele euro's.", False),
        ("5. Percentages als percentage (3,5%). Uitgaven en rente zijn positieve bedragen.", False),
        ("6. Een eigen regel toevoegen mag: geef dan een nieuwe code en vul de kolommen thema en eenheid in.",
         False),
        ("7. Alleen Algemeen en minstens één van Prognose, Bod of Woonvisie zijn verplicht; lever wat u heeft. "
         "Wat ontbreekt, wordt in het rapport genoemd.", False),
        ("8. Gebruik waarden, geen formules die naar andere bestanden verwijzen. Sla het bestand op in Excel "
         "(niet alleen exporteren), zodat berekende waarden bewaard blijven.", False),
        ("9. Excel weigert wat zeker fout is (een jaartal buiten 1900–2100, een percentage buiten 0–100%, een "
         "datum die geen datum is, een keuze buiten de lijst) en zegt wat er verwacht wordt. Bij een code die niet "
         "in de lijst staat waarschuwt Excel alleen: een eigen code mag.", False),
        ("", False),
        ("De bladen", True),
        ("Prognose: de corporatie als geheel, de toegelaten instelling (TI), enkelvoudig: zonder verbindingen. "
         "Prognose DAEB en Prognose niet-DAEB zijn de twee takken; vul in wat u heeft. Heeft u alleen de "
         "kerncijfers uit het jaarverslag, vul dan alleen de regels 'zoals gepubliceerd' (*_opgegeven) in.", False),
        ("Toezeggingen: wat de corporatie in woorden belooft (bijvoorbeeld 'geen huurverhoging na "
         "verduurzaming'), met thema, jaar, indicator, peildatum en eigenaar, zodat het te volgen is; "
         "vraagt_van_gemeente zegt wat de corporatie daarvoor van de gemeente nodig heeft.", False),
        ("richting: zet bij een eigen code in de kolom richting 'hoger' als meer beter is en 'lager' als minder "
         "beter is. Een doel 'maximaal' in de woonvisie betekent altijd lager. Codes uit de lijst hebben hun "
         "eigen richting.", False),
        ("Periodekolommen: kent u alleen een totaal voor een hele periode, zet dan in Bod, Afspraken of "
         "Realisatie een kolom met als kop de twee jaren met een streepje (2027-2031) en vul per regel óf de "
         "jaren óf die ene periode in, niet allebei.", False),
        ("", False),
        ("Eenheden", True),
        ("aantal: woningen of huishoudens · personen: personen · %: percentage · bedrag: in de eenheid van "
         "Algemeen · €: hele euro's · score: rapportcijfer · jaren: jaren", False),
        ("", False),
        ("Codes", True),
    ]
    for r, (tekst, vet) in enumerate(regels, start=1):
        c = zet_cel(ws, r, 1, tekst)
        c.font = Font(bold=vet, size=13 if r == 1 else 11)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 12
    ws.column_dimensions["D"].width = 18
    for r, (tekst, _) in enumerate(regels, start=1):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        # Excel does not fit the height of a merged row to wrapped text: about 115 characters fit on a line
        ws.row_dimensions[r].height = 15 * max(1, -(-len(tekst) // 115))
    r = len(regels) + 1
    for k, t in enumerate(("code", "omschrijving", "eenheid", "thema"), start=1):
        c = zet_cel(ws, r, k, t)
        c.font, c.fill = KOP_FONT, KOP_VULLING
    lijsten = [("Prognose", codes.PROGNOSE_CODES), ("Bod, Afspraken, Realisatie", codes.INDICATOR_CODES),
               ("Woonvisie (alleen)", codes.WOONVISIE_CODES), ("Wijken", codes.WIJK_CODES)]
    for titel, lijst in lijsten:
        r += 1
        zet_cel(ws, r, 1, titel).font = Font(bold=True, italic=True)
        for code in lijst:
            r += 1
            zet_cel(ws, r, 1, code.code)
            zet_cel(ws, r, 2, code.omschrijving)
            zet_cel(ws, r, 3, code.eenheid)
            zet_cel(ws, r, 4, code.thema)
    return sjabloon_bewaking.keuzelijsten(ws, r + 2)


def _algemeen(ws: Worksheet, waarden: dict[str, Any], soort: str, leeg: bool = False) -> None:
    _kop(ws, ["veld", "waarde", "toelichting"])
    _breedtes(ws, {1: 48, 2: 28, 3: 70})
    velden = codes.ALGEMEEN
    if soort == "woonvisie":
        velden = tuple(v for v in velden if v.code in {"formaatversie", "gemeente", "eenheid", "sociale_voorraad_gemeente",
                                                       "woningen_gemeente", "woonzorgvisie_datum", "opgesteld_door",
                                                       "datum_opgesteld", *codes.IBW_VELDEN})
    for r, veld in enumerate(velden, start=2):
        zet_cel(ws, r, 1, veld.label).font = Font(bold=veld.verplicht != "nee")
        waarde = waarden.get(veld.code)
        if waarde is None and veld.code == "formaatversie":
            waarde = codes.FORMAATVERSIE
        if waarde is None and veld.code == "eenheid" and (leeg or not waarden):
            waarde = codes.EENHEID_STANDAARD
        c = zet_cel(ws, r, 2, waarde)
        c.fill = INVUL_VULLING
        if veld.soort == "datum":
            c.number_format = "d-m-yyyy"
        elif veld.soort in ALGEMEEN_FORMAAT:
            c.number_format = ALGEMEEN_FORMAAT[veld.soort]
        elif veld.soort == "bwversie" and waarde is not None:
            c.value = str(waarde)
            c.number_format = "@"
        verplicht = {"ja": "verplicht", "bod": "verplicht bij een bod of prognose"}.get(veld.verplicht, "")
        zet_cel(ws, r, 3, "; ".join(t for t in (verplicht, veld.uitleg) if t))


def _jaarblad(ws: Worksheet, naam: str, bekende: tuple[codes.Code, ...], data: dict[str, Any] | None,
              bodjaar: int, leeg: bool) -> None:
    jaren = list(data["jaren"]) if data else jaren_van_blad(naam, bodjaar)
    regels: dict[str, list[Any]] = dict(data.get("regels", {})) if data else {}
    toelichting: dict[str, str] = dict(data.get("toelichting", {})) if data else {}
    extra = [c for c in regels if c not in {b.code for b in bekende}]
    richtingen: dict[str, str] = dict(data.get("richtingen", {})) if data else {}
    koppen = ["code", "omschrijving", *jaren, "toelichting"]
    eigen_codes = leeg and naam in ("Bod", "Afspraken", "Realisatie")  # room for own codes in the empty template
    if extra or eigen_codes:
        koppen += ["thema", "eenheid"]
    if richtingen or eigen_codes:
        koppen += ["richting"]
    _kop(ws, koppen)
    _breedtes(ws, {1: 28, 2: 60, **{3 + i: 12 for i in range(len(jaren))}, 3 + len(jaren): 50})
    rijen = [b for b in bekende if leeg or b.code in regels] + [
        codes.Code(c, c, data.get("eenheden", {}).get(c, "aantal") if data else "aantal",
                   data.get("themas", {}).get(c, "") if data else "") for c in extra]
    for r, code in enumerate(rijen, start=2):
        zet_cel(ws, r, 1, code.code)
        zet_cel(ws, r, 2, code.omschrijving)
        for i, _jaar in enumerate(jaren):
            waarden = regels.get(code.code, [])
            c = zet_cel(ws, r, 3 + i, waarden[i] if i < len(waarden) else None)
            c.number_format = FORMAAT.get(code.eenheid, "General")
            if leeg:
                c.fill = INVUL_VULLING
        if code.code in toelichting:
            zet_cel(ws, r, 3 + len(jaren), toelichting[code.code])
        if code.code in extra:
            zet_cel(ws, r, 4 + len(jaren), code.thema)
            zet_cel(ws, r, 5 + len(jaren), code.eenheid)
        if code.code in richtingen:
            zet_cel(ws, r, koppen.index("richting") + 1, richtingen[code.code])


def _lijst(ws: Worksheet, kolommen: tuple[str, ...], rijen: list[dict[str, Any]]) -> None:
    _kop(ws, list(kolommen))
    _breedtes(ws, {k: (40 if kol in ("omschrijving", "tekst", "tegenprestatie", "vraagt_van_gemeente") else 16)
                   for k, kol in enumerate(kolommen, start=1)})
    for r, rij in enumerate(rijen, start=2):
        for k, kol in enumerate(kolommen, start=1):
            waarde = rij.get(kol)
            c = zet_cel(ws, r, k, waarde)
            if isinstance(waarde, dt.date):
                c.number_format = "d-m-yyyy"
            if kol in ("waarde", "aandeel_corporatie"):
                eenheid = rij.get("eenheid") or codes.ALLE_CODES.get(str(rij.get("code")), codes.Code("", "", "")).eenheid
                if kol == "aandeel_corporatie" or eenheid == "%":
                    c.number_format = "0.0%"
                else:
                    c.number_format = FORMAAT.get(eenheid, "General")


def _wijken(ws: Worksheet, data: dict[str, Any]) -> None:
    jaren = list(data["jaren"])
    koppen = ["wijk", "code", "omschrijving", *jaren, "toelichting"]
    _kop(ws, koppen)
    _breedtes(ws, {1: 20, 2: 24, 3: 40})
    per_code = {c.code: c for c in codes.WIJK_CODES}
    for r, rij in enumerate(data.get("regels", []), start=2):
        zet_cel(ws, r, 1, rij["wijk"])
        zet_cel(ws, r, 2, rij["code"])
        zet_cel(ws, r, 3, rij.get("omschrijving") or (per_code[rij["code"]].omschrijving if rij["code"] in per_code else ""))
        eenheid = per_code[rij["code"]].eenheid if rij["code"] in per_code else "aantal"
        for i, w in enumerate(rij.get("waarden", [])):
            zet_cel(ws, r, 4 + i, w).number_format = FORMAAT.get(eenheid, "General")
        if rij.get("toelichting"):
            zet_cel(ws, r, 4 + len(jaren), rij["toelichting"])
