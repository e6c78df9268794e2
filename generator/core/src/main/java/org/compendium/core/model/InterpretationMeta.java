package org.compendium.core.model;

import java.time.LocalDate;

/**
 * Front matter of an interpretation note (政策解读).
 *
 * @param interprets id of the policy it explains
 */
public record InterpretationMeta(
        String id,
        String title,
        String interprets,
        InterpretationForm form,
        LocalDate issued) implements DocumentMeta {

    @Override
    public DocumentKind kind() {
        return DocumentKind.INTERPRETATION;
    }
}
