package dev.crosscheck.facts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule calls to raise a flag: {@code raise(kcontext, $a, $b);}. The rule's metadata
 * ({@code @category}, {@code @severity}, {@code @description}, {@code @explanation}, {@code @headline}) becomes
 * the conflict's; a hedged side lowers the severity one step, figures that are bounds and can all be true
 * ("at least four" and "at least six") make it LOW, and the explanation says so.
 */
public final class Flags {

    private Flags() {
    }

    public static Conflict raise(RuleContext context, Assertion... evidence) {
        Conflict conflict = conflict(context.getRule(), Arrays.asList(evidence), List.of());
        context.getKieRuntime().insert(conflict);
        return conflict;
    }

    /**
     * Raises a flag about a figure reported several times: the evidence is the earliest and the latest
     * report, and every report, in the order they came out, is the flag's timeline.
     */
    public static Conflict raiseTimeline(RuleContext context, Collection<Assertion> reports) {
        List<Assertion> ordered = new ArrayList<>(reports);
        ordered.sort((x, y) -> x.reportedBefore(y) ? -1 : y.reportedBefore(x) ? 1 : 0);
        List<Assertion> ends = List.of(ordered.get(0), ordered.get(ordered.size() - 1));
        Conflict conflict = conflict(context.getRule(), ends, ordered);
        context.getKieRuntime().insert(conflict);
        return conflict;
    }

    /**
     * True when the reports of one figure moved: two of them, published on different days, give different
     * figures. Reports of one day that differ from each other are a figure still settling, not an update. Only
     * figures of the story's main event count ({@link MainEventFigures}).
     */
    public static boolean moved(Collection<Assertion> reports) {
        return !updateEnds(inOrder(MainEventFigures.of(reports))).isEmpty();
    }

    /**
     * Raises an update: the evidence is the earliest report that a later day's report moved from, and the
     * latest report that differs from it; every report of the main event ({@link MainEventFigures}), in the order
     * they came out, is the timeline. A figure given as an order of magnitude ("scores") stays in the timeline
     * but is never one of the two ends: "scores" moving to 85 is not news.
     */
    public static Conflict raiseUpdate(RuleContext context, Collection<Assertion> reports) {
        List<Assertion> ordered = inOrder(MainEventFigures.of(reports));
        Conflict conflict = conflict(context.getRule(), updateEnds(ordered), ordered);
        context.getKieRuntime().insert(conflict);
        return conflict;
    }

    private static List<Assertion> inOrder(Collection<Assertion> reports) {
        List<Assertion> ordered = new ArrayList<>(reports);
        ordered.sort((x, y) -> x.reportedBefore(y) ? -1 : y.reportedBefore(x) ? 1 : 0);
        return ordered;
    }

    /**
     * The two reports an update cites: the earliest report that a later day moved from, and the report it moved
     * to, from the latest day that differs, the figure most reports agree on (so that a stray count of one
     * victim does not stand for the toll). Orders of magnitude ("scores of", "dozens") are never cited.
     */
    private static List<Assertion> updateEnds(List<Assertion> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            Assertion from = ordered.get(i);
            Assertion best = null;
            for (int j = i + 1; j < ordered.size() && !from.vague(); j++) {
                Assertion to = ordered.get(j);
                if (!to.vague() && !to.publishedSameDay(from) && !to.sameFigure(from)
                        && (best == null || !to.publishedSameDay(best) || support(to, ordered) >= support(best, ordered))) {
                    best = to;
                }
            }
            if (best != null) {
                return List.of(from, best);
            }
        }
        return List.of();
    }

    private static long support(Assertion report, List<Assertion> all) {
        return all.stream().filter(report::sameFigure).count();
    }

    static Conflict conflict(Rule rule, List<Assertion> evidence, List<Assertion> timeline) {
        Map<String, Object> meta = rule.getMetaData();
        Severity declared = Severity.parse(text(meta, "severity", "MEDIUM"));
        List<String> hedges = evidence.stream()
                .filter(Assertion::hedged)
                .map(a -> Wording.source(a, evidence) + (a.cue() == null ? "" : " (\"" + a.cue() + "\")"))
                .distinct()
                .toList();
        Severity hedged = hedges.isEmpty() ? declared : declared.lower();
        Severity severity = Bounds.compatible(evidence) ? Severity.LOW : hedged;
        String explanation = Explanation.fill(text(meta, "explanation", rule.getName()), evidence, timeline);
        if (!hedges.isEmpty()) {
            String who = hedges.size() == evidence.size() ? "Both sides are hedged: " : "Hedged: ";
            if (evidence.size() > 2 && hedges.size() == evidence.size()) {
                who = "All sides are hedged: ";
            }
            explanation += " " + who + String.join("; ", hedges) + ", so severity is "
                    + hedged.name() + " rather than " + declared.name() + ".";
        }
        if (severity != hedged) {
            explanation += " " + Bounds.why(evidence) + ", so severity is LOW rather than " + hedged.name() + ".";
        }
        Assertion first = evidence.get(0);
        Scope scope = evidence.stream().map(Assertion::article).distinct().count() > 1
                ? Scope.CROSS_SOURCE : Scope.WITHIN_ARTICLE;
        String headline = Headline.of(metadata(meta, "headline").orElse(null), evidence, timeline);
        return new Conflict(stableId(rule.getName(), evidence), rule.getName(),
                text(meta, "category", "UNCATEGORISED"), severity, scope, first.subject(),
                first.attribute(), text(meta, "description", ""), explanation, headline, evidence, List.of(), timeline);
    }

    /** Same rule and same evidence spans give the same id, whatever the order of matching. */
    static String stableId(String rule, List<Assertion> evidence) {
        List<String> parts = new ArrayList<>();
        evidence.stream()
                .sorted(Comparator.comparing(Assertion::article).thenComparingInt(a -> a.at().start()))
                .forEach(a -> parts.add(a.article() + "|" + a.at().start() + "|" + a.at().end() + "|" + a.quote()));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((rule + "\n" + String.join("\n", parts)).getBytes(StandardCharsets.UTF_8));
            return "cc-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String text(Map<String, Object> meta, String key, String fallback) {
        return metadata(meta, key).orElse(fallback);
    }

    /**
     * A rule's {@code @key(...)} metadata value, unquoted. Drools' executable model (the cached rule
     * book) files a key that is also the name of a KIE annotation under that annotation's class name:
     * {@code @description} becomes {@code org.kie.api.definition.type.Description}.
     */
    public static Optional<String> metadata(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            value = meta.entrySet().stream()
                    .filter(e -> e.getKey().endsWith("." + Character.toUpperCase(key.charAt(0)) + key.substring(1)))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
        }
        if (value == null) {
            return Optional.empty();
        }
        String s = value.toString();
        // Drools keeps the quotes of a quoted metadata value.
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return Optional.of(s);
    }
}
