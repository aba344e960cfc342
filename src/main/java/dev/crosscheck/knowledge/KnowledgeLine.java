package dev.crosscheck.knowledge;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One meaningful line of a knowledge file, under the {@code [section]} it sits in (or null).
 * Most lines read {@code key: value, value}; {@link #key()} and {@link #values()} split them.
 */
public record KnowledgeLine(Path file, int number, String section, String text) {

    public String key() {
        int colon = text.indexOf(':');
        return (colon < 0 ? text : text.substring(0, colon)).trim();
    }

    /** The comma-separated values after the colon; empty when there is no colon. */
    public List<String> values() {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return List.of();
        }
        return split(text.substring(colon + 1));
    }

    /** The whole line as a comma-separated list. */
    public List<String> items() {
        return split(text);
    }

    public KnowledgeException error(String message) {
        return new KnowledgeException(file, number, message);
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
