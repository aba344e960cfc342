package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.knowledge.Approximations;
import dev.crosscheck.knowledge.Knowledge;
import dev.crosscheck.knowledge.Units;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an amount at a token: the number ({@link NumberReader}), a range ("3 to 5", "between 380,000 and
 * 540,000"), a fraction of a unit ("a quarter of a century"), the unit before or after it ("$300,000",
 * "4.4-liter", "1,000 kilometres"), and the approximation words before it ("around", "at least").
 * An exact measurement is widened by its rounding ("620 miles" may be 615-625).
 */
final class AmountReader {

    private static final Map<String, Double> FRACTIONS = Map.of("half", 0.5, "quarter", 0.25, "third", 1 / 3.0);
    private static final java.util.Set<String> SPAN_WORDS = java.util.Set.of("after", "for", "within", "over");
    /**
     * Words of increment after a figure: "10 more miles", "2.5 million more people", "three further cases" are how much
     * was added or taken away, not a measure or a count of all.
     */
    static final java.util.Set<String> INCREMENTS = java.util.Set.of("more", "additional", "extra", "fewer", "less",
            "further");

    private final Knowledge knowledge;

    AmountReader(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    Optional<Measured> read(Sentence s, int i) {
        Optional<Measured> fraction = fraction(s, i);
        if (fraction.isPresent()) {
            return fraction.map(m -> approximated(s, m, false));
        }
        List<Token> t = s.tokens();
        Optional<Amount> read = NumberReader.read(s, i);
        if (read.isEmpty() || secondOfAPair(t, i)) {
            return Optional.empty();
        }
        Amount amount = read.get();
        int from = amount.from();
        int to = amount.to();
        double low = amount.low();
        double high = amount.high();
        Units.Unit unit = null;
        if (i > 0) {
            unit = knowledge.units().lookup(t.get(i - 1).text()).filter(Units.Unit::prefix).orElse(null);
            if (unit != null) {
                from = i - 1;
            }
        }
        if (unit == null && amount.gluedUnit() != null) {
            unit = knowledge.units().lookup(amount.gluedUnit()).orElse(null);
        }
        boolean between = from > 0 && t.get(from - 1).lower().equals("between");
        Optional<Amount> upper = rangeEnd(s, to, between);
        if (upper.isPresent() && dashed(t, to) && upper.get().high() <= high) {
            return Optional.empty(); // "a 3-2 win", "a 5-4 ruling": a score or a vote, not a range
        }
        if (upper.isPresent()) {
            from = between ? from - 1 : from;
            high = upper.get().high();
            to = upper.get().to();
        }
        if (unit == null || !unit.prefix()) {
            int k = to < t.size() && t.get(to).text().equals("-") ? to + 1 : to;
            Optional<UnitAt> after = unitAt(s, k);
            if (after.isEmpty() && describesUnit(t, k)) {
                after = unitAt(s, k + 1); // "998 horizontal miles"
            }
            if (after.isPresent() && unit == null) {
                unit = after.get().unit();
                to = after.get().to();
            }
        }
        boolean exact = amount.exact() && upper.isEmpty();
        boolean rounded = exact && unit != null && !(unit.money() && inFull(t, amount));
        return Optional.of(approximated(s, new Measured(from, to, low, high, unit), rounded));
    }

    /**
     * A sum of money written out in digits alone ("$190", "$1,500"): a price or a fee is as exact as its digits, where
     * "$190 million" and "620 miles" may be rounded.
     */
    private static boolean inFull(List<Token> t, Amount amount) {
        return amount.to() - amount.from() == 1 && NumberReader.isPlainDigits(t.get(amount.from()).text());
    }

    private Measured approximated(Sentence s, Measured m, boolean widenByRounding) {
        double low = m.low();
        double high = m.high();
        int from = m.from();
        Optional<Approximations.Approximation> approx = knowledge.approximations().endingAt(s.lowerWords(), from);
        int article = 0;
        if (approx.isEmpty() && articleAfterApproximation(s, from)) {
            approx = knowledge.approximations().endingAt(s.lowerWords(), from - 1);
            article = approx.isPresent() ? 1 : 0;
        }
        if (widenByRounding && approx.isEmpty()) {
            String written = s.tokens().get(m.unit() != null && m.unit().prefix() ? from + 1 : from).text();
            double[] rounded = NumberReader.rounding(low, written);
            low = rounded[0];
            high = rounded[1];
        }
        if (approx.isPresent()) {
            double[] widened = approx.get().kind().widen(low, high);
            low = widened[0];
            high = widened[1];
            from -= approx.get().words().size() + article;
        }
        boolean about = approx.isPresent() && approx.get().kind() == Approximations.Kind.ABOUT;
        return new Measured(from, m.to(), low, high, m.unit(), about);
    }

    /**
     * "up to a 30% increase", "nearly a 50% rise": an article between the approximation and its number, after a
     * phrase ("up to", "more than") or an adverb ("nearly"). After a lone preposition the article opens the
     * preposition's object ("over a 30-day period", "around a 30-acre park"), which is not approximated.
     */
    private boolean articleAfterApproximation(Sentence s, int from) {
        List<Token> t = s.tokens();
        if (from < 2 || !(t.get(from - 1).lower().equals("a") || t.get(from - 1).lower().equals("an"))) {
            return false;
        }
        return knowledge.approximations().endingAt(s.lowerWords(), from - 1)
                .filter(a -> a.words().size() > 1 || t.get(from - 2).is("ADV")).isPresent();
    }

    /** "a quarter of a century", "half a mile", "a decade" after an approximation word. */
    private Optional<Measured> fraction(Sentence s, int i) {
        List<Token> t = s.tokens();
        String word = t.get(i).lower();
        int k = i;
        double amount = 1;
        if ((word.equals("a") || word.equals("one")) && k + 1 < t.size() && FRACTIONS.containsKey(t.get(k + 1).lower())) {
            amount = FRACTIONS.get(t.get(k + 1).lower());
            k += 2;
        } else if (word.equals("half")) {
            amount = 0.5;
            k += 1;
        } else if (!(word.equals("a") || word.equals("an"))
                || (knowledge.approximations().endingAt(s.lowerWords(), i).isEmpty() && !afterSpanWord(s, i))) {
            return Optional.empty();
        }
        if (k < t.size() && t.get(k).lower().equals("of")) {
            k++;
        }
        if (amount != 1 && k < t.size() && (t.get(k).lower().equals("a") || t.get(k).lower().equals("an"))) {
            k++;
        } else if (amount == 1) {
            k = i + 1;
        }
        Optional<UnitAt> unit = unitAt(s, k);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Measured(i, unit.get().to(), amount, amount, unit.get().unit()));
    }

    /**
     * "after a year", "for a month", "within a week": a preposition of a stretch of time before "a" makes it one of
     * that unit ("a year" after an amount is a rate: "$5 a month", and "once a year" a frequency).
     */
    private static boolean afterSpanWord(Sentence s, int i) {
        return i > 0 && SPAN_WORDS.contains(s.tokens().get(i - 1).lower());
    }

    /**
     * True for one adjective between an amount and its unit ("998 horizontal miles", "2,300 vertical feet"). Words
     * that make another unit ("square miles", "nautical miles") are units of their own in units.txt, found first.
     */
    private static boolean describesUnit(List<Token> t, int k) {
        return k + 1 < t.size() && t.get(k).is("ADJ") && !INCREMENTS.contains(t.get(k).lower())
                && t.get(k).text().chars().allMatch(Character::isLowerCase);
    }

    private record UnitAt(Units.Unit unit, int to) {
    }

    /** A unit name of up to three words at token {@code k} ("km", "metric tons", "miles per hour"). */
    private Optional<UnitAt> unitAt(Sentence s, int k) {
        for (int len = 3; len >= 1; len--) {
            if (k + len <= s.tokens().size()) {
                Optional<Units.Unit> found = knowledge.units().lookup(s.span(k, k + len));
                if (found.isPresent() && !found.get().prefix()) {
                    return Optional.of(new UnitAt(found.get(), k + len));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean dashed(List<Token> t, int k) {
        return k < t.size() && (t.get(k).text().equals("-") || t.get(k).text().equals("–"));
    }

    /** The second number of "3-2" or "5-10": read with the first, never on its own. */
    private static boolean secondOfAPair(List<Token> t, int i) {
        return i > 1 && dashed(t, i - 1) && NumberReader.isNumber(t.get(i - 2).text());
    }

    private static Optional<Amount> rangeEnd(Sentence s, int to, boolean between) {
        List<Token> t = s.tokens();
        if (to + 1 >= t.size()) {
            return Optional.empty();
        }
        String joint = t.get(to).lower();
        boolean joins = joint.equals("to") || joint.equals("-") || joint.equals("–") || (between && joint.equals("and"));
        return joins ? NumberReader.read(s, to + 1) : Optional.empty();
    }
}
