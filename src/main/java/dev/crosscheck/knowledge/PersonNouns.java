package dev.crosscheck.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generic nouns for people ("man", "men", "people"): any of them can describe the same group, so a
 * group counted as "two men" in one article and "one person" in another is the same kind of group.
 * File: {@code people.txt}, lines {@code singular: plural, plural}.
 */
public final class PersonNouns {

    public static final String CLASS = "person";

    private final Map<String, String> singulars;

    private PersonNouns(Map<String, String> singulars) {
        this.singulars = Map.copyOf(singulars);
    }

    public static PersonNouns empty() {
        return new PersonNouns(Map.of());
    }

    static PersonNouns parse(List<KnowledgeLine> lines) {
        Map<String, String> singulars = new HashMap<>();
        for (KnowledgeLine line : lines) {
            String singular = line.key().toLowerCase(Locale.ROOT);
            if (singular.isEmpty() || singular.contains(" ")) {
                throw line.error("expected 'singular: plural, plural', one word each, got: " + line.text());
            }
            singulars.put(singular, singular);
            line.values().forEach(p -> singulars.put(p.toLowerCase(Locale.ROOT), singular));
        }
        return new PersonNouns(singulars);
    }

    public boolean contains(String word) {
        return singulars.containsKey(word.toLowerCase(Locale.ROOT));
    }
}
