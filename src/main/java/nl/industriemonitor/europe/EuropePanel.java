package nl.industriemonitor.europe;

import java.time.YearMonth;
import java.util.List;

import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.web.ChartData;
import nl.industriemonitor.web.Lang;

/**
 * Eurostat's figures of one division for some countries, as the branch page and the europe view show them: a
 * chart, the same numbers as a month × country table, the releases they come from and the countries on offer.
 *
 * @param nace     Eurostat's code of the division, e.g. C20
 * @param branch   its name in the page language
 * @param options  every country with figures of the division, for the form; the shown ones checked
 */
public record EuropePanel(Lang lang, String nace, String branch, YearMonth from, YearMonth to, List<Column> columns,
                          List<Row> rows, ChartData chart, List<ReleaseInfo> releases, List<Option> options,
                          boolean anyProvisional) {

    /** The CBS branch code of the division (C20 → 20), for links to its page. */
    public String branchCode() {
        return nace.length() > 1 ? nace.substring(1) : nace;
    }

    public boolean empty() {
        return chart.empty();
    }

    /** One country of the table, in column order. */
    public record Column(String geo, String label) {
    }

    /** One month across the countries; a cell's {@code text} is null where Eurostat has no figure. */
    public record Row(YearMonth month, List<Cell> cells) {
    }

    public record Cell(String geo, String label, String text, boolean provisional) {
    }

    /** A checkbox of the form that offers other countries. */
    public record Option(String geo, String label, boolean checked) {
    }
}
