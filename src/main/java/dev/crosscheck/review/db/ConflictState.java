package dev.crosscheck.review.db;

import dev.crosscheck.review.DismissReason;
import dev.crosscheck.review.Status;

/**
 * The editorial state of one conflict. {@code version} counts its state changes; 0 means nobody has
 * touched it yet (open, unassigned).
 */
public record ConflictState(String conflictId, Status status, DismissReason reason, String assignee, int version,
                            String updatedBy, String updatedAt, ConflictLabel label) {

    public static ConflictState untouched(String conflictId) {
        return new ConflictState(conflictId, Status.OPEN, null, null, 0, null, null, null);
    }

    public boolean touched() {
        return version > 0;
    }
}
