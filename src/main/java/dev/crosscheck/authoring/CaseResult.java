package dev.crosscheck.authoring;

import java.util.List;

/**
 * How a rule test case went: the expected flags not raised, the forbidden flags raised, and every flag
 * that was raised (for the diff an author reads).
 */
public record CaseResult(RuleTestCase testCase, List<String> missing, List<String> forbidden, List<String> raised,
                         List<String> problems) {

    public boolean passed() {
        return missing.isEmpty() && forbidden.isEmpty() && problems.isEmpty();
    }
}
