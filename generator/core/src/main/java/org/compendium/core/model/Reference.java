package org.compendium.core.model;

/**
 * One document pointing at another: an explicit link, a 《title》 citation or a 文号 mention.
 *
 * @param fromId   the document the reference is in
 * @param toId     the document referred to
 * @param fragment the anchor referred to, or empty
 * @param kind     how the reference was written
 */
public record Reference(String fromId, String toId, String fragment, Kind kind) {

    public enum Kind { LINK, CITATION }
}
