package org.compendium.core.render.html;

/**
 * A day of a policy's life as its page shows it.
 *
 * @param label  发布, 施行, 修订, 被修订, 废止, 失效
 * @param detail a few words about it, or empty
 * @param title  the other policy concerned (修订), or empty
 * @param url    its page, relative to the site root, or empty
 */
public record TimelineEntry(String date, String dateIso, String label, String detail, String title, String url) {
}
