package nl.industriemonitor.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Releases that repeat the figures before them are kept once (issue 18), and nothing a reader sees changes: every
 * figure as of every date, and every figure's list of vintages, is what a plain model that keeps every release's
 * every figure gives. Releases come in random order (dated before ones already stored too), some full tables, some
 * with a few months or with gaps, with revisions, status changes and sources of their own; the snapshot is checked
 * as built in memory and as read back from the rows it asked the database to write, also on top of rows stored
 * whole before V10.
 */
class SharedVintagesTest {

    private static final BranchInfo TOTAL = new BranchInfo("C", "Industrie", "Manufacturing", null, false, 1);
    private static final YearMonth FIRST = YearMonth.of(2020, 1);
    private static final Measure[] MEASURES = {Measure.INDEX_SA, Measure.YOY_CA};

    private record Published(ReleaseInfo release, Map<Measure, TreeMap<YearMonth, Figure>> figures) {
    }

    @Test
    void aSnapshotThatSharesFiguresShowsWhatEveryReleasePublished() {
        for (int seed = 1; seed <= 40; seed++) {
            check(new Random(seed));
        }
    }

    @Test
    void aReleaseThatRepeatsItsPredecessorStoresOnlyWhatItRevised() {
        ReleaseInfo jan = release(1, LocalDate.of(2026, 1, 10));
        ReleaseInfo feb = release(2, LocalDate.of(2026, 2, 10));
        Snapshot.Builder first = Snapshot.builder(1).branch(TOTAL).release(jan);
        for (int m = 0; m < 24; m++) {
            first.observation(1, "C", FIRST.plusMonths(m), Measure.INDEX_SA, new BigDecimal(100 + m), false);
        }
        Snapshot base = first.build();
        Snapshot.Builder second = base.extend(2).release(feb);
        for (int m = 0; m < 25; m++) {
            // the same history, the last month revised, one month more
            BigDecimal amount = new BigDecimal(m == 23 ? 150 : 100 + m);
            second.observation(2, "C", FIRST.plusMonths(m), Measure.INDEX_SA, amount, m >= 23);
        }
        Snapshot next = second.build();

        assertThat(second.writes()).singleElement().satisfies(w -> {
            assertThat(w.heldFrom()).isEqualTo(FIRST);
            assertThat(w.heldTo()).isEqualTo(FIRST.plusMonths(24));
            assertThat(w.entries()).extracting(SeriesWrite.Entry::month)
                    .containsExactly(FIRST.plusMonths(23), FIRST.plusMonths(24));
        });
        assertThat(next.figureCount(2)).isEqualTo(25);
        Figure old = next.latest().figure("C", FIRST, Measure.INDEX_SA).orElseThrow();
        assertThat(old.release()).isEqualTo(feb);
        assertThat(old.source()).isEqualTo(feb.source());
        assertThat(next.vintages("C", FIRST, Measure.INDEX_SA)).extracting(Figure::release).containsExactly(jan, feb);
    }

    private static void check(Random random) {
        int releases = 4 + random.nextInt(8);
        List<Published> all = new ArrayList<>();
        for (int r = 1; r <= releases; r++) {
            // some releases share a date, some have none
            LocalDate date = random.nextInt(10) == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(60));
            all.add(new Published(release(r, date), new LinkedHashMap<>()));
        }
        List<Published> inOrder = new ArrayList<>(all);
        inOrder.sort((a, b) -> Snapshot.RELEASE_ORDER.compare(a.release(), b.release()));
        Map<Measure, TreeMap<YearMonth, Figure>> last = new HashMap<>();
        for (Published p : inOrder) {
            for (Measure measure : MEASURES) {
                TreeMap<YearMonth, Figure> figures = figures(random, p.release(), last.get(measure));
                if (!figures.isEmpty()) {
                    p.figures().put(measure, figures);
                    last.put(measure, figures);
                }
            }
        }
        // imported in a random order, a random number at a time; the first few stored whole, as every row was
        // before V10, and read back as such
        List<Published> imports = new ArrayList<>(all);
        Collections.shuffle(imports, random);
        int legacy = random.nextInt(3);
        Map<String, Row> database = new TreeMap<>();
        for (Published p : imports.subList(0, legacy)) {
            p.figures().forEach((measure, figures) -> {
                Row row = new Row(p.release().id(), measure);
                figures.forEach((month, f) -> row.entries.put(month, new SeriesWrite.Entry(month, f.amount(), f.status(),
                        f.source().equals(p.release().source()) ? null : f.source())));
                database.put(p.release().id() + "/" + measure, row);
            });
        }
        Snapshot snapshot = read(database, all);
        int i = legacy;
        while (i < imports.size()) {
            int n = 1 + random.nextInt(3);
            Snapshot.Builder b = snapshot.extend(releases);
            for (Published p : imports.subList(i, Math.min(imports.size(), i + n))) {
                b.release(p.release());
                p.figures().forEach((measure, figures) -> figures.forEach((month, f) ->
                        b.observation(p.release().id(), "C", month, measure, f.amount(), f.status(), f.source())));
            }
            snapshot = b.build();
            apply(database, b.writes());
            i += n;
        }
        if (legacy < imports.size()) {
            assertThat(database.values()).anyMatch(row -> row.from != null);
        }
        assertSame(all, snapshot);
        assertSame(all, read(database, all));
    }

    /** A release's figures: a run of months, now and then a gap, repeating the release before but a few. */
    private static TreeMap<YearMonth, Figure> figures(Random random, ReleaseInfo release, TreeMap<YearMonth, Figure> before) {
        TreeMap<YearMonth, Figure> figures = new TreeMap<>();
        if (random.nextInt(8) == 0) {
            return figures;
        }
        int from = random.nextInt(4) == 0 ? 10 + random.nextInt(10) : 0;
        int to = 20 + random.nextInt(10);
        for (int m = from; m <= to; m++) {
            if (random.nextInt(15) == 0) {
                continue;
            }
            YearMonth month = FIRST.plusMonths(m);
            Figure earlier = before == null ? null : before.get(month);
            BigDecimal amount = earlier != null && random.nextInt(5) > 0 ? earlier.amount()
                    : new BigDecimal(90 + random.nextInt(20) + "." + random.nextInt(10));
            FigureStatus status = earlier != null && random.nextInt(6) > 0 ? earlier.status()
                    : FigureStatus.values()[random.nextInt(3)];
            String source = random.nextInt(12) == 0 ? "news release " + random.nextInt(2)
                    : earlier != null && random.nextBoolean() ? earlier.source() : release.source();
            figures.put(month, new Figure(amount, status, release, source));
        }
        return figures;
    }

    /** What every reader sees equals the plain model: every release's every figure, newest visible one wins. */
    private static void assertSame(List<Published> all, Snapshot snapshot) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(null);
        for (int d = 0; d <= 62; d += 3) {
            dates.add(LocalDate.of(2025, 12, 31).plusDays(d));
        }
        for (Measure measure : MEASURES) {
            for (int m = 0; m < 31; m++) {
                YearMonth month = FIRST.plusMonths(m);
                List<Figure> model = new ArrayList<>();
                all.stream().sorted((a, b) -> Snapshot.RELEASE_ORDER.compare(a.release(), b.release()))
                        .map(p -> p.figures().getOrDefault(measure, new TreeMap<>()).get(month))
                        .forEach(f -> {
                            if (f != null) {
                                model.add(new Figure(f.amount(), f.status(), f.release(), f.source()));
                            }
                        });
                assertThat(snapshot.vintages("C", month, measure)).as("vintages of %s %s", month, measure)
                        .usingElementComparator(SharedVintagesTest::compare).containsExactlyElementsOf(model);
                for (LocalDate date : dates) {
                    Optional<Figure> expected = Optional.empty();
                    for (Figure f : model) {
                        if (date == null || f.release().visibleAsOf(date)) {
                            expected = Optional.of(f);
                        }
                    }
                    long amounts = model.stream().filter(f -> date == null || f.release().visibleAsOf(date))
                            .map(f -> f.amount().stripTrailingZeros()).distinct().count();
                    assertThat(snapshot.revised("C", month, measure, date)).as("%s %s revised as of %s", month, measure,
                            date).isEqualTo(amounts > 1);
                    Optional<Figure> actual = snapshot.asOf(date).figure("C", month, measure);
                    assertThat(actual.isPresent()).as("%s %s as of %s", month, measure, date).isEqualTo(expected.isPresent());
                    expected.ifPresent(f -> assertThat(compare(actual.orElseThrow(), f)).as("%s %s as of %s: %s",
                            month, measure, date, actual).isZero());
                }
            }
        }
        for (Published p : all) {
            int count = p.figures().values().stream().mapToInt(Map::size).sum();
            assertThat(snapshot.figureCount(p.release().id())).isEqualTo(count);
        }
    }

    private static int compare(Figure a, Figure b) {
        boolean same = a.amount().compareTo(b.amount()) == 0 && a.status() == b.status()
                && a.release().equals(b.release()) && a.source().equals(b.source());
        return same ? 0 : 1;
    }

    /** A stored series row, as {@code CellWriter} writes it. */
    private static final class Row {
        final long release;
        final Measure measure;
        final YearMonth from;
        final YearMonth to;
        final YearMonth[] absent;
        final TreeMap<YearMonth, SeriesWrite.Entry> entries = new TreeMap<>();

        /** A row stored before V10: every figure of its release. */
        Row(long release, Measure measure) {
            this.release = release;
            this.measure = measure;
            from = null;
            to = null;
            absent = new YearMonth[0];
        }

        Row(SeriesWrite w) {
            release = w.releaseId();
            measure = w.measure();
            from = w.heldFrom();
            to = w.heldTo();
            absent = w.absent().toArray(YearMonth[]::new);
        }
    }

    private static void apply(Map<String, Row> database, List<SeriesWrite> writes) {
        for (SeriesWrite w : writes) {
            String key = w.releaseId() + "/" + w.measure();
            Row row = w.newRow() ? new Row(w) : database.get(key);
            assertThat(row).as("row %s", key).isNotNull();
            assertThat(w.newRow() && database.containsKey(key)).isFalse();
            database.put(key, row);
            for (SeriesWrite.Entry e : w.entries()) {
                assertThat(row.entries.put(e.month(), e)).as("%s already holds %s", key, e.month()).isNull();
            }
        }
    }

    /** The snapshot {@code SnapshotLoader} would read from those rows. */
    private static Snapshot read(Map<String, Row> database, List<Published> all) {
        Snapshot.Builder b = Snapshot.builder(all.size()).branch(TOTAL);
        // the releases stored so far (an unstored one has no row, and is added when it is imported)
        all.stream().filter(p -> database.keySet().stream().anyMatch(k -> k.startsWith(p.release().id() + "/"))
                || p.figures().isEmpty()).forEach(p -> b.release(p.release()));
        database.values().forEach(row -> {
            int count = row.from == null ? row.entries.size()
                    : (int) row.from.until(row.to, java.time.temporal.ChronoUnit.MONTHS) + 1 - row.absent.length;
            b.holding(row.release, "C", row.measure, row.from, row.to, row.absent, count);
            row.entries.values().forEach(e -> b.stored(row.release, "C", e.month(), row.measure, e.amount(), e.status(),
                    e.source()));
        });
        return b.build();
    }

    private static ReleaseInfo release(long id, LocalDate published) {
        return new ReleaseInfo(id, Dataset.PRODUCTION, published, published != null, "CBS release " + id,
                Instant.parse("2026-03-01T00:00:00Z"));
    }
}
