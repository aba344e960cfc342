package dev.crosscheck.extract;

import dev.crosscheck.facts.TimeFrame;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A time expression at tokens {@code [from, to)}, resolved to the days it means. {@code weekday} is set where a day of
 * the week is written beside a date with its year ("Saturday, Dec. 31, 2017"), so that a rule can check that the date
 * falls on it; null otherwise.
 */
record TimeMention(int from, int to, TimeFrame frame, WrittenWeekday weekday) {

    TimeMention(int from, int to, TimeFrame frame) {
        this(from, to, frame, null);
    }

    /** The weekday written at token {@code at} and the date written at tokens {@code [dateFrom, dateTo)}. */
    record WrittenWeekday(int at, DayOfWeek day, int dateFrom, int dateTo, LocalDate date) {
    }
}
