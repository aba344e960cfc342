package dev.crosscheck.align;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.extract.Extracted;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pairs the sentences of two articles that tell the same thing: each is the other's most similar
 * sentence (Dice overlap of their content words) and the overlap is high. Mutual best matches keep a
 * sentence from being paired with a merely similar one.
 */
final class SentenceMatcher {

    static final double MIN_SIMILARITY = 0.6;
    /**
     * Sentences this similar, each the other's best match, may share a phrase rather than the whole sentence: a
     * summary's "to acquire 11 stores for Green Automotive Group" in an article's longer sentence.
     */
    static final double PHRASE_SIMILARITY = 0.4;
    static final int MIN_CONTENT_WORDS = 5;
    private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV");

    private SentenceMatcher() {
    }

    /** The content words of each sentence of an article: worked out once per article, used for every pair. */
    static List<Set<String>> contentWords(Extracted article) {
        return article.document().sentences().stream().map(SentenceMatcher::contentWords).toList();
    }

    static List<AlignedPair> match(Extracted left, List<Set<String>> aWords, Extracted right, List<Set<String>> bWords) {
        return match(left, aWords, right, bWords, MIN_SIMILARITY);
    }

    /** The mutual best matches of two articles' sentences whose similarity reaches {@code threshold}. */
    static List<AlignedPair> match(Extracted left, List<Set<String>> aWords, Extracted right, List<Set<String>> bWords,
                                   double threshold) {
        List<Sentence> as = left.document().sentences();
        List<Sentence> bs = right.document().sentences();
        Candidates found = Candidates.of(aWords, bWords, threshold);
        List<AlignedPair> pairs = new ArrayList<>();
        for (int i = 0; i < as.size(); i++) {
            int best = found.bestInRow(i);
            if (best < 0 || aWords.get(i).size() < MIN_CONTENT_WORDS || bWords.get(best).size() < MIN_CONTENT_WORDS) {
                continue;
            }
            if (found.bestInColumn(best) == i) {
                pairs.add(new AlignedPair(left, as.get(i), right, bs.get(best), found.similarity(i, best)));
            }
        }
        return pairs;
    }

    /**
     * The sentence pairs of two articles whose similarity reaches a threshold, found without
     * comparing every pair: a pair that shares enough words to reach it must share one of the rarest words
     * of the first sentence (all but the overlap it needs, plus one), so only the second article's sentences
     * filed under those words are compared. Pairs below the threshold are left out, which changes nothing:
     * a sentence's best match counts only when it reaches the threshold, and then every rival that could
     * beat or tie it reaches it too.
     */
    private static final class Candidates {

        private final Map<Long, Double> similarity = new HashMap<>();
        private final Map<Integer, Integer> rowBest = new HashMap<>();
        private final Map<Integer, Integer> columnBest = new HashMap<>();

        static Candidates of(List<Set<String>> aWords, List<Set<String>> bWords, double threshold) {
            Map<String, Integer> frequency = new HashMap<>();
            for (List<Set<String>> article : List.of(aWords, bWords)) {
                article.forEach(words -> words.forEach(w -> frequency.merge(w, 1, Integer::sum)));
            }
            Map<String, List<Integer>> filed = new HashMap<>();
            for (int j = 0; j < bWords.size(); j++) {
                for (String w : bWords.get(j)) {
                    filed.computeIfAbsent(w, k -> new ArrayList<>()).add(j);
                }
            }
            Comparator<String> rarestFirst = Comparator.comparing((String w) -> frequency.get(w)).thenComparing(w -> w);
            Candidates found = new Candidates();
            for (int i = 0; i < aWords.size(); i++) {
                Set<String> a = aWords.get(i);
                // Dice >= t needs at least t|a| / (2 - t) shared words; one fewer, for rounding, keeps the prefix safe
                int overlap = Math.max(1, (int) Math.ceil(threshold * a.size() / (2 - threshold)) - 1);
                TreeSet<Integer> compared = new TreeSet<>();
                a.stream().sorted(rarestFirst).limit(Math.max(0, a.size() - overlap + 1))
                        .forEach(w -> compared.addAll(filed.getOrDefault(w, List.of())));
                for (int j : compared) {
                    Set<String> b = bWords.get(j);
                    // Dice cannot reach the threshold when one set is much smaller than the other: skip counting.
                    if (2.0 * Math.min(a.size(), b.size()) / (a.size() + b.size()) >= threshold) {
                        double d = dice(a, b);
                        if (d >= threshold) {
                            found.add(i, j, d);
                        }
                    }
                }
            }
            return found;
        }

        /** Pairs come row by row, columns ascending: a tie keeps the earlier row and column, as a full scan does. */
        private void add(int i, int j, double d) {
            similarity.put(key(i, j), d);
            Integer row = rowBest.get(i);
            if (row == null || d > similarity(i, row)) {
                rowBest.put(i, j);
            }
            Integer column = columnBest.get(j);
            if (column == null || d > similarity(column, j)) {
                columnBest.put(j, i);
            }
        }

        /** Sentence {@code i}'s most similar sentence of the other article, when one reaches the threshold; else -1. */
        int bestInRow(int i) {
            return rowBest.getOrDefault(i, -1);
        }

        int bestInColumn(int j) {
            return columnBest.getOrDefault(j, -1);
        }

        double similarity(int i, int j) {
            return similarity.get(key(i, j));
        }

        private static long key(int i, int j) {
            return (long) i << 32 | j;
        }
    }

    private static Set<String> contentWords(Sentence s) {
        Set<String> words = new HashSet<>();
        for (Token t : s.tokens()) {
            if (CONTENT.contains(t.tag()) || t.tag().equals("X")) {
                words.add(t.text().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** Dice overlap of two sets of words, from 0 (none shared) to 1; 0 when either is empty. */
    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
