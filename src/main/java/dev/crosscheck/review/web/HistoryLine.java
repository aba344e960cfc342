package dev.crosscheck.review.web;

import dev.crosscheck.review.Action;
import dev.crosscheck.review.db.AuditEntry;

/** An audit entry in words: "2026-11-23 16:02 UTC — alice dismissed it as extraction error (was open)". */
record HistoryLine(String at, String editor, String what, String previous, String note) {

    static HistoryLine of(AuditEntry e) {
        String what = switch (e.action()) {
            case DISMISS -> "dismissed it as " + (e.reason() == null ? "?" : e.reason().label());
            case ASSIGN -> e.assignee() == null ? "unassigned it" : "assigned it to " + e.assignee();
            case COMMENT -> "commented";
            case FOLLOW_UP -> "marked it for follow-up";
            default -> e.action().pastTense() + " it";
        };
        String previous = e.action() == Action.COMMENT || e.action() == Action.ASSIGN
                ? e.status().label() : "was " + e.previousStatus().label();
        return new HistoryLine(display(e.at()), e.editor(), what, previous, e.note());
    }

    /** "2026-11-23T16:02:11.123Z" as "2026-11-23 16:02 UTC". */
    static String display(String at) {
        return at == null || at.length() < 16 ? at : at.substring(0, 10) + " " + at.substring(11, 16) + " UTC";
    }
}
