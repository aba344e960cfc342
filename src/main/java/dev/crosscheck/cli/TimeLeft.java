package dev.crosscheck.cli;

import java.util.OptionalDouble;

/**
 * An estimate of the time a run has left that an editor can trust: none until enough work is done to say
 * ({@value #MIN_SHARE} of it, and {@value #MIN_SECONDS} s), a rate that leaves out the start-up (models loading,
 * code warming up: the first article can take seconds that the rest do not), and a shown figure that follows a
 * new estimate only part of the way, so it counts down instead of jumping about as stories of different sizes end.
 */
final class TimeLeft {

    static final double MIN_SHARE = 0.1;
    static final double MIN_SECONDS = 3;
    /** How far the shown estimate moves towards a new one at each update. */
    static final double FOLLOW = 0.3;

    private int firstDone = -1;
    private double firstSeconds;
    private double shown = Double.NaN;
    private double shownAt;

    /** Seconds left after {@code done} of {@code total} in {@code seconds}, or empty while it is too early to say. */
    OptionalDouble update(int done, int total, double seconds) {
        if (done > 0 && firstDone < 0) {
            firstDone = done;
            firstSeconds = seconds;
        }
        if (done >= total || firstDone < 0 || done < MIN_SHARE * total || seconds < MIN_SECONDS
                || done <= firstDone || seconds <= firstSeconds) {
            return OptionalDouble.empty();
        }
        double rate = (done - firstDone) / (seconds - firstSeconds);
        double raw = (total - done) / rate;
        if (Double.isNaN(shown)) {
            shown = raw;
        } else {
            double countedDown = Math.max(0, shown - (seconds - shownAt));
            shown = countedDown + FOLLOW * (raw - countedDown);
        }
        shownAt = seconds;
        return OptionalDouble.of(shown);
    }
}
