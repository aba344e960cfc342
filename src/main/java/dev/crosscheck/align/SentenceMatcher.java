package dev.crosscheck.align;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.extract.Extracted;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pairs the sentences of two articles that tell the same thing: each is the other's most similar
 * sentence (Dice overlap of their content words) and the overlap is high. Mutual best matches keep a
 * sentence from being paired with a merely similar one.
 */
final class SentenceMatcher {

    static final double MIN_SIMILARITY = 0.6;
    static final int MIN_CONTENT_WORDS = 5;
    private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV");

    private SentenceMatcher() {
    }

    /** The content words of each sentence of an article: worked out once per article, used for every pair. */
    static List<Set<String>> contentWords(Extracted article) {
        return article.document().sentences().stream().map(SentenceMatcher::contentWords).toList();
    }

    static List<AlignedPair> match(Extracted left, List<Set<String>> aWords, Extracted right, List<Set<String>> bWords) {
        List<Sentence> as = left.document().sentences();
        List<Sentence> bs = right.document().sentences();
        double[][] sim = new double[as.size()][bs.size()];
        for (int i = 0; i < as.size(); i++) {
            for (int j = 0; j < bs.size(); j++) {
                int a = aWords.get(i).size();
                int b = bWords.get(j).size();
                // Dice cannot reach the threshold when one set is much smaller than the other: skip counting.
                if (2.0 * Math.min(a, b) / (a + b) >= MIN_SIMILARITY) {
                    sim[i][j] = dice(aWords.get(i), bWords.get(j));
                }
            }
        }
        List<AlignedPair> pairs = new ArrayList<>();
        for (int i = 0; i < as.size(); i++) {
            int best = bestIn(sim[i]);
            if (best < 0 || sim[i][best] < MIN_SIMILARITY || aWords.get(i).size() < MIN_CONTENT_WORDS
                    || bWords.get(best).size() < MIN_CONTENT_WORDS) {
                continue;
            }
            if (bestInColumn(sim, best) == i) {
                pairs.add(new AlignedPair(left, as.get(i), right, bs.get(best), sim[i][best]));
            }
        }
        return pairs;
    }

    private static int bestIn(double[] row) {
        int best = -1;
        for (int j = 0; j < row.length; j++) {
            if (best < 0 || row[j] > row[best]) {
                best = j;
            }
        }
        return best;
    }

    private static int bestInColumn(double[][] sim, int j) {
        int best = -1;
        for (int i = 0; i < sim.length; i++) {
            if (best < 0 || sim[i][j] > sim[best][j]) {
                best = i;
            }
        }
        return best;
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

    private static double dice(Set<String> a, Set<String> b) {
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
