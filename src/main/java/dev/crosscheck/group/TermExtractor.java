package dev.crosscheck.group;

import dev.crosscheck.ingest.Article;
import dev.crosscheck.text.Words;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the content words of an article: lower case, stemmed, without function words, a title word
 * counting {@code titleWeight} times in the article's words. Stateless and thread-safe.
 */
final class TermExtractor {

    private static final String STOPWORDS_RESOURCE = "stopwords.txt";
    private static final Set<String> STOPWORDS = loadStopwords();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final int MIN_WORD_LENGTH = 2;

    private TermExtractor() {
    }

    static ArticleTerms extract(Article article, double titleWeight) {
        String title = article.title() == null ? "" : article.title();
        Map<String, Double> titleWords = new HashMap<>();
        addWords(POSSESSIVE.matcher(title).replaceAll(""), titleWords);
        Map<String, Double> words = new HashMap<>();
        titleWords.forEach((word, count) -> words.put(word, count * titleWeight));
        String body = POSSESSIVE.matcher(article.body()).replaceAll(""); // "the city's" counts "city"
        addWords(body, words);
        Map<String, Double> names = new HashMap<>();
        addNames(body, names);
        String month = article.published() == null ? null : article.published().toString().substring(0, 7);
        return new ArticleTerms(words, titleWords, names, month);
    }

    /**
     * The names an article uses: capitalised words that do not start a sentence ("the Cincinnati Zoo said"), as
     * stems like its words. Two reports of one event name the same people and places; two events of one kind
     * (last month's protest and this month's) mostly do not.
     */
    private static void addNames(String text, Map<String, Double> counts) {
        Matcher m = WORD.matcher(text); // the positions sentenceStart reads are in this same text
        while (m.find()) {
            String word = m.group();
            if (word.length() < MIN_WORD_LENGTH || !Character.isUpperCase(word.charAt(0)) || sentenceStart(text, m.start())) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (!STOPWORDS.contains(lower)) {
                counts.merge(Words.stem(lower), 1.0, Double::sum);
            }
        }
    }

    /** True when only spaces or quotes stand between this position and a full stop, a line break or the start. */
    private static boolean sentenceStart(String text, int at) {
        for (int k = at - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '"' && c != '“' && c != '\'' && c != '‘' && c != '(') {
                return false;
            }
        }
        return true;
    }

    private static void addWords(String text, Map<String, Double> counts) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (word.length() >= MIN_WORD_LENGTH && !STOPWORDS.contains(word)) {
                counts.merge(Words.stem(word), 1.0, Double::sum); // Words remembers stems, for every thread
            }
        }
    }

    private static Set<String> loadStopwords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = TermExtractor.class.getResourceAsStream(STOPWORDS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(STOPWORDS_RESOURCE + " is missing from the classpath next to "
                        + TermExtractor.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + STOPWORDS_RESOURCE + " from the classpath", e);
        }
        return Set.copyOf(words);
    }
}
