package nl.industriemonitor.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every visible text: Dutch here, English in {@code messages/msg_en.properties}. */
@MessageBundle(value = "msg", locale = "nl")
public interface Messages {

    @Message("Industriemonitor")
    String site_name();

    @Message("Productie van de Nederlandse industrie, per bedrijfstak, uit de cijfers van het CBS")
    String site_tagline();

    @Message("English")
    String lang_other();

    @Message("Naar de inhoud")
    String skip_link();

    @Message("Industrie in {month}")
    String overview_title(String month);

    @Message("Stand van de cijfers zoals gepubliceerd op {date}")
    String asof_note(String date);

    @Message("Totale industrie")
    String headline_heading();

    @Message("Productie t.o.v. een jaar eerder (kalendergecorrigeerd)")
    String headline_yoy();

    @Message("Productie t.o.v. een maand eerder (seizoengecorrigeerd)")
    String headline_mom();

    @Message("gepubliceerd op {date}")
    String published_on(String date);

    @Message("gepubliceerd rond {date} (datum bij benadering)")
    String published_about(String date);

    @Message("publicatiedatum onbekend")
    String published_unknown();

    @Message("voorlopig")
    String provisional();

    @Message("Bron: {source}")
    String source(String source);

    @Message("geen gegevens")
    String no_data();

    @Message("Bedrijfstakken")
    String branches_heading();

    @Message("Bedrijfstakken in {month}, gesorteerd op productie t.o.v. een jaar eerder (kalendergecorrigeerd); maand op maand is seizoengecorrigeerd. Waar de maand nog geen jaarcijfer heeft, staat het laatste eerdere met zijn maand erbij.")
    String branches_caption(String month);

    @Message("Bedrijfstak")
    String col_branch();

    @Message("Jaar op jaar")
    String col_yoy();

    @Message("Maand op maand")
    String col_mom();

    @Message("Verschil met totaal (procentpunt)")
    String col_gap();

    @Message("Signalen van achterblijven")
    String col_flags();

    @Message("energie-intensief")
    String energy_intensive();

    @Message("Bron: CBS, StatLine-tabel 85806NED (2021 = 100); open data onder de licentie Creative Commons Naamsvermelding.")
    String attribution();

    @Message("Er ging iets mis")
    String error_title();

    @Message("Deze pagina bestaat niet.")
    String error_not_found();

    @Message("Er ging aan onze kant iets mis. Probeer het later opnieuw.")
    String error_internal();

    @Message("Wat wel bestaat:")
    String error_links();

    @Message("Overzicht van de laatste maand")
    String link_overview();

    @Message("'{value}' is geen maand; gebruik de vorm JJJJ-MM, bijvoorbeeld 2025-11.")
    String bad_month(String value);

    @Message("'{value}' is geen datum; gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2026-01-09.")
    String bad_date(String value);

    @Message("Voor {month} zijn geen cijfers van de totale industrie.")
    String month_without_data(String month);

    @Message("Op {date} was nog niets gepubliceerd.")
    String nothing_published(String date);

    @Message("Laatste maand met cijfers: {month}")
    String link_latest_month(String month);

    @Message("Taal")
    String lang_nav();

    @Message("Onder totaal")
    String rule_below_total();

    @Message("Dalende trend")
    String rule_falling_trend();

    @Message("Onder niveau 2021")
    String rule_below_2021();

    @Message("Reeks dalingen")
    String rule_losing_streak();

    @Message("{value} t.o.v. een jaar eerder tegen {reference} voor de totale industrie: {threshold} procentpunt of meer achter")
    String reason_below_total(String value, String reference, String threshold);

    @Message("laatste 3 maanden t.o.v. de 3 maanden ervoor: {change} (seizoengecorrigeerd)")
    String reason_falling_trend(String change);

    @Message("gemiddelde seizoengecorrigeerde index laatste 3 maanden: {average} (2021 = 100)")
    String reason_below_2021(String average);

    @Message("{streak} maanden op rij lager dan de maand ervoor (seizoengecorrigeerd)")
    String reason_losing_streak(int streak);

    @Message("Geen gegevens voor")
    String no_data_for();

    @Message("Hoofdmenu")
    String nav_label();

    @Message("Overzicht")
    String nav_overview();

    @Message("Vergelijken")
    String nav_compare();

    @Message("Energie-intensieve industrie")
    String nav_energy();

    @Message("Gegevens en methode")
    String nav_data();

    @Message("Bedrijfstak '{code}' bestaat niet in de gegevens.")
    String unknown_branch(String code);

    @Message("'{value}' is geen bekende maatstaf; kies uit: {allowed}.")
    String unknown_measure(String value, String allowed);

    @Message("Alle bedrijfstakken en hun gegevens")
    String link_data();
}
