package nl.industriemonitor.analysis.lagging;

import java.util.Arrays;
import java.util.Optional;
import nl.industriemonitor.data.Measure;

/** The lagging rules of DESIGN.md, in display order, each with the id that switches it in a URL. */
public enum LaggingRule {
    BELOW_TOTAL("below-total", Measure.YOY_CA),
    FALLING_TREND("falling-trend", Measure.INDEX_SA),
    BELOW_2021("below-2021", Measure.INDEX_SA),
    LOSING_STREAK("losing-streak", Measure.MOM_SA);

    /** Stable lowercase id; shared links depend on it, so never rename. */
    public final String id;
    /** The branch's measure whose latest month is the rule's "latest month with data". */
    public final Measure measure;

    LaggingRule(String id, Measure measure) {
        this.id = id;
        this.measure = measure;
    }

    public String id() {
        return id;
    }

    public static Optional<LaggingRule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
