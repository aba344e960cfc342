package dev.crosscheck.nightly;

import dev.crosscheck.annotate.AnnotatedArticle;
import dev.crosscheck.extract.Extracted;
import dev.crosscheck.ingest.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code StoryChecker.read} made of each article, kept between runs. An entry is keyed by the
 * article's content (every field but the path it was read from) within a scope: the rules folder's
 * fingerprint (knowledge such as aliases and units changes extraction) and the {@link CodeVersion} of the
 * extracting code. A new scope starts empty, so any change to knowledge or code re-reads every article.
 */
public final class ExtractionCache {

    private final JsonCache<Extracted> entries;

    ExtractionCache(Path dir) {
        this.entries = new JsonCache<>(dir, Extracted.class);
    }

    /** The cache under {@code root} for this rule set and this build of the extracting code. */
    public static ExtractionCache open(Path root, String rulesFingerprint) {
        return new ExtractionCache(root.resolve("articles")
                .resolve(Sha256.of(rulesFingerprint, CodeVersion.of(CodeVersion.EXTRACTION)).substring(0, 16)));
    }

    public Path dir() {
        return entries.dir();
    }

    /** The cached extraction of {@code article}, carrying this article (its current path) rather than the stored one. */
    public Optional<Extracted> get(Article article) {
        return entries.get(key(article)).map(e -> new Extracted(new AnnotatedArticle(article, e.document().sentences()),
                e.assertions(), e.mentions()));
    }

    /** Stores an extraction; throws when the entry cannot be written (the run may go on without it). */
    public void put(Article article, Extracted extracted) throws IOException {
        entries.put(key(article), extracted);
    }

    /** The content hash of an article: every field but its path, which only says where it was read. */
    static String key(Article a) {
        return Sha256.of(a.id(), a.outlet(), a.url(), a.title(), a.byline(),
                a.published() == null ? null : a.published().toString(), a.language(), a.body(),
                String.join("\n", a.problems()), a.story());
    }
}
