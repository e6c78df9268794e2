package org.compendium.core.render.pdf;

/** The typefaces of the printed edition, named by their role (GB/T 9704 style and code), with their CSS family. */
public enum FontRole {
    /** 宋体: body text. */
    SONG("Song"),
    /** 黑体: titles and 一、 headings. */
    HEI("Hei"),
    /** 楷体: （一） headings. */
    KAI("Kai"),
    /** Monospace: code spans and blocks (Latin; their CJK characters are set in Song). */
    MONO("Mono");

    private final String family;

    FontRole(String family) {
        this.family = family;
    }

    /** The font-family name print.css uses for this role. */
    public String family() {
        return family;
    }
}
