package org.compendium.core.model;

/** What gave a block its anchor. */
public enum AnchorKind {
    /** 第N章 → {@code chap-N}. */
    CHAPTER,
    /** 第N节 → {@code chap-C-sect-N}. */
    SECTION,
    /** 第N条 → {@code art-N}. */
    ARTICLE,
    /** Outline numbering 一、/（一）/1./（1）→ {@code sec-…} (or {@code art-N-…} inside an article). */
    OUTLINE,
    /** Any other heading: a readable id from its text. */
    HEADING,
    /** A passage of a note that references a clause: {@code ref-N}. */
    PASSAGE
}
