package nl.industriemonitor.data;

import java.util.regex.Pattern;

/** A branch of industry (SBI 2008 code or a CBS grouping) as the pages and the analysis see it. */
public record BranchInfo(String code, String nameNl, String nameEn, String parentCode,
                         boolean energyIntensive, int sortOrder) {

    /** SBI code of total manufacturing, the reference for every comparison. */
    public static final String TOTAL = "C";

    private static final Pattern SBI_CODE = Pattern.compile("[A-Z](-[A-Z])?|\\d{2}([-+]\\d{2})?");

    /** False for CBS groupings without an SBI code, whose code is a word of ours. */
    public boolean hasSbiCode() {
        // asked for every branch on every page: the pattern is compiled once, not per call
        return SBI_CODE.matcher(code).matches();
    }

    private static final Pattern DIVISION = Pattern.compile("\\d{2}");

    /**
     * A division of manufacturing (a two-digit SBI code within C): the pages' main list of branches.
     * Whatever else lies within C is an aggregate of CBS's (10-12, 19-22, 16+23) or a grouping without code.
     */
    public boolean division() {
        return parentCode != null && DIVISION.matcher(code).matches();
    }

    /** CBS's aggregates of divisions and its groupings within manufacturing, shown apart from the divisions. */
    public boolean aggregate() {
        return parentCode != null && !division();
    }

    /**
     * Whether this aggregate's SBI code spans the division {@code division}: 10-12 spans 10, 11 and 12;
     * 16+23 spans 16 and 23. False for divisions themselves and for groupings without a code.
     */
    public boolean covers(String division) {
        if (!aggregate() || !DIVISION.matcher(division).matches()) {
            return false;
        }
        String[] plus = code.split("\\+");
        if (plus.length == 2) {
            return plus[0].equals(division) || plus[1].equals(division);
        }
        String[] range = code.split("-");
        if (range.length == 2 && DIVISION.matcher(range[0]).matches() && DIVISION.matcher(range[1]).matches()) {
            return range[0].compareTo(division) <= 0 && division.compareTo(range[1]) <= 0;
        }
        return false;
    }

    public String name(String lang) {
        return "en".equals(lang) && nameEn != null ? nameEn : nameNl;
    }
}
