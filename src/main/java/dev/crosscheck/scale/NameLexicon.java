package dev.crosscheck.scale;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which words of a labelled feed are names specific to an event: written capitalised in the middle of a
 * sentence at least twice as often as in lower case anywhere in the feed (so "Police" at a sentence start
 * is not a name, while "Telegram" is, although a web address writes it "telegram"), not a month or a
 * weekday, and found in fewer than {@code commonIn} events. Names found in many events (countries, heads
 * of state, big companies) stay as they are in generated events, as they recur in real news.
 */
final class NameLexicon {

    static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
    static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    private final Set<String> names;

    private NameLexicon(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    static NameLexicon of(CorpusEvents corpus, int commonIn) {
        Map<String, Integer> lowerForms = new HashMap<>();
        Map<String, Integer> midSentence = new HashMap<>();
        Map<String, Set<String>> events = new HashMap<>();
        for (CorpusEvents.Event event : corpus.events()) {
            for (CorpusEvents.Source source : event.sources()) {
                for (String text : new String[] {source.title(), source.text()}) {
                    if (text == null) {
                        continue;
                    }
                    Matcher m = WORD.matcher(text);
                    while (m.find()) {
                        String word = m.group();
                        if (!Character.isUpperCase(word.charAt(0))) {
                            lowerForms.merge(word, 1, Integer::sum);
                            continue;
                        }
                        events.computeIfAbsent(word, w -> new HashSet<>()).add(event.label());
                        if (midSentence(text, m.start())) {
                            midSentence.merge(word, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        Set<String> names = new HashSet<>();
        midSentence.forEach((word, capitalised) -> {
            String lower = word.toLowerCase(Locale.ROOT);
            if (word.length() >= 2 && capitalised >= 2 * lowerForms.getOrDefault(lower, 0) && !CALENDAR.contains(lower)
                    && events.get(word).size() < commonIn) {
                names.add(word);
            }
        });
        return new NameLexicon(names);
    }

    /** True for a name that a generated event replaces with one of its own. */
    boolean replaceable(String word) {
        return names.contains(word);
    }

    /** After a word, a figure, a comma or a closing bracket on the same line: a capital there marks a name. */
    private static boolean midSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || i == at - 1) {
            return false; // the start of the text, or no space before the word (a quote, a hyphen)
        }
        char before = text.charAt(i);
        return Character.isLetterOrDigit(before) || before == ',' || before == ';' || before == ')';
    }
}
