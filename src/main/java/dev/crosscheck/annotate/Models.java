package dev.crosscheck.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.ml.model.MaxentModel;
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
    private final POSModel greedyPos;

    private Models(SentenceModel sentences, TokenizerModel tokens, POSModel pos) {
        this.sentences = sentences;
        this.tokens = tokens;
        this.pos = pos;
        this.greedyPos = greedy(pos);
    }

    /**
     * The tagging model with a beam of one instead of the three its manifest asks for. The tags are the same: the
     * model's features are cached per token (its feature generator says {@code cache="true"}), previous tags
     * included, so every hypothesis of the beam is scored with the best one's context and the beam ends where the
     * best first choice at each word does (not one tag of the labelled feed's 260,000 differs); but each word is
     * scored once instead of three times, and tagging, most of a first run, takes half the time.
     * AnnotatorTest checks the tags against OpenNLP's default tagger, in case a new model makes the beam matter.
     */
    private static POSModel greedy(POSModel model) {
        return new POSModel(model.getLanguage(), (MaxentModel) model.getArtifact("pos.model"), 1, null,
                model.getFactory());
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

    /** The tagging model as shipped, with the beam its manifest gives: the yardstick's. */
    POSModel pos() {
        return pos;
    }

    /** The same tagging model, with a beam of one: the same tags for half the work ({@link #greedy}). */
    POSModel greedyPos() {
        return greedyPos;
    }
}
