package dev.crosscheck.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Codes that name one of a set of variants, such as engine layouts (V8, V12). File:
 * {@code designations.txt}: a section per attribute ({@code [engine layout]}), one regular expression
 * per line, matched against a whole word.
 */
public final class Designations {

    /** A pattern and the attribute a match is a value of. */
    public record Designation(String attribute, Pattern pattern) {
    }

    private static final int MAX_REMEMBERED = 200_000;

    private final List<Designation> designations;
    /** Answers already worked out, by word: every token of every article is asked about. */
    private final java.util.Map<String, Optional<String>> seen = new java.util.concurrent.ConcurrentHashMap<>();

    private Designations(List<Designation> designations) {
        this.designations = List.copyOf(designations);
    }

    public static Designations empty() {
        return new Designations(List.of());
    }

    static Designations parse(List<KnowledgeLine> lines) {
        List<Designation> designations = new ArrayList<>();
        for (KnowledgeLine line : lines) {
            if (line.section() == null) {
                throw line.error("designation patterns belong under a section naming their attribute, "
                        + "such as [engine layout]");
            }
            try {
                designations.add(new Designation(line.section(), Pattern.compile(line.text())));
            } catch (PatternSyntaxException e) {
                throw line.error("not a regular expression: " + e.getDescription());
            }
        }
        return new Designations(designations);
    }

    /** The attribute {@code word} is a designation of, if any. */
    public Optional<String> attributeOf(String word) {
        Optional<String> known = seen.get(word);
        if (known == null) {
            known = designations.stream()
                    .filter(d -> d.pattern().matcher(word).matches())
                    .map(Designation::attribute)
                    .findFirst();
            if (seen.size() < MAX_REMEMBERED) {
                seen.put(word, known);
            }
        }
        return known;
    }
}
