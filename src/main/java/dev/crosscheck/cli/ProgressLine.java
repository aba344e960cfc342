package dev.crosscheck.cli;

import dev.crosscheck.nightly.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;

/**
 * Progress on one terminal line, rewritten in place: articles done of all, articles per second, time
 * left ({@link TimeLeft}: none until there is enough to go on). At most a few lines a second, so a fast run does
 * not spend its time printing.
 */
final class ProgressLine implements ProgressListener {

    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final LongSupplier clock;
    private final TimeLeft left = new TimeLeft();
    private long started = -1;
    private long lastPrinted;
    private int width;

    ProgressLine(PrintWriter err) {
        this(err, System::nanoTime);
    }

    ProgressLine(PrintWriter err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public synchronized void articles(int done, int total) {
        long now = clock.getAsLong();
        boolean first = started < 0;
        if (first) {
            started = now;
        }
        if (!first && done < total && now - lastPrinted < EVERY_NANOS) {
            return;
        }
        lastPrinted = now;
        double seconds = (now - started) / 1e9;
        String line = line(done, total, seconds, left.update(done, total, seconds));
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    /** Ends the progress line, so what is printed next starts on a line of its own. */
    synchronized void finish() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }

    static String line(int done, int total, double seconds, OptionalDouble secondsLeft) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "checking: %d/%d articles", done, total));
        if (done > 0 && seconds > 0) {
            s.append(String.format(Locale.ROOT, ", %.1f articles/s", done / seconds));
            if (secondsLeft.isPresent()) {
                s.append(", about ").append(duration(secondsLeft.getAsDouble())).append(" left");
            }
        }
        return s.toString();
    }

    /** Seconds under a minute; minutes to the nearest 5 s above, since an estimate is not that precise. */
    static String duration(double seconds) {
        long s = Math.round(Math.ceil(seconds));
        if (s < 60) {
            return s + " s";
        }
        s = Math.round(s / 5.0) * 5;
        return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
}
