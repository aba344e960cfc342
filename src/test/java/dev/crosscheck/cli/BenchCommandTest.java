package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The benchmark interleaves its rounds and compares each round's pipeline with the bare pass of that round: on a
 * shared machine whose speed drifts, a best measured minutes apart from another compares two moments.
 */
class BenchCommandTest {

    private static final Pattern PAIRED = Pattern.compile(
            "round by round against the bare pass of the same round: ([0-9., ]+) x, median ([0-9.]+) x");

    @Test
    void eachRoundsRatioIsPrintedWithTheirMedian() {
        CliRunner.Run run = CliRunner.run("bench", "--feed", "fixtures/aurus", "--threads", "1", "--warmup", "0",
                "--rounds", "3");
        assertEquals(0, run.code(), run.err());
        Matcher paired = PAIRED.matcher(run.out());
        assertTrue(paired.find(), run.out());
        List<Double> ratios = Arrays.stream(paired.group(1).split(",\\s*")).map(Double::parseDouble).sorted().toList();
        assertEquals(3, ratios.size(), "one ratio a round: " + paired.group());
        assertEquals(ratios.get(1), Double.parseDouble(paired.group(2)), 1e-9, "the middle one: " + paired.group());
        assertTrue(run.out().contains("of which embedding claim frames (meaning)"), run.out());
    }
}
