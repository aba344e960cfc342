package dev.crosscheck.rules;

/** Where a rule is written: its file and the line of its {@code rule "..."} header. */
public record RuleLocation(String rule, String file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
