package nl.industriemonitor.cycle;

/** A branch's place in the cycle as its own page says it: quadrant and since when, the figures, and the link. */
public record CycleStanding(String quadrantCode, String text, String detail, String href, String linkLabel) {
}
