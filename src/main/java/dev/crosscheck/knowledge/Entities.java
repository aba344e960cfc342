package dev.crosscheck.knowledge;

import dev.crosscheck.text.Spelling;
import dev.crosscheck.text.Words;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Named people, places, organisations and products, and the other names and descriptions that stand
 * for them. File: {@code entities.txt} (or several under {@code entities/}), a section per type
 * ({@code [person]}, {@code [place]}, {@code [organisation]}, {@code [product]}), lines
 * {@code Canonical Name: alias, description, alias}. Names match regardless of case, hyphens and accents.
 */
public final class Entities {

    /** A known entity. */
    public record Entity(String name, String type) {
    }

    public static final List<String> TYPES = List.of("person", "place", "organisation", "product");
    private static final int MIN_FUZZY = 5;

    private final Map<String, Entity> byKey;
    private final int longestName;

    private Entities(Map<String, Entity> byKey) {
        this.byKey = Map.copyOf(byKey);
        this.longestName = byKey.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
    }

    public static Entities empty() {
        return new Entities(Map.of());
    }

    static Entities parse(List<KnowledgeLine> lines) {
        Map<String, Entity> byKey = new HashMap<>();
        for (KnowledgeLine line : lines) {
            if (line.section() == null || !TYPES.contains(line.section())) {
                throw line.error("entities belong under a type section: " + TYPES);
            }
            Entity entity = new Entity(line.key(), line.section());
            for (String name : concat(line.key(), line.values())) {
                String key = Words.nameKey(name);
                Entity earlier = byKey.putIfAbsent(key, entity);
                if (earlier != null && !earlier.equals(entity)) {
                    throw line.error("'" + name + "' already names " + earlier.name());
                }
            }
        }
        return new Entities(byKey);
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }

    /**
     * The entity a name stands for: an exact match of its key, else a known name of several words it
     * misspells ("Acme Roadstr" for "Acme Roadster"), provided that is the only one.
     */
    public Optional<Entity> lookup(String name) {
        String key = Words.nameKey(name);
        Entity exact = byKey.get(key);
        int words = key.split(" ").length;
        if (exact != null || key.length() < MIN_FUZZY || words < 2) {
            return Optional.ofNullable(exact); // one word a letter off is too often another word ("Russian")
        }
        List<Entity> close = byKey.entrySet().stream()
                .filter(e -> e.getKey().split(" ").length == words && Spelling.typo(key, e.getKey()))
                .map(Map.Entry::getValue)
                .distinct()
                .toList();
        return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
    }

    /** The most words a known name has: how far a matcher needs to look ahead. */
    public int longestName() {
        return longestName;
    }
}
