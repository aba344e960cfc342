package dev.crosscheck.facts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How evidence reads in a sentence written for editors: a value as plain words ("at least 59", not "At least
 * 59" cut from the start of a sentence), a source by name (and by article when two articles of one outlet
 * disagree), a normalised key's stems as the words the evidence used ("injur" as "injured").
 */
final class Wording {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Pattern TRAILING_LINK = Pattern.compile("\\s+(of|of the)$", Pattern.CASE_INSENSITIVE);

    private Wording() {
    }

    /**
     * A value as it reads mid-sentence. Amounts are cut from running text, so the capital of a sentence's
     * first word or a headline's title case comes with them ("At least 59", "More Than 70", "AT least two"):
     * their words are put in lower case, units and names aside ("kW" and "MW" keep theirs, as a word with a
     * capital after its first letter; a date's month is a name, and a date is left as written). A quantifier
     * left hanging ("Scores of") loses its "of". What a reader added in brackets after the words cut from the text
     * ("10:15 a.m. (Los Angeles, UTC-08:00: 18:15 GMT)") is left as it is.
     */
    static String value(Assertion a) {
        String whole = a.value().text().strip().replaceAll("\\s+", " ");
        if (!a.value().numeric() || "date".equals(a.value().unit())) {
            return whole;
        }
        int aside = whole.indexOf(" (");
        String text = aside > 0 ? whole.substring(0, aside) : whole;
        String added = aside > 0 ? whole.substring(aside) : "";
        boolean count = "count".equals(a.value().unit());
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            boolean titleCase = w.length() > 1 && Character.isUpperCase(w.charAt(0))
                    && w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT));
            boolean shouted = count && w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
            boolean capitalOnly = w.length() == 1 && Character.isUpperCase(w.charAt(0)) && m.start() == 0;
            m.appendReplacement(out, Matcher.quoteReplacement(titleCase || shouted || capitalOnly
                    ? w.toLowerCase(Locale.ROOT) : w));
        }
        m.appendTail(out);
        String plain = TRAILING_LINK.matcher(out.toString()).replaceFirst("");
        return (plain.isEmpty() ? text : plain) + added;
    }

    /**
     * The source of one side, named so the sides can be told apart: the outlet, and the article too when another
     * side comes from another article of the same outlet ("edition.cnn.com, article 38cf0e36").
     */
    static String source(Assertion a, List<Assertion> sides) {
        boolean twoArticlesOfOneOutlet = sides.stream()
                .anyMatch(o -> !o.article().equals(a.article()) && java.util.Objects.equals(o.outlet(), a.outlet()));
        return twoArticlesOfOneOutlet ? a.outlet() + ", article " + a.article() : a.outlet();
    }

    /** True when every side comes from another article of one and the same outlet. */
    static boolean oneOutletManyArticles(List<Assertion> sides) {
        return sides.stream().map(Assertion::article).distinct().count() > 1
                && sides.stream().map(Assertion::outlet).distinct().count() == 1;
    }

    /** Past participles that do not end in -ed, by their -ing form: English grammar, not knowledge of a domain. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("dying", "died"),
            Map.entry("making", "made"), Map.entry("taking", "taken"), Map.entry("shooting", "shot"),
            Map.entry("hitting", "hit"), Map.entry("hurting", "hurt"), Map.entry("leaving", "left"),
            Map.entry("holding", "held"), Map.entry("finding", "found"), Map.entry("bringing", "brought"),
            Map.entry("keeping", "kept"), Map.entry("losing", "lost"), Map.entry("seeing", "seen"),
            Map.entry("getting", "got"), Map.entry("sending", "sent"), Map.entry("building", "built"),
            Map.entry("selling", "sold"), Map.entry("buying", "bought"), Map.entry("striking", "struck"),
            Map.entry("beating", "beaten"), Map.entry("catching", "caught"), Map.entry("fighting", "fought"));

    /**
     * A verb written in its -ing form as a past participle, for a group's name ("killing" -> "killed", "carrying" ->
     * "carried", "stopping" -> "stopped", "evacuating" -> "evacuated"); any other word as it is.
     */
    static String participle(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        if (!w.endsWith("ing") || w.length() < 6 || w.contains(" ")) {
            return written;
        }
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        String root = w.substring(0, w.length() - 3);
        char last = root.charAt(root.length() - 1);
        if (last == 'y' && !VOWELS.contains(root.charAt(root.length() - 2))) {
            return root.substring(0, root.length() - 1) + "ied";
        }
        return root + "ed";
    }

    private static final Set<Character> VOWELS = Set.of('a', 'e', 'i', 'o', 'u');

    /**
     * A normalised key's words as the sentence wrote them: each stem becomes the sentence's shortest word that
     * starts with it ("injur" in "527 were injured" is "injured"), and stays as it is when none does.
     */
    static String asWritten(String key, String sentence) {
        Matcher m = WORD.matcher(key);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(wordFor(m.group(), sentence)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String wordFor(String stem, String sentence) {
        if (stem.length() < 3 || !stem.equals(stem.toLowerCase(Locale.ROOT))) {
            return stem;
        }
        // A stemmer writes a final y as i ("carry" is "carri") and drops a final e ("injure" is "injur").
        List<String> prefixes = stem.endsWith("i") ? List.of(stem, stem.substring(0, stem.length() - 1) + "y")
                : List.of(stem);
        for (String prefix : prefixes) {
            String best = null;
            Matcher m = WORD.matcher(sentence == null ? "" : sentence);
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (w.startsWith(prefix) && (best == null || w.length() < best.length())) {
                    // a name keeps its capital ("Carl Brandt"); the sentence's first word has one whatever it is
                    best = m.start() > 0 && Character.isUpperCase(m.group().charAt(0)) ? m.group() : w;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return stem;
    }

    static String capitalised(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
