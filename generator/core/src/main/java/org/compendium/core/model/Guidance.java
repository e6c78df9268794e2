package org.compendium.core.model;

import java.util.List;
import java.util.Optional;

/**
 * The vocabularies and contact offices that policies' {@code apply:} blocks refer to (compendium.yaml
 * {@code audiences}, {@code support_types}, {@code offices}).
 *
 * @param audiences    适用对象, in the order written (the ladder from start-up to leading enterprise)
 * @param supportTypes 支持方式
 * @param offices      受理处室, in the order written
 */
public record Guidance(List<String> audiences, List<String> supportTypes, List<Office> offices) {
    /** The support ladder the bureau's rules name, and the two kinds of institution they support. */
    public static final List<String> DEFAULT_AUDIENCES = List.of("创业团队", "科技型中小企业", "高新技术企业",
            "科技小巨人领军企业", "新型研发机构", "科技服务机构");
    public static final List<String> DEFAULT_SUPPORT_TYPES = List.of("资金补助", "税收优惠", "贷款贴息", "资格认定",
            "人才服务", "股权投资", "场地支持");
    public static final Guidance DEFAULT = new Guidance(DEFAULT_AUDIENCES, DEFAULT_SUPPORT_TYPES, List.of());

    public Guidance {
        audiences = List.copyOf(audiences);
        supportTypes = List.copyOf(supportTypes);
        offices = List.copyOf(offices);
    }

    public Optional<Office> office(String key) {
        return offices.stream().filter(o -> o.key().equals(key)).findFirst();
    }
}
