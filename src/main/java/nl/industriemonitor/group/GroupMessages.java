package nl.industriemonitor.group;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the group pages: Dutch here, English in {@code messages/group_en.properties}. */
@MessageBundle(value = "group", locale = "nl")
public interface GroupMessages {

    // One name, definition and source per group id of data/groups.csv (id with "_" for "-").

    @Message("Energie-intensieve industrie")
    String energy_intensive_name();

    @Message("De energie-intensieve industrie zoals het Duitse statistiekbureau Destatis die afbakent: papier, aardolie-industrie (cokes en geraffineerde aardolieproducten), chemie, bouwmaterialen (overige niet-metaalhoudende minerale producten) en basismetaal. In Duitsland gebruiken deze vijf bedrijfstakken samen ongeveer drie kwart van de energie van de industrie. De farmaceutische industrie (21) hoort er bewust niet bij: samen met de chemie zou zij de daling van de chemie verbergen.")
    String energy_intensive_definition();

    @Message("Destatis (Statistisches Bundesamt), productie in de energie-intensieve bedrijfstakken")
    String energy_intensive_source();

    @Message("Metalektro")
    String metal_name();

    @Message("De metaal- en elektrotechnische industrie, de metalektro zoals het CBS die afbakent: basismetaal, metaalproducten, elektrotechnische industrie, elektrische apparaten, machine-industrie, auto- en aanhangwagenindustrie, overige transportmiddelen en reparatie en installatie van machines. Het CBS publiceert ook samengestelde cijfers voor 26-27 en 29-30; wij tonen de afzonderlijke bedrijfstakken.")
    String metal_definition();

    @Message("CBS, metalektro (SBI 24 tot en met 30 en 33)")
    String metal_source();

    @Message("{name} in {month}")
    String title(String name, String month);

    @Message("Definitie")
    String definition_heading();

    @Message("Bron van de definitie:")
    String source_label();

    @Message("Elk groepscijfer op deze pagina is onze eigen berekening: het CBS publiceert voor deze groep geen cijfer en in tabel 85806NED geen gewichten per bedrijfstak.")
    String own_calculation();

    @Message("Bedrijfstakken van de groep")
    String members_heading();

    @Message("De bedrijfstakken van de groep in {month}, met de totale industrie als referentie. Jaar op jaar is kalendergecorrigeerd; maand op maand en de index zijn seizoengecorrigeerd. Waar de maand geen cijfer heeft, staat het laatste van het jaar ervoor met zijn maand erbij.")
    String members_caption(String month);

    @Message("Index (2021 = 100)")
    String col_index();

    @Message("referentie")
    String reference();

    @Message("Gemiddelde van de groep")
    String mean_heading();

    @Message("Ongewogen gemiddelde van de productie t.o.v. een jaar eerder (kalendergecorrigeerd), {month}")
    String mean_label(String month);

    @Message("Onze eigen berekening: het gewone gemiddelde van de bedrijfstakken, zonder gewichten. Het is geen CBS-cijfer.")
    String mean_note();

    @Message("Voor {month} berekenen we geen gemiddelde: niet elke bedrijfstak van de groep heeft een cijfer t.o.v. een jaar eerder. Een gemiddelde van alleen de gepubliceerde zou van maand tot maand iets anders meten. Geen cijfer voor:")
    String mean_missing(String month);

    @Message("Tegen de rest van de industrie")
    String rest_heading();

    @Message("Het CBS publiceert geen gewichten per bedrijfstak, dus de rest van de industrie (alles behalve deze groep) is niet uit de cijfers af te leiden. Wij vergelijken de groep daarom met de totale industrie (C), waar de groep zelf deel van uitmaakt.")
    String rest_text();

    @Message("Totale industrie, productie t.o.v. een jaar eerder in {month}:")
    String rest_total(String month);

    @Message("Productie sinds {from}")
    String chart_heading(String from);

    @Message("Seizoengecorrigeerde productie-index (2021 = 100) per maand van de bedrijfstakken van de groep met een gepubliceerde index, sinds {from}; de totale industrie is de gestreepte lijn.")
    String chart_alt(String from);

    @Message("{name}: geen jaar-op-jaarcijfer voor {month} of het jaar ervoor. Het laatste in de gegevens is van {last} (release van {release}); latere cijfers van deze bedrijfstak staan niet in de bronnen van het dashboard.")
    String why_missing_last(String name, String month, String last, String release);

    @Message("{name}: geen jaar-op-jaarcijfer voor {month} of het jaar ervoor, en ook geen eerder: de bronnen van het dashboard hebben er geen.")
    String why_missing_none(String name, String month);

    @Message("De cijfers van de grafiek: seizoengecorrigeerde productie-index (2021 = 100) per maand.")
    String chart_caption();

    @Message("Geen seizoengecorrigeerde index gepubliceerd voor:")
    String without_index();

    @Message("Maand")
    String col_month();

    @Message("Andere maand")
    String form_legend();

    @Message("Tonen")
    String form_submit();

    @Message("Andere groepen")
    String other_groups();

    @Message("Groep '{id}' bestaat niet.")
    String unknown_group(String id);

    @Message("Ongewogen gemiddelde t.o.v. een jaar eerder, {month} (eigen berekening)")
    String share_headline_label(String month);

    @Message("{month}: ongewogen gemiddelde van de productie t.o.v. een jaar eerder {mean} (eigen berekening, geen CBS-cijfer). Totale industrie: {total}.")
    String share_description(String month, String mean, String total);

    @Message("{month}: totale industrie {total} t.o.v. een jaar eerder. Geen groepsgemiddelde: niet elke bedrijfstak van de groep heeft een cijfer.")
    String share_description_no_mean(String month, String total);
}
