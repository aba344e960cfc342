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
 * the tool ran on them: {@code fixtures/dev} (development: the tool was tuned on these), {@code fixtures/heldout}
 * (kept apart: read, keyed and never tuned on, though the misses of its report have been read) and
 * {@code fixtures/fresh} (keyed later by readers who never saw the tool's output on them, and scored once the code
 * they measure was written). Prints recall of the must-finds, the
 * false flags (flags the key lists neither as must-find nor as may-find) and must-not-flag pairs flagged, per
 * event (a flag matches a key's item by its evidence and scope; the keys' categories are their readers' words;
 * a flag the key does not list counts as false unless it was judged real by reading, in the key's {@code judged}),
 * event, with every false flag's evidence so it can be judged by reading; writes the same to
 * target/evaluation-report.txt; and holds the development set to its targets.
 */
class EvaluationSetsTest {

    /**
     * What the development set holds today, as a floor that a change may not go below: the target is 70%
     * of the must-finds (15 of 22), which the tool does not reach yet (see the closing note and the report).
     */
    private static final int DEV_FOUND_AT_LEAST = 3;
    private static final double FALSE_FLAGS_PER_EVENT = 1.0;

    /** What one set scored. */
    record Score(String set, int events, int mustFind, int found, int falseFlags, int mustNotFlagged, String report) {
    }

    @Test
    void developmentAndHeldOutStories() throws IOException {
        SharedData.corpus();
        Score dev = score("dev");
        Score heldOut = score("heldout");
        Score fresh = score("fresh");
        String report = dev.report() + heldOut.report() + fresh.report();
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/evaluation-report.txt"), report);

        assertTrue(dev.events() >= 12, "the development set needs at least 12 events, has " + dev.events());
        assertTrue(dev.found() >= DEV_FOUND_AT_LEAST, "development must-finds found " + dev.found() + "/"
                + dev.mustFind() + ", fewer than the " + DEV_FOUND_AT_LEAST + " found before\n" + report);
        for (Score set : List.of(dev, heldOut, fresh)) {
            assertTrue((double) (set.falseFlags() + set.mustNotFlagged()) / set.events() <= FALSE_FLAGS_PER_EVENT,
                    set.set() + ": false flags " + set.falseFlags() + " and must-not-flags flagged "
                            + set.mustNotFlagged() + " over " + set.events() + " events\n" + report);
        }
    }

    private static Score score(String set) throws IOException {
        List<FixtureStory> stories = FixtureStory.under(TestPipeline.FIXTURES.resolve(set));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nEvaluation set %s (%d events)%n", set,
                stories.size()));
        out.append(String.format(Locale.ROOT, "%-46s %8s %6s %6s %6s %6s%n", "event", "articles", "found", "real",
                "false", "mnf"));
        int mustFind = 0;
        int found = 0;
        int falseFlags = 0;
        int mustNotFlagged = 0;
        int realUnlisted = 0;
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
            int storyReal = 0;
            for (Report.ConflictEntry c : report.conflicts()) {
                boolean listed = Stream.concat(key.mustFind().stream(), key.mayFind().stream()).anyMatch(w -> w.matchesEvidence(c));
                if (listed) {
                    continue;
                }
                boolean real = key.judged().stream().anyMatch(j -> j.real() && j.flag().matchesEvidence(c));
                if (real) {
                    storyReal++;
                    details.append("  REAL     ").append(story.name()).append(" (not in the key, judged real by reading): ")
                            .append(describe(c)).append('\n');
                } else {
                    storyFalse++;
                    boolean judgedFalse = key.judged().stream().anyMatch(j -> !j.real() && j.flag().matchesEvidence(c));
                    details.append(judgedFalse ? "  FALSE    " : "  UNLISTED ").append(story.name()).append(": ")
                            .append(describe(c)).append('\n');
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
            realUnlisted += storyReal;
            out.append(String.format(Locale.ROOT, "%-46s %8d %6s %6d %6d %6d%n", abbreviate(story.name()),
                    ingested.articles().size(), storyFound + "/" + key.mustFind().size(), storyReal, storyFalse,
                    storyMustNot));
        }
        out.append(String.format(Locale.ROOT, "%-46s %8s %6s %6d %6d %6d   recall %.0f%%, false flags per event %.2f%n",
                "all", "", found + "/" + mustFind, realUnlisted, falseFlags, mustNotFlagged,
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
