"""The look of the PDF: embedded DejaVu fonts, page geometry, paragraph styles, greys that print well in black
and white. reportlab only here, in `grafieken` and in `pdf`."""

from __future__ import annotations

from functools import cache
from importlib import resources

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "DejaVuSans"
FONT_VET = "DejaVuSans-Bold"

PAGINA = A4
MARGE_LINKS = MARGE_RECHTS = 20 * mm
MARGE_BOVEN = 22 * mm
MARGE_ONDER = 20 * mm
BREEDTE = PAGINA[0] - MARGE_LINKS - MARGE_RECHTS

# Colour helps but never carries meaning alone: every status also has a word and a symbol.
ACCENT = colors.HexColor("#1F4E79")
KOP_ACHTERGROND = colors.HexColor("#DCE6F0")
GROEP_ACHTERGROND = colors.HexColor("#EEF2F6")
LIJN = colors.HexColor("#8A9099")
LICHT = colors.HexColor("#F3F4F6")
GRIJS = colors.HexColor("#555B63")
KRAP_VLAK = colors.HexColor("#E4E6EA")
WATERMERK = colors.HexColor("#F1F2F4")


@cache
def registreer_fonts() -> None:
    """Register DejaVu Sans (regular and bold) so they are embedded; italic maps to regular."""
    map_ = resources.files("bodcheck.data.fonts")
    pdfmetrics.registerFont(TTFont(FONT, str(map_.joinpath("DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_VET, str(map_.joinpath("DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_VET, italic=FONT, boldItalic=FONT_VET)


def _stijl(naam: str, **kw) -> ParagraphStyle:
    basis = {"fontName": FONT, "fontSize": 9.2, "leading": 12.4, "alignment": TA_LEFT, "spaceAfter": 4}
    basis.update(kw)
    return ParagraphStyle(naam, **basis)


@cache
def stijlen() -> dict[str, ParagraphStyle]:
    registreer_fonts()
    return {
        "tekst": _stijl("tekst"),
        "klein": _stijl("klein", fontSize=8, leading=10.4, textColor=GRIJS),
        "h1": _stijl("h1", fontName=FONT_VET, fontSize=16, leading=20, spaceBefore=0, spaceAfter=10,
                     textColor=ACCENT),
        "h2": _stijl("h2", fontName=FONT_VET, fontSize=11.5, leading=14.5, spaceBefore=10, spaceAfter=5,
                     textColor=ACCENT),
        "h3": _stijl("h3", fontName=FONT_VET, fontSize=9.6, leading=12.4, spaceBefore=7, spaceAfter=3),
        "tabeltitel": _stijl("tabeltitel", fontName=FONT_VET, fontSize=8.8, leading=11.5, spaceBefore=6,
                             spaceAfter=3),
        "cel": _stijl("cel", fontSize=8, leading=10, spaceAfter=0),
        "cel_rechts": _stijl("cel_rechts", fontSize=8, leading=10, spaceAfter=0, alignment=2),
        "cel_kop": _stijl("cel_kop", fontName=FONT_VET, fontSize=7.8, leading=9.6, spaceAfter=0),
        "cel_kop_rechts": _stijl("cel_kop_rechts", fontName=FONT_VET, fontSize=7.8, leading=9.6, spaceAfter=0,
                                 alignment=2),
        "voetnoot": _stijl("voetnoot", fontSize=7.2, leading=9, textColor=GRIJS, spaceBefore=2, spaceAfter=6),
        "opsomming": _stijl("opsomming", leftIndent=11, bulletIndent=1, spaceAfter=2.5),
        "vraag": _stijl("vraag", fontName=FONT_VET, fontSize=9.4, leading=12.4, leftIndent=22, firstLineIndent=-22,
                        spaceAfter=2),
        "vraag_detail": _stijl("vraag_detail", fontSize=8.2, leading=10.6, leftIndent=22, spaceAfter=1.5),
        "vak_label": _stijl("vak_label", fontName=FONT_VET, fontSize=7.4, leading=9, textColor=GRIJS, spaceAfter=0),
        "vak_tekst": _stijl("vak_tekst", fontSize=8.4, leading=10.8, spaceAfter=0),
        "titel": _stijl("titel", fontName=FONT_VET, fontSize=26, leading=31, textColor=ACCENT, spaceAfter=6),
        "ondertitel": _stijl("ondertitel", fontSize=13, leading=17, textColor=GRIJS, spaceAfter=20),
        "let_op": _stijl("let_op", fontSize=8.6, leading=11.4, spaceAfter=0),
    }
