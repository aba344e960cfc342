package dev.crosscheck.review.db;

import dev.crosscheck.review.Action;
import dev.crosscheck.review.DismissReason;

/**
 * An editor's action on a conflict, as submitted. {@code basedOnVersion} is the state version the editor
 * saw when they opened the conflict; a state-changing decision on an older version is refused.
 * {@code note} is free text (required for a comment, optional otherwise); {@code assignee} is for
 * {@link Action#ASSIGN} (null or blank unassigns); {@code label} is what the current report says about the
 * conflict, or null when it is not known.
 */
public record Decision(String conflictId, String editor, Action action, int basedOnVersion, DismissReason reason,
                       String assignee, String note, ConflictLabel label) {

    public static final int MAX_NOTE = 4000;

    public Decision {
        if (conflictId == null || conflictId.isBlank()) {
            throw new IllegalArgumentException("a decision needs a conflict id");
        }
        if (editor == null || editor.isBlank()) {
            throw new IllegalArgumentException("a decision needs the editor who made it");
        }
        if (action == null) {
            throw new IllegalArgumentException("a decision needs an action");
        }
        note = note == null || note.isBlank() ? null : note.strip();
        assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
        if (action == Action.DISMISS && reason == null) {
            throw new IllegalArgumentException("a dismissal needs a reason");
        }
        if (action != Action.DISMISS && reason != null) {
            throw new IllegalArgumentException("only a dismissal takes a reason");
        }
        if (action == Action.COMMENT && note == null) {
            throw new IllegalArgumentException("a comment needs some text");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("a note can be at most " + MAX_NOTE + " characters long");
        }
    }
}
