package dev.crosscheck.cli;

import dev.crosscheck.io.DurableFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files whole or not at all: to a temporary file beside the target, flushed to disk, then
 * renamed over it. A run killed at any point leaves the previous file as it was, plus at worst a hidden
 * {@code .NAME*.tmp} file.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    static void write(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            DurableFiles.write(temp, content);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
