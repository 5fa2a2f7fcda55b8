package nl.industriemonitor.compare;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.web.Formats;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageException;
import nl.industriemonitor.web.PageLinks;

/** Reads the comparison's URL parameters into a {@link CompareQuery}; bad values become error pages. */
@ApplicationScoped
public class CompareParameters {

    static final List<Measure> MEASURES = List.of(Measure.INDEX_SA, Measure.INDEX, Measure.YOY_CA, Measure.MOM_SA);
    static final List<String> DEFAULT_SECTORS = List.of(BranchInfo.TOTAL, "20", "21");
    static final YearMonth DEFAULT_FROM = YearMonth.of(2021, 1);
    static final int MAX_SECTORS = 8;
    /**
     * The order of the columns and of {@code sectors} in the canonical URL: total industry first, then
     * the branch catalogue's order, so every spelling of one comparison shows (and shares) the same page.
     */
    static final Comparator<BranchInfo> ORDER = Comparator.comparing((BranchInfo b) -> !BranchInfo.TOTAL.equals(b.code()))
            .thenComparingInt(BranchInfo::sortOrder).thenComparing(BranchInfo::code);
    /** Fifty years: more than CBS publishes, and a bound on the size of the page. */
    static final int MAX_MONTHS = 600;

    @Inject
    PageLinks links;

    static CompareMessages messages(Lang lang) {
        return MessageBundles.get(CompareMessages.class, Localized.Literal.of(lang.code));
    }

    public CompareQuery read(Lang lang, DataView view, List<String> sectors, String measureParam, String fromParam,
                             String toParam, String rebaseParam, LocalDate asOf) {
        CompareMessages msg = messages(lang);
        Measure measure = links.measure(lang, measureParam, MEASURES, Measure.INDEX_SA);
        YearMonth from = Optional.ofNullable(links.month(lang, fromParam)).orElse(DEFAULT_FROM);
        YearMonth to = links.month(lang, toParam);
        YearMonth rebase = links.month(lang, rebaseParam);
        if (rebase != null && !CompareQuery.isIndex(measure)) {
            throw badRequest(lang, msg.rebase_not_index(measure.code));
        }
        List<BranchInfo> branches = codes(lang, sectors).stream().map(code -> links.branch(lang, view, code))
                .sorted(ORDER).toList();
        // months after the newest figures are refused: there are no future data, and each would be a page of its own
        links.notAfterData(lang, from, measure);
        links.notAfterData(lang, to, measure);
        links.notAfterData(lang, rebase, measure);
        boolean toGiven = to != null;
        if (!toGiven) {
            // the newest month any chosen branch has; never before the start, so an empty period is no error
            to = branches.stream().flatMap(b -> view.latestMonth(b.code(), measure).stream())
                    .max(YearMonth::compareTo).filter(latest -> !latest.isBefore(from)).orElse(from);
        }
        if (from.isAfter(to)) {
            throw badRequest(lang, msg.from_after_to(Formats.label(from, lang.locale), Formats.label(to, lang.locale)));
        }
        long months = ChronoUnit.MONTHS.between(from, to) + 1;
        if (months > MAX_MONTHS) {
            throw badRequest(lang, msg.too_long(MAX_MONTHS, Formats.label(from, lang.locale),
                    Formats.label(to, lang.locale), months));
        }
        return new CompareQuery(branches, measure, from, to, toGiven, rebase, asOf);
    }

    /**
     * A form sends one {@code sectors} per ticked box, a shared link one comma-separated list: both are
     * read, blanks dropped and repeats removed (the order is then set by {@link #ORDER}).
     */
    List<String> codes(Lang lang, List<String> sectors) {
        if (sectors == null || sectors.isEmpty()) {
            return DEFAULT_SECTORS;
        }
        Set<String> codes = new LinkedHashSet<>();
        sectors.stream().flatMap(s -> Arrays.stream(s.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).forEach(codes::add);
        if (codes.isEmpty()) {
            throw badRequest(lang, messages(lang).no_sectors());
        }
        if (codes.size() > MAX_SECTORS) {
            throw badRequest(lang, messages(lang).too_many_sectors(MAX_SECTORS, codes.size()));
        }
        return List.copyOf(codes);
    }

    private PageException badRequest(Lang lang, String message) {
        return new PageException(400, lang, message,
                List.of(new PageException.Link("/" + lang.code + "/compare", messages(lang).link_default()),
                        links.home(lang)));
    }
}
