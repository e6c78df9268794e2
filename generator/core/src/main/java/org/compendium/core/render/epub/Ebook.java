package org.compendium.core.render.epub;

import java.util.List;
import org.compendium.core.model.Status;
import org.compendium.core.render.EditionChanges;
import org.compendium.core.render.GuideAppendix;

/**
 * The data model of the EPUB templates ({@code templates/epub/book.ftlx} and the files it includes), one annual
 * edition as an e-book, under the name {@code book}. Only data: every word the book shows around it (目录,
 * 政策解读, 发文字号, the cover's lines, the package's metadata) is written in the templates. Each document comes
 * with the file name of its chapter, which links between chapters use. See {@code docs/templates.md}.
 *
 * @param language        BCP 47 tag, e.g. {@code zh-CN}
 * @param compendiumTitle the compendium's title from compendium.yaml
 * @param publisher       the publisher from compendium.yaml
 * @param year            the edition's year
 * @param date            the day the edition is compiled for, written the Chinese way (2024年12月31日)
 * @param identifier      the book's {@code urn:uuid:}, the same in every build of the edition
 * @param modified        the build time as {@code CCYY-MM-DDThh:mm:ssZ}
 * @param preface         the year's summary, or null when the edition has none
 * @param categories      the policies by category, in reading order
 * @param guide           the appendix 申报指南速查 (links are chapter files), or null when no policy of the edition
 *                        has an {@code apply:} block
 * @param changes         本版变化 and the appendix 修订对照 (policy links are chapter files, {@code policy-ID.xhtml})
 */
public record Ebook(String language, String compendiumTitle, String publisher, int year, String date,
                    String identifier, String modified, Chapter preface, List<Category> categories,
                    GuideAppendix guide, EditionChanges changes) {

    public Ebook {
        categories = List.copyOf(categories);
    }

    /**
     * A document's chapter: its file, title and body.
     *
     * @param file    the chapter's file name, e.g. {@code policy-sl-kj-2024-02.xhtml}
     * @param heading the body's own title heading ({@code <h1>}, XHTML), or null when the body has none
     * @param body    the rest of the body, XHTML (written with {@code ?no_esc})
     */
    public record Chapter(String file, String title, String heading, String body) {
    }

    /**
     * A category: its divider page and its policies, oldest first.
     *
     * @param file the divider page's file name, {@code part-01.xhtml}
     */
    public record Category(String name, String file, List<EbookPolicy> policies) {
        public Category {
            policies = List.copyOf(policies);
        }
    }

    /**
     * A policy's chapter and its notes.
     *
     * @param docNumber 发文字号 as written in the front matter, or empty
     * @param issuers   the issuing bodies
     * @param issued    issue date, written the Chinese way
     * @param expires   the end of its term of validity, or empty
     * @param status    its status on the edition's date ({@code status.label()}: 现行有效)
     */
    public record EbookPolicy(Chapter chapter, String docNumber, List<String> issuers, String issued,
                              String effective, String expires, Status status, List<EbookNote> notes) {
        public EbookPolicy {
            issuers = List.copyOf(issuers);
            notes = List.copyOf(notes);
        }
    }

    /**
     * An interpretation note's chapter.
     *
     * @param form   the note's form (文字解读, 图解, 问答, 视频)
     * @param policy the chapter of the policy it interprets
     */
    public record EbookNote(Chapter chapter, String form, String issued, Chapter policy) {
    }
}
