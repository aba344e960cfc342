package dev.crosscheck.extract;

import dev.crosscheck.annotate.Sentence;
import dev.crosscheck.annotate.Token;
import dev.crosscheck.facts.TimeFrame;
import dev.crosscheck.text.Dates;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in a sentence and resolves them against the publication date: "on Wednesday"
 * is the latest Wednesday on or before publication, "in February this year" the February of the
 * publication year, "September last year" the September before, "in 2018" the whole year.
 */
final class TimeReader {

    // compiled once: String.matches compiled these for every token read
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");
    /** Words that put the verb after them in the future. */
    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall");
    /** "due to", "scheduled to", "set to", "going to": the verb after "to" is in the future. */
    private static final Set<String> FUTURE_BEFORE_TO = Set.of("due", "scheduled", "set", "going", "expected", "slated");
    /** How many years back a weekday beside a date without its year may place it. */
    private static final int YEARS_A_WEEKDAY_RECALLS = 6;
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\d{1,2}(st|nd|rd|th)?");
    private static final Pattern NUMBER_OR_ORDINAL = Pattern.compile("\\d{1,4}(st|nd|rd|th)?");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** "the 1990s": a decade, the ten years it names. */
    private static final Pattern DECADE = Pattern.compile("((?:19|20)\\d0)s");
    private static final Set<String> DECADE_BEFORE = Set.of("the", "early", "late", "mid");
    /** "mid-March", "early-June": a part of a month, read as the month. */
    private static final Pattern PART_OF_MONTH = Pattern.compile("(?:mid|early|late)-(\\p{Lu}\\p{L}+)",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "of", "from", "until", "till",
            "by", "during", "before", "after", "early", "late", "mid", "throughout");
    private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");

    private static final Pattern Q_FORM = Pattern.compile("q[1-4]");
    /** How far after its first word "ago" may stand: "two and a half million years ago". */
    private static final int AGO_REACH = 6;
    /** Words before "N years ago" that make it loose: "more than", "nearly", "about", "at least", "over". */
    private static final Set<String> LOOSE_BEFORE_AGO = Set.of("than", "nearly", "almost", "about", "around",
            "roughly", "some", "approximately", "over", "under", "least", "most");
    private static final Map<String, ChronoUnit> AGO_UNITS = Map.of(
            "day", ChronoUnit.DAYS, "week", ChronoUnit.WEEKS,
            "month", ChronoUnit.MONTHS, "year", ChronoUnit.YEARS);

    private final LocalDate published;

    TimeReader(LocalDate published) {
        this.published = published;
    }

    List<TimeMention> read(Sentence s) {
        List<TimeMention> found = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            Optional<TimeMention> m = at(s, i);
            if (m.isPresent()) {
                found.add(m.get());
                i = m.get().to() - 1;
            }
        }
        return found;
    }

    private Optional<TimeMention> at(Sentence s, int i) {
        List<Token> t = s.tokens();
        String word = t.get(i).lower();
        if (ISO_DATE.matcher(word).matches()) {
            return Dates.find(word).map(d -> mention(s, i, i + 1, d.date(), d.date()));
        }
        Optional<DayOfWeek> weekday = weekday(t.get(i));
        if (weekday.isPresent()) {
            return weekdayMention(s, i, weekday.get());
        }
        if (published != null) {
            switch (word) {
                case "today", "tonight" -> {
                    return Optional.of(mention(s, i, i + 1, published, published));
                }
                case "yesterday" -> {
                    return Optional.of(mention(s, i, i + 1, published.minusDays(1), published.minusDays(1)));
                }
                case "this", "last", "next", "earlier" -> {
                    return relativePeriod(s, i);
                }
                default -> {
                }
            }
        }
        Optional<TimeMention> ago = published == null ? Optional.empty() : ago(s, i);
        if (ago.isPresent()) {
            return ago;
        }
        Optional<TimeMention> quarter = quarter(s, i);
        if (quarter.isPresent()) {
            return quarter;
        }
        Optional<Month> month = month(t, i).or(() -> partOfMonth(t.get(i)));
        if (month.isPresent()) {
            return monthMention(s, i, month.get());
        }
        Matcher decade = DECADE.matcher(t.get(i).text());
        if (decade.matches() && i > 0 && DECADE_BEFORE.contains(t.get(i - 1).lower())) {
            int first = Integer.parseInt(decade.group(1));
            return Optional.of(mention(s, i, i + 1, LocalDate.of(first, 1, 1), LocalDate.of(first + 9, 12, 31)));
        }
        // "in 2018", and "the 2013 fatal mauling": a year naming when the thing after it happened
        boolean namesAThing = i > 0 && t.get(i - 1).lower().equals("the") && i + 1 < t.size()
                && (t.get(i + 1).is("ADJ") || t.get(i + 1).is("NOUN"));
        if (isYear(t.get(i)) && i > 0 && (YEAR_PREPOSITIONS.contains(t.get(i - 1).lower()) || namesAThing)) {
            int year = Integer.parseInt(t.get(i).text());
            return Optional.of(mention(s, i, i + 1, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        return Optional.empty();
    }

    private Optional<TimeMention> weekdayMention(Sentence s, int i, DayOfWeek day) {
        if (published == null) {
            return Optional.empty();
        }
        List<Token> t = s.tokens();
        int from = i;
        int to = i + 1;
        String before = i > 0 ? t.get(i - 1).lower() : "";
        LocalDate date = published.with(futureAct(t, i) ? TemporalAdjusters.nextOrSame(day)
                : TemporalAdjusters.previousOrSame(day));
        if (before.equals("last")) {
            date = published.with(TemporalAdjusters.previous(day));
            from = i - 1;
        } else if (before.equals("next")) {
            date = published.with(TemporalAdjusters.next(day));
            from = i - 1;
        } else if (before.equals("this")) {
            from = i - 1;
        }
        // "Wednesday (19)": the day of the month confirms which Wednesday.
        if (to + 2 < t.size() && t.get(to).text().equals("(")
                && ONE_OR_TWO_DIGITS.matcher(t.get(to + 1).text()).matches() && t.get(to + 2).text().equals(")")) {
            int dayOfMonth = Integer.parseInt(t.get(to + 1).text());
            date = matchingDayOfMonth(date, day, dayOfMonth);
            to += 3;
        }
        if (to < t.size() && DAY_PARTS.contains(t.get(to).lower())) {
            to++;
        }
        Optional<TimeMention> dated = dateAfterWeekday(s, to);
        if (dated.isPresent()) {
            return Optional.of(weekdayAndDate(s, from, i, to, date, dated.get(), day));
        }
        return Optional.of(mention(s, from, to, date, date));
    }

    /**
     * True when the verb a weekday goes with ({@link Syntax#governingVerbAt}) is in the future: "will meet on
     * Tuesday", "is due to land on Friday"; "police said on Monday the men will be charged" is said in the past.
     */
    private static boolean futureAct(List<Token> t, int weekday) {
        OptionalInt verb = Syntax.governingVerbAt(t, weekday);
        if (verb.isEmpty()) {
            return false;
        }
        for (int k = verb.getAsInt() - 1; k >= Math.max(0, verb.getAsInt() - 3); k--) {
            String word = t.get(k).lower();
            if (FUTURE.contains(word) || word.equals("to") && k > 0 && FUTURE_BEFORE_TO.contains(t.get(k - 1).lower())) {
                return true;
            }
            if (!(t.get(k).is("ADV") || t.get(k).is("AUX") || t.get(k).is("PART") || word.equals("to"))) {
                return false;
            }
        }
        return false;
    }

    /** The one day written after a weekday: "Monday, Jan. 2, 2023", "Friday 30 December". */
    private Optional<TimeMention> dateAfterWeekday(Sentence s, int to) {
        List<Token> t = s.tokens();
        int k = to < t.size() && t.get(to).text().equals(",") ? to + 1 : to;
        Optional<TimeMention> dated = Optional.empty();
        if (k < t.size() && month(t, k).isPresent()) {
            dated = monthMention(s, k, month(t, k).get());
        } else if (k + 1 < t.size() && ONE_OR_TWO_DIGITS.matcher(t.get(k).text()).matches()
                && month(t, k + 1).isPresent()) {
            dated = monthMention(s, k + 1, month(t, k + 1).get());
        }
        return dated.filter(m -> m.from() == k && m.frame().start().equals(m.frame().end()));
    }

    /**
     * A weekday and the date written after it, as one time: the date's. Without its year, the weekday picks the year,
     * the latest in which the date fell on it ("Monday, August 3" in a story of 2018 recalls 2015), up to a month ahead.
     * With its year, the weekday is kept for a rule to check; where the date does not fall on it ("Saturday, Dec. 31,
     * 2017" was a Sunday) the two stay two times, each read as written, since either may be the wrong one.
     */
    private TimeMention weekdayAndDate(Sentence s, int from, int at, int weekdayTo, LocalDate weekdayDate,
            TimeMention dated, DayOfWeek day) {
        LocalDate date = dated.frame().start();
        boolean yearWritten = false;
        for (int k = dated.from(); k < dated.to(); k++) {
            yearWritten |= isYear(s.tokens().get(k));
        }
        if (yearWritten) {
            TimeMention.WrittenWeekday written = new TimeMention.WrittenWeekday(at, day, dated.from(), dated.to(), date);
            return date.getDayOfWeek() == day
                    ? new TimeMention(from, dated.to(), new TimeFrame(date, date, s.span(from, dated.to()), true), written)
                    : new TimeMention(from, weekdayTo,
                            new TimeFrame(weekdayDate, weekdayDate, s.span(from, weekdayTo), true), written);
        }
        if (published != null && date.getDayOfWeek() != day) {
            date = latestYearOn(date, day).orElse(date);
        }
        return new TimeMention(from, dated.to(), new TimeFrame(date, date, s.span(from, dated.to()), true));
    }

    /** The date, in the latest year up to a month after publication in which it falls on {@code day}. */
    private Optional<LocalDate> latestYearOn(LocalDate date, DayOfWeek day) {
        LocalDate latest = published.plusMonths(1);
        for (int year = latest.getYear(); year >= published.getYear() - YEARS_A_WEEKDAY_RECALLS; year--) {
            YearMonth month = YearMonth.of(year, date.getMonth());
            if (month.isValidDay(date.getDayOfMonth())) {
                LocalDate candidate = month.atDay(date.getDayOfMonth());
                if (candidate.getDayOfWeek() == day && !candidate.isAfter(latest)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The most recent {@code day} on or before {@code start} that falls on {@code dayOfMonth}, if near. */
    private static LocalDate matchingDayOfMonth(LocalDate start, DayOfWeek day, int dayOfMonth) {
        LocalDate candidate = start;
        for (int week = 0; week < 6; week++) {
            if (candidate.getDayOfMonth() == dayOfMonth) {
                return candidate;
            }
            candidate = candidate.minusWeeks(1);
        }
        return start;
    }

    private Optional<TimeMention> relativePeriod(Sentence s, int i) {
        List<Token> t = s.tokens();
        int k = i;
        boolean earlier = t.get(k).lower().equals("earlier");
        if (earlier) {
            k++;
        }
        if (k + 1 >= t.size()) {
            return Optional.empty();
        }
        String which = t.get(k).lower();
        String unit = t.get(k + 1).lower();
        int shift = switch (which) {
            case "this" -> 0;
            case "last" -> -1;
            case "next" -> 1;
            default -> 2;
        };
        if (shift == 2) {
            return Optional.empty();
        }
        LocalDate start;
        LocalDate end;
        switch (unit) {
            case "year" -> {
                start = LocalDate.of(published.getYear() + shift, 1, 1);
                end = start.withDayOfYear(start.lengthOfYear());
            }
            case "month" -> {
                start = published.plusMonths(shift).withDayOfMonth(1);
                end = start.withDayOfMonth(start.lengthOfMonth());
            }
            case "week" -> {
                start = published.minusDays(6).plusWeeks(shift);
                end = published.plusWeeks(shift);
            }
            default -> {
                Optional<Month> month = which.equals("last") ? month(t, k + 1) : Optional.empty();
                if (month.isEmpty()) {
                    return Optional.empty();
                }
                // "last September": the latest September before this month.
                LocalDate first = LocalDate.of(published.getYear(), month.get(), 1);
                if (!first.isBefore(published.withDayOfMonth(1))) {
                    first = first.minusYears(1);
                }
                return Optional.of(mention(s, i, k + 2, first, first.withDayOfMonth(first.lengthOfMonth())));
            }
        }
        if (earlier && shift == 0 && !end.isBefore(published) && start.isBefore(published)) {
            end = published.minusDays(1); // "earlier this month": before the day of the report
        }
        return Optional.of(mention(s, i, k + 2, start, end));
    }

    /**
     * "two years ago", "a week ago", "three days ago": counted back from publication, as precisely as the unit says
     * (a day; the week around that day; a calendar month; for years, the year before that many whole years had gone
     * by). Hours and minutes ago are the day of publication. After "more than", "nearly", "about" the span runs from
     * twice as far back to half as far.
     */
    private Optional<TimeMention> ago(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (!agoWithin(t, i + 1)) {
            return Optional.empty(); // asked of every token: no number is read where no "ago" follows
        }
        String word = t.get(i).lower();
        int n;
        int unitAt;
        if (word.equals("a") || word.equals("an")) {
            n = 1;
            unitAt = i + 1;
        } else {
            Optional<Amount> amount = NumberReader.read(s, i)
                    .filter(a -> a.exact() && a.low() == a.high() && a.low() == Math.rint(a.low()) && a.low() < 1000);
            if (amount.isEmpty()) {
                return Optional.empty();
            }
            n = (int) amount.get().low();
            unitAt = amount.get().to();
        }
        if (unitAt + 1 >= t.size() || !t.get(unitAt + 1).lower().equals("ago")) {
            return Optional.empty();
        }
        String unit = t.get(unitAt).lower().replaceAll("s$", "");
        if (i > 0 && LOOSE_BEFORE_AGO.contains(t.get(i - 1).lower()) && AGO_UNITS.containsKey(unit)) {
            // "more than five years ago", "nearly a week ago": from twice as far back to half as far
            ChronoUnit step = AGO_UNITS.get(unit);
            return Optional.of(mention(s, i, unitAt + 2, published.minus(2L * Math.max(1, n), step),
                    published.minus(n / 2, step)));
        }
        LocalDate start;
        LocalDate end;
        switch (unit) {
            case "minute", "hour" -> {
                start = published;
                end = published;
            }
            case "day" -> {
                start = published.minusDays(n);
                end = start;
            }
            case "week" -> {
                start = published.minusWeeks(n).minusDays(3);
                end = published.minusWeeks(n).plusDays(3);
            }
            case "month" -> {
                start = published.minusMonths(n).withDayOfMonth(1);
                end = start.withDayOfMonth(start.lengthOfMonth());
            }
            case "year" -> {
                // whole years gone by: "42 years ago" on New Year's Day 2018 is some time in 1975
                start = published.minusYears(n + 1L);
                end = published.minusYears(n).plusMonths(1);
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(mention(s, i, unitAt + 2, start, end));
    }

    private static boolean agoWithin(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + AGO_REACH); k++) {
            if (t.get(k).lower().equals("ago")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A calendar quarter: "Q3 2020", "the third quarter of 2020", "the 2020 third quarter", or "in Q3" (the latest
     * third quarter begun by publication). An ordinal quarter needs its year ("scored in the third quarter" is a
     * game's), a "Q3" a year or a preposition or determiner before it ("the Audi Q3" is a car), and a fiscal quarter is
     * not read: companies start their fiscal years in other months.
     */
    private Optional<TimeMention> quarter(Sentence s, int i) {
        List<Token> t = s.tokens();
        String word = t.get(i).lower();
        int place = NumberReader.ordinal(word).orElse(0);
        int n;
        int to;
        if (Q_FORM.matcher(word).matches()) { // compiled once: every token of every sentence is asked
            n = word.charAt(1) - '0';
            to = i + 1;
        } else if (place >= 1 && place <= 4 && i + 1 < t.size()
                && (t.get(i + 1).lower().equals("quarter") || t.get(i + 1).lower().equals("-quarter"))) {
            n = place; // "the third quarter", "the 3rd quarter"
            to = i + 2;
        } else {
            return Optional.empty();
        }
        int from = i;
        Integer year = null;
        if (to < t.size() && isYear(t.get(to))) {
            year = Integer.parseInt(t.get(to).text());
            to++;
        } else if (to + 1 < t.size() && t.get(to).lower().equals("of") && isYear(t.get(to + 1))) {
            year = Integer.parseInt(t.get(to + 1).text());
            to += 2;
        } else if (i > 0 && isYear(t.get(i - 1))) {
            year = Integer.parseInt(t.get(i - 1).text());
            from = i - 1;
        }
        if (from > 0 && t.get(from - 1).lower().equals("fiscal")) {
            return Optional.empty();
        }
        boolean qForm = word.startsWith("q");
        boolean introduced = i > 0 && (t.get(i - 1).is("ADP") || t.get(i - 1).is("DET"));
        if (year == null && (!qForm || !introduced || published == null)) {
            return Optional.empty();
        }
        int startMonth = 3 * (n - 1) + 1;
        if (year == null) {
            year = LocalDate.of(published.getYear(), startMonth, 1).isAfter(published)
                    ? published.getYear() - 1 : published.getYear();
        }
        LocalDate start = LocalDate.of(year, startMonth, 1);
        return Optional.of(mention(s, from, to, start, start.plusMonths(3).minusDays(1)));
    }

    private Optional<TimeMention> monthMention(Sentence s, int i, Month month) {
        List<Token> t = s.tokens();
        int from = i;
        int to = i + 1;
        Integer day = null;
        Integer lastDay = null;
        if (i > 0 && ONE_OR_TWO_DIGITS.matcher(t.get(i - 1).text()).matches()
                && Integer.parseInt(t.get(i - 1).text()) <= 31) {
            day = Integer.parseInt(t.get(i - 1).text());
            from = i - 1;
        } else if (to < t.size() && DAY_OF_MONTH.matcher(t.get(to).text()).matches()) {
            day = Integer.parseInt(t.get(to).text().replaceAll("\\D", ""));
            to++;
            // "November 9-10": the night or the days between
            if (to + 1 < t.size() && (t.get(to).text().equals("-") || t.get(to).text().equals("–"))
                    && DAY_OF_MONTH.matcher(t.get(to + 1).text()).matches()
                    && Integer.parseInt(t.get(to + 1).text().replaceAll("\\D", "")) > day) {
                lastDay = Integer.parseInt(t.get(to + 1).text().replaceAll("\\D", ""));
                to += 2;
            }
        }
        Integer year = null;
        int k = to < t.size() && t.get(to).text().equals(",") ? to + 1 : to;
        if (k < t.size() && isYear(t.get(k))) {
            year = Integer.parseInt(t.get(k).text());
            to = k + 1;
        } else if (published != null && to + 1 < t.size() && t.get(to + 1).lower().equals("year")
                && Set.of("this", "last", "next").contains(t.get(to).lower())) {
            year = published.getYear() + switch (t.get(to).lower()) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            to += 2;
        }
        if (year == null) {
            if (published == null) {
                return Optional.empty();
            }
            year = month.getValue() <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
        }
        LocalDate first = LocalDate.of(year, month, 1);
        if (day != null && day >= 1 && day <= first.lengthOfMonth()) {
            LocalDate date = first.withDayOfMonth(day);
            LocalDate end = lastDay != null && lastDay <= first.lengthOfMonth() ? first.withDayOfMonth(lastDay) : date;
            return Optional.of(mention(s, from, to, date, end));
        }
        return Optional.of(mention(s, from, to, first, first.withDayOfMonth(first.lengthOfMonth())));
    }

    /** "mid-March": the month, whose days the part leaves open. */
    private static Optional<Month> partOfMonth(Token token) {
        Matcher part = PART_OF_MONTH.matcher(token.text());
        return part.matches() && Character.isUpperCase(part.group(1).charAt(0)) ? Dates.month(part.group(1))
                .filter(m -> part.group(1).equalsIgnoreCase(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
                : Optional.empty();
    }

    /** A month name; "May" and "March" only when capitalised and placed like a date. */
    private static Optional<Month> month(List<Token> t, int i) {
        String text = t.get(i).text();
        if (text.isEmpty() || !Character.isUpperCase(text.charAt(0)) || text.length() < 3) {
            return Optional.empty();
        }
        Optional<Month> month = Dates.month(text);
        if (month.isEmpty()) {
            return month;
        }
        boolean fullName = text.equalsIgnoreCase(month.get().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        boolean ambiguous = month.get() == Month.MAY || month.get() == Month.MARCH;
        if (!fullName && !text.endsWith(".") && text.length() != 3) {
            return Optional.empty();
        }
        if (ambiguous || !fullName) {
            boolean dateLike = (i > 0 && (YEAR_PREPOSITIONS.contains(t.get(i - 1).lower())
                    || t.get(i - 1).lower().equals("last") || ONE_OR_TWO_DIGITS.matcher(t.get(i - 1).text()).matches()))
                    || (i + 1 < t.size() && NUMBER_OR_ORDINAL.matcher(t.get(i + 1).text()).matches());
            if (!dateLike) {
                return Optional.empty();
            }
        }
        return month;
    }

    private static Optional<DayOfWeek> weekday(Token token) {
        String text = token.text();
        if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
            return Optional.empty();
        }
        return Dates.weekday(text);
    }

    /** A year as written: "2018", never "2,018". */
    static boolean isYear(Token token) {
        return YEAR.matcher(token.text()).matches();
    }

    private static TimeMention mention(Sentence s, int from, int to, LocalDate start, LocalDate end) {
        return new TimeMention(from, to, new TimeFrame(start, end, s.span(from, to), true));
    }
}
