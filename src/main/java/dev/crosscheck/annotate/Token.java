package dev.crosscheck.annotate;

/**
 * A word or punctuation mark: its text, character offsets in the article body, its Universal
 * Dependencies POS tag (NOUN, PROPN, VERB, NUM, ...), a stem that equal words share, and its text in lower case
 * (made once: every finder asks it of every token).
 */
public record Token(String text, int start, int end, String tag, String stem, String lower) {

    public boolean is(String posTag) {
        return tag.equals(posTag);
    }

    public boolean isNoun() {
        return tag.equals("NOUN") || tag.equals("PROPN");
    }

    public boolean isVerb() {
        return tag.equals("VERB");
    }

    public boolean isPunctuation() {
        return tag.equals("PUNCT");
    }

    /** A quotation mark ("“”'); single ones are plain, since the annotator reads ’ and ‘ as '. */
    public boolean isQuotationMark() {
        return text.equals("\"") || text.equals("“") || text.equals("”") || text.equals("'");
    }
}
