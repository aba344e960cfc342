package dev.crosscheck.check;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A fixture's expected.json: the flags a careful editor wants, and the pairs that must never be flagged. */
@JsonIgnoreProperties(ignoreUnknown = true)
record StoryExpectations(String story, List<Expected> mustFind, List<Expected> mayFind, List<Pair> mustNotFlag,
                         List<Expected> knownMisses, List<Judged> judged) {

    /**
     * A flag the tool raised that the key, written before the tool ran, does not list, judged afterwards by reading
     * its evidence: {@code real} (a discrepancy the reader missed) or {@code false}. Kept apart from the key so
     * that the key stays what was written blind.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Judged(String verdict, String why, Expected flag) {
        boolean real() {
            return "real".equals(verdict);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String article, String quote) {
        boolean matches(Report.EvidenceEntry e) {
            return e.article().equals(article) && (e.quote().contains(quote) || quote.contains(e.quote()));
        }

        @Override
        public String toString() {
            return article + " \"" + quote + "\"";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Expected(String why, String category, String scope, List<Item> evidence) {
        /**
         * The flag cites every expected item and has the expected scope, whatever its category: the evaluation
         * sets' keys name categories in the words of whoever read the story ("NUMBER", "PLACE").
         */
        boolean matchesEvidence(Report.ConflictEntry c) {
            return (scope == null || scope.equals(c.scope())) && cites(c);
        }

        /** Every expected item is cited by the flag ({@link #cites}), in the expected category and scope. */
        boolean matches(Report.ConflictEntry c) {
            return (category == null || category.equals(c.category()) || c.also().stream().anyMatch(a -> a.category().equals(category)))
                    && (scope == null || scope.equals(c.scope()))
                    && cites(c);
        }

        /**
         * Every expected item is among the flag's evidence, its timeline of reports (an update) or what the
         * story's other articles said on the point (one flag per discrepancy, however many outlets tell it: the
         * key may name another outlet of the same clash), and at least one is in the evidence or timeline proper.
         */
        private boolean cites(Report.ConflictEntry c) {
            List<Report.EvidenceEntry> proper = new java.util.ArrayList<>(c.evidence());
            if (c.timeline() != null) {
                proper.addAll(c.timeline());
            }
            List<Report.EvidenceEntry> shown = new java.util.ArrayList<>(proper);
            shown.addAll(c.others());
            return evidence.stream().allMatch(item -> shown.stream().anyMatch(item::matches))
                    && evidence.stream().anyMatch(item -> proper.stream().anyMatch(item::matches));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Pair(String why, Item a, Item b) {
        boolean flaggedBy(Report.ConflictEntry c) {
            return c.evidence().stream().anyMatch(a::matches) && c.evidence().stream().anyMatch(b::matches);
        }
    }

    StoryExpectations {
        mustFind = mustFind == null ? List.of() : mustFind;
        mayFind = mayFind == null ? List.of() : mayFind;
        mustNotFlag = mustNotFlag == null ? List.of() : mustNotFlag;
        knownMisses = knownMisses == null ? List.of() : knownMisses;
        judged = judged == null ? List.of() : judged;
    }

    /** True when a missed must-find is a limitation the fixture already records, with its reason. */
    boolean knownMiss(Expected missed) {
        return knownMisses.stream().anyMatch(k -> k.evidence().equals(missed.evidence()));
    }

    static StoryExpectations read(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), StoryExpectations.class);
    }
}
