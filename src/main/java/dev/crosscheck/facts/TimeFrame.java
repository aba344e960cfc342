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

    /**
     * True for a time the sentence places before the story's own ("earlier this month", "earlier in the week", "five
     * years ago"): news recalls an earlier event that way, whatever days the two spans share.
     */
    public boolean recalled() {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return explicit && (lower.startsWith("earlier ") || lower.endsWith(" ago"));
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
