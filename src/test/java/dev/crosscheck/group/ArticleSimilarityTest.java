package dev.crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.ingest.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleSimilarityTest {

    private static final LocalDate DAY = LocalDate.of(2020, 5, 1);
    private final ArticleSimilarity similarity = new ArticleSimilarity(GroupingSettings.DEFAULTS);

    @Test
    void theDateFactorFallsWithTheLogarithmOfTheGapAndStopsAtTheHorizon() {
        assertEquals(1, similarity.dateFactor(DAY, DAY), 1e-12);
        double day = similarity.dateFactor(DAY, DAY.plusDays(1));
        double week = similarity.dateFactor(DAY, DAY.plusDays(7));
        double month = similarity.dateFactor(DAY, DAY.plusDays(30));
        double year = similarity.dateFactor(DAY, DAY.plusDays(GroupingSettings.DEFAULTS.dateHorizonDays()));
        assertTrue(1 > day && day > week && week > month && month > year, day + " " + week + " " + month + " " + year);
        assertEquals(1 - GroupingSettings.DEFAULTS.datePenalty(), year, 1e-12);
        assertEquals(year, similarity.dateFactor(DAY, DAY.plusYears(1)), 1e-12, "no further penalty past the horizon");
        assertEquals(week, similarity.dateFactor(DAY.plusDays(7), DAY), 1e-12, "symmetric");
    }

    @Test
    void anUnknownDateIsNoEvidenceEitherWay() {
        assertEquals(1, similarity.dateFactor(DAY, null), 1e-12);
        assertEquals(1, similarity.dateFactor(null, null), 1e-12);
    }

    @Test
    void weeksApartTheSameWordsWithOtherNamesAreAnotherEventButTheSameDayTheyAreNot() {
        String storm = "The storm hit the coast on Monday, flooding streets and cutting power to thousands of homes.";
        Article first = article("a", DAY, "Storm Alma hits Brenton", "Storm Alma reached Brenton on Monday. " + storm);
        Article sameNames = article("b", DAY.plusDays(35), "Storm Alma hits Brenton", "Storm Alma reached Brenton. " + storm);
        Article otherNames = article("c", DAY.plusDays(35), "Storm Corin hits Dunmore", "Storm Corin reached Dunmore. " + storm);
        Article otherNamesSameDay = article("d", DAY, "Storm Corin hits Dunmore", "Storm Corin reached Dunmore. " + storm);
        java.util.List<Article> all = java.util.List.of(first, sameNames, otherNames, otherNamesSameDay);
        GroupingStages stages = new GroupingStages(GroupingSettings.DEFAULTS);
        java.util.List<ArticleTerms> terms = all.stream().map(stages::terms).toList();
        DocumentFrequencies df = DocumentFrequencies.of(terms);
        java.util.List<ArticleProfile> p = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            p.add(stages.profile(i, all.get(i), terms.get(i), df));
        }
        assertEquals(1, similarity.nameFactor(p.get(0), p.get(1)), 1e-9, "the same names: no penalty");
        assertEquals(1, similarity.nameFactor(p.get(0), p.get(3)), 1e-9, "other names on the same day: no penalty");
        assertTrue(similarity.nameFactor(p.get(0), p.get(2)) < 0.5, "other names five weeks apart: "
                + similarity.nameFactor(p.get(0), p.get(2)));
        assertTrue(similarity.between(p.get(0), p.get(2)) < similarity.between(p.get(0), p.get(1)));
    }

    @Test
    void aNameThatManyArticlesUseIsNoEvidenceOfOneEvent() {
        // a company named in every report of its kind of event, and the event's own names
        GroupingSettings settings = new GroupingSettings(0.1, 3, 0.3, 0.5, 60, 12, 2, 0.9, 0.1, 6);
        String body = " The price fell sharply on Monday, and traders sold what they held.";
        Article first = article("a", DAY, "Orvex falls", "Shares of Orvex fell after Alma Brenton left." + body);
        Article later = article("b", DAY.plusDays(35), "Orvex falls", "Shares of Orvex fell after Corin Dunmore left." + body);
        Article other = article("c", DAY.plusDays(70), "Orvex rises", "Shares of Orvex rose after Edda Fenwick came." + body);
        java.util.List<Article> all = java.util.List.of(first, later, other);
        GroupingStages stages = new GroupingStages(settings);
        java.util.List<ArticleTerms> terms = all.stream().map(stages::terms).toList();
        DocumentFrequencies df = DocumentFrequencies.of(terms);
        ArticleProfile a = stages.profile(0, first, terms.get(0), df);
        ArticleProfile b = stages.profile(1, later, terms.get(1), df);
        double factor = new ArticleSimilarity(settings).nameFactor(a, b);
        assertTrue(factor < 0.3, "only 'Orvex' in common, a name three articles use: " + factor);
    }

    @Test
    void overlapIsTheWeightBothVectorsPutOnTheSameTerms() {
        TermVector x = TermVector.unit(java.util.Map.of("alma", 3.0, "brenton", 4.0));
        TermVector y = TermVector.unit(java.util.Map.of("alma", 4.0, "corin", 3.0));
        assertEquals(9 / 25.0, x.overlap(y), 1e-12, "alma: 9/25 of x's weight, 16/25 of y's");
        assertEquals(1, x.overlap(x), 1e-12);
        assertEquals(0, x.overlap(TermVector.unit(java.util.Map.of("dunmore", 1.0))), 1e-12);
    }

    private static Article article(String id, LocalDate published, String title, String body) {
        return new Article(id, id + ".txt", "Wire", null, title, null, published, "en", body, java.util.List.of(), null, null);
    }
}
