package org.compendium.core.internal;

import java.time.LocalDate;

/** Dates the way Chinese official documents write them: 2024年3月1日. */
public final class ChineseDates {

    private ChineseDates() {
    }

    public static String format(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
