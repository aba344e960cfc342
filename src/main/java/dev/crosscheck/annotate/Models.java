package dev.crosscheck.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English UD models, loaded once from the model jars on the classpath (Maven Central
 * artifacts; nothing is downloaded at run time). Models are thread-safe; the taggers built on them are not.
 */
public final class Models {

    static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final POSModel pos;

    private Models(SentenceModel sentences, TokenizerModel tokens, POSModel pos) {
        this.sentences = sentences;
        this.tokens = tokens;
        this.pos = pos;
    }

    public static Models load() {
        try (InputStream s = open(SENTENCES); InputStream t = open(TOKENS); InputStream p = open(POS)) {
            return new Models(new SentenceModel(s), new TokenizerModel(t), new POSModel(p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP models", e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = Models.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath; "
                    + "the opennlp-models-*-en 1.3.0 jars must be dependencies");
        }
        return in;
    }

    SentenceModel sentences() {
        return sentences;
    }

    TokenizerModel tokens() {
        return tokens;
    }

    POSModel pos() {
        return pos;
    }
}
