package dev.crosscheck.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cache scopes of rules or code no run has used for a while are deleted; the others stay. */
class CacheScopesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @TempDir
    Path root;

    @Test
    void scopesUnusedForLongerThanTheKeepingTimeGoAndTheRestStay() throws IOException {
        Path current = root.resolve("aaaa");
        Path recent = scope("bbbb", NOW.minus(Duration.ofDays(3)), true);
        Path old = scope("cccc", NOW.minus(Duration.ofDays(30)), true);
        Path oldUnmarked = scope("dddd", NOW.minus(Duration.ofDays(30)), false);

        List<Path> deleted = CacheScopes.markAndPrune(current, NOW, Duration.ofDays(14));

        assertEquals(List.of(old, oldUnmarked), deleted);
        assertFalse(Files.exists(old));
        assertFalse(Files.exists(oldUnmarked), "a scope from before markers is judged by its folder's time");
        assertTrue(Files.isRegularFile(recent.resolve("ab").resolve("entry.sml")), "a recent scope keeps its entries");
        assertEquals(FileTime.from(NOW), Files.getLastModifiedTime(current.resolve(CacheScopes.MARKER)),
                "the scope in use is marked as used now");
    }

    private Path scope(String name, Instant lastUsed, boolean marked) throws IOException {
        Path scope = root.resolve(name);
        Path entry = scope.resolve("ab").resolve("entry.sml");
        Files.createDirectories(entry.getParent());
        Files.writeString(entry, "x");
        if (marked) {
            Files.setLastModifiedTime(Files.createFile(scope.resolve(CacheScopes.MARKER)), FileTime.from(lastUsed));
        }
        Files.setLastModifiedTime(scope, FileTime.from(lastUsed));
        return scope;
    }
}
