"""The corporatie's own norms (invoerformat 1.1 `intern_*` in Algemeen; rekenregels Revisions 2).

They form a kader "eigen normen corporatie" for TI and DAEB (niet-DAEB keeps the official kader), shown next
to the official kader like a user kader. A missing own norm is taken from the official kader; an own norm
looser than the official one gets a warning. The investeringsruimte is also computed to the stricter of own
and official norm per ratio: the room left inside the corporatie's own safety margin (its "vluchtstrook").
"""

from __future__ import annotations

import dataclasses

from bodcheck import codes, opmaak
from bodcheck.codes import TAKKEN
from bodcheck.model import Invoer, Melding
from bodcheck.normenkaders import Normenkader
from rekenmodellen.normen import RICHTING, Normen

NAAM = "eigen-normen-corporatie"
TITEL = "Eigen normen corporatie"
TAKKEN_MET_EIGEN_NORMEN = ("TI", "DAEB")


def _opgegeven(invoer: Invoer) -> dict[str, float]:
    """Normen field -> the own norm, for the norms given in Algemeen."""
    return {veld: float(w) for code, (_, veld) in codes.INTERNE_NORMEN.items()
            if isinstance(w := invoer.veld(code), int | float) and not isinstance(w, bool)}


def kader(invoer: Invoer, officieel: Normenkader) -> Normenkader | None:
    """The own-norms kader, or None when the workbook gives no own norm."""
    eigen = _opgegeven(invoer)
    if not eigen:
        return None
    normen = {tak: officieel.voor(tak) if tak not in TAKKEN_MET_EIGEN_NORMEN
              else dataclasses.replace(officieel.voor(tak), **eigen) for tak in TAKKEN}
    return Normenkader(
        naam=NAAM, titel=TITEL, bron="Algemeen van het werkboek (een norm die de corporatie niet noemt, komt uit "
                                     f"{officieel.titel})",
        geldig="opgegeven door de corporatie", geldig_van=0, geldig_tot=None, bw_versie=officieel.bw_versie,
        normen=normen, eigen=True,
    )


def _ruimer(ratio: str, eigen: float, officieel: float) -> bool:
    return eigen < officieel if RICHTING[ratio] == "minimaal" else eigen > officieel


def ruimer_dan_officieel(invoer: Invoer, officieel: Normenkader) -> list[Melding]:
    """A warning per own norm that is looser than the official norm for TI or DAEB."""
    uit = []
    for code, (ratio, veld) in codes.INTERNE_NORMEN.items():
        eigen = _opgegeven(invoer).get(veld)
        if eigen is None:
            continue
        tak = next((t for t in TAKKEN_MET_EIGEN_NORMEN if _ruimer(ratio, eigen, getattr(officieel.voor(t), veld))),
                   None)
        if tak is None:
            continue
        teken = "≥" if RICHTING[ratio] == "minimaal" else "≤"
        label = codes.ALGEMEEN_PER_CODE[code].label
        uit.append(Melding(
            "waarschuwing",
            f"{label} ({opmaak.ratio_waarde(ratio, eigen)}) is ruimer dan de norm van {officieel.titel} voor {tak} "
            f"({teken} {opmaak.ratio_waarde(ratio, getattr(officieel.voor(tak), veld))}). Een eigen norm heeft vaak "
            "een andere grondslag, bijvoorbeeld solvabiliteit op marktwaarde; vraag de corporatie welke.",
            invoer.veld_bron(code)))
    return uit


def strengst(eigen: Normen, officieel: Normen) -> Normen:
    """Per ratio the stricter of two norm sets (higher minimum, lower maximum)."""
    return Normen(icr_min=max(eigen.icr_min, officieel.icr_min), ltv_max=min(eigen.ltv_max, officieel.ltv_max),
                  solvabiliteit_min=max(eigen.solvabiliteit_min, officieel.solvabiliteit_min),
                  dekkingsratio_max=min(eigen.dekkingsratio_max, officieel.dekkingsratio_max))
