"""Normenkaders as data (rekenregels §3): the three Aw/WSW kaders shipped with bodcheck and user kaders
from a TOML file. A kader is valid per prognosis edition (dPi), not per calendar year.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from bodcheck.codes import NORM_NAMEN, TAKKEN
from bodcheck.model import NormenkaderInfo, NormGrens
from rekenmodellen.normen import NORM_VELD, RICHTING, Normen, band_tegen, grens, krap_grens

VELDEN = tuple(NORM_VELD[r] for r in NORM_NAMEN)
"""The keys of one tak in a kader file, in the order of ``Normen``'s fields."""


class KaderFout(Exception):
    """A user kader file that cannot be used; the message is Dutch and names the file."""


@dataclass(frozen=True)
class Normenkader:
    naam: str
    titel: str
    bron: str
    geldig: str
    geldig_van: int
    geldig_tot: int | None
    bw_versie: str
    normen: dict[str, Normen]  # tak -> Normen
    eigen: bool = False

    def voor(self, tak: str) -> Normen:
        return self.normen.get(tak) or self.normen["TI"]

    def info(self, krap_marge: float, toelichting: str = "") -> NormenkaderInfo:
        return NormenkaderInfo(
            naam=self.naam, titel=self.titel, bron=self.bron, geldig=self.geldig, bw_versie=self.bw_versie,
            normen={tak: {r: NormGrens(grens(r, n), RICHTING[r], krap_grens(r, n, krap_marge)) for r in RICHTING}
                    for tak, n in self.normen.items()},
            eigen=self.eigen, toelichting=toelichting,
        )


def _uit_data(data: dict, eigen: bool, wat: str) -> Normenkader:
    try:
        normen_data = data["normen"]
        normen: dict[str, Normen] = {}
        for tak in TAKKEN:
            if tak in normen_data:
                d = normen_data[tak]
                normen[tak] = Normen(*(_norm_waarde(d, v, tak, wat) for v in VELDEN))
        if "TI" not in normen:
            if "DAEB" not in normen:
                raise KeyError("normen.TI")
            normen["TI"] = normen["DAEB"]
        normen.setdefault("DAEB", normen["TI"])
        normen.setdefault("niet-DAEB", normen["TI"])
        bw = str(data.get("bw_versie", "2.0"))
        return Normenkader(
            naam=str(data["naam"]), titel=str(data.get("titel", data["naam"])), bron=str(data.get("bron", "")),
            geldig=str(data.get("geldig", "")), geldig_van=_jaar(data.get("geldig_van", 0), "geldig_van", wat, True),
            geldig_tot=_jaar(data["geldig_tot"], "geldig_tot", wat) if "geldig_tot" in data else None,
            bw_versie="1.0" if bw in ("1", "1.0") else "2.0", normen=normen, eigen=eigen,
        )
    except KeyError as e:
        raise KaderFout(f"{wat}: veld {e.args[0]} ontbreekt") from None
    except (TypeError, ValueError, OverflowError) as e:
        raise KaderFout(f"{wat}: ongeldige waarde ({e})") from None


def _jaar(x: object, veld: str, wat: str, nul_mag: bool = False) -> int:
    """A year of validity: a whole number from 1900 to 2100 (a TOML `inf`, a date or a text is refused)."""
    if isinstance(x, int) and not isinstance(x, bool) and (1900 <= x <= 2100 or (nul_mag and x == 0)):
        return x
    raise KaderFout(f"{wat}: {veld} = {x} is geen jaartal tussen 1900 en 2100")


def _norm_waarde(d: dict, veld: str, tak: str, wat: str) -> float:
    """A norm from the file; percentages are fractions (0.7 is 70%), so 70 is refused with the fix in Dutch."""
    try:
        x = float(d[veld])
    except KeyError:
        raise KeyError(f"normen.{tak}.{veld}") from None
    if veld == "icr_min":
        if not 0 < x <= 10:
            raise KaderFout(f"{wat}: {veld} = {d[veld]} in [normen.{tak}] kan geen ICR-norm zijn (tussen 0 en 10)")
    elif not 0 < x <= 1:
        raise KaderFout(f"{wat}: {veld} = {d[veld]} in [normen.{tak}] is geen fractie; schrijf 0.7 voor 70%")
    return x


@cache
def ingebouwd() -> tuple[Normenkader, ...]:
    """The shipped kaders, oldest first."""
    map_ = resources.files("bodcheck.data.normenkaders")
    kaders = [_uit_data(tomllib.loads(p.read_text("utf-8")), False, p.name)
              for p in map_.iterdir() if p.name.endswith(".toml")]
    return tuple(sorted(kaders, key=lambda k: k.geldig_van))


MAX_KADER_BYTES = 1024 * 1024  # a kader is a few hundred bytes


def laad_bestand(pad: str | Path) -> Normenkader:
    """A user-defined kader (TOML: naam, bron, geldig_van, geldig_tot, bw_versie, [normen.DAEB] …)."""
    from bodcheck import invoerpad

    pad = Path(pad)
    try:
        data = tomllib.loads(invoerpad.lees_begrensd(pad, MAX_KADER_BYTES).decode("utf-8"))
    except invoerpad.InvoerpadFout as e:
        raise KaderFout(f"{pad.name}: {e}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as e:
        raise KaderFout(f"{pad.name}: geen geldig TOML-bestand ({e})") from None
    return _uit_data(data, True, pad.name)


def zoek(naam_of_pad: str) -> Normenkader:
    for k in ingebouwd():
        if k.naam == naam_of_pad:
            return k
    if naam_of_pad.endswith(".toml") or Path(naam_of_pad).exists():
        return laad_bestand(naam_of_pad)
    namen = ", ".join(k.naam for k in ingebouwd())
    raise KaderFout(f"normenkader {naam_of_pad} bestaat niet; kies uit {namen} of geef een .toml-bestand")


def standaard(editie: int | None) -> tuple[Normenkader, str]:
    """The kader valid for a prognosis edition, with a Dutch sentence saying why."""
    kaders = ingebouwd()
    if editie is None:
        return kaders[-1], f"Normenkader {kaders[-1].titel} gekozen: de prognose-editie is onbekend."
    for k in reversed(kaders):
        if k.geldig_van <= editie and (k.geldig_tot is None or editie <= k.geldig_tot):
            return k, f"Normenkader {k.titel} gekozen: dat geldt voor een prognose-editie {editie}."
    if editie < kaders[0].geldig_van:
        return kaders[0], (f"Geen normenkader geldt voor prognose-editie {editie}; het oudste kader "
                           f"({kaders[0].titel}) is gebruikt.")
    return kaders[-1], f"Normenkader {kaders[-1].titel} gekozen voor prognose-editie {editie}."


def grens_van(kader: NormenkaderInfo, tak: str, ratio: str) -> NormGrens | None:
    """The norm for `ratio` in `tak`; a kader without norms of its own for the tak uses its TI norms."""
    return (kader.normen.get(tak) or kader.normen.get("TI") or {}).get(ratio)


def band(g: NormGrens, waarde: float) -> str:
    """overschreden | krap | ruim of `waarde` against one norm (as rekenmodellen.normen.band)."""
    return band_tegen(waarde, g.grens, g.krap_grens, g.richting)
