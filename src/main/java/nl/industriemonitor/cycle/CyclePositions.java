package nl.industriemonitor.cycle;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.industriemonitor.analysis.Changes;
import nl.industriemonitor.analysis.ThreeMonthChange;
import nl.industriemonitor.data.BranchInfo;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;

/**
 * Every branch's place in its cycle in one month: x its published {@code yoy_ca}, y the 3m/3m change of its
 * {@code index_sa} (our own calculation), with a trail of the months before and the month its quadrant began.
 * Plain Java over the data; a branch without both figures for the month is listed apart with what it lacks.
 */
public final class CyclePositions {

    /** Months of trail before the chosen one. */
    public static final int TRAIL = 5;
    /** How far back "since when" looks: two years of unbroken quadrant is already a long story. */
    static final int SINCE_LIMIT = 24;

    private CyclePositions() {
    }

    /** One point: the month, both coordinates and the quadrant they give. */
    public record Point(YearMonth month, BigDecimal yoy, BigDecimal momentum, Quadrant quadrant) {
    }

    /**
     * A placed branch. {@code trail} is oldest first and leaves out months without both figures. {@code since} is the
     * first month of the unbroken run in {@code now}'s quadrant; {@code sinceOpen} when the run reaches a month
     * without figures (or the look-back's end), so it may have begun earlier.
     */
    public record Placed(BranchInfo branch, Point now, List<Point> trail, YearMonth since, boolean sinceOpen) {
    }

    /** Why a branch has no place: the figures it lacks for the month. */
    public enum Lack { YOY, INDEX_SA, BOTH }

    public record Apart(BranchInfo branch, Lack lack) {
    }

    public record Result(YearMonth month, List<Placed> placed, List<Apart> apart) {
    }

    /** Every branch with any {@code yoy_ca} or {@code index_sa} figure up to {@code month}. */
    public static Result of(DataView view, YearMonth month) {
        List<Placed> placed = new ArrayList<>();
        List<Apart> apart = new ArrayList<>();
        for (BranchInfo branch : view.branches()) {
            String code = branch.code();
            if (view.latestMonth(code, Measure.YOY_CA, month).isEmpty()
                    && view.latestMonth(code, Measure.INDEX_SA, month).isEmpty()) {
                continue;
            }
            Optional<Point> now = point(view, code, month);
            if (now.isEmpty()) {
                boolean yoy = Changes.yearOnYear(view, code, month).isPresent();
                boolean index = Changes.threeMonthChange(view, code, month).isPresent();
                apart.add(new Apart(branch, !yoy && !index ? Lack.BOTH : !yoy ? Lack.YOY : Lack.INDEX_SA));
                continue;
            }
            placed.add(place(view, branch, now.get()));
        }
        return new Result(month, List.copyOf(placed), List.copyOf(apart));
    }

    /** A branch's place in {@code month}, when it has both figures: trail and since when. */
    public static Optional<Placed> place(DataView view, BranchInfo branch, YearMonth month) {
        return point(view, branch.code(), month).map(now -> place(view, branch, now));
    }

    private static Placed place(DataView view, BranchInfo branch, Point now) {
        String code = branch.code();
        YearMonth month = now.month();
        List<Point> trail = new ArrayList<>();
        for (int i = TRAIL; i >= 1; i--) {
            point(view, code, month.minusMonths(i)).ifPresent(trail::add);
        }
        Quadrant quadrant = now.quadrant();
        YearMonth since = month;
        boolean open = true;
        for (int i = 1; i <= SINCE_LIMIT; i++) {
            Optional<Point> before = point(view, code, month.minusMonths(i));
            if (before.isEmpty()) {
                break;
            }
            if (before.get().quadrant() != quadrant) {
                open = false;
                break;
            }
            since = before.get().month();
        }
        return new Placed(branch, now, List.copyOf(trail), since, open);
    }

    /** The place of one branch in one month, when both figures exist. */
    public static Optional<Point> point(DataView view, String code, YearMonth month) {
        Optional<Figure> yoy = Changes.yearOnYear(view, code, month);
        Optional<ThreeMonthChange> momentum = Changes.threeMonthChange(view, code, month);
        if (yoy.isEmpty() || momentum.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal x = yoy.get().amount();
        BigDecimal y = momentum.get().change();
        return Optional.of(new Point(month, x, y, Quadrant.of(x, y)));
    }
}
