package dev.crosscheck.align;

import dev.crosscheck.extract.Extracted;
import dev.crosscheck.extract.Mention;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every name a story mentions, by key. Two partial names are the same person when one fuller name of the
 * story contains both ("Michael" and "Madsen" in a story that names Michael Madsen).
 */
final class StoryNames {

    private final Set<String> keys;

    private StoryNames(Set<String> keys) {
        this.keys = keys;
    }

    static StoryNames of(List<Extracted> story) {
        Set<String> keys = new TreeSet<>();
        for (Extracted e : story) {
            for (List<Mention> sentence : e.mentions()) {
                sentence.stream().filter(m -> m.kind() == Mention.Kind.NAME).forEach(m -> keys.add(m.value().key()));
            }
        }
        return new StoryNames(keys);
    }

    boolean partsOfOneName(String a, String b) {
        return keys.stream().anyMatch(k -> containsWords(k, a) && containsWords(k, b));
    }

    private static boolean containsWords(String whole, String part) {
        return (" " + whole + " ").contains(" " + part + " ");
    }
}
