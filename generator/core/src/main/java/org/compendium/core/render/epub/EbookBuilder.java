package org.compendium.core.render.epub;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;
import org.compendium.core.history.Chronicle;
import org.compendium.core.internal.ChineseDates;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Document;
import org.compendium.core.model.Edition;
import org.compendium.core.model.Interpretation;
import org.compendium.core.model.Policy;
import org.compendium.core.model.PolicyMeta;
import org.compendium.core.render.EditionChanges;
import org.compendium.core.render.GuideAppendix;

/**
 * Prepares the data of one edition's e-book ({@link Ebook}) for the EPUB templates: each document's body
 * converted to the XHTML of its chapter (links rewritten for the edition, the images it embeds collected), the
 * statuses on the edition's date, the book's fixed identity. No wording: that is the templates'.
 */
final class EbookBuilder {
    private static final DateTimeFormatter W3CDTF = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private final Compendium compendium;
    private final BodyConverter bodies;
    private final SortedSet<String> images;

    /** @param images receives the content-relative paths of the images the chapters embed */
    EbookBuilder(Compendium compendium, BodyConverter bodies, SortedSet<String> images) {
        this.compendium = compendium;
        this.bodies = bodies;
        this.images = images;
    }

    Ebook build(Edition edition) {
        String title = compendium.config().title();
        UUID uuid = UUID.nameUUIDFromBytes((title + "\n" + edition.year()).getBytes(StandardCharsets.UTF_8));
        List<Ebook.Category> categories = new ArrayList<>();
        for (Edition.CategoryGroup group : edition.categories()) {
            categories.add(new Ebook.Category(group.category(), EditionLayout.partFile(categories.size() + 1),
                    group.policies().stream().map(p -> policy(p, edition)).toList()));
        }
        return new Ebook(compendium.config().language(), title, compendium.config().publisher(), edition.year(),
                ChineseDates.format(edition.date()), "urn:uuid:" + uuid, timestamp(compendium.buildTime()),
                edition.summary().map(this::chapter).orElse(null), categories,
                GuideAppendix.of(edition, compendium.config().guidance(), p -> EditionLayout.file(p)),
                EditionChanges.of(Chronicle.of(compendium), edition, EditionLayout::file));
    }

    /** The build time as {@code CCYY-MM-DDThh:mm:ssZ} (dc:date and dcterms:modified). */
    static String timestamp(Instant time) {
        return W3CDTF.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    private Ebook.EbookPolicy policy(Policy policy, Edition edition) {
        PolicyMeta m = policy.meta();
        Ebook.Chapter chapter = chapter(policy);
        List<Ebook.EbookNote> notes = compendium.interpretationsOf(policy.id()).stream()
                .map((Interpretation n) -> new Ebook.EbookNote(chapter(n), n.meta().form().label(),
                        ChineseDates.format(n.meta().issued()), chapter)).toList();
        return new Ebook.EbookPolicy(chapter, m.docNumber().orElse(""), m.issuers(), ChineseDates.format(m.issued()),
                ChineseDates.format(m.effective()), m.expires().map(ChineseDates::format).orElse(""),
                compendium.status(policy, edition.date()), notes);
    }

    private Ebook.Chapter chapter(Document doc) {
        BodyConverter.Converted body = bodies.convert(doc.body().html(), doc.path(), Set.of(), images);
        return new Ebook.Chapter(EditionLayout.file(doc), doc.title(), body.title().orElse(null), body.rest());
    }
}
