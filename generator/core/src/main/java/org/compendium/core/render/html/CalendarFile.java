package org.compendium.core.render.html;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.compendium.core.model.ApplyWindow;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Office;
import org.compendium.core.model.SiteConfig;
import org.compendium.core.paths.SitePaths;

/**
 * {@code calendar.ics} (RFC 5545): one all-day event per application window of every policy in force, a yearly
 * window as a yearly recurring event (until the policy expires). UIDs are the policy id and the window's
 * number, so a subscribed calendar updates its events instead of duplicating them; DTSTAMP is the policy's
 * issue date, so the file changes only when the content does. 常年受理 has no dates and no event.
 */
final class CalendarFile {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int LINE_OCTETS = 75;
    private final Compendium compendium;
    private final GuidanceIndex index;

    CalendarFile(Compendium compendium, GuidanceIndex index) {
        this.compendium = compendium;
        this.index = index;
    }

    String text() {
        SiteConfig config = compendium.config();
        String host = URI.create(config.baseUrl()).getHost();
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//compendium//" + escape(config.title()) + "//ZH");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("X-WR-CALNAME:" + escape(config.title() + "申报日历"));
        lines.add("X-WR-CALDESC:" + escape(config.publisher() + "：现行有效政策的申报时间"));
        for (GuidedPolicy g : index.scheduled()) {
            List<ApplyWindow> windows = g.info().windows();
            for (int i = 0; i < windows.size(); i++) {
                if (!(windows.get(i) instanceof ApplyWindow.Rolling)) {
                    event(lines, g, windows.get(i), i + 1, host);
                }
            }
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> fold(l, out));
        return out.toString();
    }

    private void event(List<String> lines, GuidedPolicy g, ApplyWindow w, int n, String host) {
        var meta = g.policy().meta();
        LocalDate start;
        LocalDate end;
        String rule = "";
        if (w instanceof ApplyWindow.Yearly y) {
            int year = meta.effective().getYear();
            if (y.inYear(year).end().isBefore(meta.effective())) {
                year++;
            }
            start = y.inYear(year).start();
            end = y.inYear(year).end();
            rule = "RRULE:FREQ=YEARLY" + meta.expires().map(d -> ";UNTIL=" + DATE.format(d)).orElse("");
        } else {
            ApplyWindow.Dated d = (ApplyWindow.Dated) w;
            start = d.start();
            end = d.end();
        }
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + g.entry().id() + "-w" + n + "@" + host);
        lines.add("DTSTAMP:" + DATE.format(meta.issued()) + "T000000Z");
        lines.add("DTSTART;VALUE=DATE:" + DATE.format(start));
        lines.add("DTEND;VALUE=DATE:" + DATE.format(end.plusDays(1)));
        if (!rule.isEmpty()) {
            lines.add(rule);
        }
        lines.add("SUMMARY:" + escape("申报：" + g.entry().title()));
        lines.add("DESCRIPTION:" + escape(description(g, w)));
        Office office = g.apply().office();
        if (office != null) {
            lines.add("LOCATION:" + escape(office.name() + "，" + office.address()));
        }
        lines.add("CATEGORIES:" + String.join(",", g.apply().supportTypes().stream().map(CalendarFile::escape).toList()));
        lines.add("URL:" + SitePaths.publicUrl(compendium, g.policy(), ""));
        lines.add("TRANSP:TRANSPARENT");
        lines.add("END:VEVENT");
    }

    private String description(GuidedPolicy g, ApplyWindow w) {
        var a = g.apply();
        StringBuilder d = new StringBuilder();
        d.append("申报时间：").append(w.label()).append('\n');
        d.append("适用对象：").append(String.join("、", a.audiences())).append('\n');
        d.append("支持方式：").append(String.join("、", a.supportTypes())).append('\n');
        if (!a.standard().isEmpty()) {
            d.append("支持标准：").append(a.standard()).append('\n');
        }
        if (a.office() != null) {
            d.append("受理处室：").append(a.office().name()).append('\n');
        }
        if (!a.phone().isEmpty()) {
            d.append("联系电话：").append(a.phone()).append('\n');
        }
        if (!a.entry().isEmpty()) {
            d.append("申报入口：").append(a.entry()).append('\n');
        }
        d.append("政策原文：").append(SitePaths.publicUrl(compendium, g.policy(), ""));
        return d.toString();
    }

    /** TEXT value escaping (RFC 5545 3.3.11). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Writes a content line folded at 75 octets (never inside a UTF-8 sequence), CRLF-terminated. */
    static void fold(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + size > LINE_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
