package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.facts.Value;
import dev.crosscheck.knowledge.Offices;
import dev.crosscheck.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the offices an article gives people, and whether they hold them now or held them before:
 * "Nice's Mayor Jane Doe", "Jane Doe, the former mayor of Nice", "former President John Roe". A title
 * that names nobody ("the former mayor of Nice") stands for the one person the same article names
 * with that title and place; with none or several it is left unread, as a guess would make false flags.
 */
final class OfficeFinder {

    static final String KIND = "OFFICE";
    static final String IN_OFFICE = "in office";
    static final String FORMER = "former";

    private static final Set<String> POSSESSIVE = Set.of("'s"); // tokens carry plain apostrophes (Annotator)
    private static final Set<String> DEFINITE = Set.of("the");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /**
     * A title read at tokens {@code [from, to)}: the office, the place it is of (a name key, or null),
     * who holds it as written (or null), and whether it is a former office.
     */
    record Title(int from, int to, String office, String place, String holder, boolean former, boolean definite) {
    }

    /** A title with the sentence it was read in. */
    record Found(SentenceFrame frame, Title title) {
    }

    /** An office in a place: "mayor" of "nice". */
    private record Post(String office, String place) {
    }

    /** A title turned into a claim, with the sentence it belongs to. */
    record Claim(SentenceFrame frame, Draft draft) {
    }

    private final Offices offices;

    OfficeFinder(Offices offices) {
        this.offices = offices;
    }

    /** The titles of a sentence; none in a Title Case headline, where capitals do not mark names. */
    List<Title> find(Sentence s) {
        List<Title> found = new ArrayList<>();
        if (s.titleCase()) {
            return found;
        }
        List<String> words = List.copyOf(s.lowerWords()); // each word is looked at several times
        for (int i = 0; i < words.size(); i++) {
            int length = offices.titleAt(words, i);
            boolean exPrefix = false;
            if (length == 0 && words.get(i).indexOf('-') > 0) {
                String[] parts = words.get(i).split("-", 2);
                exPrefix = offices.isFormer(parts[0]) && offices.isTitle(parts[1]);
                length = exPrefix ? 1 : 0;
            }
            // The tagger sometimes calls a lower-case title an adjective; a verb it never is.
            if (length == 0 || s.tokens().get(i + length - 1).isVerb()) {
                continue;
            }
            found.add(title(s, words, i, i + length, exPrefix));
            i += length - 1;
        }
        return found;
    }

    private Title title(Sentence s, List<String> words, int start, int end, boolean exPrefix) {
        List<Token> t = s.tokens();
        String office = exPrefix ? words.get(start).split("-", 2)[1] : String.join(" ", words.subList(start, end));
        boolean former = exPrefix;
        int from = start;
        // A lower-case word right before the title makes it another office: "regional president".
        if (from > 0 && isModifier(t.get(from - 1), words.get(from - 1))) {
            from--;
            office = words.get(from) + " " + office;
        }
        String place = null;
        boolean definite = false;
        for (int k = from - 1; k >= 0; k = from - 1) {
            String w = words.get(k);
            if (!former && offices.isFormer(w)) {
                former = true;
                from = k;
            } else if (!former && w.equals("-") && k > 0 && offices.isFormer(words.get(k - 1))) {
                former = true;
                from = k - 1;
            } else if (place == null && POSSESSIVE.contains(w) && k > 0 && capitalised(t.get(k - 1))) {
                int runStart = nameRunStart(t, k - 1);
                place = Words.nameKey(s.span(runStart, k));
                from = runStart;
                definite = true;
            } else if (place == null && possessive(t.get(k))) {
                // The tokenizer keeps a possessive on its word: "Nice's Mayor".
                int runStart = nameRunStart(t, k);
                place = Words.nameKey(s.span(runStart, k + 1));
                from = runStart;
                definite = true;
            } else if (place == null && capitalised(t.get(k)) && !ARTICLES.contains(w)) {
                int runStart = nameRunStart(t, k);
                place = Words.nameKey(s.span(runStart, k + 1));
                from = runStart;
            } else {
                break;
            }
        }
        int to = end;
        String holder = null;
        if (to + 1 < t.size() && words.get(to).equals("of")) {
            int placeStart = DEFINITE.contains(words.get(to + 1)) ? to + 2 : to + 1;
            if (placeStart < t.size() && capitalised(t.get(placeStart))) {
                int placeEnd = nameRunEnd(t, placeStart);
                place = place == null ? Words.nameKey(s.span(placeStart, placeEnd)) : place;
                to = placeEnd;
            }
        } else if (to < t.size() && capitalised(t.get(to))) {
            int holderEnd = nameRunEnd(t, to);
            // "President Obama", "London mayor Sadiq Khan"; not "the president France".
            if (Character.isUpperCase(t.get(end - 1).text().charAt(0)) || holderEnd - to >= 2) {
                holder = s.span(to, holderEnd);
                to = holderEnd;
            }
        }
        int before = from - 1;
        if (before >= 0 && ARTICLES.contains(words.get(before))) {
            definite = definite || DEFINITE.contains(words.get(before));
            before--;
        }
        // An apposition, set off by commas: "Jane Doe, the former mayor of Nice, said".
        boolean closed = to == t.size() || t.get(to).isPunctuation() || t.get(to).is("ADP");
        if (holder == null && closed && before >= 1 && words.get(before).equals(",") && capitalised(t.get(before - 1))) {
            holder = s.span(nameRunStart(t, before - 1), before);
        }
        return new Title(from, to, office, place, holder, former, definite);
    }

    private boolean isModifier(Token token, String word) {
        return Character.isLowerCase(token.text().charAt(0)) && (token.is("ADJ") || token.is("NOUN"))
                && !offices.isFormer(word) && !ARTICLES.contains(word);
    }

    /** A word of a name: a proper noun (or a nationality adjective) written with a capital. */
    private static boolean capitalised(Token token) {
        return Character.isUpperCase(token.text().charAt(0)) && (token.is("PROPN") || token.is("ADJ"));
    }

    private static boolean possessive(Token token) {
        String text = token.text();
        return Character.isUpperCase(text.charAt(0)) && text.length() > 2
                && POSSESSIVE.contains(text.substring(text.length() - 2));
    }

    private static int nameRunStart(List<Token> t, int last) {
        int k = last;
        while (k > 0 && capitalised(t.get(k - 1))) {
            k--;
        }
        return k;
    }

    private static int nameRunEnd(List<Token> t, int first) {
        int k = first + 1;
        while (k < t.size() && capitalised(t.get(k))) {
            k++;
        }
        return k;
    }

    /**
     * The claims of an article's titles. A named title is a claim about its holder; an unnamed definite
     * one with a place ("the former mayor of Nice") is a claim about the only person the article names
     * with that office and place, and is dropped when there is not exactly one.
     */
    static List<Claim> claims(List<Found> titles) {
        Map<String, String> fullNames = fullNames(titles);
        Map<Post, Set<String>> holdersByPost = new LinkedHashMap<>();
        for (Found f : titles) {
            Title t = f.title();
            if (t.holder() != null && t.place() != null) {
                holdersByPost.computeIfAbsent(new Post(t.office(), t.place()), p -> new TreeSet<>())
                        .add(fullNames.get(Words.nameKey(t.holder())));
            }
        }
        List<Claim> claims = new ArrayList<>();
        for (Found f : titles) {
            Title t = f.title();
            String holder = t.holder() != null ? fullNames.get(Words.nameKey(t.holder())) : null;
            if (holder == null && t.definite() && t.place() != null) {
                Set<String> candidates = holdersByPost.getOrDefault(new Post(t.office(), t.place()), Set.of());
                holder = candidates.size() == 1 ? candidates.iterator().next() : null;
            }
            if (holder != null) {
                String text = f.frame().sentence().span(t.from(), t.to());
                claims.add(new Claim(f.frame(), Draft.of(KIND, holder, t.office(),
                        Value.category(text, t.former() ? FORMER : IN_OFFICE), t.from(), t.to())));
            }
        }
        return claims;
    }

    /**
     * Each holder's name key mapped to the longest way the article writes that person: "Estrosi" is
     * "Christian Estrosi" when the article also says so.
     */
    private static Map<String, String> fullNames(List<Found> titles) {
        List<String> names = titles.stream().map(f -> f.title().holder()).filter(Objects::nonNull).toList();
        Map<String, String> full = new LinkedHashMap<>();
        for (String name : names) {
            String key = Words.nameKey(name);
            String best = name;
            for (String other : names) {
                String otherKey = Words.nameKey(other);
                if (otherKey.length() > Words.nameKey(best).length() && otherKey.endsWith(" " + key)) {
                    best = other;
                }
            }
            full.merge(key, best, (a, b) -> Words.nameKey(a).length() >= Words.nameKey(b).length() ? a : b);
        }
        return full;
    }
}
