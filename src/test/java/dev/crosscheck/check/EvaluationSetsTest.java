package dev.crosscheck.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.FixtureStory;
import dev.crosscheck.SharedData;
import dev.crosscheck.TestPipeline;
import dev.crosscheck.ingest.Ingested;
import dev.crosscheck.report.Report;
import dev.crosscheck.report.ReportBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real multi-outlet stories of the shared corpus whose answer keys were written by reading every article before
 * the tool ran on them: {@code fixtures/dev} (development: the tool was tuned on these) and
 * {@code fixtures/heldout} (kept apart: read, keyed and never tuned on). Prints recall of the must-finds, the
 * false flags (flags the key lists neither as must-find nor as may-find) and must-not-flag pairs flagged, per
 * event (a flag matches a key's item by its evidence and scope; the keys' categories are their readers' words),
 * event, with every false flag's evidence so it can be judged by reading; writes the same to
 * target/evaluation-report.txt; and holds the development set to its targets.
 */
class EvaluationSetsTest {

    private static final double DEV_RECALL = 0.70;
    private static final double DEV_FALSE_FLAGS_PER_EVENT = 1.0;

    /** What one set scored. */
    record Score(String set, int events, int mustFind, int found, int falseFlags, int mustNotFlagged, String report) {
    }

    @Test
    void developmentAndHeldOutStories() throws IOException {
        SharedData.corpus();
        Score dev = score("dev");
        Score heldOut = score("heldout");
        String report = dev.report() + heldOut.report();
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/evaluation-report.txt"), report);

        assertTrue(dev.events() >= 12, "the development set needs at least 12 events, has " + dev.events());
        assertTrue((double) dev.found() / dev.mustFind() >= DEV_RECALL, String.format(Locale.ROOT,
                "development recall %d/%d below %.0f%%", dev.found(), dev.mustFind(), DEV_RECALL * 100));
        assertTrue((double) (dev.falseFlags() + dev.mustNotFlagged()) / dev.events() <= DEV_FALSE_FLAGS_PER_EVENT,
                "development false flags " + dev.falseFlags() + " and must-not-flags flagged " + dev.mustNotFlagged()
                        + " over " + dev.events() + " events");
    }

    private static Score score(String set) throws IOException {
        List<FixtureStory> stories = FixtureStory.under(TestPipeline.FIXTURES.resolve(set));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nEvaluation set %s (%d events)%n", set,
                stories.size()));
        out.append(String.format(Locale.ROOT, "%-46s %8s %6s %6s %6s%n", "event", "articles", "found", "false",
                "mnf"));
        int mustFind = 0;
        int found = 0;
        int falseFlags = 0;
        int mustNotFlagged = 0;
        StringBuilder details = new StringBuilder();
        for (FixtureStory story : stories) {
            StoryExpectations key = StoryExpectations.read(story.expected());
            Ingested ingested = story.read();
            Report report = ReportBuilder.build(TestPipeline.check(ingested.articles()), ingested.skipped(), "test", 0,
                    Instant.EPOCH);
            int storyFound = 0;
            for (StoryExpectations.Expected want : key.mustFind()) {
                if (report.conflicts().stream().anyMatch(want::matchesEvidence)) {
                    storyFound++;
                } else {
                    details.append("  MISSED   ").append(story.name()).append(": ").append(want.why()).append(' ')
                            .append(want.evidence()).append('\n');
                }
            }
            int storyFalse = 0;
            for (Report.ConflictEntry c : report.conflicts()) {
                boolean listed = Stream.concat(key.mustFind().stream(), key.mayFind().stream()).anyMatch(w -> w.matchesEvidence(c));
                if (!listed) {
                    storyFalse++;
                    details.append("  UNLISTED ").append(story.name()).append(": ").append(describe(c)).append('\n');
                }
            }
            int storyMustNot = 0;
            for (StoryExpectations.Pair pair : key.mustNotFlag()) {
                for (Report.ConflictEntry c : report.conflicts()) {
                    if (pair.flaggedBy(c)) {
                        storyMustNot++;
                        details.append("  MUST-NOT ").append(story.name()).append(": ").append(pair.why())
                                .append(" <- ").append(describe(c)).append('\n');
                    }
                }
            }
            mustFind += key.mustFind().size();
            found += storyFound;
            falseFlags += storyFalse;
            mustNotFlagged += storyMustNot;
            out.append(String.format(Locale.ROOT, "%-46s %8d %6s %6d %6d%n", abbreviate(story.name()),
                    ingested.articles().size(), storyFound + "/" + key.mustFind().size(), storyFalse, storyMustNot));
        }
        out.append(String.format(Locale.ROOT, "%-46s %8s %6s %6d %6d   recall %.0f%%, false flags per event %.2f%n",
                "all", "", found + "/" + mustFind, falseFlags, mustNotFlagged,
                mustFind == 0 ? 100.0 : 100.0 * found / mustFind,
                stories.isEmpty() ? 0 : (double) falseFlags / stories.size()));
        out.append(details);
        return new Score(set, stories.size(), mustFind, found, falseFlags, mustNotFlagged, out.toString());
    }

    private static String abbreviate(String name) {
        return name.length() <= 46 ? name : name.substring(0, 43) + "...";
    }

    private static String describe(Report.ConflictEntry c) {
        StringBuilder s = new StringBuilder(c.rule() + " [" + c.category() + ", " + c.severity() + "]");
        c.evidence().forEach(e -> s.append(" | ").append(e.article()).append(" \"").append(e.quote()).append("\" in \"")
                .append(e.sentence().length() > 160 ? e.sentence().substring(0, 160) + "…" : e.sentence()).append('"'));
        return s.toString();
    }
}
