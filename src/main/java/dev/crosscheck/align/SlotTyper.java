package dev.crosscheck.align;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.extract.Mention;
import dev.crosscheck.facts.Value;
import dev.crosscheck.knowledge.Knowledge;
import dev.crosscheck.text.NounKinship;
import dev.crosscheck.text.Spelling;
import dev.crosscheck.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what kind of difference a hunk between two aligned sentences is, from what extraction found in
 * it: a negation added or dropped, a different time, number or name, or one noun swapped for another
 * kind of the same thing. Differences that mean the same (2 / "two", "around 600" / 598, "Jean-Luc" /
 * "Jean Luc", synonyms, a broader word) are not slots; neither are insertions and deletions of detail,
 * words moved within the sentence, or datelines.
 */
final class SlotTyper {

    /** A negation flip must be a small edit; a whole clause added is not a flip. */
    private static final int MAX_NEGATION_EDIT = 3;
    /** The relation in related.txt for a place within another: not a contradiction. */
    static final String PART_OF = "part of";
    private static final Pattern NEGATIONS = Pattern.compile("\\b(?:not|no|never|neither|nor|without)\\b|n't\\b");

    private final Knowledge knowledge;

    SlotTyper(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    Optional<Slot> type(AlignedPair pair, Hunk h, StoryNames names) {
        List<Mention> am = mentions(pair.left().mentions().get(pair.a().index()), h.aFrom(), h.aTo());
        List<Mention> bm = mentions(pair.right().mentions().get(pair.b().index()), h.bFrom(), h.bTo());
        Optional<Slot> negation = negation(pair, h, am, bm);
        if (negation.isPresent() || h.aSize() == 0 || h.bSize() == 0) {
            return negation; // detail added or dropped is an edit, not a contradiction; only a "not" is
        }
        boolean headlines = headline(pair.a()) || headline(pair.b());
        for (Mention.Kind kind : List.of(Mention.Kind.TIME, Mention.Kind.NUMBER, Mention.Kind.NAME)) {
            boolean guessNames = !headlines && first(am, Mention.Kind.TIME).isEmpty() && first(bm, Mention.Kind.TIME).isEmpty();
            Optional<Mention> a = first(am, kind).or(() -> guessNames ? capitalised(kind, pair.a(), h.aFrom(), h.aTo()) : Optional.empty());
            Optional<Mention> b = first(bm, kind).or(() -> guessNames ? capitalised(kind, pair.b(), h.bFrom(), h.bTo()) : Optional.empty());
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            boolean swap = isSwap(kind, pair.a(), h.aFrom(), h.aTo(), a.get())
                    && isSwap(kind, pair.b(), h.bFrom(), h.bTo(), b.get());
            if (!swap) {
                return Optional.empty();
            }
            if (kind == Mention.Kind.NAME) {
                return name(pair, a.get(), b.get(), names);
            }
            return a.get().value().agreesWith(b.get().value()) || !a.get().value().comparableWith(b.get().value())
                    ? Optional.empty()
                    : Optional.of(slot(kind == Mention.Kind.TIME ? "DATE" : "NUMBER", a.get(), b.get(), null));
        }
        return headlines ? Optional.empty() : noun(pair, h);
    }

    /**
     * Two different names in the same place. Not a contradiction when they are spellings of one name, parts
     * of one name the story gives in full, a name moved within a reworded sentence (either name also stands
     * elsewhere in the other sentence: a list in another order, or "Wall Street investors asked Apple" /
     * "Apple investors asked the firm"), or a wire agency's credit where the other has a city
     * ("(Wire) -" / "CITY —").
     */
    private Optional<Slot> name(AlignedPair pair, Mention a, Mention b, StoryNames names) {
        String aKey = a.value().key();
        String bKey = b.value().key();
        if (Spelling.variants(aKey, bKey) || names.partsOfOneName(aKey, bKey)
                || moved(pair, aKey) || moved(pair, bKey)
                || dateline(pair.a(), a) || dateline(pair.b(), b) || description(pair.a(), a) || description(pair.b(), b)) {
            return Optional.empty();
        }
        String relation = relation(pair, a, b);
        if (PART_OF.equals(relation)) {
            return Optional.empty(); // a place within the other: "in Croydon" and "in London" are both true
        }
        return Optional.of(slot("NAME", a, b, relation));
    }

    /**
     * "The Finn", "the Islamist movement": a capitalised word after "the" that the dictionary knows as a
     * kind of person describes someone rather than naming them, so it cannot contradict a name.
     */
    private static boolean description(Sentence s, Mention m) {
        if (m.to() - m.from() != 1 || m.from() == 0 || !s.tokens().get(m.from() - 1).lower().equals("the")) {
            return false;
        }
        return NounKinship.kindOfPerson(s.tokens().get(m.from()).text());
    }

    /**
     * A name both sentences give equally often: where one has it in the differing place, the other has it
     * elsewhere, so it was moved, not swapped in. A name one sentence repeats and the other gives once less
     * was replaced in one of its places, which is a real edit.
     */
    private static boolean moved(AlignedPair pair, String key) {
        int inA = occurrences(Words.nameKey(pair.a().text()), key);
        return inA > 0 && inA == occurrences(Words.nameKey(pair.b().text()), key);
    }

    /** How often a name stands, as whole words, in a text of name keys. */
    private static int occurrences(String text, String key) {
        String padded = " " + text + " ";
        String needle = " " + key + " ";
        int count = 0;
        for (int at = padded.indexOf(needle); at >= 0; at = padded.indexOf(needle, at + needle.length() - 1)) {
            count++;
        }
        return count;
    }

    /** "(Wire) -" opening a sentence credits an agency; it says nothing about where anything happened. */
    private static boolean dateline(Sentence s, Mention m) {
        boolean bracketed = m.from() == 1 && s.tokens().get(0).text().equals("(")
                && m.to() < s.tokens().size() && s.tokens().get(m.to()).text().equals(")");
        return bracketed && m.to() + 1 < s.tokens().size() && s.tokens().get(m.to() + 1).text().matches("[-–—]+|--");
    }

    /**
     * How two differing names are related, if knowledge says so. The words both sentences share just before
     * the names count as part of them: "Boeing 737 MAX" / "Boeing 737 NG" differ only in the last word.
     */
    private String relation(AlignedPair pair, Mention a, Mention b) {
        for (int shared = 0; shared <= 3 && a.from() - shared >= 0 && b.from() - shared >= 0; shared++) {
            if (shared > 0 && !pair.a().tokens().get(a.from() - shared).lower()
                    .equals(pair.b().tokens().get(b.from() - shared).lower())) {
                break;
            }
            Optional<String> relation = knowledge.relations().between(pair.a().span(a.from() - shared, a.to()),
                    pair.b().span(b.from() - shared, b.to()));
            if (relation.isPresent()) {
                return relation.get();
            }
        }
        return null;
    }

    /**
     * True when the edit is essentially the mention itself: one value swapped for another in the same
     * frame of words. A longer rewrite that happens to contain a name ("diverted to Tambor" / "Cubillo
     * said") is a different sentence ending, not a contradiction. A number may bring its noun along
     * ("two men" / "one man"); a name only a title or determiner ("Mr", "the").
     */
    private static boolean isSwap(Mention.Kind kind, Sentence s, int from, int to, Mention m) {
        int extra = 0;
        for (int i = from; i < to; i++) {
            if (i >= m.from() && i < m.to()) {
                continue;
            }
            Token token = s.tokens().get(i);
            boolean harmless = token.isPunctuation() || token.is("DET") || token.is("ADP")
                    || (kind == Mention.Kind.NAME && token.is("PROPN") && token.text().length() <= 4)
                    || (kind == Mention.Kind.NUMBER && token.is("NOUN") && i == m.to());
            if (!harmless) {
                return false;
            }
            extra++;
        }
        return extra <= 2;
    }

    /**
     * A "not" added or dropped next to a verb, that changes how many negations the whole sentence has
     * (so a quote mark glued to "Never", or "No one" / "No-one", is not a flip).
     */
    private static Optional<Slot> negation(AlignedPair pair, Hunk h, List<Mention> am, List<Mention> bm) {
        Optional<Mention> aNot = first(am, Mention.Kind.NEGATION);
        Optional<Mention> bNot = first(bm, Mention.Kind.NEGATION);
        if (aNot.isPresent() == bNot.isPresent() || h.aSize() > MAX_NEGATION_EDIT || h.bSize() > MAX_NEGATION_EDIT
                || negations(pair.a()) == negations(pair.b())) {
            return Optional.empty();
        }
        Mention not = aNot.orElseGet(bNot::get);
        Sentence where = aNot.isPresent() ? pair.a() : pair.b();
        if (!nextToVerb(where, not)) {
            return Optional.empty(); // "So no, ..." answers; it does not deny
        }
        return Optional.of(new Slot("NEGATION", h.aFrom(), h.aTo(), h.bFrom(), h.bTo(), polarity(aNot.isPresent()),
                polarity(bNot.isPresent()), null));
    }

    private static long negations(Sentence s) {
        Matcher m = NEGATIONS.matcher(s.text().toLowerCase(Locale.ROOT).replace('’', '\''));
        return m.results().count();
    }

    private static boolean nextToVerb(Sentence s, Mention not) {
        for (int k = Math.max(0, not.from() - 1); k <= Math.min(s.tokens().size() - 1, not.to()); k++) {
            if (k >= not.from() && k < not.to() && !s.tokens().get(k).lower().endsWith("n't")) {
                continue;
            }
            Token t = s.tokens().get(k);
            if (t.isVerb() || t.is("AUX")) {
                return true;
            }
        }
        return false;
    }

    static Value polarity(boolean negated) {
        return negated ? Value.category("negated", "negated") : Value.category("affirmed", "affirmed");
    }

    /**
     * One common noun swapped for another kind of the same thing ("knife" / "pistol"). A synonym, a broader
     * or narrower word, or an unrelated word (the sentence was rephrased) is not a contradiction.
     */
    private Optional<Slot> noun(AlignedPair pair, Hunk h) {
        if (h.aSize() != 1 || h.bSize() != 1 || !sameSurroundings(pair, h)) {
            return Optional.empty();
        }
        Token a = pair.a().tokens().get(h.aFrom());
        Token b = pair.b().tokens().get(h.bFrom());
        if (!a.is("NOUN") || !b.is("NOUN") || Spelling.typo(a.lower(), b.lower())) {
            return Optional.empty();
        }
        String aKey = knowledge.synonyms().canonical(a.stem());
        String bKey = knowledge.synonyms().canonical(b.stem());
        if (aKey.equals(bKey)) {
            return Optional.empty();
        }
        NounKinship.Kinship kinship = NounKinship.between(a.text(), b.text());
        if (kinship.relation() != NounKinship.Relation.KINDS_OF_ONE_THING) {
            return Optional.empty();
        }
        return Optional.of(new Slot("NOUN", h.aFrom(), h.aTo(), h.bFrom(), h.bTo(), Value.category(a.text(), aKey),
                Value.category(b.text(), bKey), kinship.commonKind()));
    }

    /**
     * A word swap counts only inside an unchanged stretch: the two words before and after it are the same
     * in both sentences ("two NBA G League players who" / "minor league affiliate who" is a rewrite).
     */
    private static boolean sameSurroundings(AlignedPair pair, Hunk h) {
        for (int d = 1; d <= 2; d++) {
            if (!sameToken(pair.a(), h.aFrom() - d, pair.b(), h.bFrom() - d)
                    || !sameToken(pair.a(), h.aTo() - 1 + d, pair.b(), h.bTo() - 1 + d)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameToken(Sentence a, int i, Sentence b, int j) {
        boolean aOut = i < 0 || i >= a.tokens().size();
        boolean bOut = j < 0 || j >= b.tokens().size();
        if (aOut || bOut) {
            return aOut && bOut;
        }
        return a.tokens().get(i).lower().equals(b.tokens().get(j).lower());
    }

    /**
     * A run of capitalised words inside the sentence, read as a name even when the tagger missed it
     * (an unfamiliar name is often tagged as a common noun), so that a name swapped for one the tagger
     * does not know is still compared as a name. An adjective is a name only where a capitalised word goes on
     * with it ("Green Automotive Group", "American Airlines"); alone, "American" describes.
     */
    private static Optional<Mention> capitalised(Mention.Kind kind, Sentence s, int from, int to) {
        if (kind != Mention.Kind.NAME || from == 0 || to <= from) {
            return Optional.empty();
        }
        boolean nameGoesOn = to < s.tokens().size() && capitalisedWord(s.tokens().get(to).text());
        for (int i = from; i < to; i++) {
            Token token = s.tokens().get(i);
            if (!capitalisedWord(token.text()) || (token.is("ADJ") && !nameGoesOn)) {
                return Optional.empty();
            }
        }
        String name = s.span(from, to);
        return Optional.of(new Mention(Mention.Kind.NAME, from, to, Value.category(name, Words.nameKey(name))));
    }

    private static boolean capitalisedWord(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && text.chars().allMatch(Character::isLetter);
    }

    private static Slot slot(String kind, Mention a, Mention b, String relation) {
        return new Slot(kind, a.from(), a.to(), b.from(), b.to(), a.value(), b.value(), relation);
    }

    /** Headlines drop articles, capitalise every word and get tagged badly: names and nouns are not read there. */
    static boolean headline(Sentence s) {
        return !s.text().matches("(?s).*[.!?\"”'’)]$");
    }

    private static List<Mention> mentions(List<Mention> sentence, int from, int to) {
        int end = Math.max(to, from + 1); // an insertion point still touches the token after it
        return sentence.stream().filter(m -> m.overlaps(from, end)).toList();
    }

    private static Optional<Mention> first(List<Mention> mentions, Mention.Kind kind) {
        return mentions.stream().filter(m -> m.kind() == kind).findFirst();
    }
}
