package org.compendium.core.parse;

/**
 * Chinese clause numbering found at the start of a block.
 *
 * @param type    chapter, section, article or outline
 * @param level   outline level 1 (一、) … 5 (①); 0 for chapter, section and article
 * @param ordinal the number's value, e.g. 23 for 第二十三条
 * @param written the numbering as written, e.g. 第二十三条 or （一）
 * @param rest    the text after the numbering, trimmed
 */
public record Numbering(Type type, int level, int ordinal, String written, String rest) {

    public enum Type { CHAPTER, SECTION, ARTICLE, OUTLINE }

    public static Numbering outline(int level, int ordinal, String written, String rest) {
        return new Numbering(Type.OUTLINE, level, ordinal, written, rest);
    }
}
