package nl.industriemonitor.releases;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.Measure;

/** Texts of the release pages and their feed: Dutch here, English in {@code messages/releases_en.properties}. */
@MessageBundle(value = "releases", locale = "nl")
public interface ReleasesMessages {

    @Message("Publicaties")
    String nav();

    @Message("Nieuw in deze publicatie ({date})")
    String overview_link(String date);

    @Message("Publicaties van het CBS")
    String index_title();

    @Message("Elke publicatie van het CBS voegt cijfers toe en herziet eerdere. Hier staat per publicatiedatum hoeveel cijfers nieuw waren en hoeveel een andere waarde kregen, met een pagina die elk van die cijfers toont.")
    String index_intro();

    @Message("Publicaties met een bekende datum, nieuwste eerst. Nieuw: cijfers die er nog niet waren. Herzien: cijfers met een andere waarde dan in de vorige publicatie. Ongewijzigd: opnieuw gepubliceerd met dezelfde waarde.")
    String index_caption();

    @Message("Nieuwe en herziene cijfers per publicatie")
    String index_chart_heading();

    @Message("Aantal nieuwe en herziene cijfers per publicatiedatum, oudste eerst.")
    String index_chart_alt();

    @Message("Zonder bekende datum")
    String undated_heading();

    @Message("Van deze publicaties is de datum onbekend; ze hebben daarom geen eigen pagina.")
    String undated_text();

    @Message("{table}: {figures} cijfers; bron: {source}")
    String undated_item(String table, int figures, String source);

    @Message("Nog geen publicaties met een bekende datum.")
    String index_empty();

    @Message("Publicatiedatum")
    String col_date();

    @Message("Tabel")
    String col_table();

    @Message("Nieuw")
    String col_new();

    @Message("Herzien")
    String col_revised();

    @Message("Ongewijzigd")
    String col_unchanged();

    @Message("Bron")
    String col_source();

    @Message("Gepubliceerd")
    String col_published();

    @Message("Ingelezen")
    String col_imported();

    @Message("Cijfers")
    String col_figures();

    @Message("Maatstaf")
    String col_measure();

    @Message("Maatstaven")
    String col_measures();

    @Message("Maanden")
    String col_months();

    @Message("Nieuwe cijfers")
    String col_count();

    @Message("Oud")
    String col_before();

    @Message("Nieuw")
    String col_after();

    @Message("Verschil (punt)")
    String col_difference();

    @Message("Alle versies")
    String col_versions();

    @Message("Publicatie van {date}")
    String title(String date);

    @Message("Wat het CBS op {date} publiceerde: nieuwe cijfers en herzieningen van eerdere.")
    String lead(String date);

    @Message("{revised} {#if revised == 1}cijfer{#else}cijfers{/if} herzien, {added} nieuw en {unchanged} ongewijzigd opnieuw gepubliceerd.")
    String summary(int revised, int added, int unchanged);

    @Message("Grootste herziening: {branch}, {measure}, {month}: van {before} naar {after}.")
    String largest(String branch, String measure, String month, String before, String after);

    @Message("Vorige publicatie: {date}")
    String previous(String date);

    @Message("Volgende publicatie: {date}")
    String next(String date);

    @Message("Alle publicaties")
    String all();

    @Message("Bronnen van deze publicatie")
    String sources_caption();

    @Message("Totale industrie vóór en na deze publicatie")
    String chart_heading();

    @Message("Vóór deze publicatie")
    String chart_before();

    @Message("Na deze publicatie")
    String chart_after();

    @Message("{measure} van de totale industrie per maand, zoals bekend vóór en na de publicatie van {date}.")
    String chart_alt(String measure, String date);

    @Message("Nieuwe cijfers")
    String new_heading();

    @Message("Deze publicatie bevatte geen nieuwe cijfers.")
    String new_none();

    @Message("Nieuw voor {month}")
    String latest_heading(String month);

    @Message("De nieuwe cijfers voor {month}, de nieuwste maand van tabel {table} in deze publicatie.")
    String latest_caption(String month, String table);

    @Message("geen nieuw cijfer")
    String no_new();

    @Message("Nieuwe maanden per bedrijfstak")
    String months_heading();

    @Message("Per bedrijfstak de maanden waarvoor deze publicatie voor het eerst een cijfer gaf; maatstaven met dezelfde maanden staan op één regel.")
    String months_caption();

    @Message("{ranges}, {count} {#if count == 1}maand{#else}maanden{/if}")
    String months_span(String ranges, int count);

    @Message("Herziene cijfers")
    String revised_heading();

    @Message("Elk cijfer dat een andere waarde kreeg dan in de vorige publicatie, de grootste herziening eerst. Het verschil, nieuw min oud in procentpunt (veranderingen) of indexpunt (indexcijfers), is onze eigen berekening.")
    String revised_caption();

    @Message("Deze publicatie herzag geen eerdere cijfers.")
    String revised_none();

    @Message("Hier staan de {shown} grootste van {total} herzieningen; de download bevat ze alle.")
    String revised_capped(int shown, int total);

    @Message("versies")
    String versions();

    @Message("Alle versies van {measure} van {branch} in {month}")
    String versions_label(String measure, String branch, String month);

    @Message("{#when measure}{#is INDEX}index (2021 = 100){#is INDEX_SA}index, seizoengecorrigeerd{#is YOY_CA}t.o.v. een jaar eerder (%){#is MOM_SA}t.o.v. een maand eerder (%){#is TURNOVER_YOY}omzet t.o.v. een jaar eerder (%){#else}producentenvertrouwen (saldo){/when}")
    String measure(Measure measure);

    @Message("{#when measure}{#is INDEX}productie-index{#is INDEX_SA}seizoengecorrigeerde productie-index{#is YOY_CA}productie t.o.v. een jaar eerder{#is MOM_SA}productie t.o.v. een maand eerder{#is TURNOVER_YOY}omzet t.o.v. een jaar eerder{#else}producentenvertrouwen{/when}")
    String measure_long(Measure measure);

    @Message("{#when dataset}{#is PRODUCTION}85806NED (productie){#else}81234NED (producentenvertrouwen){/when}")
    String dataset(Dataset dataset);

    @Message("Op {date} is geen publicatie van het CBS bekend.")
    String unknown(String date);

    @Message("Publicatie van {date}")
    String link_release(String date);

    @Message("CBS-publicatie van {date}: wat is er veranderd")
    String share_title(String date);

    @Message("herziene cijfers; {added} nieuw")
    String preview_label(int added);

    @Message("{count} publicaties van het CBS met per publicatie de nieuwe en herziene cijfers; de nieuwste van {date}.")
    String index_description(int count, String date);

    @Message("Industriemonitor: publicaties van het CBS")
    String feed_title();

    @Message("Wat elke publicatie van het CBS over de Nederlandse industrie toevoegde en herzag.")
    String feed_subtitle();

    @Message("Nieuwe publicaties als Atom-feed")
    String feed_link();

    @Message("CBS {tables}, publicatie van {date}: {revised} herzien, {added} nieuw")
    String feed_entry_title(String tables, String date, int revised, int added);
}
