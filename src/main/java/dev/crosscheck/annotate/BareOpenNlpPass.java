package dev.crosscheck.annotate;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * OpenNLP alone, as a yardstick for benchmarks: sentence detection, tokenisation and POS tagging with the
 * same models the {@link Annotator} uses, as OpenNLP runs them by default, and nothing else (no paragraphs, no
 * records, no stems). The tagger keeps the beam of three its model's manifest gives, where the annotator tags with
 * a beam of one for the same tags ({@link Models#greedyPos}): the yardstick is what calling OpenNLP costs, not a
 * copy of the annotator. One instance per thread, like the taggers it holds.
 */
public final class BareOpenNlpPass {

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    public BareOpenNlpPass(Models models) {
        this.sentences = new SentenceDetectorME(models.sentences());
        this.tokenizer = new TokenizerME(models.tokens());
        this.tagger = new POSTaggerME(models.pos());
    }

    /** Tags {@code text}; returns the number of tokens tagged, so that the work cannot be optimised away. */
    public int run(String text) {
        int tagged = 0;
        for (String sentence : sentences.sentDetect(text)) {
            String[] tokens = tokenizer.tokenize(sentence);
            tagged += tagger.tag(tokens).length;
        }
        return tagged;
    }
}
