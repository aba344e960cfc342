package dev.crosscheck.align;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.extract.Extracted;
import dev.crosscheck.extract.Mention;
import dev.crosscheck.extract.NumberReader;
import dev.crosscheck.facts.Value;
import dev.crosscheck.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a summary adds to the article it summarises ({@code summary_of}). A summary only retells: a name its
 * source never names, or a figure its source never gives in any wording, came from nowhere (a summary that swapped
 * one name or figure for another), and a negation where none of the source's sentences most like the summary's
 * denies anything turned what the source tells into its opposite. Full articles add names and figures all the
 * time, so only an article that says it is a summary is read so.
 */
final class SummaryChecker {

    private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV");
    /** A figure written in digits: a summary counts what its source shows in words ("two friends"), never copies digits wrong. */
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    /** An acronym as written: two or more capitals among at most six letters ("CNN", "YoY", "PhD"), perhaps plural. */
    private static final Pattern ACRONYM = Pattern.compile("(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,6}?s?");

    /** A name, figure or negation of a summary, in one of its sentences, and the source's sentence it retells. */
    record Addition(Extracted summary, Sentence sentence, Mention mention, Extracted source, Sentence retold) {
    }

    /** Words after "not" that make it a degree, a comparison or an addition, not a denial. */
    private static final Set<String> DEGREES = Set.of("too", "as", "only", "just", "so", "quite", "very");
    /** Modal verbs before "not" that make it a guess. */
    private static final Set<String> HEDGES = Set.of("might", "may", "could");

    /** The source's sentences most like a summary's that a negation there is looked for in. */
    static final int RETOLD_SENTENCES = 3;

    private final Set<String> titles;

    /** @param abbreviations written with their full stop ("Mr.", "Dr."): a title is no part of a name to look for */
    SummaryChecker(Set<String> abbreviations) {
        Set<String> keys = new HashSet<>();
        abbreviations.forEach(a -> keys.add(Words.nameKey(a)));
        this.titles = Set.copyOf(keys);
    }

    /** The additions of every summary of the story whose source is in the story too. */
    List<Addition> find(List<Extracted> articles) {
        List<Addition> found = new ArrayList<>();
        for (Extracted summary : articles) {
            String of = summary.document().article().summaryOf();
            articles.stream().filter(a -> a != summary && a.document().article().id().equals(of)).findFirst()
                    .ifPresent(source -> found.addAll(additions(summary, source)));
        }
        return found;
    }

    private List<Addition> additions(Extracted summary, Extracted source) {
        Source words = Source.of(source);
        List<Addition> found = new ArrayList<>();
        for (Sentence s : summary.document().sentences()) {
            for (Mention m : summary.mentions().get(s.index())) {
                List<Sentence> retold = retold(s, source);
                boolean added = !retold.isEmpty() && switch (m.kind()) {
                    case NAME -> !named(m, s, words);
                    case NUMBER -> !itemNumber(s, m) && !given(m, words);
                    case NEGATION -> denial(s, m) && retold.stream().noneMatch(r -> negated(source, r));
                    default -> false;
                };
                if (added) {
                    found.add(new Addition(summary, s, m, source, retold.get(0)));
                }
            }
        }
        return found;
    }

    /** True for the number of an item in a list, before its ")" at the start of a sentence: "9) The group weighs". */
    private static boolean itemNumber(Sentence s, Mention m) {
        return m.from() == 0 && m.to() < s.tokens().size() && s.tokens().get(m.to()).text().equals(")");
    }

    /**
     * True when the source names it: by the same key (a known name's aliases share it), or by the acronym of its
     * words ("LA" for "Los Angeles"), or each of its words but a title, in the singular or plural, or as an acronym
     * whose letters begin the source's words in a row ("CNN", "convolutional neural network").
     */
    private boolean named(Mention name, Sentence s, Source source) {
        List<Token> tokens = s.tokens().subList(name.from(), name.to());
        StringBuilder acronym = new StringBuilder();
        tokens.forEach(t -> acronym.append(t.text().charAt(0)));
        if (source.names().contains(name.value().key())
                || tokens.size() > 1 && source.capitals().contains(acronym.toString())) {
            return true;
        }
        for (Token t : tokens) {
            for (String part : t.text().split("[^\\p{L}\\p{N}]+")) {
                String word = Words.nameKey(part);
                boolean known = word.length() < 2 || titles.contains(word) || word.chars().noneMatch(Character::isLetter)
                        || source.words().contains(word) || source.words().contains(word.replaceAll("e?s$", ""))
                        || source.words().contains(word + "s")
                        || ACRONYM.matcher(part).matches() && source.initials().contains(
                        part.replaceAll("s$", "").toLowerCase(Locale.ROOT));
                if (!known) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when the source gives it: a figure that agrees with it in any wording, or the same number in another
     * unit ("4Q" / "the fourth quarter"), or its digits as written. Only figures in digits are looked for.
     */
    private static boolean given(Mention figure, Source source) {
        Matcher digits = DIGITS.matcher(figure.value().text());
        if (!digits.find()) {
            return true;
        }
        do {
            if (source.words().contains(digits.group().replace(",", ""))) {
                return true;
            }
        } while (digits.find());
        Value v = figure.value();
        return source.figures().stream().anyMatch(f -> f.agreesWith(v) || f.low() == v.low() && f.high() == v.high());
    }

    /**
     * True when the negation denies a statement: not "a no-fee tool" (a negated modifier), "not too expensive",
     * "not as competitive", "not only ... but" (a degree, a comparison, an addition), or a hedged "might not be" (the
     * summary's own guess, not a claim).
     */
    private static boolean denial(Sentence s, Mention negation) {
        List<Token> t = s.tokens();
        String next = negation.to() < t.size() ? t.get(negation.to()).lower() : "";
        String before = negation.from() > 0 ? t.get(negation.from() - 1).lower() : "";
        return !next.startsWith("-") && !DEGREES.contains(next) && !HEDGES.contains(before);
    }

    private static boolean negated(Extracted article, Sentence s) {
        return article.mentions().get(s.index()).stream().anyMatch(m -> m.kind() == Mention.Kind.NEGATION);
    }

    /**
     * The source's {@value #RETOLD_SENTENCES} sentences that share the most content words with the summary's, most
     * first; none when no sentence shares one.
     */
    private static List<Sentence> retold(Sentence s, Extracted source) {
        Set<String> words = stems(s);
        Map<Sentence, Double> shared = new HashMap<>();
        for (Sentence candidate : source.document().sentences()) {
            double n = SentenceMatcher.dice(words, stems(candidate));
            if (n > 0) {
                shared.put(candidate, n);
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<Sentence, Double>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().index()))
                .limit(RETOLD_SENTENCES).map(Map.Entry::getKey).toList();
    }

    private static Set<String> stems(Sentence s) {
        Set<String> words = new HashSet<>();
        for (Token t : s.tokens()) {
            if (CONTENT.contains(t.tag())) {
                words.add(t.stem().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /**
     * What a source gives, read once: its name keys, its words (lower case, figures without their commas, ordinals
     * also as figures), the
     * words it writes in capitals ("LA"), the initials of its words in a row (lower case, a space between sentences)
     * and its figures.
     */
    private record Source(Set<String> names, Set<String> words, Set<String> capitals, String initials,
                          List<Value> figures) {

        static Source of(Extracted source) {
            Set<String> names = new HashSet<>();
            List<Value> figures = new ArrayList<>();
            source.mentions().stream().flatMap(List::stream).forEach(m -> {
                if (m.kind() == Mention.Kind.NAME) {
                    names.add(m.value().key());
                } else if (m.kind() == Mention.Kind.NUMBER) {
                    figures.add(m.value());
                }
            });
            Set<String> words = new HashSet<>();
            Set<String> capitals = new HashSet<>();
            StringBuilder initials = new StringBuilder();
            for (Sentence s : source.document().sentences()) {
                for (Token t : s.tokens()) {
                    String letters = t.text().replaceAll("[^\\p{L}]", "");
                    if (letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
                        capitals.add(letters);
                    }
                    // "the fourth quarter" gives the 4 of "4Q"
                    NumberReader.ordinal(t.lower()).ifPresent(n -> words.add(String.valueOf(n)));
                    if (DIGITS.matcher(t.text()).matches()) {
                        words.add(t.text().replace(",", ""));
                    }
                    for (String part : Words.nameKey(t.text()).split(" ")) {
                        if (!part.isEmpty()) {
                            words.add(part);
                            initials.append(part.charAt(0));
                        }
                    }
                }
                initials.append(' ');
            }
            return new Source(names, words, capitals, initials.toString(), figures);
        }
    }
}
