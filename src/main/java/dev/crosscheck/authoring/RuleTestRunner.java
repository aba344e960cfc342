package dev.crosscheck.authoring;

import dev.crosscheck.check.StoryChecker;
import dev.crosscheck.facts.Assertion;
import dev.crosscheck.facts.Conflict;
import dev.crosscheck.facts.Finding;
import dev.crosscheck.ingest.Article;
import dev.crosscheck.ingest.ArticleReader;
import dev.crosscheck.ingest.Ingested;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs rule test cases through the whole pipeline, exactly as `check` would run the same articles, and
 * compares the flags raised with the ones the case expects and forbids. A flag folded into another
 * (listed under "also") still counts as raised.
 */
public final class RuleTestRunner {

    private final StoryChecker checker;
    private final ArticleReader reader;

    public RuleTestRunner(StoryChecker checker, ArticleReader reader) {
        this.checker = checker;
        this.reader = reader;
    }

    public CaseResult run(RuleTestCase testCase) {
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < testCase.articles().size(); i++) {
            RuleTestCase.Article a = testCase.articles().get(i);
            String id = "article-" + (i + 1);
            Ingested read = reader.fromText(id, a.outlet() == null ? id : a.outlet(), a.published(), a.title(), a.text(),
                    a.summaryOf() == null ? null : "article-" + a.summaryOf());
            articles.addAll(read.articles());
            String which = "article " + (i + 1);
            read.skipped().forEach(s -> problems.add(which + " was not read: " + s.reason()));
        }
        List<Raised> raised = raised(checker.check(articles).conflicts());
        List<String> missing = testCase.expect().stream()
                .filter(f -> raised.stream().noneMatch(r -> r.matches(f))).map(RuleTestCase.Flag::toString).toList();
        List<String> forbidden = testCase.forbid().stream()
                .flatMap(f -> raised.stream().filter(r -> r.matches(f)).map(r -> f + " was raised: " + r))
                .toList();
        return new CaseResult(testCase, missing, forbidden, raised.stream().map(Raised::toString).toList(), problems);
    }

    /** A raised flag as a test sees it: its rule, and the values and quotes of its evidence. */
    private record Raised(String rule, List<String> values, List<String> quotes) {

        boolean matches(RuleTestCase.Flag flag) {
            return rule.equals(flag.rule()) && flag.values().stream().allMatch(this::has);
        }

        private boolean has(String expected) {
            String want = expected.toLowerCase(Locale.ROOT);
            return values.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).equals(want))
                    || quotes.stream().anyMatch(q -> q.toLowerCase(Locale.ROOT).contains(want));
        }

        @Override
        public String toString() {
            return rule + " " + values;
        }
    }

    private static List<Raised> raised(List<Conflict> conflicts) {
        List<Raised> raised = new ArrayList<>();
        for (Conflict c : conflicts) {
            List<String> quotes = c.evidence().stream().map(Assertion::quote).toList();
            raised.add(new Raised(c.rule(), c.evidence().stream().map(a -> a.value().text()).toList(), quotes));
            for (Finding f : c.also()) {
                raised.add(new Raised(f.rule(), f.values(), quotes));
            }
        }
        return raised;
    }
}
