package dev.crosscheck.knowledge;

import dev.crosscheck.text.Words;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Things that are related but not the same ("a model and its predecessor"): telling one for the other is
 * a small error worth a LOW flag that says how they are related, not a clash of unrelated names. File:
 * {@code related.txt}, a section per relation ({@code [predecessor]}), lines {@code name: related name, ...}.
 * Relations read both ways.
 */
public final class Relations {

    private final Map<String, String> relations;

    private Relations(Map<String, String> relations) {
        this.relations = Map.copyOf(relations);
    }

    public static Relations empty() {
        return new Relations(Map.of());
    }

    static Relations parse(List<KnowledgeLine> lines) {
        Map<String, String> relations = new HashMap<>();
        for (KnowledgeLine line : lines) {
            if (line.section() == null) {
                throw line.error("related names belong under a section naming the relation, such as [predecessor]");
            }
            if (line.values().isEmpty()) {
                throw line.error("expected 'name: related name, related name', got: " + line.text());
            }
            for (String other : line.values()) {
                relations.put(pair(line.key(), other), line.section());
            }
        }
        return new Relations(relations);
    }

    /** How the two names are related, if the knowledge says they are. */
    public Optional<String> between(String a, String b) {
        return Optional.ofNullable(relations.get(pair(a, b)));
    }

    private static String pair(String a, String b) {
        String x = Words.nameKey(a);
        String y = Words.nameKey(b);
        return x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
    }
}
