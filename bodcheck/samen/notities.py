"""The user's notes on the joint vraagpunten of a folder (meenemen, notitie, antwoord, afspraak): kept per folder
and soort (gemeente or regio) in the user's state folder, beside the autosaves, never in the folder itself.

    pad(map_, soort) -> Path
    laad(map_, soort) -> Geladen                 never raises: a broken file is put aside, with a Dutch melding
    bewaar(map_, soort, notities, perspectief=None) -> Path   atomic (bodcheck.atomair); NotitiesFout (Dutch)
    groepen(resultaat) -> [(naam, resultaat)]    the sets of joint vraagpunten the notes are keyed by

`notities` maps a group name (the regio, or a gemeente; `groepen`) to {notitie_sleutel(vraagpunt): Notitie}.
The file is UTF-8 JSON: `{"formaat": "bodcheck/samen-notities", "versie": 1, "soort": "gemeente",
"map": "/pad/naar/map", "perspectief": "huurders", "notities": {"Aaberg": {"S01|…": {"meenemen": false,
"notitie": "…", …}}}}`; each Notitie is written and validated as in the `.bodcheck` file (bodcheck.beoordeling).
Notes equal to the default (meenemen, nothing written) are left out. `perspectief` (the order the user chose
for the joint window) is optional; an unknown value reads as none.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bodcheck import atomair, beoordeling, logboek
from bodcheck.model import Notitie
from bodcheck.samen.model import GemeenteResultaat, RegioResultaat
from bodcheck.vraagpunten import PERSPECTIEVEN

FORMAAT = "bodcheck/samen-notities"
VERSIE = 1
MAX_BYTES = 20 * 1024 * 1024
APART = ".beschadigd"

Notities = dict[str, dict[str, Notitie]]


class NotitiesFout(Exception):
    """The notes cannot be saved; the message is Dutch."""


@dataclass
class Geladen:
    """What `laad` found: the notes, a Dutch melding when the file could not be used, and whether saving is
    safe (False only when a broken file could not be put aside: saving would overwrite it)."""

    notities: Notities = field(default_factory=dict)
    perspectief: str | None = None  # gemeente | huurders, when the user chose one
    melding: str = ""
    bewaarbaar: bool = True
    apart: Path | None = None  # where a broken file was put


def _map() -> Path:
    return logboek.map_() / "samen-notities"


def _sleutel(map_: str | Path, soort: str) -> str:
    return f"{soort}\n{os.path.normcase(str(Path(map_).resolve()))}"


def pad(map_: str | Path, soort: str) -> Path:
    """`<map name>-<soort>-<hash of soort and absolute path>.json` in the user's state folder."""
    naam = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(map_).resolve().name).strip("-.")[:30] or "map"
    h = hashlib.sha256(_sleutel(map_, soort).encode("utf-8")).hexdigest()[:12]
    return _map() / f"{naam}-{soort}-{h}.json"


def groep_naam(r: GemeenteResultaat | RegioResultaat) -> str:
    """The key of one set of joint vraagpunten: the regio's or the gemeente's name (else the folder's name)."""
    naam = r.regio if isinstance(r, RegioResultaat) else r.gemeente
    return naam or Path(r.map).name


def groepen(r: GemeenteResultaat | RegioResultaat) -> list[tuple[str, GemeenteResultaat | RegioResultaat]]:
    """(name, result with .vraagpunten and .perspectief): for a regio the regio's own, then each gemeente's; for a
    gemeente its own."""
    if isinstance(r, RegioResultaat):
        return [(groep_naam(r), r), *((groep_naam(g), g) for g in r.gemeenten)]
    return [(groep_naam(r), r)]


# ---- save ---------------------------------------------------------------------------------------------------


def naar_bytes(map_: str | Path, soort: str, notities: Notities, perspectief: str | None = None) -> bytes:
    schoon = {groep: {s: n for s, n in per.items() if n != Notitie()} for groep, per in notities.items()}
    inhoud: dict[str, Any] = {"formaat": FORMAAT, "versie": VERSIE, "soort": soort, "map": str(Path(map_).resolve())}
    if perspectief is not None:
        inhoud["perspectief"] = perspectief
    inhoud["notities"] = beoordeling._naar_json({g: per for g, per in schoon.items() if per})
    for per in inhoud["notities"].values():  # joint notes hold no structured afspraken yet (afspraken.md)
        for n in per.values():
            if not n.get("afspraken"):
                n.pop("afspraken", None)
    return json.dumps(inhoud, ensure_ascii=False, allow_nan=False, indent=1).encode("utf-8")


def bewaar(map_: str | Path, soort: str, notities: Notities, perspectief: str | None = None) -> Path:
    """Write the notes of this folder atomically; an old file stays whole until the new one is complete."""
    doel = pad(map_, soort)
    try:
        return atomair.schrijf_bytes(doel, naar_bytes(map_, soort, notities, perspectief))
    except OSError as e:
        raise NotitiesFout(f"de notities konden niet worden bewaard in {doel.parent} "
                           f"({e.strerror or e})") from None


# ---- load ---------------------------------------------------------------------------------------------------


class _Onbruikbaar(Exception):
    """The file is there but cannot be used; the message is Dutch (the reason, for the melding)."""


def laad(map_: str | Path, soort: str) -> Geladen:
    """The notes of this folder; none when there is no file yet. A file that cannot be used is put aside
    (`<naam>.beschadigd`, never overwriting an earlier one) and the notes start empty, with a Dutch melding."""
    bron = pad(map_, soort)
    try:
        data = _lees(bron)
    except FileNotFoundError:
        return Geladen()
    except OSError as e:
        return _apart(bron, f"het bestand kan niet worden gelezen ({e.strerror or e})")
    try:
        return _uit_bytes(data)
    except _Onbruikbaar as e:
        return _apart(bron, str(e))


def _lees(bron: Path) -> bytes:
    from bodcheck import invoerpad

    if bron.exists() and (reden := invoerpad.probleem(bron)) is not None:  # a FIFO or device would hang the read
        raise OSError(reden)
    with bron.open("rb") as f:
        data = f.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise OSError(f"meer dan {MAX_BYTES // (1024 * 1024)} MB")
    return data


def _uit_bytes(data: bytes) -> Geladen:
    try:
        inhoud = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _Onbruikbaar("het bestand is beschadigd") from None
    if not isinstance(inhoud, dict) or inhoud.get("formaat") != FORMAAT:
        raise _Onbruikbaar("het bestand is beschadigd")
    versie = inhoud.get("versie")
    if not isinstance(versie, int) or isinstance(versie, bool) or versie < 1:
        raise _Onbruikbaar("de versie ontbreekt; het bestand is beschadigd")
    if versie > VERSIE:
        raise _Onbruikbaar(f"het is bewaard met een nieuwere bodcheck (versie {versie}; deze leest tot versie "
                           f"{VERSIE})")
    try:
        notities = beoordeling._uit_json(inhoud.get("notities", {}), Notities, "notities")
    except (beoordeling._Ongeldig, RecursionError, TypeError, ValueError) as e:
        logboek.schrijf_fout(e, "notities bij de gezamenlijke vraagpunten lezen")
        raise _Onbruikbaar("het bestand is beschadigd of onvolledig") from None
    perspectief = inhoud.get("perspectief")
    return Geladen(_hernoemd(notities), perspectief if perspectief in PERSPECTIEVEN else None)


HERNOEMD = {"R02": "R03"}
"""Joint rule ids renamed since notes were written: the regio form of R02 became R03 (December 2026, when
rule ids became unique over all registers). The bod's own R02 never has a joint note."""


def _hernoemd(notities: Notities) -> Notities:
    def sleutel(s: str) -> str:
        id_, streep, rest = s.partition("|")
        return f"{HERNOEMD.get(id_, id_)}{streep}{rest}"
    return {groep: {sleutel(s): n for s, n in per.items()} for groep, per in notities.items()}


def _apart(bron: Path, reden: str) -> Geladen:
    """Move the unusable file aside so that saving does not overwrite it."""
    for i in range(1, 1000):
        doel = bron.with_name(bron.name + APART + ("" if i == 1 else f"-{i}"))
        if doel.exists():
            continue
        try:
            os.rename(bron, doel)  # (not replace: never over an earlier copy)
        except FileExistsError:
            continue
        except OSError:
            break
        return Geladen(melding=f"Uw eerdere notities bij deze map zijn niet te lezen ({reden}); u begint met lege "
                               f"notities. Het oude bestand staat apart als {doel.name}.", apart=doel)
    return Geladen(melding=f"Uw eerdere notities bij deze map zijn niet te lezen ({reden}) en konden niet apart "
                           f"worden gezet; nieuwe notities worden daarom niet bewaard ({bron}).", bewaarbaar=False)

__all__ = ["FORMAAT", "VERSIE", "Geladen", "Notities", "NotitiesFout", "bewaar", "groep_naam", "groepen", "laad",
           "naar_bytes", "pad"]
