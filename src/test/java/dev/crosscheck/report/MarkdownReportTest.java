package dev.crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.review.TestReports;
import org.junit.jupiter.api.Test;

/** report.md: counts of what changed first, then stories and evidence, all article text inert. */
class MarkdownReportTest {

    @Test
    void startsWithWhatChangedSinceThePreviousReport() {
        Report compared = ReportChanges.compare(TestReports.nightTwo(), TestReports.nightOne(), "2026-11-20");
        String md = MarkdownReport.render(compared);
        assertEquals("# 1 new, 2 found again, 1 gone since 2026-11-20", md.lines().findFirst().orElseThrow());
        assertTrue(md.contains("## Gone since 2026-11-20"), md);
        assertTrue(md.contains("cc-00000000000e9917"), "the gone conflict is named: " + md);
        assertTrue(md.contains("**Reuters**, 2024-06-21: Putin and Kim are then shown walking side by side and chatting"
                + " on a path in a wooded area with **two men, presumably translators**, walking behind them."), md);
        assertTrue(md.contains("### HIGH: " + String.format(TestReports.ENGINE_HEADLINE, "W12") + " · NEW"), md);
    }

    @Test
    void withoutAPreviousReportItSaysSo() {
        String md = MarkdownReport.render(TestReports.nightOne());
        assertEquals("# 3 conflicts (no previous report to compare with)", md.lines().findFirst().orElseThrow());
    }

    @Test
    void articleTextCannotAddMarkupLinksOrHtml() {
        String md = MarkdownReport.render(TestReports.hostile());
        assertFalse(md.contains("<script>"), md);
        assertFalse(md.contains("<b "), md);
        assertFalse(md.contains("<img"), md);
        assertTrue(md.contains("&lt;script&gt;window.\\_\\_pwned=2&lt;/script&gt; cars"), md);
        assertTrue(md.contains("Hostile &lt;i&gt;rule&lt;/i&gt;"), md);
    }

    @Test
    void markdownEscapingKeepsTheWordsAndNeutralisesTheSyntax() {
        assertEquals("a \\*b\\* \\[c\\](d) \\`e\\` &lt;f&gt; g\\_h \\| i", MarkdownReport.text("a *b* [c](d) `e` <f> g_h | i"));
        assertEquals("one line", MarkdownReport.text("one\nline"));
    }
}
