package nl.industriemonitor.follow;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the feeds that follow a branch or group: Dutch here, English in {@code messages/follow_en.properties}. */
@MessageBundle(value = "follow", locale = "nl")
public interface FollowMessages {

    @Message("Industriemonitor: {name}")
    String feed_title(String name);

    @Message("Elke publicatie van het CBS die cijfers van {name} toevoegde of herzag: de nieuwe cijfers, de grootste herzieningen en de vlaggen van achterblijven die aan- of uitgingen.")
    String feed_subtitle(String name);

    @Message("{name}, publicatie van {date}: {added} nieuw, {revised} herzien")
    String entry_title(String name, String date, int added, int revised);

    @Message("{added} nieuwe en {revised} herziene cijfers{#if switches > 0}; {switches} {#if switches == 1}vlag van achterblijven ging aan of uit{#else}vlaggen van achterblijven gingen aan of uit{/if}{/if}.")
    String entry_summary(int added, int revised, int switches);

    @Message("Nieuwe cijfers")
    String new_heading();

    @Message("t.o.v. een jaar eerder")
    String yoy();

    @Message("t.o.v. een maand eerder")
    String mom();

    @Message("index (seizoengecorrigeerd)")
    String index();

    @Message("Grootste herzieningen")
    String revisions_heading();

    @Message("{shown} grootste van {total}")
    String revisions_capped(int shown, int total);

    @Message("van {before} naar {after}")
    String from_to(String before, String after);

    @Message("Achterblijven: aan of uit")
    String switches_heading();

    @Message("De pagina zoals die op {date} was")
    String pinned_link(String date);

    @Message("Volg deze pagina: een Atom-feed met elke publicatie die haar cijfers toevoegde of herzag")
    String link();

    @Message("Nieuwe en herziene cijfers per publicatie (Atom)")
    String link_title();
}
