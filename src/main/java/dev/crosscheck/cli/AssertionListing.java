package dev.crosscheck.cli;

import dev.crosscheck.check.StoryResult;
import dev.crosscheck.extract.Extracted;
import dev.crosscheck.facts.Assertion;

/** Prints what was read from each article, one line per assertion: for rule authors and debugging. */
final class AssertionListing {

    private AssertionListing() {
    }

    static String render(StoryResult result) {
        StringBuilder out = new StringBuilder();
        for (Extracted e : result.articles()) {
            out.append("== ").append(e.document().article().id()).append(" (")
                    .append(e.assertions().size()).append(" assertions)\n");
            for (Assertion a : e.assertions()) {
                out.append(String.format("  s%-3d %-11s %-22s %-40s = %-28s %s%s [%s]%s%n", a.sentenceIndex(), a.kind(),
                        a.attribute(), a.subject(), a.value().key(), a.modality().name().toLowerCase(),
                        a.restates() != null ? " restates" : "", a.quote(),
                        a.frame().text().isEmpty() ? "" : "  frame " + a.frame()));
            }
        }
        return out.append('\n').toString();
    }
}
