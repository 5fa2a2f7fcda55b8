package nl.industriemonitor.group;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.industriemonitor.analysis.BranchGroup;
import nl.industriemonitor.analysis.GroupSummary;
import nl.industriemonitor.analysis.LongHistory;
import nl.industriemonitor.analysis.Recent;
import nl.industriemonitor.analysis.lagging.LaggingRules;
import nl.industriemonitor.analysis.lagging.RuleSettings;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.SnapshotHolder;
import nl.industriemonitor.events.ChartEvent;
import nl.industriemonitor.events.EventList;
import nl.industriemonitor.imports.BranchCatalogue;
import nl.industriemonitor.web.Formats;
import nl.industriemonitor.web.Lang;
import nl.industriemonitor.web.PageException;
import nl.industriemonitor.web.PageLinks;

/** Builds the page of one branch group from the current snapshot, as known on an optional date. */
@ApplicationScoped
public class GroupService {

    @Inject
    SnapshotHolder snapshots;

    @Inject
    PageLinks links;

    /** Names of members that have no data yet, and so are not in the snapshot's branch list. */
    private final BranchCatalogue catalogue = BranchCatalogue.bundled();

    public static GroupMessages messages(Lang lang) {
        return MessageBundles.get(GroupMessages.class, Localized.Literal.of(lang.code));
    }

    public GroupPage page(Lang lang, String id, String monthParam, String fromParam, String asOfParam,
                          boolean events, String otherLangHref) {
        BranchGroup group = group(lang, id);
        LocalDate asOf = links.date(lang, asOfParam);
        YearMonth requested = links.month(lang, monthParam);
        DataView view = snapshots.current().asOf(asOf);
        YearMonth latest = view.latestMonth(BranchInfo.TOTAL, Measure.YOY_CA)
                .orElseThrow(() -> links.nothingPublished(lang, asOf));
        YearMonth month = requested == null ? latest : requested;
        YearMonth from = Optional.ofNullable(links.month(lang, fromParam)).orElse(GroupIndexChart.START);
        Optional<Figure> totalYoy = view.figure(BranchInfo.TOTAL, month, Measure.YOY_CA);
        if (totalYoy.isEmpty() && view.figure(BranchInfo.TOTAL, month, Measure.MOM_SA).isEmpty()) {
            throw monthWithoutData(lang, group, month, latest, asOf);
        }
        List<MemberRow> members = group.members().stream().map(code -> row(lang, view, code, month)).toList();
        GroupSummary summary = GroupSummary.of(view, group, month);
        List<GroupPage.Named> meanMissing = summary.withoutData().stream().map(code -> named(lang, view, code)).toList();
        MemberRow total = row(lang, view, BranchInfo.TOTAL, month);
        GroupIndexChart chart = GroupIndexChart.of(view, month, from, members, total, messages(lang), lang.locale);
        // the events of the members: total manufacturing's line is there for comparison
        List<String> labels = chart.chart().labels();
        List<ChartEvent> shown = events ? EventList.forChart(group.members(), labels) : List.of();
        return new GroupPage(lang, group, text(lang, group), month, from, asOf, members, total,
                summary.unweightedMean().orElse(null), meanMissing, totalYoy.orElse(null),
                chart.chart().withEvents(EventList.marks(lang, shown, labels)), chart.columns(), chart.rows(),
                chart.withoutIndex().stream().map(code -> named(lang, view, code)).toList(),
                otherGroups(lang, group, asOf), otherLangHref, events, shown);
    }

    /** The group of a URL id; a 404 page that lists the groups when there is none. */
    public BranchGroup group(Lang lang, String id) {
        return BranchGroup.byId(id == null ? "" : id.strip()).orElseThrow(() -> unknownGroup(lang, id));
    }

    private MemberRow row(Lang lang, DataView view, String code, YearMonth month) {
        Optional<YearMonth> yoyMonth = Recent.latestMonth(view, code, Measure.YOY_CA, month);
        Optional<YearMonth> indexMonth = Recent.latestMonth(view, code, Measure.INDEX_SA, month);
        // without a figure of the last year: the latest there is at all, so the page can say why
        Optional<YearMonth> lastYoy = yoyMonth.isPresent() ? Optional.empty()
                : view.latestMonth(code, Measure.YOY_CA, month);
        return new MemberRow(code, name(lang, view, code), view.branch(code).isPresent(),
                yoyMonth.flatMap(m -> view.figure(code, m, Measure.YOY_CA)).orElse(null), yoyMonth.orElse(null),
                view.figure(code, month, Measure.MOM_SA).orElse(null),
                indexMonth.flatMap(m -> view.figure(code, m, Measure.INDEX_SA)).orElse(null), indexMonth.orElse(null),
                LaggingRules.evaluateLatest(view, code, month, RuleSettings.defaults()), month,
                BranchInfo.TOTAL.equals(code), LongHistory.of(view, code, month),
                lastYoy.flatMap(m -> view.figure(code, m, Measure.YOY_CA)).orElse(null), lastYoy.orElse(null));
    }

    private String name(Lang lang, DataView view, String code) {
        return view.branch(code).or(() -> catalogue.byCode(code)).map(b -> b.name(lang.code)).orElse(code);
    }

    private GroupPage.Named named(Lang lang, DataView view, String code) {
        return new GroupPage.Named(code, name(lang, view, code));
    }

    /** Texts per group id; a group added to the table without texts shows its id rather than failing. */
    static GroupPage.Text text(Lang lang, BranchGroup group) {
        GroupMessages m = messages(lang);
        return switch (group.id()) {
            case "energy-intensive" -> new GroupPage.Text(m.energy_intensive_name(), m.energy_intensive_definition(),
                    m.energy_intensive_source());
            case "metal" -> new GroupPage.Text(m.metal_name(), m.metal_definition(), m.metal_source());
            default -> new GroupPage.Text(group.id(), "", group.sourceUrl());
        };
    }

    static String href(Lang lang, BranchGroup group, YearMonth month, LocalDate asOf) {
        List<String> query = new ArrayList<>();
        if (month != null) {
            query.add("month=" + month);
        }
        if (asOf != null) {
            query.add("asof=" + asOf);
        }
        return "/" + lang.code + "/group/" + group.id() + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    private static List<GroupPage.Link> otherGroups(Lang lang, BranchGroup current, LocalDate asOf) {
        return BranchGroup.all().stream().filter(g -> !g.equals(current))
                .map(g -> new GroupPage.Link(href(lang, g, null, asOf), text(lang, g).name())).toList();
    }

    private PageException unknownGroup(Lang lang, String id) {
        List<PageException.Link> groups = new ArrayList<>();
        BranchGroup.all().forEach(g -> groups.add(new PageException.Link(href(lang, g, null, null), text(lang, g).name())));
        groups.add(links.home(lang));
        return new PageException(404, lang, messages(lang).unknown_group(id), groups);
    }

    private PageException monthWithoutData(Lang lang, BranchGroup group, YearMonth month, YearMonth latest,
                                           LocalDate asOf) {
        var msg = links.messages(lang);
        return new PageException(404, lang, msg.month_without_data(Formats.label(month, lang.locale)),
                List.of(new PageException.Link(href(lang, group, latest, asOf),
                        msg.link_latest_month(Formats.label(latest, lang.locale))), links.home(lang)));
    }
}
