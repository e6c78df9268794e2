package org.compendium.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Front matter of a policy (政策文件).
 *
 * @param docNumber    发文字号, e.g. 厦科〔2019〕12号
 * @param issuers      issuing bodies (联合发文 gives several)
 * @param effective    施行日期; defaults to {@code issued}
 * @param expires      last day in force (有效期至)
 * @param repealed     date repealed (废止)
 * @param supersededBy id of the policy that replaced this one (修改/修订)
 * @param apply        application guidance (政策兑现: who may apply, when, where), when given
 */
public record PolicyMeta(
        String id,
        String title,
        Optional<String> docNumber,
        List<String> issuers,
        LocalDate issued,
        LocalDate effective,
        Optional<LocalDate> expires,
        Optional<LocalDate> repealed,
        Optional<String> supersededBy,
        Optional<String> category,
        List<String> tags,
        Optional<ApplyInfo> apply) implements DocumentMeta {

    public PolicyMeta {
        issuers = List.copyOf(issuers);
        tags = List.copyOf(tags);
    }

    /** Front matter without an {@code apply:} block. */
    public PolicyMeta(String id, String title, Optional<String> docNumber, List<String> issuers, LocalDate issued,
                      LocalDate effective, Optional<LocalDate> expires, Optional<LocalDate> repealed,
                      Optional<String> supersededBy, Optional<String> category, List<String> tags) {
        this(id, title, docNumber, issuers, issued, effective, expires, repealed, supersededBy, category, tags,
                Optional.empty());
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.POLICY;
    }

    /** Issuers joined for display, e.g. "示例市科学技术局　示例市财政局". */
    public String issuerText() {
        return String.join("　", issuers);
    }
}
