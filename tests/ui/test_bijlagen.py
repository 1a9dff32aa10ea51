"""The Rapport view's tick "Bijlage met de invoer opnemen" is the command line's --bijlagen (rapport.md § 11):
the exported PDF has the appendix only when it is ticked, and the tick is remembered in the settings."""

from __future__ import annotations

from pypdf import PdfReader

from ui import hoofdvenster as hv

# The appendix's parts as rapport.md § 11 names them: the input data with their cells, the import messages.
BIJLAGE_INVOER = "Invoergegevens met celverwijzingen"


def _tekst(pad) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(pad)).pages)


def _exporteer(w, qtbot, pad):
    w.exporteer_pdf(pad)
    qtbot.waitUntil(lambda: pad.exists() and w.taken.aantal() == 0, timeout=60_000)
    return _tekst(pad)


def test_bijlage_alleen_als_aangevinkt_en_onthouden(voorbeeld, qtbot, tmp_path):
    w = voorbeeld
    rapport = w.toon_scherm(hv.RAPPORT)
    assert rapport.bijlagen.text() == "Bijlage met de invoer opnemen"
    assert rapport.bijlagen.isVisible() and not rapport.bijlagen.isChecked()  # off until the user ticks it

    zonder = _exporteer(w, qtbot, tmp_path / "zonder.pdf")
    assert "Woonstichting De Lindehof" in zonder  # the text was read
    assert BIJLAGE_INVOER not in zonder
    assert "bijlage" not in zonder.lower()

    rapport.bijlagen.setChecked(True)
    met = _exporteer(w, qtbot, tmp_path / "met.pdf")
    assert BIJLAGE_INVOER in met
    assert "Bijlage B. " + BIJLAGE_INVOER in met.replace("\n", " ")
    # the appendix names cells of the workbook, e.g. Bod!C36 (rapport.md: "input data with cell references")
    assert "Bod!" in met.split(BIJLAGE_INVOER, 1)[1]
    assert len(PdfReader(str(tmp_path / "met.pdf")).pages) > len(PdfReader(str(tmp_path / "zonder.pdf")).pages)

    w.qs.sync()
    assert w.qs.value("rapport/bijlagen") == "true"  # remembered for the next session


def test_vinkje_komt_terug_in_een_nieuw_venster(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from ui.app import maak_app
    from ui.hoofdvenster import Hoofdvenster

    maak_app()
    qs = QSettings(str(tmp_path / "eigen.ini"), QSettings.Format.IniFormat)
    qs.setValue("rapport/bijlagen", "true")
    qs.sync()
    w = Hoofdvenster(QSettings(str(tmp_path / "eigen.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    assert w.dienst.bijlagen() is True  # an export without the Rapport view built follows the setting
    rapport = w.scherm(hv.RAPPORT)
    assert rapport.bijlagen.isChecked()
    rapport.bijlagen.setChecked(False)
    assert w.dienst.bijlagen() is False
    assert w.qs.value("rapport/bijlagen") == "false"
