package dev.crosscheck.facts;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a claim says, with its value masked: the predicate and the counted or measured thing and what
 * qualifies them ("people killed in the attack", "retail price of the car", "first shown at a motor show").
 * Two claims told in other words meet through their frames.
 *
 * @param text   the frame's words, lower case, value left out
 * @param words  the stems of its content words (nouns, verbs, adjectives, adverbs), for comparing by words
 * @param things what is counted or measured, as comparable keys: one for a count ("person", "staff"), the
 *               measured noun, the verb and the sentence's topic for an amount ("truck", "fall"); claims that
 *               share none are never the same claim
 * @param group  the group a count is of, from knowledge ("dead", "injured", "aboard"), or null when no
 *               knowledge names it; counts of one group are the same count, of two groups never
 * @param key    the class knowledge puts the frame in (rules/knowledge/frames.txt), or null; it wins over
 *               the model both ways: frames of one class are the same, frames of two classes are not
 * @param vector the frame's sentence embedding (unit length), or null when no comparison needed it
 */
public record Frame(String text, Set<String> words, Set<String> things, String group, String key, float[] vector) {

    public static final Frame NONE = new Frame("", Set.of(), Set.of(), null, null, null);
    /** A frame needs this many content words before its words alone may say it is another frame's. */
    private static final int WORDS_TO_COMPARE = 2;

    public Frame {
        words = Set.copyOf(words);
        things = Set.copyOf(things);
    }

    public Frame withVector(float[] v) {
        return new Frame(text, words, things, group, key, v);
    }

    public Frame withGroup(String g) {
        return new Frame(text, words, things, g, key, vector);
    }

    /** True when both are about at least one thing in common. */
    public boolean sameThing(Frame other) {
        for (String thing : things) {
            if (other.things.contains(thing)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The evidence that two frames say the same thing: 1 when knowledge puts them in one class or their words
     * are equal, 0 when knowledge tells them apart (two classes, two groups, two things), else the larger of the
     * cosine of their vectors (0 when either has none) and the share of the smaller frame's content words that
     * the other holds ("fell into the moat" and "the boy fell into the moat of the enclosure" share all of the
     * first's): the small model is weak on frames of very different lengths, and words are not.
     */
    public double similarity(Frame other) {
        if (!sameThing(other)) {
            return 0;
        }
        if (key != null && other.key != null) {
            return key.equals(other.key) ? 1 : 0;
        }
        if (group != null && other.group != null) {
            return group.equals(other.group) ? 1 : 0;
        }
        if (text.equals(other.text)) {
            return 1;
        }
        return Math.max(cosine(other), sharedWords(other));
    }

    private double cosine(Frame other) {
        if (vector == null || other.vector == null) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < vector.length; i++) {
            dot += vector[i] * other.vector[i];
        }
        return dot;
    }

    /** The share of the smaller frame's content words the other holds; 0 for frames of fewer than two. */
    private double sharedWords(Frame other) {
        int smaller = Math.min(words.size(), other.words.size());
        if (smaller < WORDS_TO_COMPARE) {
            return 0;
        }
        long shared = words.stream().filter(other.words::contains).count();
        return (double) shared / smaller;
    }

    /** What decided {@link #similarity}, for --explain: knowledge, the words, or the model. */
    public String basis(Frame other) {
        if (!sameThing(other)) {
            return "different things";
        }
        if (key != null && other.key != null) {
            return "knowledge (frames.txt)";
        }
        if (group != null && other.group != null) {
            return group.equals(other.group) ? "one group (frames.txt)" : "different groups (frames.txt)";
        }
        if (text.equals(other.text)) {
            return "same words";
        }
        if (sharedWords(other) >= cosine(other)) {
            return "shared words";
        }
        return vector == null || other.vector == null ? "not embedded" : "model";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && text.equals(f.text) && words.equals(f.words) && things.equals(f.things)
                && Objects.equals(group, f.group) && Objects.equals(key, f.key) && Arrays.equals(vector, f.vector);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, words, things, group, key, Arrays.hashCode(vector));
    }

    @Override
    public String toString() {
        return "\"" + text + "\"" + (things.isEmpty() ? "" : " things=" + String.join("|", new TreeSet<>(things)))
                + (group == null ? "" : " group=" + group)
                + (key == null ? "" : " class=" + key);
    }
}
