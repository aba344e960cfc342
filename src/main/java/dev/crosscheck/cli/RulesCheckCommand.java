package dev.crosscheck.cli;

import dev.crosscheck.authoring.RuleLint;
import dev.crosscheck.authoring.RuleTestFiles;
import dev.crosscheck.rules.RuleBook;
import dev.crosscheck.rules.RuleCompilationException;
import dev.crosscheck.rules.RuleIndex;
import dev.crosscheck.rules.RuleProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck rules check [DIR]}: compiles the rules and reads the knowledge and test files, and
 * lists every problem as {@code file:line: message}; also lists rules no test case exercises.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compile the rules, read knowledge and tests, and list every problem as file:line: message.")
final class RulesCheckCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Rules folder (default: ./rules).")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path rules = dir != null ? dir : Home.defaultRules();
        List<RuleProblem> problems = new ArrayList<>();
        RuleIndex index = RuleIndex.of(rules);
        RuleTestFiles.Loaded tests = RuleTestFiles.load(rules);
        problems.addAll(tests.problems());
        problems.addAll(RuleLint.unknownRules(index, tests.cases()));
        int ruleCount = 0;
        try {
            RuleBook book = RuleBook.compile(rules);
            ruleCount = book.ruleCount();
            problems.addAll(book.warnings());
            problems.addAll(RuleLint.metadata(book, index));
        } catch (RuleCompilationException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(RuleLint.untested(index, tests.cases()));
        problems.forEach(out::println);
        long errors = problems.stream().filter(RuleProblem::error).count();
        out.printf("%s: %d rules, %d test cases, %d errors, %d warnings%n", rules, ruleCount, tests.cases().size(),
                errors, problems.size() - errors);
        out.flush();
        return errors > 0 ? Main.USAGE : Main.OK;
    }
}
