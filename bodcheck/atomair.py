"""Writing a file atomically: into a temporary file beside it, flushed and fsynced, then renamed over the
target. A crash leaves either the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def schrijf(pad: str | Path, schrijver: Callable[[Path], None]) -> Path:
    """Call `schrijver(tijdelijk_pad)` to write the content, then put it in place of `pad`."""
    pad = Path(pad)
    pad.parent.mkdir(parents=True, exist_ok=True)
    _ruim_oude_op(pad)
    fd, naam = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=pad.parent)
    os.close(fd)
    tijdelijk = Path(naam)
    _gewone_rechten(tijdelijk, pad)
    try:
        schrijver(tijdelijk)
        with tijdelijk.open("rb+") as f:
            os.fsync(f.fileno())
        os.replace(tijdelijk, pad)
        _sync_map(pad.parent)
    except BaseException:
        tijdelijk.unlink(missing_ok=True)
        raise
    return pad


def schrijf_bytes(pad: str | Path, data: bytes) -> Path:
    return schrijf(pad, lambda p: p.write_bytes(data))


def schrijf_tekst(pad: str | Path, tekst: str) -> Path:
    return schrijf_bytes(pad, tekst.encode("utf-8"))


OUD_NA_SECONDEN = 3600


def _ruim_oude_op(pad: Path) -> None:
    """Remove temporary files that a killed earlier save of `pad` left behind (older than an hour, so a
    save running in another process right now is never touched)."""
    grens = time.time() - OUD_NA_SECONDEN
    for oud in pad.parent.glob(f".{glob.escape(pad.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            if oud.stat().st_mtime < grens:
                oud.unlink()


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
