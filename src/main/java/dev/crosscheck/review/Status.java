package dev.crosscheck.review;

import java.util.Locale;

/**
 * Where a conflict stands with the editors. A conflict nobody has touched is {@link #OPEN}. A discrepancy is
 * {@link #CONFIRMED} or dismissed; an update (a figure that moved as reporting went on) is not a discrepancy to
 * confirm: it is {@link #ACKNOWLEDGED}, or dismissed.
 */
public enum Status {
    OPEN("open"),
    FOLLOW_UP("needs follow-up"),
    CONFIRMED("confirmed"),
    ACKNOWLEDGED("acknowledged"),
    DISMISSED("dismissed");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** Words for people: "needs follow-up". */
    public String label() {
        return label;
    }

    /** The form used in URLs, JSON and the {@link Decisions} API: "follow_up". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a {@link #key()} or constant name; throws naming the accepted values otherwise. */
    public static Status parse(String text) {
        for (Status s : values()) {
            if (s.key().equalsIgnoreCase(text) || s.name().equalsIgnoreCase(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + text
                + "': open, follow_up, confirmed, acknowledged or dismissed");
    }
}
