package dev.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosscheck.TestPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Captions scraped with their photos start with the picture's credit; left in, the credit becomes part of the
 * sentence an editor reads as evidence ("Getty Images Rescuers search ..."). Credits are knowledge
 * (boilerplate.txt, [credit]), taken off a caption, and a line that is only a credit goes.
 */
class PictureCreditsTest {

    @Test
    void aCreditIsTakenOffTheCaptionItStartsAndALoneCreditLineGoes() {
        String body = Body.build(List.of(
                "The ferry sank off the northern coast on Sunday.",
                "Getty Images Rescuers search the water near the harbour after the ferry sank",
                "AP:Associated Press 31 people were still missing on Monday",
                "Fame Flynet “We saw it go down,” said a fisherman",
                "Reuters",
                "Divers reached the wreck on Monday."), TestPipeline.knowledge().boilerplate());
        assertEquals("The ferry sank off the northern coast on Sunday.\n\n"
                + "Rescuers search the water near the harbour after the ferry sank\n\n"
                + "31 people were still missing on Monday\n\n"
                + "“We saw it go down,” said a fisherman\n\n"
                + "Divers reached the wreck on Monday.", body);
    }

    @Test
    void anAgencyThatIsPartOfTheSentenceStays() {
        String body = Body.build(List.of("Reuters said on Monday that 31 people were missing.",
                "Reuters reporters reached the harbour at noon."), TestPipeline.knowledge().boilerplate());
        assertEquals("Reuters said on Monday that 31 people were missing.\n\n"
                + "Reuters reporters reached the harbour at noon.", body);
    }
}
