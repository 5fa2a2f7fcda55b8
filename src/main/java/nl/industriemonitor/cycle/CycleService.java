package nl.industriemonitor.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.Snapshot;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.web.Formats;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageLinks;

/** Builds the cycle view ({@code /nl/cycle?month=2025-11}) and a branch's place in it, from the current snapshot. */
@ApplicationScoped
public class CycleService {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SnapshotHolder snapshots;

    @Inject
    PageLinks links;

    public CyclePage page(Lang lang, String monthParam, String asOfParam, String otherLangHref) {
        LocalDate asOf = links.date(lang, asOfParam);
        Snapshot snapshot = snapshots.current();
        if (asOf != null && snapshot.releases().stream().noneMatch(r -> r.visibleAsOf(asOf))) {
            throw links.nothingPublished(lang, asOf);
        }
        DataView view = snapshot.asOf(asOf);
        YearMonth month = links.notAfterData(lang, links.month(lang, monthParam), Measure.YOY_CA);
        if (month == null) {
            month = view.latestMonth(BranchInfo.TOTAL, Measure.YOY_CA).orElse(YearMonth.now());
        }
        CyclePositions.Result result = CyclePositions.of(view, month);
        CycleMessages msg = CycleTexts.messages(lang);
        List<CyclePage.Row> rows = result.placed().stream().map(p -> row(lang, msg, p)).toList();
        List<CyclePage.ApartRow> apart = result.apart().stream().map(a -> new CyclePage.ApartRow(a.branch().code(),
                a.branch().name(lang.code), CycleTexts.lack(msg, a.lack()))).toList();
        var releases = snapshot.releases().stream().filter(r -> asOf == null || r.visibleAsOf(asOf)).toList();
        return new CyclePage(lang, month, asOf, rows, apart, chartJson(lang, msg, result),
                msg.chart_alt(rows.size(), Formats.label(month, lang.locale)), result, releases, otherLangHref);
    }

    /**
     * Where one branch stands in the newest month at or before {@code notAfter} (within a year) in which it has
     * both figures; empty when it has none.
     */
    public static Optional<CycleStanding> standing(Lang lang, DataView view, BranchInfo branch, YearMonth notAfter,
                                                   LocalDate asOf) {
        Optional<CyclePositions.Placed> found = Optional.empty();
        for (int i = 0; notAfter != null && i < 12 && found.isEmpty(); i++) {
            found = CyclePositions.place(view, branch, notAfter.minusMonths(i));
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CyclePositions.Placed placed = found.get();
        YearMonth month = placed.now().month();
        CycleMessages msg = CycleTexts.messages(lang);
        String href = "/" + lang.code + "/cycle?month=" + month + (asOf == null ? "" : "&asof=" + asOf);
        String monthLabel = Formats.label(month, lang.locale);
        String quadrant = CycleTexts.quadrant(msg, placed.now().quadrant());
        String since = Formats.label(placed.since(), lang.locale);
        return Optional.of(new CycleStanding(placed.now().quadrant().code,
                placed.sinceOpen() ? msg.branch_standing_open(quadrant, since) : msg.branch_standing(quadrant, since),
                msg.branch_standing_detail(monthLabel, Formats.pct(placed.now().yoy(), lang.locale),
                        Formats.pct1(placed.now().momentum(), lang.locale)), href, msg.branch_link()));
    }

    private static CyclePage.Row row(Lang lang, CycleMessages msg, CyclePositions.Placed p) {
        String since = Formats.label(p.since(), lang.locale);
        String trail = p.trail().stream().map(t -> Formats.shortLabel(t.month(), lang.locale) + ": "
                + CycleTexts.quadrant(msg, t.quadrant())).collect(Collectors.joining(", "));
        return new CyclePage.Row(p.branch().code(), p.branch().name(lang.code), p.branch().hasSbiCode(),
                Formats.pct(p.now().yoy(), lang.locale), Formats.pct1(p.now().momentum(), lang.locale),
                CycleTexts.quadrant(msg, p.now().quadrant()), p.now().quadrant().code,
                p.sinceOpen() ? msg.since_open(since) : since, trail);
    }

    /** What {@code js/charts.js} draws: a scatter of every placed branch with its trail and link. */
    private static String chartJson(Lang lang, CycleMessages msg, CyclePositions.Result result) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("xTitle", msg.x_title());
        chart.put("yTitle", msg.y_title());
        chart.put("quadrants", List.of(msg.quadrant_growth(), msg.quadrant_slowing(), msg.quadrant_contraction(),
                msg.quadrant_recovery()));
        List<Map<String, Object>> points = new ArrayList<>();
        for (CyclePositions.Placed p : result.placed()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("label", p.branch().name(lang.code) + (p.branch().hasSbiCode() ? " (" + p.branch().code() + ")" : ""));
            point.put("href", "/" + lang.code + "/sector/" + p.branch().code());
            List<List<Object>> path = new ArrayList<>();
            p.trail().forEach(t -> path.add(List.of(t.month().toString(), t.yoy(), round(t.momentum()))));
            path.add(List.of(p.now().month().toString(), p.now().yoy(), round(p.now().momentum())));
            point.put("path", path);
            points.add(point);
        }
        chart.put("points", points);
        try {
            return JSON.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cycle chart cannot be written as JSON", e);
        }
    }

    /** Our own 3m/3m change as the table prints it: one decimal. */
    static BigDecimal round(BigDecimal v) {
        return v.setScale(1, java.math.RoundingMode.HALF_UP);
    }
}
