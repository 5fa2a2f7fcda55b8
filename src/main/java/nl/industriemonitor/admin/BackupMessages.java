package nl.industriemonitor.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the backup page and form: Dutch here, English in {@code messages/backup_en.properties}. */
@MessageBundle(value = "backup", locale = "nl")
public interface BackupMessages {

    @Message("Back-ups")
    String title();

    @Message("Een back-up is een zip-bestand met de hele database, gemaakt terwijl de site gewoon doorloopt. Ze komen in {folder}. Terugzetten staat in de README (Beheer, Back-ups).")
    String help(String folder);

    @Message("Back-up maken")
    String submit();

    @Message("Alle back-ups")
    String list();

    @Message("Back-up gemaakt: {name} ({size}).")
    String made(String name, String size);

    @Message("Er kon geen back-up worden gemaakt: {reason}")
    String failed(String reason);

    @Message("Er zijn nog geen back-ups.")
    String none();

    @Message("Back-ups in deze map, nieuwste eerst")
    String caption();

    @Message("Bestand")
    String col_file();

    @Message("Grootte")
    String col_size();

    @Message("Gemaakt")
    String col_made();
}
