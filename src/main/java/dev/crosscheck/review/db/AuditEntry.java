package dev.crosscheck.review.db;

import dev.crosscheck.review.Action;
import dev.crosscheck.review.DismissReason;
import dev.crosscheck.review.Status;

/** One action in a conflict's history: who did what when, and the status before and after. */
public record AuditEntry(long id, String conflictId, String editor, String at, Action action, Status previousStatus,
                         Status status, DismissReason reason, String note, String assignee) {
}
