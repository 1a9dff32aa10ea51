"""Every path bodcheck reads is first checked to be a regular file: a FIFO, a device (`/dev/zero`), a socket
or a folder would hang the reader or feed it without end.

    probleem(pad) -> str | None     the Dutch reason the path cannot be read, or None
    lees_begrensd(pad, max_bytes, soort) -> bytes   a regular file's bytes, at most `max_bytes` (InvoerpadFout)
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def pdf_tekst(geen: str) -> str:
    """Why a PDF cannot be read as a `geen` ("Excel-werkboek", "bodcheck-beoordeling"), and what to do instead: one
    sentence for the terminal and the app alike (a corporatie's bod often arrives as a PDF)."""
    return (f"dit is een PDF en geen {geen}; bodcheck leest het bod uit het ingevulde sjabloon (.xlsx) van de "
            "corporatie, en heeft u alleen de PDF, kies dan in het programma Nieuwe beoordeling invullen… en neem de "
            "cijfers over")


class InvoerpadFout(Exception):
    """The path cannot be read; the message is Dutch and complete (without the file name)."""


def probleem(pad: str | Path) -> str | None:
    try:
        st = os.stat(pad)  # follows links: a link to a FIFO is a FIFO
    except FileNotFoundError:
        return "bestand niet gevonden" if not os.path.islink(pad) else "de koppeling wijst naar een bestand dat niet bestaat"
    except PermissionError:
        return "geen leesrechten"
    except OSError as e:
        return f"bestand kan niet worden geopend ({e.strerror or 'onbekende reden'})"
    modus = st.st_mode
    if stat.S_ISDIR(modus):
        return "dit is een map, geen bestand"
    if stat.S_ISREG(modus):
        return None
    if stat.S_ISFIFO(modus):
        return "dit is geen gewoon bestand maar een pijp (FIFO); bodcheck leest alleen gewone bestanden"
    if stat.S_ISCHR(modus) or stat.S_ISBLK(modus):
        return "dit is geen gewoon bestand maar een apparaat; bodcheck leest alleen gewone bestanden"
    if stat.S_ISSOCK(modus):
        return "dit is geen gewoon bestand maar een socket; bodcheck leest alleen gewone bestanden"
    return "dit is geen gewoon bestand; bodcheck leest alleen gewone bestanden"


def lees_begrensd(pad: str | Path, max_bytes: int, soort: str = "") -> bytes:
    """The bytes of a regular file, refusing anything else and anything larger than `max_bytes`."""
    reden = probleem(pad)
    if reden:
        raise InvoerpadFout(reden)
    try:
        with open(pad, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as e:
        raise InvoerpadFout(f"bestand kan niet worden geopend ({e.strerror or 'onbekende reden'})") from None
    if len(data) > max_bytes:
        raise InvoerpadFout(f"bestand is te groot{' voor ' + soort if soort else ''} (meer dan {_grootte(max_bytes)})")
    return data


def _grootte(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n // (1024 * 1024)} MB"
    return f"{max(1, n // 1024)} kB"
