package dev.crosscheck.engine.spark;

import dev.crosscheck.rules.RuleBook;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A rules folder as bytes (every file by its relative path) with its fingerprint, broadcast to the workers,
 * which write it out once and compile or load it there: a worker on another machine has no rules folder.
 */
record RulesBundle(String fingerprint, Map<String, byte[]> files) implements Serializable {

    static RulesBundle of(RuleBook book) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(book.dir())) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(book.dir().relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules in " + book.dir(), e);
        }
        return new RulesBundle(book.fingerprint(), files);
    }

    /** Writes the files into {@code dir}, as they were in the rules folder. */
    Path writeTo(Path dir) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        return dir;
    }
}
