"""The monitor: the same corporatie and gemeente over the years (monitor.md).

    maak(paden, peildatum, woonvisie=None, perspectief=None) -> Monitor      raises MonitorFout (exit 2)
    uit_jaargangen(jaargangen, peildatum, perspectief, meldingen) -> Monitor  the computing part alone

Reads two or more assessments (saved `.bodcheck` files or bod workbooks, or a folder with them), builds
the long table with pandas and from it belofte en realisatie, verschuivingen, prognose-drift, the
returning questions and the findings M01–M03. pandas is imported on this path alone: importing
`bodcheck.monitor` itself loads nothing heavy, the work modules are imported when called.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from bodcheck.model import Melding
from bodcheck.monitor.model import Jaargang, Monitor

__all__ = ["Jaargang", "Monitor", "MonitorFout", "maak", "uit_jaargangen"]


def __getattr__(naam: str):
    if naam == "MonitorFout":
        from bodcheck.monitor.lezen import MonitorFout

        return MonitorFout
    raise AttributeError(naam)


def uit_jaargangen(jaargangen: list[Jaargang], peildatum: dt.date, perspectief: str | None = None,
                   meldingen: list[Melding] | None = None) -> Monitor:
    """The views over the years of assessed Jaargangen (oldest first, each bodjaar once)."""
    from bodcheck.monitor import belofte, bevindingen, drift, tabel, terugkerend

    laatste = jaargangen[-1].resultaat
    m = Monitor(corporatie=laatste.invoer.corporatie, gemeente=laatste.invoer.gemeente, peildatum=peildatum,
                perspectief=perspectief or laatste.perspectief, jaargangen=list(jaargangen),
                meldingen=list(meldingen or []))
    df = tabel.lange_tabel(jaargangen, m.meldingen)
    m.belofte = belofte.beloftes(df)
    m.verschuivingen = belofte.verschuivingen(m.belofte)
    m.drift = drift.drift(jaargangen)
    m.terugkerend = terugkerend.terugkerend(jaargangen)
    m.vraagpunten, intern = bevindingen.beoordeel(m)
    m.meldingen += intern
    return m


def maak(paden: Sequence[str | Path], peildatum: dt.date, woonvisie: str | Path | None = None,
         perspectief: str | None = None, open_=None) -> Monitor:
    """Read and assess every year, then compute the views (the domain reads no clock: `peildatum` is the
    date of the latest assessment; an earlier year is assessed as on 1 January after its bodjaar). `open_`:
    (name, Beoordeling) of an assessment open in the app that joins the series."""
    from bodcheck.monitor import lezen

    jaargangen, meldingen = lezen.lees(paden, woonvisie, peildatum, perspectief, open_)
    return uit_jaargangen(jaargangen, peildatum, perspectief, meldingen)
