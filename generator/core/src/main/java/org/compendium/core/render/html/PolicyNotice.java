package org.compendium.core.render.html;

import java.util.Optional;
import org.compendium.core.internal.ChineseDates;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Policy;
import org.compendium.core.model.Status;
import org.compendium.core.paths.SitePaths;

/**
 * The notice at the top of a policy that is not in force, as the 政府网站发展指引 requires
 * ("在已发布的原文件上作出明确标注").
 *
 * @param text      the notice, e.g. 本文件已于2023年6月30日废止。
 * @param linkTitle title of the successor policy, or empty
 * @param linkUrl   its folder relative to the site root, or empty
 */
public record PolicyNotice(Status status, String text, String linkTitle, String linkUrl) {

    static Optional<PolicyNotice> of(Policy policy, Compendium compendium) {
        Status status = compendium.status(policy);
        var meta = policy.meta();
        Optional<Policy> successor = meta.supersededBy().flatMap(compendium::policy);
        String text = switch (status) {
            case IN_FORCE -> null;
            case NOT_YET_EFFECTIVE -> "本文件自" + ChineseDates.format(meta.effective()) + "起施行，目前尚未生效。";
            case REPEALED -> "本文件已于" + ChineseDates.format(meta.repealed().orElseThrow()) + "废止，仅供查阅。";
            case EXPIRED -> "本文件有效期至" + ChineseDates.format(meta.expires().orElseThrow()) + "，已失效，仅供查阅。";
            case AMENDED -> "本文件已被修订，自" + ChineseDates.format(successor.orElseThrow().meta().effective())
                    + "起适用修订后的文件：";
        };
        if (text == null) {
            return Optional.empty();
        }
        boolean link = status == Status.AMENDED && successor.isPresent();
        return Optional.of(new PolicyNotice(status, text, link ? successor.get().title() : "",
                link ? SitePaths.page(successor.get()) : ""));
    }
}
