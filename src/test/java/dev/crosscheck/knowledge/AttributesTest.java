package dev.crosscheck.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributesTest {

    @Test
    void aPlaceCueIsWordsBeforeThePlaceOrASuffixJoinedToIt() {
        KnowledgeLine line = new KnowledgeLine(Path.of("attributes.txt"), 3, "place attributes",
                "registry: Registered in {place}, {place}-flagged");
        List<Attributes.PlaceCue> cues = Attributes.parse(List.of(line)).placeCues();
        assertEquals(List.of(new Attributes.PlaceCue("registry", List.of("registered", "in"), ""),
                new Attributes.PlaceCue("registry", List.of(), "-flagged")), cues);
    }

    @Test
    void aPlaceCueWithoutItsSlotIsAnErrorOfItsLine() {
        KnowledgeLine bad = new KnowledgeLine(Path.of("attributes.txt"), 9, "place attributes",
                "registry: registered in");
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> Attributes.parse(List.of(bad)));
        assertTrue(e.getMessage().contains("attributes.txt:9") && e.getMessage().contains("registered in"),
                e.getMessage());
    }
}
