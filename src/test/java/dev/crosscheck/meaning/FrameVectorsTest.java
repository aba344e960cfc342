package dev.crosscheck.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The real model, on short claim frames: frames that say the same thing come out closer than frames of
 * different things, vectors are unit length, a batch gives what one text at a time gives, and the cache
 * embeds a text once.
 */
class FrameVectorsTest {

    private static final FrameVectors VECTORS = FrameVectors.shared();

    @Test
    void framesThatSayTheSameThingAreCloserThanFramesThatDoNot() {
        assertTrue(cos("crew members", "crew") > cos("people killed", "people injured") + 0.2,
                "crew members/crew " + cos("crew members", "crew") + " vs killed/injured "
                        + cos("people killed", "people injured"));
        assertTrue(cos("launched missile", "fired missile") > cos("launched missile", "missile altitude"));
        assertTrue(cos("people arrested", "people detained") > cos("people arrested", "people rescued"));
    }

    @Test
    void vectorsAreUnitLengthAndATextGetsTheSameVectorWhateverIsEmbeddedWithIt() {
        FrameEncoder encoder = FrameEncoder.load();
        List<String> texts = List.of("people killed", "a much longer frame about a bus carrying people including staff",
                "crew");
        List<float[]> batch = encoder.embed(texts);
        for (int i = 0; i < texts.size(); i++) {
            float[] alone = encoder.embed(List.of(texts.get(i))).get(0);
            assertEquals(1.0, dot(batch.get(i), batch.get(i)), 1e-4, "unit length");
            // the same bits: a report must not depend on which frames were new together (threads, engines, cache)
            org.junit.jupiter.api.Assertions.assertArrayEquals(alone, batch.get(i), texts.get(i));
        }
        encoder.close();
    }

    @Test
    void eachTextIsEmbeddedOnce() {
        FrameVectors vectors = new FrameVectors(FrameEncoder::load);
        Map<String, float[]> first = vectors.of(List.of("staff on board", "people on board", "staff on board"));
        assertEquals(2, vectors.embedded());
        Map<String, float[]> again = vectors.of(List.of("people on board"));
        assertEquals(2, vectors.embedded(), "a known text is not embedded again");
        assertTrue(first.get("people on board") == again.get("people on board"));
    }

    private static double cos(String a, String b) {
        Map<String, float[]> v = VECTORS.of(List.of(a, b));
        return dot(v.get(a), v.get(b));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
