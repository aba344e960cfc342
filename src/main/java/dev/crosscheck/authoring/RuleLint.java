package dev.crosscheck.authoring;

import dev.crosscheck.facts.Explanation;
import dev.crosscheck.facts.Flags;
import dev.crosscheck.facts.Severity;
import dev.crosscheck.rules.RuleBook;
import dev.crosscheck.rules.RuleIndex;
import dev.crosscheck.rules.RuleLocation;
import dev.crosscheck.rules.RuleProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * What compiling does not catch but an author needs to know: a rule without a category or with an unknown
 * severity, an explanation template with a placeholder that will never be filled, and rules that no test
 * case exercises.
 */
public final class RuleLint {

    private RuleLint() {
    }

    /** Problems in the rules' metadata: errors, since a run would report such a rule badly. */
    public static List<RuleProblem> metadata(RuleBook book, RuleIndex index) {
        List<RuleProblem> problems = new ArrayList<>();
        for (KiePackage p : book.kieBase().getKiePackages()) {
            for (Rule rule : p.getRules()) {
                RuleLocation at = index.locate(rule.getName())
                        .orElse(new RuleLocation(rule.getName(), book.dir().toString(), 0));
                Map<String, Object> meta = rule.getMetaData();
                if (Flags.metadata(meta, "category").isEmpty()) {
                    problems.add(problem(at, "rule \"" + rule.getName() + "\" has no @category(...)"));
                }
                Optional<String> severity = Flags.metadata(meta, "severity");
                if (severity.isEmpty()) {
                    problems.add(problem(at, "rule \"" + rule.getName() + "\" has no @severity(HIGH|MEDIUM|LOW)"));
                } else {
                    try {
                        Severity.parse(severity.get());
                    } catch (IllegalArgumentException e) {
                        problems.add(problem(at, "rule \"" + rule.getName() + "\": @severity is HIGH, MEDIUM or LOW, not "
                                + severity.get()));
                    }
                }
                for (String template : List.of("explanation", "headline")) {
                    for (String unknown : Explanation.unknownPlaceholders(Flags.metadata(meta, template).orElse(""))) {
                        problems.add(problem(at, "rule \"" + rule.getName() + "\": @" + template + " uses " + unknown
                                + ", which is not a field; use {a.value}, {b.outlet}, one of " + Explanation.NAMED
                                + ", or {x.FIELD} with FIELD one of " + Explanation.FIELDS));
                    }
                }
            }
        }
        return problems;
    }

    /** Rules no test case names in its expect or forbid list: warnings. */
    public static List<RuleProblem> untested(RuleIndex index, List<RuleTestCase> cases) {
        Set<String> named = cases.stream()
                .flatMap(c -> java.util.stream.Stream.concat(c.expect().stream(), c.forbid().stream()))
                .map(RuleTestCase.Flag::rule)
                .collect(Collectors.toSet());
        return index.all().stream()
                .filter(r -> !named.contains(r.rule()))
                .map(r -> new RuleProblem(r.file(), r.line(), "rule \"" + r.rule() + "\" is not exercised by any test "
                        + "case in tests/", false))
                .toList();
    }

    /** Expected or forbidden flags that name no rule at all: a typo makes a test pass for the wrong reason. */
    public static List<RuleProblem> unknownRules(RuleIndex index, List<RuleTestCase> cases) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleTestCase c : cases) {
            for (RuleTestCase.Flag f : java.util.stream.Stream.concat(c.expect().stream(), c.forbid().stream()).toList()) {
                if (index.locate(f.rule()).isEmpty()) {
                    problems.add(new RuleProblem(c.file(), c.line(), "case '" + c.name() + "' names rule \"" + f.rule()
                            + "\", which no rule file defines", true));
                }
            }
        }
        return problems;
    }

    private static RuleProblem problem(RuleLocation at, String message) {
        return new RuleProblem(at.file(), at.line(), message, true);
    }
}
