package nl.industriemonitor.about;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the data-and-method page: Dutch here, English in {@code messages/about_en.properties}. */
@MessageBundle(value = "about", locale = "nl")
public interface AboutMessages {

    @Message("Gegevens en methode")
    String title();

    @Message("Bron en licentie")
    String licence_heading();

    @Message("Alle cijfers komen van het Centraal Bureau voor de Statistiek (CBS): StatLine-tabel 85806NED \"Nijverheid; productie en omzet, ontwikkeling en index, 2021=100\" en, voor het producentenvertrouwen, tabel 81234NED. Het CBS publiceert zijn data als open data onder de licentie Creative Commons Naamsvermelding; vermeld bij hergebruik: Bron: CBS.")
    String licence_text();

    @Message("De meegeleverde gegevens zijn samengesteld uit StatLine, CBS-persberichten, één download via de CBS OData-API en berichten over CBS-publicaties; bij elk cijfer staat de bron waaruit het is overgenomen. Alleen voor de totale industrie (C), de chemische (20) en de farmaceutische industrie (21) is er een volledige maandreeks vanaf januari 2021; andere bedrijfstakken hebben enkele maanden. Ontbrekende cijfers tonen we als ontbrekend; we vullen niets aan.")
    String compilation_text();

    @Message("Publicaties (releases)")
    String releases_heading();

    @Message("Elke publicatie van het CBS is een eigen versie van de cijfers. Latere publicaties herzien eerdere cijfers; alle versies blijven bewaard, zodat elke pagina ook kan tonen wat op een bepaalde dag bekend was (parameter asof).")
    String releases_text();

    @Message("Gepubliceerd")
    String col_published();

    @Message("Tabel")
    String col_table();

    @Message("Cijfers")
    String col_figures();

    @Message("Bron")
    String col_source();

    @Message("Maatstaven")
    String measures_heading();

    @Message("Naam")
    String col_name();

    @Message("Betekenis")
    String col_meaning();

    @Message("{#when measure}{#is INDEX}Productie, index 2021 = 100 (CBS: Productie){#is INDEX_SA}Seizoengecorrigeerde productie, index 2021 = 100{#is YOY_CA}Productie t.o.v. dezelfde maand een jaar eerder, kalendergecorrigeerd, % (CBS: Kalendergecorrigeerde productie){#is MOM_SA}Productie t.o.v. de maand ervoor, seizoengecorrigeerd, %{#is TURNOVER_YOY}Totale omzet t.o.v. een jaar eerder, %{#else}Producentenvertrouwen, saldo{/when}")
    String measure_meaning(nl.industriemonitor.data.Measure measure);

    @Message("Eigen berekeningen: verandering over 3 maanden t.o.v. de 3 maanden ervoor (gemiddelde seizoengecorrigeerde index), index herberekend op een gekozen basismaand, verschil met de totale industrie in procentpunten, en groepsgemiddelden. Het CBS publiceert geen gewichten per bedrijfstak; een groepscijfer is daarom een ongewogen gemiddelde en staat altijd als eigen berekening vermeld.")
    String derived_text();

    @Message("Signalen van achterblijven")
    String rules_heading();

    @Message("Elke regel wordt getoetst in de laatste maand waarin zijn gegevens bestaan. Ontbreekt een gegeven, dan staat er \"geen gegevens\", nooit een schatting.")
    String rules_text();

    @Message("Onder totaal: de productie t.o.v. een jaar eerder ligt 2,0 procentpunt of meer onder die van de totale industrie (zoals gepubliceerd in dezelfde release).")
    String rule_below_total();

    @Message("Dalende trend: het gemiddelde van de seizoengecorrigeerde index over de laatste 3 maanden ligt lager dan over de 3 maanden ervoor.")
    String rule_falling_trend();

    @Message("Onder niveau 2021: het gemiddelde van de seizoengecorrigeerde index over de laatste 3 maanden ligt onder 100.")
    String rule_below_2021();

    @Message("Reeks dalingen: drie of meer maanden op rij een seizoengecorrigeerde daling t.o.v. de maand ervoor.")
    String rule_losing_streak();

    @Message("Energie-intensieve industrie")
    String energy_heading();

    @Message("We volgen de definitie van Destatis voor zijn maandindex van energie-intensieve industrie: papier (SBI 17), aardolie (19), chemie (20), bouwmaterialen (23) en basismetaal (24). Samen gebruiken die in Duitsland ongeveer drie kwart van de industriële energie. De farmaceutische industrie (21) valt erbuiten: samengenomen met de chemie verbergt zij de daling van de chemie.")
    String energy_text();

    @Message("Dekking per bedrijfstak")
    String coverage_heading();

    @Message("Per bedrijfstak en maatstaf: eerste en laatste maand met gegevens, en het aantal maanden.")
    String coverage_caption();

    @Message("{first} – {last} ({count})")
    String span(String first, String last, int count);

    @Message("Bronnen, licentie, definities en dekking van de cijfers: {branches} bedrijfstakken, {releases} publicaties van het CBS, de nieuwste van {newest}.")
    String share_description(int branches, int releases, String newest);
}
