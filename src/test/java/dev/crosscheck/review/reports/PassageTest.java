package dev.crosscheck.review.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Cutting article text around a quote, for highlighting. */
class PassageTest {

    @Test
    void theQuoteIsCutWhereTheOffsetsSayEvenWhenItOccursEarlierToo() {
        String sentence = "One man said one man was there.";
        Passage p = Passage.inSentence(sentence, "one man", 13);
        assertEquals("One man said ", p.sentenceBefore());
        assertEquals("one man", p.quote());
        assertEquals(" was there.", p.sentenceAfter());
        assertEquals(sentence, p.text());
    }

    @Test
    void aWrongOffsetFallsBackToTheFirstOccurrenceAndAMissingQuoteToNoHighlight() {
        assertEquals("Two ", Passage.inSentence("Two V8 engines.", "V8", 99).sentenceBefore());
        Passage none = Passage.inSentence("Nothing here.", "V12", 3);
        assertFalse(none.hasQuote());
        assertEquals("Nothing here.", none.text());
    }

    @Test
    void inAParagraphTheSentenceAndTheQuoteAreBothMarked() {
        String paragraph = "First. The car has a V8 engine. Last.";
        Passage p = Passage.inParagraph(paragraph, "The car has a V8 engine.", "V8", paragraph.indexOf("V8"));
        assertEquals("First. ", p.before());
        assertEquals("The car has a ", p.sentenceBefore());
        assertEquals("V8", p.quote());
        assertEquals(" engine.", p.sentenceAfter());
        assertEquals(" Last.", p.after());
        assertEquals(paragraph, p.text());
    }

    @Test
    void theSentenceChosenIsTheOneHoldingTheQuote() {
        String s = "It was big.";
        String paragraph = s + " " + s;
        Passage p = Passage.inParagraph(paragraph, s, "big", paragraph.lastIndexOf("big"));
        assertEquals(s + " ", p.before());
        assertEquals("big", p.quote());
    }

    @Test
    void noParagraphMeansNoPassage() {
        assertNull(Passage.inParagraph(null, "s", "q", 0));
    }
}
