package org.compendium.core.model;

/** An interpretation note (政策解读). */
public record Interpretation(InterpretationMeta meta, String path, Body body) implements Document {
}
