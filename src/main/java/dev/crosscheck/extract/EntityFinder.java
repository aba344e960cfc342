package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.knowledge.Entities;
import dev.crosscheck.knowledge.Places;
import dev.crosscheck.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds names in a sentence: the longest run of tokens that the entity knowledge knows (with its
 * aliases and descriptions), else runs of proper nouns as they are written. A known place that a known name only
 * begins is that place: "North America" is not the alias "the North" followed by "America".
 */
final class EntityFinder {

    private static final java.util.Set<String> BREAKS = java.util.Set.of(",", ";", ":", "(", ")", ".", "\"", "“", "”");

    private final Entities entities;
    private final Places places;

    EntityFinder(Entities entities, Places places) {
        this.entities = entities;
        this.places = places;
    }

    /** Names in the sentence, outside the tokens marked {@code skip} (time expressions). */
    List<EntityMention> find(Sentence s, boolean[] skip) {
        List<EntityMention> found = new ArrayList<>();
        List<Token> t = s.tokens();
        boolean titleCase = s.titleCase(); // only names the knowledge knows are read there
        List<String> keys = t.stream().map(token -> Words.nameKey(token.text())).toList();
        for (int i = 0; i < t.size(); i++) {
            if (skip[i]) {
                continue;
            }
            Optional<EntityMention> known = known(s, i, keys);
            if (known.isPresent()) {
                found.add(known.get());
                i = known.get().to() - 1;
            } else if (properNoun(t.get(i)) && !titleCase) {
                int end = i + 1;
                while (end < t.size() && !skip[end] && (properNoun(t.get(end)) || t.get(end).text().equals("-")
                        || modelNumber(t, end)) && known(s, end, keys).isEmpty()) {
                    end++;
                }
                while (end > i + 1 && t.get(end - 1).text().equals("-")) {
                    end--;
                }
                String name = s.span(i, end).replaceAll("['’]s$", "");
                found.add(new EntityMention(i, end, name, "unknown"));
                i = end - 1;
            }
        }
        return found;
    }

    /** A number inside a name, between two proper nouns: "Boeing 737 MAX". */
    private static boolean modelNumber(List<Token> t, int k) {
        return t.get(k).is("NUM") && k + 1 < t.size() && properNoun(t.get(k + 1));
    }

    /** A capitalised proper noun that is a name, not half of a compound adjective ("Russian-"). */
    private static boolean properNoun(Token token) {
        return token.is("PROPN") && Character.isUpperCase(token.text().charAt(0)) && !token.text().endsWith("-");
    }

    private Optional<EntityMention> known(Sentence s, int i, List<String> keys) {
        List<Token> t = s.tokens();
        boolean capitalised = Character.isUpperCase(t.get(i).text().charAt(0));
        boolean article = t.get(i).lower().equals("the") && i + 1 < t.size()
                && Character.isUpperCase(t.get(i + 1).text().charAt(0));
        if (!capitalised && !article) {
            return Optional.empty(); // names and the descriptions that stand for them start with a capital
        }
        // Hyphens and possessives split a name into more tokens than words: allow twice as many; a name
        // never runs across a comma, a bracket or the end of a sentence.
        int longest = Math.min(entities.longestName() * 2 + 1, t.size() - i);
        for (int len = 1; len < longest; len++) {
            if (BREAKS.contains(t.get(i + len).text())) {
                longest = len;
                break;
            }
        }
        for (int len = longest; len >= 1; len--) {
            Optional<Entities.Entity> entity = entities.lookupKey(spanKey(keys, i, i + len));
            if (entity.isPresent() && Character.isLetterOrDigit(t.get(i).text().charAt(0))) {
                EntityMention name = new EntityMention(i, i + len, entity.get().name(), entity.get().type());
                return longerPlace(s, i, i + len, longest).or(() -> Optional.of(name));
            }
        }
        return Optional.empty();
    }

    /** A known place that starts where a known name does and runs further ("North America" over "North"). */
    private Optional<EntityMention> longerPlace(Sentence s, int from, int nameEnd, int longest) {
        for (int len = longest; from + len > nameEnd; len--) {
            Optional<Places.Place> place = places.find(s.span(from, from + len));
            if (place.isPresent()) {
                return Optional.of(new EntityMention(from, from + len, place.get().name(), "place"));
            }
        }
        return Optional.empty();
    }

    /** The name key of tokens [from, to), from the tokens' own keys: as {@link Words#nameKey} of their text. */
    private static String spanKey(List<String> keys, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (!keys.get(k).isEmpty()) {
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(keys.get(k));
            }
        }
        String joined = key.toString();
        return joined.startsWith("the ") ? joined.substring(4) : joined;
    }
}
