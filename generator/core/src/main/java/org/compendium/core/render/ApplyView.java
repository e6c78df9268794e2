package org.compendium.core.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.compendium.core.internal.ChineseDates;
import org.compendium.core.model.ApplyInfo;
import org.compendium.core.model.ApplyWindow;
import org.compendium.core.model.Guidance;
import org.compendium.core.model.Office;
import org.compendium.core.model.WindowState;

/**
 * A policy's application guidance (办事指南) as the templates of all three formats show it, on a given date:
 * every window with its state (申报中, 尚未开始, 已截止, 常年受理) and what that means in days, the office
 * written out, the phone to call.
 *
 * @param state       the state of the window that matters most on the date ({@code stateLabel} 申报中 …), or
 *                    免申即享 / empty
 * @param stateSlug   {@code open}, {@code upcoming}, {@code closed}, {@code rolling}, {@code none} (CSS)
 * @param office      the office, or null when the registry lacks it
 * @param phone       the policy's own 联系电话, else the office's
 * @param tel         {@code phone} for a {@code tel:} link
 */
public record ApplyView(
        List<String> audiences,
        List<String> supportTypes,
        String standard,
        boolean noApplication,
        List<WindowView> windows,
        String state,
        String stateSlug,
        Office office,
        String phone,
        String tel,
        String entry,
        List<String> materials) {

    /**
     * One window on the date.
     *
     * @param label the window in Chinese (每年3月1日至4月30日)
     * @param state 申报中 …; {@code slug} its CSS name
     * @param note  what the state means: 截止日期2025年4月30日，还有12天; 2025年3月1日开始; …
     * @param start the relevant occurrence's first day (ISO), or empty for 常年受理
     * @param end   its last day (ISO), or empty
     */
    public record WindowView(String label, String state, String slug, String note, String start, String end) {
    }

    public static ApplyView of(ApplyInfo apply, Guidance guidance, LocalDate date) {
        Office office = apply.office().flatMap(guidance::office).orElse(null);
        String phone = apply.phone().orElse(office == null ? "" : office.phone());
        Optional<WindowState> state = apply.stateOn(date);
        String stateLabel = state.map(WindowState::label).orElse(apply.noApplication() ? "免申即享" : "");
        String slug = state.map(WindowState::slug).orElse("none");
        List<WindowView> windows = apply.windows().stream().map(w -> window(w, date)).toList();
        return new ApplyView(apply.audiences(), apply.supportTypes(), apply.standard().orElse(""),
                apply.noApplication(), windows, stateLabel, slug, office, phone, Office.telOf(phone),
                apply.entry().orElse(""), apply.materials());
    }

    static WindowView window(ApplyWindow w, LocalDate date) {
        WindowState state = w.stateOn(date);
        Optional<ApplyWindow.Occurrence> o = w.occurrenceOn(date);
        String note = o.map(occ -> note(w, occ, state, date)).orElse("全年均可申报");
        return new WindowView(w.label(), state.label(), state.slug(), note,
                o.map(x -> x.start().toString()).orElse(""), o.map(x -> x.end().toString()).orElse(""));
    }

    private static String note(ApplyWindow w, ApplyWindow.Occurrence o, WindowState state, LocalDate date) {
        return switch (state) {
            case OPEN -> "截止日期" + ChineseDates.format(o.end()) + "，还有" + o.daysLeft(date) + "天";
            case UPCOMING -> ChineseDates.format(o.start()) + "开始受理";
            case CLOSED -> w instanceof ApplyWindow.Yearly y
                    ? "本年度已于" + ChineseDates.format(o.end()) + "截止，下次" + ChineseDates.format(
                            y.inYear(o.start().getYear() + 1).start()) + "开始"
                    : "已于" + ChineseDates.format(o.end()) + "截止";
            case ROLLING -> "全年均可申报";
        };
    }
}
