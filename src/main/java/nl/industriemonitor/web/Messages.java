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

    @Message("nader voorlopig")
    String revised_provisional();

    @Message("Bron: {source}")
    String source(String source);

    @Message("geen gegevens")
    String no_data();

    @Message("Bedrijfstakken")
    String branches_heading();

    @Message("Bedrijfstakken in {month}, gesorteerd op productie t.o.v. een jaar eerder (kalendergecorrigeerd); maand op maand is seizoengecorrigeerd. Waar de maand nog geen jaarcijfer heeft, staat het laatste van het jaar ervoor met zijn maand erbij.")
    String branches_caption(String month);

    @Message("Groepen van bedrijfstakken van het CBS")
    String branch_groups_heading();

    @Message("Het CBS publiceert ook cijfers voor samengestelde groepen (zoals 10-12 en 19-22) en voor hoofdgroepen zonder SBI-code. Ze staan hier apart, zodat geen bedrijfstak dubbel meetelt in de rangorde hierboven.")
    String branch_groups_intro();

    @Message("Groepen van bedrijfstakken in {month}, met dezelfde kolommen als de tabel hierboven.")
    String branch_groups_caption(String month);

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

    @Message("Industriemonitor wordt gestart en leest de cijfers in. Probeer het over een paar seconden opnieuw.")
    String error_starting();

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

    @Message("definitief")
    String final_figure();

    @Message("Eerst gepubliceerd: {value}, {release}.")
    String first_published(String value, String release);

    @Message("Alle versies van dit cijfer")
    String all_versions();

    @Message("In het kort")
    String summary_heading();

    @Message("In {month} was de productie van de Nederlandse industrie {pct} hoger dan een jaar eerder.")
    String summary_yoy_up(String month, String pct);

    @Message("In {month} was de productie van de Nederlandse industrie {pct} lager dan een jaar eerder.")
    String summary_yoy_down(String month, String pct);

    @Message("In {month} was de productie van de Nederlandse industrie even groot als een jaar eerder.")
    String summary_yoy_same(String month);

    @Message("Na correctie voor seizoenseffecten was de productie {pct} hoger dan in de maand ervoor.")
    String summary_mom_up(String pct);

    @Message("Na correctie voor seizoenseffecten was de productie {pct} lager dan in de maand ervoor.")
    String summary_mom_down(String pct);

    @Message("Na correctie voor seizoenseffecten was de productie even groot als in de maand ervoor.")
    String summary_mom_same();

    @Message("Van de {count} bedrijfstakken met een cijfer voor deze maand groeide {rise} het sterkst ({risePct}) en kromp {fall} het sterkst ({fallPct}).")
    String summary_extremes(int count, String rise, String risePct, String fall, String fallPct);

    @Message("Voor de bedrijfstakken zijn voor deze maand (nog) geen jaarcijfers gepubliceerd.")
    String summary_no_branches();

    @Message("Energie-intensieve bedrijfstakken met een cijfer voor deze maand: {list}.")
    String summary_energy(String list);

    @Message("Voor de energie-intensieve bedrijfstakken (papier, aardolie, chemie, bouwmaterialen, basismetaal) zijn voor deze maand geen jaarcijfers gepubliceerd.")
    String summary_energy_none();

    @Message("De productie van {month} t.o.v. een jaar eerder is bijgesteld van {before} naar {after}.")
    String summary_revision(String month, String before, String after);

    @Message("De seizoengecorrigeerde productie-index van de industrie stond op {value}, het laagste niveau sinds {since}.")
    String summary_total_lowest(String value, String since);

    @Message("De seizoengecorrigeerde productie-index van de industrie stond op {value}, het hoogste niveau sinds {since}.")
    String summary_total_highest(String value, String since);

    @Message("De seizoengecorrigeerde productie-index van de industrie stond op {value}, het laagste niveau sinds de reeks begon in {start}.")
    String summary_total_record_low(String value, String start);

    @Message("De seizoengecorrigeerde productie-index van de industrie stond op {value}, het hoogste niveau sinds de reeks begon in {start}.")
    String summary_total_record_high(String value, String start);

    @Message("De seizoengecorrigeerde productie-index van de industrie stond op {value}.")
    String summary_total_level(String value);

    @Message("Dat is {pct} ten opzichte van het gemiddelde van 2021.")
    String summary_total_versus(String pct);

    @Message("Totale industrie sinds 2021")
    String chart_total_heading();

    @Message("Seizoengecorrigeerde productie (2021 = 100)")
    String chart_index_sa();

    @Message("T.o.v. een jaar eerder (kalendergecorrigeerd, %)")
    String chart_yoy();

    @Message("Index (2021 = 100)")
    String chart_index_axis();

    @Message("%")
    String chart_pct_axis();

    @Message("Lijn: seizoengecorrigeerde productie van de totale industrie, 2021 = 100. Staven: productie t.o.v. een jaar eerder, kalendergecorrigeerd, in procenten.")
    String chart_total_alt();

    @Message("Producentenvertrouwen")
    String chart_confidence();

    @Message("Saldo")
    String chart_balance_axis();

    @Message("Producentenvertrouwen in de industrie (seizoengecorrigeerd saldo van positieve en negatieve antwoorden); een voorlopende indicator.")
    String chart_confidence_alt();

    @Message("Toon de cijfers als tabel")
    String show_table();

    @Message("Maand")
    String col_month();

    @Message("Jaar op jaar per bedrijfstak, laatste 12 maanden")
    String heatmap_heading();

    @Message("Productie t.o.v. een jaar eerder (%) per bedrijfstak en maand. Paars: groei, oranje: krimp; hoe donkerder, hoe groter. Een lege cel: geen cijfer gepubliceerd.")
    String heatmap_caption();

    @Message("Energie-intensieve industrie")
    String energy_heading();

    @Message("Papier (17), aardolie (19), chemie (20), bouwmaterialen (23) en basismetaal (24): de vijf bedrijfstakken van de index van energie-intensieve industrie van Destatis. De farmaceutische industrie (21) hoort er niet bij.")
    String energy_definition();

    @Message("Meer over de energie-intensieve industrie")
    String energy_link();

    @Message("Producentenvertrouwen (voorlopende indicator)")
    String confidence_heading();

    @Message("Bron: CBS, StatLine-tabel 81234NED, via CBS-persberichten en berichten daarover.")
    String confidence_source();

    @Message("Delen en downloaden")
    String share_heading();

    @Message("Je ziet de cijfers zoals gepubliceerd op {date}; deze link blijft dat tonen.")
    String share_pinned(String date);

    @Message("Naar de nieuwste cijfers")
    String share_to_live();

    @Message("Je ziet de nieuwste cijfers; deze link volgt nieuwe publicaties.")
    String share_live();

    @Message("Link naar deze versie (stand {date})")
    String share_to_pinned(String date);

    @Message("Link naar deze weergave")
    String share_url();

    @Message("Kopieer")
    String share_copy();

    @Message("Gekopieerd")
    String share_copied();

    @Message("Cijfers als CSV")
    String share_csv();

    @Message("Cijfers als JSON")
    String share_json();

    @Message("Afbeelding (PNG)")
    String share_png();

    @Message("Grafiek insluiten op een andere website")
    String share_embed();

    @Message("HTML-code om te kopiëren")
    String share_embed_label();

    @Message("Bron: CBS, {date}")
    String preview_source(String date);

    @Message("Bron: CBS")
    String preview_source_undated();

    @Message("CBS, StatLine-tabellen 85806NED (productie, 2021 = 100) en 81234NED (producentenvertrouwen); samengesteld door Industriemonitor")
    String export_source();

    @Message("CBS open data, licentie Creative Commons Naamsvermelding; vermeld: Bron: CBS")
    String export_licence();

    @Message("Productie t.o.v. een jaar eerder: {yoy} ({date}). T.o.v. de maand ervoor: {mom}.")
    String overview_description(String yoy, String date, String mom);

    @Message("Productie t.o.v. een jaar eerder: {yoy}. T.o.v. de maand ervoor: {mom}.")
    String branch_description(String yoy, String mom);

    // --- hostile traffic (issue 17) ---

    @Message("Het is nu erg druk: dit overzicht of deze afbeelding wordt zo gemaakt. Probeer het over enkele seconden opnieuw.")
    String error_busy();

    @Message("Er zijn nog geen cijfers voor {month}: de laatste maand met cijfers is {last}. Kies een maand tot en met {last}.")
    String month_after_data(String month, String last);

    @Message("{date} ligt in de toekomst: cijfers 'zoals gepubliceerd op' kan alleen voor vandaag of eerder.")
    String date_in_future(String date);

    @Message("Dit adres kan niet gelezen worden: het bevat tekens die hier niet thuishoren.")
    String error_malformed();

    @Message("Deze pagina kan alleen gelezen worden (GET of HEAD), niet veranderd.")
    String error_method();

    // --- Eurostat, the second source (issue 20): downloads and previews of views of its figures ---

    @Message("Bron: Eurostat, {date}")
    String preview_source_eurostat(String date);

    @Message("Bron: Eurostat")
    String preview_source_eurostat_undated();

    @Message("Eurostat, dataset sts_inpr_m (productievolume, seizoen- en kalendergecorrigeerd, 2021 = 100); samengesteld door Industriemonitor")
    String export_source_eurostat();

    @Message("Eurostat, licentie Creative Commons Naamsvermelding 4.0; vermeld: Bron: Eurostat")
    String export_licence_eurostat();
}
