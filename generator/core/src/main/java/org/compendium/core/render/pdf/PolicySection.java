package org.compendium.core.render.pdf;

import org.compendium.core.model.Compendium;
import org.compendium.core.model.Edition;
import org.compendium.core.model.Interpretation;
import org.compendium.core.model.Policy;
import org.compendium.core.model.PolicyMeta;
import org.compendium.core.render.ChineseDates;
import org.jsoup.nodes.Element;

/**
 * One policy in the book: running header, centred title, the metadata block (发文字号, 发布机关, dates,
 * 时效性 on the edition's date), the body with its end notes, then its interpretation notes.
 */
final class PolicySection {
    private final Compendium compendium;
    private final Edition edition;
    private final BodyHtml bodies;

    PolicySection(Compendium compendium, Edition edition, BodyHtml bodies) {
        this.compendium = compendium;
        this.edition = edition;
        this.bodies = bodies;
    }

    Element render(Policy policy) {
        Element section = new Element("div").addClass("policy").id(BookIds.section(policy));
        section.appendElement("div").addClass("rh").text(policy.title());
        section.appendElement("h2").addClass("policy-title").text(policy.title());
        section.appendChild(meta(policy));
        section.appendChild(bodies.render(policy));
        for (Interpretation note : compendium.interpretationsOf(policy.id())) {
            section.appendChild(note(note));
        }
        return section;
    }

    private Element meta(Policy policy) {
        PolicyMeta m = policy.meta();
        Element table = new Element("table").addClass("meta");
        m.docNumber().ifPresent(n -> row(table, "发文字号", ChineseText.docNumber(n)));
        row(table, "发布机关", String.join("、", m.issuers()));
        row(table, "发布日期", ChineseDates.format(m.issued()));
        row(table, "施行日期", ChineseDates.format(m.effective()));
        String status = compendium.status(policy, edition.date()).label()
                + m.expires().map(e -> "（有效期至" + ChineseDates.format(e) + "）").orElse("");
        row(table, "时 效 性", status);
        return table;
    }

    private static void row(Element table, String label, String value) {
        Element tr = table.appendElement("tr");
        tr.appendElement("th").text(label);
        tr.appendElement("td").text(value);
    }

    private Element note(Interpretation note) {
        Element section = new Element("div").addClass("note").id(BookIds.section(note));
        Element head = section.appendElement("div").addClass("note-head");
        head.appendElement("p").addClass("note-kind").text("【" + note.meta().form().label() + "】");
        head.appendElement("h3").addClass("note-title").text(note.title());
        head.appendElement("p").addClass("note-date").text(ChineseDates.format(note.meta().issued()));
        section.appendChild(bodies.render(note));
        return section;
    }
}
