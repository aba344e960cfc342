package dev.crosscheck;

import dev.crosscheck.annotate.Models;
import dev.crosscheck.check.StageTimer;
import dev.crosscheck.check.StoryChecker;
import dev.crosscheck.check.StoryResult;
import dev.crosscheck.ingest.Article;
import dev.crosscheck.ingest.ArticleReader;
import dev.crosscheck.ingest.Ingested;
import dev.crosscheck.ingest.LanguageIdentifier;
import dev.crosscheck.knowledge.Knowledge;
import dev.crosscheck.rules.RuleBook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The real pipeline with the project's rules, compiled once per test JVM. */
public final class TestPipeline {

    public static final Path RULES = Path.of("rules");
    public static final Path FIXTURES = Path.of("fixtures");

    private static RuleBook book;
    private static Models models;

    private TestPipeline() {
    }

    public static synchronized RuleBook book() {
        if (book == null) {
            book = RuleBook.compile(RULES);
        }
        return book;
    }

    public static synchronized Models models() {
        if (models == null) {
            models = Models.load();
        }
        return models;
    }

    public static Knowledge knowledge() {
        return book().knowledge();
    }

    public static Ingested read(Path... paths) {
        return new ArticleReader(knowledge().boilerplate(), new LanguageIdentifier()).read(List.of(paths));
    }

    public static StoryResult check(List<Article> articles) {
        return new StoryChecker(book(), models(), new StageTimer()).check(articles);
    }

    /** An article made of the given text, as if already cleaned. */
    public static Article article(String id, String outlet, LocalDate published, String body) {
        return summary(id, outlet, published, body, null);
    }

    /** As {@link #article}, a summary of the article {@code summaryOf}. */
    public static Article summary(String id, String outlet, LocalDate published, String body, String summaryOf) {
        return new Article(id, id + ".txt", outlet, null, null, null, published, "en", body, List.of(), null, summaryOf);
    }

    /** A copy of the project's rules folder under {@code dir}, for a test to change. */
    public static Path copyRules(Path dir) throws java.io.IOException {
        Path target = dir.resolve("rules");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(RULES)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(RULES.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(to);
                } else {
                    java.nio.file.Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
