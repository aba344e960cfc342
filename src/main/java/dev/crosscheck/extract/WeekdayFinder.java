package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.facts.Value;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a weekday written beside a date with its year ("Saturday, Dec. 31, 2017") as two claims of the day of the
 * week: the date's own, and the weekday named, which restates it, so that a rule can check that the date falls on it.
 * The time reader has marked them (without a year the weekday picks it, so there is nothing to check).
 */
final class WeekdayFinder implements ClaimFinder {

    static final String KIND = "WEEKDAY";
    static final String ATTRIBUTE = "day of the week";

    @Override
    public List<Draft> find(SentenceFrame frame, boolean[] used) {
        Sentence s = frame.sentence();
        List<Draft> drafts = new ArrayList<>();
        for (TimeMention mention : frame.times()) {
            TimeMention.WrittenWeekday w = mention.weekday();
            if (w == null) {
                continue;
            }
            DayOfWeek actual = w.date().getDayOfWeek();
            Draft day = Draft.of(KIND, frame.owner(mention.from()), ATTRIBUTE,
                    Value.category(s.span(w.dateFrom(), w.dateTo()) + " (a " + name(actual) + ")", name(actual)),
                    w.dateFrom(), w.dateTo());
            Draft written = Draft.of(KIND, day.subject(), ATTRIBUTE,
                    Value.category(s.span(w.at(), w.at() + 1), name(w.day())), w.at(), w.at() + 1).restating(day);
            drafts.add(day);
            drafts.add(written);
        }
        return drafts;
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
