package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A mistyped command line gets one line saying what is wrong and what was meant, never a Java message. */
class UsageErrorsTest {

    @Test
    void aMistypedCommandIsNamedWithTheCommandItWasCloseTo() {
        CliRunner.Run run = CliRunner.run("chek", "fixtures/aurus");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("crosscheck: unknown command 'chek'\nDid you mean: check?\n"), run.err());
        assertTrue(run.err().contains("See 'crosscheck --help'"), run.err());
        assertFalse(run.err().contains("Usage:"), "one line, not the whole usage:\n" + run.err());
        assertTrue(CliRunner.run("rules", "tets").err().contains("Did you mean: test?"));
    }

    @Test
    void aMistypedOptionIsNamedWithTheOptionItWasCloseTo() {
        CliRunner.Run run = CliRunner.run("check", "fixtures/aurus", "--jsn", "out.json");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("crosscheck: unknown option '--jsn'\nDid you mean: --json?\n"), run.err());
        assertFalse(run.err().contains("Usage:"), run.err());
        assertTrue(CliRunner.run("serve", "--prot", "9000").err().contains("Did you mean: --port?"),
                "two letters swapped is one slip");
        CliRunner.Run far = CliRunner.run("xyzzy");
        assertFalse(far.err().contains("Did you mean"), "nothing is suggested for a word close to nothing: " + far.err());
    }

    @Test
    void aDateThatIsNotOneSaysWhyInWords() {
        for (String[] bad : new String[][] {{"2024-13-01", "there is no month 13"},
                {"2024-02-30", "2024-02 has 29 days"}, {"yesterday", "is not a date written as YYYY-MM-DD"}}) {
            CliRunner.Run run = CliRunner.run("nightly", "--feed", "nowhere.jsonl", "--date", bad[0]);
            assertEquals(2, run.code());
            assertTrue(run.err().contains(bad[1]), run.err());
            assertFalse(run.err().contains("java."), "no Java class names: " + run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }
}
