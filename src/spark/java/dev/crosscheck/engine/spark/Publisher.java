package dev.crosscheck.engine.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * Puts a day's report set on a Hadoop file system: the files are copied into {@code <target>/.sets/<day>.<time>/},
 * then that folder is renamed to {@code <target>/<day>} (the previous one removed just before). A reader finds the
 * old set, none for that instant, or the whole new one; never a mix of two runs' files.
 */
final class Publisher {

    private Publisher() {
    }

    static String publish(Configuration conf, Path daySet, String target, LocalDate day) throws IOException {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(target);
        FileSystem fs = FileSystem.get(URI.create(target), conf);
        org.apache.hadoop.fs.Path staging = new org.apache.hadoop.fs.Path(root, ".sets/" + day + "."
                + Instant.now().toEpochMilli());
        org.apache.hadoop.fs.Path published = new org.apache.hadoop.fs.Path(root, day.toString());
        if (!fs.mkdirs(staging)) {
            throw new IOException("cannot make " + staging);
        }
        List<Path> files;
        try (Stream<Path> in = Files.list(daySet.toRealPath())) {
            files = in.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(file.toUri()),
                    new org.apache.hadoop.fs.Path(staging, file.getFileName().toString()));
        }
        if (fs.exists(published) && !fs.delete(published, true)) {
            throw new IOException("cannot replace " + published + "; the new set is in " + staging);
        }
        if (!fs.rename(staging, published)) {
            throw new IOException("cannot rename " + staging + " to " + published);
        }
        return published.toString();
    }
}
