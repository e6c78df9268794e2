package org.compendium.core.load;

import java.util.List;
import org.compendium.core.kernel.SourcePosition;

/** A front-matter value with the position it was written at. Scalars keep their text as written. */
public sealed interface YamlValue {

    SourcePosition at();

    /** A plain or quoted scalar; YAML's {@code null}/{@code ~}/empty become {@link #isBlank()}. */
    record Scalar(String text, SourcePosition at) implements YamlValue {
        public boolean isBlank() {
            return text.isBlank();
        }
    }

    record Sequence(List<YamlValue> items, SourcePosition at) implements YamlValue {
    }

    record Mapping(List<FrontMatter.Entry> entries, SourcePosition at) implements YamlValue {
    }

    /** A short description of the kind of value, for messages ("a list", "a mapping", "text"). */
    default String kindName() {
        return switch (this) {
            case Scalar s -> "text";
            case Sequence s -> "a list";
            case Mapping m -> "a mapping";
        };
    }
}
