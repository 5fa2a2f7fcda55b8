package nl.industriemonitor.europe;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of Eurostat's figures beside CBS's: Dutch here, English in {@code messages/europe_en.properties}. */
@MessageBundle(value = "europe", locale = "nl")
public interface EuropeMessages {

    @Message("Europa vergelijken")
    String title();

    @Message("{branch}: Nederland en andere landen")
    String share_title(String branch);

    @Message("Productievolume (seizoen- en kalendergecorrigeerd, 2021 = 100) van {countries}, {from} tot en met {to}. Bron: Eurostat.")
    String share_description(String countries, String from, String to);

    @Message("Nederland, Duitsland en de EU")
    String section_heading();

    @Message("Productievolume volgens Eurostat (seizoen- en kalendergecorrigeerd, 2021 = 100). Dit is een tweede bron naast het CBS: de cijfers staan apart en worden niet met die van het CBS gemengd. De Nederlandse cijfers bij Eurostat zijn die van het CBS, soms van een eerdere publicatie.")
    String section_intro();

    @Message("Lijngrafiek van het productievolume van {branch} (Eurostat, 2021 = 100): {countries}, {from} tot en met {to}. Dezelfde cijfers staan in de tabel eronder.")
    String chart_alt(String branch, String countries, String from, String to);

    @Message("Index (2021 = 100)")
    String y_index();

    @Message("Productievolume per maand en land (Eurostat, 2021 = 100), {from} tot en met {to}")
    String table_caption(String from, String to);

    @Message("Cijfers per maand")
    String table_summary();

    @Message("Maand")
    String col_month();

    @Message("v")
    String provisional_mark();

    @Message("v = voorlopig volgens Eurostat.")
    String provisional_note();

    @Message("Herkomst van de cijfers")
    String sources_heading();

    @Message("Bron: Eurostat, dataset sts_inpr_m")
    String source_eurostat();

    @Message("Andere landen")
    String form_heading();

    @Message("Landen (hoogstens {max})")
    String form_geos(int max);

    @Message("Van (maand)")
    String form_from();

    @Message("Tot en met (maand)")
    String form_to();

    @Message("Vergelijken")
    String form_submit();

    @Message("Open de vergelijking van landen")
    String link_view();

    @Message("Bedrijfstak")
    String form_nace();

    @Message("{branch}: de cijfers van het CBS")
    String link_branch(String branch);

    @Message("EU (27 landen)")
    String geo_eu27();

    @Message("Eurozone (19 landen)")
    String geo_ea19();

    @Message("Eurozone (20 landen)")
    String geo_ea20();

    @Message("Eurozone (21 landen)")
    String geo_ea21();

    @Message("Eurostat heeft geen cijfers van deze bedrijfstak in deze periode.")
    String no_figures();

    @Message("Onbekende bedrijfstak '{nace}'. Eurostat-cijfers zijn er voor: {known}.")
    String unknown_nace(String nace, String known);

    @Message("Eurostat heeft geen cijfers van '{geo}' voor deze bedrijfstak. Wel voor: {known}.")
    String unknown_geo(String geo, String known);

    @Message("Kies minstens één land, bijvoorbeeld geo=NL,DE,EU27_2020.")
    String no_geos();

    @Message("Kies hoogstens {max} landen; dit zijn er {count}.")
    String too_many_geos(int max, int count);

    @Message("De beginmaand {from} ligt na de eindmaand {to}; kies een begin dat niet later is dan het eind.")
    String from_after_to(String from, String to);

    @Message("Eurostat heeft geen cijfers na {last}; {month} kan nog niet getoond worden.")
    String after_data(String month, String last);

    @Message("Standaardvergelijking: chemie in Nederland, Duitsland en de EU")
    String link_default();

    // --- the group page: Germany beside the Netherlands ---

    @Message("Duitsland ernaast (Eurostat)")
    String group_heading();

    @Message("Productievolume volgens Eurostat (seizoen- en kalendergecorrigeerd, 2021 = 100), {month} en een jaar eerder. Alleen bedrijfstakken waarvan Eurostat cijfers van beide landen heeft; niets hiervan wordt met de CBS-cijfers hierboven gemengd.")
    String group_intro(String month);

    @Message("Nederland en Duitsland per bedrijfstak (Eurostat, 2021 = 100)")
    String group_caption();

    @Message("Nederland {month}")
    String col_nl(String month);

    @Message("Duitsland {month}")
    String col_de(String month);

    @Message("Eurostat heeft geen cijfers van: {branches}. Voor die bedrijfstakken staat Duitsland hier dus niet naast Nederland.")
    String group_none(String branches);

    @Message("Eurostat heeft voor deze groep geen cijfers van Nederland en Duitsland tot en met {month}.")
    String group_nothing(String month);

    @Message("alle landen")
    String group_link();
}
