package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.facts.Value;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a weekday written beside a date with its year ("Saturday, Dec. 31, 2017") as two claims of the day of the
 * week: the date's own, and the weekday named, which restates it, so that a rule can check that the date falls on it.
 * The time reader has already made the two one time; without a year the weekday picks it, so there is nothing to check.
 */
final class WeekdayFinder implements ClaimFinder {

    static final String KIND = "WEEKDAY";
    static final String ATTRIBUTE = "day of the week";

    @Override
    public List<Draft> find(SentenceFrame frame, boolean[] used) {
        Sentence s = frame.sentence();
        List<Draft> drafts = new ArrayList<>();
        for (TimeMention mention : frame.times()) {
            if (mention.weekday() == null) {
                continue;
            }
            int named = weekdayAt(s, mention);
            int dateFrom = s.tokens().get(named + 1).text().equals(",") ? named + 2 : named + 1;
            LocalDate date = mention.frame().start();
            Draft day = Draft.of(KIND, frame.owner(mention.from()), ATTRIBUTE,
                    Value.category(s.span(dateFrom, mention.to()) + " (a " + name(date.getDayOfWeek()) + ")",
                            name(date.getDayOfWeek())), dateFrom, mention.to());
            Draft written = Draft.of(KIND, day.subject(), ATTRIBUTE,
                    Value.category(s.span(named, named + 1), name(mention.weekday())), named, named + 1).restating(day);
            drafts.add(day);
            drafts.add(written);
        }
        return drafts;
    }

    /** The weekday's token: the mention's first, or its second after "last", "next" or "this". */
    private static int weekdayAt(Sentence s, TimeMention mention) {
        String first = s.tokens().get(mention.from()).lower();
        return first.equals("last") || first.equals("next") || first.equals("this") ? mention.from() + 1
                : mention.from();
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
