package nl.industriemonitor.releases;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What changed in the lagging picture with a publication (release page, overview): Dutch here, English in
 * {@code messages/switches_en.properties}.
 */
@MessageBundle(value = "switches", locale = "nl")
public interface SwitchMessages {

    @Message("Wat veranderde in het achterblijven")
    String heading();

    @Message("Branches die met deze publicatie onder een regel begonnen of ophielden met achterblijven, met de cijfers ervoor en erna. Elke regel geldt op de laatste maand met gegevens, zoals op het overzicht.")
    String intro();

    @Message("Met de publicatie van {date} begonnen of stopten deze branches met achterblijven onder een van de regels.")
    String overview_intro(String date);

    @Message("Begonnen of gestopt met achterblijven met de publicatie van {date}")
    String caption(String date);

    @Message("Met deze publicatie begon of stopte geen branche met achterblijven onder een van de regels.")
    String none();

    @Message("Regel")
    String col_rule();

    @Message("Branche")
    String col_branch();

    @Message("Verandering")
    String col_change();

    @Message("Ervoor")
    String col_before();

    @Message("Erna")
    String col_after();

    @Message("begon")
    String started();

    @Message("stopte")
    String stopped();

    @Message("{value} tegen {reference} voor de hele industrie (grens {limit})")
    String below_total(String value, String reference, String limit);

    @Message("laatste 3 maanden tegen de 3 ervoor: {change}")
    String falling_trend(String change);

    @Message("gemiddelde index van de laatste 3 maanden: {average}")
    String below_2021(String average);

    @Message("{streak} maanden op rij lager dan de maand ervoor (regel: {required})")
    String losing_streak(int streak, int required);
}
