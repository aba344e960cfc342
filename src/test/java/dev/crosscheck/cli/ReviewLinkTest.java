package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html links each conflict to its page in the review app when the app's address is given. */
class ReviewLinkTest {

    @TempDir
    Path tmp;

    @Test
    void eachConflictLinksToItsPageInTheReviewApp() throws IOException {
        Path html = tmp.resolve("report.html");
        CliRunner.Run run = CliRunner.run("check", "fixtures/aurus", "--html", html.toString(),
                "--review-url", "http://127.0.0.1:8080");
        assertEquals(0, run.code(), run.err());
        String page = Files.readString(html);
        assertTrue(page.contains("<a class=\"review\" href=\"http://127.0.0.1:8080/conflicts/cc-981ff8e471f1927a\">"),
                "the address gets its slash, the id its page");
        CliRunner.Run without = CliRunner.run("check", "fixtures/aurus", "--html", html.toString());
        assertEquals(0, without.code(), without.err());
        assertFalse(Files.readString(html).contains("class=\"review\""), "no address, no links");
    }

    @Test
    void anAddressThatIsNotAWebAddressIsAUsageError() {
        CliRunner.Run run = CliRunner.run("check", "fixtures/aurus", "--review-url", "javascript:alert(1)");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("the review app's address must be an http(s) URL"), run.err());
    }
}
