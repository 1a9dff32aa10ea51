"""The main window's actions (with their shortcuts) and its menus. Each action calls the window, its files
(ui.bestanden) or its report; the window enables them as the open assessment allows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from ui.schermen import SCHERMEN

if TYPE_CHECKING:
    from ui.hoofdvenster import Hoofdvenster


def _actie(v: Hoofdvenster, tekst: str, slot, sneltoets: str | None = None, tip: str = "") -> QAction:
    a = QAction(tekst, v)
    if sneltoets is not None:
        a.setShortcuts([QKeySequence(sneltoets)])  # setShortcut's overloads would load the Qt namespace
    if tip:
        a.setStatusTip(tip)
    a.triggered.connect(lambda _c=False: slot())
    v.addAction(a)
    return a


def _hulp():
    from ui import hulp  # with the first use of the Help menu (docs/prestaties.md)

    return hulp


def _invullen():
    from ui import invullen  # with the first new assessment filled in, or the first workbook written

    return invullen


def bouw(v: Hoofdvenster) -> None:
    """The actions as attributes `a_…` of the window, then the menu bar."""
    b = v.bestanden

    def a(*args, **kw) -> QAction:
        return _actie(v, *args, **kw)

    v.a_nieuw = a("&Nieuwe beoordeling…", b.nieuw, "Ctrl+N")
    v.a_invullen = a("Nieuwe beoordeling &invullen…", lambda: _invullen().nieuw_invullen(v), None,
                     "Een lege beoordeling: typ of plak de cijfers uit de stukken van de corporatie")
    v.a_openen = a("&Openen…", b.openen_dialoog, "Ctrl+O")
    v.a_voorbeeld = a("&Voorbeeld openen", b.open_voorbeeld)
    v.a_sjabloon = a("Leeg &sjabloon maken…", b.sjabloon_dialoog)
    v.a_map_gemeente = a("Map openen als &gemeente…", lambda: b.kies_map("gemeente"), "Ctrl+G",
                         "Alle bods in één gemeente samen beoordelen")
    v.a_map_regio = a("Map openen als re&gio…", lambda: b.kies_map("regio"), None,
                      "De bods in meer gemeenten naast de regionale afspraken")
    v.a_map_reeks = a("Map openen als &reeks…", b.kies_reeks, None,
                      "Bewaarde beoordelingen van meerdere jaren naast elkaar: over de jaren")
    v.a_vorige_jaren = a("Vorige &jaren koppelen…", b.vorige_jaren_koppelen, None,
                         "Koppel bewaarde beoordelingen van eerdere jaren en bekijk de jaren naast elkaar")
    v.a_nieuw_jaar = a("Nieuw &jaar starten…", b.nieuw_jaar, None,
                       "Begin de beoordeling van het volgende bod met de afspraken van deze beoordeling")
    v.a_voorbeeld_samen = a("Voorbeeld: drie corporaties in Aaberg", b.open_voorbeeld_samen)
    v.a_voorbeeld_regio = a("Voorbeeld: regio Aa-vallei", lambda: b.open_voorbeeld_samen("regio"))
    v.a_opslaan = a("&Bewaren", b.opslaan, "Ctrl+S")
    v.a_opslaan_als = a("Bewaren &als…", b.opslaan_als, "Ctrl+Shift+S")
    v.a_werkboek = a("Bewaren als &werkboek…", lambda: _invullen().bewaar_als_werkboek(v), None,
                     "De cijfers als ingevuld sjabloon, om de corporatie ze te laten controleren")
    v.a_pdf = a("Rapport als &PDF bewaren…", v.exporteer_pdf, "Ctrl+E")
    v.a_excel = a("Rapport als &Excel bewaren…", v.exporteer_excel)
    v.a_print = a("&Afdrukken…", v.afdrukken, "Ctrl+P")
    v.a_sluit = a("Beoordeling &sluiten", v.sluit_beoordeling, "Ctrl+W")
    v.a_ongedaan = a("&Ongedaan maken", v.ongedaan_maken, "Ctrl+Z",
                     "Maak de laatste wijziging van een getal, gegeven of doel ongedaan")
    v.a_opnieuw = a("Opn&ieuw", v.opnieuw_doen, "Ctrl+Y", "Doe de ongedaan gemaakte wijziging opnieuw")
    v.a_afsluiten = a("A&fsluiten", v.close, "Ctrl+Q")
    v.a_hulp = a("&Uitleg", v.hulp, "F1")
    v.a_log = a("&Logboek tonen", lambda: _hulp().toon_logboek(v))
    v.a_over = a("&Over bodcheck", lambda: _hulp().over(v))
    v.a_schermen = [a(naam, lambda i=i: v.toon_scherm(i), f"Ctrl+{i + 1}") for i, naam in enumerate(SCHERMEN)]

    mb = v.menuBar()
    m = mb.addMenu("&Bestand")
    for actie in (v.a_nieuw, v.a_invullen, v.a_openen, v.a_voorbeeld, v.a_sjabloon, None, v.a_map_gemeente,
                  v.a_map_regio, v.a_map_reeks, v.a_vorige_jaren, v.a_nieuw_jaar, v.a_voorbeeld_samen,
                  v.a_voorbeeld_regio, None, v.a_opslaan, v.a_opslaan_als, v.a_werkboek, None, v.a_pdf,
                  v.a_excel, v.a_print, None, v.a_sluit, v.a_afsluiten):
        m.addSeparator() if actie is None else m.addAction(actie)
    v.menu_recent = m.addMenu("&Recent geopend")
    m.insertMenu(v.a_voorbeeld, v.menu_recent)
    for titel, lijst in (("Be&werken", (v.a_ongedaan, v.a_opnieuw)), ("Be&eld", v.a_schermen),
                         ("&Help", (v.a_hulp, v.a_log, v.a_over))):
        sub = mb.addMenu(titel)
        for actie in lijst:
            sub.addAction(actie)
