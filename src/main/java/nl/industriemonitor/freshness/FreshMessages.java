package nl.industriemonitor.freshness;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** How current the figures are, on every page: Dutch here, English in {@code messages/fresh_en.properties}. */
@MessageBundle(value = "fresh", locale = "nl")
public interface FreshMessages {

    @Message("Cijfers uit de CBS-publicatie van {date}, tot en met {month}.")
    String current(String date, String month);

    @Message("Volgende publicatie verwacht rond {date}")
    String next(String date);

    @Message("(een schatting uit de vorige {count} publicatiedata: meestal op de {day}e, {lag} maanden na de maand waarover ze gaan; valt die dag in een weekend, dan de vrijdag ervoor).")
    String how_earlier(int count, int day, int lag);

    @Message("(een schatting uit de vorige {count} publicatiedata: meestal op de {day}e, {lag} maanden na de maand waarover ze gaan; valt die dag in een weekend, dan de maandag erna).")
    String how_later(int count, int day, int lag);

    @Message("Waarschijnlijk niet de nieuwste cijfers")
    String stale_title();

    @Message("Deze cijfers komen uit de publicatie van {date}, tot en met {month}. De publicatie daarna werd rond {since} verwacht; sindsdien {#if missing == 1}ontbreekt er waarschijnlijk één publicatie{#else}ontbreken er waarschijnlijk ongeveer {missing} publicaties{/if} van het CBS die deze site niet heeft.")
    String stale_text(String date, String month, String since, int missing);

    @Message("Laatste poging om de tabel bij het CBS op te halen: {time}. Die mislukte: {why}.")
    String attempt_failed(String time, String why);

    @Message("Laatste vraag aan het CBS: {time}. Het CBS had toen geen nieuwere cijfers.")
    String attempt_nothing_new(String time);

    @Message("Deze site heeft het CBS sinds zijn start nog niet om nieuwe cijfers gevraagd.")
    String no_attempt();

    @Message("het CBS was niet bereikbaar ({reason})")
    String why_unreachable(String reason);

    @Message("de cijfers van het CBS werden geweigerd ({reason})")
    String why_refused(String reason);

    @Message("Deze pagina toont een gekozen eerdere stand: de cijfers zoals ze op {date} gepubliceerd waren. Latere publicaties en herzieningen staan er niet in.")
    String pinned(String date);

    @Message("Naar de actuele cijfers")
    String to_live();

    @Message("Actualiteit van de cijfers")
    String admin_heading();
}
