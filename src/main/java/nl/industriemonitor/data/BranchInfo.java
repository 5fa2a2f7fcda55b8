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

    public String name(String lang) {
        return "en".equals(lang) && nameEn != null ? nameEn : nameNl;
    }
}
