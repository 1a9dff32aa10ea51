"""Test helper: a Jaargang from compact dicts, without workbooks (the monitor reads only the model)."""

from __future__ import annotations

from bodcheck.model import Instellingen, Notitie, RatioJaar, Resultaat, Vraagpunt
from bodcheck.monitor import Jaargang
from tests.bodcheck import maak


def jaargang(bodjaar: int, bod: dict | None = None, afspraken: dict | None = None, realisatie: dict | None = None,
             ratios: list[RatioJaar] | None = None, kader: str = "aw-wsw-2024", bw_versie: str = "2.0",
             vraagpunten: list[Vraagpunt] | None = None, notities: dict[str, Notitie] | None = None,
             prognose_editie: int | None = None) -> Jaargang:
    inv = maak.invoer(algemeen={"bodjaar": bodjaar, "prognose_editie": prognose_editie or bodjaar - 1},
                      bod=bod, afspraken=afspraken, realisatie=realisatie)
    berekend = maak.berekend(ratios or [], normenkader=maak.kader(kader, bw_versie))
    r = Resultaat(invoer=inv, berekend=berekend, meldingen=[], instellingen=Instellingen(),
                  peildatum=maak.PEILDATUM, vraagpunten=list(vraagpunten or []))
    return Jaargang(f"bod-{bodjaar}.bodcheck", r, dict(notities or {}))


def vraagpunt(id: str = "D01", sleutel: str = "woningen_efg", vraag: str = "Vraag") -> Vraagpunt:
    return Vraagpunt(id, "NAAM", "hoog", "duurzaamheid", "beide", vraag, "toelichting", sleutel=sleutel)
