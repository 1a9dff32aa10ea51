"""The installer (installer/) and `bodcheck --zelftest`.

Fast checks, always run: the Inno Setup script as text against the PyInstaller spec (it cannot be built
on Linux), the version resource, the icon, and the self-test's checks and failure lines.

Slow, marked `installer` and only run when asked for (`pytest -m installer`, `make bundle-test`): builds the
frozen app with installer/build.sh and runs it: `--version`, `--zelftest`, `voorbeeld`, and the app offscreen
on the example. With BODCHECK_BUNDEL_GEBOUWD=1 it uses an existing dist/bodcheck/ instead of building.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import time
import uuid
import zipfile
from pathlib import Path

import pytest

from bodcheck import __version__, zelftest

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
ISS = INSTALLER / "bodcheck.iss"
SPEC = INSTALLER / "bodcheck.spec"
APP_ID = "6274F660-874B-41F9-9412-22B83BDD4590"  # must never change: Windows finds updates by it

sys.path.insert(0, str(INSTALLER))
import versie_info  # noqa: E402

sys.path.remove(str(INSTALLER))


# --- the Inno Setup script, as text ------------------------------------------------------------------------


def _iss_secties() -> dict[str, list[str]]:
    secties: dict[str, list[str]] = {"": []}
    huidig = ""
    for regel in ISS.read_text("utf-8").splitlines():
        regel = regel.strip()
        if not regel or regel.startswith(";"):
            continue
        m = re.fullmatch(r"\[(\w+)\]", regel)
        if m:
            huidig = m.group(1)
            secties.setdefault(huidig, [])
        else:
            secties[huidig].append(regel)
    return secties


def _iss_defines() -> dict[str, str]:
    return dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', ISS.read_text("utf-8"), flags=re.M))


def _iss_setup() -> dict[str, str]:
    return dict(r.split("=", 1) for r in _iss_secties()["Setup"])


def _iss_velden(regel: str) -> dict[str, str]:
    """`Name: "a"; Flags: b c` → {"Name": "a", "Flags": "b c"} (values may contain "" for a quote)."""
    velden = {}
    for m in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)\s*(?:;|$)', regel):
        waarde = m.group(2).strip()
        if waarde.startswith('"'):
            waarde = waarde[1:-1].replace('""', '"')
        velden[m.group(1)] = waarde
    return velden


def _iss_uitgewerkt(tekst: str) -> str:
    for naam, waarde in _iss_defines().items():
        tekst = tekst.replace("{#" + naam + "}", waarde)
    return tekst


def _spec_naam() -> str:
    m = re.search(r'^NAAM = "([^"]+)"', SPEC.read_text("utf-8"), flags=re.M)
    assert m, "installer/bodcheck.spec definieert NAAM niet meer"
    return m.group(1)


def test_iss_neemt_de_map_van_de_spec() -> None:
    naam = _spec_naam()
    spec = SPEC.read_text("utf-8")
    assert "name=NAAM" in spec and "exclude_binaries=True" in spec, "de spec bouwt geen onedir-map dist/NAAM"
    bronnen = [_iss_velden(r)["Source"] for r in _iss_secties()["Files"]]
    assert bronnen == [f"..\\dist\\{naam}\\*"]
    bestanden = _iss_velden(_iss_secties()["Files"][0])
    assert "recursesubdirs" in bestanden["Flags"] and bestanden["DestDir"] == "{app}"


def test_iss_exe_namen_komen_uit_de_spec() -> None:
    naam, spec, defines = _spec_naam(), SPEC.read_text("utf-8"), _iss_defines()
    assert defines["ConsoleExe"] == f"{naam}.exe"
    assert defines["AppExe"] == f"{naam}-app.exe"
    assert '_exe(NAAM, console=True)' in spec
    assert '_exe(f"{NAAM}-app", console=False)' in spec
    # the version fallback reads the console exe from the same dist folder
    assert f'"..\\dist\\{naam}\\" + ConsoleExe' in ISS.read_text("utf-8")


def test_iss_per_gebruiker_zonder_beheerdersrechten() -> None:
    setup = _iss_setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")  # = %LOCALAPPDATA%\Programs per user
    assert setup["PrivilegesRequiredOverridesAllowed"] == "commandline"  # /ALLUSERS only when asked for
    for regel in _iss_secties()["Registry"]:
        assert _iss_velden(regel)["Root"] in ("HKA", "HKCU"), regel  # never HKLM/HKCR directly
    for regel in _iss_secties()["Icons"]:
        assert not _iss_velden(regel)["Name"].startswith(("{commonprograms}", "{commondesktop}")), regel


def test_iss_koppelt_bodcheck_bestanden() -> None:
    defines = _iss_defines()
    assert defines["Extensie"] == ".bodcheck"
    progid = defines["ProgId"]
    assert re.fullmatch(r"[A-Za-z][\w]*\.[\w.]+", progid)
    assert _iss_setup()["ChangesAssociations"] == "yes"
    regels = [_iss_velden(_iss_uitgewerkt(r)) for r in _iss_secties()["Registry"]]
    sleutels = {(r["Subkey"], r.get("ValueName", "")): r for r in regels}
    ext = sleutels[("Software\\Classes\\.bodcheck", "")]
    assert ext["ValueData"] == progid and "uninsdeletevalue" in ext["Flags"]
    assert ("Software\\Classes\\.bodcheck\\OpenWithProgids", progid) in sleutels
    assert "uninsdeletekey" in sleutels[(f"Software\\Classes\\{progid}", "")]["Flags"]
    opdracht = sleutels[(f"Software\\Classes\\{progid}\\shell\\open\\command", "")]["ValueData"]
    # the windowed exe, and the `gui` command before the file: `bodcheck X.bodcheck` is a usage error
    assert opdracht == '"{app}\\bodcheck-app.exe" gui "%1"'
    assert sleutels[(f"Software\\Classes\\{progid}\\DefaultIcon", "")]["ValueData"] == "{app}\\bodcheck-app.exe,0"


def test_iss_opdracht_bij_koppeling_past_bij_de_opdrachtregel() -> None:
    from bodcheck.cli import _parser

    args = _parser().parse_args(["gui", "C:\\Users\\x\\Documents\\bod 2026.bodcheck"])
    assert args.opdracht == "gui" and args.bestand.endswith("bod 2026.bodcheck")


def test_iss_nederlands_en_vaste_appid() -> None:
    talen = [_iss_velden(r) for r in _iss_secties()["Languages"]]
    assert talen == [{"Name": "dutch", "MessagesFile": "compiler:Languages\\Dutch.isl"}]
    setup = _iss_setup()
    assert setup["AppId"] == "{{" + APP_ID + "}"  # "{{" is Inno's escaped "{"
    uuid.UUID(APP_ID)
    for regel in _iss_secties()["CustomMessages"]:
        assert regel.startswith("dutch."), regel


def test_iss_versie_van_buiten_en_bestanden_bestaan() -> None:
    tekst = ISS.read_text("utf-8")
    assert "#ifndef AppVersion" in tekst  # ISCC /DAppVersion=X.Y.Z
    setup = _iss_setup()
    assert setup["AppVersion"] == "{#AppVersion}"
    assert "{#AppVersion}" in setup["OutputBaseFilename"]
    assert (INSTALLER / setup["SetupIconFile"]).is_file()
    assert setup["OutputDir"] == "..\\dist\\installer"
    assert setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"


def test_iss_startmenu_en_verwijderen() -> None:
    iconen = [_iss_velden(_iss_uitgewerkt(r)) for r in _iss_secties()["Icons"]]
    assert {"Name": "{group}\\bodcheck", "Filename": "{app}\\bodcheck-app.exe", "WorkingDir": "{userdocs}"} in iconen
    assert _iss_setup().get("Uninstallable", "yes") == "yes"
    assert _iss_setup()["UninstallDisplayIcon"] == "{app}\\{#AppExe}"


# --- version resource and icon --------------------------------------------------------------------------------


@pytest.mark.parametrize(("versie", "getallen"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2.3.4", (1, 2, 3, 4)), ("2", (2, 0, 0, 0)), ("0.2.0rc1", (0, 2, 0, 0)),
    ("1.0.dev3", (1, 0, 0, 0)), ("v1.4", (1, 4, 0, 0)), ("1.2.3.4.5", (1, 2, 3, 4)),
])
def test_versie_getallen(versie: str, getallen: tuple[int, ...]) -> None:
    assert versie_info.getallen(versie) == getallen


@pytest.mark.parametrize("versie", ["", "abc", "70000.0"])
def test_versie_getallen_ongeldig(versie: str) -> None:
    with pytest.raises(ValueError):
        versie_info.getallen(versie)


def test_versie_resource_is_geldig(tmp_path: Path) -> None:
    tekst = versie_info.tekst(__version__)
    boom = ast.parse(tekst, mode="eval")  # PyInstaller eval()s this text
    assert isinstance(boom.body, ast.Call) and boom.body.func.id == "VSVersionInfo"
    assert f"StringStruct('ProductVersion', '{__version__}')" in tekst
    assert f"filevers={versie_info.getallen(__version__)}" in tekst
    try:
        from PyInstaller.utils.win32 import versioninfo
    except ImportError:
        return  # PyInstaller is only in the build environment (installer/build.sh)
    pad = tmp_path / "v.txt"
    pad.write_text(tekst, "utf-8")
    info = versioninfo.load_version_info_from_text_file(str(pad))
    a, b, c, d = versie_info.getallen(__version__)
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == ((a << 16) | b, (c << 16) | d)


def test_icoon() -> None:
    from PIL import Image

    with Image.open(INSTALLER / "bodcheck.png") as png:
        assert png.size == (256, 256) and png.mode == "RGBA"
    with Image.open(INSTALLER / "bodcheck.ico") as ico:
        assert {16, 32, 48, 256} <= {b for b, _ in ico.info["sizes"]}


def test_spec_neemt_de_gegevens_mee() -> None:
    spec = SPEC.read_text("utf-8")
    for nodig in ('collect_data_files("bodcheck")', 'collect_data_files("reportlab")', 'copy_metadata("bodcheck")',
                  '"PySide6.QtPdf"', '"PySide6.QtCharts"', '"PySide6.QtPrintSupport"', 'collect_submodules("ui")'):
        assert nodig in spec, nodig
    assert (INSTALLER / "start.py").is_file() and "bodcheck.__main__ import start" in (INSTALLER / "start.py").read_text()


# --- the self-test's checks and its lines ------------------------------------------------------------------


def _pdf(pad: Path, grootte: int = 20_000) -> Path:
    pad.write_bytes(b"%PDF-1.4\n" + b"0" * grootte + b"\nstartxref\n123\n%%EOF\n")
    return pad


def _xlsx(pad: Path, namen: tuple[str, ...] = ("[Content_Types].xml", "xl/workbook.xml",
                                               "xl/worksheets/sheet1.xml")) -> Path:
    with zipfile.ZipFile(pad, "w") as z:
        for n in namen:
            z.writestr(n, "<x/>")
    return pad


def test_controle_pdf(tmp_path: Path) -> None:
    assert zelftest._controleer_pdf(_pdf(tmp_path / "a.pdf")).startswith("rapport (PDF, ")
    with pytest.raises(zelftest.ZelftestFout, match="bytes"):
        zelftest._controleer_pdf(_pdf(tmp_path / "b.pdf", 100))
    (tmp_path / "c.pdf").write_bytes(b"<html>" + b"0" * 20_000)
    with pytest.raises(zelftest.ZelftestFout, match="%PDF-"):
        zelftest._controleer_pdf(tmp_path / "c.pdf")
    (tmp_path / "d.pdf").write_bytes(b"%PDF-1.4\n" + b"0" * 20_000)  # cut off halfway
    with pytest.raises(zelftest.ZelftestFout, match="afsluiting"):
        zelftest._controleer_pdf(tmp_path / "d.pdf")


def test_controle_excel(tmp_path: Path) -> None:
    assert zelftest._controleer_excel(_xlsx(tmp_path / "a.xlsx")) == "Excel-export (1 blad)"
    with pytest.raises(zelftest.ZelftestFout, match=r"xl/workbook\.xml"):
        zelftest._controleer_excel(_xlsx(tmp_path / "b.xlsx", ("[Content_Types].xml",)))
    (tmp_path / "c.xlsx").write_bytes(b"geen zip")
    with pytest.raises(zelftest.ZelftestFout, match="geen zip"):
        zelftest._controleer_excel(tmp_path / "c.xlsx")


def test_controle_json(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"schema": "bodcheck/beoordeling/1"}), "utf-8")
    assert zelftest._controleer_json(tmp_path / "a.json") == "JSON (bodcheck/beoordeling/1)"
    (tmp_path / "b.json").write_text('{"schema": "iets anders"}', "utf-8")
    with pytest.raises(zelftest.ZelftestFout, match="schema"):
        zelftest._controleer_json(tmp_path / "b.json")
    (tmp_path / "c.json").write_text("{kapot", "utf-8")
    with pytest.raises(zelftest.ZelftestFout, match="geen geldige JSON"):
        zelftest._controleer_json(tmp_path / "c.json")


def _nep_voorbeeld(monkeypatch: pytest.MonkeyPatch, pdf_grootte: int = 20_000) -> None:
    from bodcheck import voorbeeld

    def schrijf(map_: Path, peildatum) -> list[Path]:
        assert peildatum == zelftest.PEILDATUM
        bod = _xlsx(map_ / voorbeeld.BOD)
        (map_ / "beoordeling.json").write_text('{"schema": "bodcheck/beoordeling/1"}', "utf-8")
        (map_ / "samen").mkdir()
        return [bod, map_ / "beoordeling.json", _pdf(map_ / "beoordelingsrapport.pdf", pdf_grootte),
                _xlsx(map_ / "beoordeling.xlsx"), _pdf(map_ / "samen" / "rapport-gemeente.pdf", 2000)]

    monkeypatch.setattr(voorbeeld, "schrijf_en_beoordeel", schrijf)


def _regels(capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    uit = capsys.readouterr()
    return uit.out, uit.err


def test_zelftest_geslaagd_zonder_venster(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    _nep_voorbeeld(monkeypatch)
    assert zelftest.zelftest(venster=False) == 0
    out, err = _regels(capsys)
    assert out.startswith(f"Zelftest geslaagd: bodcheck {__version__}, voorbeeld beoordeeld (peildatum 1 september 2026);")
    assert "rapport (PDF, 20 kB); Excel-export (1 blad); JSON (bodcheck/beoordeling/1); 2 andere bestanden — " in out and err == ""


def test_zelftest_mislukt_met_een_nederlandse_regel(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    _nep_voorbeeld(monkeypatch, pdf_grootte=10)
    assert zelftest.zelftest(venster=False) == 1
    out, err = _regels(capsys)
    assert out == "" and err.startswith("Zelftest mislukt: rapport (PDF): beoordelingsrapport.pdf is maar")
    assert err.count("\n") == 1


def test_zelftest_interne_fout_gaat_naar_het_logboek(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                     capsys) -> None:
    from bodcheck import voorbeeld

    def kapot(map_: Path, peildatum) -> list[Path]:
        raise KeyError("rapport.sjabloon")

    monkeypatch.setattr(voorbeeld, "schrijf_en_beoordeel", kapot)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    assert zelftest.zelftest(venster=False) == 1
    out, err = _regels(capsys)
    assert err.startswith("Zelftest mislukt: voorbeeld beoordelen: interne fout (KeyError: 'rapport.sjabloon'). "
                          "Details staan in ")
    assert "Traceback" not in out + err
    log = (tmp_path / "bodcheck" / "bodcheck.log").read_text("utf-8")
    assert "Traceback" in log and "--zelftest, stap voorbeeld beoordelen" in log


def test_zelftest_via_de_opdrachtregel(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from bodcheck import cli

    monkeypatch.setattr(zelftest, "zelftest", lambda gui=None: 0)
    assert cli.main(["--zelftest"]) == 0


@pytest.fixture
def eigen_mappen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The log, the autosave folder and the example out of the user's home (as tests/ui/conftest.py does)."""
    import tempfile

    for naam in ("XDG_STATE_HOME", "LOCALAPPDATA"):
        monkeypatch.setenv(naam, str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    return tmp_path


@pytest.mark.gui
def test_zelftest_echt(qapp, eigen_mappen: Path, capsys) -> None:
    """The real chain in this process: example → PDF, Excel, JSON → QtPdf → the main window. A crash-recovery
    copy of the user's own unsaved work must survive it."""
    from bodcheck import beoordeling

    herstel = beoordeling.autosave_pad(None)
    herstel.parent.mkdir(parents=True)
    herstel.write_text("niet bewaard werk van de gebruiker", "utf-8")
    from ui import zelftest as ui_zelftest

    uitgang = zelftest.zelftest(gui=ui_zelftest.qt_stappen)
    out, err = _regels(capsys)
    assert uitgang == 0, err
    assert out.startswith("Zelftest geslaagd:") and "leesbaar voor QtPdf" in out and err == ""
    from ui.hoofdvenster import SCHERMEN

    assert f"programmavenster: voorbeeld geopend, {len(SCHERMEN)} schermen getoond" in out
    assert herstel.read_text("utf-8") == "niet bewaard werk van de gebruiker"


@pytest.mark.gui
def test_zelftest_foutmelding_in_het_venster(qapp, eigen_mappen: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys) -> None:
    """When the window shows its error dialog the self-test reports it and stops, instead of waiting."""
    from bodcheck import beoordeling

    def kapot(*_a, **_k):
        raise OSError(5, "Invoer/uitvoerfout")

    from ui import zelftest as ui_zelftest

    qtpdf = ui_zelftest._controleer_qtpdf

    def daarna_kapot(pdf: Path) -> str:  # the files are written; from here on reading a workbook fails
        monkeypatch.setattr(beoordeling, "nieuw", kapot)
        return qtpdf(pdf)

    monkeypatch.setattr(ui_zelftest, "_controleer_qtpdf", daarna_kapot)
    begin = time.perf_counter()
    assert zelftest.zelftest(gui=ui_zelftest.qt_stappen) == 1
    out, err = _regels(capsys)
    assert out == "" and err.startswith("Zelftest mislukt: programmavenster: bod-voorbeeld.xlsx openen: "
                                        "foutmelding in het venster: ")
    assert time.perf_counter() - begin < 30


# --- the frozen app (slow; only with -m installer) ---------------------------------------------------------


@pytest.fixture(scope="module")
def bundel(request: pytest.FixtureRequest) -> Path:
    if "installer" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("bouwt de bevroren app (~1 min): draai met `pytest -m installer` of `make bundle-test`")
    exe = ROOT / "dist" / "bodcheck" / ("bodcheck.exe" if os.name == "nt" else "bodcheck")
    if os.environ.get("BODCHECK_BUNDEL_GEBOUWD") != "1":
        begin = time.perf_counter()
        p = subprocess.run(["bash", str(INSTALLER / "build.sh"), "--zonder-test"], cwd=ROOT, capture_output=True,
                           text=True, timeout=900)
        assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
        sys.stderr.write(f"\nbundel gebouwd in {time.perf_counter() - begin:.0f} s\n")
    assert exe.is_file(), f"{exe} ontbreekt"
    return exe


def _draai(exe: Path, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=timeout, env=env)


@pytest.mark.installer
def test_bundel_versie(bundel: Path) -> None:
    p = _draai(bundel, "--version")
    assert p.returncode == 0 and p.stdout.strip() == f"bodcheck {__version__}", p.stdout + p.stderr


@pytest.mark.installer
def test_bundel_zelftest(bundel: Path) -> None:
    p = _draai(bundel, "--zelftest")
    assert p.returncode == 0, p.stdout + p.stderr
    assert p.stdout.startswith(f"Zelftest geslaagd: bodcheck {__version__}")
    assert "leesbaar voor QtPdf" in p.stdout and "programmavenster: voorbeeld geopend" in p.stdout
    assert p.stderr == ""  # no Qt warnings either (a missing plugin or font would show here)


@pytest.mark.installer
def test_bundel_gegevensbestanden(bundel: Path) -> None:
    intern = bundel.parent / "_internal"
    for pad in ("bodcheck/data/fonts/DejaVuSans.ttf", "bodcheck/data/normenkaders/aw-wsw-2024.toml",
                "bodcheck/data/parameters/landelijk.toml", "reportlab/fonts/Vera.ttf",
                f"bodcheck-{__version__}.dist-info/METADATA"):
        assert (intern / pad).is_file(), pad
    p = _draai(bundel, "normen")
    assert p.returncode == 0 and "aw-wsw-2024" in p.stdout, p.stderr


@pytest.mark.installer
def test_bundel_opent_het_voorbeeld_in_het_programma(bundel: Path, tmp_path: Path) -> None:
    """`bodcheck voorbeeld`, then `bodcheck gui bod.xlsx` offscreen: still running after a few seconds, no error."""
    p = _draai(bundel, "voorbeeld", str(tmp_path), "--peildatum", "2026-09-01")
    assert p.returncode == 0, p.stdout + p.stderr
    bod = tmp_path / "bod-voorbeeld.xlsx"
    assert bod.is_file()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "staat")}
    proces = subprocess.Popen([str(bundel), "gui", str(bod)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=env)
    try:
        time.sleep(8)
        draait = proces.poll() is None
    finally:
        proces.kill()
        out, err = proces.communicate(timeout=30)
    assert draait, f"het programma stopte met code {proces.returncode}: {out}{err}"
    assert "Traceback" not in err and "interne fout" not in err, err
