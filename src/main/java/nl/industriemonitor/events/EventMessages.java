package nl.industriemonitor.events;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the events on the charts: Dutch here, English in {@code messages/events_en.properties}. */
@MessageBundle(value = "events", locale = "nl")
public interface EventMessages {

    @Message("Gebeurtenissen op de grafiek")
    String heading();

    @Message("Gebeurtenissen die de cijfers helpen verklaren, als band (een periode) of lijn (een maand) op de grafiek.")
    String intro();

    @Message("Periode")
    String col_when();

    @Message("Gebeurtenis")
    String col_what();

    @Message("Wat er gebeurde")
    String col_note();

    @Message("Bron")
    String col_source();

    @Message("Verberg de gebeurtenissen")
    String hide();

    @Message("De gebeurtenissen (crises, lockdown) zijn verborgen.")
    String hidden();

    @Message("Toon ze op de grafiek")
    String show();

    @Message("Geen van de gebeurtenissen valt in deze periode.")
    String none();

    @Message("'{value}' is geen keuze voor events: gebruik events=0 om de gebeurtenissen te verbergen of events=1 om ze te tonen.")
    String bad_param(String value);
}
