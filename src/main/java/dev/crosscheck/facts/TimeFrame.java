package dev.crosscheck.facts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The span of days a claim is about: a day ("on Wednesday"), a month ("in February this year"), a year.
 * {@code explicit} is true when the sentence itself names the time; otherwise the frame was inherited
 * from the surrounding paragraph or the article's lead.
 */
public record TimeFrame(LocalDate start, LocalDate end, String text, boolean explicit) {

    public boolean overlaps(TimeFrame other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    public TimeFrame inherited() {
        return new TimeFrame(start, end, text, false);
    }

    /** ISO-style label: 2024-06-19, 2024-02, 2018, or a range. */
    public String label() {
        if (start.equals(end)) {
            return start.toString();
        }
        if (start.getDayOfMonth() == 1 && end.equals(start.withDayOfMonth(start.lengthOfMonth()))) {
            return start.format(DateTimeFormatter.ofPattern("yyyy-MM"));
        }
        if (start.getDayOfYear() == 1 && end.equals(start.withDayOfYear(start.lengthOfYear()))) {
            return Integer.toString(start.getYear());
        }
        return start + ".." + end;
    }
}
