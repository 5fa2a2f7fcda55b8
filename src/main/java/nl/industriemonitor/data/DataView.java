package nl.industriemonitor.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The data as known at one moment: either everything imported (latest release per figure) or
 * only what had been published on a given date. The analysis reads nothing else.
 */
public interface DataView {

    Optional<Figure> figure(String branch, YearMonth month, Measure measure);

    /** The figure as it stood on {@code publishedBy} (never later than this view's own cut-off). */
    Optional<Figure> figure(String branch, YearMonth month, Measure measure, LocalDate publishedBy);

    /** Latest month for which the branch has this measure, if any. */
    Optional<YearMonth> latestMonth(String branch, Measure measure);

    /** Latest month not after {@code notAfter} for which the branch has this measure, if any. */
    Optional<YearMonth> latestMonth(String branch, Measure measure, YearMonth notAfter);

    /** All known branches in display order. */
    List<BranchInfo> branches();

    Optional<BranchInfo> branch(String code);
}
