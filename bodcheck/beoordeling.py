"""The `.bodcheck` file: one file holding a whole assessment, so the report can be made again when the
workbooks are gone.

    opslaan(b, pad) -> Path          atomic (temporary file, flush, fsync, replace)
    openen(pad) -> Beoordeling       validates; a newer version is refused in Dutch, an older one migrated
    autosave(b, pad) / autosave_pad(pad) / herstelbaar(pad)   crash recovery
    nieuw(bod_pad, woonvisie_pad) -> (Beoordeling, meldingen)

The file is UTF-8 JSON: `{"formaat": "bodcheck/bestand", "versie": 2, "beoordeling": {...}}`. The model's
dataclasses are written field by field (driven by their type hints, so a field added to the model with a
default is saved without a change here); a date is `{"$datum": "2026-06-20"}`; year keys are strings.
What is computed (ratios, vraagpunten) is not stored: it is recomputed from the Invoer.

Versie 2 (afspraken.md): a note holds a list of structured afspraken (`notities.*.afspraken`) and the
assessment a list of afspraken taken over from the comparison or the gemeente's rows (`afspraken`). A
versie 1 file is migrated on opening: its afspraak text becomes one afspraak with only `wat` (the text
itself stays in `afspraak`, where the report prints it); saving writes versie 2.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import math
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bodcheck import atomair, invoerpad, logboek
from bodcheck.model import MELDING_SOORTEN, Afspraak, Instellingen, Invoer, Melding, Notitie

FORMAAT = "bodcheck/bestand"
VERSIE = 2
EXTENSIE = ".bodcheck"
MAX_BYTES = 50 * 1024 * 1024  # far beyond any real assessment (the large bench case is < 2 MB)



def _afspraak_teksten_naar_lijst(inhoud: dict[str, Any]) -> dict[str, Any]:
    """Versie 1 → 2: each note's afspraak text becomes one structured afspraak with only `wat`."""
    b = inhoud.get("beoordeling")
    notities = b.get("notities") if isinstance(b, dict) else None
    if isinstance(notities, dict):
        for n in notities.values():
            if isinstance(n, dict) and "afspraken" not in n:
                tekst = n.get("afspraak")
                n["afspraken"] = [{"wat": tekst.strip()}] if isinstance(tekst, str) and tekst.strip() else []
    return inhoud


# versie -> function that turns a file of that version into one of the next version
MIGRATIES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _afspraak_teksten_naar_lijst}


@dataclass
class Beoordeling:
    invoer: Invoer
    meldingen: list[Melding]  # the import meldingen
    instellingen: Instellingen
    notities: dict[str, Notitie] = field(default_factory=dict)  # keyed by model.notitie_sleutel(vraagpunt)
    algemene_notitie: str = ""
    bronbestanden: dict[str, dict[str, str]] = field(default_factory=dict)  # rol -> {"naam", "sha256"}
    afspraken: list[Afspraak] = field(default_factory=list)  # taken over from a vergelijking or gemeente row
    # earlier years linked for the monitor (monitor.md): [{"pad", "sha256"}], opened only on the user's action
    vorige_jaren: list[dict[str, str]] = field(default_factory=list)


class BeoordelingFout(Exception):
    """The file cannot be opened or saved; the message is Dutch and names the file."""


# ---- to and from plain JSON data --------------------------------------------------------------------


def _naar_json(waarde: Any) -> Any:
    if dataclasses.is_dataclass(waarde) and not isinstance(waarde, type):
        return {f.name: _naar_json(getattr(waarde, f.name)) for f in dataclasses.fields(waarde)}
    if isinstance(waarde, dt.datetime):
        raise TypeError("datetime hoort niet in het model")  # dates only; keeps the format simple
    if isinstance(waarde, dt.date):
        return {"$datum": waarde.isoformat()}
    if isinstance(waarde, dict):
        return {str(k): _naar_json(v) for k, v in waarde.items()}
    if isinstance(waarde, list | tuple):
        return [_naar_json(v) for v in waarde]
    if isinstance(waarde, float) and not math.isfinite(waarde):
        raise ValueError(f"getal {waarde} kan niet worden opgeslagen")
    return waarde


class _Ongeldig(Exception):
    """The data does not fit the model; the message says where (for the log, not for the user)."""


_SCALAIR = frozenset({str, int, float, bool, dt.date, type(None)})


@functools.cache
def _vorm(soort: Any) -> tuple[Any, tuple[Any, ...], bool]:
    """(origin, args, is a dataclass) of a type hint, looked up once per hint: opening a file walks thousands
    of values of the same few types."""
    return typing.get_origin(soort), typing.get_args(soort), dataclasses.is_dataclass(soort)


def _uit_json(data: Any, soort: Any, waar: str) -> Any:
    """Build a value of type `soort` (a type hint) from JSON data, checking every type on the way."""
    if soort is Any:
        return data
    if soort in _SCALAIR:
        return _uit_scalar(data, soort, waar)
    oorsprong, args, is_dataclass = _vorm(soort)
    if oorsprong in (typing.Union, types.UnionType):
        return _uit_unie(data, args, waar)
    if oorsprong is list:
        (elem,) = args
        return [_uit_json(v, elem, f"{waar}[{i}]") for i, v in enumerate(_moet(data, list, waar))]
    if oorsprong is tuple:
        elem = args[0]
        return tuple(_uit_json(v, elem, f"{waar}[{i}]") for i, v in enumerate(_moet(data, list, waar)))
    if oorsprong is dict:
        k_soort, v_soort = args
        return {_sleutel(k, k_soort, waar): _uit_json(v, v_soort, f"{waar}.{k}")
                for k, v in _moet(data, dict, waar).items()}
    if is_dataclass:
        return _uit_dataclass(_moet(data, dict, waar), soort, waar)
    return _uit_scalar(data, soort, waar)


def _moet(data: Any, soort: type, waar: str) -> Any:
    if not isinstance(data, soort):
        raise _Ongeldig(f"{waar}: verwacht {soort.__name__}, gevonden {type(data).__name__}")
    return data


def _sleutel(k: str, soort: Any, waar: str) -> Any:
    if soort is int:
        try:
            return int(k)
        except ValueError:
            raise _Ongeldig(f"{waar}: sleutel {k!r} is geen jaartal") from None
    return k


@functools.cache
def _volgorde(opties: tuple[Any, ...]) -> tuple[bool, tuple[Any, ...]]:
    """(None allowed, the other options with int before float)."""
    return type(None) in opties, tuple(sorted((o for o in opties if o is not type(None)), key=lambda o: o is float))


def _uit_unie(data: Any, opties: tuple[Any, ...], waar: str) -> Any:
    mag_leeg, volgorde = _volgorde(opties)
    if data is None:
        if mag_leeg:
            return None
        raise _Ongeldig(f"{waar}: waarde ontbreekt")
    for optie in volgorde:
        try:
            return _uit_json(data, optie, waar)
        except _Ongeldig:
            continue
    raise _Ongeldig(f"{waar}: {type(data).__name__} past niet")


def _uit_scalar(data: Any, soort: Any, waar: str) -> Any:
    if soort is dt.date:
        if isinstance(data, dict) and set(data) == {"$datum"} and isinstance(data["$datum"], str):
            try:
                return dt.date.fromisoformat(data["$datum"])
            except ValueError:
                pass
        raise _Ongeldig(f"{waar}: geen datum")
    if soort is bool:
        return _moet(data, bool, waar)
    if soort is int:
        if isinstance(data, int) and not isinstance(data, bool):
            return data
        raise _Ongeldig(f"{waar}: geen geheel getal")
    if soort is float:
        if isinstance(data, int | float) and not isinstance(data, bool) and math.isfinite(data):
            return float(data)
        raise _Ongeldig(f"{waar}: geen getal")
    if soort is str:
        return _moet(data, str, waar)
    if soort is type(None) and data is None:
        return None
    raise _Ongeldig(f"{waar}: onbekend type {soort!r}")


@functools.cache
def _velden(soort: type) -> tuple[tuple[str, Any, bool], ...]:
    """(name, type hint, required) per field of a model class, looked up once per class."""
    hints = typing.get_type_hints(soort)
    return tuple((f.name, hints[f.name], f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
                 for f in dataclasses.fields(soort))


def _uit_dataclass(data: dict[str, Any], soort: type, waar: str) -> Any:
    args = {}
    for naam, hint, verplicht in _velden(soort):
        if naam in data:
            args[naam] = _uit_json(data[naam], hint, f"{waar}.{naam}")
        elif verplicht:
            raise _Ongeldig(f"{waar}: {naam} ontbreekt")
    try:
        return soort(**args)
    except (TypeError, ValueError) as e:
        raise _Ongeldig(f"{waar}: {e}") from None


# ---- save and open ----------------------------------------------------------------------------------


def naar_bytes(b: Beoordeling) -> bytes:
    inhoud = {"formaat": FORMAAT, "versie": VERSIE, "beoordeling": _naar_json(b)}
    return json.dumps(inhoud, ensure_ascii=False, allow_nan=False, indent=1).encode("utf-8")


def opslaan(b: Beoordeling, pad: str | Path) -> Path:
    """Write the assessment atomically; an old file stays whole until the new one is complete. The
    autosave beside it is removed afterwards (it is no longer newer than the file)."""
    pad = Path(pad)
    try:
        data = naar_bytes(b)
        atomair.schrijf_bytes(pad, data)
    except OSError as e:
        raise BeoordelingFout(f"{pad.name}: kan niet worden opgeslagen ({e.strerror or e})") from None
    except (TypeError, ValueError) as e:
        raise BeoordelingFout(f"{pad.name}: kan niet worden opgeslagen; de beoordeling bevat een ongeldige "
                              f"waarde ({e})") from None
    autosave_pad(pad).unlink(missing_ok=True)
    return pad


def openen(pad: str | Path) -> Beoordeling:
    pad = Path(pad)
    return van_bytes(_lees_begrensd(pad), pad.name)


def _lees_begrensd(pad: Path) -> bytes:
    from bodcheck import invoerpad

    try:
        return invoerpad.lees_begrensd(pad, MAX_BYTES, "een bodcheck-beoordeling")
    except invoerpad.InvoerpadFout as e:
        raise BeoordelingFout(f"{pad.name}: {e}") from None


def _geen_constante(naam: str) -> float:
    raise ValueError(f"{naam} is geen geldig getal")


ANDERE_KOPIE = "open een eerdere kopie, of lees de werkboeken opnieuw in"  # what to do with a damaged file


def van_bytes(data: bytes, naam: str) -> Beoordeling:
    """Parse and validate; every problem becomes a BeoordelingFout naming `naam`."""
    if not data.strip():
        raise BeoordelingFout(f"{naam}: bestand is leeg")
    if data.startswith(b"%PDF"):
        raise BeoordelingFout(f"{naam}: {invoerpad.pdf_tekst('bodcheck-beoordeling')}")
    if data.startswith(b"PK"):
        raise BeoordelingFout(f"{naam}: dit is een werkboek of ander ingepakt bestand en geen bodcheck-beoordeling; een "
                              "werkboek leest u in met Nieuwe beoordeling…")
    try:
        inhoud = json.loads(data.decode("utf-8"), parse_constant=_geen_constante)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BeoordelingFout(f"{naam}: dit is geen leesbare bodcheck-beoordeling (het bestand is beschadigd of door "
                              f"een ander programma gemaakt); {ANDERE_KOPIE}") from None
    if not isinstance(inhoud, dict) or inhoud.get("formaat") != FORMAAT:
        raise BeoordelingFout(f"{naam}: dit is geen bodcheck-beoordeling; een beoordeling is een .bodcheck-bestand "
                              "dat bodcheck zelf bewaart")
    versie = inhoud.get("versie")
    if not isinstance(versie, int) or isinstance(versie, bool) or versie < 1:
        raise BeoordelingFout(f"{naam}: bestandsversie ontbreekt of is ongeldig; het bestand is beschadigd")
    if versie > VERSIE:
        raise BeoordelingFout(f"{naam}: deze beoordeling is opgeslagen met een nieuwere bodcheck (bestandsversie "
                              f"{versie}); deze bodcheck leest tot versie {VERSIE}. Werk bodcheck bij om het "
                              "bestand te openen")
    try:
        inhoud = _migreer(inhoud, versie)
        b = _uit_json(inhoud.get("beoordeling"), Beoordeling, "beoordeling")
        _controleer(b)
    except (_Ongeldig, RecursionError, KeyError, TypeError, ValueError) as e:
        logboek.schrijf_fout(e, f"openen {naam}")
        raise BeoordelingFout(f"{naam}: bestand is beschadigd of onvolledig en kan niet worden geopend; {ANDERE_KOPIE}") \
            from None
    problemen = instellingen_problemen(b.instellingen) + invoer_problemen(b.invoer)
    if problemen:
        raise BeoordelingFout(f"{naam}: {problemen[0]}")
    return b


def instellingen_problemen(inst: Instellingen) -> list[str]:
    """What the command line would refuse in these choices, in its Dutch words: the same check for a saved
    `.bodcheck` (hand-edited or not) as for `--normen` and `--horizon`. A kader path is checked to be a
    regular file here; it is read only when the assessment is computed."""
    from bodcheck import invoerpad, normenkaders

    uit: list[str] = []
    n = inst.normenkader
    if n is not None:
        ingebouwd = [k.naam for k in normenkaders.ingebouwd()]
        if n not in ingebouwd:
            if not (n.endswith(".toml") or Path(n).exists()):
                uit.append(f"normenkader {n} bestaat niet; kies uit {', '.join(ingebouwd)} of geef een .toml-bestand")
            elif (reden := invoerpad.probleem(n)) is not None:
                uit.append(f"normenkader {Path(n).name}: {reden}")
    if inst.eigen_kader_pad is not None and (reden := invoerpad.probleem(inst.eigen_kader_pad)) is not None:
        uit.append(f"eigen normenkader {Path(inst.eigen_kader_pad).name}: {reden}")
    if not 1 <= inst.horizon_jaren <= 15:
        uit.append("de horizon moet tussen 1 en 15 jaar liggen")
    if inst.rente_nieuwe_leningen is not None and not 0 <= inst.rente_nieuwe_leningen <= 0.25:
        uit.append("de rente op nieuwe leningen moet tussen 0% en 25% liggen")
    if inst.stichtingskosten_per_woning is not None and not 0 < inst.stichtingskosten_per_woning < 10_000_000:
        uit.append("de stichtingskosten per woning moeten tussen € 0 en € 10.000.000 liggen")
    return uit


def invoer_problemen(invoer: Invoer) -> list[str]:
    """The workbook reader's bounds (bodcheck.grenzen) applied to the values stored in a `.bodcheck`."""
    from bodcheck import grenzen

    uit: list[str] = []
    for code, label in (("bodjaar", "Bodjaar"), ("prognose_editie", "Prognose-editie")):
        j = invoer.veld(code)
        if j is None:
            continue
        if not isinstance(j, int) or isinstance(j, bool):
            uit.append(f"{label}: {j!r} is geen jaartal")
        elif grenzen.jaar_probleem(j):
            uit.append(f"{label}: {grenzen.jaar_probleem(j)}")
    bladen = [*invoer.prognoses.values(), *(b for b in (invoer.bod, invoer.afspraken, invoer.realisatie) if b)]
    for blad in bladen:
        if len(blad.jaren) > grenzen.MAX_JAREN:
            uit.append(f"blad {blad.naam} heeft {len(blad.jaren)} jaren; hoogstens {grenzen.MAX_JAREN}")
        for regel in blad.regels.values():
            for jaar, w in regel.waarden.items():
                if grenzen.jaar_probleem(jaar):
                    uit.append(f"{regel.bron}: {grenzen.jaar_probleem(jaar)}")
                g = grenzen.controleer(regel.code, regel.eenheid, w.getal) if w.getal is not None else None
                if g is not None and g.soort == "fout":
                    uit.append(f"{w.bron}: {g.tekst}")
    for d in invoer.woonvisie or []:
        g = grenzen.controleer(d.code, d.eenheid, d.waarde)
        if g is not None and g.soort == "fout":
            uit.append(f"{d.bron}: {g.tekst}")
        for j in (d.van_jaar, d.tot_jaar):
            if grenzen.jaar_probleem(j):
                uit.append(f"{d.bron}: {grenzen.jaar_probleem(j)}")
    return uit


def _migreer(inhoud: dict[str, Any], versie: int) -> dict[str, Any]:
    while versie < VERSIE:
        inhoud = MIGRATIES[versie](inhoud)
        versie += 1
        inhoud["versie"] = versie
    return inhoud


def _controleer(b: Beoordeling) -> None:
    """What the types cannot say."""
    for m in b.meldingen:
        if m.soort not in MELDING_SOORTEN:
            raise _Ongeldig(f"melding met onbekende soort {m.soort!r}")
    if b.instellingen.perspectief not in ("gemeente", "huurders"):
        raise _Ongeldig(f"onbekend perspectief {b.instellingen.perspectief!r}")
    for link in b.vorige_jaren:
        if not isinstance(link.get("pad"), str) or not isinstance(link.get("sha256"), str):
            raise _Ongeldig("vorig jaar zonder pad of sha256")
    for rol, info in b.bronbestanden.items():
        if not isinstance(info.get("naam"), str) or not isinstance(info.get("sha256"), str):
            raise _Ongeldig(f"bronbestand {rol} zonder naam of sha256")
    _controleer_afspraken([*b.afspraken, *(a for n in b.notities.values() for a in n.afspraken)])


def _controleer_afspraken(afspraken: list[Afspraak]) -> None:
    from bodcheck.afspraken import model as am

    for a in afspraken:
        for naam, waarde, keuzes in (("wie", a.wie, am.WIE), ("kartrekker", a.kartrekker, am.PARTIJEN),
                                     ("per", a.per, am.PER), ("richting", a.richting, am.RICHTINGEN),
                                     ("onder_voorbehoud", a.onder_voorbehoud, am.VOORBEHOUDEN)):
            if waarde and waarde not in keuzes:
                raise _Ongeldig(f"afspraak met onbekende {naam} {waarde!r}")


# ---- autosave and recovery --------------------------------------------------------------------------


def _autosave_map() -> Path:
    return logboek.map_() / "autosave"


def autosave_pad(pad: str | Path | None, sessie: str = "") -> Path:
    """Beside the file as `.naam.bodcheck~`; for an assessment never saved, in the user state folder as
    `naamloos-<sessie>.bodcheck~`, so two windows or sessions never overwrite each other's copy (the app
    passes a key of its own; the domain draws no random numbers)."""
    if pad is None:
        return _autosave_map() / f"naamloos{'-' + sessie if sessie else ''}{EXTENSIE}~"
    pad = Path(pad)
    return pad.parent / f".{pad.name}~"


def autosave(b: Beoordeling, pad: str | Path | None, sessie: str = "") -> Path:
    doel = autosave_pad(pad, sessie)
    try:
        return atomair.schrijf_bytes(doel, naar_bytes(b))
    except OSError as e:
        raise BeoordelingFout(f"{doel.name}: automatisch opslaan mislukt ({e.strerror or e})") from None


def herstelbaar(pad: str | Path | None = None) -> list[Path]:
    """Autosaves that hold more than their file: for `pad`, its autosave when newer than the file (or the
    file is gone); without `pad`, the autosaves of assessments that were never saved."""
    if pad is not None:
        pad = Path(pad)
        kopie = autosave_pad(pad)
        if kopie.is_file() and (not pad.exists() or kopie.stat().st_mtime_ns > pad.stat().st_mtime_ns):
            return [kopie]
        return []
    map_ = _autosave_map()
    if not map_.is_dir():
        return []
    return sorted(p for p in map_.iterdir() if p.is_file() and p.name.endswith(f"{EXTENSIE}~"))


# ---- a new assessment -------------------------------------------------------------------------------


def _sha256(pad: Path) -> str:
    h = hashlib.sha256()
    with pad.open("rb") as f:
        while blok := f.read(1024 * 1024):
            h.update(blok)
    return h.hexdigest()


def nieuw(bod_pad: str | Path, woonvisie_pad: str | Path | None = None,
          voortgang: Callable[[int, int, str], None] | None = None) -> tuple[Beoordeling, list[Melding]]:
    """Read the workbook(s) into a new assessment. The meldingen are returned too: with a `fout` among
    them the Beoordeling is not usable (the app shows them and does not save)."""
    from bodcheck import pipeline

    invoer, meldingen = pipeline.lees(bod_pad, woonvisie_pad, voortgang)
    bronnen = {}
    for rol, p in (("bod", bod_pad), ("woonvisie", woonvisie_pad)):
        if p is not None and Path(p).is_file():
            try:
                bronnen[rol] = {"naam": Path(p).name, "sha256": _sha256(Path(p))}
            except OSError:
                continue
    b = Beoordeling(invoer=invoer, meldingen=list(meldingen), instellingen=Instellingen(), bronbestanden=bronnen)
    return b, meldingen


__all__ = ["EXTENSIE", "FORMAAT", "VERSIE", "Beoordeling", "BeoordelingFout", "autosave", "autosave_pad",
           "herstelbaar", "nieuw", "openen", "opslaan"]
