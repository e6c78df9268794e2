package org.compendium.core.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.ApplyInfo;
import org.compendium.core.model.InterpretationForm;
import org.compendium.core.model.InterpretationMeta;
import org.compendium.core.model.PolicyMeta;
import org.compendium.core.model.SummaryMeta;

/** Turns front matter into typed metadata, reporting missing, malformed and unknown keys. */
public final class MetadataReader {
    static final Set<String> POLICY_KEYS = Set.of("id", "title", "doc_number", "issuer", "issued", "effective",
            "expires", "repealed", "superseded_by", "category", "tags", ApplyReader.KEY);
    static final Set<String> INTERPRETATION_KEYS = Set.of("id", "title", "interprets", "form", "issued");
    static final Set<String> SUMMARY_KEYS = Set.of("year", "title");
    private static final Pattern DOC_NUMBER = Pattern.compile("(.+?)([〔\\[［(（【])(\\d{4})([〕\\]］)）】])(\\d+)号");

    public Optional<PolicyMeta> policy(FrontMatter fm, Diagnostics diagnostics) {
        FieldReader r = new FieldReader(fm.entries(), fm.start(), "policy front matter", diagnostics);
        r.checkKeys(POLICY_KEYS);
        Optional<String> id = r.id("id", true);
        Optional<String> title = r.requiredText("title");
        Optional<String> docNumber = r.optionalText("doc_number");
        docNumber.ifPresent(n -> checkDocNumber(n, r));
        List<String> issuers = r.textList("issuer", true);
        Optional<LocalDate> issued = r.requiredDate("issued");
        Optional<LocalDate> effective = r.optionalDate("effective");
        Optional<LocalDate> expires = r.optionalDate("expires");
        Optional<LocalDate> repealed = r.optionalDate("repealed");
        Optional<String> supersededBy = r.id("superseded_by", false);
        Optional<String> category = r.optionalText("category");
        List<String> tags = r.textList("tags", false);
        Optional<ApplyInfo> apply = new ApplyReader().read(r, diagnostics);
        if (id.isEmpty() || title.isEmpty() || issuers.isEmpty() || issued.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = effective.orElse(issued.get());
        checkOrder(r, start, "expires", expires);
        checkOrder(r, start, "repealed", repealed);
        if (supersededBy.isPresent() && supersededBy.equals(id)) {
            diagnostics.error(r.valueAt("superseded_by"), "policy is superseded by itself [" + id.get()
                    + "]; expected the id of the policy that replaced it");
        }
        return Optional.of(new PolicyMeta(id.get(), title.get(), docNumber, issuers, issued.get(), start, expires,
                repealed, supersededBy, category, tags, apply));
    }

    public Optional<InterpretationMeta> interpretation(FrontMatter fm, Diagnostics diagnostics) {
        FieldReader r = new FieldReader(fm.entries(), fm.start(), "interpretation front matter", diagnostics);
        r.checkKeys(INTERPRETATION_KEYS);
        Optional<String> id = r.id("id", true);
        Optional<String> title = r.requiredText("title");
        Optional<String> interprets = r.id("interprets", true);
        Optional<InterpretationForm> form = r.requiredText("form").flatMap(text -> {
            Optional<InterpretationForm> f = InterpretationForm.fromLabel(text);
            if (f.isEmpty()) {
                diagnostics.error(r.valueAt("form"), "unknown form [" + text + "]"
                        + Suggestions.hint(text, InterpretationForm.labels()) + "; expected one of "
                        + String.join(" | ", InterpretationForm.labels()));
            }
            return f;
        });
        Optional<LocalDate> issued = r.requiredDate("issued");
        if (id.isEmpty() || title.isEmpty() || interprets.isEmpty() || form.isEmpty() || issued.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InterpretationMeta(id.get(), title.get(), interprets.get(), form.get(), issued.get()));
    }

    public Optional<SummaryMeta> summary(FrontMatter fm, String path, Diagnostics diagnostics) {
        FieldReader r = new FieldReader(fm.entries(), fm.start(), "summary front matter", diagnostics);
        r.checkKeys(SUMMARY_KEYS);
        Optional<Integer> year = r.requiredYear("year");
        Optional<String> title = r.requiredText("title");
        String expected = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        if (year.isPresent() && !expected.equals(String.valueOf(year.get()))) {
            diagnostics.error(r.valueAt("year"), "summary year [" + year.get() + "] does not match the file name ["
                    + expected + ".md]; expected summaries/" + year.get() + ".md");
            return Optional.empty();
        }
        if (year.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SummaryMeta(year.get(), title.get()));
    }

    /**
     * The id a document's front matter declares (a summary's comes from its year) when that value is valid,
     * whatever the other keys hold. Reports nothing: {@link #policy} and the others report every problem.
     */
    public Optional<String> declaredId(FrontMatter fm, String path) {
        FieldReader r = new FieldReader(fm.entries(), fm.start(), "front matter", new Diagnostics());
        return switch (ContentLoader.ContentFiles.kindOf(path)) {
            case POLICY, INTERPRETATION -> r.id("id", true);
            case SUMMARY -> r.requiredYear("year").map(SummaryMeta::idFor);
        };
    }

    /** An end date before the policy took effect is a typo: the policy would never have been in force. */
    private static void checkOrder(FieldReader r, LocalDate effective, String key, Optional<LocalDate> date) {
        if (date.isPresent() && date.get().isBefore(effective)) {
            r.diagnostics().error(r.valueAt(key), key + " date [" + date.get() + "] is before the date the policy took effect ["
                    + effective + "]; expected " + key + " ≥ effective");
        }
    }

    /** Warns when a 发文字号 does not have the form 机关代字〔年份〕序号号 with the year in 〔〕. */
    static void checkDocNumber(String number, FieldReader r) {
        Matcher m = DOC_NUMBER.matcher(number);
        if (!m.matches()) {
            r.diagnostics().warning(r.valueAt("doc_number"), "unusual 发文字号 [" + number
                    + "]; expected 机关代字〔年份〕序号号, e.g. 厦科〔2019〕12号");
        } else if (!m.group(2).equals("〔") || !m.group(4).equals("〕")) {
            String fixed = m.group(1) + "〔" + m.group(3) + "〕" + m.group(5) + "号";
            r.diagnostics().warning(r.valueAt("doc_number"), "year of 发文字号 not in 〔〕 [" + number
                    + "]; expected " + fixed);
        }
    }
}
