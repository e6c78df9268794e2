package org.compendium.core.render.pdf;

import java.util.List;
import org.compendium.core.model.Status;
import org.compendium.core.render.EditionChanges;
import org.compendium.core.render.GuideAppendix;

/**
 * The data model of {@code templates/pdf/book.ftlx}, one annual edition as a printed book, under the name
 * {@code book}. Only data: every word the book prints around it (目录, 序言, 发文字号, 【文字解读】, 索引, the cover's
 * lines) is written in the templates, so staff restyle the book without Java. See {@code docs/templates.md}.
 *
 * @param language        BCP 47 tag of the book, e.g. {@code zh-CN}
 * @param compendiumTitle the compendium's title from compendium.yaml, e.g. 示例市科技政策汇编
 * @param publisher       the publisher from compendium.yaml
 * @param year            the edition's year
 * @param date            the day the edition is compiled for, written the Chinese way (2024年12月31日)
 * @param coverYear       the year of the month the cover is dated with (see {@link PrintBookBuilder#coverMonth})
 * @param coverMonth      that month, 1–12
 * @param policyCount     how many policies the edition holds
 * @param css             the print style sheet ({@code pdf/print.css}), to be written into the head
 * @param preface         the year's summary, or null when the edition has none
 * @param categories      the policies by category, in book order
 * @param byDocNumber     index entries of the policies with a 发文字号, in 文号 order
 * @param byIssuer        index entries by issuing body, in pinyin order
 * @param guide           the appendix 申报指南速查 (links are element ids), or null when no policy of the edition
 *                        has an {@code apply:} block
 * @param changes         本版变化 and the appendix 修订对照 (policy links are element ids, {@code d-ID})
 */
public record PrintBook(String language, String compendiumTitle, String publisher, int year, String date,
                        int coverYear, int coverMonth, int policyCount, String css, Preface preface,
                        List<Category> categories, List<IndexEntry> byDocNumber, List<IssuerEntries> byIssuer,
                        GuideAppendix guide, EditionChanges changes) {

    public PrintBook {
        categories = List.copyOf(categories);
        byDocNumber = List.copyOf(byDocNumber);
        byIssuer = List.copyOf(byIssuer);
    }

    /**
     * A body as the book prints it: XHTML with ids prefixed per document ({@code d-ID--art-3}), cross-references
     * made internal links or public URLs, images embedded. Written with {@code ?no_esc}.
     *
     * @param html     the text, without the end notes; each external link has class {@code external} and its
     *                 number in {@code data-link} (print.css prints it after the link's text)
     * @param endnotes the end notes (an {@code <ol>} of the footnotes), empty when there are none
     * @param links    the external links, numbered in order, for the list of addresses after the text
     */
    public record Body(String html, String endnotes, List<PrintLink> links) {
        public Body {
            links = List.copyOf(links);
        }
    }

    /**
     * An external link of a text, as the book lists it so that a reader of the printed page can open it.
     *
     * @param number its number in the text (the link prints as 链接文字[number])
     * @param text   the link's text
     * @param url    the full address
     * @param qr     a QR code of the address, a {@code data:image/png} URI
     */
    public record PrintLink(int number, String text, String url, String qr) {
    }

    /**
     * The year's summary, printed as 序言.
     *
     * @param anchor the element id links to the summary go to ({@code d-ID})
     */
    public record Preface(String anchor, String title, Body body) {
    }

    /**
     * A category and its policies, oldest first.
     *
     * @param anchor the category's element id ({@code cat-N})
     */
    public record Category(String name, String anchor, List<PrintPolicy> policies) {
        public Category {
            policies = List.copyOf(policies);
        }
    }

    /**
     * One policy.
     *
     * @param anchor    the policy's element id ({@code d-ID}); links into it use {@code d-ID--clause}
     * @param docNumber 发文字号 in its printed form (示科规〔2023〕2号), or empty
     * @param issuers   the issuing bodies
     * @param issued    issue date, written the Chinese way
     * @param effective date it takes effect
     * @param expires   the end of its term of validity, or empty
     * @param status    its status on the edition's date ({@code status.label()}: 现行有效)
     * @param outline   its level-1 clauses (chapters, 一、 sections), for the PDF outline
     * @param notes     its interpretation notes
     */
    public record PrintPolicy(String anchor, String title, String docNumber, List<String> issuers, String issued,
                              String effective, String expires, Status status, List<OutlineEntry> outline,
                              Body body, List<PrintNote> notes) {
        public PrintPolicy {
            issuers = List.copyOf(issuers);
            outline = List.copyOf(outline);
            notes = List.copyOf(notes);
        }
    }

    /**
     * An interpretation note, printed after its policy.
     *
     * @param form the note's form as written in its front matter (文字解读, 图解, 问答, 视频)
     */
    public record PrintNote(String anchor, String title, String form, String issued, Body body) {
    }

    /** A bookmark below a policy: the clause's label and element id. */
    public record OutlineEntry(String label, String anchor) {
    }

    /**
     * An entry of the index.
     *
     * @param key 发文字号 (in the 文号 part), or empty
     */
    public record IndexEntry(String key, String title, String anchor) {
    }

    /** An issuing body and its policies, by issue date. */
    public record IssuerEntries(String issuer, List<IndexEntry> entries) {
        public IssuerEntries {
            entries = List.copyOf(entries);
        }
    }
}
