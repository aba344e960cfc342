package dev.crosscheck.extract;

import dev.crosscheck.facts.TimeFrame;
import java.time.DayOfWeek;

/**
 * A time expression at tokens {@code [from, to)}, resolved to the days it means. {@code weekday} is the day of the
 * week written beside a date whose year is written too ("Saturday, Dec. 31, 2017"), so that a rule can check that the
 * date falls on it; null otherwise.
 */
record TimeMention(int from, int to, TimeFrame frame, DayOfWeek weekday) {

    TimeMention(int from, int to, TimeFrame frame) {
        this(from, to, frame, null);
    }
}
