package dev.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.TestPipeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs past what the reader was built for (issue 12; README, "Hostile inputs"): each becomes a skipped entry
 * with its reason and, in a feed, its line, and the articles beside it are read.
 */
class HostileFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** An English article of its own: the language detector needs a few sentences. */
    static String english(int n) {
        return "The city council met on Monday to discuss plan number " + n + " for the schools and the roads of the"
                + " town. The mayor said the plan would cost about " + (n + 2) + " million dollars over three years, "
                + "and that work could start in the spring.\n\nResidents who spoke at the meeting asked for more "
                + "buses and safer crossings near the schools. The council will vote on the plan next month.";
    }

    static String record(String id, String text) {
        ObjectNode node = JSON.createObjectNode().put("id", id).put("outlet", "example.org").put("published", "2024-06-19")
                .put("text", text);
        return node.toString();
    }

    private static ArticleReader reader() {
        return new ArticleReader(TestPipeline.knowledge().boilerplate(), new LanguageIdentifier());
    }

    /** File name (with its ":line" or "[index]") to reason. */
    private static Map<String, String> skipped(Ingested read) {
        return read.skipped().stream().collect(Collectors.toMap(s -> Path.of(s.path()).getFileName().toString(),
                Skipped::reason, (a, b) -> a + " | " + b, TreeMap::new));
    }

    private static List<String> ids(Ingested read) {
        return read.articles().stream().map(Article::id).toList();
    }

    @Test
    void jsonPastTheParsersLimitsIsSkippedAndTheFilesBesideItAreRead() throws IOException {
        Files.writeString(tmp.resolve("deep.json"), "[".repeat(1001) + "]".repeat(1001));
        Files.writeString(tmp.resolve("deep-record.json"), "{\"id\": \"d\", \"text\": " + "[".repeat(1500) + "]".repeat(1500) + "}");
        StringBuilder big = new StringBuilder("{\"id\": \"big\", \"text\": \"");
        big.append("The council met on Monday. ".repeat(50 * 1024 * 1024 / 27)).append("\"}");
        Files.writeString(tmp.resolve("big.json"), big);
        Files.writeString(tmp.resolve("good.json"), record("good", english(1)));

        Ingested read = reader().read(List.of(tmp));

        Map<String, String> skipped = skipped(read);
        assertEquals(List.of("good"), ids(read));
        assertTrue(skipped.get("deep.json:1").startsWith("past the JSON parser's limits (nesting, or a value too long): "
                + "Document nesting depth (1001) exceeds the maximum allowed (1000"), skipped.toString());
        assertTrue(skipped.get("deep-record.json:1").startsWith("past the JSON parser's limits"), skipped.toString());
        assertTrue(skipped.get("big.json:1").contains("String value length"), skipped.toString());
        assertEquals(3, skipped.size(), skipped.toString());
    }

    @Test
    void aJsonArrayThatBreaksHalfWayKeepsTheRecordsBeforeTheBreak() throws IOException {
        Files.writeString(tmp.resolve("feed.json"), "[\n" + record("a", english(1)) + ",\n" + record("b", english(2))
                + ",\n{\"id\": \"c\", \"text\": \"cut here\n]\n");
        Ingested read = reader().read(List.of(tmp.resolve("feed.json")));
        assertEquals(List.of("a", "b"), ids(read));
        Skipped broken = read.skipped().get(0);
        assertEquals(tmp.resolve("feed.json") + ":4", broken.path());
        assertTrue(broken.reason().startsWith("not valid JSON: "), broken.reason());
        assertTrue(broken.reason().endsWith("; 2 records before it were read, the rest is not"), broken.reason());
    }

    @Test
    void aBadByteInAJsonlFeedSkipsOnlyItsLineWithTheRightNumber() throws IOException {
        ByteArrayOutputStream feed = new ByteArrayOutputStream();
        for (int line = 1; line <= 300; line++) {
            String text = line == 3 || line == 250 ? record("r" + line, english(line)).replace("council", "counc\u0001il")
                    : record("r" + line, english(line));
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (line == 3 || line == 250) {
                bytes[bytes.length / 2] = (byte) 0xff; // one invalid UTF-8 byte in the middle of the line
            }
            feed.writeBytes(bytes);
            feed.write(line == 100 ? '\r' : ' ');
            feed.write('\n');
        }
        Path file = Files.write(tmp.resolve("feed.jsonl"), feed.toByteArray());

        Ingested read = reader().read(List.of(file));

        assertEquals(298, read.articles().size(), "every other line is read, before and after the bad ones");
        assertEquals("r300", read.articles().get(297).id());
        assertEquals(2, read.skipped().size(), read.skipped().toString());
        assertEquals(file + ":3", read.skipped().get(0).path());
        assertEquals(file + ":250", read.skipped().get(1).path());
        assertTrue(read.skipped().get(0).reason().matches("not UTF-8 text: byte 0xFF at column \\d+ cannot start or "
                + "continue a character"), read.skipped().get(0).reason());
    }

    @Test
    void anOversizedJsonlLineIsPassedOverUnreadAndTheNextLineIsRead() throws IOException {
        Path file = tmp.resolve("feed.jsonl");
        Files.writeString(file, record("a", english(1)) + "\n" + "{\"id\": \"huge\", \"text\": \""
                + "x".repeat(ArticleReader.MAX_JSONL_LINE_BYTES + 10) + "\"}\n" + record("b", english(2)) + "\n");
        Ingested read = reader().read(List.of(file));
        assertEquals(List.of("a", "b"), ids(read));
        assertEquals(file + ":2", read.skipped().get(0).path());
        assertTrue(read.skipped().get(0).reason().startsWith("too large for one article: 8.0 MB"), read.skipped().toString());
    }

    @Test
    void articlesThatShareAnIdAreKeptApartAndSaySo() throws IOException {
        Files.writeString(tmp.resolve("feed.jsonl"), String.join("\n", record("same", english(1)), record("same", english(2)),
                record("same~2", english(3)), record("same", english(4))) + "\n");
        Files.createDirectories(tmp.resolve("a"));
        Files.createDirectories(tmp.resolve("b"));
        Files.writeString(tmp.resolve("a/story.txt"), english(5));
        Files.writeString(tmp.resolve("b/story.txt"), english(6));

        Ingested read = reader().read(List.of(tmp));

        assertEquals(List.of("story", "story~2", "same", "same~3", "same~2", "same~4"), ids(read));
        Article renamed = read.articles().get(3);
        assertTrue(renamed.body().contains("plan number 2"), "the second record, under its own id");
        assertTrue(renamed.problems().contains("its id 'same' is also the id of " + tmp.resolve("feed.jsonl") + ":1; "
                + "renamed 'same~3' so both are kept"), renamed.problems().toString());
        assertEquals(3, read.warnings().size(), read.warnings().toString());
        assertTrue(read.warnings().get(0).startsWith(tmp.resolve("b/story.txt") + ": its id 'story' is also"),
                read.warnings().toString());
    }

    @Test
    void aFolderThatCannotBeListedIsSkippedAndItsSiblingsAreRead() throws IOException {
        // Tests run as root, where a folder without read permission can still be listed, so the failure is
        // injected where the JDK raises it: opening the folder throws AccessDeniedException, as for a user.
        Path locked = Files.createDirectories(tmp.resolve("feed/locked"));
        Files.writeString(locked.resolve("hidden.txt"), english(1));
        Files.writeString(tmp.resolve("feed/open.txt"), english(2));
        Files.createDirectories(tmp.resolve("feed/zz"));
        Files.writeString(tmp.resolve("feed/zz/after.txt"), english(3));
        ArticleReader reader = new ArticleReader(TestPipeline.knowledge().boilerplate(), new LanguageIdentifier(), dir -> {
            if (dir.equals(locked)) {
                throw new AccessDeniedException(dir.toString());
            }
            return Files.newDirectoryStream(dir);
        });

        Ingested read = reader.read(List.of(tmp.resolve("feed")));

        assertEquals(List.of("open", "after"), ids(read));
        assertEquals(List.of(new Skipped(locked.toString(), "cannot list folder: permission denied")), read.skipped());
    }

    @Test
    void pipesDevicesBrokenLinksAndLinkLoopsAreSkippedNeverOpened() throws Exception {
        Path feed = Files.createDirectories(tmp.resolve("feed"));
        Files.writeString(feed.resolve("good.txt"), english(1));
        Path fifo = feed.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Files.createSymbolicLink(feed.resolve("loop"), Path.of("."));
        Files.createSymbolicLink(feed.resolve("self.txt"), Path.of("self.txt"));
        Files.createSymbolicLink(feed.resolve("gone.txt"), Path.of("nowhere.txt"));
        Files.createSymbolicLink(feed.resolve("linked.txt"), feed.resolve("good.txt"));

        Ingested read = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> reader().read(List.of(feed, fifo,
                Path.of("/dev/null"))), "nothing waits on the pipe");

        assertEquals(List.of("good", "linked"), ids(read), "a link to a file is read");
        Map<String, String> skipped = new TreeMap<>();
        read.skipped().forEach(s -> skipped.merge(s.path(), s.reason(), (a, b) -> a + " | " + b));
        assertEquals("not a file or folder but a named pipe (FIFO); not opened", skipped.get(fifo.toString()).split(" \\| ")[0]);
        assertEquals("symbolic link loop: it leads back to a folder it is in; not followed",
                skipped.get(feed.resolve("loop").toString()));
        assertTrue(skipped.get(feed.resolve("self.txt").toString()).matches("cannot read: .*symbolic links.*"), skipped.toString());
        assertEquals("broken symbolic link", skipped.get(feed.resolve("gone.txt").toString()));
        assertEquals("not a file or folder but a character device; not opened", skipped.get("/dev/null"));
        assertEquals(6, read.skipped().size(), "the pipe twice (in the folder and given), and nothing else: " + skipped);
    }

    @Test
    void bidiOverridesAndInvisibleCharactersAreTakenOutOfTitlesOutletsLinksAndText() throws IOException {
        ObjectNode node = JSON.createObjectNode().put("id", "rlo").put("outlet", "Reu\u202eters\u202c")
                .put("url", "https://example.org/\u202egnp.exe").put("title", "Plan \u2066approved\u2069 today")
                .put("published", "2024-06-19").put("text", english(1).replace("council", "coun\u200bcil\u0007"));
        Files.writeString(tmp.resolve("rlo.json"), node.toString());
        Article a = reader().read(List.of(tmp.resolve("rlo.json"))).articles().get(0);
        assertEquals("Reuters", a.outlet());
        assertEquals("https://example.org/gnp.exe", a.url());
        assertEquals("Plan approved today", a.title());
        assertTrue(a.body().contains("The city council met"), a.body());
    }
}
