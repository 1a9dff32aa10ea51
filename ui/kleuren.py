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
ERNST = {"hoog": QColor("#b03a3a"), "midden": QColor("#b7791f"), "laag": QColor("#4a6f8a"),
         "info": QColor("#777777")}
# the left edge of a thema card in the Overzicht, by status
STATUS_RAND = {"voldoet": "#2e7d4f", "gedeeltelijk": "#b7791f", "voldoet_niet": "#b03a3a", "niet_in_bod": "#777777"}
