"""Comparing names a person typed (sheet names, gemeente names) with the names bodcheck knows, in the three
steps of issue 15 (uitvoer.md, Revisions 2):

1. the same after NFKC, removing zero-width characters, folding case and spaces, and unifying apostrophes
   and dashes (’s-Hertogenbosch): accepted, with a warning that shows the difference (unless the only
   difference is case or surrounding spaces, which the format allows);
2. a name whose confusable skeleton matches a known name but which still differs (a Cyrillic о in
   "Prognоse"): an error naming the character;
3. two names that normalise to one (handled by the caller with `normaal`): an error.

The confusables table is a small subset of Unicode TR39 for the Latin look-alikes a Dutch name can meet:
Cyrillic and Greek letters (fullwidth forms are folded by NFKC already).

    normaal(naam) -> str
    skelet(naam) -> str
    vergelijk(naam, bekend) -> Vergelijking | None
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_ONZICHTBAAR = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
_APOSTROF = str.maketrans({c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\u00b4\u0060\u02bc\u02bb"})
_STREEP = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\u00ad"})
_RUIMTE = re.compile(r"[\s_\-]+")

# Cyrillic and Greek letters that look like Latin ones (a subset of Unicode TR39 confusables.txt).
_LIJKT_OP = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ո": "n",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    "α": "a", "ο": "o", "ρ": "p", "ν": "v", "υ": "u", "ι": "i", "κ": "k", "τ": "t", "χ": "x", "ε": "e",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    "ı": "i", "ℓ": "l", "0": "o", "1": "l",
}
_LIJKT_OP_TABEL = str.maketrans(_LIJKT_OP)

_RANG = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
         "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende",
         "negentiende", "twintigste")
_SCHRIFT = {"CYRILLIC": "Cyrillische", "GREEK": "Griekse", "ARMENIAN": "Armeense", "FULLWIDTH": "brede"}


def normaal(naam: str) -> str:
    """Step 1: the form in which harmless differences vanish."""
    t = unicodedata.normalize("NFKC", naam)
    t = _ONZICHTBAAR.sub("", t).translate(_APOSTROF).translate(_STREEP)
    return _RUIMTE.sub("", t).casefold()


def skelet(naam: str) -> str:
    """Step 2: look-alike letters replaced by the Latin letter they imitate."""
    return normaal(normaal(naam).translate(_LIJKT_OP_TABEL))


@dataclass(frozen=True)
class Vergelijking:
    soort: str  # "gelijk" (case/spaces only), "waarschuwing" (step 1), "fout" (step 2)
    tekst: str | None  # the Dutch sentence (None for "gelijk")


def _teken(ch: str) -> str:
    naam = unicodedata.name(ch, "")
    schrift = next((nl for en, nl in _SCHRIFT.items() if naam.startswith(en)), None)
    letter = _LIJKT_OP.get(ch, ch)
    if schrift:
        return f"een {schrift} {letter}"
    return f"het teken U+{ord(ch):04X}" + (f" ({naam.lower()})" if naam else "")


def _rang(i: int) -> str:
    return f"het {_RANG[i]} teken" if i < len(_RANG) else f"teken {i + 1}"


def toon(naam: str) -> str:
    """A name as quoted in a message: invisible characters made visible."""
    from bodcheck.veilig import terminal

    return terminal(naam)


def vergelijk(naam: str, bekend: str, wat: str = "blad") -> Vergelijking | None:
    """How `naam` (from a file) relates to the known name `bekend`; None when it is another name."""
    if naam.strip().casefold() == bekend.casefold():
        return Vergelijking("gelijk", None)
    if normaal(naam) == normaal(bekend):
        return Vergelijking("waarschuwing", f"{wat} '{toon(naam)}' gelezen als '{bekend}' (de naam wijkt af in "
                                            "spaties, hoofdletters, streepjes, apostroffen of onzichtbare tekens)")
    if skelet(naam) == skelet(bekend):
        kaal = naam.strip()
        for i, ch in enumerate(kaal):
            if ch in _LIJKT_OP and not ch.isascii():
                return Vergelijking("fout", f"{wat} '{toon(kaal)}' lijkt op '{bekend}' maar is het niet: "
                                            f"{_rang(i)} is {_teken(ch)}; typ de naam opnieuw")
        return Vergelijking("fout", f"{wat} '{toon(kaal)}' lijkt op '{bekend}' maar is het niet; typ de naam opnieuw")
    return None
