package dev.crosscheck.nightly;

import dev.crosscheck.group.Story;
import dev.crosscheck.ingest.Article;
import dev.crosscheck.report.StoryReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Each story's report part, kept between runs: a story whose articles (content and where they were read)
 * are unchanged, under the same rules and the same code, is not aligned and judged again, and its articles
 * are not even loaded. Scoped like the {@link ExtractionCache}, over all the checking code.
 */
final class StoryCache {

    private final JsonCache<StoryReport> entries;

    StoryCache(Path dir) {
        this.entries = new JsonCache<>(dir, StoryReport.class);
    }

    static StoryCache open(Path root, String rulesFingerprint) {
        return new StoryCache(root.resolve("stories")
                .resolve(Sha256.of(rulesFingerprint, CodeVersion.of(CodeVersion.CHECKING)).substring(0, 16)));
    }

    Path dir() {
        return entries.dir();
    }

    Optional<StoryReport> get(Story story) {
        return entries.get(key(story));
    }

    void put(Story story, StoryReport part) throws IOException {
        entries.put(key(story), part);
    }

    /** The story's id and title, and each article's content and path (the report names the path). */
    static String key(Story story) {
        Sha256 sha = new Sha256().add(story.id()).add(story.title());
        for (Article a : story.articles()) {
            sha.add(ExtractionCache.key(a)).add(a.path());
        }
        return sha.hex();
    }
}
