package dev.crosscheck.evaluate;

/**
 * One edit of an article, FactCC-style: the text from {@code start} to {@code end} of its body replaced by
 * {@code replacement}, in sentence {@code sentenceIndex}.
 */
record Mutation(Kind kind, int sentenceIndex, int start, int end, String original, String replacement) {

    enum Kind { NUMBER, DATE, NAME, NEGATION }

    String apply(String body) {
        return body.substring(0, start) + replacement + body.substring(end);
    }

    @Override
    public String toString() {
        return kind + " s" + sentenceIndex + " \"" + original + "\" -> \"" + replacement + "\"";
    }
}
