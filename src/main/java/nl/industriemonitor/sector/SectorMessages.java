package nl.industriemonitor.sector;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import nl.industriemonitor.analysis.lagging.Outcome;
import nl.industriemonitor.data.Measure;

/** The branch page's texts: Dutch here, English in {@code messages/sector_en.properties}. */
@MessageBundle(value = "sector", locale = "nl")
public interface SectorMessages {

    @Message("{name} — bedrijfstak")
    String title(String name);

    @Message("{#when measure}{#is INDEX}Productie-index (2021 = 100){#is INDEX_SA}Seizoengecorrigeerde productie-index (2021 = 100)"
            + "{#is YOY_CA}Productie t.o.v. een jaar eerder, kalendergecorrigeerd (%){#is MOM_SA}Productie t.o.v. een maand eerder, seizoengecorrigeerd (%)"
            + "{#is TURNOVER_YOY}Omzet t.o.v. een jaar eerder (%){#else}{measure.code}{/when}")
    String measure(Measure measure);

    @Message("{#when measure}{#is INDEX}Index{#is INDEX_SA}Index (seizoengecorrigeerd){#is YOY_CA}Jaar op jaar{#is MOM_SA}Maand op maand"
            + "{#is TURNOVER_YOY}Omzet jaar op jaar{#else}{measure.code}{/when}")
    String measure_short(Measure measure);

    @Message("{#when measure}{#is INDEX}Index (2021 = 100){#is INDEX_SA}Index (2021 = 100){#is YOY_CA}% t.o.v. een jaar eerder"
            + "{#is MOM_SA}% t.o.v. een maand eerder{#else}%{/when}")
    String axis(Measure measure);

    @Message("{#when outcome}{#is HOLDS}geldt{#is DOES_NOT_HOLD}geldt niet{#is NO_DATA}geen gegevens{#is NOT_APPLICABLE}niet van toepassing{/when}")
    String outcome(Outcome outcome);

    @Message("Laatste cijfers")
    String latest_heading();

    @Message("Productie t.o.v. een jaar eerder (kalendergecorrigeerd), {month}")
    String latest_yoy(String month);

    @Message("Productie t.o.v. een maand eerder (seizoengecorrigeerd), {month}")
    String latest_mom(String month);

    @Message("Productie t.o.v. een jaar eerder (kalendergecorrigeerd)")
    String latest_yoy_none();

    @Message("Productie t.o.v. een maand eerder (seizoengecorrigeerd)")
    String latest_mom_none();

    @Message("Verloop tegen de totale industrie")
    String chart_heading();

    @Message("Verloop")
    String chart_heading_total();

    @Message("{measure} van {branch} en (gestippeld) de totale industrie, per maand van {from} tot en met {to}.")
    String chart_alt(String measure, String branch, String from, String to);

    @Message("{measure} van {branch}, per maand van {from} tot en met {to}.")
    String chart_alt_total(String measure, String branch, String from, String to);

    @Message("Geen cijfers van deze maatstaf voor deze bedrijfstak vanaf {from}; kies een andere maatstaf of een eerdere beginmaand.")
    String chart_none(String from);

    @Message("Tabel met de cijfers van de grafiek")
    String chart_table_summary();

    @Message("Wel cijfers van deze bedrijfstak voor:")
    String chart_alternatives();

    @Message("De cijfers van de grafiek")
    String chart_table_caption();

    @Message("Grafiek aanpassen")
    String form_legend();

    @Message("Maatstaf")
    String form_measure();

    @Message("Vanaf maand")
    String form_from();

    @Message("Toon")
    String form_submit();

    @Message("Maand")
    String col_month();

    @Message("Maatstaf")
    String col_measure();

    @Message("Meer")
    String col_more();

    @Message("Signalen van achterblijven")
    String rules_heading();

    @Message("Elke regel is beoordeeld in de laatste maand waarin deze bedrijfstak de cijfers voor die regel heeft, uiterlijk {month}.")
    String rules_intro(String month);

    @Message("Regel")
    String col_rule();

    @Message("Uitkomst")
    String col_outcome();

    @Message("Beoordeeld in")
    String col_judged();

    @Message("Onderbouwing")
    String col_reason();

    @Message("Ontbreekt:")
    String missing_inputs();

    @Message("Geen cijfers, dus geen signalen.")
    String rules_none();

    @Message("Gegevens per maand")
    String data_heading();

    @Message("Alle maanden met cijfers voor {branch}, nieuwste eerst. Bron: CBS, tabel 85806NED (2021 = 100); van elk cijfer de laatste publicatie.")
    String data_caption_latest(String branch);

    @Message("Alle maanden met cijfers voor {branch}, nieuwste eerst. Bron: CBS, tabel 85806NED (2021 = 100); van elk cijfer de publicatie die gold op {date}.")
    String data_caption_asof(String branch, String date);

    @Message("Status")
    String col_status();

    @Message("Publicaties waaruit deze cijfers komen")
    String sources_heading();

    @Message("Dekking")
    String coverage_heading();

    @Message("Per maatstaf de eerste en laatste maand met een cijfer en het aantal maanden met een cijfer.")
    String coverage_caption();

    @Message("Eerste maand")
    String col_first();

    @Message("Laatste maand")
    String col_last();

    @Message("Maanden met cijfers")
    String col_count();

    @Message("Herzieningen")
    String revisions_heading();

    @Message("Cijfers van deze bedrijfstak die meer dan eens zijn gepubliceerd: de eerste en de laatste publicatie.")
    String revisions_caption();

    @Message("Geen cijfer van deze bedrijfstak is meer dan eens gepubliceerd.")
    String revisions_none();

    @Message("Eerste publicatie")
    String col_first_value();

    @Message("Laatste publicatie")
    String col_latest_value();

    @Message("Verschil (punten)")
    String col_difference();

    @Message("Alle publicaties")
    String revisions_link();

    @Message("De tabel toont de herziene cijfers van de {months} laatste maanden met een herziening. Ook {figures} cijfers van eerdere maanden in deze periode, {first} tot en met {last}, zijn herzien.")
    String revisions_older(int months, int figures, String first, String last);

    @Message("Alle publicaties van {month}")
    String revisions_older_link(String month);
}
