package dev.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpellingTest {

    @Test
    void anInitialStandsForItsWord() {
        assertTrue(Spelling.variants("n korea", "north korea"));
        assertTrue(Spelling.variants("george w bush", "george walker bush"));
    }

    @Test
    void initialsAloneOrOfAnotherWordAreNotTheName() {
        assertFalse(Spelling.variants("s korea", "north korea"), "S. is not North");
        assertFalse(Spelling.variants("j k", "john kennedy"), "no word written out in both");
        assertFalse(Spelling.variants("north korea", "south korea"));
    }
}
