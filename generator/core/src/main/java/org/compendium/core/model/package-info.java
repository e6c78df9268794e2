/** The content model: immutable records of policies, notes, summaries and the whole compendium. */
package org.compendium.core.model;
