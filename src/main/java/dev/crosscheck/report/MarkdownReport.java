package dev.crosscheck.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report as Markdown, for a mail or a chat message: it starts with what changed since the previous
 * report (new, found again, gone), then the stories with conflicts, each conflict with its evidence, quote in
 * bold inside its sentence. All article text is escaped, so it cannot add links, markup or HTML.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(Report report) {
        ReportView view = ReportView.of(report);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(text(ReportView.headline(report))).append("\n\n");
        md.append(overview(report)).append("\n");
        if (report.grouping() != null) {
            Report.GroupingEntry g = report.grouping();
            md.append(String.format(Locale.ROOT, "Grouping against the feed's `%s` labels: adjusted Rand index %.3f,"
                            + " pairwise precision %.3f, recall %.3f (%d articles: %d %ss, %d stories).%n",
                    g.labels(), g.adjustedRand(), g.precision(), g.recall(), g.articles(), g.events(), g.labels(),
                    g.stories()));
        }
        Map<String, Long> statuses = ReportView.countByStatus(report.conflicts());
        if (!statuses.isEmpty()) {
            md.append("Editors: ").append(statuses.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()
                    .replace('_', ' ')).collect(Collectors.joining(", "))).append(".\n");
        }
        if (report.gone() != null && !report.gone().isEmpty()) {
            md.append("\n## Gone since ").append(text(report.changes().previous())).append("\n\n");
            for (Report.GoneEntry g : report.gone()) {
                md.append("- **").append(g.severity()).append("** ").append(text(g.rule())).append(": ")
                        .append(text(g.explanation())).append(" (`").append(code(g.id())).append("`)\n");
            }
        }
        List<ReportView.StoryView> withConflicts = view.stories().stream().filter(s -> !s.conflicts().isEmpty()).toList();
        for (ReportView.StoryView story : withConflicts) {
            story(md, story);
        }
        List<ReportView.StoryView> quiet = view.stories().stream().filter(s -> s.conflicts().isEmpty()).toList();
        if (!quiet.isEmpty() && report.stories() != null) {
            md.append("\n## Stories without conflicts (").append(quiet.size()).append(")\n\n");
            for (ReportView.StoryView s : quiet) {
                md.append("- ").append(text(title(s))).append(" (").append(articles(s.articles().size())).append(")\n");
            }
        }
        if (!report.skipped().isEmpty()) {
            md.append("\n## Skipped inputs (").append(report.skipped().size()).append(")\n\n");
            for (Report.SkippedEntry s : report.skipped()) {
                md.append("- `").append(code(s.path())).append("`: ").append(text(s.reason())).append("\n");
            }
        }
        return md.toString();
    }

    private static String overview(Report report) {
        StringBuilder line = new StringBuilder();
        line.append(articles(report.articles().size()));
        if (report.stories() != null) {
            line.append(" in ").append(report.stories().size()).append(report.stories().size() == 1 ? " story" : " stories");
        }
        line.append(", ").append(conflicts(report.conflicts().size()));
        Map<String, Long> bySeverity = ReportView.countBySeverity(report.conflicts());
        if (!bySeverity.isEmpty()) {
            line.append(" (").append(bySeverity.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", "))).append(")");
        }
        if (!report.skipped().isEmpty()) {
            line.append(", ").append(report.skipped().size()).append(" skipped");
        }
        line.append(". Rules `").append(code(report.rules().fingerprint())).append("` (").append(report.rules().count())
                .append("), generated ").append(text(report.generated())).append(".\n");
        return line.toString();
    }

    private static void story(StringBuilder md, ReportView.StoryView story) {
        md.append("\n## ").append(text(title(story))).append("\n\n");
        md.append(articles(story.articles().size())).append(", ").append(conflicts(story.conflicts().size()));
        if (!story.outlets().isEmpty()) {
            md.append(" · ").append(story.outlets().stream().map(MarkdownReport::text).collect(Collectors.joining(", ")));
        }
        if (story.id() != null) {
            md.append(" · `").append(code(story.id())).append("`");
        }
        md.append("\n");
        for (Report.ConflictEntry c : story.conflicts()) {
            md.append("\n### ").append(c.severity()).append(": ").append(text(c.title()));
            if (Report.ConflictEntry.NEW.equals(c.change())) {
                md.append(" · NEW");
            }
            if (c.status() != null && !c.status().equals("open")) {
                md.append(" · ").append(c.status().replace('_', ' '));
            }
            md.append("\n\n").append(text(c.explanation())).append("\n\n");
            for (Report.EvidenceEntry e : c.evidence()) {
                md.append("- ").append(evidence(e)).append("\n");
            }
            list(md, "Timeline, every report in order", c.timeline(), "1. ");
            list(md, "What the story's other articles said on this point", c.others(), "- ");
            for (Report.AlsoEntry also : c.also()) {
                md.append("\nAlso: ").append(text(also.rule())).append(": ").append(text(also.explanation())).append("\n");
                list(md, null, also.evidence(), "- ");
            }
            md.append("\n").append(text(c.rule())).append(" · `").append(code(c.id())).append("` · ")
                    .append(text(c.category())).append(" · ").append(text(c.scopeLabel())).append("\n");
        }
    }

    /** Reports as a Markdown list, under a title when given; nothing when there are none. */
    private static void list(StringBuilder md, String title, List<Report.EvidenceEntry> reports, String bullet) {
        if (reports == null || reports.isEmpty()) {
            return;
        }
        md.append("\n");
        if (title != null) {
            md.append(title).append(":\n\n");
        }
        for (Report.EvidenceEntry e : reports) {
            md.append(bullet).append(evidence(e)).append("\n");
        }
    }

    private static String evidence(Report.EvidenceEntry e) {
        QuoteInSentence q = QuoteInSentence.of(e);
        StringBuilder line = new StringBuilder();
        line.append("**").append(text(e.outlet() != null ? e.outlet() : e.article())).append("**");
        if (e.published() != null) {
            line.append(", ").append(text(e.published()));
        }
        line.append(": ").append(text(q.before()));
        if (!q.quote().isEmpty()) {
            line.append("**").append(text(q.quote())).append("**");
        }
        line.append(text(q.after()));
        line.append(" → ").append(text(e.value()));
        if (e.modality() != null && !e.modality().equals("asserted")) {
            line.append(" _(").append(text(e.modality())).append(e.cue() != null ? ": " + text(e.cue()) : "").append(")_");
        }
        return line.toString();
    }

    private static String title(ReportView.StoryView story) {
        return story.title() != null ? story.title() : story.id() != null ? story.id() : "Untitled story";
    }

    private static String articles(int n) {
        return n + (n == 1 ? " article" : " articles");
    }

    private static String conflicts(int n) {
        return n + (n == 1 ? " conflict" : " conflicts");
    }

    /**
     * Untrusted text made inert: HTML characters become entities (Markdown passes raw HTML through), the
     * characters that start emphasis, links, code or tables are backslash-escaped, and line breaks become spaces.
     */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!' -> out.append('\\').append(ch);
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** Text inside a code span: backticks cannot close it early, line breaks cannot end the line. */
    private static String code(String s) {
        return s == null ? "" : s.replace('`', '\'').replaceAll("\\s+", " ");
    }
}
