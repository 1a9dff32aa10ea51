"""Entry script of the frozen app (PyInstaller runs this as __main__ in both executables).

bodcheck(.exe) is the console program: the command line, `--zelftest`, `--version`, and the app when run
without a command. On Windows there is also bodcheck-app.exe, built without a console, for the Start menu
and the `.bodcheck` file association. A windowed executable has no stdout/stderr (both are None), so a
message the command line would print (a Dutch error line, `--version`) is collected and shown in a message
box instead of being lost.
"""

from __future__ import annotations

import io
import sys


def _toon_venster(tekst: str, fout: bool) -> None:
    """A Windows message box; elsewhere there is nothing to show it in."""
    if sys.platform != "win32":
        return
    import ctypes

    MB_ICONERROR, MB_ICONINFORMATION = 0x10, 0x40
    ctypes.windll.user32.MessageBoxW(None, tekst, "bodcheck", MB_ICONERROR if fout else MB_ICONINFORMATION)


def main() -> int:
    zonder_console = sys.stdout is None or sys.stderr is None
    if zonder_console:
        sys.stdout = sys.stdout or io.StringIO()
        sys.stderr = sys.stderr or io.StringIO()
    from bodcheck.__main__ import start

    try:
        uitgang = start()
    except SystemExit as e:  # argparse: --help, --version, a usage error
        uitgang = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    # Shown: an error, or the answer to a command that is not the program itself (--version, --zelftest).
    # Not shown: whatever a library wrote while the program ran normally (a warning, say).
    programma = len(sys.argv) < 2 or sys.argv[1] == "gui"
    if zonder_console and (uitgang != 0 or not programma):
        tekst = "".join(s.getvalue() for s in (sys.stdout, sys.stderr) if isinstance(s, io.StringIO)).strip()
        if tekst:
            _toon_venster(tekst, fout=uitgang != 0)
    return uitgang


if __name__ == "__main__":
    sys.exit(main())
