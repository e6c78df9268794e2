package org.compendium.core.render.html;

import org.compendium.core.model.ApplyInfo;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Policy;
import org.compendium.core.render.ApplyView;

/**
 * A policy with an {@code apply:} block as the 政策兑现 pages list it: its list entry and its guidance on the
 * site's date.
 *
 * @param info   the policy's apply block
 * @param search the text the 政策匹配 keyword is looked for in: title, 文号, category, tags, support standard
 */
public record GuidedPolicy(PolicyEntry entry, ApplyView apply, String search, ApplyInfo info, Policy policy) {

    static GuidedPolicy of(Policy policy, Compendium compendium) {
        var meta = policy.meta();
        var apply = meta.apply().orElseThrow();
        ApplyView view = ApplyView.of(apply, compendium.config().guidance(), compendium.asOf());
        String search = String.join(" ", policy.title(), meta.docNumber().orElse(""), meta.category().orElse(""),
                String.join(" ", meta.tags()), apply.standard().orElse(""), String.join(" ", apply.materials()));
        return new GuidedPolicy(PolicyEntry.of(policy, compendium), view, search, apply, policy);
    }

    /** 适用对象 joined with {@code |} for the 政策匹配 page's data attribute. */
    public String audienceKeys() {
        return "|" + String.join("|", apply.audiences()) + "|";
    }

    /** 支持方式 joined with {@code |}. */
    public String supportKeys() {
        return "|" + String.join("|", apply.supportTypes()) + "|";
    }
}
