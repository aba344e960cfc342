package dev.crosscheck.review.db;

import dev.crosscheck.review.Action;

/**
 * A decision was based on an older state of the conflict: someone else changed it in the meantime.
 * Nothing was written; {@link #current()} is the state that won, {@link #lastChange()} the action that made it.
 */
public final class StaleDecisionException extends Exception {

    private final transient ConflictState current;
    private final transient AuditEntry lastChange;

    public StaleDecisionException(ConflictState current, AuditEntry lastChange) {
        super("someone else changed this conflict since you opened it (now: " + describe(current, lastChange) + ")");
        this.current = current;
        this.lastChange = lastChange;
    }

    public ConflictState current() {
        return current;
    }

    public AuditEntry lastChange() {
        return lastChange;
    }

    /** "confirmed by alice", "dismissed as extraction error by bob", "open, assigned to carol by alice". */
    static String describe(ConflictState s, AuditEntry last) {
        StringBuilder now = new StringBuilder(s.status().label());
        if (s.reason() != null) {
            now.append(" as ").append(s.reason().label());
        }
        if (last != null && last.action() == Action.ASSIGN) {
            now.append(last.assignee() == null ? ", unassigned" : ", assigned to " + last.assignee());
        }
        String by = last != null ? last.editor() : s.updatedBy();
        if (by != null) {
            now.append(" by ").append(by);
        }
        return now.toString();
    }
}
