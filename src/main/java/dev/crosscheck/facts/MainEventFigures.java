package dev.crosscheck.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reports of a moving figure that are about the story's main event, for an update's timeline. A story recalls
 * other events around its own ("the deadliest shootings: ...", "two years ago, a bombing killed 30"); their figures
 * are other figures, and an update built on them would tell an editor the toll moved when it did not. Left out:
 * <ul>
 *   <li>a figure with no number in it: a count made by "a" or "the" is one of a group, not its size;</li>
 *   <li>entries of a list: two or more reports of one article that are short "label: figure" lines (a list of
 *       past events and their tolls);</li>
 *   <li>a figure whose sentence names a year the main event is not in;</li>
 *   <li>a figure whose time ends more than {@value #PAST_DAYS} days before the main event's: a past event
 *       recalled in the background;</li>
 *   <li>a figure less than half of what the reports published on earlier days gave (their median, when there are
 *       two or more): a toll does not halve as reporting goes on, and one told "in stark contrast" is another's.</li>
 * </ul>
 * The main event's time is the time most reports share: the report whose time overlaps the most others'.
 */
public final class MainEventFigures {

    /** A figure about days this long before the main event is about another event. */
    static final int PAST_DAYS = 7;
    /** A list entry is a short line: a label, a colon, the figure and a word or two. */
    private static final int LIST_ENTRY_WORDS = 8;

    private static final Set<String> NOT_NUMBERS = Set.of("a", "an", "the", "of", "some", "any");
    private static final Pattern LABELLED = Pattern.compile("^[^:.!?]{2,60}:\\s*\\S");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.$£€])(1[89]\\d\\d|20\\d\\d)(?![\\d,])");

    private MainEventFigures() {
    }

    /** The reports that are figures of the story's main event, in the order given. */
    public static List<Assertion> of(Collection<Assertion> reports) {
        List<Assertion> numbered = reports.stream().filter(MainEventFigures::hasNumber).toList();
        TimeFrame main = mainTime(numbered);
        List<Assertion> kept = new ArrayList<>();
        for (Assertion a : numbered) {
            if (!listEntry(a, numbered) && (main == null || (!earlier(a, main) && !otherYear(a, main)))) {
                kept.add(a);
            }
        }
        return kept.stream().filter(a -> !farBelowEarlierDays(a, kept)).toList();
    }

    /** True when the value has a number in it: a digit or a number word, not just "a" or "the". */
    static boolean hasNumber(Assertion a) {
        if (a.countedByArticle()) {
            return false;
        }
        for (String word : a.value().text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
            if (!word.isEmpty() && !NOT_NUMBERS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A "label: figure" line of an article that has another such line. */
    private static boolean listEntry(Assertion a, List<Assertion> reports) {
        return labelled(a) && reports.stream().anyMatch(o -> o != a && o.article().equals(a.article())
                && o.sentenceIndex() != a.sentenceIndex() && labelled(o));
    }

    private static boolean farBelowEarlierDays(Assertion a, List<Assertion> reports) {
        if (!a.value().numeric() || a.at().published() == null) {
            return false;
        }
        double[] earlier = reports.stream()
                .filter(o -> o.value().numeric() && o.value().unit().equals(a.value().unit()))
                .filter(o -> o.at().published() != null && o.at().published().isBefore(a.at().published()))
                .mapToDouble(o -> o.value().figure())
                .sorted()
                .toArray();
        if (earlier.length < 2) {
            return false;
        }
        double median = earlier.length % 2 == 1 ? earlier[earlier.length / 2]
                : (earlier[earlier.length / 2 - 1] + earlier[earlier.length / 2]) / 2;
        return a.value().figure() < median / 2;
    }

    private static boolean labelled(Assertion a) {
        String sentence = a.at().sentence().strip();
        Matcher m = LABELLED.matcher(sentence);
        return m.find() && sentence.split("\\s+").length <= LIST_ENTRY_WORDS
                && a.at().start() - a.at().sentenceStart() >= m.end() - 1;
    }

    /** The time of the report whose time overlaps the most other reports' times; null when none has a time. */
    private static TimeFrame mainTime(List<Assertion> reports) {
        return reports.stream()
                .filter(a -> a.time() != null)
                .max(Comparator.<Assertion>comparingLong(a -> overlaps(a, reports))
                        .thenComparing(a -> a.time().explicit())
                        .thenComparing(a -> a.time().start(), Comparator.reverseOrder()))
                .map(Assertion::time)
                .orElse(null);
    }

    private static long overlaps(Assertion a, List<Assertion> reports) {
        return reports.stream().filter(o -> o != a && o.time() != null && o.time().overlaps(a.time())).count();
    }

    private static boolean earlier(Assertion a, TimeFrame main) {
        return a.time() != null && a.time().end().plusDays(PAST_DAYS).isBefore(main.start());
    }

    /** The sentence names a year, and none of the years the main event's time spans. */
    private static boolean otherYear(Assertion a, TimeFrame main) {
        Matcher m = YEAR.matcher(a.at().sentence());
        boolean named = false;
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year >= main.start().getYear() && year <= main.end().getYear()) {
                return false;
            }
            named = true;
        }
        return named;
    }
}
