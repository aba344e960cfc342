package dev.crosscheck.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The files of a rules folder: rule sources for Drools, and a fingerprint of everything in the folder. */
public final class RuleFiles {

    private static final List<String> RULE_EXTENSIONS = List.of(".drl", ".dsl", ".dslr");

    private RuleFiles() {
    }

    /** Rule sources ({@code *.drl}, {@code *.dsl}, {@code *.dslr}) outside {@code tests/} and {@code knowledge/}. */
    public static List<Path> sources(Path dir) {
        return walk(dir).stream()
                .filter(p -> RULE_EXTENSIONS.stream().anyMatch(e -> p.toString().toLowerCase(Locale.ROOT).endsWith(e)))
                .filter(p -> !dir.relativize(p).startsWith("tests") && !dir.relativize(p).startsWith("knowledge"))
                .toList();
    }

    /** SHA-256 over every file's relative path and content: equal fingerprints, equal rule sets. */
    public static String fingerprint(Path dir) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : walk(dir)) {
                sha.update(dir.relativize(file).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules in " + dir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list rules in " + dir, e);
        }
    }
}
