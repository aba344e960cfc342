package dev.crosscheck.review.reports;

/**
 * A piece of article text cut around a quote, for highlighting without markup in the data:
 * {@code before} + [{@code sentenceBefore} + <b>{@code quote}</b> + {@code sentenceAfter}] + {@code after}.
 * Templates print each part escaped and wrap the sentence and the quote in their own elements.
 */
public record Passage(String before, String sentenceBefore, String quote, String sentenceAfter, String after) {

    /** The quote inside its sentence: where the evidence says it is, else its first occurrence. */
    public static Passage inSentence(String sentence, String quote, int quoteOffset) {
        String s = sentence == null ? "" : sentence;
        int at = locate(s, quote, quoteOffset);
        if (at < 0) {
            return new Passage("", s, "", "", "");
        }
        return new Passage("", s.substring(0, at), quote, s.substring(at + quote.length()), "");
    }

    /**
     * The quote inside its sentence inside its paragraph. {@code quoteOffset} is the quote's offset in the
     * paragraph (from the report's body offsets); null when there is no paragraph to show.
     */
    public static Passage inParagraph(String paragraph, String sentence, String quote, int quoteOffset) {
        if (paragraph == null || paragraph.isEmpty()) {
            return null;
        }
        int q = locate(paragraph, quote, quoteOffset);
        int s = sentence == null || sentence.isEmpty() ? -1 : sentenceAround(paragraph, sentence, q);
        if (s < 0) {
            if (q < 0) {
                return new Passage(paragraph, "", "", "", "");
            }
            return new Passage(paragraph.substring(0, q), "", quote, "", paragraph.substring(q + quote.length()));
        }
        int sentenceEnd = s + sentence.length();
        if (q < s || q + (quote == null ? 0 : quote.length()) > sentenceEnd) {
            return new Passage(paragraph.substring(0, s), sentence, "", "", paragraph.substring(sentenceEnd));
        }
        return new Passage(paragraph.substring(0, s), paragraph.substring(s, q), quote,
                paragraph.substring(q + quote.length(), sentenceEnd), paragraph.substring(sentenceEnd));
    }

    /** The offset of the sentence occurrence that contains the quote (or the first one). */
    private static int sentenceAround(String paragraph, String sentence, int quoteAt) {
        int first = paragraph.indexOf(sentence);
        for (int at = first; at >= 0; at = paragraph.indexOf(sentence, at + 1)) {
            if (quoteAt >= at && quoteAt < at + sentence.length()) {
                return at;
            }
        }
        return first;
    }

    private static int locate(String text, String quote, int expected) {
        if (quote == null || quote.isEmpty()) {
            return -1;
        }
        if (expected >= 0 && expected + quote.length() <= text.length() && text.startsWith(quote, expected)) {
            return expected;
        }
        return text.indexOf(quote);
    }

    /** The whole text, as it was before it was cut. */
    public String text() {
        return before + sentenceBefore + quote + sentenceAfter + after;
    }

    public boolean hasQuote() {
        return !quote.isEmpty();
    }
}
