package dev.crosscheck.align;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.extract.Extracted;
import dev.crosscheck.extract.Mention;
import dev.crosscheck.facts.Modality;
import dev.crosscheck.knowledge.Cues;
import dev.crosscheck.knowledge.Synonyms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds one act affirmed in one article and denied in another, told in other words: a clause that denies its verb
 * outright ("no captive fighters were released", "the company did not sign the deal") and a clause of the other
 * article that states the same verb as a fact (or one synonyms.txt makes the same: "did not donate" / "gave"), with at least {@value #MIN_SHARED} of the same nouns around it
 * ("four detained fighters were released in the exchange"). Only plain statements of fact on both sides: a quotation,
 * a modal ("may not improve", "won't make you look"), an infinitive or "-ing" form, an act left open ("not yet",
 * "if", "whether"), a clause with a second negation or an act "denied" earlier in its sentence is no evidence either
 * way; nor is a clause in the other voice ("the group freed a video" is not "prisoners were freed"). Copies of one
 * sentence are the same-sentence aligner's.
 */
final class DenialMatcher {

    /** Nouns the two clauses share: the act's participants. */
    static final int MIN_SHARED = 2;
    /** Dice overlap of the two clauses' nouns. */
    static final double MIN_OVERLAP = 0.3;
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "(", ")", "—", "–", "-", "\"", "“", "”");
    /** Words that open another clause; by the word, as the tagger is unsure of their tags. */
    private static final Set<String> OPENERS = Set.of("and", "but", "or", "while", "whereas", "because", "although",
            "though", "which", "who", "that", "when", "after", "before", "since", "as");
    /**
     * Words that leave the act open (it may yet happen, it is asked or supposed) or deny it only over a stretch of
     * time ("had not won since 1908"), which an act on one day does not contradict.
     */
    private static final Set<String> OPEN = Set.of("yet", "still", "if", "whether", "unless", "until", "since");
    /** Words that open a clause about something named before it: its subject is not in the clause. */
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose", "whom");
    /** Words that make a clause a possibility, a wish or a forecast rather than a statement of fact. */
    private static final Set<String> MODALS = Set.of("will", "would", "may", "might", "could", "can", "should", "must",
            "shall", "wo", "ca", "cannot", "going", "able");
    /** Negations that deny the verb they stand before, or the subject they determine ("no fighters were freed"). */
    private static final Set<String> DENYING = Set.of("not", "n't", "never", "no");
    private static final Set<String> BETWEEN_NOT_AND_VERB = Set.of("AUX", "PART", "ADV");
    private static final Set<String> NOUN_PHRASE = Set.of("ADJ", "NOUN", "PROPN", "NUM", "AUX", "PART", "ADV");
    private static final Set<String> BE = Set.of("be", "been", "being", "is", "are", "was", "were", "'s", "'re");
    /** Verbs too general to name an act by themselves. */
    private static final Set<String> LIGHT_VERBS = Set.of("be", "have", "do", "get", "make", "go", "take", "say");

    private final Cues cues;
    private final Synonyms synonyms;

    DenialMatcher(Cues cues, Synonyms synonyms) {
        this.cues = cues;
        this.synonyms = synonyms;
    }

    /** A clause around a verb: its article and sentence, the verb's token, whether a negation comes before it. */
    private record Clause(int article, Sentence sentence, int from, int verb, int negation, Set<String> words,
                          Set<String> subject, String object, boolean passive) {
        boolean negated() {
            return negation >= 0;
        }

        double overlap(Clause other) {
            return SentenceMatcher.dice(words, other.words);
        }

        long shared(Clause other) {
            return words.stream().filter(other.words::contains).count();
        }

        /**
         * Told of the same participants: the nouns before the verb share one where both name them (a pronoun names
         * none), and the nouns right after it are the same where both have one.
         */
        boolean sameParticipants(Clause other) {
            boolean subjects = subject.isEmpty() || other.subject.isEmpty()
                    || subject.stream().anyMatch(other.subject::contains);
            boolean objects = object == null || other.object == null || object.equals(other.object);
            // "fighters were released" and "the group released a video": the subject of one is the object of the other
            return subjects && objects && passive == other.passive;
        }
    }

    /** A negated clause and the affirmed clause of another article that tells the same act. */
    record Denial(int negatedArticle, Sentence negated, int negationFrom, int negatedVerb,
                  int affirmedArticle, Sentence affirmed, int affirmedVerb, double overlap) {
    }

    /**
     * The denials across the articles (sorted as the aligner sorts them), at most one per negated clause: the
     * affirmed clause sharing the most with it. {@code sameSentence} says which sentence pairs are copies, left
     * to the same-sentence aligner.
     */
    List<Denial> find(List<Extracted> articles, SameSentence sameSentence) {
        List<List<Clause>> clauses = new ArrayList<>();
        List<Map<String, List<Clause>>> affirmedByVerb = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            List<Clause> found = clauses(i, articles.get(i));
            clauses.add(found);
            Map<String, List<Clause>> byVerb = new HashMap<>();
            found.stream().filter(c -> !c.negated())
                    .forEach(c -> byVerb.computeIfAbsent(verbStem(c), v -> new ArrayList<>()).add(c));
            affirmedByVerb.add(byVerb);
        }
        List<Denial> denials = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (Clause denied : clauses.get(i)) {
                if (!denied.negated()) {
                    continue;
                }
                Clause best = null;
                for (int j = 0; j < articles.size(); j++) {
                    if (j == i) {
                        continue;
                    }
                    for (Clause told : affirmedByVerb.get(j).getOrDefault(verbStem(denied), List.of())) {
                        if (denied.shared(told) >= MIN_SHARED && denied.overlap(told) >= MIN_OVERLAP
                                && denied.sameParticipants(told)
                                && !sameSentence.test(i, denied.sentence(), j, told.sentence())
                                && (best == null || denied.overlap(told) > denied.overlap(best))) {
                            best = told;
                        }
                    }
                }
                if (best != null) {
                    denials.add(new Denial(i, denied.sentence(), denied.negation(), denied.verb(), best.article(),
                            best.sentence(), best.verb(), denied.overlap(best)));
                }
            }
        }
        return denials;
    }

    /** Says whether two sentences of two articles are copies of one sentence. */
    interface SameSentence {
        boolean test(int articleA, Sentence a, int articleB, Sentence b);
    }

    /** The act a clause states, by its verb: one act whatever synonym names it ("offer", "provide"). */
    private String verbStem(Clause c) {
        return synonyms.canonical(c.sentence().tokens().get(c.verb()).stem());
    }

    private List<Clause> clauses(int index, Extracted article) {
        List<Clause> found = new ArrayList<>();
        for (Sentence s : article.document().sentences()) {
            List<Token> t = s.tokens();
            if (t.isEmpty() || t.get(t.size() - 1).text().equals("?")
                    || t.stream().anyMatch(Token::isQuotationMark) || s.titleCase()) {
                continue;
            }
            List<Mention> negations = article.mentions().get(s.index()).stream()
                    .filter(m -> m.kind() == Mention.Kind.NEGATION).toList();
            for (int v = 0; v < t.size(); v++) {
                if (finiteAct(t, v) && !reporting(s, v)) {
                    clauseAt(index, s, negations, v).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    /** The clause of the verb at {@code v}, when it states an act as a fact or denies it outright. */
    private static Optional<Clause> clauseAt(int index, Sentence s, List<Mention> negations, int v) {
        List<Token> t = s.tokens();
        int from = v;
        while (from > 0 && !BREAKS.contains(t.get(from - 1).text()) && !OPENERS.contains(t.get(from - 1).lower())) {
            from--;
        }
        int to = v + 1;
        while (to < t.size() && !BREAKS.contains(t.get(to).text()) && !OPENERS.contains(t.get(to).lower())
                && !t.get(to).text().equals(".")) {
            to++;
        }
        // the words just outside the clause count: "if" and "since" open a clause of their own
        if (hasAny(t, Math.max(0, from - 1), Math.min(t.size(), to + 1), OPEN) || hasAny(t, from, to, MODALS)
                || (from > 0 && RELATIVES.contains(t.get(from - 1).lower()))) {
            return Optional.empty();
        }
        int negation = denial(t, negations, from, v);
        int clauseFrom = from;
        int clauseTo = to;
        long inClause = negations.stream().filter(m -> m.from() >= clauseFrom && m.from() < clauseTo).count();
        boolean deniedBefore = negations.stream().anyMatch(m -> m.from() < v && t.get(m.from()).is("VERB"));
        if (negation < 0 ? inClause > 0 || deniedBefore : inClause > 1) {
            return Optional.empty(); // a negation this reading does not place ("denied reports that ..."): no evidence
        }
        return Optional.of(new Clause(index, s, from, v, negation, nouns(t, from, to), nouns(t, from, v),
                objectHead(t, v + 1, to), passive(t, v)));
    }

    /** "were released", "has not been found": a form of "be" before the verb, past adverbs and negations. */
    private static boolean passive(List<Token> t, int v) {
        int k = v - 1;
        while (k >= 0 && (t.get(k).is("ADV") || t.get(k).is("PART") || DENYING.contains(t.get(k).lower()))) {
            k--;
        }
        return k >= 0 && BE.contains(t.get(k).lower());
    }

    /** A verb that states an act: not a light verb, an infinitive ("to fall") or an "-ing" form ("winning"). */
    private static boolean finiteAct(List<Token> t, int v) {
        Token token = t.get(v);
        return verbal(t, v) && !LIGHT_VERBS.contains(token.stem()) && !token.lower().endsWith("ing")
                && !(v > 0 && t.get(v - 1).lower().equals("to"));
    }

    /**
     * Where the negation that denies the verb at {@code v} starts, or -1: "not", "n't" or "never" with only auxiliaries
     * and adverbs before the verb ("did not sign", "has never been found"), or "no" opening its subject ("no
     * captive fighters were released").
     */
    private static int denial(List<Token> t, List<Mention> negations, int from, int v) {
        for (Mention m : negations) {
            String word = t.get(m.from()).lower();
            if (m.from() < from || m.from() >= v || !DENYING.contains(word)) {
                continue;
            }
            Set<String> between = word.equals("no") ? NOUN_PHRASE : BETWEEN_NOT_AND_VERB;
            boolean direct = true;
            for (int k = m.to(); k < v; k++) {
                direct &= between.contains(t.get(k).tag());
            }
            if (direct) {
                return m.from();
            }
        }
        return -1;
    }

    private static boolean hasAny(List<Token> t, int from, int to, Set<String> words) {
        for (int k = from; k < to; k++) {
            if (words.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A verb, or a participle after "were" that the tagger calls an adjective ("were freed"). */
    private static boolean verbal(List<Token> t, int v) {
        return t.get(v).is("VERB") || (t.get(v).is("ADJ") && v > 0 && t.get(v - 1).is("AUX"));
    }

    private boolean reporting(Sentence s, int v) {
        Optional<Cues.Cue> cue = cues.at(s.lowerWords(), v);
        return cue.isPresent() && cue.get().modality() == Modality.REPORTED;
    }

    /**
     * The head of the noun phrase right after the verb, its direct object ("released the name of the ship": name),
     * or null when a preposition or nothing follows ("were released in Banki").
     */
    private static String objectHead(List<Token> t, int k, int to) {
        while (k < to && (t.get(k).is("ADV") || t.get(k).is("PART"))) {
            k++;
        }
        if (k >= to || !(t.get(k).is("DET") || t.get(k).is("ADJ") || t.get(k).is("NUM") || t.get(k).isNoun())) {
            return null;
        }
        String head = null;
        for (; k < to && (t.get(k).is("DET") || t.get(k).is("ADJ") || t.get(k).is("NUM") || t.get(k).isNoun()); k++) {
            if (t.get(k).isNoun()) {
                head = t.get(k).stem();
            }
        }
        return head;
    }

    /** The nouns of tokens {@code [from, to)}: who and what the act is about. */
    private static Set<String> nouns(List<Token> t, int from, int to) {
        Set<String> words = new TreeSet<>();
        for (int k = from; k < to; k++) {
            if (t.get(k).isNoun() && t.get(k).text().length() > 1) {
                words.add(t.get(k).stem());
            }
        }
        return words;
    }
}
