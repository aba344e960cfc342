package dev.crosscheck.meaning;

import dev.crosscheck.facts.Assertion;
import dev.crosscheck.facts.Frame;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The meaning stage: gives the claims of a story the vectors of their frames, so that rules can ask whether two
 * claims told in other words say the same thing. Only claims that a comparison needs get one: the claims of one
 * attribute and one thing, when two of them could be set against each other (other sentences, the same time,
 * values that cannot both be true) and neither knowledge nor their words decide whether their frames are the same. Everything else passes through unchanged. A pure function of the claims, given the model.
 */
public final class FrameMeaning {

    private final FrameVectors vectors;

    public FrameMeaning(FrameVectors vectors) {
        this.vectors = vectors;
    }

    public List<Assertion> embed(List<Assertion> assertions) {
        Set<Assertion> needed = needingVectors(assertions);
        if (needed.isEmpty()) {
            return assertions;
        }
        Map<String, float[]> byText = vectors.of(needed.stream().map(a -> a.frame().text()).toList());
        List<Assertion> out = new ArrayList<>(assertions.size());
        for (Assertion a : assertions) {
            out.add(needed.contains(a) ? withFrame(a, a.frame().withVector(byText.get(a.frame().text()))) : a);
        }
        return out;
    }

    /** The claims some comparison can only settle with the model. */
    static Set<Assertion> needingVectors(List<Assertion> assertions) {
        Map<String, List<Assertion>> byThing = new LinkedHashMap<>();
        for (Assertion a : assertions) {
            if (!a.frame().text().isEmpty()) {
                for (String thing : new TreeSet<>(a.frame().things())) {
                    byThing.computeIfAbsent(a.attribute() + "\u0000" + thing, k -> new ArrayList<>()).add(a);
                }
            }
        }
        Set<Assertion> needed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Assertion> same : byThing.values()) {
            if (anyOpenDisagreement(same)) {
                // all of them: a rule may also ask whether an agreeing claim says the same thing
                needed.addAll(same);
            }
        }
        return needed;
    }

    private static boolean anyOpenDisagreement(List<Assertion> same) {
        for (int i = 0; i < same.size(); i++) {
            for (int j = i + 1; j < same.size(); j++) {
                Assertion a = same.get(i);
                Assertion b = same.get(j);
                if (comparable(a, b) && undecided(a.frame(), b.frame())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when a rule could set the two against each other: other sentences, about overlapping times, figures
     * rather than orders of magnitude, and values that cannot both be true. Two exceptions whatever their times:
     * dates (two dates of one event are its value, not its time), and counts of the story's main event (the
     * updates rule follows them across days). Every rule that asks the model asks at least this much, so claims
     * that fail it need no vector.
     */
    static boolean comparable(Assertion a, Assertion b) {
        boolean anyTime = "DATE".equals(a.kind())
                || ("count".equals(a.attribute()) && a.mainEvent() && b.mainEvent());
        return !a.sameSentence(b) && (anyTime || a.sameTime(b)) && !a.vague() && !b.vague() && !a.agreesWith(b);
    }

    /** True when neither knowledge (a class, a group) nor equal words decide whether the frames are the same. */
    static boolean undecided(Frame a, Frame b) {
        boolean byClass = a.key() != null && b.key() != null;
        boolean byGroup = a.group() != null && b.group() != null;
        return !byClass && !byGroup && !a.text().equals(b.text());
    }

    private static Assertion withFrame(Assertion a, Frame frame) {
        return new Assertion(a.id(), a.kind(), a.subject(), a.attribute(), a.value(), a.time(), a.modality(),
                a.cue(), a.source(), a.context(), a.restates(), a.predicate(), a.evolving(), a.mainEvent(), frame,
                a.at());
    }
}
