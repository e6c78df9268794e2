package org.compendium.core.render.epub;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Edition;

/**
 * The Dublin Core metadata of one edition's book.
 *
 * @param title      e.g. 示例市科技政策汇编（2024年版）
 * @param identifier a {@code urn:uuid:} derived from the compendium title and the year, so it is the
 *                   same in every build of that edition
 * @param language   BCP 47 tag, e.g. zh-CN
 * @param modified   the build time as {@code CCYY-MM-DDThh:mm:ssZ} (dc:date and dcterms:modified)
 */
public record BookMetadata(String title, String identifier, String language, String publisher, String modified,
                           int year) {
    private static final DateTimeFormatter W3CDTF = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    public static BookMetadata of(Compendium compendium, Edition edition) {
        String compendiumTitle = compendium.config().title();
        UUID uuid = UUID.nameUUIDFromBytes((compendiumTitle + "\n" + edition.year()).getBytes(StandardCharsets.UTF_8));
        return new BookMetadata(compendiumTitle + "（" + edition.year() + "年版）", "urn:uuid:" + uuid,
                compendium.config().language(), compendium.config().publisher(),
                timestamp(compendium.buildTime()), edition.year());
    }

    static String timestamp(Instant time) {
        return W3CDTF.format(time.truncatedTo(ChronoUnit.SECONDS));
    }
}
