package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.knowledge.Synonyms;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Shallow syntax over POS tags, enough to tie a claim to its verb and a sentence to its topic. OpenNLP
 * has no English parser model, and these two questions do not need one.
 */
final class Syntax {

    private static final Set<String> BREAKS = Set.of(",", ";", ":", "—", "–", "(", ")", ".", "\"", "“", "”");
    private static final Set<String> PARTICLES = Set.of("over", "out", "up", "off", "down", "away", "back", "in", "on");
    /** What may stand between a noun phrase and its verb: auxiliaries, adverbs, a prepositional phrase. */
    private static final Set<String> SKIPPABLE = Set.of("AUX", "ADV", "PART", "ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM");
    private static final int LOOK_AHEAD = 8;
    private static final int LOOK_BEHIND = 8;

    private final Synonyms synonyms;

    Syntax(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    /**
     * The verb the phrase at {@code [from, to)} is the subject of (after it, past a prepositional phrase:
     * "a man in a coat was seen"), or else the object of (before it, in the same clause).
     */
    Optional<Predicate> predicate(Sentence s, int from, int to) {
        List<Token> t = s.tokens();
        for (int k = to; k < Math.min(t.size(), to + LOOK_AHEAD); k++) {
            Token token = t.get(k);
            // The tagger often calls a participle right after a noun phrase a noun ("walking behind");
            // an adjective right after the phrase or its auxiliary is the predicate ("50 people dead").
            boolean adjectivePredicate = token.is("ADJ") && (k == to || t.get(k - 1).is("AUX"));
            if (isVerb(t, k) || (k == to && token.lower().endsWith("ing") && token.is("NOUN")) || adjectivePredicate) {
                return Optional.of(predicateAt(s, k));
            }
            if (!SKIPPABLE.contains(token.tag())) {
                break;
            }
        }
        for (int k = from - 1; k >= Math.max(0, from - LOOK_BEHIND); k--) {
            Token token = t.get(k);
            if (BREAKS.contains(token.text())) {
                break;
            }
            if (isVerb(t, k)) {
                return Optional.of(predicateAt(s, k));
            }
        }
        return Optional.empty();
    }

    /** The nearest verb before token {@code i} in its clause, else the first after it. */
    Optional<Predicate> governingVerb(Sentence s, int i) {
        List<Token> t = s.tokens();
        for (int k = i - 1; k >= 0 && !BREAKS.contains(t.get(k).text()); k--) {
            if (isVerb(t, k)) {
                return Optional.of(predicateAt(s, k));
            }
        }
        for (int k = i; k < t.size() && !BREAKS.contains(t.get(k).text()); k++) {
            if (isVerb(t, k)) {
                return Optional.of(predicateAt(s, k));
            }
        }
        return Optional.empty();
    }

    /**
     * A verb that acts as one: not the participle of a compound adjective ("Russian-built", "pomp-filled"),
     * nor a participle between a determiner and its noun ("the armored truck").
     */
    static boolean isVerb(List<Token> t, int k) {
        if (!t.get(k).isVerb()) {
            return false;
        }
        if (k > 0 && (t.get(k - 1).text().endsWith("-") || t.get(k - 1).is("DET"))) {
            return false;
        }
        return true;
    }

    private Predicate predicateAt(Sentence s, int verb) {
        List<Token> t = s.tokens();
        int end = verb + 1;
        if (end < t.size() && particle(t, end)) {
            end++; // "walking behind them", "handed over"
        }
        String stems = t.subList(verb, end).stream().map(Token::stem).collect(Collectors.joining(" "));
        return new Predicate(synonyms.canonical(stems), s.span(verb, end));
    }

    /**
     * True when a word the tagger calls a noun, right after a noun, reads as the verb: it is followed by a
     * preposition, determiner, pronoun, adverb or number ("the plant stands about 300 km", "a truck race
     * along the seafront").
     */
    static boolean verbLike(List<Token> t, int k) {
        if (k + 1 >= t.size()) {
            return false;
        }
        Token next = t.get(k + 1);
        return next.is("ADP") || next.is("DET") || next.is("PRON") || next.is("ADV") || next.is("NUM");
    }

    /**
     * A particle that belongs to the verb before it: an adverb such as "over", or a preposition whose
     * object is only a pronoun ("behind them"). "killed in a shooting" starts a phrase of its own.
     */
    private static boolean particle(List<Token> t, int k) {
        Token token = t.get(k);
        if (token.is("ADV")) {
            return PARTICLES.contains(token.lower());
        }
        if (!token.is("ADP")) {
            return false;
        }
        return k + 1 >= t.size() || t.get(k + 1).is("PRON") || t.get(k + 1).isPunctuation();
    }

    /**
     * The sentence's first noun phrase before its main verb ("The retail price is ..." gives "retail
     * price"; "Acme Motors began ..." gives "acme motor"), skipping an opening adverbial ("In 2018, ...").
     */
    Optional<String> topic(Sentence s) {
        List<Token> t = s.tokens();
        int start = 0;
        if (!t.isEmpty() && (t.get(0).is("ADP") || t.get(0).is("SCONJ"))) {
            for (int k = 0; k < t.size(); k++) {
                if (t.get(k).text().equals(",")) {
                    start = k + 1;
                    break;
                }
            }
        }
        int head = -1;
        for (int k = start; k < t.size(); k++) {
            Token token = t.get(k);
            if (isVerb(t, k) || token.is("AUX") || BREAKS.contains(token.text())) {
                break;
            }
            if (token.isNoun() && !(head >= 0 && verbLike(t, k))) {
                head = k;
            } else if (head >= 0) {
                break;
            }
        }
        if (head < 0) {
            return Optional.empty();
        }
        int first = head;
        while (first > start && t.get(first - 1).isNoun()) {
            first--;
        }
        return Optional.of(t.subList(first, head + 1).stream().map(Token::stem).collect(Collectors.joining(" ")));
    }
}
