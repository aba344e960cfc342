package dev.crosscheck.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing what the nightly and its benchmarks leave behind. */
public final class Folders {

    private Folders() {
    }

    /**
     * Deletes everything under {@code root}, and {@code root} too unless {@code keepRoot}. Links are deleted,
     * never followed, so nothing outside {@code root} is touched.
     */
    public static void delete(Path root, boolean keepRoot) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!(keepRoot && p.equals(root))) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause(); // a folder that could not be listed during the walk
        }
    }
}
