"""Terugkerende vraagpunten (monitor.md): per question of the latest assessment, the earlier bodjaren in
which the same rule fired for the same subject (the note key: rule id and scope), with the answer and the
afspraak noted the last time there was a note (the afspraak's text, else its structured afspraken as one line
each: wat · wie · wanneer)."""

from __future__ import annotations

from bodcheck.afspraken.verzamelen import als_regel
from bodcheck.model import notitie_sleutel
from bodcheck.monitor.model import Jaargang, Terugkerend


def terugkerend(jaargangen: list[Jaargang]) -> list[Terugkerend]:
    laatste, eerdere = jaargangen[-1], jaargangen[:-1]
    gevuurd = [(jg, {notitie_sleutel(v) for v in jg.resultaat.vraagpunten}) for jg in eerdere]
    uit = []
    for v in laatste.resultaat.vraagpunten:
        sleutel = notitie_sleutel(v)
        jaren = [jg for jg, sleutels in gevuurd if sleutel in sleutels]
        if not jaren:
            continue
        antwoord = _laatste(jaren, sleutel, "antwoord")
        afspraak = _laatste(jaren, sleutel, "afspraak")
        noten = [j for j, _ in (antwoord, afspraak) if j is not None]
        uit.append(Terugkerend(sleutel, v.id, v.vraag, tuple(jg.bodjaar for jg in jaren),
                               max(noten) if noten else None, antwoord[1], afspraak[1], antwoord[0], afspraak[0],
                               v.label or v.id))
    return uit


def _laatste(jaren: list[Jaargang], sleutel: str, veld: str) -> tuple[int | None, str]:
    """The latest earlier year in which the user noted `veld` (antwoord or afspraak) for this question."""
    for jg in reversed(jaren):
        n = jg.notities.get(sleutel)
        tekst = getattr(n, veld, "").strip() if n is not None else ""
        if not tekst and veld == "afspraak" and n is not None:
            tekst = als_regel(n.afspraken)  # structured afspraken only (afspraken.md): wat · wie · wanneer
        if tekst:
            return jg.bodjaar, tekst
    return None, ""
