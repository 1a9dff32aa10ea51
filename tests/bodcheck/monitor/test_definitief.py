"""Finding 22: the terugblik says "definitief" only when every assessment of the series is definitief; the
bundled series is built on concept assessments (Instellingen.definitief defaults to False), so its footer says
"concept"."""

from __future__ import annotations

import dataclasses

from bodcheck import monitor
from bodcheck.monitor import rapport


def test_terugblik_concept_als_een_jaargang_concept_is(reeks: monitor.Monitor) -> None:
    assert not all(j.resultaat.instellingen.definitief for j in reeks.jaargangen)
    r = rapport.opbouw(reeks)
    assert r.definitief is False and r.status_tekst == "concept"


def test_terugblik_definitief_als_alle_jaargangen_definitief_zijn(reeks: monitor.Monitor) -> None:
    jaargangen = []
    for j in reeks.jaargangen:
        inst = dataclasses.replace(j.resultaat.instellingen, definitief=True)
        jaargangen.append(dataclasses.replace(j, resultaat=dataclasses.replace(j.resultaat, instellingen=inst)))
    m = dataclasses.replace(reeks, jaargangen=jaargangen)
    assert rapport.opbouw(m).status_tekst == "definitief"


def test_afspraak_overal_hetzelfde_geciteerd(reeks: monitor.Monitor) -> None:
    """The 2024 afspraak is quoted with one text in Vraag 5 (the passed deadline) and in 'Vragen die
    terugkomen'; no yearly status contradicts it (finding 22)."""
    import io
    import re

    import pypdf

    from bodcheck.voorbeeld_reeks_data import AFSPRAAK_EFG

    tekst = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(rapport.pdf_bytes(reeks))).pages)
    tekst = re.sub(r"\s+", " ", tekst)
    assert "E/F/G verbeterd" not in tekst and "alle woningen met label E, F of G verbeterd" not in tekst
    zin = re.sub(r"\s+", " ", AFSPRAAK_EFG)
    assert tekst.count(zin[1:]) >= 2  # [1:]: the first letter may be lower case inside a sentence


def test_bronnen_noemen_geen_werkboek_dat_niet_in_de_map_staat(reeks: monitor.Monitor) -> None:
    """The series folder holds lindehof-aaberg-2024/2025/2026.bodcheck, not bod-2024.xlsx: a cell is named by its
    bod year ('bod 2024: Bod!E2'), the files by year on the voorblad (finding 22)."""
    from bodcheck.monitor.model import cel_in

    assert cel_in(2024, "[bod-2024.xlsx]Bod!E2") == "bod 2024: Bod!E2"
    r = rapport.opbouw(reeks)
    assert "[bod-2024.xlsx]" not in repr(r.hoofdstukken) and "[bod-2025.xlsx]" not in repr(r.hoofdstukken)
