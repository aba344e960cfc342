package dev.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosscheck.TestPipeline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence splitting: the model's splits, less the ones no sentence makes. */
class AnnotatorTest {

    private static List<String> sentences(String text) {
        Annotator annotator = new Annotator(TestPipeline.models(), TestPipeline.knowledge().abbreviations());
        return annotator.annotate(TestPipeline.article("t", "Test", LocalDate.of(2024, 6, 20), text)).sentences()
                .stream().map(Sentence::text).toList();
    }

    @Test
    void aDecimalFigureStaysWithTheRestOfItsSentence() {
        // the model ends a sentence after "145.5"; a sentence that goes on in lower case never ended there
        assertEquals(List.of("The number of affected consumers rose to 145.5 million after the review."),
                sentences("The number of affected consumers rose to 145.5 million after the review."));
    }

    @Test
    void sentencesThatEndStayApart() {
        assertEquals(List.of("The toll rose to 12.", "Officials said more were missing."),
                sentences("The toll rose to 12. Officials said more were missing."));
    }
}
