package dev.crosscheck.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.review.db.Database;
import dev.crosscheck.review.db.Editors;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code crosscheck editors} and {@code crosscheck serve} as a user runs them: exit codes and messages. */
class ReviewCommandsTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String stdin, String... args) throws Exception {
        Method factory = Class.forName("dev.crosscheck.cli.Main").getDeclaredMethod("commandLine");
        factory.setAccessible(true);
        CommandLine cli = (CommandLine) factory.invoke(null);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return new Run(cli.execute(args), out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void editorsAddReadsThePasswordFromStdinAndStoresOnlyAHash() throws Exception {
        Path reports = tmp.resolve("reports");
        Run added = run("a long password\n", "editors", "add", "alice", "--reports", reports.toString());
        assertEquals(0, added.code(), added.err());
        assertTrue(added.out().contains("Added editor alice."));
        assertTrue(Files.exists(reports.resolve("review.db")), "the default database is reports/review.db");

        Editors editors = new Editors(Database.open("jdbc:sqlite:" + reports.resolve("review.db")));
        assertTrue(editors.verify("alice", "a long password".toCharArray()));
        assertFalse(Files.readString(reports.resolve("review.db"), StandardCharsets.ISO_8859_1)
                .contains("a long password"), "the password itself is never stored");

        Run list = run("", "editors", "list", "--reports", reports.toString());
        assertEquals("alice", list.out().strip());
    }

    @Test
    void badAccountsAndBadDatabasesExitTwoSayingWhy() throws Exception {
        String db = "jdbc:sqlite:" + tmp.resolve("r.db");
        Run weak = run("short\n", "editors", "add", "bob", "--db", db);
        assertEquals(2, weak.code());
        assertTrue(weak.err().contains("at least 8 characters"), weak.err());
        Run none = run("", "editors", "add", "bob", "--db", db);
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no password given"), none.err());
        Run twice = run("long enough\n", "editors", "add", "carol", "--db", db);
        assertEquals(0, twice.code(), twice.err());
        Run again = run("long enough\n", "editors", "add", "carol", "--db", db);
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already exists"), again.err());

        Run serve = run("", "serve", "--db", "jdbc:mysql://localhost/x", "--port", "0");
        assertEquals(2, serve.code());
        assertTrue(serve.err().contains("unsupported database URL"), serve.err());
        Run port = run("", "serve", "--port", "70000");
        assertEquals(2, port.code());
        assertTrue(port.err().contains("--port takes 0 to 65535"), port.err());
    }
}
