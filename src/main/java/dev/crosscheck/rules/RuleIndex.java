package dev.crosscheck.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each rule of a rules folder is written, read from the sources themselves: the compiled rule
 * base does not keep line numbers once cached, and authors want file:line either way.
 */
public final class RuleIndex {

    private static final Pattern HEADER = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)+)\"");

    private final Map<String, RuleLocation> locations;

    private RuleIndex(Map<String, RuleLocation> locations) {
        this.locations = Map.copyOf(locations);
    }

    public static RuleIndex of(Path dir) {
        Map<String, RuleLocation> locations = new LinkedHashMap<>();
        for (Path file : RuleFiles.sources(dir)) {
            if (file.toString().endsWith(".dsl")) {
                continue;
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = HEADER.matcher(lines.get(i));
                if (m.find()) {
                    locations.putIfAbsent(m.group(1), new RuleLocation(m.group(1), file.toString(), i + 1));
                }
            }
        }
        return new RuleIndex(locations);
    }

    public Optional<RuleLocation> locate(String rule) {
        return Optional.ofNullable(locations.get(rule));
    }

    public List<RuleLocation> all() {
        return List.copyOf(locations.values());
    }
}
