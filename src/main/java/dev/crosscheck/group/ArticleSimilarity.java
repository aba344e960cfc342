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
    private final double logHorizon;

    ArticleSimilarity(GroupingSettings settings) {
        this.settings = settings;
        this.logHorizon = Math.log1p(settings.dateHorizonDays());
    }

    double between(ArticleProfile a, ArticleProfile b) {
        double titleShare = settings.titleShare();
        double text = (1 - titleShare) * a.words().dot(b.words()) + titleShare * a.titleWords().dot(b.titleWords());
        double apart = apart(a.published(), b.published());
        return text * (1 - settings.datePenalty() * apart) * nameFactor(a, b, apart);
    }

    /**
     * 1 when the two articles share names (the {@link TermVector#overlap} of their name vectors reaches
     * {@code namesShared}), falling to {@code 1 - namePenalty} when they share none or only a trace (below half
     * of {@code namesShared}: a first name or a reworded heading that two events happen to have in common): two
     * events of one kind (this month's storm and last month's) are told with the same words and different names.
     * Overlap and a floor rather than a cosine ramp: measured on generated feeds, two events of one kind often
     * share a trace of names that a cosine ramp counted as half shared. Only names few articles use count (a company or a country named in many
     * reports of many events is no evidence of one event). 1 when either names nothing at all.
     */
    double nameFactor(ArticleProfile a, ArticleProfile b) {
        return nameFactor(a, b, apart(a.published(), b.published()));
    }

    private double nameFactor(ArticleProfile a, ArticleProfile b, double apart) {
        if (!a.named() || !b.named()) {
            return 1;
        }
        double full = settings.namesShared();
        double shared = Math.max(0, Math.min(1, (a.names().overlap(b.names()) - full / 2) / (full / 2)));
        return 1 - settings.namePenalty() * (1 - shared) * apart;
    }

    /** How far apart two dates are, from 0 (the same day, or unknown) to 1 (the horizon or beyond). */
    private double apart(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return 0;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(a, b));
        return Math.min(1, Math.log1p(days) / logHorizon);
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
