package dev.crosscheck.nightly;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoldersTest {

    @TempDir
    Path tmp;

    @Test
    void aLinkIsDeletedNotFollowed() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "kept");
        Path root = Files.createDirectories(tmp.resolve("scratch/a/b"));
        Files.writeString(root.resolve("cache.json"), "{}");
        Files.createSymbolicLink(root.resolve("link"), outside);

        Folders.delete(tmp.resolve("scratch"), true);

        assertTrue(Files.isDirectory(tmp.resolve("scratch")), "the root is kept when asked");
        assertFalse(Files.exists(tmp.resolve("scratch/a")));
        assertTrue(Files.exists(outside.resolve("keep.txt")), "nothing outside the root is touched");
        Folders.delete(tmp.resolve("scratch"), false);
        assertFalse(Files.exists(tmp.resolve("scratch")));
    }
}
