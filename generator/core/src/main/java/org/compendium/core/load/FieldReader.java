package org.compendium.core.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.kernel.SourcePosition;

/**
 * Typed access to the keys of one front matter (or config) block, reporting every problem with the
 * position of the offending key or value. Missing required keys are reported at the opening {@code ---}.
 */
public final class FieldReader {
    /**
     * The dates a field may hold: texts of the modern era, years of four digits (the site files them by year)
     * and no placeholder for "never" such as 9999-12-31 (leave {@code expires} out instead).
     */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** Ids name folders and files of every output; file systems allow 255 bytes per name. */
    static final int MAX_ID_LENGTH = 100;
    private final Map<String, FrontMatter.Entry> entries;
    private final SourcePosition start;
    private final String what;
    private final Diagnostics diagnostics;

    /**
     * @param what how the block is named in messages, e.g. "policy front matter"
     */
    public FieldReader(List<FrontMatter.Entry> entries, SourcePosition start, String what, Diagnostics diagnostics) {
        this.entries = new FrontMatter(entries, start, 0).asMap();
        this.start = start;
        this.what = what;
        this.diagnostics = diagnostics;
    }

    /** Warns about every key not in {@code known}, suggesting the closest known key. */
    public void checkKeys(Set<String> known) {
        entries.values().stream().filter(e -> !known.contains(e.key())).forEach(e ->
                diagnostics.warning(e.keyAt(), "unknown key [" + e.key() + "] in " + what
                        + Suggestions.hint(e.key(), known) + "; expected one of "
                        + String.join(", ", known.stream().sorted().toList())));
    }

    public Optional<String> requiredText(String key) {
        Optional<String> value = optionalText(key);
        if (value.isEmpty() && !entries.containsKey(key)) {
            diagnostics.error(start, "missing required key [" + key + "] in " + what);
        }
        return value;
    }

    public Optional<String> optionalText(String key) {
        FrontMatter.Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!(entry.value() instanceof YamlValue.Scalar scalar)) {
            diagnostics.error(entry.value().at(), "[" + key + "] is " + entry.value().kindName() + "; expected text");
            return Optional.empty();
        }
        if (scalar.isBlank()) {
            diagnostics.error(entry.keyAt(), "empty value for [" + key + "]; expected text");
            return Optional.empty();
        }
        return Optional.of(scalar.text().strip());
    }

    /** One text of a value that may be a list, and where it was written. */
    public record Item(String text, SourcePosition at) {
    }

    /** The entry of {@code key}, if written. */
    public Optional<FrontMatter.Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The texts of a string-or-list value with their positions (problems are reported by {@link #textList}). */
    public List<Item> items(String key) {
        FrontMatter.Entry entry = entries.get(key);
        if (entry == null) {
            return List.of();
        }
        textList(key, true);
        return switch (entry.value()) {
            case YamlValue.Scalar s when !s.isBlank() -> List.of(new Item(s.text().strip(), s.at()));
            case YamlValue.Sequence seq -> seq.items().stream()
                    .filter(i -> i instanceof YamlValue.Scalar s && !s.isBlank())
                    .map(i -> new Item(((YamlValue.Scalar) i).text().strip(), i.at())).toList();
            default -> List.of();
        };
    }

    /** A string or a list of strings. */
    public List<String> textList(String key, boolean required) {
        FrontMatter.Entry entry = entries.get(key);
        if (entry == null) {
            if (required) {
                diagnostics.error(start, "missing required key [" + key + "] in " + what);
            }
            return List.of();
        }
        List<String> out = new ArrayList<>();
        switch (entry.value()) {
            case YamlValue.Scalar s when !s.isBlank() -> out.add(s.text().strip());
            case YamlValue.Sequence seq -> seq.items().forEach(item -> {
                if (item instanceof YamlValue.Scalar s && !s.isBlank()) {
                    out.add(s.text().strip());
                } else {
                    diagnostics.error(item.at(), "item of [" + key + "] is " + item.kindName() + "; expected text");
                }
            });
            default -> diagnostics.error(entry.value().at(), "[" + key + "] is " + entry.value().kindName()
                    + "; expected text or a list of text");
        }
        if (out.isEmpty() && required) {
            diagnostics.error(entry.keyAt(), "empty value for [" + key + "]; expected text or a list of text");
        }
        return out;
    }

    public Optional<LocalDate> requiredDate(String key) {
        if (!entries.containsKey(key)) {
            diagnostics.error(start, "missing required key [" + key + "] in " + what);
            return Optional.empty();
        }
        return optionalDate(key);
    }

    public Optional<LocalDate> optionalDate(String key) {
        return optionalText(key).flatMap(text -> date(text, key, valueAt(key)));
    }

    private Optional<LocalDate> date(String text, String key, SourcePosition at) {
        if (text.chars().anyMatch(c -> c >= '０' && c <= '９' || c == '－')) {
            diagnostics.error(at, "invalid date [" + text + "] in " + key
                    + ": full-width digits; expected ASCII digits YYYY-MM-DD");
            return Optional.empty();
        }
        var m = DATE.matcher(text);
        if (!m.matches()) {
            diagnostics.error(at, "invalid date [" + text + "] in " + key + "; expected YYYY-MM-DD");
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
                diagnostics.error(at, "date out of range [" + text + "] in " + key + "; expected a date from "
                        + FIRST_DATE + " to " + LAST_DATE);
                return Optional.empty();
            }
            return Optional.of(date);
        } catch (DateTimeException e) {
            diagnostics.error(at, "invalid date [" + text + "] in " + key + ": no such day; expected a real date YYYY-MM-DD");
            return Optional.empty();
        }
    }

    /** An id value: {@code [a-z0-9][a-z0-9-]*}. */
    public Optional<String> id(String key, boolean required) {
        Optional<String> value = required ? requiredText(key) : optionalText(key);
        if (value.isPresent() && !ID.matcher(value.get()).matches()) {
            diagnostics.error(valueAt(key), "bad id [" + value.get() + "] in " + key
                    + "; expected lower-case letters, digits and '-' ([a-z0-9][a-z0-9-]*)");
            return Optional.empty();
        }
        if (value.isPresent() && value.get().length() > MAX_ID_LENGTH) {
            diagnostics.error(valueAt(key), "id too long [" + value.get().substring(0, 20) + "… ("
                    + value.get().length() + " characters)] in " + key + "; expected at most " + MAX_ID_LENGTH + " characters");
            return Optional.empty();
        }
        return value;
    }

    public Optional<Integer> requiredYear(String key) {
        return requiredText(key).flatMap(text -> {
            if (!text.matches("\\d{4}")) {
                diagnostics.error(valueAt(key), "invalid year [" + text + "] in " + key + "; expected YYYY");
                return Optional.empty();
            }
            return Optional.of(Integer.parseInt(text));
        });
    }

    /** Where the value of {@code key} was written (its key position if it has no value). */
    public SourcePosition valueAt(String key) {
        FrontMatter.Entry entry = entries.get(key);
        return entry == null ? start : entry.value().at();
    }

    public SourcePosition start() {
        return start;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    public static boolean isId(String text) {
        return ID.matcher(text).matches();
    }
}
