package dev.crosscheck.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps the cache from growing without end. Each change to rules, knowledge or code starts a new scope
 * folder beside the old ones (see {@link ExtractionCache}, {@link StoryCache}); a run marks the scope it used,
 * and scopes no run has used for a while are deleted. A scope is only ever read by a run of the same rules
 * and code, so deleting an unused one costs at most a slower first run if that version comes back.
 */
final class CacheScopes {

    static final String MARKER = "last-used";
    static final Duration KEEP = Duration.ofDays(14);

    private CacheScopes() {
    }

    /**
     * Marks {@code scope} as used at {@code now} and deletes the other scopes beside it that were last used
     * before {@code now - keep}. Returns the scopes deleted.
     */
    static List<Path> markAndPrune(Path scope, Instant now, Duration keep) throws IOException {
        Files.createDirectories(scope);
        Path marker = scope.resolve(MARKER);
        if (!Files.exists(marker)) {
            Files.createFile(marker);
        }
        Files.setLastModifiedTime(marker, FileTime.from(now));
        List<Path> deleted = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(scope.getParent())) {
            for (Path other : siblings.filter(Files::isDirectory).filter(p -> !p.equals(scope)).sorted().toList()) {
                if (lastUsed(other).isBefore(now.minus(keep))) {
                    Folders.delete(other, false);
                    deleted.add(other);
                }
            }
        }
        return deleted;
    }

    /** When a run last used a scope: its marker's time, or the folder's own for scopes made before markers. */
    private static Instant lastUsed(Path scope) throws IOException {
        Path marker = scope.resolve(MARKER);
        return Files.getLastModifiedTime(Files.exists(marker) ? marker : scope).toInstant();
    }
}
