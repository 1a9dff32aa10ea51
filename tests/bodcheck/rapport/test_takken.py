"""The takken as a reader knows them (bevindingen r3 item 13): "TI" is said as "hele corporatie (TI)" in the chart
legends and the table titles, from the one label list in opmaak; and the PDF legend, now longer, stays inside its
own half of the page (measured, not counted in characters)."""

from __future__ import annotations

from reportlab.graphics.shapes import String
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from bodcheck import opmaak
from bodcheck.codes import NORM_NAMEN
from bodcheck.rapport import financien, grafieken, stijl


def test_legenda_en_titels_noemen_de_hele_corporatie(resultaat):
    # the example has a Prognose (TI), Prognose DAEB and Prognose niet-DAEB
    assert set(resultaat.invoer.prognoses) == {"TI", "DAEB", "niet-DAEB"}
    for naam in NORM_NAMEN:
        g = financien.ratio_grafiek(resultaat, naam)
        assert [r.naam for r in g.reeksen] == ["hele corporatie (TI)", "DAEB", "niet-DAEB"]
    titels = [financien.ratio_tabel(resultaat, tak).titel for tak in ("TI", "DAEB", "niet-DAEB")]
    assert titels == ["Kerncijfers hele corporatie (TI)", "Kerncijfers DAEB (sociale tak)",
                      "Kerncijfers niet-DAEB (commerciële tak)"]
    assert opmaak.TAK_LABEL["TI"] in opmaak.TAK_LABEL_LANG["TI"]  # one list: the long form builds on the short


def test_pdf_legenda_blijft_binnen_de_halve_breedte(resultaat):
    stijl.registreer_fonts()
    breedte = (stijl.BREEDTE - 6 * mm) / 2  # two charts side by side (pdf._grafieken_naast_elkaar)
    for naam in NORM_NAMEN:
        d = grafieken.teken(financien.ratio_grafiek(resultaat, naam), breedte, 62 * mm)
        teksten = [x for x in d.contents if isinstance(x, String) and x.y < 30]  # the legend, below the axis
        assert any(t.text == "hele corporatie (TI)" for t in teksten)
        for t in teksten:
            assert t.x + pdfmetrics.stringWidth(t.text, t.fontName, t.fontSize) <= breedte, t.text
        assert len({t.y for t in teksten if t.text in ("hele corporatie (TI)", "krap")}) == 2  # wrapped to 2 lines
