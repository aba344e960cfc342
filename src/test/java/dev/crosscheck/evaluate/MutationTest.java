package dev.crosscheck.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.FixtureStory;
import dev.crosscheck.SharedData;
import dev.crosscheck.TestPipeline;
import dev.crosscheck.check.StageTimer;
import dev.crosscheck.check.StoryChecker;
import dev.crosscheck.check.StoryResult;
import dev.crosscheck.extract.Extracted;
import dev.crosscheck.facts.Conflict;
import dev.crosscheck.facts.Scope;
import dev.crosscheck.ingest.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * FactCC-style mutations over every fixture article: a copy of the article with one thing changed (a
 * number, a date, a name, a negation) must be flagged against the original at the edited sentence, and
 * an unchanged copy must give no cross-source flag at all. Prints found / missed / false flags per
 * fixture and kind (also to target/mutation-report.txt) and holds recall to the targets.
 */
class MutationTest {

    private static final int SITES_PER_KIND = 3;
    private static final StoryChecker CHECKER = new StoryChecker(TestPipeline.book(), TestPipeline.models(),
            new StageTimer());
    private static final Map<Mutation.Kind, Double> TARGET = Map.of(Mutation.Kind.NUMBER, 0.90,
            Mutation.Kind.DATE, 0.90, Mutation.Kind.NAME, 0.75, Mutation.Kind.NEGATION, 0.75);

    /** Counts for one fixture and kind. */
    static final class Tally {
        int mutations;
        int found;
        int falseFlags;
        final List<String> misses = new ArrayList<>();
    }

    @Test
    void editedCopiesAreFlaggedAtTheEditAndUnchangedCopiesAreNot() throws IOException {
        Mutator mutator = new Mutator(SITES_PER_KIND);
        Map<String, Map<Mutation.Kind, Tally>> byFixture = new LinkedHashMap<>();
        Map<String, Integer> unchangedFlags = new LinkedHashMap<>();
        SharedData.corpus(); // three of the four fixture stories are read from ../shared
        for (FixtureStory story : FixtureStory.all()) {
            Map<Mutation.Kind, Tally> tallies = new EnumMap<>(Mutation.Kind.class);
            int unchanged = 0;
            for (Article article : story.read().articles()) {
                Extracted original = CHECKER.read(article);
                unchanged += crossFlags(CHECKER.judge(List.of(original, CHECKER.read(copy(article, article.body())))))
                        .size();
                for (Mutation m : mutator.mutations(original)) {
                    Tally tally = tallies.computeIfAbsent(m.kind(), k -> new Tally());
                    tally.mutations++;
                    Article mutated = copy(article, m.apply(article.body()));
                    List<Conflict> flags = crossFlags(CHECKER.judge(List.of(original, CHECKER.read(mutated))));
                    boolean found = flags.stream().anyMatch(c -> citesEdit(c, mutated.id(), m));
                    if (found) {
                        tally.found++;
                    } else {
                        tally.misses.add(article.id() + " " + m);
                    }
                    tally.falseFlags += (int) flags.stream().filter(c -> !citesEdit(c, mutated.id(), m)).count();
                }
            }
            byFixture.put(story.name(), tallies);
            unchangedFlags.put(story.name(), unchanged);
        }
        String report = report(byFixture, unchangedFlags);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/mutation-report.txt"), report);

        unchangedFlags.forEach((fixture, flags) -> assertEquals(0, flags, fixture + ": flags between unchanged copies"));
        for (Mutation.Kind kind : Mutation.Kind.values()) {
            int total = byFixture.values().stream().mapToInt(t -> t.getOrDefault(kind, new Tally()).mutations).sum();
            int found = byFixture.values().stream().mapToInt(t -> t.getOrDefault(kind, new Tally()).found).sum();
            assertTrue(total >= 20, kind + ": too few mutation sites to measure (" + total + ")");
            assertTrue((double) found / total >= TARGET.get(kind),
                    String.format(Locale.ROOT, "%s recall %d/%d below %.0f%%%n%s", kind, found, total,
                            TARGET.get(kind) * 100, report));
        }
    }

    /** The flag cites the edited sentence of the copy and something of the original. */
    private static boolean citesEdit(Conflict c, String copyId, Mutation m) {
        boolean copySide = c.evidence().stream().anyMatch(a -> a.article().equals(copyId)
                && a.at().sentenceStart() <= m.start() && m.start() <= a.at().sentenceStart() + a.at().sentence().length());
        boolean originalSide = c.evidence().stream().anyMatch(a -> !a.article().equals(copyId));
        return copySide && originalSide;
    }

    private static List<Conflict> crossFlags(StoryResult result) {
        return result.conflicts().stream().filter(c -> c.scope() == Scope.CROSS_SOURCE).toList();
    }

    private static Article copy(Article a, String body) {
        return new Article(a.id() + "~copy", a.path(), "Mutant Daily", null, a.title(), a.byline(), a.published(),
                a.language(), body, List.of(), null, null);
    }

    private static String report(Map<String, Map<Mutation.Kind, Tally>> byFixture, Map<String, Integer> unchanged) {
        StringBuilder out = new StringBuilder("\nMutation report (found / mutations, false flags)\n");
        out.append(String.format(Locale.ROOT, "%-26s", "fixture"));
        for (Mutation.Kind kind : Mutation.Kind.values()) {
            out.append(String.format(Locale.ROOT, "%-20s", kind));
        }
        out.append("unchanged copies\n");
        Map<Mutation.Kind, Tally> totals = new EnumMap<>(Mutation.Kind.class);
        byFixture.forEach((fixture, tallies) -> {
            out.append(String.format(Locale.ROOT, "%-26s", fixture));
            for (Mutation.Kind kind : Mutation.Kind.values()) {
                Tally t = tallies.getOrDefault(kind, new Tally());
                Tally sum = totals.computeIfAbsent(kind, k -> new Tally());
                sum.mutations += t.mutations;
                sum.found += t.found;
                sum.falseFlags += t.falseFlags;
                sum.misses.addAll(t.misses.stream().map(x -> fixture + ": " + x).toList());
                out.append(String.format(Locale.ROOT, "%-20s", t.found + "/" + t.mutations + ", " + t.falseFlags + " ff"));
            }
            out.append(unchanged.get(fixture)).append(" flags\n");
        });
        out.append(String.format(Locale.ROOT, "%-26s", "all"));
        for (Mutation.Kind kind : Mutation.Kind.values()) {
            Tally t = totals.getOrDefault(kind, new Tally());
            out.append(String.format(Locale.ROOT, "%-20s", String.format(Locale.ROOT, "%d/%d = %.0f%%, %d ff", t.found,
                    t.mutations, t.mutations == 0 ? 0 : 100.0 * t.found / t.mutations, t.falseFlags)));
        }
        out.append("\n\nMissed:\n");
        totals.values().forEach(t -> t.misses.forEach(m -> out.append("  ").append(m).append('\n')));
        return out.toString();
    }
}
