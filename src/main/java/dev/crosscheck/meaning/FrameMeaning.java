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
 * attribute and one thing, when two of them could be set against each other ({@link #comparable}) and neither
 * knowledge nor their words decide whether their frames are the same. Everything else passes through unchanged. A
 * pure function of the claims, given the model.
 */
public final class FrameMeaning {

    /**
     * Two dates of one event are compared only when they share this many participants, in sentences that share this
     * much, or when they share many participants in whatever sentences (rules/dates.drl).
     */
    private static final int DATE_PARTICIPANTS = 2;
    private static final double DATE_SCENE = 0.2;
    private static final int DATE_MANY_PARTICIPANTS = 3;
    /** Two counts of one subject are set against each other in sentences that share this much (rules/counts.dslr). */
    private static final double COUNT_SCENE = 0.35;
    /** Two amounts of one subject are set against each other in sentences that share this much. */
    private static final double QUANTITY_SCENE = 0.4;
    /** Two places of one event are compared only in sentences that share this much (rules/places.drl). */
    private static final double PLACE_SCENE = 0.3;

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
            List<Assertion[]> open = openDisagreements(same);
            for (Assertion[] pair : open) {
                needed.add(pair[0]);
                needed.add(pair[1]);
            }
            for (Assertion c : same) {
                if (!needed.contains(c) && open.stream().anyMatch(pair -> askedAlongside(c, pair[0], pair[1]))) {
                    needed.add(c);
                }
            }
        }
        return needed;
    }

    /** The pairs of one attribute and thing that a rule could set against each other and only the model decides. */
    private static List<Assertion[]> openDisagreements(List<Assertion> same) {
        List<Assertion[]> open = new ArrayList<>();
        for (int i = 0; i < same.size(); i++) {
            for (int j = i + 1; j < same.size(); j++) {
                Assertion a = same.get(i);
                Assertion b = same.get(j);
                if (comparable(a, b) && undecided(a.frame(), b.frame())) {
                    open.add(new Assertion[] {a, b});
                }
            }
        }
        return open;
    }

    /**
     * True when a rule that sets {@code a} against {@code b} also asks whether {@code c} says the same thing: the
     * updates rule follows every report of the main event's figure once one of them moves; the guards ask whether
     * either article also gives the other's value in other words, and, in one article, whether a third amount of
     * that thing says the same.
     */
    private static boolean askedAlongside(Assertion c, Assertion a, Assertion b) {
        boolean timeline = "count".equals(a.attribute()) && a.mainEvent() && b.mainEvent()
                && (a.evolving() || b.evolving());
        if (timeline && c.mainEvent()) {
            return true;
        }
        boolean ofThePair = c.article().equals(a.article()) || c.article().equals(b.article());
        if (ofThePair && (c.agreesWith(a) || c.agreesWith(b))) {
            return true;
        }
        return a.article().equals(b.article()) && c.article().equals(a.article());
    }

    /**
     * True when a shipped rule could set the two against each other: other sentences, figures rather than orders of
     * magnitude, values that cannot both be true, and what that kind's rules ask before they ask the model (the same
     * time, the story's main event, sentences about the same scene, shared participants: the constants above name
     * the rule each comes from). The model costs a millisecond a frame, the most expensive part of a first run, and
     * most claims fail these. A rule that asks {@code sameFrame} of other pairs gets knowledge and shared words only,
     * as rules/README.md says; change this when adding such a rule.
     */
    static boolean comparable(Assertion a, Assertion b) {
        if (a.sameSentence(b) || a.vague() || b.vague() || a.agreesWith(b)) {
            return false;
        }
        return switch (a.kind()) {
            // two dates of one event are its value, not its time; they are compared across articles, of events that
            // share participants and are dated explicitly
            case "DATE" -> !a.article().equals(b.article()) && a.explicitTimes(b)
                    && (a.sharedThings(b) >= DATE_MANY_PARTICIPANTS
                        || a.sharedThings(b) >= DATE_PARTICIPANTS && a.contextOverlap(b) >= DATE_SCENE);
            // a place of the main event, told across articles in sentences about the same scene
            case "PLACE" -> !a.article().equals(b.article()) && a.mainEvent() && b.mainEvent() && a.sameTime(b)
                    && a.contextOverlap(b) >= PLACE_SCENE;
            // counts of the story's main event, in other words or followed across days by the updates rule; else two
            // counts of one subject in the same scene, whose rule asks whether either article also gives the other's
            case "COUNT" -> a.mainEvent() && b.mainEvent() || a.sameTime(b) && !a.article().equals(b.article())
                    && a.subject().equals(b.subject()) && a.contextOverlap(b) >= COUNT_SCENE;
            // amounts of one thing across articles: of the main event in other words, else of one subject in much the
            // same sentence; in one article, amounts other than money and percentages (rules/quantities.drl)
            case "QUANTITY" -> a.sameTime(b) && (a.article().equals(b.article())
                    ? !a.attribute().startsWith("money") && !a.attribute().equals("percentage")
                    : a.mainEvent() && b.mainEvent()
                        || a.subject().equals(b.subject()) && a.contextOverlap(b) >= QUANTITY_SCENE);
            default -> a.sameTime(b);
        };
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
