package dev.crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.review.TestReports;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** report.html: one self-contained page, untrusted text escaped, evidence side by side with the quote marked. */
class HtmlReportTest {

    @Test
    void needsNothingFromTheNetworkAndRunsOnlyItsOwnScript() throws Exception {
        String html = HtmlReport.render(ReportChanges.compare(TestReports.nightTwo(), TestReports.nightOne(), "2026-11-20"));
        assertFalse(html.contains("<link"), "no stylesheet to fetch");
        assertFalse(Pattern.compile("\\ssrc=").matcher(html).find(), "no image, script or frame to fetch");
        assertFalse(html.contains("@import") || html.contains("url("), "no CSS fetches");
        Matcher scripts = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(scripts.find());
        String script = scripts.group(1);
        assertFalse(scripts.find(), "one script");
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        assertTrue(html.contains("default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-" + hash + "'"),
                "the content security policy allows exactly that script");
    }

    @Test
    void showsEachSideWithItsOutletDateAndQuoteMarkedInItsSentence() {
        String html = HtmlReport.render(TestReports.nightOne());
        assertTrue(html.contains("<div class=\"sides\">"));
        assertTrue(html.contains("<span class=\"outlet\">Reuters</span><time>2024-06-21</time>"), html);
        assertTrue(html.contains("<blockquote>Putin and Kim are then shown walking side by side and chatting on a path in"
                + " a wooded area with <mark>two men, presumably translators</mark>, walking behind them.</blockquote>"));
        // the same word twice in one sentence: the mark goes where the offsets say, not to the first one
        assertTrue(html.contains("with a 6.6-liter <mark>V12</mark>."), html);
        assertTrue(html.contains("data-severity=\"HIGH\" data-category=\"SINGLE_VALUE\" data-outlets=\"|Motor Weekly|\""));
        assertTrue(html.contains("<a href=\"https://www.reuters.com/world/putin-kim-limousine\" rel=\"noopener noreferrer\">"));
    }

    @Test
    void severityOrdersConflictsWithinAStoryAndStoriesByTheirWorstConflict() {
        String html = HtmlReport.render(TestReports.nightOne());
        int limo = html.indexOf("<section class=\"story has-conflicts\" id=\"story-limo\"");
        int summit = html.indexOf("<section class=\"story has-conflicts\" id=\"story-summit\"");
        assertTrue(limo > 0 && summit > limo, "the story with a HIGH conflict comes first");
        int high = html.indexOf("id=\"" + TestReports.ENGINE + "\"");
        int medium = html.indexOf("id=\"" + TestReports.COUNT + "\"");
        assertTrue(high > limo && medium > high, "HIGH before MEDIUM within the story");
    }

    @Test
    void articleTextTitlesOutletsAndUrlsAreInert() {
        String html = HtmlReport.render(TestReports.hostile());
        String body = html.substring(html.indexOf("<body>"), html.lastIndexOf("<script>"));
        assertFalse(body.contains("<script"), body);
        assertFalse(body.contains("<img"), body);
        assertFalse(body.contains("<b onmouseover"), body);
        assertFalse(body.contains("javascript:"), "no link to a javascript: URL");
        assertFalse(body.contains("\" onmouseover=\""), "no attribute breaks out of its quotes");
        assertTrue(body.contains("<mark>&lt;script&gt;window.__pwned=2&lt;/script&gt; cars</mark>"), body);
    }

    @Test
    void filtersAreHiddenUntilTheScriptShowsThemSoThePageReadsWithoutIt() {
        String html = HtmlReport.render(ReportChanges.compare(TestReports.nightTwo(), TestReports.nightOne(), "2026-11-20"));
        assertTrue(html.contains("<nav class=\"filters\" id=\"filters\" hidden>"));
        for (String name : new String[] {"severity", "category", "outlet", "change"}) {
            assertTrue(html.contains("name=\"" + name + "\""), name);
        }
        assertTrue(html.contains("<option value=\"Motor Weekly\">Motor Weekly</option>"));
        assertEquals(3, html.split("<article class=\"conflict ", -1).length - 1, "every conflict is in the page");
    }

    @Test
    void aSingleStoryReportFromCheckIsOneStorySection() {
        Report single = new Report(Report.SCHEMA, "2026-11-22T03:00:00Z", TestReports.nightOne().rules(),
                TestReports.nightOne().articles(), TestReports.nightOne().conflicts(), java.util.List.of(), null);
        String html = HtmlReport.render(single);
        assertEquals(1, html.split("<section class=\"story", -1).length - 1);
        assertFalse(html.contains("class=\"contents\""), "no table of contents for one story");
    }
}
