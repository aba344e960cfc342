package dev.crosscheck.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A readable plain-text summary: counts first, then one block per conflict with each side's evidence. */
public final class ConsoleSummary {

    private static final int CONTEXT = 40;

    private ConsoleSummary() {
    }

    public static String render(Report report) {
        StringBuilder out = new StringBuilder();
        Map<String, Report.ArticleEntry> articles = report.articles().stream()
                .collect(Collectors.toMap(Report.ArticleEntry::id, Function.identity(), (a, b) -> a));
        out.append(String.format("Crosscheck: %d article%s, %d assertion%s, %d conflict%s",
                report.articles().size(), plural(report.articles().size()),
                report.articles().stream().mapToInt(Report.ArticleEntry::assertions).sum(),
                plural(report.articles().stream().mapToInt(Report.ArticleEntry::assertions).sum()),
                report.conflicts().size(), plural(report.conflicts().size())));
        if (!report.conflicts().isEmpty()) {
            Map<String, Long> bySeverity = report.conflicts().stream()
                    .collect(Collectors.groupingBy(Report.ConflictEntry::severity, Collectors.counting()));
            out.append(" (");
            out.append(List.of("HIGH", "MEDIUM", "LOW").stream().filter(bySeverity::containsKey)
                    .map(s -> bySeverity.get(s) + " " + s).collect(Collectors.joining(", ")));
            out.append(")");
        }
        if (!report.skipped().isEmpty()) {
            out.append(", ").append(report.skipped().size()).append(" input").append(plural(report.skipped().size()))
                    .append(" skipped");
        }
        out.append("\n");
        for (Report.ConflictEntry c : report.conflicts()) {
            out.append("\n[").append(c.severity()).append("] ").append(c.title()).append("\n");
            out.append("  ").append(c.rule()).append(" (").append(c.category()).append(", ").append(c.scopeLabel())
                    .append(", ").append(c.id()).append(")\n");
            out.append("  ").append(c.explanation()).append("\n");
            for (Report.EvidenceEntry e : c.evidence()) {
                Report.ArticleEntry a = articles.get(e.article());
                String who = e.outlet() != null ? e.outlet() + " [" + e.article() + "]" : e.article();
                String when = a != null && a.published() != null ? ", " + a.published() : "";
                out.append("  - ").append(who).append(when).append(": ").append(inContext(e)).append(" = ")
                        .append(e.value());
                if (!e.modality().equals("asserted")) {
                    out.append("  (").append(e.modality()).append(e.cue() != null ? ": " + e.cue() : "").append(")");
                }
                out.append("\n");
            }
            if (c.timeline() != null) {
                out.append("  timeline:\n");
                int n = 0;
                for (Report.EvidenceEntry e : c.timeline()) {
                    out.append("    ").append(++n).append(". ").append(report(e)).append("\n");
                }
            }
            for (Report.AlsoEntry also : c.also()) {
                out.append("  also: ").append(also.rule()).append(" — ").append(also.explanation()).append("\n");
                for (Report.EvidenceEntry e : also.evidence() == null ? List.<Report.EvidenceEntry>of() : also.evidence()) {
                    out.append("    ").append(report(e)).append("\n");
                }
            }
        }
        for (Report.SkippedEntry s : report.skipped()) {
            out.append("\nskipped ").append(s.path()).append(": ").append(s.reason());
        }
        if (!report.skipped().isEmpty()) {
            out.append("\n");
        }
        return out.toString();
    }

    /** One report on one line: value, who and when, and the quote in its sentence. */
    private static String report(Report.EvidenceEntry e) {
        return e.value() + " (" + (e.outlet() != null ? e.outlet() : e.article())
                + (e.published() == null ? "" : ", " + e.published()) + ", sentence " + (e.sentenceIndex() + 1) + "): "
                + inContext(e);
    }

    /** The quote in brackets inside a window of its sentence: "...powered by a 4.4-liter [V8] engine...". */
    static String inContext(Report.EvidenceEntry e) {
        int at = e.sentence().indexOf(e.quote());
        if (at < 0) {
            return "\"" + e.quote() + "\"";
        }
        String s = e.sentence();
        int from = Math.max(0, at - CONTEXT);
        if (from > 0 && s.indexOf(' ', from) >= 0 && s.indexOf(' ', from) < at) {
            from = s.indexOf(' ', from) + 1; // start on a word
        }
        int to = Math.min(s.length(), at + e.quote().length() + CONTEXT);
        if (to < s.length() && s.lastIndexOf(' ', to) > at + e.quote().length()) {
            to = s.lastIndexOf(' ', to); // end on a word
        }
        return (from > 0 ? "…" : "") + e.sentence().substring(from, at) + "[" + e.quote() + "]"
                + e.sentence().substring(at + e.quote().length(), to) + (to < e.sentence().length() ? "…" : "");
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
