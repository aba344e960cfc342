package dev.crosscheck.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Words before a number that turn it into an interval: "around 600" is 540-660, "at least two" is two
 * or more. File: {@code approximations.txt}; the section says how the number widens, the lines list
 * the words: {@code [about]} (within 10%), {@code [below]} ("nearly": up to 10% under), {@code [at least]},
 * {@code [at most]}.
 */
public final class Approximations {

    public enum Kind {
        ABOUT, BELOW, AT_LEAST, AT_MOST;

        /** The interval a number {@code n} with this approximation allows. */
        public double[] widen(double low, double high) {
            return switch (this) {
                case ABOUT -> new double[] {low * 0.9, high * 1.1};
                case BELOW -> new double[] {low * 0.9, high};
                case AT_LEAST -> new double[] {low, Double.POSITIVE_INFINITY};
                case AT_MOST -> new double[] {0, high};
            };
        }
    }

    /** An approximating phrase, as lower-case words. */
    public record Approximation(List<String> words, Kind kind) {
    }

    private final List<Approximation> phrases;

    private Approximations(List<Approximation> phrases) {
        this.phrases = phrases.stream()
                .sorted(Comparator.comparingInt((Approximation a) -> -a.words().size())).toList();
    }

    public static Approximations empty() {
        return new Approximations(List.of());
    }

    static Approximations parse(List<KnowledgeLine> lines) {
        List<Approximation> phrases = new ArrayList<>();
        for (KnowledgeLine line : lines) {
            Kind kind = kind(line);
            for (String phrase : line.items()) {
                phrases.add(new Approximation(List.of(phrase.toLowerCase(Locale.ROOT).split("\\s+")), kind));
            }
        }
        return new Approximations(phrases);
    }

    private static Kind kind(KnowledgeLine line) {
        String section = line.section() == null ? "" : line.section().toUpperCase(Locale.ROOT).replace(' ', '_');
        try {
            return Kind.valueOf(section);
        } catch (IllegalArgumentException e) {
            throw line.error("approximation words belong under [about], [below], [at least] or [at most]");
        }
    }

    /** The longest approximation that ends right before word {@code end} of the lower-cased words. */
    public Optional<Approximation> endingAt(List<String> words, int end) {
        for (Approximation a : phrases) {
            int start = end - a.words().size();
            if (start >= 0 && words.subList(start, end).equals(a.words())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
