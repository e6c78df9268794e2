package org.compendium.core.render.epub;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The files of one e-book as {@code templates/epub/book.ftlx} declares them, in reading order, with four
 * directives it gets in its model:
 * <ul>
 * <li>{@code <@chapter file="x.xhtml" toc="label" level=1 landmark="bodymatter">…</@chapter>}: an XHTML content
 * document of the spine, its content what the directive's body writes; with {@code toc}, an entry of the table
 * of contents at {@code level} (1 = top; 2 = under the last entry of level 1, …);</li>
 * <li>{@code <@navigation file="nav.xhtml" landmark="toc" anchor="toc"/>}: the navigation document, at its place
 * in the spine, written afterwards from {@code epub/nav.ftlx} with the table of contents;</li>
 * <li>{@code <@resource file="cover.png" mediaType="image/png" properties="cover-image">…</@resource>}: a
 * file outside the spine; a PNG one is drawn from the SVG its body writes (see {@link CoverImage});</li>
 * <li>{@code <@entry toc="label" anchor="id" level=2/>}: an entry of the table of contents leading to the element
 * {@code id} of the chapter declared last (a table of an appendix, say), which must hold it.</li>
 * </ul>
 * Every directive but {@code entry} takes {@code id} (the manifest id; default: the file name without its extension),
 * {@code properties} (manifest properties) and {@code landmark} with {@code anchor} (an entry of the landmarks).
 * A wrong parameter is a template error at the directive's line.
 */
final class BookFiles {
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");
    /** Files the renderer writes itself. */
    private static final Set<String> RESERVED = Set.of(EditionBook.PACKAGE, EditionBook.NCX, EditionBook.STYLESHEET);

    /**
     * One declared file.
     *
     * @param content the file's text; null for the navigation document, written last
     */
    record File(ManifestItem item, String content) {
    }

    /** An entry of the landmarks: its {@code epub:type} and link. */
    public record Landmark(String type, String href) {
    }

    private final List<File> files = new ArrayList<>();
    private final List<Landmark> landmarks = new ArrayList<>();
    private final TocBuilder toc = new TocBuilder();
    private final Set<String> names = new HashSet<>();
    private final Set<String> ids = new HashSet<>();

    /** The directives, by the names book.ftlx calls them. */
    Map<String, Object> directives() {
        Map<String, Object> directives = new LinkedHashMap<>();
        directives.put("chapter", (TemplateDirectiveModel) (env, params, loopVars, body) -> declare(params, body,
                MediaTypes.XHTML, true));
        directives.put("navigation", (TemplateDirectiveModel) (env, params, loopVars, body) -> declare(params, null,
                MediaTypes.XHTML, true));
        directives.put("resource", (TemplateDirectiveModel) (env, params, loopVars, body) -> declare(params, body,
                null, false));
        directives.put("entry", (TemplateDirectiveModel) (env, params, loopVars, body) -> entry(params));
        return directives;
    }

    /** The declared files in order. */
    List<File> files() {
        return List.copyOf(files);
    }

    List<Landmark> landmarks() {
        return List.copyOf(landmarks);
    }

    List<TocEntry> toc() {
        return toc.entries();
    }

    /** The navigation document's file, or empty when book.ftlx declared none. */
    java.util.Optional<ManifestItem> navigation() {
        return files.stream().filter(f -> f.content() == null).map(File::item).findFirst();
    }

    private void declare(Map<?, ?> params, TemplateDirectiveBody body, String xhtml, boolean linear)
            throws TemplateException, IOException {
        Parameters p = new Parameters(params);
        boolean navigation = linear && body == null;
        String file = p.string("file", navigation ? "nav.xhtml" : null);
        int dot = file.lastIndexOf('.');
        String id = p.string("id", dot > 0 ? file.substring(0, dot) : file);
        String mediaType = xhtml != null ? xhtml : p.string("mediaType", null);
        String properties = p.string("properties", navigation ? "nav" : "");
        String landmark = p.string("landmark", "");
        String anchor = p.string("anchor", "");
        String label = linear ? p.string("toc", "") : "";
        int level = linear ? p.number("level", 1) : 1;
        p.checkAllUsed();
        checkName(file, xhtml != null);
        checkId(id);
        String content = null;
        if (body != null) {
            StringWriter out = new StringWriter();
            body.render(out);
            content = out.toString();
        } else if (!navigation) {
            content = "";
        }
        files.add(new File(new ManifestItem(id, file, mediaType, properties, linear), content));
        if (!landmark.isEmpty()) {
            landmarks.add(new Landmark(landmark, anchor.isEmpty() ? file : file + "#" + anchor));
        }
        if (!label.isEmpty()) {
            toc.add(label, file, level);
        }
    }

    /** An entry of the table of contents into the chapter declared last, at one of its elements. */
    private void entry(Map<?, ?> params) throws TemplateModelException {
        Parameters p = new Parameters(params, "toc, anchor, level");
        String label = p.string("toc", null);
        String anchor = p.string("anchor", null);
        int level = p.number("level", 1);
        p.checkAllUsed();
        File chapter = files.stream().filter(f -> f.item().linear() && f.content() != null).reduce((a, b) -> b)
                .orElseThrow(() -> new TemplateModelException("the entry [" + label + "] follows no chapter; expected it"
                        + " after the <@chapter> that holds its anchor"));
        String file = chapter.item().href();
        if (!ID.matcher(anchor).matches() || !chapter.content().contains(" id=\"" + anchor + "\"")) {
            throw new TemplateModelException("the entry [" + label + "] leads to [" + anchor + "], which is no element id"
                    + " of " + file + "; expected the id of an element of the chapter declared last");
        }
        toc.add(label, file + "#" + anchor, level);
    }

    private void checkName(String file, boolean xhtml) throws TemplateModelException {
        if (!FILE.matcher(file).matches() || RESERVED.contains(file)) {
            throw new TemplateModelException("file [" + file + "] cannot be declared: not a plain file name or one the"
                    + " renderer writes; expected a name of letters, digits, '.', '_' and '-' other than " + RESERVED);
        }
        if (!names.add(file)) {
            throw new TemplateModelException("file [" + file + "] is declared twice; expected each file once");
        }
        if (xhtml && !file.endsWith(".xhtml")) {
            throw new TemplateModelException("file [" + file + "] of the spine does not end with .xhtml;"
                    + " expected an XHTML content document name, e.g. part-01.xhtml");
        }
    }

    private void checkId(String id) throws TemplateModelException {
        if (!ID.matcher(id).matches() || id.equals("css") || id.equals("ncx") || id.startsWith("img-")) {
            throw new TemplateModelException("manifest id [" + id + "] cannot be used; expected an XML name other"
                    + " than css, ncx and img-N");
        }
        if (!ids.add(id)) {
            throw new TemplateModelException("manifest id [" + id + "] is used twice; expected each id once");
        }
    }

    /** The parameters of one directive call, each read once; an unknown one is an error. */
    private static final class Parameters {
        private final Map<?, ?> params;
        private final String expected;
        private final Set<Object> used = new HashSet<>();

        Parameters(Map<?, ?> params) {
            this(params, "file, id, toc, level, landmark, anchor, properties (and mediaType for a resource)");
        }

        /** @param expected the names the directive takes, for the message on an unknown one */
        Parameters(Map<?, ?> params, String expected) {
            this.params = params;
            this.expected = expected;
        }

        String string(String name, String otherwise) throws TemplateModelException {
            used.add(name);
            Object value = params.get(name);
            if (value == null) {
                if (otherwise == null) {
                    throw new TemplateModelException("the parameter " + name + " is missing; expected "
                            + name + "=\"…\"");
                }
                return otherwise;
            }
            if (value instanceof TemplateScalarModel scalar) {
                return scalar.getAsString();
            }
            throw new TemplateModelException("the parameter " + name + " is not a string; expected " + name + "=\"…\"");
        }

        int number(String name, int otherwise) throws TemplateModelException {
            used.add(name);
            Object value = params.get(name);
            if (value == null) {
                return otherwise;
            }
            if (value instanceof TemplateNumberModel number) {
                return number.getAsNumber().intValue();
            }
            throw new TemplateModelException("the parameter " + name + " is not a number; expected " + name + "=1");
        }

        void checkAllUsed() throws TemplateModelException {
            for (Object name : params.keySet()) {
                if (!used.contains(name)) {
                    throw new TemplateModelException("unknown parameter [" + name + "]; expected " + expected);
                }
            }
        }
    }
}
