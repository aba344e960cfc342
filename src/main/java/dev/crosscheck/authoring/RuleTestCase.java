package dev.crosscheck.authoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A rule test case from {@code rules/tests/*.yaml}: a few short articles written inline, the flags that
 * must be raised on them ({@code expect}) and the flags that must not ({@code forbid}).
 */
public record RuleTestCase(String file, int line, String name, List<Article> articles, List<Flag> expect,
                           List<Flag> forbid) {

    /** An article of a test case; {@code summaryOf} is the number (from 1) of the article it summarises, or null. */
    public record Article(String outlet, LocalDate published, String title, String text, Integer summaryOf) {
    }

    /**
     * A flag by rule name, optionally with values: each value must be one of the flag's evidence values
     * or appear in one of its quotes (case does not matter).
     */
    public record Flag(String rule, List<String> values) {

        @Override
        public String toString() {
            return values.isEmpty() ? rule : rule + " " + values;
        }
    }

    public String where() {
        return file + ":" + line;
    }
}
