package dev.crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
