package dev.crosscheck.engine.spark;

import dev.crosscheck.annotate.Models;
import dev.crosscheck.check.StageTimer;
import dev.crosscheck.ingest.ArticleReader;
import dev.crosscheck.ingest.LanguageIdentifier;
import dev.crosscheck.nightly.Once;
import dev.crosscheck.nightly.StoryTask;
import dev.crosscheck.rules.RuleBook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a Spark worker (an executor's JVM) loads once and shares between its tasks: the compiled rule book
 * and the OpenNLP models, made on first use. In a local run the workers are the driver's own JVM, and use
 * the rule book the driver loaded.
 */
final class Worker {

    private static final Map<String, RuleBook> BOOKS = new ConcurrentHashMap<>();
    private static final Once<Models> MODELS = new Once<>(Models::load);
    private static final Map<String, StoryTask> TASKS = new ConcurrentHashMap<>();
    private static final ThreadLocal<Map<String, ArticleReader>> READERS = ThreadLocal.withInitial(java.util.HashMap::new);

    private Worker() {
    }

    /** Makes a book the driver has loaded known to the workers of this JVM. */
    static void share(RuleBook book) {
        BOOKS.putIfAbsent(book.fingerprint(), book);
    }

    static RuleBook book(RulesBundle rules) {
        return BOOKS.computeIfAbsent(rules.fingerprint(), fingerprint -> {
            try {
                Path dir = rules.writeTo(Files.createTempDirectory("crosscheck-rules-"));
                return RuleBook.load(dir, Path.of(System.getProperty("java.io.tmpdir"), "crosscheck-rule-cache"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the rules out on this worker", e);
            }
        });
    }

    /** The story checker of this JVM for these rules and this cache folder (null for none). */
    static StoryTask task(RulesBundle rules, String cacheRoot) {
        return TASKS.computeIfAbsent(rules.fingerprint() + "\n" + cacheRoot, key -> StoryTask.open(book(rules), MODELS,
                cacheRoot == null ? null : Path.of(cacheRoot), cacheRoot != null, new StageTimer()));
    }

    /** A reader of this thread (the language detector is not thread-safe). */
    static ArticleReader reader(RulesBundle rules) {
        return READERS.get().computeIfAbsent(rules.fingerprint(),
                f -> new ArticleReader(book(rules).knowledge().boilerplate(), new LanguageIdentifier()));
    }
}
