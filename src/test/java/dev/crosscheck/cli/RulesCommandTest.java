package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rules check` and `rules test` as a rule author meets them: problems as file:line, pass/fail with a diff. */
class RulesCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theProjectRulesCheckCleanly() {
        CliRunner.Run run = CliRunner.run("rules", "check", "rules");
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().matches("(?s).*rules: \\d+ rules, \\d+ test cases, 0 errors, 0 warnings.*"), run.out());
    }

    @Test
    void aSyntaxErrorNamesItsFileAndLine() throws IOException {
        Path rules = copyRules();
        Path drl = rules.resolve("dates.drl");
        Files.writeString(drl, Files.readString(drl).replace("\nwhen\n", "\nwhne\n"));
        CliRunner.Run run = CliRunner.run("rules", "check", rules.toString());
        assertEquals(2, run.code());
        assertTrue(run.out().contains(drl + ":"), run.out());
    }

    @Test
    void anUnknownFactFieldNamesItsFileAndLine() throws IOException {
        Path rules = copyRules();
        Path drl = rules.resolve("quantities.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("kind == \"QUANTITY\"", "knid == \"QUANTITY\""));
        CliRunner.Run run = CliRunner.run("rules", "check", rules.toString());
        assertEquals(2, run.code());
        assertTrue(run.out().matches("(?s).*quantities\\.drl:\\d+: .*knid.*"), run.out());
    }

    @Test
    void aPhraseTheVocabularyDoesNotKnowNamesItsLine() throws IOException {
        Path rules = copyRules();
        Path dslr = rules.resolve("counts.dslr");
        Files.writeString(dslr, Files.readString(dslr).replaceFirst("- about the same time", "- around the same hour"));
        CliRunner.Run run = CliRunner.run("rules", "check", rules.toString());
        assertEquals(2, run.code());
        assertTrue(run.out().matches("(?s).*counts\\.dslr:\\d+: .*around the same hour.*"), run.out());
    }

    @Test
    void aKnowledgeFileThatDoesNotParseNamesItsLine() throws IOException {
        Path rules = copyRules();
        Files.writeString(rules.resolve("knowledge/hedges.txt"), "[probable]\npresumably\n[sure]\ncertainly\n");
        CliRunner.Run run = CliRunner.run("rules", "check", rules.toString());
        assertEquals(2, run.code());
        assertTrue(run.out().contains("hedges.txt:4: unknown section [sure]"), run.out());
    }

    @Test
    void missingMetadataAndUntestedRulesAreListed() throws IOException {
        Path rules = copyRules();
        Files.writeString(rules.resolve("extra.drl"), """
                package rules.extra;
                import dev.crosscheck.facts.Assertion;
                import function dev.crosscheck.facts.Flags.raise;

                rule "A rule nobody tests"
                    @severity("SOMETIMES")
                    @explanation("{a.colour}")
                    @headline("{topic}: {a.shade}")
                when
                    $a : Assertion( attribute == "colour" )
                then
                    raise(kcontext, $a);
                end
                """);
        CliRunner.Run run = CliRunner.run("rules", "check", rules.toString());
        assertEquals(2, run.code());
        Path extra = rules.resolve("extra.drl");
        assertTrue(run.out().contains(extra + ":5: rule \"A rule nobody tests\" has no @category"), run.out());
        assertTrue(run.out().contains(extra + ":5: rule \"A rule nobody tests\": @severity is HIGH, MEDIUM or LOW"), run.out());
        assertTrue(run.out().contains("@explanation uses {a.colour}"), run.out());
        assertTrue(run.out().contains("@headline uses {a.shade}"), run.out());
        assertFalse(run.out().contains("{topic}"), "a headline may name the topic: " + run.out());
        assertTrue(run.out().contains(extra + ":5: warning: rule \"A rule nobody tests\" is not exercised"), run.out());
    }

    @Test
    void rulesTestPassesOnTheProjectAndFailsWithADiffWhenAnExpectationIsWrong() throws IOException {
        CliRunner.Run pass = CliRunner.run("rules", "test", "rules");
        assertEquals(0, pass.code(), pass.out() + pass.err());
        assertTrue(pass.out().contains("PASS"), pass.out());

        Path rules = copyRules();
        Path yaml = rules.resolve("tests/divergences.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("values: [\"14\", \"41\"]", "values: [\"14\", \"44\"]"));
        CliRunner.Run fail = CliRunner.run("rules", "test", rules.toString());
        assertEquals(1, fail.code(), fail.out());
        assertTrue(fail.out().contains("FAIL  A number changed in a reposted sentence"), fail.out());
        assertTrue(fail.out().contains("expected, not raised: Same sentence, a number changed [14, 44]"), fail.out());
        // the raised flags are listed, whichever rule's flag the others are folded into
        assertTrue(fail.out().matches("(?s).*raised: [^\\n]*Same sentence, a number changed \\[14, 41].*"), fail.out());
    }

    @Test
    void aTestCaseNamingNoRuleIsAnError() throws IOException {
        Path rules = copyRules();
        Files.writeString(rules.resolve("tests/typo.yaml"), """
                - case: A typo in the rule name
                  articles:
                    - outlet: Daily Planet
                      published: 2024-03-14
                      text: The minister resigned on Monday.
                  forbid:
                    - rule: Same sentnce, a number changed
                """);
        CliRunner.Run run = CliRunner.run("rules", "test", rules.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("typo.yaml:1: case 'A typo in the rule name' names rule \"Same sentnce, a number changed\""),
                run.err());
    }

    @Test
    void aSummaryOfNoArticleOfTheCaseNamesItsFileAndLine() throws IOException {
        Path rules = copyRules();
        Files.writeString(rules.resolve("tests/summary.yaml"), """
                - case: A summary of an article the case does not have
                  articles:
                    - outlet: Daily Planet
                      published: 2024-03-14
                      text: The minister resigned on Monday.
                    - outlet: Digest
                      published: 2024-03-14
                      summary_of: 3
                      text: The minister resigned.
                  forbid:
                    - rule: Same sentence, a number changed
                """);
        CliRunner.Run run = CliRunner.run("rules", "test", rules.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("summary.yaml:1: case 'A summary of an article the case does not have': article 2"
                + " has 'summary_of: 3': give the number of another article of the case, from 1 to 2"), run.err());
    }

    private Path copyRules() throws IOException {
        return dev.crosscheck.TestPipeline.copyRules(tmp);
    }
}
