"""Writing the outputs of one run so that nothing is ever destroyed (../shared/spec/uitvoer.md, Revisions 2).

    controleer(invoer, uitvoer)            before anything is read: no output is an input, outputs are distinct,
                                           no output is a folder or lies below a file (UitvoerFout, Dutch)
    zelfde_bestand(a, b) -> bool           samefile/inode once both exist, resolved paths otherwise (case-folded
                                           where the file system ignores case)
    schrijf_alles([(pad, maker)]) -> [Path] all outputs or none: every content is made first, each written to a
                                           temporary file beside its target (with the process id in its name),
                                           all replaced at the end; on any failure the temporaries are removed
    schrijf_uitvoer(resultaat, ...) / schrijf_samen_uitvoer(resultaat, ...)   the JSON, PDF and Excel of one run

Every problem with an output location (read-only, full disk, parent is a file, target is a folder, a file
locked by another program) is a UitvoerFout with the path and the reason in Dutch: exit 2, never a bug.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from bodcheck import atomair


class UitvoerFout(Exception):
    """An output cannot be written; each line is one complete Dutch message."""

    def __init__(self, regels: list[str]):
        super().__init__("\n".join(regels))
        self.regels = regels


_REDENEN = {
    errno.EACCES: "geen schrijfrechten",
    errno.EPERM: "geen schrijfrechten",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijfruimte (quotum) is op",
    errno.ENOTDIR: "een deel van het pad is een bestand, geen map",
    errno.EISDIR: "dit is een map, geen bestand",
    errno.ENOENT: "de map bestaat niet",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.EBUSY: "het bestand is in gebruik",
    errno.ETXTBSY: "het bestand is in gebruik",
    errno.EEXIST: "er staat al iets met die naam",
    errno.EINVAL: "de naam is niet toegestaan",
}


def reden(e: OSError) -> str:
    """The Dutch reason for a failed write."""
    if getattr(e, "winerror", None) in (32, 33):  # pragma: no cover - Windows: open in Excel
        return "het bestand is geopend in een ander programma (zoals Excel); sluit het en probeer opnieuw"
    return _REDENEN.get(e.errno or 0, e.strerror or "onbekende reden")


def _tekst(pad: Path | str) -> str:
    from bodcheck.veilig import terminal

    return terminal(str(pad))


def fout_tekst(pad: Path | str, e: OSError) -> str:
    return f"{_tekst(pad)}: kan niet worden geschreven ({reden(e)})"


# ---- comparing paths --------------------------------------------------------------------------------


def _bestaand_voorouder(p: Path) -> Path:
    for a in (p, *p.parents):
        if os.path.lexists(a):
            return a
    return Path(p.anchor or ".")


def _hoofdletterongevoelig(p: Path) -> bool:
    """Whether the file system holding `p` ignores case (Windows, a default macOS volume): a name with its
    case swapped finds the same entry."""
    if os.name == "nt":  # pragma: no cover - Windows
        return True
    for a in (p, *p.parents):
        if not os.path.lexists(a):
            continue
        naam = a.name
        if naam and naam.swapcase() != naam:
            andere = a.with_name(naam.swapcase())
            try:
                return os.path.samefile(a, andere)
            except OSError:
                return False
    return False


def _sleutel(p: Path) -> str:
    try:
        r = p.resolve(strict=False)
    except (OSError, RuntimeError):
        r = Path(os.path.abspath(p))
    s = os.path.normpath(str(r))
    return s.casefold() if _hoofdletterongevoelig(r) else s


def zelfde_bestand(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name one file: the same inode when both exist, the same resolved path otherwise."""
    a, b = Path(a), Path(b)
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return _sleutel(a) == _sleutel(b)


# ---- before reading ---------------------------------------------------------------------------------


def controleer(invoer: Iterable[tuple[str, str | Path]], uitvoer: Iterable[tuple[str, str | Path]]) -> None:
    """Refuse, before anything is read or written, an output that is an input of the run, two outputs that
    are one file, and an output that is a folder or lies below a file. `invoer` and `uitvoer` are pairs
    (how the user named it, e.g. "--excel", path)."""
    invoer = [(w, Path(p)) for w, p in invoer]
    uitvoer = [(w, Path(p)) for w, p in uitvoer]
    regels: list[str] = []
    for i, (wat, pad) in enumerate(uitvoer):
        for in_wat, in_pad in invoer:
            if zelfde_bestand(pad, in_pad):
                regels.append(f"{wat} {_tekst(pad)} is hetzelfde bestand als de invoer {in_wat} {_tekst(in_pad)}; "
                              "kies een andere naam, anders gaat de invoer verloren")
                break
        for ander_wat, ander in uitvoer[:i]:
            if zelfde_bestand(pad, ander):
                regels.append(f"{wat} {_tekst(pad)} en {ander_wat} {_tekst(ander)} zijn hetzelfde bestand; "
                              "kies voor elke uitvoer een eigen naam")
                break
        locatie = _locatie_probleem(pad)
        if locatie:
            regels.append(f"{_tekst(pad)}: kan niet worden geschreven ({locatie})")
    if regels:
        raise UitvoerFout(regels)


def _locatie_probleem(pad: Path) -> str | None:
    if pad.is_dir():
        return "dit is een map, geen bestand"
    if os.path.lexists(pad) and not pad.is_file():
        return "dit is geen gewoon bestand"
    voorouder = _bestaand_voorouder(pad.parent)
    if voorouder.exists() and not voorouder.is_dir():
        return f"{_tekst(voorouder)} is een bestand, geen map"
    return None


# ---- all or none ------------------------------------------------------------------------------------


def schrijf_alles(taken: Iterable[tuple[str | Path, Callable[[], bytes]]]) -> list[Path]:
    """Make every content first (a failure there writes nothing), then write each beside its target as a
    temporary file, then replace the targets. On any failure the temporaries are removed and no target
    has changed; a problem with a location raises UitvoerFout."""
    inhoud = [(Path(pad), maker()) for pad, maker in taken]
    klaar: list[tuple[Path, Path]] = []
    gemaakt: list[Path] = []  # folders this run created, removed again on failure
    huidig: Path | None = None
    try:
        for pad, data in inhoud:
            huidig = pad
            nieuw = [a for a in reversed(pad.parents) if not os.path.lexists(a)]
            pad.parent.mkdir(parents=True, exist_ok=True)
            gemaakt += nieuw
            tijdelijk = atomair.tijdelijk_naast(pad)
            klaar.append((tijdelijk, pad))
            with tijdelijk.open("wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
        for tijdelijk, pad in klaar:
            huidig = pad
            if pad.is_dir():
                raise IsADirectoryError(errno.EISDIR, "is a directory", str(pad))
            atomair.zet_op_zijn_plaats(tijdelijk, pad)
    except OSError as e:
        _ruim(klaar, gemaakt)
        raise UitvoerFout([fout_tekst(huidig if huidig is not None else "uitvoer", e)]) from None
    except BaseException:
        _ruim(klaar, gemaakt)
        raise
    return [pad for pad, _ in inhoud]


def _ruim(klaar: list[tuple[Path, Path]], gemaakt: list[Path]) -> None:
    for tijdelijk, _ in klaar:
        with contextlib.suppress(OSError):
            tijdelijk.unlink(missing_ok=True)
    for map_ in reversed(gemaakt):  # deepest first; only empty ones
        with contextlib.suppress(OSError):
            map_.rmdir()


# ---- the outputs of one run -------------------------------------------------------------------------


def schrijf_uitvoer(resultaat, rapport: str | None = None, excel: str | None = None, json_pad: str | None = None,
                    notities=None, wederhoor: bool = False, stdout: TextIO | None = None, bijlagen: bool = False,
                    auteur: str | None = None, terugblik: tuple = ()) -> list[Path]:
    """The JSON, PDF report and Excel export of one assessment, all or none; `json_pad` "-" is the
    terminal (written after the files, so a failed run prints no JSON)."""
    from bodcheck import json_uitvoer

    taken: list[tuple[str | Path, Callable[[], bytes]]] = []
    if json_pad and json_pad != "-":
        taken.append((json_pad, lambda: json_uitvoer.als_tekst(resultaat).encode("utf-8")))
    if rapport:
        from bodcheck import rapport as rapport_mod

        taken.append((rapport, lambda: rapport_mod.pdf_bytes(resultaat, notities=notities, wederhoor=wederhoor,
                                                             bijlagen=bijlagen, auteur=auteur, terugblik=terugblik)))
    if excel:
        from bodcheck import rapport as rapport_mod

        taken.append((excel, lambda: rapport_mod.excel_bytes(resultaat, notities=None if wederhoor else notities,
                                                             auteur=auteur)))
    geschreven = schrijf_alles(taken)
    if json_pad == "-":
        (stdout or sys.stdout).write(json_uitvoer.als_tekst(resultaat))
    return geschreven


def schrijf_samen_uitvoer(resultaat, rapport: str | None = None, excel: str | None = None,
                          json_pad: str | None = None, definitief: bool = False, notities=None,
                          wederhoor: bool = False, stdout: TextIO | None = None,
                          auteur: str | None = None) -> list[Path]:
    """The same for several bods together (a gemeente or a regio)."""
    from bodcheck import samen

    taken: list[tuple[str | Path, Callable[[], bytes]]] = []
    if json_pad and json_pad != "-":
        taken.append((json_pad, lambda: samen.als_tekst(resultaat).encode("utf-8")))
    if rapport:
        from bodcheck import rapport as rapport_mod

        taken.append((rapport, lambda: rapport_mod.pdf_bytes_samen(resultaat, definitief=definitief,
                                                                   notities=notities, wederhoor=wederhoor,
                                                                   auteur=auteur)))
    if excel:
        from bodcheck import rapport as rapport_mod

        taken.append((excel, lambda: rapport_mod.excel_bytes_samen(resultaat, notities=notities,
                                                                   wederhoor=wederhoor)))
    geschreven = schrijf_alles(taken)
    if json_pad == "-":
        (stdout or sys.stdout).write(samen.als_tekst(resultaat))
    return geschreven


# ---- for the app ------------------------------------------------------------------------------------


def invoer_botsing(pad: str | Path, invoer: Iterable[str | Path]) -> str | None:
    """The Dutch reason a save or export to `pad` is refused because it is one of the open inputs, or None."""
    for p in invoer:
        if p is not None and zelfde_bestand(pad, p):
            wat = (f"{Path(pad).name} is nu geopend als invoer." if Path(pad).name == Path(p).name else
                   f"{Path(pad).name} is hetzelfde bestand als de geopende invoer {Path(p).name}.")
            return f"{wat} Bewaren zou die invoer overschrijven; kies een andere naam of map."
    return None


def ruim_op_bij_start(mappen: Iterable[str | Path] = ()) -> int:
    """At the app's start: remove the temporary files of processes that no longer run, in bodcheck's own
    folders (autosave, notes) and in `mappen` (e.g. the folders of recently opened files). Returns how many."""
    from bodcheck import logboek

    eigen = [logboek.map_(), logboek.map_() / "autosave", logboek.map_() / "samen-notities"]
    gezien: set[str] = set()
    weg = 0
    for m in [*eigen, *mappen]:
        sleutel = str(m)
        if sleutel in gezien:
            continue
        gezien.add(sleutel)
        weg += len(atomair.ruim_op(m))
    return weg
