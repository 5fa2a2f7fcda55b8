package nl.industriemonitor.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the long history says of a month (branch page, overview, group page): Dutch here, English in
 * {@code messages/history_en.properties}. The statements are built by {@code analysis.LongHistory}.
 */
@MessageBundle(value = "history", locale = "nl")
public interface HistoryMessages {

    @Message("In de lange reeks")
    String heading();

    @Message("Lange reeks")
    String col_history();

    @Message("Periode:")
    String range_label();

    @Message("sinds {year}")
    String range_since(int year);

    @Message("{name}: de seizoengecorrigeerde productie-index stond in {month} op {value}, het laagste niveau sinds {since} ({sinceValue}).")
    String lowest_since(String name, String month, String value, String since, String sinceValue);

    @Message("{name}: de seizoengecorrigeerde productie-index stond in {month} op {value}, het hoogste niveau sinds {since} ({sinceValue}).")
    String highest_since(String name, String month, String value, String since, String sinceValue);

    @Message("{name}: de seizoengecorrigeerde productie-index stond in {month} op {value}, het laagste niveau sinds de reeks begon in {start}: een record.")
    String record_low(String name, String month, String value, String start);

    @Message("{name}: de seizoengecorrigeerde productie-index stond in {month} op {value}, het hoogste niveau sinds de reeks begon in {start}: een record.")
    String record_high(String name, String month, String value, String start);

    @Message("{name}: de seizoengecorrigeerde productie-index stond in {month} op {value}, het laagste niveau sinds ten minste {from}. Vóór {from} ontbreken maanden; verder terug valt het niet te beoordelen.")
    String gap_low(String name, String month, String value, String from);

    @Message("{name}: de seizoengecorrigeerde productie-index stond in {month} op {value}, het hoogste niveau sinds ten minste {from}. Vóór {from} ontbreken maanden; verder terug valt het niet te beoordelen.")
    String gap_high(String name, String month, String value, String from);

    @Message("{name}: de seizoengecorrigeerde productie-index stond in {month} op {value}; geen laagste of hoogste niveau van het afgelopen jaar.")
    String neither(String name, String month, String value);

    @Message("{name}: de seizoengecorrigeerde productie-index stond in {month} op {value}. De cijfers lopen pas ononderbroken vanaf {from}: te kort om van een laagste of hoogste niveau te spreken.")
    String too_short(String name, String month, String value, String from);

    @Message("{name}: geen seizoengecorrigeerde productie-index voor {month}, dus geen vergelijking met de lange reeks.")
    String no_value(String name, String month);

    @Message("Dat is {pct} ten opzichte van het gemiddelde van 2021 ({average}).")
    String versus(String pct, String average);

    @Message("Het gemiddelde van 2021 is niet te berekenen: niet elke maand van 2021 is gepubliceerd.")
    String versus_missing();

    @Message("Van elke maand de laatste waarde zoals gepubliceerd op {date}; {month} uit de release van {release}. Eigen berekening.")
    String basis_asof(String date, String month, String release);

    @Message("Van elke maand de laatst gepubliceerde waarde; {month} uit de release van {release}. Eigen berekening.")
    String basis_latest(String month, String release);

    @Message("laagste sinds {since}")
    String short_lowest(String since);

    @Message("hoogste sinds {since}")
    String short_highest(String since);

    @Message("laagste sinds begin reeks ({start})")
    String short_record_low(String start);

    @Message("hoogste sinds begin reeks ({start})")
    String short_record_high(String start);

    @Message("laagste sinds ten minste {from}")
    String short_gap_low(String from);

    @Message("hoogste sinds ten minste {from}")
    String short_gap_high(String from);

    @Message("geen uitschieter")
    String short_neither();

    @Message("reeks pas vanaf {from}")
    String short_too_short(String from);

    @Message("{pct} t.o.v. 2021")
    String short_versus(String pct);

    @Message("Op het laagste niveau in ten minste een jaar: {list}.")
    String summary_lows(String list);

    @Message("Op het hoogste niveau in ten minste een jaar: {list}.")
    String summary_highs(String list);

    @Message("sinds {since}")
    String list_since(String since);

    @Message("sinds het begin van de reeks in {start}")
    String list_record(String start);

    @Message("sinds ten minste {from}")
    String list_gap(String from);
}
