package dev.crosscheck.review;

import java.util.Locale;

/** What an editor can do to a conflict. Every action becomes an audit entry. */
public enum Action {
    CONFIRM("confirmed", Status.CONFIRMED),
    ACKNOWLEDGE("acknowledged", Status.ACKNOWLEDGED),
    DISMISS("dismissed", Status.DISMISSED),
    FOLLOW_UP("marked for follow-up", Status.FOLLOW_UP),
    REOPEN("reopened", Status.OPEN),
    ASSIGN("assigned", null),
    COMMENT("commented", null);

    private final String pastTense;
    private final Status result;

    Action(String pastTense, Status result) {
        this.pastTense = pastTense;
        this.result = result;
    }

    /** "confirmed", "marked for follow-up": for the history shown to editors. */
    public String pastTense() {
        return pastTense;
    }

    /** The status this action sets, or null when it leaves the status as it is. */
    public Status result() {
        return result;
    }

    /**
     * Whether the action changes the conflict's state (status or assignee) and so must be based on the
     * current version. A comment only adds to the history, overwrites nothing, and is never refused.
     */
    public boolean changesState() {
        return this != COMMENT;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Action parse(String text) {
        for (Action a : values()) {
            if (a.key().equalsIgnoreCase(text) || a.name().equalsIgnoreCase(text)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown action '" + text
                + "': confirm, acknowledge, dismiss, follow_up, reopen, assign or comment");
    }
}
