package org.compendium.core.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.kernel.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Splits {@code ---}-delimited YAML front matter from a Markdown file and parses it with a real YAML
 * parser (snakeyaml-engine), keeping the position of every key and value. Anchors and aliases are
 * rejected, which also rules out "billion laughs" bombs.
 */
public final class FrontMatterParser {
    private static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;
    /**
     * One set of settings for every file (they are only read): making them builds a schema, a few percent of
     * loading. The failsafe schema reads every scalar as a string, which is all the fields need (dates and
     * years are checked by the field readers), without matching each against the JSON schema's patterns.
     */
    private final LoadSettings settings = LoadSettings.builder()
            .setSchema(new FailsafeSchema())
            .setAllowDuplicateKeys(true)
            .setMaxAliasesForCollections(1000)
            .setCodePointLimit(MAX_FRONT_MATTER_CHARS * 4)
            .build();
    /** Deepest nesting of YAML lists and mappings accepted (front matter needs 2; the parser recurses). */
    static final int MAX_YAML_DEPTH = 32;

    public Optional<FrontMatter> parse(SourceFile file, Diagnostics diagnostics) {
        String text = file.text();
        if (text.isBlank()) {
            diagnostics.error(file.path(), 1, 1, "file is empty; expected YAML front matter between '---' lines and a Markdown body");
            return Optional.empty();
        }
        if (!isFence(text, 0)) {
            diagnostics.error(file.path(), 1, 1, "missing front matter [" + firstLine(text)
                    + "]; expected the file to start with a line '---'");
            return Optional.empty();
        }
        int yamlStart = text.indexOf('\n') + 1;
        int close = findClosingFence(text, yamlStart);
        if (close < 0 || yamlStart == 0) {
            diagnostics.error(file.path(), 1, 1, "front matter is not closed [---]; expected a line '---' after the YAML keys");
            return Optional.empty();
        }
        String yaml = text.substring(yamlStart, close);
        int next = text.indexOf('\n', close);
        int bodyOffset = next < 0 ? text.length() : next + 1;
        SourcePosition start = SourcePosition.fileStart(file.path());
        if (yaml.length() > MAX_FRONT_MATTER_CHARS) {
            diagnostics.error(start, "front matter is too long [" + yaml.length() + " characters]; expected at most "
                    + MAX_FRONT_MATTER_CHARS);
            return Optional.empty();
        }
        return parseYaml(yaml, file, 1, diagnostics)
                .map(entries -> new FrontMatter(entries, start, bodyOffset));
    }

    /**
     * Parses a whole YAML mapping (a front matter block or a config file).
     *
     * @param lineOffset number of lines of the file before the YAML text
     */
    public Optional<List<FrontMatter.Entry>> parseYaml(String yaml, SourceFile file, int lineOffset,
                                                         Diagnostics diagnostics) {
        if (reportTabs(yaml, file, lineOffset, diagnostics)) {
            return Optional.empty();
        }
        Node root;
        try {
            if (mayNestBeyondLimit(yaml) && tooDeep(yaml, file, lineOffset, diagnostics)) {
                return Optional.empty();
            }
            root = compose(yaml);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            int line = mark == null ? lineOffset + 1 : mark.getLine() + 1 + lineOffset;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            diagnostics.error(file.path(), line, column, "invalid YAML: " + e.getProblem()
                    + "; expected 'key: value' lines");
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.error(file.path(), lineOffset + 1, 1, "invalid YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(List.of());
        }
        YamlTree tree = new YamlTree(file.path(), lineOffset, diagnostics);
        if (!(root instanceof MappingNode mapping)) {
            SourcePosition at = tree.position(root);
            diagnostics.error(at, "front matter is " + tree.convert(root).kindName()
                    + ", not keys; expected 'key: value' lines");
            return Optional.empty();
        }
        if (tree.hasAnchors(root)) {
            return Optional.empty();
        }
        return Optional.of(tree.entries(mapping));
    }

    private Node compose(String yaml) {
        Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)));
        return composer.getSingleNode().orElse(null);
    }

    /**
     * False when the YAML cannot be nested deeper than {@link #MAX_YAML_DEPTH}: every level starts a
     * collection, and each collection start needs one of {@code [ { - : ?}. Ordinary front matter has
     * fewer of them, which spares it the second, event-by-event parse of {@link #tooDeep}.
     */
    private static boolean mayNestBeyondLimit(String yaml) {
        int indicators = 0;
        for (int i = 0; i < yaml.length() && indicators <= MAX_YAML_DEPTH; i++) {
            char c = yaml.charAt(i);
            if (c == '[' || c == '{' || c == '-' || c == ':' || c == '?') {
                indicators++;
            }
        }
        return indicators > MAX_YAML_DEPTH;
    }

    /** Walks the parser's events (no recursion) and reports a document nested deeper than {@link #MAX_YAML_DEPTH}. */
    private boolean tooDeep(String yaml, SourceFile file, int lineOffset, Diagnostics diagnostics) {
        ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, yaml));
        int depth = 0;
        while (parser.hasNext()) {
            Event event = parser.next();
            if (event instanceof CollectionStartEvent) {
                depth++;
                if (depth > MAX_YAML_DEPTH) {
                    int line = event.getStartMark().map(m -> m.getLine() + 1).orElse(1) + lineOffset;
                    int column = event.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
                    diagnostics.error(file.path(), line, column, "YAML nested too deeply [more than " + MAX_YAML_DEPTH
                            + " levels of lists or mappings]; expected 'key: value' lines with simple values or lists");
                    return true;
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
        return false;
    }

    private static boolean reportTabs(String yaml, SourceFile file, int lineOffset, Diagnostics diagnostics) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int j = 0;
            while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
                if (line.charAt(j) == '\t') {
                    diagnostics.error(file.path(), lineOffset + i + 1, j + 1,
                            "tab character in YAML indentation [\\t]; expected spaces");
                    return true;
                }
                j++;
            }
        }
        return false;
    }

    private static boolean isFence(String text, int offset) {
        int end = text.indexOf('\n', offset);
        String line = text.substring(offset, end < 0 ? text.length() : end);
        return line.stripTrailing().equals("---");
    }

    private static int findClosingFence(String text, int from) {
        int offset = from;
        while (offset < text.length()) {
            int end = text.indexOf('\n', offset);
            String line = text.substring(offset, end < 0 ? text.length() : end).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                return offset;
            }
            if (end < 0) {
                break;
            }
            offset = end + 1;
        }
        return -1;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    /** Converts snakeyaml nodes to {@link YamlValue}s with file positions. */
    private record YamlTree(String path, int lineOffset, Diagnostics diagnostics) {

        SourcePosition position(Node node) {
            return node.getStartMark()
                    .map(m -> new SourcePosition(path, m.getLine() + 1 + lineOffset, m.getColumn() + 1))
                    .orElse(new SourcePosition(path, lineOffset + 1, 1));
        }

        boolean hasAnchors(Node node) {
            if (node.getAnchor().isPresent()) {
                diagnostics.error(position(node), "YAML anchor or alias [&" + node.getAnchor().get().getValue()
                        + "]; expected plain values (anchors and aliases are not allowed in front matter)");
                return true;
            }
            return switch (node) {
                case MappingNode m -> m.getValue().stream()
                        .anyMatch(t -> hasAnchors(t.getKeyNode()) || hasAnchors(t.getValueNode()));
                case SequenceNode s -> s.getValue().stream().anyMatch(this::hasAnchors);
                default -> false;
            };
        }

        List<FrontMatter.Entry> entries(MappingNode mapping) {
            List<FrontMatter.Entry> entries = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : mapping.getValue()) {
                SourcePosition keyAt = position(tuple.getKeyNode());
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    diagnostics.error(keyAt, "front matter key is not text; expected 'key: value'");
                    continue;
                }
                String key = keyNode.getValue();
                if (!seen.add(key)) {
                    diagnostics.error(keyAt, "duplicate key [" + key + "]; expected each key once");
                    continue;
                }
                entries.add(new FrontMatter.Entry(key, keyAt, convert(tuple.getValueNode())));
            }
            return entries;
        }

        YamlValue convert(Node node) {
            SourcePosition at = position(node);
            return switch (node) {
                case ScalarNode s -> {
                    ControlCharacters.report(s.getValue(), at, diagnostics);
                    yield new YamlValue.Scalar(scalarText(s), at);
                }
                case SequenceNode s -> new YamlValue.Sequence(s.getValue().stream().map(this::convert).toList(), at);
                case MappingNode m -> new YamlValue.Mapping(entries(m), at);
                default -> new YamlValue.Scalar("", at);
            };
        }

        private static String scalarText(ScalarNode node) {
            String value = node.getValue();
            boolean plain = node.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN;
            if (plain && (value.equals("~") || value.equalsIgnoreCase("null"))) {
                return "";
            }
            return value;
        }
    }
}
