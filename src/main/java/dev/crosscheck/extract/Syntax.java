package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.knowledge.Cues;
import dev.crosscheck.knowledge.Synonyms;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Shallow syntax over POS tags, enough to tie a claim to its verb and a sentence to its topic. OpenNLP
 * has no English parser model, and these two questions do not need one.
 */
final class Syntax {

    /** The units of an age written as one word with its figure: "23-year-old", "six-month-old". */
    private static final Set<String> AGE_UNITS = Set.of("year", "month", "week", "day");
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "—", "–", "(", ")", ".", "\"", "“", "”");
    private static final Set<String> PARTICLES = Set.of("over", "out", "up", "off", "down", "away", "back", "in", "on");
    /** What may stand between a noun phrase and its verb: auxiliaries, adverbs, a prepositional phrase. */
    private static final Set<String> SKIPPABLE = Set.of("AUX", "ADV", "PART", "ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM");
    private static final int LOOK_AHEAD = 8;
    /** How many words a phrase placing people may take before their who-clause: "in the north of England". */
    private static final int MAX_PLACE_WORDS = 4;
    /** Words that open a relative clause about the noun before them. */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that", "which");
    /** Words that open an aside naming part of a group, and how long such an aside may be. */
    private static final Set<String> ASIDES = Set.of("including", "among");
    private static final int MAX_ASIDE = 10;
    private static final int LOOK_BEHIND = 8;

    /** Nouns of time that open a sentence before its subject: "Moments later, the boy fell". */
    private static final Set<String> TIME_NOUNS = Set.of("moment", "minute", "hour", "day", "week", "month", "year",
            "night", "morning", "afternoon", "evening", "weekend", "time", "decade");
    private static final int OPENER = 5;
    private static final Set<String> NOUN_PHRASE_STARTS = Set.of("DET", "NOUN", "PROPN", "ADJ", "NUM");

    private final Synonyms synonyms;
    private final Cues cues;

    Syntax(Synonyms synonyms, Cues cues) {
        this.synonyms = synonyms;
        this.cues = cues;
    }

    /**
     * The verb the phrase at {@code [from, to)} is the subject of (after it, past a prepositional phrase:
     * "a man in a coat was seen"), or else the object of (before it, in the same clause).
     */
    Optional<Predicate> predicate(Sentence s, int from, int to) {
        List<Token> t = s.tokens();
        OptionalInt relative = relativeClauseVerb(t, pastPlaceOfPeople(t, to));
        if (relative.isPresent()) {
            return Optional.of(predicateAt(s, relative.getAsInt()));
        }
        int limit = Math.min(t.size(), to + LOOK_AHEAD);
        for (int k = to; k < limit; k++) {
            Token token = t.get(k);
            int asideEnd = asideEnd(t, k);
            if (asideEnd > k) {
                // "5 people, including 2 children, were killed": the verb is the 5's, after the aside
                limit = Math.min(t.size(), asideEnd + 1 + LOOK_AHEAD);
                k = asideEnd;
                continue;
            }
            // The tagger often calls a participle right after a noun phrase a noun ("walking behind");
            // an adjective right after the phrase or its auxiliary is the predicate ("50 people dead").
            boolean adjectivePredicate = token.is("ADJ") && (k == to || t.get(k - 1).is("AUX"));
            if (isVerb(t, k) || (k == to && token.lower().endsWith("ing") && token.is("NOUN")) || adjectivePredicate) {
                return Optional.of(predicateAt(s, k));
            }
            if (!SKIPPABLE.contains(token.tag()) && !token.isQuotationMark()) {
                break; // quotation marks stand inside a clause: "fewer than 400,000 consumers" has been "accessed"
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

    /**
     * Where a who-clause starts after a short phrase that places the people counted ("700,000 customers in Britain
     * who had their data accessed"), else {@code k}: "who" is said of people, not of the place between.
     */
    private static int pastPlaceOfPeople(List<Token> t, int k) {
        if (k >= t.size() || !t.get(k).is("ADP")) {
            return k;
        }
        int j = k + 1;
        while (j < t.size() && j <= k + MAX_PLACE_WORDS && (t.get(j).isNoun() || t.get(j).is("DET") || t.get(j).is("ADJ"))) {
            j++;
        }
        return j < t.size() && t.get(j).lower().equals("who") ? j : k;
    }

    /**
     * The verb of a relative clause right after a noun phrase, which says what happened to what the phrase counts:
     * "700,000 consumers who had their data accessed", "12 people who were hurt in the crash". The clause's last verb
     * before it ends (at a comma, a conjunction or another clause), since the first may be a word of its object ("who
     * had so-called data accessed"). Empty when no such clause opens at {@code k}.
     */
    private static OptionalInt relativeClauseVerb(List<Token> t, int k) {
        if (k >= t.size() || !RELATIVE_PRONOUNS.contains(t.get(k).lower())) {
            return OptionalInt.empty();
        }
        int verb = -1;
        for (int j = k + 1; j < Math.min(t.size(), k + 1 + LOOK_AHEAD + 4); j++) {
            Token token = t.get(j);
            boolean ends = BREAKS.contains(token.text()) && !token.isQuotationMark(); // a quoted word stays inside
            if (ends || token.is("CCONJ") || RELATIVE_PRONOUNS.contains(token.lower())) {
                break;
            }
            if (isVerb(t, j)) {
                verb = j;
            }
        }
        return verb < 0 ? OptionalInt.empty() : OptionalInt.of(verb);
    }

    /**
     * Where an aside that names part of a group closes (", including 2 children," / ", among them two
     * policemen,"): the index of its closing comma, or -1 when no such aside opens at {@code k}.
     */
    private static int asideEnd(List<Token> t, int k) {
        if (!t.get(k).text().equals(",") || k + 1 >= t.size() || !ASIDES.contains(t.get(k + 1).lower())) {
            return -1;
        }
        for (int j = k + 2; j < Math.min(t.size(), k + 2 + MAX_ASIDE); j++) {
            if (t.get(j).text().equals(",")) {
                return j;
            }
            if (isVerb(t, j)) {
                return -1; // a clause of its own: "including one that was never found"
            }
        }
        return -1;
    }

    /** The nearest verb before token {@code i} in its clause, else the first after it. */
    Optional<Predicate> governingVerb(Sentence s, int i) {
        OptionalInt verb = governingVerbAt(s.tokens(), i);
        return verb.isPresent() ? Optional.of(predicateAt(s, verb.getAsInt())) : Optional.empty();
    }

    /** Where the verb token {@code i} goes with stands: the nearest before it in its clause, else the nearest after. */
    static OptionalInt governingVerbAt(List<Token> t, int i) {
        for (int k = i - 1; k >= 0 && !BREAKS.contains(t.get(k).text()); k--) {
            if (isVerb(t, k)) {
                return OptionalInt.of(k);
            }
        }
        for (int k = i; k < t.size() && !BREAKS.contains(t.get(k).text()); k++) {
            if (isVerb(t, k)) {
                return OptionalInt.of(k);
            }
        }
        return OptionalInt.empty();
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
        int start = opener(t);
        int speech = mainVerb(t, start);
        if (speech >= 0 && reports(s, speech)) {
            // "Authorities said the boy fell": the boy, not the authorities; "said in a statement" and "said he"
            // name no other subject
            int clause = reported(t, speech + 1);
            if (clause < t.size() && NOUN_PHRASE_STARTS.contains(t.get(clause).tag())) {
                Optional<String> reported = topicFrom(t, clause);
                if (reported.isPresent()) {
                    return reported;
                }
            }
        }
        return topicFrom(t, start);
    }

    /**
     * Where the subject starts after an opening adverbial: "In 2018, ..." (a preposition or conjunction up to
     * its comma), "Moments later, ..." or "Last week, ..." (a short phrase of time, or one ending in an adverb,
     * with no verb, up to its comma). An appositive ("Harambe, a gorilla, ...") opens with neither.
     */
    private static int opener(List<Token> t) {
        if (t.isEmpty()) {
            return 0;
        }
        boolean adverbial = t.get(0).is("ADP") || t.get(0).is("SCONJ");
        int comma = -1;
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).text().equals(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0) {
            return 0;
        }
        if (adverbial) {
            return comma + 1;
        }
        if (comma == 0 || comma > OPENER) {
            return 0;
        }
        boolean timed = false;
        for (int k = 0; k < comma; k++) {
            if (isVerb(t, k) || t.get(k).is("AUX") || t.get(k).is("PROPN")) {
                return 0;
            }
            timed |= TIME_NOUNS.contains(t.get(k).stem()) || TIME_NOUNS.contains(t.get(k).lower());
        }
        return timed || t.get(comma - 1).is("ADV") ? comma + 1 : 0;
    }

    /** The first verb from {@code start}, before any clause break; -1 when there is none. */
    private static int mainVerb(List<Token> t, int start) {
        for (int k = start; k < t.size() && !BREAKS.contains(t.get(k).text()); k++) {
            if (isVerb(t, k)) {
                return k;
            }
        }
        return -1;
    }

    /** True when the verb at {@code k} reports speech ("said", "told"): what follows is the claim. */
    private boolean reports(Sentence s, int k) {
        return cues.reportingWordAt(s.lowerWords(), k);
    }

    /**
     * Where the reported clause starts after a verb of speech: right after it ("said the boy fell"), after its
     * "that", or after the hearer and "that" ("told reporters that the man ...").
     */
    private static int reported(List<Token> t, int after) {
        for (int k = after; k < Math.min(t.size(), after + 4); k++) {
            if (t.get(k).lower().equals("that")) {
                return k + 1;
            }
            if (BREAKS.contains(t.get(k).text())) {
                break;
            }
        }
        return after;
    }

    /**
     * Where the word after a figure's hyphened unit and word is, when token {@code k} is that unit: the "year" of
     * "23-year-old", the "metre" of "300-metre-deep"; else -1.
     */
    private static int afterHyphenedFigure(List<Token> t, int k) {
        boolean hyphened = t.get(k).isNoun() && k >= 2 && t.get(k - 1).text().equals("-") && t.get(k - 2).is("NUM")
                && k + 2 < t.size() && t.get(k + 1).text().equals("-");
        return hyphened ? k + 3 : -1;
    }

    private static Optional<String> topicFrom(List<Token> t, int start) {
        int head = -1;
        for (int k = start; k < t.size(); k++) {
            Token token = t.get(k);
            if (isVerb(t, k) || token.is("AUX") || BREAKS.contains(token.text())) {
                break;
            }
            int after = head < 0 ? afterHyphenedFigure(t, k) : -1;
            if (after > 0) {
                // "a 4-year-old boy" is the boy, "the 300-metre-deep shaft" the shaft; "the 23-year-old" is the one of
                // that age: never "year" or "metre"
                if (after < t.size() && (t.get(after).isNoun() || t.get(after).is("ADJ"))) {
                    k = after - 1;
                    continue;
                }
                if (AGE_UNITS.contains(token.lower()) && t.get(k + 2).lower().equals("old")) {
                    return Optional.of(t.get(k - 2).lower() + "-" + token.lower() + "-old");
                }
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
        // "the 1,300-foot tower" is the tower: a word hyphened to a figure is its unit, not part of the name
        while (first > start && t.get(first - 1).isNoun()
                && !(first - 2 >= start && t.get(first - 2).text().equals("-"))) {
            first--;
        }
        return Optional.of(t.subList(first, head + 1).stream().map(Token::stem).collect(Collectors.joining(" ")));
    }
}
