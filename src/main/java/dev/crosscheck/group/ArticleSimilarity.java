package dev.crosscheck.group;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How alike two articles are, from 0 to 1: the TF-IDF cosine of their words, blended with the cosine of
 * their titles, and scaled down the further apart they were published.
 */
final class ArticleSimilarity implements Serializable {

    private static final long serialVersionUID = 1L;

    private final GroupingSettings settings;

    ArticleSimilarity(GroupingSettings settings) {
        this.settings = settings;
    }

    double between(ArticleProfile a, ArticleProfile b) {
        double titleShare = settings.titleShare();
        double text = (1 - titleShare) * a.words().dot(b.words()) + titleShare * a.titleWords().dot(b.titleWords());
        return text * dateFactor(a.published(), b.published()) * nameFactor(a, b);
    }

    /**
     * 1 when the two articles share names (their name vectors' cosine reaches {@code namesShared}), falling to
     * {@code 1 - namePenalty} when they share none: two events of one kind (this month's storm and last month's)
     * are told with the same words and different names. 1 when either names nothing.
     */
    double nameFactor(ArticleProfile a, ArticleProfile b) {
        if (a.names().size() == 0 || b.names().size() == 0) {
            return 1;
        }
        double shared = Math.min(1, a.names().dot(b.names()) / settings.namesShared());
        return 1 - settings.namePenalty() * (1 - shared) * apart(a.published(), b.published());
    }

    /** How far apart two dates are, from 0 (the same day, or unknown) to 1 (the horizon or beyond). */
    private double apart(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return 0;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(a, b));
        return Math.min(1, Math.log1p(days) / Math.log1p(settings.dateHorizonDays()));
    }

    /**
     * 1 for the same day, falling with the logarithm of the days between, to {@code 1 - datePenalty} at the
     * horizon and beyond: the first days apart matter most (a day or a week), later ones less (a month or
     * two), and reports of one event can keep coming for months, so a gap weakens a match but never rules
     * it out. 1 when a date is unknown: no evidence either way.
     */
    double dateFactor(LocalDate a, LocalDate b) {
        return 1 - settings.datePenalty() * apart(a, b);
    }
}
