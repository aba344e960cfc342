package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.knowledge.Places;
import java.util.List;
import java.util.Optional;

/** Where a place name in a sentence ends: a run of capitalised words ("Sea of Japan", with its "of"), or the longest start of it knowledge knows. */
final class PlaceNames {

    /** The most words a place name runs to. */
    private static final int LONGEST = 5;

    private PlaceNames() {
    }

    /** Where the run of capitalised words from {@code from} ends ("of" inside: "Sea of Japan"); {@code from} when none. */
    static int runEnd(List<Token> t, int from) {
        int end = from;
        while (end < t.size() && end - from < LONGEST && (capitalised(t.get(end))
                || (end > from && t.get(end).lower().equals("of") && end + 1 < t.size() && capitalised(t.get(end + 1))))) {
            end++;
        }
        return end;
    }

    /** Where the longest start of that run that knowledge knows as a place ends; empty when none is known. */
    static Optional<Integer> knownEnd(Places places, Sentence s, int from) {
        for (int k = runEnd(s.tokens(), from); k > from; k--) {
            if (places.find(s.span(from, k)).isPresent()) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    static boolean capitalised(Token token) {
        return !token.text().isEmpty() && Character.isUpperCase(token.text().charAt(0)) && !token.isPunctuation();
    }
}
