package nl.industriemonitor.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the admin area: Dutch here, English in {@code messages/admin_en.properties}. */
@MessageBundle(value = "admin", locale = "nl")
public interface AdminMessages {

    @Message("Beheer")
    String title();

    @Message("Inloggen voor beheer")
    String login_title();

    @Message("Naam")
    String login_name();

    @Message("Wachtwoord")
    String login_password();

    @Message("Inloggen")
    String login_submit();

    @Message("Naam of wachtwoord onjuist. Probeer het opnieuw.")
    String login_error();

    @Message("Er is nog geen beheerder ingesteld, dus inloggen kan niet. De README (Beheer) zegt hoe je een beheerder instelt.")
    String login_none();

    @Message("Te veel inlogpogingen vanaf dit adres. Probeer het over {minutes} minuten opnieuw.")
    String login_throttled(long minutes);

    @Message("Dit formulier kwam niet van deze site (Origin {origin}); er is niets gedaan.")
    String login_cross_site(String origin);

    @Message("Dit formulier had geen geldig beveiligingstoken (het was verlopen of kwam niet van deze site); er is niets gedaan. Open de beheerpagina opnieuw en probeer het nog eens.")
    String csrf_refused();

    @Message("Ingelogd als {name}")
    String signed_in_as(String name);

    @Message("Uitloggen")
    String logout();

    @Message("Naar het dashboard")
    String to_site();

    @Message("Bestand importeren")
    String upload_heading();

    @Message("Een CSV in het formaat van de meegeleverde bestanden (cbs-85806NED-monthly.csv of cbs-81234NED-producer-confidence.csv), een tabel 85806NED zoals cbsodata of StatLine die schrijft (titels in plaats van sleutels, gescheiden door ;), of een JSON-export van de CBS OData-feed van tabel 85806NED. Hoogstens {limit}. Je ziet eerst wat de import zou veranderen; pas daarna wordt er iets opgeslagen.")
    String upload_help(String limit);

    @Message("Bestand")
    String upload_file();

    @Message("Publicatiedatum van de CBS-release (alleen voor een tabel met titels, die zelf geen datum noemt; anders uit de bestandsnaam, zoals …-2025-04-10.csv)")
    String upload_published();

    @Message("Bekijk wat er verandert")
    String upload_submit();

    @Message("Cijfers ophalen bij het CBS")
    String refresh_heading();

    @Message("Haalt tabel 85806NED op bij {url} en slaat die op als nieuwe publicatie als er iets veranderd is. Het schema ({cron}) doet dit ook vanzelf.")
    String refresh_help(String url, String cron);

    @Message("Nu ophalen bij het CBS")
    String refresh_submit();

    @Message("Laatste keer op deze server ({by}, {at}):")
    String refresh_last(String by, String at);

    @Message("Resultaat van het ophalen")
    String refresh_result_title();

    @Message("Nieuwe cijfers opgeslagen.")
    String outcome_imported();

    @Message("Geen nieuwe cijfers: dezelfde inhoud is al opgeslagen.")
    String outcome_unchanged();

    @Message("Niet gewijzigd bij het CBS sinds de laatste import; niets opgehaald.")
    String outcome_not_modified();

    @Message("Het CBS was niet bereikbaar of het antwoord was onbruikbaar; niets opgeslagen, de bestaande cijfers blijven staan.")
    String outcome_cbs_unreachable();

    @Message("De cijfers van het CBS zijn geweigerd; niets opgeslagen, de bestaande cijfers blijven staan.")
    String outcome_refused();

    @Message("Publicaties")
    String releases_heading();

    @Message("Alle opgeslagen publicaties, laatst geïmporteerd eerst.")
    String releases_caption();

    @Message("Gepubliceerd")
    String col_published();

    @Message("Tabel")
    String col_dataset();

    @Message("Bron")
    String col_source();

    @Message("Cijfers")
    String col_figures();

    @Message("Geïmporteerd")
    String col_imported_at();

    @Message("Door")
    String col_imported_by();

    @Message("onbekend")
    String unknown();

    @Message("Voorvertoning van {file}")
    String preview_title(String file);

    @Message("Er is nog niets opgeslagen. Zo zou de import de cijfers veranderen, vergeleken met wat het dashboard toont zoals gepubliceerd op de datum van elke release.")
    String preview_intro();

    @Message("{dataset} — gepubliceerd op {date}")
    String preview_release(String dataset, String date);

    @Message("{dataset} — zonder publicatiedatum")
    String preview_release_undated(String dataset);

    @Message("Bron: {source}")
    String preview_source(String source);

    @Message("Al opgeslagen (dezelfde inhoud); deze publicatie wordt overgeslagen.")
    String preview_already();

    @Message("{figures} cijfers: {added} nieuw, {revised} herzien, {unchanged} ongewijzigd.")
    String preview_counts(int figures, int added, int revised, int unchanged);

    @Message("Nieuwe maanden")
    String preview_new_heading();

    @Message("Herziene cijfers, grootste verandering eerst")
    String preview_revised_heading();

    @Message("Bedrijfstak")
    String col_branch();

    @Message("Maatstaf")
    String col_measure();

    @Message("Maanden")
    String col_months();

    @Message("Aantal")
    String col_count();

    @Message("Maand")
    String col_month();

    @Message("Nu")
    String col_before();

    @Message("Nieuw")
    String col_after();

    @Message("Verschil (punten)")
    String col_difference();

    @Message("Importeren")
    String preview_commit();

    @Message("Niet importeren")
    String preview_cancel();

    @Message("Dit bestand voegt niets toe: elke publicatie erin is al opgeslagen.")
    String preview_nothing();

    @Message("Bestand geweigerd")
    String refused_title();

    @Message("Er is niets opgeslagen. Herstel deze problemen en upload het bestand opnieuw:")
    String refused_intro();

    @Message("Waar")
    String col_where();

    @Message("Kolom")
    String col_column();

    @Message("Probleem")
    String col_problem();

    @Message("Kies eerst een bestand.")
    String no_file();

    @Message("Het bestand is groter dan {limit}; er is niets gelezen of opgeslagen.")
    String too_large(String limit);

    @Message("Import voltooid")
    String result_title();

    @Message("{releases} nieuwe publicatie(s) met {figures} cijfers opgeslagen; het dashboard toont ze nu.")
    String result_imported(int releases, int figures);

    @Message("Niets opgeslagen: elke publicatie in het bestand was al opgeslagen.")
    String result_nothing();

    @Message("Deze voorvertoning is verlopen, of de cijfers zijn intussen veranderd. Upload het bestand opnieuw om te zien wat het nu zou veranderen.")
    String expired();

    @Message("Terug naar beheer")
    String back();
}
