package dev.crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.SharedData;
import dev.crosscheck.TestPipeline;
import dev.crosscheck.check.StageTimer;
import dev.crosscheck.check.StoryChecker;
import dev.crosscheck.extract.Extracted;
import dev.crosscheck.group.Story;
import dev.crosscheck.group.StoryGrouper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The matcher finds its candidate pairs through the rarest words of each sentence instead of comparing every
 * pair: over every two articles of every story of the labelled corpus, it must pair exactly the sentences
 * that comparing every pair (as it did before) pairs.
 */
class SentenceMatcherTest {

    @Test
    void pairsTheSameSentencesAsComparingEveryPairOverTheCorpus() {
        StoryChecker checker = new StoryChecker(TestPipeline.book(), TestPipeline.models(), new StageTimer());
        int articlePairs = 0;
        int sentencePairs = 0;
        for (Story story : new StoryGrouper().group(SharedData.corpusArticles().articles())) {
            List<Extracted> read = story.articles().stream().map(checker::read).toList();
            List<List<Set<String>>> words = read.stream().map(SentenceMatcher::contentWords).toList();
            for (int i = 0; i < read.size(); i++) {
                for (int j = 0; j < read.size(); j++) {
                    if (i == j) {
                        continue;
                    }
                    for (double threshold : new double[] {SentenceMatcher.MIN_SIMILARITY, SentenceMatcher.PHRASE_SIMILARITY}) {
                        List<String> expected = describe(everyPair(read.get(i), words.get(i), read.get(j), words.get(j),
                                threshold));
                        assertEquals(expected, describe(SentenceMatcher.match(read.get(i), words.get(i), read.get(j),
                                words.get(j), threshold)), story.id() + ": " + read.get(i).document().article().id()
                                + " / " + read.get(j).document().article().id() + " at " + threshold);
                        sentencePairs += threshold == SentenceMatcher.MIN_SIMILARITY ? expected.size() : 0;
                    }
                    articlePairs++;
                }
            }
        }
        System.out.println("sentence matcher: " + articlePairs + " article pairs, " + sentencePairs
                + " sentence pairs, the same as comparing every pair");
        assertTrue(sentencePairs > 100, "the corpus has wire copy: " + sentencePairs);
    }

    private static List<String> describe(List<AlignedPair> pairs) {
        return pairs.stream().map(p -> p.a().index() + "-" + p.b().index() + "@" + p.similarity()).toList();
    }

    /** The matcher as it was: the full matrix of Dice scores, then mutual best matches above the threshold. */
    private static List<AlignedPair> everyPair(Extracted left, List<Set<String>> aWords, Extracted right,
                                               List<Set<String>> bWords, double threshold) {
        int n = aWords.size();
        int m = bWords.size();
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int a = aWords.get(i).size();
                int b = bWords.get(j).size();
                if (a + b > 0 && 2.0 * Math.min(a, b) / (a + b) >= threshold) {
                    Set<String> x = aWords.get(i);
                    long shared = x.stream().filter(bWords.get(j)::contains).count();
                    sim[i][j] = x.isEmpty() || bWords.get(j).isEmpty() ? 0 : 2.0 * shared / (a + b);
                }
            }
        }
        List<AlignedPair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int best = -1;
            for (int j = 0; j < m; j++) {
                if (best < 0 || sim[i][j] > sim[i][best]) {
                    best = j;
                }
            }
            if (best < 0 || sim[i][best] < threshold || aWords.get(i).size() < SentenceMatcher.MIN_CONTENT_WORDS
                    || bWords.get(best).size() < SentenceMatcher.MIN_CONTENT_WORDS) {
                continue;
            }
            int column = -1;
            for (int k = 0; k < n; k++) {
                if (column < 0 || sim[k][best] > sim[column][best]) {
                    column = k;
                }
            }
            if (column == i) {
                pairs.add(new AlignedPair(left, left.document().sentences().get(i), right,
                        right.document().sentences().get(best), sim[i][best]));
            }
        }
        return pairs;
    }
}
