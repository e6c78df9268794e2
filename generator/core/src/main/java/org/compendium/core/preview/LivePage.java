package org.compendium.core.preview;

import java.util.List;

/**
 * What the preview adds to the HTML pages it serves (never to the files on disk): a small script that
 * reloads the tab after every build, and, while the content has errors, an overlay listing them above
 * the last good page.
 */
final class LivePage {
    static final String EVENTS = "/__compendium/events";
    static final String ERRORS = "/__compendium/errors";
    private static final String SCRIPT = "<script>(function(){if(!window.EventSource){return;}"
            + "var es=new EventSource('" + EVENTS + "');"
            + "es.addEventListener('reload',function(){location.reload();});})();</script>";

    private LivePage() {
    }

    /** {@code html} with the reload script, and the overlay when {@code state} failed, before {@code </body>}. */
    static String inject(String html, PreviewStatus.State state) {
        String add = (state.failed() ? overlay(state.diagnostics()) : "") + SCRIPT;
        int at = html.lastIndexOf("</body>");
        return at < 0 ? html + add : html.substring(0, at) + add + html.substring(at);
    }

    /** A page of its own for the diagnostics (served when there is no good site yet); {@link #inject} fills it. */
    static String errorPage(PreviewStatus.State state) {
        String body = state.failed() ? "" : "<p>没有错误 — no problems. <a href=\"/\">打开站点 Open the site</a></p>";
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>预览 Preview</title></head>"
                + "<body>" + body + "</body></html>\n";
    }

    static String overlay(List<String> diagnostics) {
        StringBuilder out = new StringBuilder("<div id=\"compendium-errors\" role=\"alert\" style=\"position:fixed;"
                + "inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#fff;"
                + "font:14px/1.5 monospace;padding:2em\"><h2 style=\"color:#ff8080;margin-top:0\">"
                + "内容有错误，显示的是上一次成功构建的站点 — the content has errors; showing the last good site</h2><ul>");
        for (String d : diagnostics) {
            String color = d.contains(": error: ") ? "#ff8080" : "#ffd27f";
            out.append("<li style=\"color:").append(color).append(";white-space:pre-wrap\">").append(escape(d))
                    .append("</li>");
        }
        return out.append("</ul><p>修改文件后将自动刷新 — fix the files and this page reloads.</p></div>").toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
