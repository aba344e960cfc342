package dev.crosscheck.rules;

/** Something wrong in a rule or knowledge file, at a line (0 when the line is not known). */
public record RuleProblem(String file, int line, String message, boolean error) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + (error ? "" : "warning: ") + message;
    }
}
