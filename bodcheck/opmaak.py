"""Dutch display formatting, in one place: € 1.234.567 · 1,40 · 49,7% · 21-11-2026 · 8 juli 2026.

Rounding happens only here, half-up on the decimal representation (rekenregels §2):
`Decimal(repr(x)).quantize(q, ROUND_HALF_UP)`, so 1,005 → 1,01 and −2,245 → −2,25.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal

from bodcheck.codes import EENHEID_STANDAARD, factor_bedragen

ONBEKEND = "–"
MIN = "\u2212"  # the minus sign of typesetting, "−" (not the hyphen "-") for every negative number a reader sees

RATIO_LABEL = {
    "icr": "ICR", "ltv": "LTV", "solvabiliteit": "Solvabiliteit", "dekkingsratio": "Dekkingsratio",
    "onderpandratio": "Onderpandratio",
}
# The takken as a reader knows them (bevindingen r3 item 13: "TI" was never explained): short enough for a chart
# legend and a table cell; the long form, with the plain words for DAEB, for titles.
TAK_LABEL = {"TI": "hele corporatie (TI)", "DAEB": "DAEB", "niet-DAEB": "niet-DAEB"}
TAK_LABEL_LANG = {**TAK_LABEL, "DAEB": "DAEB (sociale tak)", "niet-DAEB": "niet-DAEB (commerciële tak)"}
SCENARIO_LABEL = {"nieuwbouw": "Nieuwbouw", "verbetering": "Verbetering"}  # the report's and the app's words
MODUS_LABEL = {"eenmalig": "eenmalig, in het eerste jaar", "gelijkmatig": "gelijkmatig over de jaren"}
BAND_LABEL = {"overschreden": "buiten norm", "krap": "krap", "ruim": "ruim"}
BAND_SYMBOOL = {"overschreden": "✗", "krap": "!", "ruim": "✓"}
STATUS_LABEL = {
    "voldoet": "sluit aan", "gedeeltelijk": "deels", "voldoet_niet": "wijkt af",
    "niet_in_bod": "niet in bod", "geen_doel": "geen doel", "regionaal": "regionale opgave",
    "niet_toegerekend": "niet toegerekend", "voornemen": "voornemen",
}
STATUS_SYMBOOL = {"voldoet": "✓", "gedeeltelijk": "◐", "voldoet_niet": "✗", "niet_in_bod": "○", "geen_doel": "·",
                  "regionaal": "·", "niet_toegerekend": "·", "voornemen": "·"}


# A table label's note on how a stock is counted ("…, ultimo", "… (ultimo)"): right in a table row, wrong inside
# a sentence, which says the year itself ("eind 2028").
_TELWIJZE = re.compile(r"(?:,\s*ultimo|\s*\(ultimo\))\s*$", re.IGNORECASE)


def in_zin(tekst: str) -> str:
    """A label inside a sentence: its first letter lower case, the rest as written, so names and abbreviations keep
    their capitals ("Woningen met label E, F of G" → "woningen met label E, F of G"; "DAEB-woningen" stays);
    a table's ", ultimo" is dropped ("Woningen met label E, F of G, ultimo" → "woningen met label E, F of G")."""
    tekst = _TELWIJZE.sub("", tekst) or tekst
    if len(tekst) > 1 and tekst[1].isupper():
        return tekst
    return tekst[:1].lower() + tekst[1:]


def afronden(x: float, decimalen: int) -> Decimal:
    """Half-up rounding of the value as written (repr), not of its binary expansion."""
    q = Decimal(1).scaleb(-decimalen)
    return Decimal(repr(float(x))).quantize(q, rounding=ROUND_HALF_UP)


def getal(x: float | None, decimalen: int = 0) -> str:
    """1234567.5 → '1.234.568'; with decimalen=2 → '1.234.567,50'; −15 → '−15' (minus sign U+2212). None → '–'."""
    if x is None:
        return ONBEKEND
    d = afronden(x, decimalen)
    if d == 0:
        d = abs(d)  # no "-0"
    tekst = f"{d:,.{decimalen}f}"
    return tekst.replace(",", "\x00").replace(".", ",").replace("\x00", ".").replace("-", MIN)


def euro(x: float | None, decimalen: int = 0) -> str:
    """€ 1.234.567 ; negative: € −1.234.567."""
    if x is None:
        return ONBEKEND
    return f"€ {getal(x, decimalen)}"


def euro_globaal(x: float | None) -> str:
    """An indicative amount in a sentence: € 161,5 mln, € 4,7 mln, € 850.000 (rounded to thousands). From a
    million on it is written as the tables write it (euro_mln), so a sentence and the table beside it show the
    same figure (vraagpunten.md Revisions 2: "€ 46,9 mln"). Exact euros only in appendices, JSON and Excel."""
    if x is None:
        return ONBEKEND
    if abs(x) >= 1_000_000:
        return euro_mln(x)
    return euro(float(afronden(x / 1000, 0)) * 1000)


def euro_mln(x: float | None) -> str:
    """An indicative amount in millions with one decimal, for a table column where exact euros would be false
    precision: € 46,9 mln, € 0,9 mln, € −3,2 mln."""
    return ONBEKEND if x is None else f"€ {getal(x / 1_000_000, 1)} mln"


def euro_eenheid(x: float | None, eenheid: str = EENHEID_STANDAARD) -> str:
    """An amount in euros as a number in the user's unit (the unit goes in the column header):

    39.000.000 in "x € 1.000" → "39.000".
    """
    if x is None:
        return ONBEKEND
    factor = factor_bedragen(eenheid)
    decimalen = 1 if eenheid == "x € 1 mln" else 0
    return getal(x / factor, decimalen)


def ratio(x: float | None, decimalen: int = 2) -> str:
    """ICR-style ratio: 1.74285 → '1,74'."""
    return getal(x, decimalen)


def procent(x: float | None, decimalen: int = 1) -> str:
    """Fraction → percent: 0.4975 → '49,8%'."""
    if x is None:
        return ONBEKEND
    return f"{getal(honderdvoud(x), decimalen)}%"


def honderdvoud(x: float) -> float:
    """x × 100 on the written value, for percentages and procentpunten: 0.0295 → 2.95 (in binary 0.0295 * 100
    is 2.9499999999999997, which would round to 2,9 instead of 3,0; finding 24)."""
    return float(Decimal(repr(float(x))) * 100)


def procentpunt(x: float | None, decimalen: int = 1) -> str:
    """A difference of two fractions in procentpunten: 0.005 → '0,5'."""
    return ONBEKEND if x is None else getal(honderdvoud(x), decimalen)


def ratio_waarde(naam: str, x: float | None) -> str:
    """A ratio in its own notation: ICR as 1,74, the others as percentages."""
    return ratio(x) if naam == "icr" else procent(x)


def veld_waarde(v: object) -> str:
    """A value of the Algemeen sheet as text: ja/nee, a date, a number (whole or with two decimals), text."""
    if v is None:
        return ONBEKEND
    if isinstance(v, bool):
        return "ja" if v else "nee"
    if isinstance(v, dt.date):
        return datum(v)
    if isinstance(v, float):
        return getal(v, 0 if v.is_integer() else 2)
    return str(v)


def datum(d: dt.date | None) -> str:
    """A date in a table: 08-07-2026 (in a sentence: datum_lang, "8 juli 2026")."""
    return ONBEKEND if d is None else f"{d.day:02d}-{d.month:02d}-{d.year}"


def datum_tekst(tekst: str) -> str:
    """A date written as text (a parameter's `datum`): ISO "2022-01-01" → "01-01-2022", as every date in a
    table; "2025" or any other text is kept."""
    m = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})\s*", tekst or "")
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else tekst


def datum_lang(d: dt.date) -> str:
    maanden = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
               "oktober", "november", "december")
    return f"{d.day} {maanden[d.month - 1]} {d.year}"


def opsomming(namen) -> str:
    """['a', 'b', 'c'] → 'a, b en c': names joined as a Dutch list."""
    namen = list(namen)
    return "".join(namen) if len(namen) <= 1 else ", ".join(namen[:-1]) + f" en {namen[-1]}"


def ratio_namen(namen: list[str] | tuple[str, ...]) -> str:
    """['icr', 'solvabiliteit'] → 'ICR en solvabiliteit': a ratio's name mid-sentence (lower case, an
    abbreviation keeps its capitals), joined as a Dutch list."""
    return opsomming(w if w.isupper() else w.lower() for w in (RATIO_LABEL.get(n, n) for n in namen))


def jaren(j: list[int] | tuple[int, ...]) -> str:
    """[2026, 2027, 2028] → '2026–2028'; [2026, 2028] → '2026 en 2028'; [2026, 2027, 2029] → '2026, 2027 en 2029'."""
    js = sorted(set(j))
    if not js:
        return ""
    if len(js) > 2 and js == list(range(js[0], js[-1] + 1)):
        return f"{js[0]}–{js[-1]}"
    if len(js) == 1:
        return str(js[0])
    return ", ".join(str(x) for x in js[:-1]) + f" en {js[-1]}"


def waarde_in_eenheid(x: float | None, eenheid: str, eenheid_bedragen: str = EENHEID_STANDAARD) -> str:
    """A value of a row in its own unit: aantal → '25', % → '3,5%', bedrag → '€ 1.234.567'."""
    if x is None:
        return ONBEKEND
    if eenheid == "%":
        return procent(x)
    if eenheid in ("bedrag", "€"):
        return euro(x)
    if eenheid == "ratio":
        return ratio(x)
    if eenheid in ("score", "jaren"):
        return getal(x, 1)
    return getal(x, 0)  # aantal, personen: homes and people are whole (40 × 87,5% = 35,01 → 35)


def cellen_kort(bronnen: list[str] | tuple[str, ...]) -> str:
    """Cell references said briefly: neighbouring cells of one sheet become a range, the file named once.

    ["[bod.xlsx]Bod!C12", "[bod.xlsx]Bod!D12", "[bod.xlsx]Bod!E12", "[wv.xlsx]Woonvisie!D2"]
    → "bod.xlsx: Bod!C12:E12 · wv.xlsx: Woonvisie!D2". Other texts are kept as they are."""

    def kolom_nr(letters: str) -> int:
        n = 0
        for ch in letters:
            n = n * 26 + ord(ch) - 64
        return n

    per_bestand: dict[str, list[str]] = {}
    for b in bronnen:
        m = re.fullmatch(r"(?:\[([^\]]+)\])?(.+?)!([A-Z]{1,3})(\d+)((?::[A-Z]{1,3}\d+)?)", b)
        if m is None:
            per_bestand.setdefault("", []).append(b)
            continue  # a range ("Bod!C16:G16") goes with its file too, kept as it is
        per_bestand.setdefault(m.group(1) or "", []).append(f"{m.group(2)}!{m.group(3)}{m.group(4)}{m.group(5)}")
    delen = []
    for bestand, cellen in per_bestand.items():
        geordend: list[tuple[str, str, int, int]] = []  # blad, kolom, kolomnummer, rij
        overig: list[str] = []
        for c in cellen:
            m = re.fullmatch(r"(.+?)!([A-Z]{1,3})(\d+)", c)
            if m is None:
                overig.append(c)
            else:
                geordend.append((m.group(1), m.group(2), kolom_nr(m.group(2)), int(m.group(3))))
        stukken: list[str] = []
        gezien: set[tuple[str, str, int]] = set()
        for blad, kol, k, rij in geordend:
            if (blad, kol, rij) in gezien:
                continue
            # a run to the right in the same row
            eind_k, eind_kol = k, kol
            volgende = {(b_, k_, r_): kl for b_, kl, k_, r_ in geordend}
            while (blad, eind_k + 1, rij) in volgende:
                eind_k += 1
                eind_kol = volgende[(blad, eind_k, rij)]
                gezien.add((blad, eind_kol, rij))
            gezien.add((blad, kol, rij))
            stukken.append(f"{blad}!{kol}{rij}" + (f":{eind_kol}{rij}" if eind_k != k else ""))
        tekst = ", ".join(dict.fromkeys([*stukken, *overig]))
        delen.append(f"{bestand}: {tekst}" if bestand else tekst)
    return " · ".join(delen)
