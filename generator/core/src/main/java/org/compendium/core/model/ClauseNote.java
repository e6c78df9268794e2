package org.compendium.core.model;

/**
 * An interpretation note's reference to one clause of a policy: the backlink shown next to the clause.
 *
 * @param policyId         the policy whose clause is explained
 * @param anchor           the clause anchor, e.g. {@code art-12}
 * @param interpretationId the note
 * @param passage          the anchor of the passage in the note that links to the clause
 */
public record ClauseNote(String policyId, String anchor, String interpretationId, String passage) {
}
