package nl.industriemonitor.data;

/** A branch of industry (SBI 2008 code or a CBS grouping) as the pages and the analysis see it. */
public record BranchInfo(String code, String nameNl, String nameEn, String parentCode,
                         boolean energyIntensive, int sortOrder) {

    /** SBI code of total manufacturing, the reference for every comparison. */
    public static final String TOTAL = "C";

    /** False for CBS groupings without an SBI code, whose code is a word of ours. */
    public boolean hasSbiCode() {
        return code.matches("[A-Z](-[A-Z])?|\\d{2}(-\\d{2})?");
    }

    public String name(String lang) {
        return "en".equals(lang) && nameEn != null ? nameEn : nameNl;
    }
}
