package dev.crosscheck.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestPipeline;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
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

    @Test
    void aPlaceHasTheZoneOfWhatItLiesWithinOrOfItsCity() {
        assertEquals(Optional.of(ZoneId.of("Asia/Tokyo")), places.zoneOf("Hokkaido"), "Hokkaido lies in Japan");
        assertEquals(Optional.of(ZoneId.of("America/Los_Angeles")), places.zoneOf("Los Angeles"));
        assertEquals(Optional.of(ZoneId.of("Europe/Lisbon")), places.zoneOf("Lisbon"), "a city that names a zone");
        assertEquals(Optional.of(ZoneOffset.ofHours(-5)), places.zoneOf("EST"));
        assertEquals(Optional.empty(), places.zoneOf("United States"), "a country of several zones has none");
        assertEquals(Optional.empty(), places.zoneOf("North"), "Australia/North names a zone, not a place");
        assertEquals(Optional.empty(), places.zoneOf("Christmas"), "Indian/Christmas names a zone, not a place");
    }

    @Test
    void aZoneLineThatNamesNoZoneIsAnErrorOfItsLine() {
        KnowledgeLine bad = new KnowledgeLine(Path.of("places.txt"), 7, "zones", "Japan: Asia/Tokio");
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> Places.parse(List.of(bad)));
        assertTrue(e.getMessage().contains("places.txt:7") && e.getMessage().contains("Asia/Tokio"), e.getMessage());
    }
}
