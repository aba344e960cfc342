package dev.crosscheck.evaluate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.SharedData;
import dev.crosscheck.TestPipeline;
import dev.crosscheck.check.StageTimer;
import dev.crosscheck.check.StoryChecker;
import dev.crosscheck.extract.Extracted;
import dev.crosscheck.facts.Conflict;
import dev.crosscheck.facts.Scope;
import dev.crosscheck.ingest.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SummEdits (../shared/benchmarks/summedits, its non-news development domains): each item is a document and a
 * one-sentence summary, consistent or edited. The document and the summary are checked as two sources of one
 * story; a cross-source flag says "inconsistent". Balanced accuracy per domain over the summaries edited by
 * entity (names and numbers) or negation edits against the consistent ones, as the issue asks, on a fixed sample
 * of each domain (the first {@value #PER_CLASS} of each class by id) so the run stays short. The next
 * {@value #PER_CLASS} of each class were held out until their first run, whose false alarms then showed two classes of
 * mistakes; the rest of each domain is held out now: nobody reads its flags or misses while changing the tool, so
 * its score says how the tool does on summaries it was not tuned on. Printed and written to
 * target/summedits-report.txt.
 */
class SummEditsTest {

    private static final int PER_CLASS = 40;
    private static final Set<String> EDITS = Set.of("entity_modification", "negation_insertion_removal");
    private static final double MIN_SPECIFICITY = 0.9;
    private static final StoryChecker CHECKER = new StoryChecker(TestPipeline.book(), TestPipeline.models(),
            new StageTimer());

    record Tally(int inconsistent, int caught, int consistent, int alarms) {
        double balancedAccuracy() {
            return (sensitivity() + specificity()) / 2;
        }

        double sensitivity() {
            return inconsistent == 0 ? 0 : (double) caught / inconsistent;
        }

        double specificity() {
            return consistent == 0 ? 1 : 1 - (double) alarms / consistent;
        }
    }

    @Test
    void balancedAccuracyPerDomain() throws IOException {
        Path folder = SharedData.summedits();
        List<Path> domains;
        try (Stream<Path> files = Files.list(folder)) {
            domains = files.filter(f -> f.getFileName().toString().matches("summedits_.*\\.json")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> items = new ArrayList<>();
        for (Path domain : domains) {
            items.add(json.readTree(domain.toFile()));
        }
        StringBuilder report = new StringBuilder();
        List<String> falseAlarms = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        Tally development = score("development sample: the first " + PER_CLASS, 0, PER_CLASS, domains, items,
                report, falseAlarms, missed);
        Tally second = score("second sample: the next " + PER_CLASS, PER_CLASS, PER_CLASS, domains, items, report,
                falseAlarms, new ArrayList<>());
        Tally heldOut = score("held-out sample: all the others", 2 * PER_CLASS, Integer.MAX_VALUE, domains, items,
                report, falseAlarms, new ArrayList<>());
        // each false alarm with the flag raised, so that a class of mistakes can be read off
        report.append(String.format(Locale.ROOT, "%nFalse alarms (consistent summaries flagged):%n"));
        falseAlarms.forEach(a -> report.append("  ").append(a).append('\n'));
        // only the development sample's misses are listed: the others are not read while the tool changes
        report.append(String.format(Locale.ROOT, "%nEdited summaries missed in the development sample (ids):%n"));
        missed.forEach(id -> report.append("  ").append(id).append('\n'));
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/summedits-report.txt"), report.toString());
        for (Tally t : List.of(development, second, heldOut)) {
            assertTrue(t.specificity() >= MIN_SPECIFICITY, "false alarms on consistent summaries: " + t.alarms()
                    + "/" + t.consistent() + "\n" + report);
        }
    }

    /** One sample's table: up to {@code limit} items of each class and domain, by id, from {@code skip} on. */
    private static Tally score(String sample, int skip, int limit, List<Path> domains, List<JsonNode> items,
                               StringBuilder report, List<String> falseAlarms, List<String> missed) {
        report.append(String.format(Locale.ROOT,
                "%nSummEdits, entity and negation edits against consistent summaries (%s of each class a domain)%n"
                        + "%-14s %12s %12s %10s%n", sample, "domain", "caught", "alarms", "bal. acc."));
        int caught = 0;
        int inconsistent = 0;
        int alarms = 0;
        int consistent = 0;
        for (int d = 0; d < domains.size(); d++) {
            Tally t = tally(items.get(d), skip, limit, falseAlarms, missed);
            Path domain = domains.get(d);
            String name = domain.getFileName().toString().replaceAll("summedits_|\\.json", "");
            report.append(String.format(Locale.ROOT, "%-14s %12s %12s %9.1f%%%n", name,
                    t.caught() + "/" + t.inconsistent(), t.alarms() + "/" + t.consistent(), 100 * t.balancedAccuracy()));
            caught += t.caught();
            inconsistent += t.inconsistent();
            alarms += t.alarms();
            consistent += t.consistent();
        }
        Tally all = new Tally(inconsistent, caught, consistent, alarms);
        report.append(String.format(Locale.ROOT, "%-14s %12s %12s %9.1f%%%n", "all", caught + "/" + inconsistent,
                alarms + "/" + consistent, 100 * all.balancedAccuracy()));
        return all;
    }

    private static Tally tally(JsonNode items, int skip, int limit, List<String> falseAlarms, List<String> missed) {
        List<JsonNode> edited = new ArrayList<>();
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode item : items) {
            if (item.path("label").asInt() == 1) {
                kept.add(item);
            } else if (edits(item)) {
                edited.add(item);
            }
        }
        Comparator<JsonNode> byId = Comparator.comparing(i -> i.path("id").asText());
        edited.sort(byId);
        kept.sort(byId);
        Map<String, Extracted> documents = new HashMap<>();
        List<JsonNode> editedSample = edited.stream().skip(skip).limit(limit).toList();
        List<JsonNode> keptSample = kept.stream().skip(skip).limit(limit).toList();
        int caught = 0;
        for (JsonNode item : editedSample) {
            if (flagged(item, documents)) {
                caught++;
            } else {
                missed.add(item.path("id").asText());
            }
        }
        int alarms = 0;
        for (JsonNode item : keptSample) {
            List<Conflict> flags = conflicts(item, documents);
            if (!flags.isEmpty()) {
                alarms++;
                falseAlarms.add(item.path("id").asText() + ": " + flags.get(0).rule() + ": " + flags.get(0).headline());
            }
        }
        return new Tally(editedSample.size(), caught, keptSample.size(), alarms);
    }


    /** Edited by entity or negation edits only (numbers are entity edits in SummEdits). */
    private static boolean edits(JsonNode item) {
        JsonNode types = item.path("edit_types");
        List<String> found = new ArrayList<>();
        if (types.isArray()) {
            types.forEach(t -> found.add(t.asText()));
        } else {
            for (String t : types.asText().replaceAll("[\\[\\]' ]", "").split(",")) {
                if (!t.isEmpty()) {
                    found.add(t);
                }
            }
        }
        return !found.isEmpty() && EDITS.containsAll(found);
    }

    private static boolean flagged(JsonNode item, Map<String, Extracted> documents) {
        return !conflicts(item, documents).isEmpty();
    }

    /** The flags across the document and the summary, which says it is the document's (as a user would say). */
    private static List<Conflict> conflicts(JsonNode item, Map<String, Extracted> documents) {
        LocalDate day = LocalDate.of(2023, 5, 8);
        Extracted document = documents.computeIfAbsent(item.path("doc").asText(), text ->
                CHECKER.read(TestPipeline.article("document", "Source", day, text)));
        Extracted summary = CHECKER.read(TestPipeline.summary("summary", "Summary", day, item.path("summary").asText(),
                "document"));
        return CHECKER.judge(List.of(document, summary)).conflicts().stream()
                .filter(c -> c.scope() == Scope.CROSS_SOURCE).toList();
    }
}
