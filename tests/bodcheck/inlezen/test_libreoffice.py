"""Issue 17 §5: a workbook saved by LibreOffice as .xlsx reads the same as the original: every value, every
cell reference (Bron) and every melding. LibreOffice itself converts the files (skipped where it is not
installed); nothing is mocked."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from bodcheck import inlezen, voorbeeld, voorbeeld_11_data

SOFFICE = shutil.which("soffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is niet geïnstalleerd")
def test_door_libreoffice_opgeslagen_xlsx_leest_hetzelfde(tmp_path: Path) -> None:
    bod, _ = voorbeeld.schrijf_werkboeken(tmp_path / "origineel")
    (perioden,) = [p for p in voorbeeld_11_data.schrijf(tmp_path / "origineel") if p.stem == "perioden-en-ibw"]
    uit = tmp_path / "libreoffice"
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path / 'profiel'}",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(uit), str(bod), str(perioden)],
                   check=True, capture_output=True, timeout=300)
    for origineel in (bod, perioden):
        opnieuw = uit / origineel.name
        assert opnieuw.read_bytes() != origineel.read_bytes()  # really rewritten by LibreOffice
        a, meldingen_a = inlezen.lees(origineel)
        b, meldingen_b = inlezen.lees(opnieuw)
        assert b == a
        assert [(m.soort, m.tekst, str(m.bron)) for m in meldingen_b] == \
            [(m.soort, m.tekst, str(m.bron)) for m in meldingen_a]
    # the 1.1 features came through: the period column and the IBW amounts
    b, _ = inlezen.lees(uit / perioden.name)
    (p,) = b.bod.regel("nieuwbouw_sociaal").perioden
    assert (p.van_jaar, p.tot_jaar, p.waarde.getal) == (2027, 2031, 150)
    assert b.veld("ibw_nieuwbouw") == 10_000_000
