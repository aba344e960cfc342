package dev.crosscheck.annotate;

import java.util.List;

/** A sentence: its position in the article, its paragraph, its character span and text, and its tokens. */
public record Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The text of tokens {@code from} (inclusive) to {@code to} (exclusive), as written. */
    public String span(int from, int to) {
        return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
    }

    /**
     * Lower-cased token texts, for phrase matching: a view that lowers each word when it is read, since
     * phrase matchers look at a few words around a position, not at the whole sentence.
     */
    /**
     * A headline in Title Case capitalises every word, so capitals say nothing about names there and the tagger's
     * reading of it is a guess.
     */
    public boolean titleCase() {
        long words = tokens.stream().filter(x -> Character.isLetter(x.text().charAt(0)) && x.text().length() > 3).count();
        long capitalised = tokens.stream().filter(x -> Character.isUpperCase(x.text().charAt(0)) && x.text().length() > 3)
                .count();
        return words >= 4 && capitalised >= 0.8 * words;
    }

    public List<String> lowerWords() {
        return new java.util.AbstractList<>() {
            @Override
            public String get(int index) {
                return tokens.get(index).lower();
            }

            @Override
            public int size() {
                return tokens.size();
            }
        };
    }
}
