package nl.industriemonitor.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * Number, month and date formats per page language (Dutch "−0,3 %", "november 2025"; English
 * "−0.3%", "November 2025"). Published numbers keep every decimal CBS printed; templates only print.
 */
@TemplateExtension
public class Formats {

    private static final char MINUS = '\u2212';
    private static final char NBSP = '\u00a0';
    /**
     * Formatters are made once per language, not per number or month printed (a page since 2005 prints thousands):
     * date formatters are immutable and shared; a number format is not thread-safe, so each thread keeps its own.
     */
    private static final java.util.Map<Locale, DateTimeFormatter> MONTHS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<Locale, DateTimeFormatter> SHORT_MONTHS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<Locale, DateTimeFormatter> DATES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final ThreadLocal<java.util.Map<Locale, DecimalFormat>> NUMBERS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private Formats() {
    }

    /** A published number as printed by CBS, at least one decimal: "103,8". */
    public static String num(BigDecimal value, @TemplateAttribute("locale") Object locale) {
        return value == null ? "" : plain(value, Math.max(1, value.scale()), locale(locale));
    }

    /** A change in percent with its sign: "+0,7 %" / "+0.7%". */
    public static String pct(BigDecimal value, @TemplateAttribute("locale") Object locale) {
        if (value == null) {
            return "";
        }
        Locale l = locale(locale);
        String number = signed(value, Math.max(1, value.scale()), l);
        return isDutch(l) ? number + NBSP + "%" : number + "%";
    }

    /** A published change without its sign, for sentences that say "higher" or "lower": "0,7 %". */
    public static String pctAbs(BigDecimal value, @TemplateAttribute("locale") Object locale) {
        return value == null ? "" : pct(value.abs(), locale).replace("+", "");
    }

    /** "nov. 2025" / "Nov 2025", for table headers with many months. */
    public static String shortLabel(YearMonth month, @TemplateAttribute("locale") Object locale) {
        return month == null ? "" : SHORT_MONTHS.computeIfAbsent(locale(locale), l -> DateTimeFormatter.ofPattern("MMM yy", l))
                .format(month);
    }

    /** A percentage we derived ourselves (3m/3m change), signed, shown to one decimal. */
    public static String pct1(BigDecimal value, @TemplateAttribute("locale") Object locale) {
        return value == null ? "" : pct(value.setScale(1, RoundingMode.HALF_UP), locale);
    }

    /** A number we derived ourselves (an average of indices), shown to one decimal. */
    public static String num1(BigDecimal value, @TemplateAttribute("locale") Object locale) {
        return value == null ? "" : plain(value.setScale(1, RoundingMode.HALF_UP), 1, locale(locale));
    }

    /** A difference in percentage points with its sign, one decimal (our own calculation). */
    public static String points(BigDecimal value, @TemplateAttribute("locale") Object locale) {
        return value == null ? "" : signed(value.setScale(1, RoundingMode.HALF_UP), 1, locale(locale));
    }

    /** "november 2025" / "November 2025". */
    public static String label(YearMonth month, @TemplateAttribute("locale") Object locale) {
        Locale l = locale(locale);
        return month == null ? "" : MONTHS.computeIfAbsent(l, x -> DateTimeFormatter.ofPattern("LLLL yyyy", x)).format(month)
                .transform(s -> isDutch(l) ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }

    /** "10 april 2026" / "10 April 2026". */
    public static String label(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return date == null ? "" : DATES.computeIfAbsent(locale(locale), l -> DateTimeFormatter.ofPattern("d MMMM yyyy", l))
                .format(date);
    }

    private static String signed(BigDecimal value, int scale, Locale locale) {
        String body = plain(value.abs(), scale, locale);
        int sign = value.signum();
        return sign < 0 ? MINUS + body : sign > 0 ? "+" + body : body;
    }

    private static String plain(BigDecimal value, int scale, Locale locale) {
        DecimalFormat format = NUMBERS.get().computeIfAbsent(locale,
                l -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(l)));
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value).replace('-', MINUS);
    }

    private static Locale locale(Object locale) {
        if (locale instanceof Locale l) {
            return l;
        }
        return locale == null ? Lang.NL.locale : Locale.forLanguageTag(locale.toString());
    }

    private static boolean isDutch(Locale locale) {
        return "nl".equals(locale.getLanguage());
    }
}
