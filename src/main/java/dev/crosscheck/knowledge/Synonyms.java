package dev.crosscheck.knowledge;

import dev.crosscheck.text.Words;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Words that mean the same here ("nurse: carer", "give: hand over, present"), so that two
 * wordings of one fact never become a flag. File: {@code synonyms.txt}, lines
 * {@code canonical: synonym, synonym}. Compared by stem, so any inflection matches.
 */
public final class Synonyms {

    private final Map<String, String> canonical;

    private Synonyms(Map<String, String> canonical) {
        this.canonical = Map.copyOf(canonical);
    }

    public static Synonyms empty() {
        return new Synonyms(Map.of());
    }

    static Synonyms parse(List<KnowledgeLine> lines) {
        Map<String, String> canonical = new HashMap<>();
        for (KnowledgeLine line : lines) {
            if (line.values().isEmpty()) {
                throw line.error("expected 'word: synonym, synonym', got: " + line.text());
            }
            String key = stems(line.key());
            canonical.putIfAbsent(key, key);
            for (String synonym : line.values()) {
                String earlier = canonical.putIfAbsent(stems(synonym), key);
                if (earlier != null && !earlier.equals(key)) {
                    throw line.error("'" + synonym + "' is already a synonym of '" + earlier + "'");
                }
            }
        }
        return new Synonyms(canonical);
    }

    /** The stems of a word or phrase, space-separated: the form {@link #canonical} takes. */
    public static String stems(String phrase) {
        return Arrays.stream(phrase.trim().split("\\s+")).map(Words::stem).collect(Collectors.joining(" "));
    }

    /** The canonical stem for a stemmed word or phrase; the input itself when it has no synonyms. */
    public String canonical(String stems) {
        return canonical.getOrDefault(stems, stems);
    }
}
