package nl.industriemonitor.compare;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The comparison page's own texts: Dutch here, English in {@code messages/compare_en.properties}. */
@MessageBundle(value = "compare", locale = "nl")
public interface CompareMessages {

    @Message("Bedrijfstakken vergelijken")
    String title();

    @Message("Wat vergelijken")
    String form_heading();

    @Message("Bedrijfstakken (hoogstens {max}; alleen die met cijfers voor de gekozen maatstaf)")
    String form_sectors(int max);

    @Message("Maatstaf")
    String form_measure();

    @Message("Van (maand)")
    String form_from();

    @Message("Tot en met (maand)")
    String form_to();

    @Message("Leeg: de laatste maand met cijfers ({month}).")
    String form_to_hint(String month);

    @Message("Herbaseren op maand (= 100)")
    String form_rebase();

    @Message("Alleen bij indexcijfers. Leeg: de gepubliceerde index (2021 = 100).")
    String form_rebase_hint();

    @Message("Vergelijken")
    String form_submit();

    @Message("Productie-index (2021 = 100)")
    String measure_index();

    @Message("Productie-index, seizoengecorrigeerd (2021 = 100)")
    String measure_index_sa();

    @Message("Productie t.o.v. een jaar eerder, kalendergecorrigeerd (%)")
    String measure_yoy_ca();

    @Message("Productie t.o.v. een maand eerder, seizoengecorrigeerd (%)")
    String measure_mom_sa();

    @Message("Index ({base} = 100)")
    String y_rebased(String base);

    @Message("Index (2021 = 100)")
    String y_index();

    @Message("Verandering (%)")
    String y_change();

    @Message("{measure}, {from} tot en met {to}")
    String results_heading(String measure, String from, String to);

    @Message("Geherbaseerd: {base} = 100 voor elke bedrijfstak. Een geherbaseerde index is onze eigen berekening (de gepubliceerde index gedeeld door die van {base}, maal 100), geen cijfer van het CBS; hij staat er met één decimaal.")
    String rebased_note(String base);

    @Message("{branch} heeft geen gepubliceerde waarde in {base} en staat daarom niet in de grafiek en de tabel: zonder die waarde is er geen basis, en we verzinnen er geen.")
    String not_rebased(String branch, String base);

    @Message("Dezelfde vergelijking zonder herbasering")
    String link_unrebased();

    @Message("Lijngrafiek van {measure}: {branches}, {from} tot en met {to}. Dezelfde cijfers staan in de tabel eronder.")
    String chart_alt(String measure, String branches, String from, String to);

    @Message("{measure} per maand en bedrijfstak, {from} tot en met {to}")
    String table_caption(String measure, String from, String to);

    @Message("Maand")
    String col_month();

    @Message("Herkomst van de cijfers")
    String sources_heading();

    @Message("Alle cijfers")
    String release_single();

    @Message("Oudste publicatie")
    String release_first();

    @Message("nieuwste publicatie")
    String release_last();

    @Message("{count} van de {total} cijfers zijn voorlopig.")
    String provisional_count(int count, int total);

    @Message("Geen gepubliceerde cijfers voor deze maatstaf in deze periode.")
    String no_values();

    @Message("Kies minstens één bedrijfstak, bijvoorbeeld sectors=C,20,21.")
    String no_sectors();

    @Message("Kies hoogstens {max} bedrijfstakken; dit zijn er {count}.")
    String too_many_sectors(int max, int count);

    @Message("De beginmaand {from} ligt na de eindmaand {to}; kies een begin dat niet later is dan het eind.")
    String from_after_to(String from, String to);

    @Message("Kies een periode van hoogstens {max} maanden; {from} tot en met {to} is {count} maanden.")
    String too_long(int max, String from, String to, long count);

    @Message("Herbaseren kan alleen bij indexcijfers (index, index_sa): '{measure}' is een procentuele verandering en heeft geen niveau om op 100 te zetten. Laat rebase weg of kies een index.")
    String rebase_not_index(String measure);

    @Message("Standaardvergelijking: industrie totaal, chemie en farmacie")
    String link_default();

    @Message("Vergelijking: {branches}")
    String share_title(String branches);

    @Message("{measure}, {from} tot en met {to}.")
    String share_description(String measure, String from, String to);

    @Message("Geherbaseerd: {base} = 100 (eigen berekening).")
    String share_rebased(String base);
}
