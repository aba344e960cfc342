package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line: done/total, rate and time left, rewritten in place a few times a second at most. */
class ProgressLineTest {

    @Test
    void saysHowFarHowFastAndHowLongToGo() {
        assertEquals("checking: 0/383 articles", ProgressLine.line(0, 383, 0, OptionalDouble.empty()));
        assertEquals("checking: 100/383 articles, 20.0 articles/s, about 15 s left",
                ProgressLine.line(100, 383, 5, OptionalDouble.of(14.2)));
        assertEquals("checking: 10/1000 articles, 2.0 articles/s", ProgressLine.line(10, 1000, 5, OptionalDouble.empty()));
        assertEquals("checking: 383/383 articles, 38.3 articles/s", ProgressLine.line(383, 383, 10, OptionalDouble.empty()));
        assertEquals("8 min 15 s", ProgressLine.duration(493.4), "minutes to the nearest 5 s");
    }

    /**
     * A run like the labelled feed's: 8 s to load models and check the first (biggest) story, then about 10
     * articles a second with stories ending in bursts. The first estimate used to be "about 28 min" for a run
     * that took 46 s: now there is none until a tenth of the work is done, and then it counts down.
     */
    @Test
    void anEstimateWaitsForEnoughWorkAndThenCountsDownWithoutJumping() {
        TimeLeft left = new TimeLeft();
        int total = 383;
        List<double[]> shown = new ArrayList<>(); // {seconds into the run, seconds left shown}
        java.util.Random bursts = new java.util.Random(7);
        assertTrue(left.update(0, total, 0).isEmpty());
        int done = 1;
        double seconds = 8;
        assertTrue(left.update(done, total, seconds).isEmpty(), "nothing to go on after one article");
        while (done < total) {
            int story = 1 + bursts.nextInt(12);
            done = Math.min(total, done + story);
            seconds += story / 10.0 * (0.5 + bursts.nextDouble());
            OptionalDouble estimate = left.update(done, total, seconds);
            if (done < 0.1 * total) {
                assertTrue(estimate.isEmpty(), "no estimate before a tenth of the work: " + done);
            }
            if (estimate.isPresent()) {
                shown.add(new double[] {seconds, estimate.getAsDouble()});
            }
        }
        double end = seconds;
        assertTrue(shown.size() > 10, "estimates shown: " + shown.size());
        double firstTruth = end - shown.get(0)[0];
        assertTrue(Math.abs(shown.get(0)[1] - firstTruth) < 0.5 * firstTruth,
                "the first estimate is within half of the truth: " + shown.get(0)[1] + " s for " + firstTruth + " s");
        for (int i = 1; i < shown.size(); i++) {
            double elapsed = shown.get(i)[0] - shown.get(i - 1)[0];
            double before = shown.get(i - 1)[1];
            assertTrue(shown.get(i)[1] <= before - elapsed + 0.25 * before + 1,
                    "an estimate never jumps up: " + before + " s, then " + shown.get(i)[1] + " s");
        }
    }

    @Test
    void aSlowStartDoesNotPromiseHalfAnHour() {
        StringWriter err = new StringWriter();
        AtomicLong nanos = new AtomicLong();
        ProgressLine progress = new ProgressLine(new PrintWriter(err), nanos::get);
        progress.articles(0, 383);
        nanos.set(8_000_000_000L); // models loaded and the first story checked
        progress.articles(1, 383);
        for (int done = 2; done <= 383; done++) {
            nanos.addAndGet(100_000_000L); // then ten articles a second: 46 s in all
            progress.articles(done, 383);
        }
        String out = err.toString();
        assertTrue(!out.contains(" min "), "a 46 s run never shows minutes left:\n" + out.replace('\r', '\n'));
        assertTrue(out.contains("s left"), "but it does show the time left once there is enough to go on");
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
