package org.compendium.core.render.html;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.compendium.core.internal.ChineseDates;
import org.compendium.core.model.ApplyWindow;
import org.compendium.core.model.WindowState;

/**
 * 申报日历 on a date: the windows open now, those opening soon and those closed lately, the openings of the
 * next twelve months by month, and the policies taking applications all year (常年受理).
 */
public record GuidanceCalendar(String date, List<Item> open, List<Item> soon, List<Item> closed,
                               List<Month> months, List<GuidedPolicy> rolling) {
    /** How far ahead "opening soon" and how far back "closed lately" look. */
    static final int NEAR_DAYS = 60;
    static final int CLOSED_DAYS = 90;
    static final int MONTHS = 12;

    /**
     * One occurrence of a window.
     *
     * @param window the window as written for readers (每年3月1日至4月30日)
     * @param period this occurrence (2025年3月1日至2025年4月30日)
     * @param note   its state in words (截止日期…，还有N天)
     */
    public record Item(GuidedPolicy policy, String window, String period, String startIso, String endIso,
                       String state, String slug, String note) {
    }

    /** The windows opening in one month. */
    public record Month(String label, String id, List<Item> items) {
    }

    public static GuidanceCalendar of(GuidanceIndex index, LocalDate date) {
        List<Item> open = new ArrayList<>();
        List<Item> soon = new ArrayList<>();
        List<Item> closed = new ArrayList<>();
        List<GuidedPolicy> rolling = new ArrayList<>();
        YearMonth first = YearMonth.from(date);
        LocalDate horizon = first.plusMonths(MONTHS - 1L).atEndOfMonth();
        List<Item> ahead = new ArrayList<>();
        for (GuidedPolicy g : index.scheduled()) {
            for (ApplyWindow w : g.info().windows()) {
                if (w instanceof ApplyWindow.Rolling) {
                    if (!rolling.contains(g)) {
                        rolling.add(g);
                    }
                    continue;
                }
                for (ApplyWindow.Occurrence o : w.occurrencesBetween(date.minusDays(CLOSED_DAYS), horizon)) {
                    Item item = item(g, w, o, date);
                    switch (o.stateOn(date)) {
                        case OPEN -> open.add(item);
                        case UPCOMING -> {
                            if (!o.start().isAfter(date.plusDays(NEAR_DAYS))) {
                                soon.add(item);
                            }
                        }
                        default -> closed.add(item);
                    }
                    if (!o.start().isBefore(first.atDay(1))) {
                        ahead.add(item);
                    }
                }
            }
        }
        open.sort(Comparator.comparing(Item::endIso).thenComparing(i -> i.policy().entry().id()));
        soon.sort(Comparator.comparing(Item::startIso).thenComparing(i -> i.policy().entry().id()));
        closed.sort(Comparator.comparing(Item::endIso).reversed().thenComparing(i -> i.policy().entry().id()));
        return new GuidanceCalendar(ChineseDates.format(date), open, soon, closed, months(ahead, first), rolling);
    }

    private static List<Month> months(List<Item> ahead, YearMonth first) {
        List<Month> months = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            YearMonth m = first.plusMonths(i);
            String prefix = m.toString();
            List<Item> items = ahead.stream().filter(it -> it.startIso().startsWith(prefix))
                    .sorted(Comparator.comparing(Item::startIso).thenComparing(it -> it.policy().entry().id())).toList();
            months.add(new Month(m.getYear() + "年" + m.getMonthValue() + "月", "m-" + prefix, items));
        }
        return months;
    }

    private static Item item(GuidedPolicy g, ApplyWindow w, ApplyWindow.Occurrence o, LocalDate date) {
        WindowState state = o.stateOn(date);
        String note = switch (state) {
            case OPEN -> "截止日期" + ChineseDates.format(o.end()) + "，还有" + o.daysLeft(date) + "天";
            case UPCOMING -> "还有" + (o.start().toEpochDay() - date.toEpochDay()) + "天开始";
            default -> "已于" + ChineseDates.format(o.end()) + "截止";
        };
        return new Item(g, w.label(), ChineseDates.format(o.start()) + "至" + ChineseDates.format(o.end()),
                o.start().toString(), o.end().toString(), state.label(), state.slug(), note);
    }
}
