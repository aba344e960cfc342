package dev.crosscheck.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestPipeline;
import org.junit.jupiter.api.Test;

class PlacesTest {

    private final Places places = TestPipeline.knowledge().places();

    @Test
    void accentsAndPunctuationDoNotMakeAnotherPlace() {
        assertTrue(places.find("Cote d'Ivoire").isPresent(), "the country written without its accent");
        assertTrue(places.nested("Sao Paulo", "São Paulo"), "one place");
        assertTrue(places.find("the Philippines").isPresent());
    }

    @Test
    void compassWordsOpenNamesOfOtherRegions() {
        assertTrue(Places.compassName("Upper Egypt"));
        assertTrue(Places.compassName("Northeastern Nigeria"));
        assertFalse(Places.compassName("Java"));
        assertTrue(places.different("West Java", "Central Java"));
    }

    @Test
    void twoContinentsAreTwoPlacesACountryIsNotSaidToBeOutsideOne() {
        assertTrue(places.different("North America", "Europe"));
        assertFalse(places.different("Germany", "Europe"), "what a country lies within is not listed: no evidence");
    }
}
