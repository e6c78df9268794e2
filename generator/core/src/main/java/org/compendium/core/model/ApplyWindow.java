package org.compendium.core.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One application window (申报时间) of a policy: fixed dates, a window that recurs every year, or 常年受理
 * (applications taken all year round). Dates always come from the content, states from the date asked.
 */
public sealed interface ApplyWindow {

    /** The window as written in the front matter, e.g. {@code 每年03-01至04-30}. */
    String text();

    /** The window in Chinese for readers: 2025年3月1日至2025年4月30日, 每年3月1日至4月30日, 常年受理. */
    String label();

    /**
     * The occurrence that matters on {@code date}: the open one, else the next, else the last closed one; none
     * for 常年受理.
     */
    Optional<Occurrence> occurrenceOn(LocalDate date);

    /** Every occurrence that overlaps [{@code from}, {@code to}], in date order. */
    List<Occurrence> occurrencesBetween(LocalDate from, LocalDate to);

    /** Where the window stands on {@code date}. */
    default WindowState stateOn(LocalDate date) {
        return occurrenceOn(date).map(o -> o.stateOn(date)).orElse(WindowState.ROLLING);
    }

    /** One concrete period of a window, both days included. */
    record Occurrence(LocalDate start, LocalDate end) {
        public WindowState stateOn(LocalDate date) {
            return date.isBefore(start) ? WindowState.UPCOMING
                    : date.isAfter(end) ? WindowState.CLOSED : WindowState.OPEN;
        }

        /** Days left until the window closes, counting {@code date} itself (0 once closed). */
        public long daysLeft(LocalDate date) {
            return Math.max(0, end.toEpochDay() - date.toEpochDay() + 1);
        }
    }

    /** A window between two dates, e.g. {@code 2025-03-01至2025-04-30}. */
    record Dated(String text, LocalDate start, LocalDate end) implements ApplyWindow {
        @Override
        public String label() {
            return chinese(start) + "至" + chinese(end);
        }

        @Override
        public Optional<Occurrence> occurrenceOn(LocalDate date) {
            return Optional.of(new Occurrence(start, end));
        }

        @Override
        public List<Occurrence> occurrencesBetween(LocalDate from, LocalDate to) {
            return start.isAfter(to) || end.isBefore(from) ? List.of() : List.of(new Occurrence(start, end));
        }
    }

    /**
     * A window every year, e.g. {@code 每年03-01至04-30}; with {@code nextYear} it closes in the following year
     * ({@code 每年12-01至次年01-31}).
     */
    record Yearly(String text, MonthDay from, MonthDay to, boolean nextYear) implements ApplyWindow {
        @Override
        public String label() {
            return "每年" + chinese(from) + "至" + (nextYear ? "次年" : "") + chinese(to);
        }

        /** The occurrence opening in {@code year}. */
        public Occurrence inYear(int year) {
            return new Occurrence(from.atYear(year), to.atYear(nextYear ? year + 1 : year));
        }

        @Override
        public Optional<Occurrence> occurrenceOn(LocalDate date) {
            Occurrence previous = inYear(date.getYear() - 1);
            if (!date.isAfter(previous.end())) {
                return Optional.of(previous);
            }
            return Optional.of(inYear(date.getYear()));
        }

        @Override
        public List<Occurrence> occurrencesBetween(LocalDate from, LocalDate to) {
            List<Occurrence> out = new ArrayList<>();
            for (int y = from.getYear() - 1; y <= to.getYear(); y++) {
                Occurrence o = inYear(y);
                if (!o.start().isAfter(to) && !o.end().isBefore(from)) {
                    out.add(o);
                }
            }
            return out;
        }
    }

    /** 常年受理: applications are taken all year round. */
    record Rolling(String text) implements ApplyWindow {
        @Override
        public String label() {
            return "常年受理";
        }

        @Override
        public Optional<Occurrence> occurrenceOn(LocalDate date) {
            return Optional.empty();
        }

        @Override
        public List<Occurrence> occurrencesBetween(LocalDate from, LocalDate to) {
            return List.of();
        }
    }

    private static String chinese(LocalDate d) {
        return d.getYear() + "年" + chinese(MonthDay.from(d));
    }

    private static String chinese(MonthDay d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
