package dev.crosscheck.ingest;

/** An input that could not be used as an article, and why. {@code path} may carry a line: feed.jsonl:17. */
public record Skipped(String path, String reason) {
}
