package dev.crosscheck.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Absolute calendar dates written in the usual English and ISO ways. */
public final class Dates {

    private static final String MONTH =
            "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    // No word boundary before the month: scraped bylines glue it to a name ("Jane RoeSep 15, 2023").
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile(MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})(?!\\d)");

    private Dates() {
    }

    /** A date found anywhere in {@code text}, with where it was found. */
    public record Found(LocalDate date, int start, int end) {
    }

    public static Optional<Found> find(String text) {
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            Optional<LocalDate> date = date(iso.group(1), iso.group(2), iso.group(3));
            if (date.isPresent()) {
                return Optional.of(new Found(date.get(), iso.start(), iso.end()));
            }
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        if (mdy.find()) {
            Optional<LocalDate> date = date(mdy.group(3), mdy.group(1), mdy.group(2));
            if (date.isPresent()) {
                return Optional.of(new Found(date.get(), mdy.start(), mdy.end()));
            }
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        if (dmy.find()) {
            Optional<LocalDate> date = date(dmy.group(3), dmy.group(2), dmy.group(1));
            if (date.isPresent()) {
                return Optional.of(new Found(date.get(), dmy.start(), dmy.end()));
            }
        }
        return Optional.empty();
    }

    /** Every way of writing a month that {@link #month} accepts: full names and their 3- and 4-letter starts. */
    private static final Map<String, Month> MONTH_NAMES = monthNames();

    /** The month a (possibly abbreviated) English month name names. */
    public static Optional<Month> month(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace(".", "");
        return Optional.ofNullable(MONTH_NAMES.get(lower));
    }

    /** Full English weekday names in lower case (asked of every capitalised word: a map, not a loop of lookups). */
    private static final Map<String, DayOfWeek> WEEKDAY_NAMES = weekdayNames();

    /** The day of the week a full English weekday name names, in any case ("Sunday", "SUNDAY"). */
    public static Optional<DayOfWeek> weekday(String name) {
        return Optional.ofNullable(WEEKDAY_NAMES.get(name.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, DayOfWeek> weekdayNames() {
        Map<String, DayOfWeek> names = new java.util.HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            names.put(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), day);
        }
        return Map.copyOf(names);
    }

    private static Map<String, Month> monthNames() {
        Map<String, Month> names = new java.util.HashMap<>();
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            names.put(full, month);
            for (int length = 3; length <= Math.min(4, full.length()); length++) {
                names.putIfAbsent(full.substring(0, length), month);
            }
        }
        return Map.copyOf(names);
    }

    /** A valid date from a year, a month (number or name) and a day, as written. */
    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            int monthNumber = month.matches("\\d+") ? Integer.parseInt(month)
                    : month(month).map(Month::getValue).orElse(0);
            return Optional.of(LocalDate.of(Integer.parseInt(year), monthNumber, Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
