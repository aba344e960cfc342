package dev.crosscheck.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.facts.Assertion;
import dev.crosscheck.facts.Frame;
import dev.crosscheck.facts.Modality;
import dev.crosscheck.facts.Provenance;
import dev.crosscheck.facts.TimeFrame;
import dev.crosscheck.facts.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The meaning stage embeds only what a comparison needs: claims of one attribute and one thing of which two
 * about the same time disagree and neither knowledge nor their words decide. A story with none loads no model.
 */
class FrameMeaningTest {

    @Test
    void claimsThatKnowledgeDecidesOrThatAgreeNeedNoModel() {
        AtomicInteger loads = new AtomicInteger();
        FrameMeaning meaning = new FrameMeaning(new FrameVectors(() -> {
            loads.incrementAndGet();
            return FrameEncoder.load();
        }));
        List<Assertion> decided = List.of(
                count("a", 12, frame("people killed", "person", "dead")),
                count("b", 15, frame("died in the crash", "person", "dead")),      // one group: decided
                count("c", 40, frame("people injured", "person", "injured")),      // two groups: decided
                count("d", 12, frame("people lost lives", "person", "dead")));     // one group again
        List<Assertion> out = meaning.embed(decided);
        assertEquals(0, loads.get(), "nothing needed the model");
        out.forEach(a -> assertNull(a.frame().vector()));
    }

    @Test
    void disagreeingClaimsOfOneThingThatNothingDecidesAreEmbeddedWithTheirKin() {
        FrameMeaning meaning = new FrameMeaning(new FrameVectors(FrameEncoder::load));
        List<Assertion> story = new ArrayList<>(List.of(
                count("a", 20, frame("halted after scheduled laps", "lap", null)),
                count("b", 21, frame("laps completed", "lap", null)),
                count("c", 3, frame("boosters landed", "booster", null))));        // alone of its thing
        List<Assertion> out = meaning.embed(story);
        assertNotNull(out.get(0).frame().vector());
        assertNotNull(out.get(1).frame().vector());
        assertNull(out.get(2).frame().vector());
        double similarity = out.get(0).frameSimilarity(out.get(1));
        assertTrue(similarity > 0.5 && similarity < 1, "laps: " + similarity);
    }

    @Test
    void countsOfTheMainEventOnOtherDaysGetVectorsForTheUpdatesRule() {
        // updates.drl links reports of one figure across days by their frames' meaning
        Assertion sunday = count("a", 12, frame("people killed in the attack", "person", null));
        Assertion weekLater = onDay(count("b", 15, frame("died in the bombing", "person", null)), LocalDate.of(2023, 5, 14));
        assertEquals(2, FrameMeaning.needingVectors(List.of(sunday, weekLater)).size());
        Assertion background = notMainEvent(weekLater);
        assertEquals(0, FrameMeaning.needingVectors(List.of(sunday, background)).size(),
                "a figure of another event, on another day, is set against nothing");
    }

    @Test
    void anAgreeingClaimIsEmbeddedOnlyWhenAGuardAsksAboutIt() {
        Assertion twelve = count("a", 12, frame("people on board the ferry", "person", null));
        Assertion fifteen = count("b", 15, frame("passengers carried by the ferry", "person", null));
        // the second article also gives the first's figure: "Neither article also gives the other's value" asks
        Assertion alsoTwelve = count("b", 12, frame("people the ferry was carrying", "person", null));
        // a third article's agreeing figure of a past event is set against nothing
        Assertion background = notMainEvent(count("c", 12, frame("people aboard a ferry in 2019", "person", null)));
        Set<Assertion> needed = FrameMeaning.needingVectors(List.of(twelve, fifteen, alsoTwelve, background));
        assertEquals(3, needed.size());
        assertTrue(needed.contains(alsoTwelve) && !needed.contains(background), needed.toString());
    }

    @Test
    void datesOfOneEventAreEmbeddedOnlyWhereTheDatesRulesCouldCompareThem() {
        Set<String> scene = Set.of("treaty", "signed", "capital", "minister");
        // the dates rules set two dates of one act against each other when they share two participants in
        // sentences about the same scene, or three in any
        Assertion may = date("a", 12, Set.of("acme", "beta"), scene);
        Assertion june = date("b", 14, Set.of("acme", "beta"), scene);
        assertEquals(2, FrameMeaning.needingVectors(List.of(may, june)).size());
        Assertion oneShared = date("b", 14, Set.of("acme", "gamma"), scene);
        assertEquals(0, FrameMeaning.needingVectors(List.of(may, oneShared)).size(), "one participant in common");
        Assertion otherScene = date("b", 14, Set.of("acme", "beta"), Set.of("football", "cup", "final"));
        assertEquals(0, FrameMeaning.needingVectors(List.of(may, otherScene)).size(), "two, in another scene");
        Assertion threeShared = date("a", 12, Set.of("acme", "beta", "delta"), scene);
        Assertion threeElsewhere = date("b", 14, Set.of("acme", "beta", "delta"), Set.of("football", "cup", "final"));
        assertEquals(2, FrameMeaning.needingVectors(List.of(threeShared, threeElsewhere)).size(), "three in common");
    }

    private static Assertion date(String article, int day, Set<String> participants, Set<String> context) {
        LocalDate when = LocalDate.of(2023, 5, day);
        Provenance at = new Provenance(article, article + " Wire", LocalDate.of(2023, 6, 20), 0, "on May " + day, 0, 0,
                6, "on May " + day);
        return new Assertion(article + "#d", "DATE", "acme", "date",
                new Value("May " + day, "May " + day, when.toEpochDay(), when.toEpochDay(), "date"),
                new TimeFrame(when, when, "May " + day, true), Modality.ASSERTED, null, null, context, null, null,
                false, true, new Frame("treaty signed in the capital by " + article, Set.of("treaty", "signed", "capital"),
                        participants, null, null, null), at);
    }

    private static Assertion onDay(Assertion a, LocalDate day) {
        return new Assertion(a.id(), a.kind(), a.subject(), a.attribute(), a.value(), new TimeFrame(day, day, "Sunday",
                true), a.modality(), a.cue(), a.source(), a.context(), a.restates(), a.predicate(), a.evolving(),
                a.mainEvent(), a.frame(), a.at());
    }

    private static Assertion notMainEvent(Assertion a) {
        return new Assertion(a.id(), a.kind(), a.subject(), a.attribute(), a.value(), a.time(), a.modality(), a.cue(),
                a.source(), a.context(), a.restates(), a.predicate(), a.evolving(), false, a.frame(), a.at());
    }

    private static Frame frame(String text, String thing, String group) {
        return new Frame(text, Set.of(text.split(" ")), Set.of(thing), group, null, null);
    }

    private static Assertion count(String article, int n, Frame frame) {
        String quote = String.valueOf(n);
        Provenance at = new Provenance(article, article + " Wire", LocalDate.of(2023, 5, 8), 0, quote, 0, 0,
                quote.length(), quote);
        TimeFrame sunday = new TimeFrame(LocalDate.of(2023, 5, 7), LocalDate.of(2023, 5, 7), "Sunday", true);
        return new Assertion(article + "#0", "COUNT", "x · y", "count", Value.amount(quote, n, n, "count"), sunday,
                Modality.ASSERTED, null, null, Set.of(), null, null, false, true, frame, at);
    }
}
