package nl.industriemonitor.cycle;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The cycle view's texts: Dutch here, English in {@code messages/cycle_en.properties}. */
@MessageBundle(value = "cycle", locale = "nl")
public interface CycleMessages {

    @Message("Conjunctuurklok per bedrijfstak, {month}")
    String title(String month);

    @Message("Elke bedrijfstak staat op de plek van zijn productie t.o.v. een jaar eerder (kalendergecorrigeerd, CBS; horizontaal) en de verandering van zijn seizoengecorrigeerde productie-index over de laatste drie maanden t.o.v. de drie maanden ervoor (verticaal; onze eigen berekening uit de CBS-index). Het spoor toont de {trail} maanden ervoor. Nul telt als niet hoger dan een jaar eerder en niet stijgend.")
    String intro(int trail);

    @Message("Productie t.o.v. een jaar eerder (%)")
    String x_title();

    @Message("Laatste 3 maanden t.o.v. 3 maanden ervoor (%)")
    String y_title();

    @Message("Spreidingsdiagram van {count} bedrijfstakken in {month}: productie t.o.v. een jaar eerder tegen de verandering over drie maanden, met spoor van de maanden ervoor. Dezelfde cijfers staan in de tabel eronder.")
    String chart_alt(int count, String month);

    @Message("groei")
    String quadrant_growth();

    @Message("afkoeling")
    String quadrant_slowing();

    @Message("krimp")
    String quadrant_contraction();

    @Message("herstel")
    String quadrant_recovery();

    @Message("Groei: hoger dan een jaar eerder en stijgend. Afkoeling: hoger dan een jaar eerder maar niet meer stijgend. Krimp: lager en niet stijgend. Herstel: lager dan een jaar eerder maar stijgend.")
    String quadrants_note();

    @Message("Bedrijfstakken in {month}")
    String table_caption(String month);

    @Message("Bedrijfstak")
    String col_branch();

    @Message("T.o.v. een jaar eerder")
    String col_yoy();

    @Message("3 mnd t.o.v. 3 mnd ervoor")
    String col_momentum();

    @Message("Kwadrant")
    String col_quadrant();

    @Message("Sinds")
    String col_since();

    @Message("Spoor (maanden ervoor)")
    String col_trail();

    @Message("ten minste {month}")
    String since_open(String month);

    @Message("Te weinig cijfers voor {month}")
    String apart_heading(String month);

    @Message("geen productie t.o.v. een jaar eerder (kalendergecorrigeerd) voor deze maand")
    String lack_yoy();

    @Message("niet alle zes seizoengecorrigeerde indexcijfers die de verandering over drie maanden nodig heeft")
    String lack_index();

    @Message("geen van beide: geen jaar-op-jaarcijfer en niet alle zes seizoengecorrigeerde indexcijfers")
    String lack_both();

    @Message("Maand")
    String form_month();

    @Message("Tonen")
    String form_submit();

    @Message("Bron: CBS (tabel 85806NED); de verandering over drie maanden is onze eigen berekening.")
    String source();

    @Message("{count} bedrijfstakken geplaatst: {growth} groei, {slowing} afkoeling, {contraction} krimp, {recovery} herstel.")
    String description(int count, int growth, int slowing, int contraction, int recovery);

    @Message("Conjunctuurklok")
    String link_overview();

    @Message("Conjunctuurklok: {quadrant} sinds {since}")
    String branch_standing(String quadrant, String since);

    @Message("Conjunctuurklok: {quadrant} sinds ten minste {since}")
    String branch_standing_open(String quadrant, String since);

    @Message("{month}: t.o.v. een jaar eerder {yoy}, over drie maanden {momentum}.")
    String branch_standing_detail(String month, String yoy, String momentum);

    @Message("Conjunctuurklok van alle bedrijfstakken")
    String branch_link();

    @Message("Geen plaats op de conjunctuurklok in {month}: {reason}.")
    String branch_apart(String month, String reason);

    @Message("De conjunctuurklok kan niet ingesloten worden; link naar de pagina zelf of gebruik de afbeelding (.png).")
    String no_embed();
}
