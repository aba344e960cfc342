package dev.crosscheck.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * English word forms. {@link #stem} maps inflected forms to one key ("walking", "walked" -> "walk";
 * "gave", "given" -> "give"): irregular forms come from a table, the rest from the Porter stemmer.
 * OpenNLP's statistical lemmatizer gives nicer lemmas but costs about seven times a POS-tagging pass,
 * and comparison only needs equal keys for equal words.
 */
public final class Words {

    private static final Map<String, String> IRREGULAR = loadIrregular();
    /** Base to its one irregular form, for the nouns of the table ("man" -> "men", "human" -> "humans"). */
    private static final Map<String, String> PLURALS = pluralsOf(IRREGULAR);
    /** Stems already worked out: news vocabulary repeats, and stemming every token again is wasted work. */
    private static final Map<String, String> STEMS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 500_000;
    /** Lower-cased words already made: finders look at each token's lower case many times over. */
    private static final Map<String, String> LOWER = new java.util.concurrent.ConcurrentHashMap<>();
    /** The Porter stemmer keeps a buffer, so each thread has its own. */
    private static final ThreadLocal<PorterStemmer> STEMMER = ThreadLocal.withInitial(PorterStemmer::new);
    // compiled once: name keys are made for every candidate name of every sentence
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");

    private Words() {
    }

    /**
     * {@code word} in lower case, remembered: the same token is lowered by every finder that looks at it. Most words
     * are lower case already, and are their own answer without a look-up.
     */
    public static String lower(String word) {
        return hasUpperCase(word) ? remembered(LOWER, word, w -> w.toLowerCase(Locale.ROOT)) : word;
    }

    private static boolean hasUpperCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 128 && Character.toLowerCase(c) != c) {
                return true;
            }
        }
        return false;
    }

    public static String stem(String word) {
        return remembered(STEMS, word, w -> {
            String lower = w.toLowerCase(Locale.ROOT);
            String base = IRREGULAR.getOrDefault(lower, lower);
            return base.length() <= 3 || !letters(base) ? base : STEMMER.get().stem(base);
        });
    }

    /** What {@code make} gives for {@code word}, from {@code memo} when it was made before; the memo is bounded. */
    private static String remembered(Map<String, String> memo, String word, UnaryOperator<String> make) {
        String known = memo.get(word);
        if (known != null) {
            return known;
        }
        String made = make.apply(word);
        if (memo.size() < MAX_REMEMBERED) {
            memo.put(word, made);
        }
        return made;
    }

    private static boolean letters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The plural of an English noun, for display, keeping its capital: "person" is "people", "Fireman"
     * "Firemen", "human" "humans", "company" "companies".
     */
    public static String plural(String noun) {
        String n = noun.strip();
        String lower = n.toLowerCase(Locale.ROOT);
        String irregular = PLURALS.get(lower);
        String plural;
        if (irregular != null) {
            plural = irregular;
        } else if (lower.endsWith("man")) {
            plural = lower.substring(0, lower.length() - 2) + "en"; // a compound of "man": chairmen
        } else if (lower.endsWith("people") || lower.endsWith("children")) {
            plural = lower;
        } else if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh")) {
            plural = lower + "es";
        } else if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            plural = lower.substring(0, lower.length() - 1) + "ies";
        } else {
            plural = lower + "s";
        }
        // keep the noun's own letters where the plural still has them ("NATO member" stays as written)
        int kept = 0;
        while (kept < n.length() && kept < plural.length() && Character.toLowerCase(n.charAt(kept)) == plural.charAt(kept)) {
            kept++;
        }
        return n.substring(0, kept) + plural.substring(kept);
    }

    /** The singular of an English noun, for display ("interpreters" -> "interpreter"). */
    public static String singular(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return irregular;
        }
        if (lower.endsWith("ies") && lower.length() > 4) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        if (lower.matches(".*(ches|shes|sses|xes|zes)")) {
            return lower.substring(0, lower.length() - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")
                && lower.length() > 3) {
            return lower.substring(0, lower.length() - 1);
        }
        return lower;
    }

    /** A currency sign ("$", "€", "£", "₽"): written before its amount, where every other unit comes after it. */
    public static boolean currencySign(char c) {
        return Character.getType(c) == Character.CURRENCY_SYMBOL;
    }

    /** A currency sign, alone or after a country's letters, as written before an amount: "$", "US$", "HK$". */
    public static boolean currencyPrefix(String text) {
        return !text.isEmpty() && text.length() <= 3 && currencySign(text.charAt(text.length() - 1));
    }

    /**
     * A spelling-insensitive key for a name: lower case, no diacritics, hyphens and runs of spaces or
     * punctuation as one space, no leading "the" ("Jean-Luc Picard" and "Jean Luc Picard" give "jean luc picard").
     */
    public static String nameKey(String name) {
        if (plainWord(name)) {
            return name.toLowerCase(Locale.ROOT); // most tokens: no marks, no spaces, nothing to replace
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String spaced = NOT_LETTER_OR_DIGIT.matcher(plain.toLowerCase(Locale.ROOT)
                .replace("’s", "").replace("'s", "")).replaceAll(" ");
        return LEADING_THE.matcher(spaced.trim()).replaceFirst("");
    }

    private static boolean plainWord(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** The table's bases with exactly one form: nouns and their plurals (a verb's base has several forms). */
    private static Map<String, String> pluralsOf(Map<String, String> formToBase) {
        Map<String, List<String>> forms = new HashMap<>();
        formToBase.forEach((form, base) -> forms.computeIfAbsent(base, b -> new ArrayList<>()).add(form));
        Map<String, String> plurals = new HashMap<>();
        forms.forEach((base, of) -> {
            if (of.size() == 1) {
                plurals.put(base, of.get(0));
            }
        });
        return Map.copyOf(plurals);
    }

    private static Map<String, String> loadIrregular() {
        Map<String, String> forms = new HashMap<>();
        try (InputStream in = Words.class.getResourceAsStream("irregular-forms.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                String base = line.substring(0, colon).trim();
                for (String form : line.substring(colon + 1).split(",")) {
                    forms.put(form.trim(), base);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read irregular-forms.txt from the classpath", e);
        }
        return Map.copyOf(forms);
    }
}
