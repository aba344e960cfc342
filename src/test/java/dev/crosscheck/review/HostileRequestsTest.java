package dev.crosscheck.review;

import static dev.crosscheck.review.WebClient.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.report.JsonReports;
import dev.crosscheck.report.Report;
import dev.crosscheck.review.db.Database;
import dev.crosscheck.review.db.Editors;
import dev.crosscheck.review.web.ReviewServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The review app against the hostile requests of issue 12 (README, "Hostile inputs"): each test sends what an
 * attacker or a broken file would, and checks what the app answers, that it stays up, and what it logs.
 */
class HostileRequestsTest {

    @TempDir
    Path tmp;

    Path reports;
    String db;
    ReviewServer server;
    ListAppender<ILoggingEvent> log;

    @BeforeEach
    void setUp() throws Exception {
        reports = tmp.resolve("reports");
        TestReports.write(reports, "2026-11-20", TestReports.nightOne());
        db = TestDatabase.sqlite(tmp).url();
        Editors editors = new Editors(Database.open(db));
        editors.add("alice", "alice-password".toCharArray());
        editors.add("bob", "bob-password".toCharArray());
        log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger("dev.crosscheck.review")).addAppender(log);
        server = start(List.of());
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger("dev.crosscheck.review")).detachAppender(log);
        server.close();
    }

    private ReviewServer start(List<String> allowedHosts) {
        return ReviewServer.start(new ReviewServer.Settings(reports, db, "127.0.0.1", 0, false, allowedHosts));
    }

    private WebClient signedIn(String name) {
        WebClient client = new WebClient(server.url());
        assertEquals(303, client.signIn(name, name + "-password").statusCode());
        return client;
    }

    private RawHttp.Response raw(String head, byte[] body) {
        return RawHttp.exchange(server.port(), head, body, 10_000);
    }

    @Test
    void bodiesAreRefusedFromTheirHeadersBeforeAnythingReadsThemOrTheCsrfCheckParsesAForm() {
        String host = "Host: 127.0.0.1:" + server.port();
        // 100 MB of multipart upload, as curl -F "file=@-" sends it: refused from its headers, never read whole.
        long hundredMegabytes = 100_000_000;
        RawHttp.Response upload = RawHttp.exchange(server.port(), "POST /login HTTP/1.1\r\n" + host + "\r\nContent-Type: "
                + "multipart/form-data; boundary=xyz\r\nContent-Length: " + hundredMegabytes, hundredMegabytes, 0, 20_000);
        // Before the fix this was a 403 from the CSRF check, after the whole upload was parsed and spooled to disk.
        // Jetty still drains what the client sends before it closes the connection, but stores none of it.
        assertEquals(413, upload.status(), "refused, not parsed: " + upload);
        assertEquals("close", upload.headers().get("connection"));
        assertFalse(upload.body().contains("expired"), "the CSRF check never read the form");
        assertTrue(log.list.stream().anyMatch(e -> e.getFormattedMessage().equals("refused POST /login with 413: "
                + "Request too large")), "refused from the headers, before the guard");

        RawHttp.Response smallUpload = raw("POST /login HTTP/1.1\r\n" + host + "\r\nContent-Type: multipart/form-data; "
                + "boundary=xyz\r\nContent-Length: 10", "--xyz--\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(415, smallUpload.status(), "no multipart at all, whatever its size");

        RawHttp.Response chunked = raw("POST /conflicts/x/actions HTTP/1.1\r\n" + host + "\r\nContent-Type: "
                + "application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked",
                "5\r\nab=cd\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(411, chunked.status(), "a body of unknown length is not read: " + chunked);

        RawHttp.Response bigForm = RawHttp.exchange(server.port(), "POST /login HTTP/1.1\r\n" + host
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000000", 1_000_000, 'a', 10_000);
        assertEquals(413, bigForm.status());

        RawHttp.Response json = raw("POST /login HTTP/1.1\r\n" + host + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2", "{}".getBytes(StandardCharsets.US_ASCII));
        assertEquals(415, json.status());

        assertEquals(303, new WebClient(server.url()).signIn("alice", "alice-password").statusCode(),
                "an ordinary form still works");
    }

    @Test
    void aBrokenReportIsListedAsAProblemAndTheOthersAreServed() throws Exception {
        Map<String, String> broken = Map.of(
                "null-conflict.json", "{\"schema\":\"crosscheck.report/1\",\"conflicts\":[null]}",
                "null-evidence.json", "{\"schema\":\"crosscheck.report/1\",\"conflicts\":[{\"id\":\"cc-1\",\"evidence\":[null]}]}",
                "null-article.json", "{\"schema\":\"crosscheck.report/1\",\"articles\":[null],\"conflicts\":[]}",
                "null-story.json", "{\"schema\":\"crosscheck.report/1\",\"stories\":[null],\"conflicts\":[]}",
                "wrong-types.json", "{\"schema\":\"crosscheck.report/1\",\"conflicts\":{\"id\":3}}",
                "deep.json", "[".repeat(5000) + "]".repeat(5000));
        for (var e : broken.entrySet()) {
            Files.writeString(reports.resolve(e.getKey()), e.getValue());
        }
        Files.writeString(reports.resolve("sparse.json"), "{\"schema\":\"crosscheck.report/1\",\"conflicts\":"
                + "[{\"id\":\"cc-sparse\",\"evidence\":[{}]}],\"stories\":[{}],\"articles\":[{}]}");
        WebClient alice = signedIn("alice");

        HttpResponse<String> queue = alice.get("/queue?status=all");
        assertEquals(200, queue.statusCode(), queue.body());
        assertTrue(queue.body().contains("null-conflict.json: conflicts[0] is null"), queue.body());
        assertTrue(queue.body().contains("null-evidence.json: conflicts[0].evidence[0] is null"), queue.body());
        assertTrue(queue.body().contains("null-article.json: articles[0] is null"), queue.body());
        assertTrue(queue.body().contains("null-story.json: stories[0] is null"), queue.body());
        assertTrue(queue.body().contains("wrong-types.json: not a crosscheck report"), queue.body());
        assertTrue(queue.body().contains("deep.json: not a crosscheck report"), queue.body());
        assertTrue(queue.body().contains("data-id=\"" + TestReports.COUNT + "\""), "the good report is served");
        assertTrue(queue.body().contains("data-id=\"cc-sparse\""), "a report with empty parts is shown as far as it goes");
        for (String path : List.of("/conflicts/" + TestReports.COUNT, "/conflicts/cc-sparse", "/rules", "/rules.json",
                "/export/claimreview.jsonld", "/export/confirmed.csv")) {
            assertEquals(200, alice.get(path).statusCode(), path);
        }
        assertEquals(303, alice.act("cc-sparse", "action", "confirm").statusCode());
        assertEquals(200, alice.get("/export/confirmed.csv").statusCode());
        assertEquals(200, alice.get("/export/claimreview.jsonld").statusCode());
    }

    @Test
    void errorPagesNameNoInternalsAndTheLogHasTheDetails() throws Exception {
        WebClient alice = signedIn("alice");
        HttpResponse<String> unknown = alice.get("/conflicts/cc-unknown");
        assertEquals(404, unknown.statusCode());
        assertFalse(unknown.body().contains(reports.toString()), "a conflict's 404 does not show where the reports are");
        Path file = tmp.resolve("review.db");
        Files.move(file, tmp.resolve("moved.db"));
        Files.createDirectory(file); // the database is gone and a folder is in its place: every query fails

        HttpResponse<String> page = alice.get("/queue");
        assertEquals(503, page.statusCode(), page.body());
        assertFalse(page.body().contains("Exception"), page.body());
        assertFalse(page.body().contains(tmp.toString()), "no server path on the page: " + page.body());
        String reference = page.body().replaceAll("(?s).*(error-[0-9a-f]{8}).*", "$1");
        assertTrue(reference.matches("error-[0-9a-f]{8}"), page.body());
        assertTrue(log.list.stream().anyMatch(e -> e.getFormattedMessage().contains(reference)
                && e.getThrowableProxy() != null), "the log has the error, with its stack trace, under " + reference);
    }

    @Test
    void requestsAndActionsAreLoggedWithoutPasswordsOrCookies() {
        WebClient alice = new WebClient(server.url());
        HttpResponse<String> signIn = alice.signIn("alice", "alice-password");
        String token = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0].split("=", 2)[1];
        assertEquals(303, alice.act(TestReports.COUNT, "action", "confirm").statusCode());
        assertEquals(200, alice.get("/queue").statusCode());
        alice.get("/evil%0d%0aFAKE%20line%1b%5B31m");

        List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("POST /login 303 - \\d+ ms from 127\\.0\\.0\\.1")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("GET /queue 200 alice \\d+ ms from 127\\.0\\.0\\.1")), lines.toString());
        assertTrue(lines.contains("sign-in: alice from 127.0.0.1"), lines.toString());
        assertTrue(lines.contains("action: alice confirm " + TestReports.COUNT), lines.toString());
        for (String line : lines) {
            assertFalse(line.contains("alice-password"), line);
            assertFalse(line.contains(token), "no session token in the log: " + line);
            assertFalse(line.contains("\n") || line.contains("\r"), "one line per entry: " + line);
        }
    }

    @Test
    void afterSignInOnlyPathsOfThisSiteAreFollowed() {
        for (String next : List.of("/\t/evil.example", "/\n/evil.example", "/\\evil.example", "//evil.example",
                "https://evil.example/", "/ /evil.example", "/%09/evil.example".replace("%09", "\u000b"),
                "/\u202e/evil.example", "/login?next=//evil.example", "evil.example", "/../\t/evil.example")) {
            WebClient client = new WebClient(server.url());
            String csrf = WebClient.csrf(client.get("/login").body());
            HttpResponse<String> r = client.post("/login", form("_csrf", csrf, "name", "alice",
                    "password", "alice-password", "next", next));
            assertEquals(303, r.statusCode());
            assertEquals("/queue", r.headers().firstValue("Location").orElseThrow(), "next=" + next);
        }
        WebClient client = new WebClient(server.url());
        String csrf = WebClient.csrf(client.get("/login").body());
        HttpResponse<String> ok = client.post("/login", form("_csrf", csrf, "name", "alice", "password",
                "alice-password", "next", "/queue?status=all&outlet=Le+Monde"));
        assertEquals("/queue?status=all&outlet=Le+Monde", ok.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void wrongPasswordsAreThrottledPerAccountWithAClearMessage() {
        WebClient client = new WebClient(server.url());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, client.signIn("alice", "wrong-" + i).statusCode());
        }
        HttpResponse<String> right = client.signIn("alice", "alice-password");
        assertEquals(429, right.statusCode(), "even the right password waits once the account is throttled");
        assertTrue(right.body().contains("Too many failed sign-ins for this editor name. Try again in 15 minutes."),
                right.body());
        assertTrue(Integer.parseInt(right.headers().firstValue("Retry-After").orElseThrow()) > 800);
        assertEquals(303, new WebClient(server.url()).signIn("bob", "bob-password").statusCode(),
                "another editor is not locked out");
    }

    @Test
    void parallelGuessesDoNotRunAtTheSpeedOfBcrypt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                guesses.add(() -> new WebClient(server.url()).signIn("bob", "guess-" + n).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(guesses)) {
                statuses.add(f.get());
            }
            assertEquals(5, statuses.stream().filter(s -> s == 401).count(), "only five passwords checked: " + statuses);
            assertEquals(11, statuses.stream().filter(s -> s == 429).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            others.add(new WebClient(server.url()).signIn("nobody-" + i, "guess").statusCode());
        }
        assertEquals(15, others.stream().filter(s -> s == 401).count(),
                "20 attempts per address: the 5 checked above and 15 more; refused ones do not count: " + others);
        HttpResponse<String> fromHere = new WebClient(server.url()).signIn("alice", "alice-password");
        assertEquals(429, fromHere.statusCode());
        assertTrue(fromHere.body().contains("Too many failed sign-ins from your address."), fromHere.body());
    }

    @Test
    void changingAPasswordEndsEverySessionOfThatEditor() throws Exception {
        WebClient first = signedIn("alice");
        WebClient second = signedIn("alice");
        WebClient bob = signedIn("bob");
        String page = first.get("/conflicts/" + TestReports.COUNT).body();

        ReviewCommandsTest.Run passwd = ReviewCommandsTest.run("a new password\n", "editors", "passwd", "alice",
                "--db", db);
        assertEquals(0, passwd.code(), passwd.err());

        HttpResponse<String> queue = first.get("/queue");
        assertEquals(302, queue.statusCode(), "signed out");
        assertTrue(queue.headers().firstValue("Location").orElseThrow().startsWith("/login"));
        assertTrue(first.get("/login").body().contains("Your password was changed"));
        assertEquals(302, second.get("/queue").statusCode(), "every session of alice");
        assertEquals(403, first.actOn(page, TestReports.COUNT, "action", "confirm").statusCode(),
                "a form from before cannot act");
        assertEquals(200, bob.get("/queue").statusCode(), "bob's session goes on");
        assertEquals(303, new WebClient(server.url()).signIn("alice", "a new password").statusCode());
    }

    @Test
    void onlyKnownHostNamesAreServed() {
        String request = "GET /login HTTP/1.1\r\nHost: ";
        assertEquals(421, raw(request + "evil.example:" + server.port(), new byte[0]).status(), "DNS rebinding");
        assertEquals(421, raw(request + "localhost.evil.example", new byte[0]).status());
        assertEquals(200, raw(request + "localhost:" + server.port(), new byte[0]).status());
        assertEquals(200, raw(request + "127.0.0.1:" + server.port(), new byte[0]).status());
        assertEquals(200, raw(request + "[::1]:" + server.port(), new byte[0]).status());
        server.close();
        server = start(List.of("review.example.org"));
        assertEquals(200, raw(request + "Review.Example.org.:" + server.port(), new byte[0]).status());
        assertEquals(421, raw(request + "evil.example", new byte[0]).status());
    }

    @Test
    void theClaimReviewExportCannotCloseTheScriptElementItIsPublishedIn() throws Exception {
        TestReports.write(reports, "2026-11-22", TestReports.hostile());
        WebClient alice = signedIn("alice");
        assertEquals(303, alice.act(TestReports.HOSTILE, "action", "confirm").statusCode());
        String jsonld = alice.get("/export/claimreview.jsonld").body();
        assertFalse(jsonld.contains("<"), jsonld);
        assertFalse(jsonld.contains(">"), jsonld);
        assertFalse(jsonld.contains("&"), jsonld);
        JsonNode work = new ObjectMapper().readTree(jsonld).get("@graph").get(0).get("itemReviewed").get("appearance")
                .get(0);
        assertTrue(work.get("text").asText().contains("<script>window.__pwned=2</script>"), "the text is unchanged");
    }

    @Test
    void bidiControlsInTitlesAndOutletsAreNotShown() throws Exception {
        Report hostile = TestReports.hostile();
        String json = JsonReports.toJson(hostile).replace("Calm Post", "Calm \u202eTSOP\u202c Post")
                .replace("Calm title", "Calm \u2066title\u2069");
        Files.writeString(reports.resolve("bidi.json"), json);
        String page = signedIn("alice").get("/conflicts/" + TestReports.HOSTILE).body();
        assertTrue(page.contains("Calm TSOP Post"), page);
        assertTrue(page.contains("Calm title"), page);
        assertFalse(page.contains("\u202e") || page.contains("\u2066"), page);
    }
}
