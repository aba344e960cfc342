package dev.crosscheck.annotate;

/**
 * A word or punctuation mark: its text, character offsets in the article body, its Universal
 * Dependencies POS tag (NOUN, PROPN, VERB, NUM, ...), and a stem that equal words share.
 */
public record Token(String text, int start, int end, String tag, String stem) {

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

    public String lower() {
        return dev.crosscheck.text.Words.lower(text);
    }
}
