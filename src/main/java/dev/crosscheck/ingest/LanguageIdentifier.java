package dev.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells the language of a text. Plain English news is recognised by its function words, which is
 * instant; anything else goes to OpenNLP's language detector, whose model (about 0.6 s to load) is
 * loaded only when first needed.
 */
public final class LanguageIdentifier {

    private static final String MODEL = "langdetect-183.bin";
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of(
            "the", "and", "of", "to", "a", "in", "is", "that", "for", "on", "was", "with", "he", "it", "as",
            "at", "by", "his", "from", "has", "have", "are", "were", "said", "be", "an", "this", "which");
    private static final double CLEARLY_ENGLISH = 0.15;

    private LanguageDetectorME detector;

    /** ISO 639-3 code of the text's language ("eng"), or "und" when the text is too short to tell. */
    public synchronized String identify(String text) {
        String sample = text.length() > 2000 ? text.substring(0, 2000) : text;
        String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        if (words.length < 5) {
            return "und";
        }
        long function = java.util.Arrays.stream(words).filter(ENGLISH_FUNCTION_WORDS::contains).count();
        if ((double) function / words.length >= CLEARLY_ENGLISH) {
            return "eng";
        }
        Language best = detector().predictLanguage(sample);
        return best.getLang();
    }

    /** The English name of an ISO 639-3 code ("deu" gives "German"), or the code itself when Java has none. */
    public static String name(String iso3) {
        for (String two : Locale.getISOLanguages()) {
            Locale locale = new Locale(two);
            if (locale.getISO3Language().equals(iso3)) {
                return locale.getDisplayLanguage(Locale.ENGLISH);
            }
        }
        return iso3;
    }

    private LanguageDetectorME detector() {
        if (detector == null) {
            try (InputStream in = LanguageIdentifier.class.getClassLoader().getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException(MODEL + " is not on the classpath "
                            + "(dependency org.apache.opennlp:opennlp-models-langdetect)");
                }
                detector = new LanguageDetectorME(new LanguageDetectorModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load " + MODEL, e);
            }
        }
        return detector;
    }
}
