package org.compendium.core.model;

/**
 * A stable anchor in a document.
 *
 * @param id     the fragment id, e.g. {@code art-23}, {@code sec-2-1-3}
 * @param kind   what gave the block its anchor
 * @param depth  nesting depth for a table of contents: 1 = chapter or 一、, larger is deeper
 * @param number the numbering as written, e.g. 第二十三条, 二、, （一）, 3. (empty for headings)
 * @param text   the block's text after the number, shortened for tables of contents
 * @param line   1-based line in the source file
 */
public record Anchor(String id, AnchorKind kind, int depth, String number, String text, int line) {

    /** Number and text as a table-of-contents label, e.g. "第二条 适用范围". */
    public String label() {
        if (number.isEmpty()) {
            return text;
        }
        if (text.isEmpty()) {
            return number;
        }
        boolean joined = number.endsWith("、") || number.endsWith("）") || number.endsWith(")")
                || number.endsWith(".") || number.endsWith("．");
        return joined ? number + text : number + " " + text;
    }

    /** Headings, chapters and articles: what a reader expects in a table of contents. */
    public boolean isTocEntry() {
        return kind != AnchorKind.PASSAGE;
    }
}
