"""Writing a file atomically: into a temporary file beside it, flushed and fsynced, then renamed over the
target. A crash leaves either the old file or the new one, never half of one.

Temporary files are named `.NAAM.~PID.XXXX.tmp`: they carry the writing process's id, so the next save to
that folder (and the app at its start, via `ruim_op`) removes those whose process no longer runs, whatever
their age, and leaves a save that another running instance is doing right now alone
(../shared/spec/uitvoer.md, Revisions 2).

    schrijf(pad, schrijver) / schrijf_bytes(pad, data) / schrijf_tekst(pad, tekst) -> Path
    tijdelijk_naast(pad) -> Path        an empty temporary file beside `pad` (the caller replaces or removes it)
    zet_op_zijn_plaats(tijdelijk, pad)  fsync, replace, sync the folder
    ruim_op(map) -> [Path]              remove the temporaries of dead processes in `map`
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

_TIJDELIJK = re.compile(r"^\..+\.~(\d+)\.[^.]+\.tmp$")


def schrijf(pad: str | Path, schrijver: Callable[[Path], None]) -> Path:
    """Call `schrijver(tijdelijk_pad)` to write the content, then put it in place of `pad`."""
    pad = Path(pad)
    pad.parent.mkdir(parents=True, exist_ok=True)
    tijdelijk = tijdelijk_naast(pad)
    try:
        schrijver(tijdelijk)
        zet_op_zijn_plaats(tijdelijk, pad)
    except BaseException:
        tijdelijk.unlink(missing_ok=True)
        raise
    return pad


def schrijf_bytes(pad: str | Path, data: bytes) -> Path:
    return schrijf(pad, lambda p: p.write_bytes(data))


def schrijf_tekst(pad: str | Path, tekst: str) -> Path:
    return schrijf_bytes(pad, tekst.encode("utf-8"))


def tijdelijk_naast(pad: Path) -> Path:
    """A new, empty temporary file in the folder of `pad`, named with this process's id. The folder's
    leftovers of dead processes are removed first."""
    ruim_op(pad.parent)
    fd, naam = tempfile.mkstemp(prefix=f".{pad.name}.~{os.getpid()}.", suffix=".tmp", dir=pad.parent)
    os.close(fd)
    tijdelijk = Path(naam)
    _gewone_rechten(tijdelijk, pad)
    return tijdelijk


def zet_op_zijn_plaats(tijdelijk: Path, pad: Path) -> None:
    with tijdelijk.open("rb+") as f:
        os.fsync(f.fileno())
    os.replace(tijdelijk, pad)
    _sync_map(pad.parent)


def is_tijdelijk(naam: str) -> bool:
    """Whether a file name is one of bodcheck's temporary files."""
    return _TIJDELIJK.match(naam) is not None


def ruim_op(map_: str | Path) -> list[Path]:
    """Remove the temporary files in `map_` whose writing process no longer runs; returns them. Files of
    a running process (this one, or a second instance saving right now) are left alone."""
    weg: list[Path] = []
    try:
        namen = os.listdir(map_)
    except OSError:
        return weg
    for naam in namen:
        m = _TIJDELIJK.match(naam)
        if m is None or proces_leeft(int(m.group(1))):
            continue
        pad = Path(map_) / naam
        with contextlib.suppress(OSError):
            if pad.is_file() and not pad.is_symlink():
                pad.unlink()
                weg.append(pad)
    return weg


def proces_leeft(pid: int) -> bool:
    """Whether a process with this id runs (on doubt: yes, so nothing of a running save is removed)."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        return _leeft_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _leeft_windows(pid: int) -> bool:  # pragma: no cover - Windows
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _gewone_rechten(tijdelijk: Path, pad: Path) -> None:
    """mkstemp makes a private (0600) file; give the result the mode an ordinary new file gets (or the
    mode of the file it replaces), so a report can be opened by a colleague or a printer service."""
    if os.name != "posix":
        return
    try:
        modus = pad.stat().st_mode & 0o777
    except OSError:
        masker = os.umask(0)
        os.umask(masker)
        modus = 0o666 & ~masker
    with contextlib.suppress(OSError):
        os.chmod(tijdelijk, modus)


def _sync_map(map_: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles, so skip there."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(map_, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
