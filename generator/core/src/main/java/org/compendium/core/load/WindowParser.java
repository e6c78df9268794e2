package org.compendium.core.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.kernel.SourcePosition;
import org.compendium.core.model.ApplyWindow;

/**
 * Reads one 申报时间 value: {@code 2025-03-01至2025-04-30}, {@code 每年03-01至04-30},
 * {@code 每年12-01至次年01-31} or {@code 常年受理} (dates may also be written 2025年3月1日, 3月1日), reporting
 * windows that cannot be: no such day, closing before opening, 2月29日 every year.
 */
final class WindowParser {
    static final String KEY = "申报时间";
    static final String EXPECTED = "expected YYYY-MM-DD至YYYY-MM-DD, 每年MM-DD至MM-DD (每年MM-DD至次年MM-DD across the "
            + "new year) or 常年受理";
    private static final String SEP = "\\s*(?:至|~|～|到)\\s*";
    private static final String DATE = "(\\d{4})(?:-(\\d{1,2})-(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)";
    private static final String MONTH_DAY = "(?:(\\d{1,2})-(\\d{1,2})|(\\d{1,2})月(\\d{1,2})日)";
    private static final Pattern DATED = Pattern.compile(DATE + SEP + DATE);
    private static final Pattern YEARLY = Pattern.compile("每年\\s*" + MONTH_DAY + SEP + "(次年)?\\s*" + MONTH_DAY);
    private static final Pattern ROLLING = Pattern.compile("常年受理|常年申报|全年受理|常年");

    private final Diagnostics diagnostics;

    WindowParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<ApplyWindow> parse(String text, SourcePosition at) {
        if (text.chars().anyMatch(c -> c >= '０' && c <= '９' || c == '－')) {
            return fail(at, "invalid window [" + text + "] in " + KEY + ": full-width digits; " + EXPECTED
                    + " with ASCII digits");
        }
        if (ROLLING.matcher(text).matches()) {
            return Optional.of(new ApplyWindow.Rolling(text));
        }
        Matcher m = DATED.matcher(text);
        if (m.matches()) {
            return dated(text, m, at);
        }
        m = YEARLY.matcher(text);
        if (m.matches()) {
            return yearly(text, m, at);
        }
        return fail(at, "invalid window [" + text + "] in " + KEY + "; " + EXPECTED);
    }

    private Optional<ApplyWindow> dated(String text, Matcher m, SourcePosition at) {
        Optional<LocalDate> start = date(text, m, 1, at);
        Optional<LocalDate> end = date(text, m, 6, at);
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        if (end.get().isBefore(start.get())) {
            return fail(at, "impossible window [" + text + "] in " + KEY + ": it closes before it opens; expected a "
                    + "closing date on or after " + start.get());
        }
        return Optional.of(new ApplyWindow.Dated(text, start.get(), end.get()));
    }

    private Optional<ApplyWindow> yearly(String text, Matcher m, SourcePosition at) {
        Optional<MonthDay> from = monthDay(text, m, 1, at);
        boolean nextYear = m.group(5) != null;
        Optional<MonthDay> to = monthDay(text, m, 6, at);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (!nextYear && to.get().isBefore(from.get())) {
            return fail(at, "impossible window [" + text + "] in " + KEY + ": it closes before it opens; expected a "
                    + "closing day after " + from.get().toString().substring(2) + ", or 至次年MM-DD for a window "
                    + "across the new year");
        }
        if (nextYear && !to.get().isBefore(from.get())) {
            return fail(at, "impossible window [" + text + "] in " + KEY + ": longer than a year; expected 次年 only "
                    + "for a closing day before the opening day");
        }
        return Optional.of(new ApplyWindow.Yearly(text, from.get(), to.get(), nextYear));
    }

    /** The date written in the groups from {@code g}: year, then month and day as YYYY-MM-DD or 年月日. */
    private Optional<LocalDate> date(String text, Matcher m, int g, SourcePosition at) {
        int year = Integer.parseInt(m.group(g));
        int month = Integer.parseInt(m.group(g + 1) != null ? m.group(g + 1) : m.group(g + 3));
        int day = Integer.parseInt(m.group(g + 1) != null ? m.group(g + 2) : m.group(g + 4));
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return fail(at, "invalid window [" + text + "] in " + KEY + ": no such day [" + year + "-" + two(month)
                    + "-" + two(day) + "]; expected a real date");
        }
    }

    private Optional<MonthDay> monthDay(String text, Matcher m, int g, SourcePosition at) {
        int month = Integer.parseInt(m.group(g) != null ? m.group(g) : m.group(g + 2));
        int day = Integer.parseInt(m.group(g) != null ? m.group(g + 1) : m.group(g + 3));
        String written = two(month) + "-" + two(day);
        if (month == 2 && day == 29) {
            return fail(at, "impossible window [" + text + "] in " + KEY + ": " + written + " is not in every year; "
                    + "expected a day every year has, such as 02-28 or 03-01");
        }
        try {
            return Optional.of(MonthDay.of(month, day));
        } catch (DateTimeException e) {
            return fail(at, "invalid window [" + text + "] in " + KEY + ": no such day [" + written
                    + "]; expected a real month and day MM-DD");
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private <T> Optional<T> fail(SourcePosition at, String message) {
        diagnostics.error(at, message);
        return Optional.empty();
    }
}
