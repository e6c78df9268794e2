package org.compendium.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An annual edition of the compendium (PDF and EPUB): the year's summary as preface, then every policy
 * in force on 31 December, grouped by category and ordered by issue date, each with its notes.
 *
 * @param date    the day statuses are computed for (YYYY-12-31)
 * @param summary the preface, if the year has a summary
 */
public record Edition(int year, LocalDate date, Optional<Summary> summary, List<CategoryGroup> categories) {

    public Edition {
        categories = List.copyOf(categories);
    }

    /** The policies of one category, oldest first. */
    public record CategoryGroup(String category, List<Policy> policies) {
        public CategoryGroup {
            policies = List.copyOf(policies);
        }
    }

    /** Every policy of the edition in book order. */
    public List<Policy> policies() {
        return categories.stream().flatMap(c -> c.policies().stream()).toList();
    }

    /** True when the document (policy, or a note of one of its policies, or the preface) is in this edition. */
    public boolean contains(Document document, Compendium compendium) {
        return switch (document) {
            case Policy p -> policies().contains(p);
            case Interpretation i -> compendium.policy(i.meta().interprets()).filter(policies()::contains).isPresent();
            case Summary s -> summary.filter(s::equals).isPresent();
        };
    }
}
