package dev.crosscheck.cli;

import dev.crosscheck.annotate.Models;
import dev.crosscheck.authoring.Explainer;
import dev.crosscheck.check.StageTimer;
import dev.crosscheck.check.StoryChecker;
import dev.crosscheck.check.StoryResult;
import dev.crosscheck.facts.Conflict;
import dev.crosscheck.facts.Severity;
import dev.crosscheck.ingest.ArticleReader;
import dev.crosscheck.io.FileErrors;
import dev.crosscheck.ingest.Ingested;
import dev.crosscheck.ingest.LanguageIdentifier;
import dev.crosscheck.report.ConsoleSummary;
import dev.crosscheck.report.HtmlReport;
import dev.crosscheck.report.JsonReports;
import dev.crosscheck.report.MarkdownReport;
import dev.crosscheck.report.Report;
import dev.crosscheck.report.ReportBuilder;
import dev.crosscheck.rules.RuleBook;
import dev.crosscheck.rules.RuleIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck check PATH...}: all articles given are one story; prints a summary, writes reports. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check articles about one story for conflicting claims.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (.txt, .json, .jsonl, .html).")
    List<Path> paths;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON report here.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the report as one self-contained HTML page.")
    Path html;

    @Option(names = "--md", paramLabel = "FILE", description = "Write the report as Markdown.")
    Path markdown;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (default: ./rules).")
    Path rules;

    @picocli.CommandLine.Mixin
    ReviewAddressOption review;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when a conflict of this severity or worse is found: high, medium or low.")
    String failOn;

    @Option(names = "--timings", description = "Print the time each stage took to stderr.")
    boolean timings;

    @Option(names = "--assertions", description = "Also print every assertion read, article by article.")
    boolean assertions;

    @Option(names = "--explain", description = "For each conflict, print the rule's source location and the facts it matched.")
    boolean explain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold;
        try {
            threshold = failOn == null ? null : Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            err.println("crosscheck: --fail-on takes high, medium or low, not '" + failOn + "'");
            return Main.USAGE;
        }
        StageTimer timer = new StageTimer();
        Optional<RuleBook> loaded = LoadedRules.load(rules, timer, err);
        if (loaded.isEmpty()) {
            return Main.USAGE;
        }
        RuleBook book = loaded.get();
        Ingested ingested = timer.time("ingest", () -> new ArticleReader(book.knowledge().boilerplate(),
                new LanguageIdentifier()).read(paths));
        if (ingested.articles().isEmpty()) {
            ingested.skipped().forEach(s -> err.println("skipped " + s.path() + ": " + s.reason()));
            err.println("crosscheck: no article could be read from " + paths);
            return Main.USAGE;
        }
        ingested.warnings().forEach(w -> err.println("crosscheck: warning: " + w));
        Models models = timer.time("load models", Models::load);
        StoryResult result = new StoryChecker(book, models, timer).check(ingested.articles());
        Report report = ReportBuilder.build(result, ingested.skipped(), book.fingerprint(), book.ruleCount(),
                Instant.now());
        try {
            if (json != null) {
                OutputFiles.write(json, JsonReports.toJson(report));
            }
            if (html != null) {
                OutputFiles.write(html, HtmlReport.render(report, review.url));
            }
            if (markdown != null) {
                OutputFiles.write(markdown, MarkdownReport.render(report));
            }
        } catch (IOException e) {
            err.println("crosscheck: cannot write report: " + FileErrors.describe(e));
            return Main.USAGE;
        }
        if (assertions) {
            out.print(AssertionListing.render(result));
        }
        out.print(ConsoleSummary.render(report));
        if (explain) {
            out.print(Explainer.explain(result.conflicts(), RuleIndex.of(book.dir())));
        }
        out.flush();
        if (timings) {
            timer.millis().forEach((stage, ms) -> err.printf(Locale.ROOT, "%-14s %6d ms%n", stage, ms));
        }
        boolean failing = threshold != null && result.conflicts().stream()
                .map(Conflict::severity).anyMatch(s -> s.compareTo(threshold) <= 0);
        return failing ? Main.FOUND : Main.OK;
    }
}
