package org.compendium.core.render.html;

import java.util.List;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Guidance;
import org.compendium.core.model.Office;
import org.compendium.core.model.Status;

/**
 * The policies with application guidance (政策兑现), newest first: those in force on the site's date (what
 * the matching, calendar, 免申即享 and office pages list), per office.
 *
 * @param inForce policies in force with an {@code apply:} block
 * @param offices every office of compendium.yaml, in the order written, with its policies in force
 * @param scheduled policies in force or not yet in force with an {@code apply:} block: the calendar's
 */
public record GuidanceIndex(Guidance guidance, List<GuidedPolicy> inForce, List<OfficeEntry> offices,
                            List<GuidedPolicy> scheduled) {

    /** An office and the policies in force it takes applications for. */
    public record OfficeEntry(Office office, String url, List<GuidedPolicy> policies) {
        public int count() {
            return policies.size();
        }
    }

    public static GuidanceIndex of(Compendium compendium) {
        Guidance guidance = compendium.config().guidance();
        List<GuidedPolicy> scheduled = compendium.policies().stream()
                .filter(p -> p.meta().apply().isPresent() && (compendium.status(p).inForce()
                        || compendium.status(p) == Status.NOT_YET_EFFECTIVE))
                .sorted(Compendium.NEWEST_FIRST)
                .map(p -> GuidedPolicy.of(p, compendium)).toList();
        List<GuidedPolicy> inForce = scheduled.stream().filter(g -> g.entry().status().inForce()).toList();
        List<OfficeEntry> offices = guidance.offices().stream()
                .map(o -> new OfficeEntry(o, officePage(o), inForce.stream()
                        .filter(g -> g.apply().office() != null && g.apply().office().key().equals(o.key())).toList()))
                .toList();
        return new GuidanceIndex(guidance, inForce, offices, scheduled);
    }

    /** Whether the site shows 政策兑现 pages: some policy has an {@code apply:} block. */
    public static boolean wanted(Compendium compendium) {
        return compendium.policies().stream().anyMatch(p -> p.meta().apply().isPresent());
    }

    public static String officePage(Office office) {
        return "offices/" + office.key() + "/index.html";
    }

    public List<GuidedPolicy> noApplication() {
        return inForce.stream().filter(g -> g.apply().noApplication()).toList();
    }

    /** Policies in force whose 适用对象 includes {@code audience}. */
    public List<GuidedPolicy> forAudience(String audience) {
        return inForce.stream().filter(g -> g.apply().audiences().contains(audience)).toList();
    }
}
