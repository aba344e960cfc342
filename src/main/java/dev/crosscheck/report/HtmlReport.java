package dev.crosscheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The report as one self-contained HTML page: styles and the filter script are inline, and nothing is
 * fetched. Per story, conflicts by severity, each with its evidence side by side (the quote highlighted in
 * its sentence, outlet, date, value, hedges, the paragraph on request), rule, explanation, further findings
 * and timeline. Filters by severity, category, outlet, change and editorial status work through a small
 * script; without it every conflict is shown. All article text is escaped, and a content security policy
 * allows only the page's own script (by hash), so injected markup could not run anything either.
 */
public final class HtmlReport {

    private static final String CSS = resource("report.css");
    private static final String SCRIPT = resource("report.js");

    private HtmlReport() {
    }

    public static String render(Report report) {
        return render(report, null);
    }

    /**
     * The page, each conflict linking to its page in the review app at {@code reviewUrl} (the address {@code serve}
     * answers at, such as {@code https://review.example/}); no links when it is null or not an http(s) address.
     */
    public static String render(Report report, String reviewUrl) {
        ReportView view = ReportView.of(report);
        String review = ReviewLinks.base(reviewUrl);
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; ")
                .append("script-src '").append(sha256(SCRIPT)).append("'\">\n")
                .append("<title>").append(Html.escape(ReportView.headline(report))).append(" · Crosscheck</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header(h, report);
        filters(h, report);
        h.append("<main class=\"wrap\">\n");
        List<ReportView.StoryView> withConflicts = view.stories().stream().filter(s -> !s.conflicts().isEmpty()).toList();
        if (withConflicts.size() > 1) {
            contents(h, withConflicts);
        }
        for (ReportView.StoryView story : withConflicts) {
            story(h, story, view, review);
        }
        if (report.conflicts().isEmpty()) {
            h.append("<section class=\"panel\"><p class=\"empty\">No conflicts found.</p></section>\n");
        }
        gone(h, report);
        quietStories(h, view, report);
        skipped(h, report);
        h.append("</main>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, Report report) {
        h.append("<header class=\"top\"><div class=\"wrap\">\n<h1>Crosscheck <span>")
                .append(report.stories() != null ? "nightly report" : "report").append("</span></h1>\n")
                .append("<p class=\"sub\">Generated ").append(Html.escape(report.generated()))
                .append(" · rules <code>").append(Html.escape(report.rules().fingerprint())).append("</code> (")
                .append(report.rules().count()).append(" rules)</p>\n<div class=\"stats\">\n");
        Map<String, Long> bySeverity = ReportView.countBySeverity(report.conflicts());
        stat(h, "Conflicts", Integer.toString(report.conflicts().size()), bySeverity.isEmpty() ? "none found"
                : bySeverity.entrySet().stream().map(e -> "<b class=\"" + e.getKey().toLowerCase(Locale.ROOT) + "\">"
                        + e.getValue() + "</b> " + e.getKey().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" · ")));
        Report.ChangesEntry c = report.changes();
        if (c != null) {
            stat(h, "Since " + Html.escape(c.previous()), "<span class=\"new\">" + c.added() + "</span> new",
                    c.open() + " " + ReportChanges.FOUND_AGAIN + " · " + c.gone() + " gone");
        } else {
            stat(h, "Changes", "—", "no previous report to compare with");
        }
        int stories = report.stories() == null ? 1 : report.stories().size();
        stat(h, "Articles", Integer.toString(report.articles().size()), "in " + stories + (stories == 1 ? " story" : " stories")
                + (report.skipped().isEmpty() ? "" : " · " + report.skipped().size() + " skipped"));
        if (report.grouping() != null) {
            Report.GroupingEntry g = report.grouping();
            stat(h, "Grouping vs. " + Html.escape(g.labels()) + " labels", String.format(Locale.ROOT, "ARI %.3f", g.adjustedRand()),
                    String.format(Locale.ROOT, "precision %.3f · recall %.3f · %d %ss", g.precision(), g.recall(),
                            g.events(), Html.escape(g.labels())));
        }
        Map<String, Long> statuses = ReportView.countByStatus(report.conflicts());
        if (!statuses.isEmpty()) {
            stat(h, "Editors", statuses.getOrDefault("confirmed", 0L) + " confirmed",
                    statuses.entrySet().stream().filter(e -> !e.getKey().equals("confirmed"))
                            .map(e -> e.getValue() + " " + Html.escape(e.getKey().replace('_', ' ')))
                            .collect(Collectors.joining(" · ")));
        }
        h.append("</div>\n</div></header>\n");
    }

    /** A figure in the header; {@code value} and {@code detail} are already HTML. */
    private static void stat(StringBuilder h, String label, String value, String detail) {
        h.append("<div class=\"stat\"><div class=\"label\">").append(label).append("</div><div class=\"value\">")
                .append(value).append("</div><div class=\"detail\">").append(detail).append("</div></div>\n");
    }

    /** The filter bar: hidden until the script shows it, since it does nothing without the script. */
    private static void filters(StringBuilder h, Report report) {
        if (report.conflicts().isEmpty()) {
            return;
        }
        h.append("<nav class=\"filters\" id=\"filters\" hidden><div class=\"wrap\">\n<fieldset><legend>Severity</legend>");
        for (String s : ReportView.SEVERITIES) {
            h.append("<label><input type=\"checkbox\" name=\"severity\" value=\"").append(s).append("\" checked> ")
                    .append(s.charAt(0)).append(s.substring(1).toLowerCase(Locale.ROOT)).append("</label>");
        }
        h.append("</fieldset>\n");
        select(h, "category", "Category", report.conflicts().stream().map(Report.ConflictEntry::category)
                .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new)));
        select(h, "outlet", "Outlet", report.conflicts().stream().flatMap(c -> c.evidence().stream())
                .map(HtmlReport::outlet).collect(Collectors.toCollection(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))));
        if (report.changes() != null) {
            select(h, "change", "Change", new LinkedHashSet<>(List.of(Report.ConflictEntry.NEW, Report.ConflictEntry.OPEN)));
        }
        Set<String> statuses = report.conflicts().stream().map(Report.ConflictEntry::status).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!statuses.isEmpty()) {
            select(h, "status", "Status", statuses);
        }
        h.append("<span class=\"count\" id=\"filter-count\"></span>\n</div></nav>\n");
    }

    private static void select(StringBuilder h, String name, String label, Set<String> values) {
        h.append("<label><span class=\"title\">").append(label).append("</span><select name=\"").append(name)
                .append("\"><option value=\"\">All</option>");
        for (String v : values) {
            h.append("<option value=\"").append(Html.escape(v)).append("\">").append(Html.escape(v.replace('_', ' ')))
                    .append("</option>");
        }
        h.append("</select></label>\n");
    }

    /** A list of the stories with conflicts, linking to each, with a dot per conflict in its severity's colour. */
    private static void contents(StringBuilder h, List<ReportView.StoryView> stories) {
        h.append("<details class=\"contents\" open><summary>Stories with conflicts (").append(stories.size())
                .append(")</summary>\n<ol>\n");
        for (ReportView.StoryView s : stories) {
            h.append("<li><a href=\"#").append(Html.escape(s.id())).append("\">").append(Html.escape(title(s)))
                    .append("</a><span class=\"dots\">");
            for (Report.ConflictEntry c : s.conflicts()) {
                h.append("<span class=\"dot ").append(Html.escape(lower(c.severity()))).append("\" title=\"")
                        .append(Html.escape(c.severity())).append("\"></span>");
            }
            h.append("</span></li>\n");
        }
        h.append("</ol></details>\n");
    }

    private static void story(StringBuilder h, ReportView.StoryView story, ReportView view, String review) {
        h.append("<section class=\"story has-conflicts\"").append(story.id() == null ? "" : " id=\"" + Html.escape(story.id()) + "\"")
                .append(">\n<header><h2>").append(Html.escape(title(story))).append("</h2>\n<p class=\"meta\">")
                .append(count(story.articles().size(), "article")).append(" · ").append(count(story.conflicts().size(), "conflict"));
        List<String> dates = story.articles().stream().map(Report.ArticleEntry::published).filter(Objects::nonNull).sorted().toList();
        if (!dates.isEmpty()) {
            h.append(" · ").append(Html.escape(dates.get(0)))
                    .append(dates.get(0).equals(dates.get(dates.size() - 1)) ? "" : " to " + Html.escape(dates.get(dates.size() - 1)));
        }
        if (!story.outlets().isEmpty()) {
            h.append(" · ").append(Html.escape(String.join(", ", story.outlets())));
        }
        if (story.id() != null) {
            h.append(" · <span class=\"id\">").append(Html.escape(story.id())).append("</span>");
        }
        h.append("</p>\n<details class=\"articles\"><summary>Articles</summary><ul>\n");
        for (Report.ArticleEntry a : story.articles()) {
            h.append("<li>").append(a.outlet() == null ? "" : "<b>" + Html.escape(a.outlet()) + "</b>, ")
                    .append(a.published() == null ? "" : Html.escape(a.published()) + ": ");
            String url = Html.webUrl(a.url());
            String name = a.title() != null ? a.title() : a.id();
            h.append(url == null ? Html.escape(name) : "<a href=\"" + Html.escape(url) + "\" rel=\"noopener noreferrer\">"
                    + Html.escape(name) + "</a>");
            h.append(" <span class=\"id\">").append(Html.escape(a.id())).append("</span>");
            if (a.summaryOf() != null) {
                h.append(" · a summary of <span class=\"id\">").append(Html.escape(a.summaryOf())).append("</span>");
            }
            h.append("</li>\n");
        }
        h.append("</ul></details>\n</header>\n");
        for (Report.ConflictEntry c : story.conflicts()) {
            conflict(h, c, view, review);
        }
        h.append("</section>\n");
    }

    private static void conflict(StringBuilder h, Report.ConflictEntry c, ReportView view, String review) {
        String severity = c.severity() == null ? "" : c.severity().toLowerCase(Locale.ROOT);
        String outlets = c.evidence().stream().map(HtmlReport::outlet).distinct().collect(Collectors.joining("|", "|", "|"));
        h.append("<article class=\"conflict ").append(Html.escape(severity))
                .append("dismissed".equals(c.status()) ? " dismissed" : "").append("\" id=\"").append(Html.escape(c.id()))
                .append("\" data-severity=\"").append(Html.escape(c.severity()))
                .append("\" data-category=\"").append(Html.escape(c.category()))
                .append("\" data-outlets=\"").append(Html.escape(outlets))
                .append("\" data-change=\"").append(Html.escape(c.change()))
                .append("\" data-status=\"").append(Html.escape(c.status())).append("\">\n<div class=\"head\">")
                .append("<span class=\"badge ").append(Html.escape(severity)).append("\">").append(Html.escape(c.severity())).append("</span>");
        if (Report.ConflictEntry.NEW.equals(c.change())) {
            h.append("<span class=\"badge new\" title=\"not in the previous report\">New</span>");
        }
        if (c.status() != null && !c.status().equals("open")) {
            h.append("<span class=\"badge status ").append(Html.escape(c.status())).append("\">")
                    .append(Html.escape(c.status().replace('_', ' '))).append("</span>");
        }
        h.append("<h3>").append(Html.escape(c.title())).append("</h3><span class=\"kind\">").append(Html.escape(c.category()))
                .append(" · ").append(Html.escape(c.scopeLabel())).append(" · ").append(Html.escape(c.rule()));
        if (review != null) {
            h.append(" · <a class=\"review\" href=\"").append(Html.escape(ReviewLinks.conflict(review, c.id())))
                    .append("\">Review</a>");
        }
        h.append("</span></div>\n<p class=\"explanation\">").append(Html.escape(c.explanation())).append("</p>\n<div class=\"sides\">\n");
        for (Report.EvidenceEntry e : c.evidence()) {
            side(h, e, view.articles().get(e.article()));
        }
        h.append("</div>\n");
        if (c.timeline() != null && !c.timeline().isEmpty()) {
            h.append("<div class=\"extra timeline\"><h4>Timeline: the figure as reported, in order</h4>\n");
            reports(h, c.timeline(), true);
            h.append("</div>\n");
        }
        if (c.others() != null && !c.others().isEmpty()) {
            h.append("<div class=\"extra others\"><h4>What the story's other articles said on this point</h4>\n");
            reports(h, c.others(), false);
            h.append("</div>\n");
        }
        if (c.also() != null && !c.also().isEmpty()) {
            h.append("<div class=\"extra also\"><h4>Also found on these sentences</h4><ul>\n");
            for (Report.AlsoEntry also : c.also()) {
                h.append("<li><b>").append(Html.escape(also.rule())).append("</b>: ").append(Html.escape(also.explanation()));
                if (also.evidence() != null && !also.evidence().isEmpty()) {
                    reports(h, also.evidence(), false);
                }
                h.append("</li>\n");
            }
            h.append("</ul></div>\n");
        }
        h.append("<footer>").append(c.description() == null ? "" : Html.escape(c.description()) + " · ")
                .append("subject “").append(Html.escape(c.subject())).append("”, ").append(Html.escape(c.attribute()))
                .append(" · <span class=\"id\">").append(Html.escape(c.id())).append("</span></footer>\n</article>\n");
    }

    /** Reports as a list: who, when, the value, and the sentence with the quote marked; numbered when in order. */
    private static void reports(StringBuilder h, List<Report.EvidenceEntry> reports, boolean ordered) {
        h.append(ordered ? "<ol>" : "<ul class=\"quotes\">").append("\n");
        for (Report.EvidenceEntry e : reports) {
            h.append("<li><b>").append(Html.escape(outlet(e))).append("</b>")
                    .append(e.published() == null ? "" : ", " + Html.escape(e.published())).append(": <b>")
                    .append(Html.escape(e.value())).append("</b>: “").append(highlighted(QuoteInSentence.of(e)))
                    .append("” <span class=\"id\">").append(Html.escape(e.article())).append(" · sentence ")
                    .append(e.sentenceIndex() + 1).append("</span></li>\n");
        }
        h.append(ordered ? "</ol>" : "</ul>").append("\n");
    }

    /** One side of a conflict: who said it and when, the sentence with the quote marked, what was read from it. */
    private static void side(StringBuilder h, Report.EvidenceEntry e, Report.ArticleEntry article) {
        h.append("<div class=\"side\"><div class=\"who\"><span class=\"outlet\">")
                .append(Html.escape(e.outlet() != null ? e.outlet() : "Outlet unknown")).append("</span>");
        if (e.published() != null) {
            h.append("<time>").append(Html.escape(e.published())).append("</time>");
        }
        h.append("</div>\n<div class=\"who\">");
        String url = article == null ? null : Html.webUrl(article.url());
        String title = article == null ? null : article.title();
        if (title != null) {
            h.append(url == null ? Html.escape(title) : "<a href=\"" + Html.escape(url) + "\" rel=\"noopener noreferrer\">"
                    + Html.escape(title) + "</a>");
        }
        h.append("<span class=\"id\">").append(Html.escape(e.article())).append(" · sentence ").append(e.sentenceIndex() + 1)
                .append("</span></div>\n<blockquote>").append(highlighted(QuoteInSentence.of(e))).append("</blockquote>\n")
                .append("<div class=\"facts\"><span class=\"value\">").append(Html.escape(e.value())).append("</span>");
        if (e.modality() != null && !e.modality().equals("asserted")) {
            h.append("<span class=\"hedge\">").append(Html.escape(e.modality()))
                    .append(e.cue() == null ? "" : ": " + Html.escape(e.cue())).append("</span>");
        }
        if (e.source() != null) {
            h.append("<span>according to ").append(Html.escape(e.source())).append("</span>");
        }
        if (e.statedTime() != null) {
            h.append("<span>about ").append(Html.escape(e.statedTime())).append("</span>");
        }
        h.append("</div>\n");
        if (e.paragraph() != null && !e.paragraph().equals(e.sentence())) {
            h.append("<details><summary>Paragraph</summary><p>").append(paragraph(e)).append("</p></details>\n");
        }
        h.append("</div>\n");
    }

    private static String highlighted(QuoteInSentence q) {
        return Html.escape(q.before()) + (q.quote().isEmpty() ? "" : "<mark>" + Html.escape(q.quote()) + "</mark>")
                + Html.escape(q.after());
    }

    /** The paragraph with the evidence sentence shaded and the quote marked, when they can be found in it. */
    private static String paragraph(Report.EvidenceEntry e) {
        String p = e.paragraph();
        int s = e.sentence() == null ? -1 : p.indexOf(e.sentence());
        if (s < 0) {
            return Html.escape(p);
        }
        int end = s + e.sentence().length();
        return Html.escape(p.substring(0, s)) + "<span class=\"sentence\">" + highlighted(QuoteInSentence.of(e))
                + "</span>" + Html.escape(p.substring(end));
    }

    private static void gone(StringBuilder h, Report report) {
        if (report.changes() == null || report.gone() == null || report.gone().isEmpty()) {
            return;
        }
        h.append("<section class=\"panel\" id=\"gone\"><h2>No longer found since ").append(Html.escape(report.changes().previous()))
                .append(" (").append(report.gone().size()).append(")</h2>\n<ul>\n");
        for (Report.GoneEntry g : report.gone()) {
            h.append("<li><span class=\"badge ").append(Html.escape(g.severity() == null ? "" : g.severity().toLowerCase(Locale.ROOT)))
                    .append("\">").append(Html.escape(g.severity())).append("</span> <b>").append(Html.escape(g.rule()))
                    .append("</b>: ").append(Html.escape(g.explanation())).append(" <span class=\"id\">")
                    .append(Html.escape(g.id())).append("</span></li>\n");
        }
        h.append("</ul></section>\n");
    }

    private static void quietStories(StringBuilder h, ReportView view, Report report) {
        List<ReportView.StoryView> quiet = view.stories().stream().filter(s -> s.conflicts().isEmpty()).toList();
        if (quiet.isEmpty() || report.stories() == null) {
            return;
        }
        h.append("<section class=\"panel\" id=\"quiet\"><h2>Stories without conflicts (").append(quiet.size())
                .append(")</h2>\n<ul>\n");
        for (ReportView.StoryView s : quiet) {
            h.append("<li>").append(Html.escape(title(s))).append(" <span class=\"id\">")
                    .append(count(s.articles().size(), "article")).append("</span></li>\n");
        }
        h.append("</ul></section>\n");
    }

    private static void skipped(StringBuilder h, Report report) {
        if (report.skipped().isEmpty()) {
            return;
        }
        h.append("<section class=\"panel\" id=\"skipped\"><h2>Skipped inputs (").append(report.skipped().size())
                .append(")</h2>\n<table>\n");
        for (Report.SkippedEntry s : report.skipped()) {
            h.append("<tr><td><code>").append(Html.escape(s.path())).append("</code></td><td>").append(Html.escape(s.reason()))
                    .append("</td></tr>\n");
        }
        h.append("</table></section>\n");
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static String outlet(Report.EvidenceEntry e) {
        return e.outlet() != null ? e.outlet() : e.article();
    }

    private static String title(ReportView.StoryView story) {
        return story.title() != null ? story.title() : story.id() != null ? story.id() : "Untitled story";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String sha256(String script) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("dev/crosscheck/report/" + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dev/crosscheck/report/" + name, e);
        }
    }
}
