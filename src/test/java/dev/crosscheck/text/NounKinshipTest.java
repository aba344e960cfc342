package dev.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosscheck.text.NounKinship.Relation;
import org.junit.jupiter.api.Test;

/** How WordNet relates two nouns, as the swapped-noun rule reads it. */
class NounKinshipTest {

    @Test
    void twoKindsOfOneThingAreToldApart() {
        assertEquals(Relation.KINDS_OF_ONE_THING, NounKinship.between("knife", "pistol").relation());
        assertEquals(Relation.KINDS_OF_ONE_THING, NounKinship.between("nurses", "doctor").relation());
        assertEquals(Relation.KINDS_OF_ONE_THING, NounKinship.between("truck", "car").relation());
    }

    @Test
    void sameAndBroaderWordsAreNotOtherThings() {
        assertEquals(Relation.SAME, NounKinship.between("house", "home").relation());
        assertEquals(Relation.BROADER_OR_NARROWER, NounKinship.between("vehicle", "truck").relation());
    }

    @Test
    void siblingsAmongMessagesThoughtsAndQualitiesAreRewording() {
        // WordNet files these as kinds of "proof", of "basic cognitive process", of "property"
        assertEquals(Relation.UNRELATED, NounKinship.between("verification", "validation").relation());
        assertEquals(Relation.UNRELATED, NounKinship.between("perception", "recognition").relation());
        assertEquals(Relation.UNRELATED, NounKinship.between("tolerance", "limit").relation());
    }
}
