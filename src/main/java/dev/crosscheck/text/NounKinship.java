package dev.crosscheck.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * How two English nouns are related, from WordNet: the same thing ("seas" / "oceans"), one a broader
 * word for the other ("child" / "boy", "vehicle" / "truck"), two kinds of one thing ("knife" / "pistol",
 * both weapons), or neither. Only two kinds of one thing contradict each other when one replaces the
 * other. The dictionary (about 0.6 s to load) is loaded the first time it is needed.
 */
public final class NounKinship {

    public enum Relation { SAME, BROADER_OR_NARROWER, KINDS_OF_ONE_THING, UNRELATED, UNKNOWN }

    /** The relation, and for two kinds of one thing, what that thing is ("weapon"). */
    public record Kinship(Relation relation, String commonKind) {
    }

    /** How far up the hierarchy a shared kind may be: "knife" and "pistol" meet at "weapon" within three steps. */
    private static final int SIBLING_DEPTH = 3;
    /** Kinds so broad that sharing them says nothing: a knife and a cloud are both objects. */
    private static final java.util.Set<String> TOO_BROAD = java.util.Set.of("entity", "physical entity", "abstraction",
            "abstract entity", "object", "physical object", "whole", "unit", "artifact", "artefact", "matter", "thing",
            "causal agent", "cause", "living thing", "animate thing", "organism", "being", "person", "individual",
            "group", "grouping", "measure", "attribute", "relation", "communication", "psychological feature", "act",
            "deed", "human action", "event", "location", "instrumentality", "instrumentation", "structure",
            "construction");
    private static final int BROADER_DEPTH = 3;
    /** Kinds of message, thought and quality: see {@link #withinParaphraseRealm}. */
    private static final java.util.Set<String> PARAPHRASE_REALMS = java.util.Set.of("communication", "cognition",
            "attribute");
    /** Deeper than WordNet's noun hierarchy goes: every ancestor. */
    private static final int ROOT_DEPTH = 25;
    private static final int PERSON_DEPTH = 5;
    /** What a count of people counts: persons, or groups of them ("staff", "crew"). */
    private static final List<String> PEOPLE = List.of("person", "social group");

    private static Dictionary dictionary;

    private NounKinship() {
    }

    public static Kinship between(String a, String b) {
        try {
            IndexWord x = dictionary().getMorphologicalProcessor().lookupBaseForm(POS.NOUN, a.toLowerCase());
            IndexWord y = dictionary().getMorphologicalProcessor().lookupBaseForm(POS.NOUN, b.toLowerCase());
            if (x == null || y == null) {
                return new Kinship(Relation.UNKNOWN, null);
            }
            if (x.getSenses().stream().anyMatch(s -> y.getSenses().stream().anyMatch(t -> t.getOffset() == s.getOffset()))) {
                return new Kinship(Relation.SAME, null);
            }
            Map<Long, Integer> xUp = ancestors(x.getSenses(), BROADER_DEPTH);
            Map<Long, Integer> yUp = ancestors(y.getSenses(), BROADER_DEPTH);
            if (y.getSenses().stream().anyMatch(s -> xUp.containsKey(s.getOffset()))
                    || x.getSenses().stream().anyMatch(s -> yUp.containsKey(s.getOffset()))) {
                return new Kinship(Relation.BROADER_OR_NARROWER, null);
            }
            List<Long> shared = xUp.entrySet().stream()
                    .filter(e -> e.getValue() <= SIBLING_DEPTH && yUp.getOrDefault(e.getKey(), 99) <= SIBLING_DEPTH)
                    .sorted(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .toList();
            for (long offset : shared) {
                Synset common = dictionary().getSynsetAt(POS.NOUN, offset);
                String lemma = common == null ? null : common.getWords().get(0).getLemma();
                if (lemma != null && !TOO_BROAD.contains(lemma.toLowerCase())) {
                    return withinParaphraseRealm(common) ? new Kinship(Relation.UNRELATED, null)
                            : new Kinship(Relation.KINDS_OF_ONE_THING, lemma);
                }
            }
            return new Kinship(Relation.UNRELATED, null);
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + a + "' / '" + b + "'", e);
        }
    }

    /**
     * True when WordNet knows the word as a noun and no sense of it is a kind of person or a group of people
     * ("derailment", "collision"): a count of it is not a count of people. Unknown words are not ruled out.
     */
    public static boolean knownNotPeople(String word) {
        try {
            IndexWord w = dictionary().getMorphologicalProcessor().lookupBaseForm(POS.NOUN, word.toLowerCase());
            if (w == null) {
                return false;
            }
            Map<Long, Integer> up = ancestors(w.getSenses(), ROOT_DEPTH);
            w.getSenses().forEach(s -> up.put(s.getOffset(), 0));
            for (String kind : PEOPLE) {
                if (senses(kind).stream().anyMatch(s -> up.containsKey(s.getOffset()))) {
                    return false;
                }
            }
            return true;
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + word + "'", e);
        }
    }

    private static List<Synset> senses(String noun) throws JWNLException {
        IndexWord w = dictionary().getIndexWord(POS.NOUN, noun);
        return w == null ? List.of() : w.getSenses();
    }

    /**
     * True when WordNet knows the word as a kind of person ("Finn", "Islamist"): a word that describes
     * someone rather than naming them.
     */
    public static boolean kindOfPerson(String word) {
        try {
            IndexWord w = dictionary().getMorphologicalProcessor().lookupBaseForm(POS.NOUN, word.toLowerCase());
            if (w == null) {
                return false;
            }
            IndexWord person = dictionary().getIndexWord(POS.NOUN, "person");
            Map<Long, Integer> up = ancestors(w.getSenses(), PERSON_DEPTH);
            return person.getSenses().stream().anyMatch(s -> up.containsKey(s.getOffset()));
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + word + "'", e);
        }
    }

    /**
     * True for a kind of message, of thought or of quality ("proof": "verification" / "validation"; "basic cognitive
     * process": "perception" / "recognition"; "property": "tolerance" / "limit"): WordNet files near-synonyms there as
     * siblings, so one swapped for the other is mostly rewording, not another thing.
     */
    private static boolean withinParaphraseRealm(Synset kind) throws JWNLException {
        for (long offset : ancestors(List.of(kind), ROOT_DEPTH).keySet()) {
            Synset above = dictionary().getSynsetAt(POS.NOUN, offset);
            if (above != null && PARAPHRASE_REALMS.contains(above.getWords().get(0).getLemma().toLowerCase())) {
                return true;
            }
        }
        return PARAPHRASE_REALMS.contains(kind.getWords().get(0).getLemma().toLowerCase());
    }

    /** Every hypernym up to {@code depth} steps above the senses, with its distance. */
    private static Map<Long, Integer> ancestors(List<Synset> senses, int depth) throws JWNLException {
        Map<Long, Integer> distance = new HashMap<>();
        Deque<Synset> queue = new ArrayDeque<>();
        for (Synset s : senses) { // extJWNL's sense list is lazy: copy it by iterating, not by toArray()
            queue.add(s);
            distance.put(s.getOffset(), 0);
        }
        Map<Long, Integer> ancestors = new HashMap<>();
        while (!queue.isEmpty()) {
            Synset s = queue.poll();
            int d = distance.get(s.getOffset());
            if (d >= depth) {
                continue;
            }
            for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
                Synset parent = p.getTargetSynset();
                if (parent != null && !distance.containsKey(parent.getOffset())) {
                    distance.put(parent.getOffset(), d + 1);
                    ancestors.put(parent.getOffset(), d + 1);
                    queue.add(parent);
                }
            }
        }
        return ancestors;
    }

    private static synchronized Dictionary dictionary() throws JWNLException {
        if (dictionary == null) {
            dictionary = Dictionary.getDefaultResourceInstance();
        }
        return dictionary;
    }
}
