package dev.crosscheck.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.crosscheck.FixtureStory;
import dev.crosscheck.TestPipeline;
import dev.crosscheck.ingest.Ingested;
import dev.crosscheck.report.Report;
import dev.crosscheck.report.ReportBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every story under fixtures/ (the corpus stories read their texts from ../shared) and holds it to its expected.json: every must-find flag is raised,
 * no must-not-flag pair is flagged, and nothing else is flagged at all. A must-find the tool cannot
 * reach yet may be listed under {@code knownMisses} with the reason; once it is found, the test asks for
 * it to be taken off that list.
 */
class FixtureStoriesTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureStory() {
        List<FixtureStory> stories = FixtureStory.all();
        assertFalse(stories.isEmpty(), "no fixture stories found under fixtures/");
        return stories.stream().map(story -> DynamicTest.dynamicTest(story.name(), () -> check(story)));
    }

    private static void check(FixtureStory story) throws IOException {
        Path dir = story.dir();
        StoryExpectations expected = StoryExpectations.read(story.expected());
        Ingested ingested = story.read();
        assertTrue(ingested.skipped().isEmpty(), "fixture articles skipped: " + ingested.skipped());
        assertFalse(ingested.articles().isEmpty(), dir + ": no articles");
        Report report = ReportBuilder.build(TestPipeline.check(ingested.articles()), ingested.skipped(), "test", 0,
                Instant.EPOCH);
        List<String> failures = new ArrayList<>();
        for (StoryExpectations.Expected want : expected.mustFind()) {
            boolean found = report.conflicts().stream().anyMatch(want::matches);
            if (!found && !expected.knownMiss(want)) {
                failures.add("MISSED: " + want.why() + " " + want.evidence());
            } else if (found && expected.knownMiss(want)) {
                failures.add("FOUND A KNOWN MISS (take it off knownMisses): " + want.evidence());
            }
        }
        for (StoryExpectations.Pair pair : expected.mustNotFlag()) {
            report.conflicts().stream().filter(pair::flaggedBy).forEach(c ->
                    failures.add("FALSE FLAG (must not flag " + pair.a() + " / " + pair.b() + "): " + describe(c)));
        }
        for (Report.ConflictEntry c : report.conflicts()) {
            boolean expectedFlag = Stream.concat(expected.mustFind().stream(), expected.mayFind().stream())
                    .anyMatch(w -> w.matches(c));
            if (!expectedFlag) {
                failures.add("UNEXPECTED FLAG: " + describe(c));
            }
        }
        long found = expected.mustFind().stream().filter(w -> report.conflicts().stream().anyMatch(w::matches)).count();
        System.out.printf("fixture %-24s must-find %d/%d found, %d known misses, %d flags raised, %d failures%n",
                dir.getFileName(), found, expected.mustFind().size(), expected.knownMisses().size(),
                report.conflicts().size(), failures.size());
        if (!failures.isEmpty()) {
            fail(dir + ":\n  " + String.join("\n  ", failures));
        }
    }

    private static String describe(Report.ConflictEntry c) {
        StringBuilder s = new StringBuilder(c.rule() + " [" + c.severity() + "]");
        c.evidence().forEach(e -> s.append(" | ").append(e.article()).append(" \"").append(e.quote()).append("\""));
        return s.toString();
    }
}
