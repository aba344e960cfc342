package dev.crosscheck.annotate;

import dev.crosscheck.ingest.Article;
import dev.crosscheck.text.Words;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits an article into sentences and tokens and tags each token. One instance per thread: the
 * OpenNLP taggers keep state between calls.
 */
public final class Annotator {

    /** Digits with their decimal points and thousands commas, and the letters glued to the last ("8.2m"). */
    private static final Pattern SPLIT_NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)+\\p{L}{0,2}|\\d+");
    /** Characters that end a sentence at the end of a line: a full stop, a question or exclamation mark, a quote. */
    private static final String SENTENCE_ENDS = ".!?\"'”’)";
    /**
     * Capitalised words that go on with a clock time: its day ("at 2 p.m. Sunday") or the region of its zone ("8 p.m.
     * Eastern"); a zone's abbreviation ("5 p.m. EST", "JST", "UTC") is capitals ending in T, or UTC, not "US" or "NATO",
     * which may open the next sentence.
     */
    private static final Set<String> CLOCK_TIME_FOLLOWERS = clockTimeFollowers();
    private static final Pattern ZONE_ABBREVIATION = Pattern.compile("[A-Z]{1,3}T|UTC");
    /** Tags of words that carry a noun phrase on after a modifier: "a very [large] ...", "the most [famous] ...". */
    private static final Set<String> PHRASE_GOES_ON = Set.of("ADJ", "ADV", "NOUN", "PROPN", "NUM");

    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final Set<String> abbreviations;

    /** @param abbreviations lower-cased words ending in a full stop that do not end a sentence ("u.n.") */
    public Annotator(Models models, Set<String> abbreviations) {
        this.sentenceDetector = new SentenceDetectorME(models.sentences());
        this.tokenizer = new TokenizerME(models.tokens());
        this.tagger = new POSTaggerME(models.greedyPos());
        this.abbreviations = abbreviations;
    }

    public AnnotatedArticle annotate(Article article) {
        String body = article.body();
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int offset = 0;
        List<Integer> breaks = paragraphBreaks(body);
        breaks.add(body.length());
        for (int end : breaks) {
            String text = body.substring(offset, end);
            if (!text.isBlank()) {
                for (Span span : sentenceSpans(text)) {
                    int start = offset + span.getStart();
                    sentences.add(sentence(sentences.size(), paragraph, start,
                            body.substring(start, offset + span.getEnd())));
                }
                paragraph++;
            }
            offset = end + 1;
        }
        return new AnnotatedArticle(article, sentences);
    }

    /**
     * Where paragraphs end: at a blank line, after a line that ends a sentence, and before a line that starts with a
     * capital. A feed that puts each paragraph on a line of its own has no blank lines, and a caption or a date line
     * without a full stop must not run into the sentence after it, nor date it; a hard-wrapped sentence goes on in
     * lower case or with a figure on its next line.
     */
    private static List<Integer> paragraphBreaks(String body) {
        List<Integer> breaks = new ArrayList<>();
        for (int k = body.indexOf('\n'); k >= 0; k = body.indexOf('\n', k + 1)) {
            int next = k + 1;
            while (next < body.length() && (body.charAt(next) == ' ' || body.charAt(next) == '\t')) {
                next++;
            }
            int before = k - 1;
            while (before >= 0 && Character.isWhitespace(body.charAt(before)) && body.charAt(before) != '\n') {
                before--;
            }
            if (next >= body.length()) {
                continue;
            }
            char first = body.charAt(next);
            boolean ended = before < 0 || SENTENCE_ENDS.indexOf(body.charAt(before)) >= 0;
            // a line that ends a sentence, or a line without a full stop before a capital (a caption, a date line);
            // a line that breaks off before a lower-case word or a figure ("rose to\n145 million") goes on
            if (first == '\n' || (ended && !Character.isLowerCase(first)) || Character.isUpperCase(first)) {
                breaks.add(k);
            }
        }
        return breaks;
    }

    /** Sentence spans within one paragraph, re-joining splits the model makes after abbreviations. */
    private List<Span> sentenceSpans(String paragraph) {
        List<Span> merged = new ArrayList<>();
        for (Span span : sentenceDetector.sentPosDetect(paragraph)) {
            Span trimmed = span.trim(paragraph);
            if (trimmed.length() == 0) {
                continue;
            }
            if (!merged.isEmpty() && (endsWithAbbreviation(paragraph, merged.get(merged.size() - 1))
                    || splitMidSentence(paragraph, merged.get(merged.size() - 1), trimmed)
                    || splitAfterClockTime(paragraph, merged.get(merged.size() - 1), trimmed))) {
                Span last = merged.remove(merged.size() - 1);
                merged.add(new Span(last.getStart(), trimmed.getEnd()));
            } else {
                merged.add(trimmed);
            }
        }
        return merged;
    }

    /**
     * True when the model split where no sentence ends: the first part ends without a full stop or other closing
     * mark and the next starts in lower case ("rose to 145.5" / "million after the review": the decimal point).
     */
    private static boolean splitMidSentence(String paragraph, Span before, Span next) {
        char last = paragraph.charAt(before.getEnd() - 1);
        char first = paragraph.charAt(next.getStart());
        return ".!?…\"'”’)]:;".indexOf(last) < 0 && Character.isLowerCase(first);
    }

    /**
     * True when the model split after "a.m." or "p.m." where the sentence goes on: with a lower-case word, a bracket
     * or a figure ("at 10:05 p.m. on Sunday", "at 7:45 p.m. (1845 GMT)"), or with the day or the zone of that time
     * ("at 2 p.m. Sunday", "5 p.m. EST"). "It began at 3 a.m. Police said" is two sentences.
     */
    private static boolean splitAfterClockTime(String paragraph, Span before, Span next) {
        String last = lastWord(paragraph, before).toLowerCase(Locale.ROOT);
        if (!last.equals("a.m.") && !last.equals("p.m.")) {
            return false;
        }
        String rest = paragraph.substring(next.getStart(), next.getEnd());
        String first = rest.split("[\\s,.;:]", 2)[0];
        return !Character.isUpperCase(rest.charAt(0)) || CLOCK_TIME_FOLLOWERS.contains(first)
                || ZONE_ABBREVIATION.matcher(first).matches();
    }

    private static Set<String> clockTimeFollowers() {
        Set<String> words = new HashSet<>(Set.of("Eastern", "Central", "Mountain", "Pacific"));
        for (DayOfWeek day : DayOfWeek.values()) {
            words.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        return Set.copyOf(words);
    }

    /** The span's last word, after its last space. */
    private static String lastWord(String paragraph, Span span) {
        String text = paragraph.substring(span.getStart(), span.getEnd());
        return text.substring(text.lastIndexOf(' ') + 1);
    }

    private boolean endsWithAbbreviation(String paragraph, Span span) {
        String last = lastWord(paragraph, span);
        // an initial ("N. Korea", "George W. Bush") is never a sentence's last word
        return abbreviations.contains(last.toLowerCase(Locale.ROOT)) || last.matches("\\p{Lu}\\.");
    }

    /**
     * The tokenizer model sometimes cuts a number in two where nothing separates the parts ("5.52" as "5.5" and
     * "2", "$8.2m" as "8" and ".2m"): digits that touch digits, a decimal point or a thousands comma are one token
     * again.
     */
    static Span[] joinSplitNumbers(Span[] spans, String text) {
        List<Span> joined = new ArrayList<>(spans.length);
        for (Span span : spans) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.getEnd() == span.getStart()
                    && SPLIT_NUMBER.matcher(text.substring(last.getStart(), span.getEnd())).matches()) {
                joined.set(joined.size() - 1, new Span(last.getStart(), span.getEnd()));
            } else {
                joined.add(span);
            }
        }
        return joined.toArray(Span[]::new);
    }

    /**
     * The tokenizer model splits "$" from its amount but keeps "€7", "£300,000" and "US$300" whole, and glues the
     * slash of a rate to a number or a unit ("$299/month" as "$", "299/", "month"): a currency sign before a digit
     * (with the letters of its country, "US$"), a hyphen after a number ("34-" of "34-year-old") or before the unit
     * glued to it ("-metre" of "300-metre") and a slash next to a number or a word are tokens of their own, as the
     * amount readers expect.
     */
    static Span[] splitSignsAndSlashes(Span[] spans, String text) {
        List<Span> split = new ArrayList<>(spans.length);
        for (Span span : spans) {
            splitInto(split, span.getStart(), span.getEnd(), text);
        }
        return split.toArray(Span[]::new);
    }

    /** Where a slash after a number starts a rate ("299/", "299/month"), or -1. */
    private static int rateSlash(String text, int start, int end) {
        int slash = text.indexOf('/', start);
        if (slash <= start || slash >= end || !Character.isDigit(text.charAt(slash - 1))) {
            return -1;
        }
        return slash + 1 == end || Character.isLetter(text.charAt(slash + 1)) ? slash : -1;
    }

    private static void splitInto(List<Span> out, int start, int end, String text) {
        int sign = currencySignBeforeDigit(text, start, end);
        if (sign >= 0) {
            out.add(new Span(start, sign + 1)); // "$" or "US$"
            splitInto(out, sign + 1, end, text);
        } else if (end - start > 1 && text.charAt(start) == '-' && start > 0 && Character.isDigit(text.charAt(start - 1))
                && Character.isLetter(text.charAt(start + 1))) {
            // "300-metre" cut as "300" and "-metre" (and "-metre-" before "long"): the hyphen, the unit, the hyphen
            boolean hyphenAfter = text.charAt(end - 1) == '-';
            out.add(new Span(start, start + 1));
            out.add(new Span(start + 1, hyphenAfter ? end - 1 : end));
            if (hyphenAfter) {
                out.add(new Span(end - 1, end));
            }
        } else if (end - start > 1 && text.charAt(start) == '/' && Character.isLetter(text.charAt(start + 1))) {
            out.add(new Span(start, start + 1));
            out.add(new Span(start + 1, end));
        } else if (end - start > 1 && text.charAt(end - 1) == '-' && Character.isDigit(text.charAt(end - 2))) {
            // "34-" of "34-year-old" (the model cuts it so now and then): the number, then its hyphen
            splitInto(out, start, end - 1, text);
            out.add(new Span(end - 1, end));
        } else if (rateSlash(text, start, end) > 0) {
            // "299/" or "299/month": the number, then the slash of its rate; "3/4" and "12/05/2023" stay whole
            int slash = rateSlash(text, start, end);
            out.add(new Span(start, slash));
            splitInto(out, slash, end, text);
        } else {
            out.add(new Span(start, end));
        }
    }

    /** Where a currency sign, alone or after up to two letters ("US$300"), stands before a digit; else -1. */
    private static int currencySignBeforeDigit(String text, int start, int end) {
        for (int k = start; k < Math.min(end - 1, start + 3); k++) {
            if (Words.currencySign(text.charAt(k))) {
                return Character.isDigit(text.charAt(k + 1)) ? k : -1;
            }
            if (!Character.isLetter(text.charAt(k))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * An article opens a noun phrase, so the word that ends it is a noun even where the tagger calls it an adverb or an
     * interjection: past the article's modifiers (adjectives, figures, participles, a hyphened compound such as
     * "80m-deep"), a word tagged so that nothing of the phrase follows is its noun: "the well collapsed", "a deserted
     * well measuring", "the 80m-deep well in", "the west". The model reads "well" as an adverb wherever it stands. "a
     * very large", "the most famous", "a newly built", "the so-called" keep their tags.
     */
    static String[] nounsAfterArticles(String[] words, String[] tags) {
        for (int i = 0; i < words.length; i++) {
            String article = words[i].toLowerCase(Locale.ROOT);
            if (!article.equals("the") && !article.equals("a") && !article.equals("an")) {
                continue;
            }
            int k = i + 1;
            while (k < words.length && modifier(words, tags, k)) {
                k++;
            }
            if (k < words.length && (tags[k].equals("ADV") || tags[k].equals("INTJ")) && !goesOn(words, tags, k)
                    && !words[k].toLowerCase(Locale.ROOT).endsWith("ly")) {
                tags[k] = "NOUN";
            }
        }
        return tags;
    }

    /** A word that modifies the noun after it: "large", "80", "deserted", the "m" and "-" of "80m-deep", "very". */
    private static boolean modifier(String[] words, String[] tags, int k) {
        String tag = tags[k];
        boolean participle = tag.equals("VERB") && words[k].toLowerCase(Locale.ROOT).endsWith("ed");
        boolean compound = words[k].equals("-") || k + 1 < words.length && words[k + 1].equals("-");
        return tag.equals("ADJ") || tag.equals("NUM") || participle || compound
                || tag.equals("ADV") && goesOn(words, tags, k);
    }

    /** True when the phrase goes on after word {@code k}: an adjective, adverb, noun or figure, or a hyphen. */
    private static boolean goesOn(String[] words, String[] tags, int k) {
        return k + 1 < words.length && (PHRASE_GOES_ON.contains(tags[k + 1]) || words[k + 1].equals("-"));
    }

    private Sentence sentence(int index, int paragraph, int start, String text) {
        // The models learnt from plain apostrophes: "Nasa’s" is one unknown word, "Nasa's" a name and its possessive.
        // The same length, so every span still points into the text as written.
        String plain = text.replace('’', '\'').replace('‘', '\'');
        Span[] spans = splitSignsAndSlashes(joinSplitNumbers(tokenizer.tokenizePos(plain), plain), plain);
        String[] words = Span.spansToStrings(spans, plain);
        String[] tags = nounsAfterArticles(words, tagger.tag(words));
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String tag = tags[i];
            int plus = tag.indexOf('+');
            tokens.add(new Token(words[i], start + spans[i].getStart(), start + spans[i].getEnd(),
                    plus > 0 ? tag.substring(0, plus) : tag, Words.stem(words[i]), Words.lower(words[i])));
        }
        return new Sentence(index, paragraph, start, start + text.length(), text, tokens);
    }
}
