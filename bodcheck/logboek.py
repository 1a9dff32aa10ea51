"""The log file: where a traceback goes so that the user sees a Dutch line and the path, never a bare
traceback. Local only; nothing is ever sent anywhere."""

from __future__ import annotations

import datetime as dt
import os
import sys
import traceback
from pathlib import Path


def map_() -> Path:
    if os.name == "nt":
        basis = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    else:
        basis = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    return basis / "bodcheck"


def pad() -> Path:
    return map_() / "bodcheck.log"


def schrijf_fout(exc: BaseException, context: str = "") -> Path:
    """Append the traceback to the log file and return its path (a temp file when the home is read-only)."""
    tekst = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    regel = f"--- {dt.datetime.now().isoformat(timespec='seconds')} {context}\n{tekst}\n"
    for kandidaat in (pad(), Path(os.environ.get("TMPDIR", "/tmp" if os.name != "nt" else ".")) / "bodcheck.log"):
        try:
            kandidaat.parent.mkdir(parents=True, exist_ok=True)
            with kandidaat.open("a", encoding="utf-8") as f:
                f.write(regel)
            return kandidaat
        except OSError:
            continue
    sys.stderr.write(regel)
    return pad()
