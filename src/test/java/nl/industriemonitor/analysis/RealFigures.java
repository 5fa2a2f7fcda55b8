package nl.industriemonitor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.Dataset;
import nl.industriemonitor.data.Measure;
import nl.industriemonitor.data.ReleaseInfo;
import nl.industriemonitor.data.Snapshot;

/**
 * Builds a snapshot from figures that tests copy out of ../shared/data/cbs-85806NED-monthly.csv,
 * one release per (published, source) pair as the CSV lists them.
 */
public final class RealFigures {

    /** The source label and release date of the one full 2021-01 … 2026-01 history in the CSV. */
    public static final String JNJ = "jnj-candidate-assignment csv";
    public static final String JNJ_PUBLISHED = "2026-03-10";

    private final Snapshot.Builder builder = Snapshot.builder(1);
    private final Set<String> branches = new LinkedHashSet<>();
    private long nextRelease = 1;

    public static RealFigures create() {
        return new RealFigures();
    }

    /** Adds a release of table 85806NED and returns its id. */
    public long release(String published, String source) {
        long id = nextRelease++;
        builder.release(new ReleaseInfo(id, Dataset.PRODUCTION, LocalDate.parse(published), true, source,
                Instant.parse("2026-04-20T12:00:00Z")));
        return id;
    }

    /** Consecutive months from {@code firstMonth}; a null value leaves that month out. */
    public RealFigures series(long release, String branch, Measure measure, String firstMonth, String... values) {
        YearMonth month = YearMonth.parse(firstMonth);
        for (String value : values) {
            if (value != null) {
                cell(release, branch, month.toString(), measure, value);
            }
            month = month.plusMonths(1);
        }
        return this;
    }

    public RealFigures cell(long release, String branch, String month, Measure measure, String value) {
        branches.add(branch);
        builder.observation(release, branch, YearMonth.parse(month), measure, new BigDecimal(value), true);
        return this;
    }

    public Snapshot build() {
        int order = 0;
        for (String code : branches) {
            builder.branch(new BranchInfo(code, code, code, BranchInfo.TOTAL.equals(code) ? null : BranchInfo.TOTAL,
                    BranchGroup.ENERGY_INTENSIVE.contains(code), order++));
        }
        return builder.build();
    }

    /** Numeric equality: derived numbers are unrounded, so their scale is not part of the contract. */
    public static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual),
                () -> "expected " + expected + " but was " + actual);
    }

    public static YearMonth month(String text) {
        return YearMonth.parse(text);
    }
}
