package dev.crosscheck.report;

/**
 * An evidence sentence cut around its quote, so renderers can highlight the quote without searching for
 * it themselves: {@code before} + {@code quote} + {@code after} is the sentence. When the quote cannot be
 * found in the sentence, {@code quote} is empty and {@code before} is the whole sentence.
 */
record QuoteInSentence(String before, String quote, String after) {

    static QuoteInSentence of(Report.EvidenceEntry e) {
        String sentence = e.sentence() == null ? "" : e.sentence();
        String quote = e.quote() == null ? "" : e.quote();
        int at = offset(e, sentence, quote);
        if (at < 0) {
            return new QuoteInSentence(sentence, "", "");
        }
        return new QuoteInSentence(sentence.substring(0, at), quote, sentence.substring(at + quote.length()));
    }

    /** Where the body offsets put the quote (the same words may occur twice), else its first occurrence. */
    private static int offset(Report.EvidenceEntry e, String sentence, String quote) {
        if (quote.isEmpty()) {
            return -1;
        }
        if (e.paragraph() != null) {
            int sentenceAt = e.paragraph().indexOf(sentence);
            int at = e.start() - e.paragraphStart() - sentenceAt;
            if (sentenceAt >= 0 && at >= 0 && sentence.startsWith(quote, at)) {
                return at;
            }
        }
        return sentence.indexOf(quote);
    }
}
