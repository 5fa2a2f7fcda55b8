package nl.industriemonitor.analysis.lagging;

/** What a lagging rule concluded; NO_DATA and NOT_APPLICABLE keep "unknown" apart from "no". */
public enum Outcome {
    HOLDS,
    DOES_NOT_HOLD,
    /** An input is not published; the result lists which. */
    NO_DATA,
    /** The rule makes no sense for this branch: "below total" for total manufacturing itself. */
    NOT_APPLICABLE
}
