package dev.crosscheck.review;

import java.util.Locale;

/** Why an editor dismissed a conflict; rule authors read these counts to fix their rules. */
public enum DismissReason {
    NOT_A_CONFLICT("not a conflict"),
    SAME_FACT("same fact worded differently"),
    EXTRACTION_ERROR("extraction error"),
    OUT_OF_SCOPE("out of scope");

    private final String label;

    DismissReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DismissReason parse(String text) {
        for (DismissReason r : values()) {
            if (r.key().equalsIgnoreCase(text) || r.name().equalsIgnoreCase(text)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown dismissal reason '" + text
                + "': not_a_conflict, same_fact, extraction_error or out_of_scope");
    }
}
