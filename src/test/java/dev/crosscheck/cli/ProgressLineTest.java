package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line: done/total, rate and time left, rewritten in place a few times a second at most. */
class ProgressLineTest {

    @Test
    void saysHowFarHowFastAndHowLongToGo() {
        assertEquals("checking: 0/383 articles", ProgressLine.line(0, 383, 0));
        assertEquals("checking: 100/383 articles, 20.0 articles/s, about 15 s left", ProgressLine.line(100, 383, 5));
        assertEquals("checking: 10/1000 articles, 2.0 articles/s, about 8 min 15 s left", ProgressLine.line(10, 1000, 5));
        assertEquals("checking: 383/383 articles, 38.3 articles/s", ProgressLine.line(383, 383, 10));
    }

    @Test
    void rewritesOneLineAtMostFiveTimesASecondAndClearsItAtTheEnd() {
        StringWriter err = new StringWriter();
        AtomicLong nanos = new AtomicLong();
        ProgressLine progress = new ProgressLine(new PrintWriter(err), nanos::get);
        progress.articles(0, 10);
        for (int done = 1; done < 10; done++) {
            nanos.addAndGet(50_000_000L); // 20 updates a second
            progress.articles(done, 10);
        }
        progress.articles(10, 10);  // the last one always shows
        progress.finish();
        String out = err.toString();
        long lines = out.chars().filter(c -> c == '\r').count() - 2; // finish() writes two
        assertTrue(lines >= 3 && lines <= 5, lines + " updates in " + out);
        assertTrue(out.contains("checking: 10/10 articles"), out);
        assertTrue(out.endsWith("\r"), "the line is cleared for what comes next");
        assertTrue(!out.contains("\n"), "never a new line");
    }
}
