/** Stage 3: what changed between versions of a policy (git history, clause alignment, change reports). */
package org.compendium.core.history;
