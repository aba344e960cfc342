package dev.crosscheck.scale;

import dev.crosscheck.text.Dates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the texts of one corpus event into those of a new event, the same way in every article of it:
 * each event-specific name becomes a made-up one, each figure is scaled by one factor (so figures that
 * agreed still agree and figures that differed still differ), and dates move with the article's shift
 * (a multiple of seven days, so "on Friday" stays true): written dates ("September 15, 2017",
 * "15 September", "2017-09-15") and years. Month names without a day, times of day and percentages are
 * left as they are. Some of the other words are replaced by a WordNet synonym ({@link Synonyms}), also the
 * same way throughout the event: another event of the same kind is worded differently.
 */
final class EventRewriter {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    /** Units written on their figure ("3.7m", "15ft"), scaled with it, so that "12 feet (3.7m)" stays a conversion. */
    private static final String GLUED_UNITS = "km|m|cm|mm|mi|ft|in|kg|g|lbs?|t|mph|kph|km/h|bn|mn";
    private static final Pattern TOKEN = Pattern.compile(
            "(?<iso>\\b(?<isoY>\\d{4})-(?<isoM>\\d{2})-(?<isoD>\\d{2})\\b)"
            + "|(?<md>\\b(?<mdMonth>" + MONTH + ") (?<mdDay>\\d{1,2})(?<mdSuffix>st|nd|rd|th)?(?![\\p{N}:])"
                    + "(?:(?<mdComma>,)? (?<mdYear>\\d{4})\\b)?)"
            + "|(?<dm>\\b(?<dmDay>\\d{1,2}) (?<dmMonth>" + MONTH + ")(?: (?<dmYear>\\d{4})\\b)?)"
            + "|(?<year>(?<![\\p{L}\\p{N}.,:/-])(?:19[5-9]\\d|20[0-4]\\d)(?![\\p{L}\\p{N}:/%]|[.,]\\d))"
            + "|(?<glued>(?<![\\p{L}\\p{N}.,:/-])(?<gluedNum>(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(?<gluedUnit>" + GLUED_UNITS + ")\\b)"
            + "|(?<num>(?<![\\p{L}\\p{N}.,:/-])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\p{L}\\p{N}:/%]|[.,]\\d| ?%| percent))"
            + "|(?<word>" + NameLexicon.WORD.pattern() + ")");

    private final NameLexicon lexicon;
    private final PseudoNames pseudo;
    private final Random random;
    private final BigDecimal factor;
    private final Synonyms synonyms;
    private final double rewording;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> words = new HashMap<>();

    /**
     * @param factor    what every figure of the event is multiplied by; 1 or more, so that no two figures meet
     * @param rewording the share of words with synonyms that the event words its own way
     */
    EventRewriter(NameLexicon lexicon, PseudoNames pseudo, Synonyms synonyms, Random random, double factor,
                  double rewording) {
        if (!(factor >= 1)) {
            throw new IllegalArgumentException("the figure factor must be 1 or more, not " + factor);
        }
        this.lexicon = lexicon;
        this.pseudo = pseudo;
        this.random = random;
        this.factor = BigDecimal.valueOf(factor);
        this.synonyms = synonyms;
        this.rewording = rewording;
    }

    /** {@code text} of an article published on {@code published}, for the new event where it is {@code shiftDays} later. */
    String rewrite(String text, LocalDate published, int shiftDays) {
        if (text == null) {
            return null;
        }
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replace(m, published, shiftDays)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String replace(Matcher m, LocalDate published, int shift) {
        try {
            if (m.group("iso") != null) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group("isoY")), Integer.parseInt(m.group("isoM")),
                        Integer.parseInt(m.group("isoD"))).plusDays(shift);
                return d.toString();
            }
            if (m.group("md") != null) {
                String year = m.group("mdYear");
                LocalDate d = date(published, m.group("mdMonth"), m.group("mdDay"), year).plusDays(shift);
                String suffix = m.group("mdSuffix") == null ? "" : ordinalSuffix(d.getDayOfMonth());
                return monthLike(m.group("mdMonth"), d.getMonth()) + " " + d.getDayOfMonth() + suffix
                        + (year == null ? "" : (m.group("mdComma") == null ? "" : ",") + " " + d.getYear());
            }
            if (m.group("dm") != null) {
                String year = m.group("dmYear");
                LocalDate d = date(published, m.group("dmMonth"), m.group("dmDay"), year).plusDays(shift);
                return d.getDayOfMonth() + " " + monthLike(m.group("dmMonth"), d.getMonth())
                        + (year == null ? "" : " " + d.getYear());
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return m.group(); // not a real date ("June 31"): left as written
        }
        if (m.group("year") != null) {
            int yearShift = published.plusDays(shift).getYear() - published.getYear();
            return Integer.toString(Integer.parseInt(m.group("year")) + yearShift);
        }
        if (m.group("glued") != null) {
            return scaled(m.group("gluedNum")) + m.group("gluedUnit");
        }
        if (m.group("num") != null) {
            return scaled(m.group("num"));
        }
        String word = m.group("word");
        if (lexicon.replaceable(word)) {
            return names.computeIfAbsent(word, w -> pseudo.next(w, random));
        }
        return reworded(word);
    }

    /** The event's own word for {@code word}: chosen once, kept in case ("Ship", "ship"). */
    private String reworded(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 4 || NameLexicon.CALENDAR.contains(lower)) {
            return word; // function words, short words and the calendar ("on Friday") stay
        }
        String chosen = words.computeIfAbsent(lower, w -> {
            List<String> others = synonyms.of(w);
            return others.isEmpty() || random.nextDouble() >= rewording ? w : others.get(random.nextInt(others.size()));
        });
        if (chosen.equals(lower)) {
            return word;
        }
        return Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(chosen.charAt(0)) + chosen.substring(1) : chosen;
    }

    /** The figure times the factor, with as many decimals and the same thousands separators; 0 and 1 stay. */
    private String scaled(String figure) {
        boolean grouped = figure.contains(",");
        BigDecimal value = new BigDecimal(figure.replace(",", ""));
        if (value.compareTo(BigDecimal.ONE) <= 0) {
            return figure;
        }
        BigDecimal result = value.multiply(factor).setScale(value.scale(), RoundingMode.HALF_UP);
        if (!grouped) {
            return result.toPlainString();
        }
        DecimalFormat format = new DecimalFormat(value.scale() == 0 ? "#,##0" : "#,##0." + "0".repeat(value.scale()),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(result);
    }

    /** A written date; without a year, the year that puts it closest to the publication date. */
    private static LocalDate date(LocalDate published, String month, String day, String year) {
        Month m = Dates.month(month).orElseThrow(() -> new IllegalArgumentException("not a month: " + month));
        int d = Integer.parseInt(day);
        if (year != null) {
            return LocalDate.of(Integer.parseInt(year), m, d);
        }
        LocalDate best = null;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            try {
                LocalDate candidate = LocalDate.of(y, m, d);
                if (best == null || Math.abs(candidate.toEpochDay() - published.toEpochDay())
                        < Math.abs(best.toEpochDay() - published.toEpochDay())) {
                    best = candidate;
                }
            } catch (DateTimeException e) {
                // February 29 of a common year
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no such day: " + month + " " + day);
        }
        return best;
    }

    /** The new month written as the old one was: in full, or abbreviated with or without a dot. */
    private static String monthLike(String written, Month month) {
        String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String bare = written.replace(".", "");
        if (bare.length() > 4 || bare.equalsIgnoreCase("may") || bare.equalsIgnoreCase("june")
                || bare.equalsIgnoreCase("july")) {
            return full;
        }
        String shortName = month == Month.SEPTEMBER && bare.length() == 4 ? "Sept" : full.substring(0, 3);
        return shortName + (written.endsWith(".") ? "." : "");
    }

    private static String ordinalSuffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
