package dev.crosscheck.group;

import dev.crosscheck.ingest.Article;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How alike two articles are, from 0 to 1: the TF-IDF cosine of their words, blended with the cosine of
 * their titles, and scaled down the further apart they were published.
 */
final class ArticleSimilarity {

    private final GroupingSettings settings;

    ArticleSimilarity(GroupingSettings settings) {
        this.settings = settings;
    }

    /** The symmetric matrix of similarities between every two of the articles (1 on the diagonal). */
    double[][] matrix(List<Article> articles) {
        TermExtractor extractor = new TermExtractor();
        List<ArticleTerms> terms = articles.stream().map(a -> extractor.extract(a, settings.titleWeight())).toList();
        List<SparseVector> words = TfIdf.vectors(terms.stream().map(ArticleTerms::words).toList());
        List<SparseVector> titles = TfIdf.vectors(terms.stream().map(ArticleTerms::titleWords).toList());
        double titleShare = settings.titleShare();
        int n = articles.size();
        double[][] similarity = new double[n][n];
        // Comparing every pair is the costly part: article i's vectors are spread into dense arrays once,
        // so each comparison with a later article is one lookup per word of that article.
        double[] wordsOfI = new double[SparseVector.dimension(words)];
        double[] titleOfI = new double[SparseVector.dimension(titles)];
        for (int i = 0; i < n; i++) {
            similarity[i][i] = 1;
            words.get(i).spread(wordsOfI);
            titles.get(i).spread(titleOfI);
            for (int j = i + 1; j < n; j++) {
                double text = (1 - titleShare) * words.get(j).dot(wordsOfI) + titleShare * titles.get(j).dot(titleOfI);
                double s = text * dateFactor(articles.get(i).published(), articles.get(j).published());
                similarity[i][j] = s;
                similarity[j][i] = s;
            }
            words.get(i).clear(wordsOfI);
            titles.get(i).clear(titleOfI);
        }
        return similarity;
    }

    /**
     * 1 for the same day, falling with the logarithm of the days between, to {@code 1 - datePenalty} at the
     * horizon and beyond: the first days apart matter most (a day or a week), later ones less (a month or
     * two), and reports of one event can keep coming for months, so a gap weakens a match but never rules
     * it out. 1 when a date is unknown: no evidence either way.
     */
    double dateFactor(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return 1;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(a, b));
        double reach = Math.min(1, Math.log1p(days) / Math.log1p(settings.dateHorizonDays()));
        return 1 - settings.datePenalty() * reach;
    }
}
