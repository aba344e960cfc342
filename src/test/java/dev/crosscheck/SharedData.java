package dev.crosscheck;

import dev.crosscheck.ingest.Article;
import dev.crosscheck.ingest.Ingested;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The third-party data beside the checkout ({@code ../shared}): the labelled news feed and the SummEdits
 * benchmark. It may not be copied into the repository, so tests read it from there. CI always has it; on a
 * fresh clone without it the tests that need it are skipped, saying so ({@link Prerequisites}).
 */
public final class SharedData {

    /** {@code -Dcrosscheck.shared=DIR} or {@code CROSSCHECK_SHARED=DIR} override the default, {@code ../shared}. */
    public static final Path DIR = locate();
    public static final Path CORPUS = DIR.resolve("corpora/news-clusters.jsonl");
    public static final Path SUMMEDITS = DIR.resolve("benchmarks/summedits");

    private static Ingested corpusArticles;

    private SharedData() {
    }

    /** The labelled feed's path; the calling test is skipped (or, under CI's strict mode, fails) without it. */
    public static Path corpus() {
        Prerequisites.require(Files.isRegularFile(CORPUS),
                CORPUS + " not found (a clone without ../shared); the tests on the shared news corpus need it");
        return CORPUS;
    }

    /** The SummEdits folder; the calling test is skipped (or fails under strict mode) without it. */
    public static Path summedits() {
        Prerequisites.require(Files.isDirectory(SUMMEDITS),
                SUMMEDITS + " not found (a clone without ../shared); the SummEdits benchmark needs it");
        return SUMMEDITS;
    }

    /** Every article of the labelled feed, as ingest reads it; read once per test JVM. */
    public static synchronized Ingested corpusArticles() {
        if (corpusArticles == null) {
            corpusArticles = TestPipeline.read(corpus());
        }
        return corpusArticles;
    }

    /** The feed's articles with these ids, in the order given; an id the feed lacks is an error. */
    public static List<Article> corpusArticles(List<String> ids) {
        Map<String, Article> byId = corpusArticles().articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        return ids.stream().map(id -> {
            Article a = byId.get(id);
            if (a == null) {
                throw new IllegalArgumentException("article " + id + " is not in " + CORPUS);
            }
            return a;
        }).toList();
    }

    private static Path locate() {
        String configured = System.getProperty("crosscheck.shared", System.getenv("CROSSCHECK_SHARED"));
        Path dir = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..", "shared");
        return dir.toAbsolutePath().normalize();
    }
}
