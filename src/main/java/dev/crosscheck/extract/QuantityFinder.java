package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.facts.Frame;
import dev.crosscheck.facts.Value;
import dev.crosscheck.knowledge.Knowledge;
import dev.crosscheck.knowledge.Units;
import dev.crosscheck.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads measured amounts: a number with a unit ("4.4-liter", "$300,000", "1,000 kilometres (620 miles)",
 * "between 3 and 5 meters"), converted to the dimension's base unit as an interval that allows for
 * approximation words and for rounding. A conversion in brackets becomes a second claim that restates
 * the first, so a rule can check the two agree.
 */
final class QuantityFinder implements ClaimFinder {

    static final String KIND = "QUANTITY";
    static final String AGE = "age";
    private static final Set<String> RATE_WORDS = Set.of("a", "an", "per", "/");
    /**
     * Words of a period that make an amount a rate, before its noun ("a monthly fee of $30") or after it ("$30
     * monthly"). Not "annual" or "quarterly" before a noun: "quarterly revenue of $2 billion" is the quarter's total,
     * the same figure as "revenue for the quarter".
     */
    private static final Map<String, String> PERIODIC = Map.of("hourly", "hour", "daily", "day", "weekly", "week",
            "monthly", "month");
    private static final Map<String, String> PERIODIC_AFTER = withYearly(PERIODIC);
    /** Words that may stand between a noun and its amount: "a monthly fee of just $30", "her weekly wage was $450". */
    private static final Set<String> LINKS = Set.of("of", "at", "is", "was", "be", "just", "only", "about", "around",
            "roughly", "some", "nearly", "almost", "approximately", ":");
    /** Words after "a year" that make it a time: "a year earlier", "a week ago". */
    private static final Set<String> SHIFTS = Set.of("earlier", "ago", "later", "before", "after", "previously");

    private final Knowledge knowledge;
    private final AmountReader amounts;
    private final FrameReader frames;
    private final Syntax syntax;
    private final ApposedAges apposedAges;

    QuantityFinder(Knowledge knowledge, Syntax syntax, FrameReader frames) {
        this.knowledge = knowledge;
        this.amounts = new AmountReader(knowledge);
        this.frames = frames;
        this.apposedAges = new ApposedAges(knowledge, frames);
        this.syntax = syntax;
    }

    @Override
    public List<Draft> find(SentenceFrame frame, boolean[] used) {
        List<Draft> drafts = new ArrayList<>();
        Sentence s = frame.sentence();
        for (int i = 0; i < s.tokens().size(); i++) {
            if (used[i]) {
                continue;
            }
            Optional<Draft> apposed = apposedAges.read(frame.sentence(), i);
            if (apposed.isPresent()) {
                drafts.add(apposed.get());
                ClaimFinder.use(used, i, i + 1);
                continue;
            }
            Optional<Measured> measured = measure(s, i);
            if (measured.isEmpty() || !ClaimFinder.free(used, measured.get().from(), measured.get().to())) {
                continue;
            }
            Measured m = measured.get();
            Draft draft = draft(frame, m);
            drafts.add(draft);
            ClaimFinder.use(used, m.from(), m.to());
            i = m.to() - 1;
            // "40 metres (131 feet)", and after the word of its extent "30 centimetres wide (11.8 inches)"
            Optional<Measured> restated = bracketed(s, m.to())
                    .or(() -> extentWordAt(s, m, m.to()) ? bracketed(s, m.to() + 1) : Optional.empty());
            if (restated.isPresent() && restated.get().unit().dimension().equals(m.unit().dimension())
                    && ClaimFinder.free(used, restated.get().from(), restated.get().to())) {
                drafts.add(draft(frame, restated.get()).measuring(draft.attribute()).restating(draft));
                ClaimFinder.use(used, restated.get().from(), restated.get().to());
                i = restated.get().to() - 1;
            }
        }
        return drafts;
    }

    private Draft draft(SentenceFrame frame, Measured m) {
        Sentence s = frame.sentence();
        // The noun measured picks the attribute ("4.4-liter ... engine": engine displacement); the
        // subject is what owns it (the car the sentence is about).
        Optional<String> described = describedNoun(s, m.to()).or(() -> nominalAdjective(s, m));
        String noun = described.or(() -> frame.topic().map(QuantityFinder::lastWord)).orElse("");
        String dimension = m.unit().dimension();
        Optional<Integer> aged = ageOf(s, m);
        String measure = aged.isPresent() ? AGE : extentOf(s, m)
                .or(() -> knowledge.attributes().measureOf(dimension, noun)).orElse(dimension);
        // "$82 a share", "$5 billion a year": a rate is never compared with a total
        String attribute = rateAfter(s, m.to()).or(() -> periodOfNounBefore(s, m.from()))
                .map(per -> measure + " per " + per).orElse(measure);
        // an age is of the one it describes ("a 4-year-old boy"), never of what the sentence is about
        String subject = aged.isPresent() ? apposedAges.nameOf(s, m.from(), aged.get())
                .or(() -> describedNoun(s, aged.get())).orElse("sentence " + s.index()) : frame.owner(m.from());
        Value value = m.value(s.span(m.from(), m.to()));
        // What is measured: the noun the amount describes ("a 19-ton truck") and the nouns around it; a report of
        // the same thing in other words shares one of them.
        Optional<String> measured = aged.isPresent() ? describedNoun(s, aged.get()) : described;
        Optional<Predicate> act = syntax.governingVerb(s, m.from());
        Set<String> things = new TreeSet<>();
        measured.ifPresent(n -> things.add(knowledge.synonyms().canonical(n)));
        Frame said = aged.isPresent()
                ? frames.read(s, m.from(), m.to(), things, null) // an age is only of the one it describes
                : frames.readMeasure(s, m.from(), m.to(), things, act.orElse(null));
        Draft draft = Draft.of(KIND, subject, attribute, value, m.from(), m.to()).saying(said);
        // The noun measured is what the amount hangs on, so that other reports of that noun compare; an act of
        // change ("shares fell 4.3 percent") marks a figure that moves through the day.
        Draft about = measured.map(draft::about).orElse(draft);
        boolean changed = act.filter(verb -> knowledge.attributes().moving(dimension, verb.key())).isPresent()
                || changeRightBefore(s, m.from(), dimension);
        return changed ? about.moving() : about;
    }

    /**
     * The measure a word beside the amount names, when knowledge lists it ({@code [measures]}): "40 metres deep", "an
     * 80m-deep well", "a 30cm-diameter pipe", "30cm in diameter", "at a depth of 40m". A tower 300 metres tall and 60
     * metres wide has a height and a width, which are never compared with each other. A sum of money is what it
     * pays for, read from its noun: "a monthly cost of $599" and "costs $599 a month" are one price.
     */
    private Optional<String> extentOf(Sentence s, Measured m) {
        if (m.unit().money()) {
            return Optional.empty();
        }
        List<Token> t = s.tokens();
        List<Token> beside = new ArrayList<>();
        int k = pastBrackets(t, m.to());
        k = k < t.size() && t.get(k).text().equals("-") ? k + 1 : k;
        if (k < t.size()) {
            beside.add(t.get(k));
            if (t.get(k).lower().equals("in") && k + 1 < t.size()) {
                beside.add(t.get(k + 1));
            }
        }
        if (m.from() >= 2 && t.get(m.from() - 1).lower().equals("of")) {
            beside.add(t.get(m.from() - 2));
        }
        String dimension = m.unit().dimension();
        return beside.stream().map(w -> knowledge.attributes().measureOf(dimension, w.stem()))
                .flatMap(Optional::stream).findFirst();
    }

    /** True when token {@code k} names an extent of the amount's dimension ("wide" after a length). */
    private boolean extentWordAt(Sentence s, Measured m, int k) {
        return !m.unit().money() && k < s.tokens().size()
                && knowledge.attributes().measureOf(m.unit().dimension(), s.tokens().get(k).stem()).isPresent();
    }

    /**
     * Where the words after an amount go on past its conversion in brackets, or past the bracket that closes the
     * conversion it is: "30 centimetres (11.8 inches) wide" is wide in both units.
     */
    private static int pastBrackets(List<Token> t, int k) {
        if (k < t.size() && t.get(k).text().equals("(")) {
            while (k < t.size() && !t.get(k).text().equals(")")) {
                k++;
            }
        }
        return k < t.size() && t.get(k).text().equals(")") ? k + 1 : k;
    }

    /**
     * A word of change right before the amount, or before its "by" ("shares fell 6.6%", "rose by 5 percent"), whatever
     * the tagger made of it: it reads "shares fell" as a verb and an adjective, and "stock rose" as two nouns.
     */
    private boolean changeRightBefore(Sentence s, int from, String dimension) {
        List<Token> t = s.tokens();
        int k = from - 1;
        if (k >= 0 && t.get(k).lower().equals("by")) {
            k--;
        }
        return k >= 0 && knowledge.attributes().moving(dimension, t.get(k).stem());
    }

    /**
     * "a 4-year-old boy", "the boy, 3 years old": a duration followed by "old" is an age. Returns where the word
     * after "old" is, so that the noun it describes can be read.
     */
    private static Optional<Integer> ageOf(Sentence s, Measured m) {
        List<Token> t = s.tokens();
        if (!"duration".equals(m.unit().dimension())) {
            return Optional.empty();
        }
        int k = m.to();
        if (k < t.size() && t.get(k).text().equals("-")) {
            k++;
        }
        if (k < t.size() && (t.get(k).lower().equals("old") || t.get(k).lower().equals("-old"))) {
            return Optional.of(k + 1);
        }
        return Optional.empty();
    }

    /**
     * The noun an amount is counted per, when one follows it: "a share", "per head", "an Acme share", "each".
     * Units that carry their own "per" ("miles per hour") were read with the amount.
     */
    private static Optional<String> rateAfter(Sentence s, int k) {
        List<Token> t = s.tokens();
        if (k >= t.size()) {
            return Optional.empty();
        }
        if (t.get(k).text().equals("-") && k + 1 < t.size()) {
            k++; // "$82-a-share", "$1.2 billion-a-year": the rate written as one word with its amount
            String[] glued = t.get(k).lower().split("-", 2);
            if (glued.length == 2 && RATE_WORDS.contains(glued[0]) && !glued[1].isEmpty()) {
                return Optional.of(Words.singular(glued[1]));
            }
        }
        String word = t.get(k).lower();
        if (PERIODIC_AFTER.containsKey(word) && (k + 1 == t.size() || !t.get(k + 1).isNoun())) {
            return Optional.of(PERIODIC_AFTER.get(word)); // "$30 monthly", "$50,000 annually"; not "$30 monthly fee"
        }
        if (word.equals("each") && (k + 1 == t.size() || !t.get(k + 1).isNoun())) {
            return Optional.of("each");
        }
        if (!RATE_WORDS.contains(word)) {
            return Optional.empty();
        }
        if (k + 2 < t.size() && t.get(k + 1).text().equals("-") && t.get(k + 2).isNoun()) {
            return Optional.of(t.get(k + 2).stem()); // "a-year contract": per year; the contract is what it measures
        }
        String noun = null;
        int j = k + 1;
        for (; j < Math.min(t.size(), k + 4) && (t.get(j).isNoun() || t.get(j).is("ADJ")); j++) {
            if (t.get(j).is("NOUN")) {
                noun = t.get(j).stem(); // the last noun of the phrase: "an Acme share"
            }
        }
        if (j < t.size() && SHIFTS.contains(t.get(j).lower())) {
            return Optional.empty(); // "up from $4.2 billion a year earlier": when, not per what
        }
        return Optional.ofNullable(noun);
    }

    /** The period words before a noun, and after an amount also "annually" and "yearly" ("$120 annually"). */
    private static Map<String, String> withYearly(Map<String, String> periodic) {
        Map<String, String> after = new java.util.HashMap<>(periodic);
        after.put("annually", "year");
        after.put("yearly", "year");
        return Map.copyOf(after);
    }

    /**
     * "a monthly fee of $30", "her weekly wage was $450": a word of a period in the noun phrase the amount is given of
     * makes it a rate, the same as "$30 a month". Returns the period.
     */
    private static Optional<String> periodOfNounBefore(Sentence s, int from) {
        List<Token> t = s.tokens();
        int k = from - 1;
        for (int links = 0; k >= 0 && links < 3 && LINKS.contains(t.get(k).lower()); links++) {
            k--;
        }
        if (k == from - 1 || k < 0 || !t.get(k).is("NOUN")) {
            return Optional.empty(); // only an amount given of a noun phrase: "a monthly fee of $30"
        }
        for (int words = 0; k >= 0 && words < 4 && (t.get(k).isNoun() || t.get(k).is("ADJ")); words++, k--) {
            String period = PERIODIC.get(t.get(k).lower());
            if (period != null) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }

    /** "( 620 miles )" right after a measured amount. */
    private Optional<Measured> bracketed(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (i + 1 >= t.size() || !t.get(i).text().equals("(")) {
            return Optional.empty();
        }
        return measure(s, i + 1).filter(m -> m.to() < t.size() && t.get(m.to()).text().equals(")"));
    }

    /** A measured amount at token {@code i}: a number with a unit. */
    private Optional<Measured> measure(Sentence s, int i) {
        return amounts.read(s, i).filter(m -> m.unit() != null);
    }

    /** The noun an amount describes: "a 4.4-liter V8 engine" describes the engine, "300 tonnes of fuel oil" the oil. */
    private Optional<String> describedNoun(Sentence s, int to) {
        List<Token> t = s.tokens();
        String designation = null;
        int from = to < t.size() && t.get(to).lower().equals("of") ? to + 1 : to; // "300 tonnes of fuel oil"
        for (int k = from; k < Math.min(t.size(), from + 3); k++) {
            Token token = t.get(k);
            Optional<String> designated = knowledge.designations().attributeOf(token.text());
            if (designated.isPresent()) {
                designation = designated.get();
            } else if (token.is("NOUN")) {
                int head = k;
                while (head + 1 < t.size() && t.get(head + 1).is("NOUN") && !Syntax.verbLike(t, head + 1)) {
                    head++; // "a 19-ton delivery truck" measures the truck
                }
                return Optional.of(t.get(head).stem());
            } else if (!token.is("ADJ")) {
                break;
            }
        }
        return Optional.ofNullable(designation);
    }

    /**
     * An adjective that ends the noun phrase an amount opens stands for its noun: "a $1,000 deductible," (the tagger
     * reads "deductible" as an adjective when no noun follows it).
     */
    private static Optional<String> nominalAdjective(Sentence s, Measured m) {
        List<Token> t = s.tokens();
        int k = m.to();
        boolean opened = m.from() > 0 && t.get(m.from() - 1).is("DET");
        boolean ends = k + 1 >= t.size() || !(t.get(k + 1).isNoun() || t.get(k + 1).is("ADJ"));
        return opened && k < t.size() && t.get(k).is("ADJ") && ends ? Optional.of(t.get(k).stem()) : Optional.empty();
    }

    private static String lastWord(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1);
    }
}
