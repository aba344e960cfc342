package dev.crosscheck.facts;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Figures read as what they are: "at least four" and "at least six" are bounds, and both are true of seven. A
 * flag whose figures are all amounts of one unit, one of them at least a bound, and that can all be true at once
 * is not a contradiction an editor must act on first: its severity is LOW whatever the rule declares. As
 * reports the two still disagree ({@link Value#agreesWith}: outlets that both bound one toll bound it alike),
 * which is why the flag is raised at all; this only says how urgent it is.
 */
final class Bounds {

    private Bounds() {
    }

    /** True when the evidence gives figures of one unit, at least one a bound, that some one figure satisfies. */
    static boolean compatible(List<Assertion> evidence) {
        if (evidence.size() < 2 || evidence.stream().anyMatch(a -> !a.value().numeric())) {
            return false;
        }
        Value first = evidence.get(0).value();
        if (evidence.stream().anyMatch(a -> !a.value().unit().equals(first.unit()))
                || evidence.stream().noneMatch(a -> bound(a.value()))) {
            return false;
        }
        double low = evidence.stream().mapToDouble(a -> a.value().low()).max().orElseThrow();
        double high = evidence.stream().mapToDouble(a -> a.value().high()).min().orElseThrow();
        return low <= high;
    }

    /** "at least 50", "up to 32": one end open (as {@link Value#agreesWith} reads them). */
    private static boolean bound(Value v) {
        return v.lowerBound() || v.upperBound();
    }

    /** Why the figures can all be true, for the explanation: "at least four and at least six can both be true". */
    static String why(List<Assertion> evidence) {
        String figures = evidence.stream().map(Wording::value).distinct().collect(Collectors.joining(" and "));
        return "The figures are bounds: " + figures + " can " + (evidence.size() == 2 ? "both" : "all") + " be true";
    }
}
