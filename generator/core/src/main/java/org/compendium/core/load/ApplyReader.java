package org.compendium.core.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.kernel.SourcePosition;
import org.compendium.core.model.ApplyInfo;
import org.compendium.core.model.ApplyWindow;

/**
 * Reads a policy's {@code apply:} block (政策兑现) and reports what is wrong in its form: windows, URL, phone,
 * yes/no, lists. Whether 适用对象, 支持方式 and 受理处室 name values of compendium.yaml is checked once the
 * configuration is known ({@code resolve.ApplyChecker}).
 */
public final class ApplyReader {
    public static final String KEY = "apply";
    public static final String AUDIENCES = "适用对象";
    public static final String SUPPORT = "支持方式";
    public static final String STANDARD = "支持标准";
    public static final String WINDOWS = WindowParser.KEY;
    public static final String NO_APPLICATION = "免申即享";
    public static final String OFFICE = "受理处室";
    public static final String PHONE = "联系电话";
    public static final String ENTRY = "申报入口";
    public static final String MATERIALS = "申报材料";
    static final Set<String> KEYS = new LinkedHashSet<>(List.of(AUDIENCES, SUPPORT, STANDARD, WINDOWS, NO_APPLICATION,
            OFFICE, PHONE, ENTRY, MATERIALS));
    private static final Set<String> YES = Set.of("是", "yes", "true", "y");
    private static final Set<String> NO = Set.of("否", "no", "false", "n");
    private static final Pattern PHONE_CHARS = Pattern.compile("[0-9+()（）\\-— 、,，/;；转]+");

    /** The block, or empty when absent or too broken to use (every problem is reported). */
    Optional<ApplyInfo> read(FieldReader policy, Diagnostics diagnostics) {
        Optional<FrontMatter.Entry> block = policy.entry(KEY);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        if (!(block.get().value() instanceof YamlValue.Mapping mapping)) {
            diagnostics.error(block.get().value().at(), "[apply] is " + block.get().value().kindName()
                    + "; expected a mapping of " + String.join(", ", KEYS));
            return Optional.empty();
        }
        long errors = diagnostics.errorCount();
        FieldReader r = new FieldReader(mapping.entries(), block.get().keyAt(), "apply block", diagnostics);
        r.checkKeys(KEYS);
        List<String> audiences = r.textList(AUDIENCES, true);
        List<String> support = r.textList(SUPPORT, true);
        Optional<String> standard = r.optionalText(STANDARD);
        boolean noApplication = yesNo(r, diagnostics);
        List<ApplyWindow> windows = windows(r, diagnostics);
        if (windows.isEmpty() && !noApplication && r.entry(WINDOWS).isEmpty()) {
            diagnostics.error(block.get().keyAt(), "missing [" + WINDOWS + "] in apply block; " + WindowParser.EXPECTED
                    + ", or 免申即享: 是 for support granted without an application");
        }
        Optional<String> office = r.requiredText(OFFICE);
        Optional<String> phone = r.optionalText(PHONE).filter(p -> phone(p, r.valueAt(PHONE), diagnostics));
        Optional<String> entry = r.optionalText(ENTRY).filter(u -> https(u, r.valueAt(ENTRY), diagnostics));
        List<String> materials = r.textList(MATERIALS, false);
        if (noApplication && !materials.isEmpty()) {
            diagnostics.warning(r.valueAt(MATERIALS), "申报材料 listed for a 免申即享 policy [" + String.join("、", materials)
                    + "]; expected none: such support is granted without an application");
        }
        if (diagnostics.errorCount() > errors) {
            return Optional.empty();
        }
        return Optional.of(new ApplyInfo(audiences, support, standard, windows, noApplication, office, phone, entry,
                materials));
    }

    private static boolean yesNo(FieldReader r, Diagnostics diagnostics) {
        Optional<String> value = r.optionalText(NO_APPLICATION);
        if (value.isEmpty()) {
            return false;
        }
        String v = value.get().toLowerCase(java.util.Locale.ROOT);
        if (!YES.contains(v) && !NO.contains(v)) {
            diagnostics.error(r.valueAt(NO_APPLICATION), "invalid value [" + value.get() + "] in " + NO_APPLICATION
                    + "; expected 是 or 否");
        }
        return YES.contains(v);
    }

    private static List<ApplyWindow> windows(FieldReader r, Diagnostics diagnostics) {
        List<ApplyWindow> out = new ArrayList<>();
        WindowParser parser = new WindowParser(diagnostics);
        for (FieldReader.Item item : r.items(WINDOWS)) {
            parser.parse(item.text(), item.at()).ifPresent(out::add);
        }
        return out;
    }

    static boolean phone(String phone, SourcePosition at, Diagnostics diagnostics) {
        long digits = phone.chars().filter(c -> c >= '0' && c <= '9').count();
        if (phone.chars().anyMatch(c -> c >= '０' && c <= '９')) {
            diagnostics.error(at, "invalid phone number [" + phone + "]: full-width digits; expected ASCII digits, "
                    + "e.g. 0592-5550101");
            return false;
        }
        if (!PHONE_CHARS.matcher(phone).matches() || digits < 5) {
            diagnostics.error(at, "invalid phone number [" + phone + "]; expected digits with - ( ) or spaces, "
                    + "several numbers separated by 、, e.g. 0592-5550101 or 12345");
            return false;
        }
        return true;
    }

    private static boolean https(String url, SourcePosition at, Diagnostics diagnostics) {
        try {
            URI uri = new URI(url);
            if ("https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null) {
                return true;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        diagnostics.error(at, "invalid URL [" + url + "] in " + ENTRY + "; expected an absolute https:// address, "
                + "e.g. https://zwfw.example.gov.cn/kj/sb");
        return false;
    }
}
