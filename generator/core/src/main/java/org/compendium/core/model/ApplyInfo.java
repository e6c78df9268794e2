package org.compendium.core.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@code apply:} block of a policy (政策兑现): who may apply, what support, when, where and how.
 *
 * @param audiences     适用对象, values of the compendium's audience vocabulary
 * @param supportTypes  支持方式, values of the support-type vocabulary
 * @param standard      支持标准 (text)
 * @param windows       申报时间, in the order written
 * @param noApplication 免申即享: the support is granted without an application
 * @param office        受理处室, a key of {@code offices:} in compendium.yaml
 * @param phone         联系电话 of this policy, when it differs from the office's
 * @param entry         申报入口, an https URL
 * @param materials     申报材料
 */
public record ApplyInfo(
        List<String> audiences,
        List<String> supportTypes,
        Optional<String> standard,
        List<ApplyWindow> windows,
        boolean noApplication,
        Optional<String> office,
        Optional<String> phone,
        Optional<String> entry,
        List<String> materials) {

    public ApplyInfo {
        audiences = List.copyOf(audiences);
        supportTypes = List.copyOf(supportTypes);
        windows = List.copyOf(windows);
        materials = List.copyOf(materials);
    }

    /**
     * The window that matters most on {@code date}: one open (closing first), else the next to open, else
     * 常年受理, else the one closed last. Empty without windows.
     */
    public Optional<ApplyWindow> currentWindow(LocalDate date) {
        Comparator<ApplyWindow> byRank = Comparator.comparingInt((ApplyWindow w) -> rank(w.stateOn(date)))
                .thenComparingLong(w -> w.occurrenceOn(date).map(o -> switch (o.stateOn(date)) {
                    case OPEN -> o.end().toEpochDay();
                    case UPCOMING -> o.start().toEpochDay();
                    default -> -o.end().toEpochDay();
                }).orElse(0L));
        return windows.stream().min(byRank);
    }

    /** Where the application stands on {@code date}: the state of {@link #currentWindow}; empty without windows. */
    public Optional<WindowState> stateOn(LocalDate date) {
        return currentWindow(date).map(w -> w.stateOn(date));
    }

    private static int rank(WindowState state) {
        return switch (state) {
            case OPEN -> 0;
            case UPCOMING -> 1;
            case ROLLING -> 2;
            case CLOSED -> 3;
        };
    }
}
