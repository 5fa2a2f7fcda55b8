package nl.industriemonitor.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import nl.industriemonitor.data.DataView;
import nl.industriemonitor.data.Figure;
import nl.industriemonitor.data.Measure;

/**
 * One month of a branch group: each member's published figure and, only when all members have one,
 * their unweighted mean. CBS publishes no branch weights in table 85806NED, so this mean is our own
 * calculation, not a CBS figure, and pages must say so.
 */
public record GroupSummary(BranchGroup group, YearMonth month, Measure measure, List<Member> members) {

    public GroupSummary {
        members = List.copyOf(members);
    }

    /** One member branch; {@code figure} is null when the branch has no published value that month. */
    public record Member(String code, Figure figure) {

        public boolean hasData() {
            return figure != null;
        }
    }

    /** The group's year-on-year changes ({@code yoy_ca}), the figure the headline uses. */
    public static GroupSummary of(DataView view, BranchGroup group, YearMonth month) {
        return of(view, group, month, Measure.YOY_CA);
    }

    /** The group's values of any measure, e.g. {@code mom_sa}. */
    public static GroupSummary of(DataView view, BranchGroup group, YearMonth month, Measure measure) {
        List<Member> members = group.members().stream()
                .map(code -> new Member(code, view.figure(code, month, measure).orElse(null)))
                .toList();
        return new GroupSummary(group, month, measure, members);
    }

    public List<String> withData() {
        return members.stream().filter(Member::hasData).map(Member::code).toList();
    }

    public List<String> withoutData() {
        return members.stream().filter(m -> !m.hasData()).map(Member::code).toList();
    }

    /** The gaps as inputs, in the same shape the lagging rules report them. */
    public List<MissingInput> missing() {
        return withoutData().stream().map(code -> new MissingInput(code, month, measure)).toList();
    }

    public boolean complete() {
        return !members.isEmpty() && withoutData().isEmpty();
    }

    /**
     * Plain mean of the members' values; empty unless every member has one, as a mean of whichever
     * branches happen to be published would change meaning from month to month.
     */
    public Optional<BigDecimal> unweightedMean() {
        if (!complete()) {
            return Optional.empty();
        }
        BigDecimal sum = members.stream().map(m -> m.figure().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(members.size()), MathContext.DECIMAL64));
    }
}
