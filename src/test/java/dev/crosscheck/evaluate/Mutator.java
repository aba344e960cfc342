package dev.crosscheck.evaluate;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.extract.Extracted;
import dev.crosscheck.extract.Mention;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds places to edit in an article and makes one clear change at each: a number scaled well beyond any
 * rounding, a weekday, month or year moved, a name swapped for one from outside the story, a negation
 * added or removed. Sites are taken in text order, at most {@code perKind} of each kind per article,
 * from sentences long enough to be recognised as the same sentence.
 */
final class Mutator {

    private static final int MIN_TOKENS = 8;
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", "four"), Map.entry("two", "seven"), Map.entry("three", "nine"),
            Map.entry("four", "eleven"), Map.entry("five", "twelve"), Map.entry("six", "fifteen"),
            Map.entry("seven", "two"), Map.entry("eight", "three"), Map.entry("nine", "two"),
            Map.entry("ten", "three"), Map.entry("twelve", "five"), Map.entry("dozen", "hundred"));
    private static final List<String> NAMES = List.of("Harald Lindqvist", "Okonkwo Adebayo", "Marisol Quintero",
            "Tatsuya Morikawa", "Ingrid Solberg");
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "has", "have", "had", "will",
            "would", "can", "could", "did", "does", "should");

    private final int perKind;

    Mutator(int perKind) {
        this.perKind = perKind;
    }

    List<Mutation> mutations(Extracted article) {
        List<Mutation> all = new ArrayList<>();
        all.addAll(numbers(article));
        all.addAll(dates(article));
        all.addAll(names(article));
        all.addAll(negations(article));
        return all;
    }

    private List<Mutation> numbers(Extracted e) {
        return tokenEdits(e, Mention.Kind.NUMBER, Mutation.Kind.NUMBER, Mutator::changedNumber);
    }

    /** Edits one token inside each mention of {@code kind}, where {@code change} has a replacement for it. */
    private List<Mutation> tokenEdits(Extracted e, Mention.Kind kind, Mutation.Kind as,
                                      java.util.function.Function<String, String> change) {
        List<Mutation> found = new ArrayList<>();
        for (Sentence s : sentences(e)) {
            for (Mention m : e.mentions().get(s.index())) {
                if (m.kind() != kind || found.size() >= perKind) {
                    continue;
                }
                for (int i = m.from(); i < m.to(); i++) {
                    Token t = s.tokens().get(i);
                    String replacement = change.apply(t.text());
                    if (replacement != null) {
                        found.add(new Mutation(as, s.index(), t.start(), t.end(), t.text(), replacement));
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** A number far from the original: digits times three plus seven, or another number word. */
    static String changedNumber(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (NUMBER_WORDS.containsKey(lower)) {
            String word = NUMBER_WORDS.get(lower);
            return Character.isUpperCase(text.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
        }
        if (!text.matches("\\d{1,3}(,\\d{3})*|\\d+")) {
            return null;
        }
        long value = Long.parseLong(text.replace(",", ""));
        if (value >= 1900 && value <= 2100) {
            return null; // a year is a date
        }
        long changed = value * 3 + 7;
        return text.contains(",") ? String.format(Locale.ROOT, "%,d", changed) : Long.toString(changed);
    }

    private List<Mutation> dates(Extracted e) {
        return tokenEdits(e, Mention.Kind.TIME, Mutation.Kind.DATE, Mutator::changedDate);
    }

    /** Another weekday three days off, a month five months off, or a year three years earlier. */
    static String changedDate(String text) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(text)) {
                return day.minus(3).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            }
        }
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(text)) {
                return month.minus(5).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            }
        }
        if (text.matches("(19|20)\\d\\d")) {
            return Integer.toString(Integer.parseInt(text) - 3);
        }
        return null;
    }

    private List<Mutation> names(Extracted e) {
        List<Mutation> found = new ArrayList<>();
        for (Sentence s : sentences(e)) {
            for (Mention m : e.mentions().get(s.index())) {
                if (m.kind() != Mention.Kind.NAME || found.size() >= perKind) {
                    continue;
                }
                int start = s.tokens().get(m.from()).start();
                int end = s.tokens().get(m.to() - 1).end();
                String original = e.document().article().body().substring(start, end);
                if (original.endsWith("'s") || original.endsWith("’s")) {
                    end -= 2;
                    original = original.substring(0, original.length() - 2);
                }
                found.add(new Mutation(Mutation.Kind.NAME, s.index(), start, end, original,
                        NAMES.get(found.size() % NAMES.size())));
            }
        }
        return found;
    }

    private List<Mutation> negations(Extracted e) {
        List<Mutation> found = new ArrayList<>();
        for (Sentence s : sentences(e)) {
            if (found.size() >= perKind) {
                break;
            }
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size() - 1; i++) {
                Token token = t.get(i);
                if (token.lower().equals("not") && i > 0) {
                    found.add(new Mutation(Mutation.Kind.NEGATION, s.index(), t.get(i - 1).end(), token.end(),
                            " not", ""));
                    break;
                }
                String next = t.get(i + 1).lower();
                if (AUXILIARIES.contains(token.lower()) && !next.equals("not") && !next.endsWith("n't")
                        && !next.equals("no") && !next.equals("never")) {
                    found.add(new Mutation(Mutation.Kind.NEGATION, s.index(), token.end(), token.end(), "", " not"));
                    break;
                }
            }
        }
        return found;
    }

    private static List<Sentence> sentences(Extracted e) {
        return e.document().sentences().stream().filter(s -> s.tokens().size() >= MIN_TOKENS).toList();
    }
}
