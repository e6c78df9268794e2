package org.compendium.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplyWindowTest {
    private static final ApplyWindow SPRING = new ApplyWindow.Yearly("每年03-01至04-30", MonthDay.of(3, 1),
            MonthDay.of(4, 30), false);
    private static final ApplyWindow WINTER = new ApplyWindow.Yearly("每年11-01至次年01-15", MonthDay.of(11, 1),
            MonthDay.of(1, 15), true);
    private static final ApplyWindow JUNE = new ApplyWindow.Dated("2025-06-16至2025-07-15", LocalDate.of(2025, 6, 16),
            LocalDate.of(2025, 7, 15));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void datedWindowStatesIncludeBothEnds() {
        assertEquals(WindowState.UPCOMING, JUNE.stateOn(d("2025-06-15")));
        assertEquals(WindowState.OPEN, JUNE.stateOn(d("2025-06-16")));
        assertEquals(WindowState.OPEN, JUNE.stateOn(d("2025-07-15")));
        assertEquals(WindowState.CLOSED, JUNE.stateOn(d("2025-07-16")));
        assertEquals(16, JUNE.occurrenceOn(d("2025-06-30")).orElseThrow().daysLeft(d("2025-06-30")));
    }

    @Test
    void yearlyWindowIsThisYearsOccurrence() {
        assertEquals(WindowState.UPCOMING, SPRING.stateOn(d("2025-02-28")));
        assertEquals(WindowState.OPEN, SPRING.stateOn(d("2025-04-30")));
        assertEquals(WindowState.CLOSED, SPRING.stateOn(d("2025-05-01")));
        assertEquals(d("2025-03-01"), SPRING.occurrenceOn(d("2025-12-31")).orElseThrow().start());
    }

    @Test
    void windowAcrossTheNewYearBelongsToTheYearItOpened() {
        var jan = WINTER.occurrenceOn(d("2026-01-10")).orElseThrow();
        assertEquals(new ApplyWindow.Occurrence(d("2025-11-01"), d("2026-01-15")), jan);
        assertEquals(WindowState.OPEN, WINTER.stateOn(d("2026-01-10")));
        assertEquals(WindowState.UPCOMING, WINTER.stateOn(d("2026-01-16")));
        assertEquals(d("2026-11-01"), WINTER.occurrenceOn(d("2026-01-16")).orElseThrow().start());
        assertEquals(List.of(new ApplyWindow.Occurrence(d("2024-11-01"), d("2025-01-15")),
                        new ApplyWindow.Occurrence(d("2025-11-01"), d("2026-01-15"))),
                WINTER.occurrencesBetween(d("2025-01-01"), d("2025-12-31")));
    }

    @Test
    void labelsAreWrittenTheChineseWay() {
        assertEquals("每年3月1日至4月30日", SPRING.label());
        assertEquals("每年11月1日至次年1月15日", WINTER.label());
        assertEquals("2025年6月16日至2025年7月15日", JUNE.label());
        assertEquals("常年受理", new ApplyWindow.Rolling("常年").label());
    }

    @Test
    void currentWindowPrefersOpenThenNextThenRollingThenLastClosed() {
        ApplyInfo info = new ApplyInfo(List.of("高新技术企业"), List.of("资金补助"), Optional.empty(),
                List.of(SPRING, JUNE), false, Optional.of("gaoxin"), Optional.empty(), Optional.empty(), List.of());
        assertEquals(Optional.of(JUNE), info.currentWindow(d("2025-06-30")));
        assertEquals(Optional.of(SPRING), info.currentWindow(d("2025-04-01")));
        assertEquals(Optional.of(JUNE), info.currentWindow(d("2025-05-10")), "the next to open");
        assertEquals(Optional.of(WindowState.CLOSED), info.stateOn(d("2025-12-31")));
        assertEquals(Optional.of(JUNE), info.currentWindow(d("2025-12-31")), "the one closed last");
        ApplyInfo withRolling = new ApplyInfo(List.of("创业团队"), List.of("人才服务"), Optional.empty(),
                List.of(JUNE, new ApplyWindow.Rolling("常年受理")), false, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
        assertEquals(Optional.of(WindowState.ROLLING), withRolling.stateOn(d("2025-12-31")));
    }

    @Test
    void telLinkTakesTheFirstNumbersDigits() {
        assertEquals("05925550166", Office.telOf("0592-5550166、12345"));
        assertEquals("+8605925550101", Office.telOf("+86 (0592) 5550101转8001"));
    }
}
