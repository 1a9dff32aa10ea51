"""Short help (F1): what each ratio means, the begrippen, how to read the report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bodcheck import __version__, logboek

KERNCIJFERS = """
<h2>Kerncijfers</h2>
<p>bodcheck rekent de kerncijfers van de corporatie opnieuw uit met de cijfers uit haar prognose, en legt ze
naast de normen van de Autoriteit woningcorporaties (Aw) en het Waarborgfonds Sociale Woningbouw (WSW).</p>
<dl>
<dt><b>ICR</b> (rentedekking)</dt>
<dd>Kan de corporatie haar rente betalen uit de huur? (operationele kasstroom + netto rente) / netto rente.
Hoger is beter; de norm is minimaal 1,4 (niet-DAEB 1,8).</dd>
<dt><b>LTV</b> (schuld tegenover waarde)</dt>
<dd>Schuld / beleidswaarde van het bezit. Lager is beter; de norm is maximaal 70% (vanaf dPi 2024).</dd>
<dt><b>Solvabiliteit</b></dt>
<dd>Eigen vermogen / balanstotaal, op beleidswaarde. Hoger is beter; de norm is minimaal 30%.</dd>
<dt><b>Dekkingsratio</b></dt>
<dd>Schuld / marktwaarde in verhuurde staat. Lager is beter; de norm is maximaal 70%.</dd>
<dt><b>Onderpandratio</b></dt>
<dd>WSW-geborgde schuld / WOZ-waarde van het onderpand. Ter informatie.</dd>
</dl>
<p>Elk cijfer krijgt een woord, een teken en een kleur: <b>✓ ruim</b> (ruim binnen de norm),
<b>! krap</b> (binnen de norm, maar binnen 10% ervan) en <b>✗ buiten norm</b>.</p>
<h3>Investeringsruimte</h3>
<p>Hoeveel de corporatie extra kan lenen tot aan de normen. Dit is <b>leencapaciteit, geen geld op de
plank</b>. De bedragen voor nieuwbouw en verbetering zijn alternatieven en tellen niet op, en de ruimte geldt
voor alle gemeenten van de corporatie samen. Het deel voor uw gemeente is een indicatieve verdeling naar rato
van het aantal woningen. De uitkomst hangt af van de rente en de stichtingskosten; die kunt u aanpassen.</p>
"""

BEGRIPPEN = """
<h2>Begrippen</h2>
<dl>
<dt><b>Bod</b></dt><dd>Wat de corporatie de gemeente voor de komende jaren aanbiedt (Woningwet art. 44), vóór 1 juli.</dd>
<dt><b>Woonvisie</b></dt><dd>De doelen van de gemeente voor het wonen (ook: volkshuisvestingsprogramma).</dd>
<dt><b>Prestatieafspraken</b></dt><dd>Wat gemeente, corporatie en huurdersorganisatie samen afspreken, jaarlijks vóór 15 december.</dd>
<dt><b>Vraagpunt</b></dt><dd>Een vraag voor het overleg, met de getallen, de reden en de cellen waarop hij rust.</dd>
<dt><b>Melding</b></dt><dd>Iets over de gegevens zelf: een fout (onbruikbaar), een waarschuwing of informatie.</dd>
<dt><b>Bron</b></dt><dd>De cel waar een getal vandaan komt, zoals <code>Bod!D7</code>; na een wijziging in bodcheck
<code>handmatig (was Bod!D7)</code>.</dd>
<dt><b>Perspectief</b></dt><dd>Voor wie de beoordeling is geordend: gemeente of huurders. Er wordt nooit iets verborgen.</dd>
<dt><b>Tak</b></dt><dd>TI (de corporatie als geheel), DAEB (sociale huur) of niet-DAEB.</dd>
<dt><b>Beleidswaarde</b></dt><dd>De waarde van het bezit bij het beleid van de corporatie (versie 2.0 vanaf dPi 2024).</dd>
<dt><b>Normenkader</b></dt><dd>De normen van Aw en WSW die gelden voor de editie van de prognose (dPi). Kiest
u de eigen normen van de corporatie (een .toml-bestand), dan staat het officiële kader ernaast, op de regels
‘naast’.</dd>
<dt><b>Doel</b></dt><dd>Een streefgetal uit de woonvisie, maal het aandeel van deze corporatie.</dd>
<dt><b>sluit aan · deels · wijkt af · niet in bod · geen doel</b></dt>
<dd>Hoe het bod zich verhoudt tot het doel: haalt het (✓), haalt minstens 80% (◐), blijft verder achter (✗),
noemt geen getal (○), of er is geen doel (·). Woorden die niet oordelen: het gaat om het gesprek.</dd>
<dt><b>Meer bods samen</b></dt><dd>Alle bods voor één gemeente in één map (Bestand › Map openen als gemeente):
per doel de som van de bods naast het hele doel, het aandeel van elke corporatie, de doelen die niemand oppakt
(hiaten) en de vragen die pas zichtbaar worden als de bods naast elkaar liggen. Een regiomap heeft de regionale
woonvisie bovenin en een map per gemeente. Een dubbelklik op een corporatie opent haar eigen beoordeling.</dd>
<dt><b>Versie voor wederhoor</b></dt><dd>Het rapport zonder uw eigen aantekeningen, om vooraf naar corporatie en
huurdersorganisatie te sturen.</dd>
</dl>
"""

RAPPORT = """
<h2>Het rapport lezen</h2>
<ol>
<li><b>Kern voor het bestuur</b> (één pagina): wat het bod de gemeente biedt naast de woonvisie, of het
financieel haalbaar lijkt, de belangrijkste vraagpunten en wat de gemeente zelf levert.</li>
<li><b>Realisatie vorig jaar</b>: het overleg begint met terugkijken.</li>
<li><b>Bod versus woonvisie</b> per thema, met de vraagpunten van dat thema eronder.</li>
<li><b>Financiële ruimte</b>: de kerncijfers tegen de normen en de indicatieve investeringsruimte.</li>
<li><b>Vraagpunten voor het overleg</b>: genummerd, met ruimte voor het antwoord en de afspraak
(wat · wie · wanneer).</li>
<li><b>Bijlagen</b>: alle gebruikte getallen met hun cel, de meldingen bij het inlezen, de normen en
parameters met hun bron.</li>
</ol>
<p>Elk getal in het rapport is terug te vinden in het werkboek via de cel in de bijlage. bodcheck geeft
signalen, geen oordeel over de redelijkheid van het bod in de zin van art. 44 Woningwet.</p>
<h3>Sneltoetsen</h3>
<p>Ctrl+N nieuwe beoordeling · Ctrl+O openen · Ctrl+S bewaren · Ctrl+Shift+S bewaren als ·
Ctrl+P afdrukken · Ctrl+E PDF bewaren · Ctrl+G map openen als gemeente · Ctrl+1 … Ctrl+9 schermen ·
Ctrl+Z een gewijzigd getal, gegeven of doel ongedaan maken · Ctrl+Y opnieuw · F1 deze uitleg.</p>
"""


class HulpDialoog(QDialog):
    def __init__(self, parent: QWidget | None = None, tab: int = 0) -> None:
        super().__init__(parent)
        self.setWindowTitle("bodcheck – uitleg")
        self.resize(720, 620)
        laag = QVBoxLayout(self)
        self.tabs = QTabWidget()
        for titel, html in (("Kerncijfers", KERNCIJFERS), ("Begrippen", BEGRIPPEN), ("Het rapport", RAPPORT)):
            t = QTextBrowser()
            t.setHtml(html)
            t.setOpenExternalLinks(False)
            self.tabs.addTab(t, titel)
        self.tabs.setCurrentIndex(tab)
        laag.addWidget(self.tabs)
        knoppen = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        knoppen.button(QDialogButtonBox.StandardButton.Close).setText("Sluiten")
        knoppen.rejected.connect(self.reject)
        laag.addWidget(knoppen)


def toon_logboek(parent: QWidget) -> None:
    """Where the log file is (technical details of errors), and that nothing is ever sent."""
    box = QMessageBox(QMessageBox.Icon.Information, "Logboek", "Technische details van fouten worden lokaal "
                      f"bewaard in:\n{logboek.pad()}\n\nEr wordt nooit iets verstuurd.", QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def over(parent: QWidget) -> None:
    QMessageBox.about(
        parent, "Over bodcheck",
        f"<b>bodcheck {__version__}</b><br>Beoordeel het bod van een woningcorporatie en bereid "
        "het overleg over prestatieafspraken voor.<br><br>bodcheck geeft signalen, geen oordeel "
        "over de redelijkheid van het bod in de zin van art. 44 Woningwet.<br>Licentie: EUPL-1.2.")
