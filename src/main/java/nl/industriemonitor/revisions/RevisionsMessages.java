package nl.industriemonitor.revisions;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the revisions page: Dutch here, English in {@code messages/revisions_en.properties}. */
@MessageBundle(value = "revisions", locale = "nl")
public interface RevisionsMessages {

    @Message("Herzieningen: {measure}, {branch}, {month}")
    String title(String measure, String branch, String month);

    @Message("Herzieningen van één cijfer")
    String heading();

    @Message("{measure} van {branch} in {month}")
    String subject(String measure, String branch, String month);

    @Message("Het CBS herziet zijn cijfers: een latere publicatie kan de waarde van een eerdere maand aanpassen, bijvoorbeeld als er meer bedrijven hebben gerapporteerd. Hier staat elke waarde die voor dit cijfer is gepubliceerd.")
    String intro();

    @Message("productie-index (2021 = 100)")
    String measure_index();

    @Message("seizoengecorrigeerde productie-index (2021 = 100)")
    String measure_index_sa();

    @Message("productie t.o.v. een jaar eerder (kalendergecorrigeerd)")
    String measure_yoy_ca();

    @Message("productie t.o.v. een maand eerder (seizoengecorrigeerd)")
    String measure_mom_sa();

    @Message("omzet t.o.v. een jaar eerder")
    String measure_turnover_yoy();

    @Message("Eerste en laatste publicatie")
    String summary_heading();

    @Message("Eerst gepubliceerd als {value}")
    String summary_first(String value);

    @Message("laatst als {value}")
    String summary_latest(String value);

    @Message("herzien met {change} procentpunt")
    String revised_points(String change);

    @Message("herzien met {change} indexpunt")
    String revised_index(String change);

    @Message("Dit cijfer is niet herzien: het is één keer gepubliceerd, als {value}")
    String not_revised(String value);

    @Message("op {date}")
    String on(String date);

    @Message("rond {date} (datum bij benadering)")
    String around(String date);

    @Message("op een onbekende datum")
    String unknown_date();

    @Message("Alle publicaties")
    String table_heading();

    @Message("Elke gepubliceerde waarde, oudste publicatie eerst. Het verschil met de vorige publicatie is onze eigen berekening.")
    String table_caption();

    @Message("Publicatie")
    String col_release();

    @Message("Waarde")
    String col_value();

    @Message("Verschil met vorige publicatie (procentpunt)")
    String col_change_points();

    @Message("Verschil met vorige publicatie (indexpunt)")
    String col_change_index();

    @Message("Status")
    String col_status();

    @Message("Bron")
    String col_source();

    @Message("Waarde per publicatie")
    String chart_heading();

    @Message("Elke gepubliceerde waarde van {measure} van {branch} voor {month}, per publicatiedatum.")
    String chart_alt(String measure, String branch, String month);

    @Message("Ander cijfer")
    String form_legend();

    @Message("Bedrijfstak")
    String label_sector();

    @Message("Maand")
    String label_month();

    @Message("Maatstaf")
    String label_measure();

    @Message("Tonen")
    String form_submit();

    @Message("Voor {month} is er geen {measure} van {branch}.")
    String no_figure(String measure, String branch, String month);

    @Message("Van {branch} is geen {measure} gepubliceerd.")
    String no_measure(String measure, String branch);

    @Message("Pagina van {branch}")
    String link_branch(String branch);

    @Message("Laatste maand met dit cijfer: {month}")
    String link_latest(String month);

    @Message("Herzieningen: {branch}, {month} — {measure}")
    String share_title(String branch, String month, String measure);

    @Message("Laatst gepubliceerde waarde voor {month}")
    String share_headline_label(String month);

    @Message("{subject}: laatst gepubliceerd als {latest}, eerst als {first} ({count} publicaties).")
    String share_description(String subject, String latest, String first, int count);

    @Message("{subject}: {latest}, één keer gepubliceerd en niet herzien.")
    String share_description_once(String subject, String latest);
}
