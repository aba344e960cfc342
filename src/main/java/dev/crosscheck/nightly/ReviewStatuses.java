package dev.crosscheck.nightly;

import dev.crosscheck.review.Decisions;
import dev.crosscheck.review.db.ReviewDatabaseException;
import java.util.Collection;
import java.util.Map;

/** The editors' decision on each conflict, read from the review database when there is one. */
final class ReviewStatuses {

    /** Statuses by conflict id, or the reason there are none. */
    record Read(Map<String, String> statuses, String problem) {
    }

    private ReviewStatuses() {
    }

    /** Never throws for a database problem: the report is worth more than the statuses on it. */
    static Read of(String jdbcUrl, Collection<String> conflictIds) {
        try (Decisions decisions = Decisions.open(jdbcUrl)) {
            return new Read(decisions.statusOf(conflictIds), null);
        } catch (ReviewDatabaseException | IllegalArgumentException | IllegalStateException e) {
            return new Read(Map.of(), "editorial statuses left out: " + e.getMessage());
        }
    }
}
