package org.compendium.core.render.epub;

import java.util.List;
import org.compendium.core.internal.Xml;

/**
 * The package document ({@code package.opf}, EPUB 3.0): Dublin Core and schema.org accessibility
 * metadata, the manifest and the spine (with the NCX named for EPUB 2 reading systems).
 */
final class PackageDocument {
    static final String FILE = "package.opf";

    String write(BookMetadata meta, List<ManifestItem> items) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"pub-id\"")
                .append(" xml:lang=\"").append(Xml.escape(meta.language())).append("\">\n");
        metadata(out, meta, items.stream().anyMatch(i -> i.mediaType().startsWith("image/")));
        out.append("<manifest>\n");
        for (ManifestItem item : items) {
            out.append("<item id=\"").append(item.id()).append("\" href=\"").append(Xml.escape(item.href()))
                    .append("\" media-type=\"").append(item.mediaType()).append('"');
            if (!item.properties().isEmpty()) {
                out.append(" properties=\"").append(item.properties()).append('"');
            }
            out.append("/>\n");
        }
        out.append("</manifest>\n<spine toc=\"ncx\">\n");
        items.stream().filter(ManifestItem::linear)
                .forEach(item -> out.append("<itemref idref=\"").append(item.id()).append("\"/>\n"));
        return out.append("</spine>\n</package>\n").toString();
    }

    private static void metadata(StringBuilder out, BookMetadata meta, boolean images) {
        out.append("<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:identifier id=\"pub-id\">").append(Xml.escape(meta.identifier())).append("</dc:identifier>\n")
                .append("<dc:title>").append(Xml.escape(meta.title())).append("</dc:title>\n")
                .append("<dc:language>").append(Xml.escape(meta.language())).append("</dc:language>\n")
                .append("<dc:publisher>").append(Xml.escape(meta.publisher())).append("</dc:publisher>\n")
                .append("<dc:date>").append(meta.modified()).append("</dc:date>\n")
                .append("<meta property=\"dcterms:modified\">").append(meta.modified()).append("</meta>\n")
                .append("<meta name=\"cover\" content=\"cover-image\"/>\n");
        schema(out, "accessMode", "textual");
        if (images) {
            schema(out, "accessMode", "visual");
        }
        schema(out, "accessModeSufficient", "textual");
        for (String feature : List.of("structuralNavigation", "tableOfContents", "readingOrder")) {
            schema(out, "accessibilityFeature", feature);
        }
        schema(out, "accessibilityHazard", "none");
        schema(out, "accessibilitySummary", "本书为可重排文本，章节标题结构完整，提供目录导航与合理的阅读顺序；"
                + "条款之间的交叉引用均为链接；图片均附有替代文字。");
        out.append("</metadata>\n");
    }

    private static void schema(StringBuilder out, String property, String value) {
        out.append("<meta property=\"schema:").append(property).append("\">").append(Xml.escape(value)).append("</meta>\n");
    }
}
