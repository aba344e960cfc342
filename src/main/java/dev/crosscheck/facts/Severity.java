package dev.crosscheck.facts;

/** How urgently an editor should look at a conflict. Declared from most to least urgent. */
public enum Severity {
    HIGH,
    MEDIUM,
    LOW;

    /** One step less urgent; LOW stays LOW. */
    public Severity lower() {
        return this == HIGH ? MEDIUM : LOW;
    }

    /** Reads a rule's {@code @severity} value, case-insensitively. */
    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
