package dev.crosscheck.cli;

import dev.crosscheck.annotate.Models;
import dev.crosscheck.authoring.CaseResult;
import dev.crosscheck.authoring.RuleLint;
import dev.crosscheck.authoring.RuleTestCase;
import dev.crosscheck.authoring.RuleTestFiles;
import dev.crosscheck.authoring.RuleTestRunner;
import dev.crosscheck.check.StageTimer;
import dev.crosscheck.check.StoryChecker;
import dev.crosscheck.ingest.ArticleReader;
import dev.crosscheck.ingest.LanguageIdentifier;
import dev.crosscheck.rules.RuleBook;
import dev.crosscheck.rules.RuleCompilationException;
import dev.crosscheck.rules.RuleIndex;
import dev.crosscheck.rules.RuleProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck rules test [DIR]}: runs every case in {@code tests/} and prints each as pass or fail,
 * with the flags expected against the flags raised. Exit 1 when a case fails, 2 when the rules or the
 * test files cannot be read.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the rule test cases in DIR/tests and show pass or fail, with a diff for failures.")
final class RulesTestCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Rules folder (default: ./rules).")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path rules = dir != null ? dir : Home.defaultRules();
        RuleTestFiles.Loaded tests = RuleTestFiles.load(rules);
        List<RuleProblem> problems = new ArrayList<>(tests.problems());
        problems.addAll(RuleLint.unknownRules(RuleIndex.of(rules), tests.cases()));
        RuleBook book = null;
        try {
            book = RuleBook.compile(rules);
        } catch (RuleCompilationException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty() || book == null) {
            problems.forEach(err::println);
            err.println("crosscheck: the rules or their tests cannot be read; no case was run");
            return Main.USAGE;
        }
        RuleTestRunner runner = new RuleTestRunner(new StoryChecker(book, Models.load(), new StageTimer()),
                new ArticleReader(book.knowledge().boilerplate(), new LanguageIdentifier()));
        int failed = 0;
        String file = null;
        for (RuleTestCase testCase : tests.cases()) {
            if (!Objects.equals(file, testCase.file())) {
                file = testCase.file();
                out.println(file);
            }
            CaseResult result = runner.run(testCase);
            out.println((result.passed() ? "  PASS  " : "  FAIL  ") + testCase.name() + "  (line " + testCase.line() + ")");
            if (!result.passed()) {
                failed++;
                result.missing().forEach(m -> out.println("        expected, not raised: " + m));
                result.forbidden().forEach(f -> out.println("        forbidden, raised:    " + f));
                result.problems().forEach(p -> out.println("        problem:              " + p));
                out.println("        raised: " + (result.raised().isEmpty() ? "nothing" : String.join("; ", result.raised())));
            }
        }
        out.printf("%d cases, %d passed, %d failed%n", tests.cases().size(), tests.cases().size() - failed, failed);
        out.flush();
        return failed > 0 ? Main.FOUND : Main.OK;
    }
}
