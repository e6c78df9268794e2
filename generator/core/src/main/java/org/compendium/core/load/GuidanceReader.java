package org.compendium.core.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.Guidance;
import org.compendium.core.model.Office;

/**
 * Reads the 政策兑现 part of compendium.yaml: the {@code audiences} (适用对象) and {@code support_types} (支持方式)
 * vocabularies, each defaulting to {@link Guidance}'s, and the {@code offices} registry (受理处室):
 * <pre>
 * offices:
 *   gaoxin:
 *     name: 示例市科学技术局高新技术处
 *     phone: 0592-5550101
 *     address: 示例市政务服务中心三楼科技窗口
 *     hours: 工作日 9:00-12:00，13:30-17:30   # optional
 * </pre>
 */
final class GuidanceReader {
    static final Set<String> KEYS = Set.of("audiences", "support_types", "offices");
    private static final Set<String> OFFICE_KEYS = Set.of("name", "phone", "address", "hours");

    Guidance read(FieldReader config, Diagnostics diagnostics) {
        List<String> audiences = vocabulary(config, "audiences", Guidance.DEFAULT_AUDIENCES, diagnostics);
        List<String> support = vocabulary(config, "support_types", Guidance.DEFAULT_SUPPORT_TYPES, diagnostics);
        return new Guidance(audiences, support, offices(config, diagnostics));
    }

    private static List<String> vocabulary(FieldReader config, String key, List<String> defaults,
                                           Diagnostics diagnostics) {
        List<FieldReader.Item> items = config.items(key);
        if (config.entry(key).isEmpty()) {
            return defaults;
        }
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (FieldReader.Item item : items) {
            if (!seen.add(item.text())) {
                diagnostics.error(item.at(), "duplicate value [" + item.text() + "] in " + key
                        + "; expected each value once");
            } else {
                out.add(item.text());
            }
        }
        return out.isEmpty() ? defaults : out;
    }

    private static List<Office> offices(FieldReader config, Diagnostics diagnostics) {
        Optional<FrontMatter.Entry> entry = config.entry("offices");
        if (entry.isEmpty()) {
            return List.of();
        }
        if (!(entry.get().value() instanceof YamlValue.Mapping mapping)) {
            diagnostics.error(entry.get().value().at(), "[offices] is " + entry.get().value().kindName()
                    + "; expected a mapping of office keys to name, phone, address");
            return List.of();
        }
        List<Office> out = new ArrayList<>();
        for (FrontMatter.Entry office : mapping.entries()) {
            office(office, diagnostics).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Office> office(FrontMatter.Entry office, Diagnostics diagnostics) {
        String key = office.key();
        if (!FieldReader.isId(key) || key.length() > FieldReader.MAX_ID_LENGTH) {
            diagnostics.error(office.keyAt(), "bad office key [" + key + "] in offices; expected lower-case letters, "
                    + "digits and '-' ([a-z0-9][a-z0-9-]*), e.g. gaoxin; the name goes in name:");
            return Optional.empty();
        }
        if (!(office.value() instanceof YamlValue.Mapping fields)) {
            diagnostics.error(office.value().at(), "office [" + key + "] is " + office.value().kindName()
                    + "; expected a mapping with name, phone, address");
            return Optional.empty();
        }
        long errors = diagnostics.errorCount();
        FieldReader r = new FieldReader(fields.entries(), office.keyAt(), "office " + key, diagnostics);
        r.checkKeys(OFFICE_KEYS);
        Optional<String> name = r.requiredText("name");
        Optional<String> phone = r.requiredText("phone")
                .filter(p -> ApplyReader.phone(p, r.valueAt("phone"), diagnostics));
        Optional<String> address = r.requiredText("address");
        Optional<String> hours = r.optionalText("hours");
        if (diagnostics.errorCount() > errors || name.isEmpty() || phone.isEmpty() || address.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Office(key, name.get(), phone.get(), address.get(), hours));
    }
}
