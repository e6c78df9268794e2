package org.compendium.core.model;

/** A policy document (政策文件). */
public record Policy(PolicyMeta meta, String path, Body body) implements Document {
}
