"""The few colours bodcheck uses. Colour is only an aid: every status also has a word and a symbol."""

from __future__ import annotations

from PySide6.QtGui import QColor

# soft backgrounds for table cells
ACHTERGROND = {
    "ruim": QColor("#e3f1e6"), "voldoet": QColor("#e3f1e6"),
    "krap": QColor("#fbf0d0"), "gedeeltelijk": QColor("#fbf0d0"),
    "overschreden": QColor("#f8dede"), "voldoet_niet": QColor("#f8dede"),
    "niet_in_bod": QColor("#ececec"), "geen_doel": QColor("#f6f6f6"),
}
# stronger tones for lines and symbols in charts
LIJN = {"ruim": QColor("#2e7d4f"), "krap": QColor("#b7791f"), "overschreden": QColor("#b03a3a")}
ONGELDIG = QColor("#fbe3c8")  # a cell whose text is no number
HANDMATIG = QColor("#e2ecf8")  # a value edited in the app
ACCENT = QColor("#1f4e79")  # the template's header blue
NORM = QColor("#b03a3a")
KRAPBAND = QColor(183, 121, 31, 50)
# the severity word in the Vraagpunten list: text on white, so dark enough for 4,5:1 (tests/ui/test_toegankelijkheid.py)
ERNST = {"hoog": QColor("#a12c2c"), "midden": QColor("#855600"), "laag": QColor("#3f5f77"),
         "info": QColor("#5c6066")}
GEDEMPT = QColor("#5c6066")  # secondary text (units, "geen doel", notes) on white and on the status backgrounds
TEKST = QColor("#1a1a1a")  # the body text the app assumes (Qt's palette text is as dark or darker)
WIT = QColor("#ffffff")
NAV_ACHTERGROND, NAV_GEKOZEN, NAV_GEKOZEN_TEKST, NAV_RAND = "#f5f6f8", "#dde7f2", "#10304f", "#1f4e79"
UITLEG = QColor("#444444")  # explanation lines (ui.widgets.uitleg)
# the left edge of a thema card in the Overzicht, by status
STATUS_RAND = {"voldoet": "#2e7d4f", "gedeeltelijk": "#b7791f", "voldoet_niet": "#b03a3a", "niet_in_bod": "#777777"}

# Pairs a test checks for WCAG 2.1 AA: (text colour, background) at least 4,5:1; graphics at least 3:1 on white.
TEKST_OP_ACHTERGROND = [
    *((TEKST, a) for a in (*ACHTERGROND.values(), ONGELDIG, HANDMATIG, WIT, QColor(NAV_ACHTERGROND))),
    *((GEDEMPT, a) for a in (*ACHTERGROND.values(), WIT)),
    *((e, WIT) for e in ERNST.values()),
    (QColor(NAV_GEKOZEN_TEKST), QColor(NAV_GEKOZEN)), (UITLEG, WIT), (UITLEG, QColor("#efefef")),
]
GRAFISCH = [*LIJN.values(), NORM, ACCENT, *(QColor(k) for k in STATUS_RAND.values())]
