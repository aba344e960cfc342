package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.text.Words;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number starting at a token: digits ("1,000", "4.4", "1.5 million"), digits with a unit glued
 * on ("600hp"), number words ("two", "twenty-five", "a dozen") and vague amounts ("dozens of",
 * "tens of thousands of"). Number words are English grammar, not domain knowledge.
 */
public final class NumberReader {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern LEADING_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    /** A figure with its unit or scale glued on: "600hp", "1,500ft", "2bn". */
    private static final Pattern GLUED = Pattern.compile("(" + DIGITS.pattern() + ")([a-zA-Z%/]+)");
    /** Compiled once: {@code String.matches} compiled it for every token read, a tenth of extraction time. */
    private static final Pattern HYPHENATED_TENS =
            Pattern.compile("(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-[a-z]+");
    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40,
            "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    /** Scale words; "lakh" and "crore" (100,000 and 10 million) as Indian English writes them. */
    private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3,
            "million", 1e6, "billion", 1e9, "trillion", 1e12, "lakh", 1e5, "lakhs", 1e5, "crore", 1e7, "crores", 1e7);
    /** Scale words as written on a number ("2bn"); "m" and "k" are left out: metres, kilometres. */
    private static final Map<String, Double> SCALE_ABBREVIATIONS = Map.of("mln", 1e6, "mn", 1e6, "bn", 1e9, "tn", 1e12);
    /** After a currency sign no unit can follow, so "m", "k" and "b" scale too: "$8.2m", "£300k", "$1.5b". */
    private static final Map<String, Double> MONEY_SCALE_ABBREVIATIONS = Map.of("k", 1e3, "m", 1e6, "b", 1e9);
    /** "dozens of", "hundreds of": a plural scale word stands for 2 to 9 of it (dozens: 24 to 108). */
    private static final Map<String, Double> VAGUE = Map.of("dozens", 12.0, "scores", 20.0, "hundreds", 1e2,
            "thousands", 1e3, "millions", 1e6, "billions", 1e9);
    /** Ordinals in words, for places in an order ("the third quarter"); in digits they are {@code ORDINAL_DIGITS}. */
    private static final Map<String, Integer> ORDINAL_WORDS = ordinalWords("first", "second", "third", "fourth",
            "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");
    private static final Pattern ORDINAL_DIGITS = Pattern.compile("(\\d{1,4})(?:st|nd|rd|th)");

    private NumberReader() {
    }

    private static Map<String, Integer> ordinalWords(String... inOrder) {
        Map<String, Integer> places = new HashMap<>();
        for (int i = 0; i < inOrder.length; i++) {
            places.put(inOrder[i], i + 1);
        }
        return Map.copyOf(places);
    }

    /**
     * The place an ordinal gives ("third", "15th"), if the word is one. Asked of every token: a map look-up, and the
     * pattern only for a word that starts with a digit.
     */
    public static OptionalInt ordinal(String lower) {
        if (lower.isEmpty() || !Character.isDigit(lower.charAt(0))) {
            Integer place = ORDINAL_WORDS.get(lower);
            return place == null ? OptionalInt.empty() : OptionalInt.of(place);
        }
        Matcher m = ORDINAL_DIGITS.matcher(lower);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** True for an ordinal written in digits: "15th", "3rd". */
    static boolean isOrdinalFigure(String lower) {
        return !lower.isEmpty() && Character.isDigit(lower.charAt(0)) && ORDINAL_DIGITS.matcher(lower).matches();
    }

    /** True for a word that is a number by itself: "19", "4.4", "four", "twenty". */
    static boolean isNumber(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return DIGITS.matcher(lower).matches() || SMALL.containsKey(lower) || TENS.containsKey(lower);
    }

    static Optional<Amount> read(Sentence s, int i) {
        List<Token> t = s.tokens();
        String word = t.get(i).lower();
        // Written numbers start with a digit: most words are no number and skip both expressions.
        if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
            Matcher digits = DIGITS.matcher(word);
            if (digits.matches()) {
                double value = Double.parseDouble(word.replace(",", ""));
                return Optional.of(scaled(t, i + 1, new Amount(i, i + 1, value, value, true, null)));
            }
            Matcher glued = GLUED.matcher(t.get(i).text());
            if (glued.matches()) {
                double value = Double.parseDouble(glued.group(1).replace(",", "")); // "1,500ft"
                String written = glued.group(2).toLowerCase(java.util.Locale.ROOT);
                Double scale = scaleOf(written, t, i);
                if (scale != null) { // "143million", "2bn": a scale word, not a unit
                    return Optional.of(new Amount(i, i + 1, value * scale, value * scale, true, null));
                }
                return Optional.of(new Amount(i, i + 1, value, value, true, glued.group(2)));
            }
        }
        if (word.equals("tens") && follows(t, i + 1, "of") && i + 2 < t.size() && VAGUE.containsKey(t.get(i + 2).lower())) {
            double scale = VAGUE.get(t.get(i + 2).lower());
            return Optional.of(new Amount(i, i + 3, 10 * scale * 2, 10 * scale * 9.99, false, null));
        }
        if (VAGUE.containsKey(word) && follows(t, i + 1, "of")) {
            double scale = VAGUE.get(word);
            return Optional.of(new Amount(i, i + 1, 2 * scale, 9.99 * scale, false, null));
        }
        if ((word.equals("a") || word.equals("one")) && i + 1 < t.size() && t.get(i + 1).lower().equals("dozen")) {
            return Optional.of(new Amount(i, i + 2, 12, 12, true, null));
        }
        if (word.equals("half") && (follows(t, i + 1, "a") || follows(t, i + 1, "an")) && i + 2 < t.size()) {
            String scale = t.get(i + 2).lower(); // "half a million", "half a dozen"
            double of = scale.equals("dozen") ? 12 : SCALES.getOrDefault(scale, 0.0);
            if (of > 0) {
                return Optional.of(new Amount(i, i + 3, of / 2, of / 2, true, null));
            }
        }
        return words(t, i);
    }

    /** "twenty-five", "three hundred", "two million". */
    private static Optional<Amount> words(List<Token> t, int i) {
        String word = t.get(i).lower();
        double value;
        int next = i + 1;
        if (SMALL.containsKey(word)) {
            value = SMALL.get(word);
        } else if (TENS.containsKey(word)) {
            value = TENS.get(word);
            if (next + 1 < t.size() && t.get(next).text().equals("-") && SMALL.containsKey(t.get(next + 1).lower())) {
                value += SMALL.get(t.get(next + 1).lower());
                next += 2;
            } else if (next < t.size() && unit(t.get(next).lower()) && !follows(t, next + 1, "-")) {
                // "twenty five", as speech is written down ("twenty one-year-olds" are twenty)
                value += SMALL.get(t.get(next).lower());
                next++;
            } else if (word.contains("-")) {
                return Optional.empty();
            }
        } else if (word.indexOf('-') > 0 && HYPHENATED_TENS.matcher(word).matches()) {
            String[] parts = word.split("-");
            if (!SMALL.containsKey(parts[1])) {
                return Optional.empty();
            }
            value = TENS.get(parts[0]) + SMALL.get(parts[1]);
        } else {
            return Optional.empty();
        }
        return Optional.of(scaled(t, next, new Amount(i, next, value, value, true, null)));
    }

    /**
     * Applies a scale word or abbreviation following the number: "7 million", "9 bn" (the tokenizer cuts "£9bn" so),
     * and after a currency sign "5 k" ("$5k").
     */
    private static Amount scaled(List<Token> t, int next, Amount amount) {
        Double scale = next < t.size() ? scaleOf(t.get(next).lower(), t, amount.from()) : null;
        if (scale != null) {
            return new Amount(amount.from(), next + 1, amount.low() * scale, amount.high() * scale,
                    amount.exact(), null);
        }
        return amount;
    }

    /** "one" to "nine": a word that may follow a ten ("twenty five"). */
    private static boolean unit(String word) {
        Integer n = SMALL.get(word);
        return n != null && n >= 1 && n <= 9;
    }

    /**
     * The scale a word gives the number starting at token {@code from} ("million", "bn"; after a currency sign also "m",
     * "k", "b"), or null.
     */
    private static Double scaleOf(String word, List<Token> t, int from) {
        Double scale = SCALES.getOrDefault(word, SCALE_ABBREVIATIONS.get(word));
        if (scale == null && from > 0 && Words.currencyPrefix(t.get(from - 1).text())) {
            scale = MONEY_SCALE_ABBREVIATIONS.get(word);
        }
        return scale;
    }

    private static boolean follows(List<Token> t, int i, String word) {
        return i < t.size() && t.get(i).lower().equals(word);
    }

    /** Digits with their separators and nothing else: "1,500", "6.90"; not "8.2m" or "1st". */
    static boolean isPlainDigits(String word) {
        return DIGITS.matcher(word).matches();
    }

    /**
     * Widens an exactly written measurement by its rounding: "620 miles" may be anything that rounds to
     * 620 (615-625), capped at 5% so that "1,000" stays near a thousand. The digits as written set the
     * precision, and a scale word scales it: "140 million" is 135-145 million.
     */
    static double[] rounding(double value, String written) {
        Matcher number = LEADING_NUMBER.matcher(written.replace(",", ""));
        if (!number.lookingAt()) {
            return new double[] {value - 0.5, value + 0.5}; // a number word is as precise as a whole number
        }
        String digits = number.group();
        double asWritten = Double.parseDouble(digits);
        double scale = asWritten == 0 ? 1 : value / asWritten;
        double half;
        if (digits.contains(".")) {
            int decimals = digits.length() - digits.indexOf('.') - 1;
            half = 0.5 * Math.pow(10, -decimals);
        } else {
            int zeros = 0;
            for (int k = digits.length() - 1; k > 0 && digits.charAt(k) == '0'; k--) {
                zeros++;
            }
            half = Math.min(0.5 * Math.pow(10, zeros), Math.abs(asWritten) * 0.05);
        }
        return new double[] {value - half * scale, value + half * scale};
    }
}
