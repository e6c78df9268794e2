package org.compendium.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The form of an interpretation note, as published on government sites. */
public enum InterpretationForm {
    TEXT("文字解读"),
    GRAPHIC("图解"),
    QA("问答"),
    VIDEO("视频");

    private final String label;

    InterpretationForm(String label) {
        this.label = label;
    }

    /** The Chinese name written in front matter and shown as a badge. */
    public String label() {
        return label;
    }

    public static Optional<InterpretationForm> fromLabel(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(InterpretationForm::label).toList();
    }
}
