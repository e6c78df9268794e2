package org.compendium.core.scaffold;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A request for a new content file ({@code compendium new}, {@code compendium:new}): the CLI and the Maven goal
 * map their options onto it.
 *
 * @param kind         policy, note or summary
 * @param id           the new document's id ({@code [a-z0-9][a-z0-9-]*}); for a summary its year
 * @param title        its title
 * @param date         the date written as {@code issued} (policy, note): usually today
 * @param interprets   for a note: the id of the policy it interprets
 * @param contentDir   the content folder
 * @param templatesDir the templates folder, holding {@code new/policy.md.ftl}, {@code new/note.md.ftl} and
 *                     {@code new/summary.md.ftl}
 */
public record NewDocument(NewKind kind, String id, String title, LocalDate date, Optional<String> interprets,
                          Path contentDir, Path templatesDir) {
}
