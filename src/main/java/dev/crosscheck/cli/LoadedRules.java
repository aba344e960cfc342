package dev.crosscheck.cli;

import dev.crosscheck.check.StageTimer;
import dev.crosscheck.rules.RuleBook;
import dev.crosscheck.rules.RuleCompilationException;
import dev.crosscheck.rules.RuleProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The rule book a run command works with: the {@code --rules} folder (or the default one), through the
 * compiled-rules cache. Rules that do not compile are listed as {@code file:line: message} and give no book,
 * so that the command stops before doing anything; warnings are listed and the run goes on.
 */
final class LoadedRules {

    private LoadedRules() {
    }

    /** @param rulesOption the {@code --rules} value, or null for the default folder */
    static Optional<RuleBook> load(Path rulesOption, StageTimer timer, PrintWriter err) {
        Path dir = rulesOption != null ? rulesOption : Home.defaultRules();
        RuleBook book;
        try {
            book = timer.time("rules load", () -> RuleBook.load(dir, Home.ruleCache()));
        } catch (RuleCompilationException e) {
            e.problems().forEach(err::println);
            err.println("crosscheck: the rules do not compile; nothing was run");
            return Optional.empty();
        }
        book.warnings().stream().map(RuleProblem::toString).forEach(err::println);
        return Optional.of(book);
    }
}
