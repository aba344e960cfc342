package dev.crosscheck.align;

import dev.crosscheck.extract.Extracted;
import dev.crosscheck.extract.Mention;
import dev.crosscheck.facts.Assertion;
import dev.crosscheck.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gives a person or thing one name across a story: where a claim names someone by part of a name
 * ("Finch, 64") and the story names exactly one person with a fuller name containing it ("Harold
 * Finch"), the claim's subject becomes the full name, so claims about one person compare.
 */
public final class NameResolver {

    private NameResolver() {
    }

    /** The assertions, with name subjects of knowledge patterns replaced by the story's fullest form. */
    public static List<Assertion> resolve(List<Extracted> story, List<Assertion> assertions) {
        Map<String, String> names = new TreeMap<>(); // key -> name as written, fullest first found
        for (Extracted e : story) {
            for (List<Mention> sentence : e.mentions()) {
                for (Mention m : sentence) {
                    if (m.kind() == Mention.Kind.NAME) {
                        names.putIfAbsent(m.value().key(), m.value().text());
                    }
                }
            }
        }
        List<Assertion> resolved = new ArrayList<>(assertions.size());
        for (Assertion a : assertions) {
            String full = a.kind().equals("PATTERN") ? fuller(Words.nameKey(a.subject()), names) : null;
            resolved.add(full == null ? a : withSubject(a, full));
        }
        return resolved;
    }

    /** The one name of the story that contains {@code key} as whole words and is longer, if exactly one. */
    private static String fuller(String key, Map<String, String> names) {
        String found = null;
        for (Map.Entry<String, String> name : names.entrySet()) {
            if (name.getKey().length() > key.length() && (" " + name.getKey() + " ").contains(" " + key + " ")) {
                if (found != null && !Words.nameKey(found).equals(name.getKey())) {
                    return null; // two people share the part: leave it as written
                }
                found = name.getValue().replaceAll("['’]s$", "");
            }
        }
        return found;
    }

    private static Assertion withSubject(Assertion a, String subject) {
        return new Assertion(a.id(), a.kind(), subject, a.attribute(), a.value(), a.time(), a.modality(), a.cue(),
                a.source(), a.context(), a.restates(), a.predicate(), a.evolving(), a.mainEvent(), a.frame(), a.at());
    }
}
