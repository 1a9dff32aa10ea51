"""The command line (../shared/spec/uitvoer.md). Exit 0 done, 2 unusable input (one Dutch line per
problem on stderr, nothing written), 1 internal error (a Dutch line and the log path; never a traceback).

The only place that reads the clock: `--peildatum` defaults to today here, never inside the domain.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path

from bodcheck import uitvoer
from bodcheck.uitvoer import UitvoerFout

UITGANG_OK, UITGANG_BUG, UITGANG_INVOER = 0, 1, 2


class InvoerFout(Exception):
    """The user's input cannot be used; each line is one Dutch message."""

    def __init__(self, regels: list[str]):
        super().__init__("\n".join(regels))
        self.regels = regels


class _Parser(argparse.ArgumentParser):
    """argparse with Dutch messages, exit 2 on a usage error."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "Gebruik:", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "Gebruik:", 1)

    def error(self, message: str) -> None:  # type: ignore[override]
        vertaling = {
            "the following arguments are required": "deze argumenten ontbreken",
            "unrecognized arguments": "onbekende argumenten",
            "invalid choice": "ongeldige keuze",
            "expected one argument": "verwacht één waarde",
            "argument ": "argument ",
            "choose from": "kies uit",
        }
        for en, nl in vertaling.items():
            message = message.replace(en, nl)
        sys.stderr.write(f"bodcheck: {message}\n{self.format_usage()}")
        raise SystemExit(UITGANG_INVOER)


class _ToonVersie(argparse.Action):
    """--version: the version is looked up only when asked for (see bodcheck.__getattr__)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from bodcheck import __version__

        sys.stdout.write(f"bodcheck {__version__}\n")
        parser.exit()


def _datum(tekst: str) -> dt.date:
    try:
        return dt.date.fromisoformat(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ongeldige datum {tekst!r}; gebruik JJJJ-MM-DD") from None


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="bodcheck", description="Beoordeel het bod van een woningcorporatie op de woonvisie.")
    p.add_argument("--version", action=_ToonVersie, nargs=0, help="toon de versie")
    p.add_argument("--zelftest", action="store_true", help="test de hele keten op het voorbeeld en stop")
    sub = p.add_subparsers(dest="opdracht", metavar="OPDRACHT", parser_class=_Parser)

    g = sub.add_parser("gui", help="open het programma (standaard)")
    g.add_argument("bestand", nargs="?", help="een werkboek of een opgeslagen .bodcheck-beoordeling")

    v = sub.add_parser("voorbeeld", help="schrijf en beoordeel het meegeleverde voorbeeld")
    v.add_argument("map", nargs="?", default="bodcheck-voorbeeld", help="uitvoermap (standaard ./bodcheck-voorbeeld)")
    v.add_argument("--peildatum", type=_datum,
                   help="datum van de beoordeling (JJJJ-MM-DD; standaard 1 september 2026, de dag van het voorbeeld)")

    b = sub.add_parser("beoordeel", help="beoordeel een bod")
    b.add_argument("bod", help="werkboek met het bod (.xlsx), of een opgeslagen beoordeling (.bodcheck)")
    b.add_argument("--woonvisie", help="werkboek met de woonvisie van de gemeente (.xlsx)")
    _beoordeel_opties(b, "het beoordelingsrapport")
    b.add_argument("--horizon", type=int, help="aantal jaren voor de investeringsruimte (standaard 5)")

    s = sub.add_parser("sjabloon", help="schrijf het lege sjabloon voor een corporatie")
    s.add_argument("uit", help="uitvoerbestand (.xlsx)")
    s.add_argument("--woonvisie", action="store_true", help="het sjabloon voor de woonvisie van de gemeente")
    s.add_argument("--bodjaar", type=int, help="bodjaar voor de jaarkolommen (standaard dit jaar)")
    s.add_argument("--overschrijf", action="store_true", help="overschrijf een bestaand bestand")

    sub.add_parser("normen", help="toon de normenkaders")

    gm = sub.add_parser("gemeente", help="alle bods in één gemeente samen (een map met werkboeken)")
    gm.add_argument("map", help="map met de bod-werkboeken van de corporaties (en eventueel de woonvisie)")
    gm.add_argument("--woonvisie", help="werkboek met de woonvisie (standaard: gevonden in de map)")
    rg = sub.add_parser("regio", help="alle gemeenten in één regio samen (een map met een submap per gemeente)")
    rg.add_argument("map", help="map met de regionale woonvisie en een submap per gemeente")
    for q in (gm, rg):
        _beoordeel_opties(q, "het gezamenlijke rapport")
        q.set_defaults(horizon=None)
    _monitor_parser(sub)
    _afspraken_parser(sub)
    return p


def _monitor_parser(sub) -> None:
    mo = sub.add_parser("monitor", help="terugblik over de jaren: twee of meer beoordelingen van één corporatie "
                                        "en gemeente")
    mo.add_argument("paden", nargs="+", metavar="PAD",
                    help="een opgeslagen beoordeling (.bodcheck), een bod-werkboek (.xlsx) of een map met die bestanden")
    mo.add_argument("--woonvisie", help="werkboek met de woonvisie, voor bod-werkboeken (.xlsx)")
    mo.add_argument("--perspectief", choices=("gemeente", "huurders"),
                    help="ordening van de vraagpunten (standaard: zoals in de laatste beoordeling)")
    mo.add_argument("--json", help="schrijf JSON naar dit bestand, of - voor de terminal")
    mo.add_argument("--rapport", help="schrijf de terugblik (PDF)")
    mo.add_argument("--excel", help="schrijf de Excel-export (de lange tabel en de overzichten)")
    mo.add_argument("--auteur", help="wie de terugblik opstelde (op het voorblad en in de PDF)")
    mo.add_argument("--peildatum", type=_datum, help="datum van de terugblik (JJJJ-MM-DD; standaard vandaag)")


def _afspraken_parser(sub) -> None:
    a = sub.add_parser("afspraken", help="concept-prestatieafspraken, de toets per afspraak en het sjabloon voor "
                                         "volgend jaar")
    a.add_argument("beoordeling", metavar="BEOORDELING", help="een opgeslagen beoordeling (.bodcheck) met de afspraken")
    a.add_argument("--docx", metavar="BESTAND", help="schrijf het concept van de prestatieafspraken (Word, .docx)")
    a.add_argument("--sjabloon", metavar="BESTAND", help="schrijf het bod-sjabloon voor volgend jaar met de "
                                                         "afspraken (.xlsx)")
    a.add_argument("--woonvisie-werkboek", metavar="BESTAND", help="schrijf het werkboek van de gemeente met haar "
                                                                   "nieuwe toezeggingen (.xlsx)")
    a.add_argument("--json", metavar="BESTAND", help="schrijf JSON naar dit bestand, of - voor de terminal")
    a.add_argument("--auteur", metavar="TEKST", default="", help="wie het concept opstelde")
    a.add_argument("--peildatum", metavar="JJJJ-MM-DD", type=_datum,
                   help="datum van het concept (standaard vandaag)")
    a.add_argument("--overschrijf", action="store_true", help="overschrijf bestaande uitvoerbestanden")


def _beoordeel_opties(q: argparse.ArgumentParser, rapport: str) -> None:
    """The options `beoordeel`, `gemeente` and `regio` share."""
    q.add_argument("--normen", help="normenkader: naam (zie bodcheck normen) of een .toml-bestand")
    q.add_argument("--perspectief", choices=("gemeente", "huurders"),
                   help="ordening van de vraagpunten (standaard gemeente)")
    q.add_argument("--rapport", help=f"schrijf {rapport} (PDF)")
    q.add_argument("--excel", help="schrijf de Excel-export")
    q.add_argument("--json", help="schrijf JSON naar dit bestand, of - voor de terminal")
    q.add_argument("--peildatum", type=_datum, help="datum van de beoordeling (JJJJ-MM-DD; standaard vandaag)")
    q.add_argument("--definitief", action="store_true", help="rapport zonder 'concept'")
    q.add_argument("--wederhoor", action="store_true",
                   help="rapport en Excel zonder uw eigen notities (versie voor wederhoor)")
    q.add_argument("--auteur", help="wie het rapport opstelde ('Opgesteld door' op het voorblad)")
    q.add_argument("--bijlagen", action="store_true",
                   help="rapport met de bijlage van invoergegevens, meldingen en parameters")


def _alleen_gui(argv: list[str]) -> bool:
    """`bodcheck` or `bodcheck gui [BESTAND]` (the start menu, a file association) needs no parser: building
    the whole one costs ≈ 7 ms of the app's start. Anything else, --help too, goes through argparse."""
    return not argv or (argv[0] == "gui" and len(argv) <= 2 and not any(a.startswith("-") for a in argv[1:]))


def main(argv: list[str] | None = None, gui_start: Callable[[str | None], int] | None = None,
         gui_zelftest: Callable[..., list[str]] | None = None) -> int:
    """Run one command. `gui_start` opens the desktop app and `gui_zelftest` is the Qt half of --zelftest; the
    program entry (bodcheck.__main__) passes them in, so the domain never imports Qt (ui → bodcheck, never the
    other way)."""
    argv = sys.argv[1:] if argv is None else argv
    if gui_start is not None and _alleen_gui(argv):
        args = argparse.Namespace(zelftest=False, opdracht="gui", bestand=argv[1] if len(argv) > 1 else None)
    else:
        args = _parser().parse_args(argv)
    try:
        if args.zelftest:
            from bodcheck.zelftest import zelftest

            return zelftest(gui=gui_zelftest)
        opdracht = args.opdracht or "gui"
        if opdracht == "gui":
            if gui_start is None:
                raise InvoerFout(["het programmavenster is in deze omgeving niet beschikbaar"])
            return gui_start(getattr(args, "bestand", None))
        return {"voorbeeld": _voorbeeld, "beoordeel": _beoordeel, "sjabloon": _sjabloon,
                "normen": _normen, "gemeente": _samen, "regio": _samen, "monitor": _monitor,
                "afspraken": _afspraken}[opdracht](args)
    except (InvoerFout, UitvoerFout) as e:
        from bodcheck.veilig import terminal

        for regel in e.regels:
            sys.stderr.write(f"bodcheck: {terminal(regel)}\n")
        return UITGANG_INVOER
    except KeyboardInterrupt:
        sys.stderr.write("bodcheck: afgebroken\n")
        return 130
    except BrokenPipeError:  # the reader closed the pipe (e.g. `| head`): not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return UITGANG_OK
    except Exception as e:  # a bug: Dutch line + log path, never a bare traceback
        from bodcheck import logboek

        log = logboek.schrijf_fout(e, " ".join(argv))
        sys.stderr.write(f"bodcheck: interne fout ({type(e).__name__}); dit is een fout in bodcheck, niet in uw "
                         f"bestand. Details staan in {log}\n")
        return UITGANG_BUG


def _instellingen(args: argparse.Namespace):
    from bodcheck.model import Instellingen

    inst = Instellingen(perspectief=args.perspectief or "gemeente", definitief=args.definitief)
    if args.normen:
        from bodcheck import normenkaders

        try:
            normenkaders.zoek(args.normen)
        except normenkaders.KaderFout as e:
            raise InvoerFout([str(e)]) from None
        inst.normenkader = args.normen
    if args.horizon is not None:
        if not 1 <= args.horizon <= 15:
            raise InvoerFout(["--horizon moet tussen 1 en 15 jaar liggen"])
        inst.horizon_jaren = args.horizon
    return inst


def _beoordeel(args: argparse.Namespace) -> int:
    from bodcheck import pipeline

    peildatum = args.peildatum or dt.date.today()
    _controleer_paden(args, [("bod", args.bod), ("--woonvisie", args.woonvisie), ("--normen", _normen_pad(args))])
    notities, terugblik = None, ()
    if Path(args.bod).suffix.lower() == ".bodcheck":
        resultaat, notities, terugblik = _uit_beoordeling(args, peildatum)
    else:
        resultaat = pipeline.beoordeel(args.bod, args.woonvisie, _instellingen(args), peildatum)
    if resultaat.fouten:
        raise InvoerFout([m.regel_tekst() for m in resultaat.fouten])
    geschreven = uitvoer.schrijf_uitvoer(resultaat, rapport=args.rapport, excel=args.excel, json_pad=args.json,
                                         notities=notities, wederhoor=args.wederhoor, bijlagen=args.bijlagen,
                                         auteur=args.auteur, terugblik=terugblik)
    if not (args.rapport or args.excel or args.json):
        sys.stdout.write(samenvatting(resultaat))
    else:
        _meld_geschreven(geschreven, resultaat.meldingen, args.json == "-")
    return UITGANG_OK


def _normen_pad(args: argparse.Namespace) -> str | None:
    """--normen when it names a file (not a built-in kader)."""
    n = getattr(args, "normen", None)
    return n if n and (n.endswith(".toml") or Path(n).exists()) else None


def _controleer_paden(args: argparse.Namespace, invoer: list[tuple[str, str | None]]) -> None:
    """Before anything is read: every input is a regular file, and no output is an input or another output."""
    from bodcheck import invoerpad

    regels = []
    for _wat, pad in invoer:
        if pad is None:
            continue
        probleem = invoerpad.probleem(pad)
        if probleem:
            regels.append(f"{Path(pad).name}: {probleem}")
    if regels:
        raise InvoerFout(regels)
    uitvoer.controleer([(w, p) for w, p in invoer if p is not None],
                       [(w, p) for w, p in (("--rapport", args.rapport), ("--excel", args.excel),
                                            ("--json", args.json)) if p and p != "-"])


def _meld_geschreven(geschreven: list[Path], meldingen, json_op_terminal: bool) -> None:
    """One line per written file, then the number of warnings with the first five (uitvoer.md, Revisions 2).
    With `--json -` these lines go to stderr, so the JSON on stdout stays clean."""
    from bodcheck.veilig import terminal

    naar = sys.stderr if json_op_terminal else sys.stdout
    for p in geschreven:
        naar.write(f"Geschreven: {terminal(p)}\n")
    waarschuwingen = [m for m in meldingen if m.soort == "waarschuwing"]
    if waarschuwingen:
        naar.write(f"Waarschuwingen: {len(waarschuwingen)}\n")
        for m in waarschuwingen[:5]:
            naar.write(f"  {terminal(m.regel_tekst())}\n")
        if len(waarschuwingen) > 5:
            naar.write(f"  de overige {len(waarschuwingen) - 5} staan in de meldingen van het rapport, de Excel-export "
                       "en de JSON\n")


def _uit_beoordeling(args: argparse.Namespace, peildatum: dt.date):
    """A saved .bodcheck: its own data, choices and notes; options given on the command line win."""
    from bodcheck import beoordeling, pipeline

    if args.woonvisie:
        raise InvoerFout([f"{Path(args.bod).name}: een opgeslagen beoordeling bevat de woonvisie al; "
                          "laat --woonvisie weg"])
    try:
        b = beoordeling.openen(args.bod)
    except beoordeling.BeoordelingFout as e:
        raise InvoerFout([str(e)]) from None
    inst = b.instellingen
    gekozen = _instellingen(args)
    if inst.normenkader and not gekozen.normenkader:  # the saved kader is read now, on the user's command
        from bodcheck import normenkaders

        try:
            normenkaders.zoek(inst.normenkader)
        except normenkaders.KaderFout as e:
            raise InvoerFout([f"{Path(args.bod).name}: {e}"]) from None
    inst.perspectief = args.perspectief or inst.perspectief
    inst.definitief = args.definitief or inst.definitief
    inst.normenkader = gekozen.normenkader or inst.normenkader
    if args.horizon is not None:
        inst.horizon_jaren = gekozen.horizon_jaren
    resultaat = pipeline.beoordeel_invoer(b.invoer, inst, peildatum, b.meldingen)
    return resultaat, b.notities, _terugblik(args, b, peildatum) if args.rapport and b.vorige_jaren else ()


def _terugblik(args: argparse.Namespace, b, peildatum: dt.date) -> tuple:
    """The report's chapter over the years, when earlier years are linked: the linked files are read now, on
    the user's command; a missing or changed file, or a series that cannot be used, is said on stderr."""
    from bodcheck.monitor import koppelingen
    from bodcheck.veilig import terminal

    blokken, regels = koppelingen.terugblik(Path(args.bod).name, b, peildatum, args.wederhoor)
    for regel in regels:
        sys.stderr.write(f"bodcheck: {terminal(regel)}\n")
    return blokken


def samenvatting(r) -> str:
    from bodcheck import afgeleid, opmaak
    from bodcheck.veilig import terminal

    regels = [f"{r.invoer.corporatie} — bod {r.invoer.bodjaar} aan gemeente {r.invoer.gemeente}",
              f"Normenkader: {r.berekend.normenkader.titel}"
              + "".join(f" (naast: {k.titel})" for k in r.berekend.extra_kaders)]
    buiten = sorted({(x.tak, opmaak.RATIO_LABEL[k], x.jaar) for x in r.berekend.ratios
                     for k, b in x.banden.items() if b == "overschreden"})
    krap = sorted({(x.tak, opmaak.RATIO_LABEL[k]) for x in r.berekend.ratios for k, b in x.banden.items() if b == "krap"})
    ontbreekt = afgeleid.niet_te_berekenen(r.berekend.ratios)
    binnen = "binnen de norm voor zover te berekenen" if ontbreekt else "alle binnen de norm"
    regels.append("Kerncijfers: " + ("buiten de norm: " + "; ".join(f"{t} {n} {j}" for t, n, j in buiten) if buiten
                                     else binnen) +
                  (". Krap: " + ", ".join(f"{n} ({t})" for t, n in krap) if krap else "") +
                  (f". Niet te berekenen: {ontbreekt}" if ontbreekt else ""))
    ir = r.berekend.investeringsruimte
    if ir is not None:
        nb = next(s for s in ir.scenarios if s.naam == "nieuwbouw" and s.modus == "eenmalig")
        regels.append(f"Investeringsruimte ({ir.tak}, indicatief, nieuwbouw eenmalig): {opmaak.euro(nb.x_max)}"
                      + (f"; naar rato voor deze gemeente {opmaak.euro(ir.ruimte_gemeente)}" if ir.ruimte_gemeente
                         is not None else "")
                      + (f"; ten hoogste: de ruimte binnen de norm voor {zonder} is niet te berekenen"
                         if (zonder := afgeleid.normen_zonder_ruimte(ir)) else ""))
    telling = {e: sum(1 for v in r.vraagpunten if v.ernst == e) for e in ("hoog", "midden", "laag", "info")}
    regels.append(f"Vraagpunten: {len(r.vraagpunten)} (hoog {telling['hoog']}, midden {telling['midden']}, "
                  f"laag {telling['laag']}, info {telling['info']})")
    for i, v in enumerate(r.vraagpunten[:5], start=1):
        regels.append(f"  {i}. [{v.id}, {v.ernst}] {v.vraag}")
    waarschuwingen = sum(1 for m in r.meldingen if m.soort == "waarschuwing")
    if waarschuwingen:
        regels.append(f"Waarschuwingen bij het inlezen: {waarschuwingen} (zie --json of het rapport)")
    return "\n".join(terminal(r) for r in regels) + "\n"  # a name with a line break cannot forge a line


def _samen(args: argparse.Namespace) -> int:
    """`gemeente MAP` and `regio MAP`: several bods together."""
    from bodcheck import samen

    map_ = Path(args.map)
    if not map_.is_dir():
        raise InvoerFout([f"{map_}: dit is geen map"])
    peildatum = args.peildatum or dt.date.today()
    from bodcheck.samen.lezen import invoerbestanden

    _controleer_paden(args, [*(("map", p) for p in invoerbestanden(map_)), ("--woonvisie", getattr(args, "woonvisie", None)),
                             ("--normen", _normen_pad(args))])
    voortgang = _voortgang if sys.stderr.isatty() else None
    if args.opdracht == "gemeente":
        resultaat = samen.beoordeel_gemeente(map_, args.woonvisie, peildatum, _instellingen(args), voortgang)
    else:
        resultaat = samen.beoordeel_regio(map_, peildatum, _instellingen(args), voortgang)
    if resultaat.fouten:
        raise InvoerFout([m.regel_tekst() for m in resultaat.fouten])
    notities = None
    if (args.rapport or args.excel) and not args.wederhoor:  # the user's notes on this folder, as the app prints them
        from bodcheck.samen import notities as samen_notities

        geladen = samen_notities.laad(map_, args.opdracht)
        if geladen.melding:
            sys.stderr.write(f"bodcheck: {geladen.melding}\n")
        notities = geladen.notities or None
    geschreven = uitvoer.schrijf_samen_uitvoer(resultaat, rapport=args.rapport, excel=args.excel,
                                               json_pad=args.json, definitief=args.definitief, notities=notities,
                                               wederhoor=args.wederhoor, auteur=args.auteur)
    if not (args.rapport or args.excel or args.json):
        sys.stdout.write(samen.samenvatting(resultaat))
    else:
        _meld_geschreven(geschreven, resultaat.meldingen, args.json == "-")
    return UITGANG_OK


def _monitor(args: argparse.Namespace) -> int:
    """`monitor PAD...`: the same corporatie and gemeente over the years (monitor.md)."""
    from bodcheck.monitor import uitvoer
    from bodcheck.monitor.lezen import MonitorFout

    try:
        return uitvoer.voer_uit(args.paden, woonvisie=args.woonvisie, perspectief=args.perspectief,
                                json_pad=args.json, rapport=args.rapport, excel=args.excel, auteur=args.auteur,
                                peildatum=args.peildatum or dt.date.today())
    except MonitorFout as e:
        raise InvoerFout(e.regels) from None


def _voortgang(stap: int, van: int, naam: str) -> None:
    """Progress while a folder is read, on the terminal's stderr (stdout may carry the JSON)."""
    from bodcheck.veilig import terminal

    sys.stderr.write(f"bodcheck: lezen {stap} van {van}: {terminal(naam)}\n")
    sys.stderr.flush()


def _sjabloon(args: argparse.Namespace) -> int:
    from bodcheck import sjabloon
    from bodcheck.veilig import terminal

    uit = Path(args.uit)
    if uit.suffix.lower() != ".xlsx":
        raise InvoerFout([f"{uit.name}: het sjabloon moet de extensie .xlsx hebben"])
    if os.path.lexists(uit) and not args.overschrijf and not uit.is_dir():
        raise InvoerFout([f"{uit}: bestaat al; kies een andere naam of geef --overschrijf om het te vervangen"])
    uitvoer.controleer([], [("sjabloon", uit)])
    bodjaar = args.bodjaar or dt.date.today().year
    if not 1900 <= bodjaar <= 2090:
        raise InvoerFout([f"--bodjaar {bodjaar} ligt niet tussen 1900 en 2090"])
    try:
        sjabloon.schrijf(uit, soort="woonvisie" if args.woonvisie else "bod", bodjaar=bodjaar)
    except OSError as e:
        raise InvoerFout([uitvoer.fout_tekst(uit, e)]) from None
    sys.stdout.write(f"Sjabloon geschreven: {terminal(uit)}\n")
    return UITGANG_OK


def _afspraken(args: argparse.Namespace) -> int:
    """`afspraken BEOORDELING.bodcheck`: the afspraken of a saved assessment, checked, as a concept document,
    next year's template, the gemeente's workbook and JSON (afspraken.md § Outputs)."""
    from bodcheck.afspraken import cli as afspraken_cli

    try:
        geschreven, meldingen, samenvatting = afspraken_cli.voer_uit(args, args.peildatum or dt.date.today())
    except afspraken_cli.Fout as e:
        raise InvoerFout(e.regels) from None
    if samenvatting is not None:
        sys.stdout.write(samenvatting)
    _meld_geschreven(geschreven, meldingen, args.json == "-")
    return UITGANG_OK


def _normen(args: argparse.Namespace) -> int:
    from bodcheck import codes, normenkaders, opmaak

    for k in normenkaders.ingebouwd():
        sys.stdout.write(f"{k.naam}\n  {k.titel} — geldig: {k.geldig}; beleidswaarde {k.bw_versie}\n  bron: {k.bron}\n")
        for tak in codes.TAKKEN:
            n = k.voor(tak)
            sys.stdout.write(f"  {tak:<10} ICR ≥ {opmaak.ratio(n.icr_min)}  LTV ≤ {opmaak.procent(n.ltv_max, 0)}  "
                             f"solvabiliteit ≥ {opmaak.procent(n.solvabiliteit_min, 0)}  "
                             f"dekkingsratio ≤ {opmaak.procent(n.dekkingsratio_max, 0)}\n")
    return UITGANG_OK


def _voorbeeld(args: argparse.Namespace) -> int:
    from bodcheck import voorbeeld

    peildatum = args.peildatum or voorbeeld.PEILDATUM  # the example's own timeline, not today
    try:
        paden = voorbeeld.schrijf_en_beoordeel(Path(args.map), peildatum)
    except OSError as e:
        raise InvoerFout([uitvoer.fout_tekst(e.filename or args.map, e)]) from None
    sys.stdout.write(f"Voorbeeld geschreven in {args.map}:\n"
                     + "".join(f"  {p.relative_to(args.map) if p.is_relative_to(args.map) else p}\n" for p in paden))
    return UITGANG_OK
