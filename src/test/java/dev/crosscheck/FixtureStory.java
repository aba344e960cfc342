package dev.crosscheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.ingest.Article;
import dev.crosscheck.ingest.Ingested;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A story under fixtures/: a folder with an {@code expected.json}. The seed story keeps its articles in the
 * folder; a story of the shared corpus lists its article ids in {@code expected.json} ({@code "corpus"} and
 * {@code "articles"}) and its texts are read from ../shared at test time, never copied here.
 */
public record FixtureStory(Path dir, String corpus, List<String> corpusIds) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public FixtureStory {
        corpusIds = List.copyOf(corpusIds);
    }

    /** Every story under fixtures/, by name (not the evaluation sets below it: fixtures/dev, fixtures/heldout). */
    public static List<FixtureStory> all() {
        return under(TestPipeline.FIXTURES);
    }

    /** Every story in this folder, by name. */
    public static List<FixtureStory> under(Path folder) {
        try (Stream<Path> dirs = Files.list(folder)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("expected.json"))).sorted().map(FixtureStory::of)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    public static FixtureStory of(Path dir) {
        Path expected = dir.resolve("expected.json");
        try {
            JsonNode key = JSON.readTree(expected.toFile());
            List<String> ids = new ArrayList<>();
            key.path("articles").forEach(id -> ids.add(id.asText()));
            String corpus = key.path("corpus").isTextual() ? key.get("corpus").asText() : null;
            if (!ids.isEmpty() && !"corpora/news-clusters.jsonl".equals(corpus)) {
                throw new IllegalArgumentException(expected + ": \"articles\" needs \"corpus\":"
                        + " \"corpora/news-clusters.jsonl\", the only shared corpus; got " + corpus);
            }
            return new FixtureStory(dir, corpus, ids);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + expected, e);
        }
    }

    public String name() {
        return dir.getFileName().toString();
    }

    public Path expected() {
        return dir.resolve("expected.json");
    }

    /** True when the story's texts live in ../shared rather than in its folder. */
    public boolean fromSharedCorpus() {
        return !corpusIds.isEmpty();
    }

    /**
     * The story's articles: from ../shared for a corpus story (the test is skipped without it, or fails under
     * CI's strict mode), else the files of its folder.
     */
    public Ingested read() {
        if (!fromSharedCorpus()) {
            return TestPipeline.read(dir);
        }
        List<Article> articles = SharedData.corpusArticles(corpusIds);
        return new Ingested(articles, List.of());
    }
}
