package dev.crosscheck.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rules did not compile; every problem is listed as {@code file:line: message}. */
public class RuleCompilationException extends RuntimeException {

    private final List<RuleProblem> problems;

    public RuleCompilationException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
