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
    private final Map<String, List<String>> byFirstWord;
    private final int longestName;

    private Entities(Map<String, Entity> byKey) {
        this.byKey = Map.copyOf(byKey);
        this.byFirstWord = byKey.keySet().stream().collect(java.util.stream.Collectors.groupingBy(
                k -> k.split(" ")[0], java.util.stream.Collectors.toUnmodifiableList()));
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
        return lookupKey(Words.nameKey(name));
    }

    /** As {@link #lookup}, for a name already turned into its key by {@link Words#nameKey}. */
    public Optional<Entity> lookupKey(String key) {
        Entity exact = byKey.get(key);
        if (exact != null || key.length() < MIN_FUZZY) {
            return Optional.ofNullable(exact);
        }
        String[] words = key.split(" ");
        if (words.length < 2) {
            return Optional.empty(); // one word a letter off is too often another word ("Russian")
        }
        // Misspellings keep the first word: only names that start the same way are compared letter by letter.
        List<Entity> close = byFirstWord.getOrDefault(words[0], List.of()).stream()
                .filter(k -> k.split(" ").length == words.length && Spelling.typo(key, k))
                .map(byKey::get)
                .distinct()
                .toList();
        return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
    }

    /** The most words a known name has: how far a matcher needs to look ahead. */
    public int longestName() {
        return longestName;
    }
}
