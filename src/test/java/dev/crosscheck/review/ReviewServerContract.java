package dev.crosscheck.review;

import static dev.crosscheck.review.WebClient.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.review.db.Database;
import dev.crosscheck.review.db.Editors;
import dev.crosscheck.review.web.ReviewServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review app over HTTP, as editors' browsers use it, on a real database; subclasses choose which. */
abstract class ReviewServerContract {

    private static final Pattern ROW = Pattern.compile("data-id=\"([^\"]+)\" data-status=\"([^\"]+)\"");

    @TempDir
    Path tmp;

    TestDatabase database;
    Path reports;
    ReviewServer server;

    abstract TestDatabase newDatabase(Path dir);

    @BeforeEach
    void setUp() throws Exception {
        database = newDatabase(tmp);
        reports = tmp.resolve("reports");
        TestReports.write(reports, "2026-11-20", TestReports.nightOne());
        Editors editors = new Editors(Database.open(database.url()));
        editors.add("alice", "alice-password".toCharArray());
        editors.add("bob", "bob-password".toCharArray());
        server = start();
    }

    @AfterEach
    void tearDown() {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    ReviewServer start() {
        return ReviewServer.start(new ReviewServer.Settings(reports, database.url(), "127.0.0.1", 0, false));
    }

    WebClient signedIn(String name) {
        WebClient client = new WebClient(server.url());
        HttpResponse<String> r = client.signIn(name, name + "-password");
        assertEquals(303, r.statusCode(), r.body());
        return client;
    }

    /** Conflict id to status key, in the queue's order. */
    static Map<String, String> queue(WebClient client, String query) {
        HttpResponse<String> r = client.get("/queue?" + query);
        assertEquals(200, r.statusCode(), r.body());
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(r.body());
        while (m.find()) {
            rows.put(m.group(1), m.group(2));
        }
        return rows;
    }

    @Test
    void signInIsRequiredAndTheSessionCookieIsHttpOnlyAndSameSite() {
        WebClient client = new WebClient(server.url());
        HttpResponse<String> queue = client.get("/queue");
        assertEquals(302, queue.statusCode());
        assertTrue(queue.headers().firstValue("Location").orElse("").startsWith("/login?next="));
        String cookie = queue.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);

        assertEquals(401, client.signIn("alice", "wrong-password").statusCode());
        HttpResponse<String> ok = client.signIn("alice", "alice-password");
        assertEquals(303, ok.statusCode());
        String signedInCookie = ok.headers().firstValue("Set-Cookie").orElseThrow();
        assertNotEquals(cookie.split(";")[0], signedInCookie.split(";")[0], "signing in starts a new session");
        assertTrue(client.get("/queue").body().contains("id=\"signed-in-as\">alice<"));
        HttpResponse<String> missing = client.get("/conflicts/cc-unknown");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Conflict cc-unknown is not in any report"), missing.body());
        HttpResponse<String> nowhere = client.get("/nowhere");
        assertEquals(404, nowhere.statusCode());
        assertTrue(nowhere.body().contains("There is no page at /nowhere."), nowhere.body());
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        WebClient alice = signedIn("alice");
        HttpResponse<String> noToken = alice.post("/conflicts/" + TestReports.COUNT + "/actions",
                form("action", "confirm", "version", "0"));
        assertEquals(403, noToken.statusCode());
        HttpResponse<String> wrongToken = alice.post("/conflicts/" + TestReports.COUNT + "/actions",
                form("_csrf", "forged", "action", "confirm", "version", "0"));
        assertEquals(403, wrongToken.statusCode());
        assertEquals(403, new WebClient(server.url()).post("/login",
                form("name", "alice", "password", "alice-password")).statusCode());
        assertEquals("open", queue(alice, "status=all").get(TestReports.COUNT));
    }

    @Test
    void decisionsSurviveARestartOfTheServer() {
        WebClient alice = signedIn("alice");
        assertEquals(303, alice.act(TestReports.COUNT, "action", "confirm").statusCode());
        assertEquals(303, alice.act(TestReports.DATE, "action", "dismiss", "reason", "out_of_scope",
                "note", "a calendar detail").statusCode());

        server.close();
        server = start();

        WebClient later = signedIn("alice");
        Map<String, String> all = queue(later, "status=all");
        assertEquals("confirmed", all.get(TestReports.COUNT));
        assertEquals("dismissed", all.get(TestReports.DATE));
        assertEquals("open", all.get(TestReports.ENGINE));
        String page = later.get("/conflicts/" + TestReports.DATE).body();
        assertTrue(page.contains("dismissed: out of scope"), page);
        assertTrue(page.contains("<b>alice</b> dismissed it as out of scope"), page);
        assertTrue(page.contains("a calendar detail"), page);
    }

    @Test
    void decisionsCarryOverToTheNextNightsReportUntilTheEvidenceChanges() throws Exception {
        WebClient alice = signedIn("alice");
        assertEquals(303, alice.act(TestReports.COUNT, "action", "dismiss", "reason", "same_fact").statusCode());
        assertEquals(303, alice.act(TestReports.ENGINE, "action", "confirm").statusCode());

        TestReports.write(reports, "2026-11-21", TestReports.nightTwo());

        Map<String, String> all = queue(alice, "status=all");
        assertEquals("dismissed", all.get(TestReports.COUNT), "same id in the new report: still dismissed");
        assertEquals("open", all.get(TestReports.ENGINE_CHANGED), "changed evidence, new id: open again");
        assertEquals(List.of(TestReports.ENGINE_CHANGED, TestReports.DATE),
                List.copyOf(queue(alice, "status=open").keySet()));
        String page = alice.get("/conflicts/" + TestReports.COUNT).body();
        assertTrue(page.contains("seen in 2026-11-20, 2026-11-21"), page);
        assertTrue(alice.get("/conflicts/" + TestReports.ENGINE_CHANGED).body().contains("W12"));
        try (Decisions decisions = Decisions.open(database.url())) {
            assertEquals(Map.of(TestReports.COUNT, "dismissed", TestReports.ENGINE_CHANGED, "open"),
                    decisions.statusOf(List.of(TestReports.COUNT, TestReports.ENGINE_CHANGED)));
        }
    }

    @Test
    void aSecondEditorActingOnAStaleVersionIsToldAndNothingIsOverwritten() {
        WebClient alice = signedIn("alice");
        WebClient bob = signedIn("bob");
        String alicesPage = alice.get("/conflicts/" + TestReports.DATE).body();
        String bobsPage = bob.get("/conflicts/" + TestReports.DATE).body();

        assertEquals(303, alice.actOn(alicesPage, TestReports.DATE, "action", "confirm").statusCode());
        HttpResponse<String> late = bob.actOn(bobsPage, TestReports.DATE, "action", "dismiss",
                "reason", "not_a_conflict");
        assertEquals(303, late.statusCode(), "refused, and still redirected: a reload must not post the form again");
        assertEquals("/conflicts/" + TestReports.DATE, late.headers().firstValue("Location").orElse(""));
        String refused = bob.get("/conflicts/" + TestReports.DATE).body();
        assertTrue(refused.contains("Someone else changed this conflict since you opened it "
                + "(now: confirmed by alice)"), refused);
        assertTrue(refused.contains("name=\"version\" value=\"1\""), "the refusal shows the current version");
        assertTrue(refused.contains("id=\"status\">confirmed<"), refused);
        assertEquals(1, count(refused, "<li><span class=\"when\">"), "one entry in the history: alice's");

        String reloaded = bob.get("/conflicts/" + TestReports.DATE).body();
        assertFalse(reloaded.contains("id=\"problem\""), "the refusal is said once, not on every later visit");
    }

    @Test
    void assigningAndCommentingAreRecordedInTheHistory() {
        WebClient alice = signedIn("alice");
        assertEquals(303, alice.act(TestReports.ENGINE, "action", "assign", "assignee", "bob").statusCode());
        assertEquals(303, alice.act(TestReports.ENGINE, "action", "comment", "note", "Bob knows cars").statusCode());
        assertEquals(303, alice.act(TestReports.ENGINE, "action", "assign", "assignee", "nobody-here").statusCode());
        assertTrue(alice.get("/conflicts/" + TestReports.ENGINE).body()
                .contains("There is no editor named &#39;nobody-here&#39;. Nothing was saved."));
        assertEquals(303, alice.act(TestReports.ENGINE, "action", "dismiss").statusCode());
        assertTrue(alice.get("/conflicts/" + TestReports.ENGINE).body().contains("A dismissal needs a reason."),
                "a reason is required");
        String page = alice.get("/conflicts/" + TestReports.ENGINE).body();
        assertTrue(page.contains("assigned to <b>bob</b>"), page);
        assertTrue(page.contains("<b>alice</b> assigned it to bob"), page);
        assertTrue(page.contains("Bob knows cars"), page);
        assertEquals(2, count(page, "<li><span class=\"when\">"));
    }

    @Test
    void afterAnActionTheNextOpenConflictIsOneClickAway() {
        WebClient alice = signedIn("alice");
        assertEquals(List.of(TestReports.ENGINE, TestReports.COUNT, TestReports.DATE),
                List.copyOf(queue(alice, "status=open").keySet()));
        HttpResponse<String> done = alice.act(TestReports.ENGINE, "action", "follow_up");
        assertEquals("/conflicts/" + TestReports.ENGINE, done.headers().firstValue("Location").orElse(""),
                "the editor stays on the conflict");
        String page = alice.get("/conflicts/" + TestReports.ENGINE).body();
        assertTrue(page.contains("href=\"/conflicts/" + TestReports.COUNT + "\" id=\"next-open\""), page);
        String last = alice.get("/conflicts/" + TestReports.DATE).body();
        assertTrue(last.contains("href=\"/conflicts/" + TestReports.COUNT + "\" id=\"next-open\""),
                "after the last one, the first open one again: " + last);
        alice.act(TestReports.COUNT, "action", "confirm");
        alice.act(TestReports.DATE, "action", "confirm");
        assertTrue(alice.get("/conflicts/" + TestReports.DATE).body().contains("id=\"no-next-open\""));
    }

    @Test
    void anEditorFindsTheirConflictsAndSearchesTheQueueByItsWords() {
        WebClient alice = signedIn("alice");
        alice.act(TestReports.DATE, "action", "assign", "assignee", "alice");
        alice.act(TestReports.COUNT, "action", "assign", "assignee", "bob");
        assertEquals(List.of(TestReports.DATE), List.copyOf(queue(alice, "status=all&assignee=me").keySet()));
        WebClient bob = signedIn("bob");
        assertEquals(List.of(TestReports.COUNT), List.copyOf(queue(bob, "status=all&assignee=me").keySet()));
        assertEquals(List.of(TestReports.COUNT), List.copyOf(queue(alice, "status=all&assignee=bob").keySet()));
        assertTrue(alice.get("/queue?status=all&assignee=me").body().contains("value=\"me\" selected"));

        assertEquals(List.of(TestReports.COUNT), List.copyOf(queue(alice, "status=all&q=translators").keySet()),
                "a word of a quote");
        assertEquals(List.of(TestReports.DATE), List.copyOf(queue(alice, "status=all&q=summit+june").keySet()),
                "every word, anywhere: the headline and the story");
        assertEquals(List.of(TestReports.ENGINE), List.copyOf(queue(alice, "status=all&q=ENGINE+LAYOUT").keySet()),
                "in any case");
        assertTrue(queue(alice, "status=all&q=translators+V12").isEmpty());
        String page = alice.get("/queue?status=all&q=translators").body();
        assertTrue(page.contains("href=\"/queue?status=open&amp;q=translators\""), "the tabs keep the search");
    }

    @Test
    void theQueueAndThePageTitleAConflictByItsHeadlineAndShowWhatOtherArticlesSaid() throws Exception {
        TestReports.write(reports, "2026-11-21", TestReports.withOthers());
        WebClient alice = signedIn("alice");
        String queue = alice.get("/queue?status=all").body();
        assertTrue(queue.contains(">" + TestReports.COUNT_HEADLINE + "</a>"), queue);
        String page = alice.get("/conflicts/" + TestReports.COUNT).body();
        assertTrue(page.contains("<h1 id=\"headline\">" + TestReports.COUNT_HEADLINE + "</h1>"), page);
        assertTrue(page.contains("<title>" + TestReports.COUNT_HEADLINE + " · Crosscheck review</title>"), page);
        String others = page.substring(page.indexOf("id=\"others\""));
        others = others.substring(0, others.indexOf("</section>"));
        assertTrue(others.contains("<b>Motor Weekly</b>, 2024-02-20: <b>three</b>"), others);
        assertTrue(others.contains("<mark class=\"quote\">Three men</mark>"), others);
    }

    @Test
    void anUpdateIsAcknowledgedNotConfirmedAndItsTimelineIsAList() throws Exception {
        TestReports.write(reports, "2026-11-21", TestReports.update());
        WebClient alice = signedIn("alice");
        String page = alice.get("/conflicts/" + TestReports.UPDATE).body();
        assertTrue(page.contains("id=\"acknowledge\">Acknowledge update</button>"), page);
        assertFalse(page.contains("id=\"confirm\""), "an update is no discrepancy to confirm");
        String timeline = page.substring(page.indexOf("id=\"timeline\""));
        timeline = timeline.substring(0, timeline.indexOf("</ol>"));
        assertEquals(3, count(timeline, "<li class=\"report\">"), timeline);
        assertTrue(timeline.indexOf("<b>20</b>") < timeline.indexOf("<b>31</b>"), "in the order they came out");

        assertEquals(303, alice.act(TestReports.UPDATE, "action", "confirm").statusCode());
        assertTrue(alice.get("/conflicts/" + TestReports.UPDATE).body()
                .contains("An update is not a discrepancy to confirm"));
        assertEquals(303, alice.act(TestReports.UPDATE, "action", "acknowledge", "note", "toll rose").statusCode());
        assertEquals("acknowledged", queue(alice, "status=all").get(TestReports.UPDATE));
        assertEquals(303, alice.act(TestReports.COUNT, "action", "acknowledge").statusCode());
        assertEquals("open", queue(alice, "status=all").get(TestReports.COUNT), "only an update is acknowledged");
        assertTrue(alice.get("/queue").body().contains("acknowledged <span class=\"count\">1</span>"));
        assertFalse(alice.get("/export/confirmed.csv").body().contains(TestReports.UPDATE),
                "an acknowledged update is not a confirmed discrepancy");
    }

    @Test
    void theQueueSortsBySeverityThenDateFiltersAndCountsPerStatus() {
        WebClient alice = signedIn("alice");
        assertEquals(List.of(TestReports.ENGINE, TestReports.COUNT, TestReports.DATE),
                List.copyOf(queue(alice, "status=open").keySet()));
        assertEquals(303, alice.act(TestReports.DATE, "action", "follow_up").statusCode());

        String page = alice.get("/queue").body();
        assertTrue(page.contains("open <span class=\"count\">2</span>"), page);
        assertTrue(page.contains("needs follow-up <span class=\"count\">1</span>"), page);
        assertTrue(page.contains("all <span class=\"count\">3</span>"), page);
        assertEquals(List.of(TestReports.DATE), List.copyOf(queue(alice, "status=follow_up").keySet()));
        assertEquals(List.of(TestReports.DATE), List.copyOf(queue(alice, "status=all&outlet=AP").keySet()));
        assertEquals(List.of(TestReports.ENGINE, TestReports.COUNT),
                List.copyOf(queue(alice, "status=all&story=story-limo").keySet()));
        assertEquals(List.of(TestReports.COUNT),
                List.copyOf(queue(alice, "status=all&rule=" + enc(TestReports.COUNT_RULE)).keySet()));
        assertEquals(List.of(TestReports.DATE), List.copyOf(queue(alice, "status=all&severity=LOW").keySet()));
        assertEquals(List.of(TestReports.ENGINE),
                List.copyOf(queue(alice, "status=all&category=SINGLE_VALUE").keySet()));
        assertTrue(queue(alice, "status=open&severity=LOW").isEmpty());
    }

    @Test
    void aLongQueueComesInPagesInTheSameOrder() {
        WebClient alice = signedIn("alice");
        List<String> all = List.copyOf(queue(alice, "status=all").keySet());
        assertEquals(3, all.size());
        List<String> paged = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            paged.addAll(queue(alice, "status=all&size=1&page=" + page).keySet());
        }
        assertEquals(all, paged, "one row a page, in the queue's order");
        String second = alice.get("/queue?status=all&size=2&page=2").body();
        assertTrue(second.contains("3–3 of 3 · page 2 of 2"), second);
        assertTrue(second.contains("href=\"/queue?status=all&amp;size=2\" id=\"page-previous\""), second);
        assertFalse(second.contains("id=\"page-next\""), second);
        assertEquals(List.of(all.get(2)), List.copyOf(queue(alice, "status=all&size=2&page=9").keySet()),
                "a page past the end shows the last one");
        assertFalse(alice.get("/queue?status=all").body().contains("id=\"pages\""), "one page needs no page links");
    }

    @Test
    void ruleAuthorsSeeConfirmationsAndDismissalReasonsPerRule() throws Exception {
        WebClient alice = signedIn("alice");
        alice.act(TestReports.COUNT, "action", "confirm");
        alice.act(TestReports.ENGINE, "action", "dismiss", "reason", "extraction_error");
        alice.act(TestReports.DATE, "action", "dismiss", "reason", "same_fact");

        JsonNode json = new ObjectMapper().readTree(alice.get("/rules.json").body());
        Map<String, JsonNode> byRule = new LinkedHashMap<>();
        json.get("rules").forEach(r -> byRule.put(r.get("rule").asText(), r));
        assertEquals(1, byRule.get(TestReports.COUNT_RULE).get("confirmed").asInt());
        assertEquals(0, byRule.get(TestReports.COUNT_RULE).get("dismissed").asInt());
        JsonNode engine = byRule.get(TestReports.ENGINE_RULE);
        assertEquals(1, engine.get("dismissed").asInt());
        assertEquals(1, engine.get("dismissedBy").get("extraction_error").asInt());
        assertEquals(0, engine.get("dismissedBy").get("same_fact").asInt());
        assertEquals(1, byRule.get(TestReports.DATE_RULE).get("dismissedBy").get("same_fact").asInt());
        assertEquals("extraction error", json.get("reasons").get("extraction_error").asText());

        String page = alice.get("/rules").body();
        assertTrue(page.contains(TestReports.ENGINE_RULE), page);
        assertTrue(page.contains("extraction error"), page);
    }

    @Test
    void confirmedDiscrepanciesExportAsClaimReviewAndCsv() throws Exception {
        WebClient alice = signedIn("alice");
        alice.act(TestReports.COUNT, "action", "confirm", "note", "Checked with the agency, \"two\" is right");
        alice.act(TestReports.DATE, "action", "dismiss", "reason", "out_of_scope");

        HttpResponse<String> jsonld = alice.get("/export/claimreview.jsonld");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        JsonNode root = new ObjectMapper().readTree(jsonld.body());
        assertEquals("https://schema.org", root.get("@context").asText());
        assertEquals(1, root.get("@graph").size(), "only the confirmed conflict");
        JsonNode review = root.get("@graph").get(0);
        assertEquals("ClaimReview", review.get("@type").asText());
        assertEquals(TestReports.COUNT, review.get("identifier").asText());
        assertEquals("alice", review.get("author").get("name").asText());
        assertEquals("Conflicting accounts", review.get("reviewRating").get("alternateName").asText());
        JsonNode appearances = review.get("itemReviewed").get("appearance");
        assertEquals(2, appearances.size());
        assertEquals("https://www.reuters.com/world/putin-kim-limousine", appearances.get(0).get("url").asText());
        assertEquals("Reuters", appearances.get(0).get("publisher").get("name").asText());
        assertTrue(review.get("claimReviewed").asText().contains("two men, presumably translators"));
        assertTrue(review.get("reviewBody").asText().endsWith("Editor's note: Checked with the agency, \"two\" is right"),
                review.get("reviewBody").asText());
        assertEquals(TestReports.COUNT_HEADLINE, review.get("name").asText());

        HttpResponse<String> csv = alice.get("/export/confirmed.csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = new ArrayList<>(List.of(csv.body().split("\r\n")));
        assertTrue(lines.get(0).startsWith("conflict_id,severity,category,rule,story"), lines.get(0));
        assertEquals(3, lines.size(), "header and one row per side of the confirmed conflict: " + lines);
        assertTrue(lines.get(1).startsWith(TestReports.COUNT + ",MEDIUM,COUNT,"), lines.get(1));
        assertTrue(lines.get(1).contains(",alice,"), lines.get(1));
        assertTrue(lines.get(0).endsWith(",sentence,note"), lines.get(0));
        assertTrue(lines.get(1).endsWith(",\"Checked with the agency, \"\"two\"\" is right\""), lines.get(1));
        assertFalse(csv.body().contains(TestReports.DATE));
    }

    @Test
    void untrustedArticleTextIsEscapedOnEveryPage() throws Exception {
        TestReports.write(reports, "2026-11-22", TestReports.hostile());
        WebClient alice = signedIn("alice");
        for (String path : List.of("/queue?status=all", "/conflicts/" + TestReports.HOSTILE, "/rules")) {
            String body = alice.get(path).body();
            String lower = body.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("<script"), path + " has a script element:\n" + body);
            assertFalse(lower.contains("<img"), path + " has an injected image:\n" + body);
            assertFalse(lower.contains("<i>rule"), path + " has injected markup:\n" + body);
            assertFalse(body.contains("onmouseover=\"window"), path + " has an injected attribute:\n" + body);
            assertFalse(lower.contains("javascript:"), path + " links to javascript:\n" + body);
        }
        String page = alice.get("/conflicts/" + TestReports.HOSTILE).body();
        assertTrue(page.contains("<mark class=\"quote\">&lt;script&gt;window.__pwned=2&lt;/script&gt; cars</mark>"),
                page);
        assertTrue(page.contains("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;"), page);
        assertTrue(page.contains("no source URL"), "a javascript: URL is not linked");
        assertTrue(page.contains("href=\"https://calm.example/convoy\""), page);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
