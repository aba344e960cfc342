package dev.crosscheck.review;

import dev.crosscheck.review.db.ConflictState;
import dev.crosscheck.review.db.Database;
import dev.crosscheck.review.db.DecisionStore;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Read-only view of the editors' decisions, for the rest of the system (the nightly job shows each
 * conflict's editorial status next to it).
 *
 * <pre>{@code
 * try (Decisions decisions = Decisions.open("jdbc:sqlite:reports/review.db")) {
 *     Map<String, String> status = decisions.statusOf(conflictIds);   // "cc-981f..." -> "confirmed"
 * }
 * }</pre>
 *
 * Statuses are {@code open}, {@code follow_up}, {@code confirmed} and {@code dismissed} (see {@link Status#key()});
 * a conflict no editor has acted on is {@code open}. Decisions are keyed by the stable conflict id, so a
 * conflict found again in a later report keeps its status, while one whose evidence changed has a new id
 * and starts open. The URL is the one {@code crosscheck serve --db} takes: {@code jdbc:sqlite:FILE} or
 * {@code jdbc:postgresql://...}. Opening creates or migrates the schema if needed; failures throw
 * {@link dev.crosscheck.review.db.ReviewDatabaseException} saying what and where.
 */
public final class Decisions implements AutoCloseable {

    private final DecisionStore store;

    private Decisions(DecisionStore store) {
        this.store = store;
    }

    public static Decisions open(String jdbcUrl) {
        return new Decisions(new DecisionStore(Database.open(jdbcUrl)));
    }

    /** The status of each given conflict, in the order given; untouched conflicts are "open". */
    public Map<String, String> statusOf(Collection<String> conflictIds) {
        Map<String, ConflictState> states = store.states(conflictIds);
        Map<String, String> result = new LinkedHashMap<>();
        for (String id : conflictIds) {
            ConflictState s = states.get(id);
            result.put(id, (s == null ? Status.OPEN : s.status()).key());
        }
        return result;
    }

    /** Nothing to release: connections are opened per call. Kept so callers can use try-with-resources. */
    @Override
    public void close() {
    }
}
