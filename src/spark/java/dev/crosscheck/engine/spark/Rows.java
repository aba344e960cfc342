package dev.crosscheck.engine.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The pipeline's records (articles, stories' report parts) as bytes, to travel between Spark's machines:
 * Smile (binary JSON) through Jackson, which reads and writes Java records as they are. The stages' records
 * stay plain records, free of any engine's serialisation.
 */
final class Rows {

    private static final ObjectMapper SMILE = new ObjectMapper(new SmileFactory()).registerModule(new JavaTimeModule());

    private Rows() {
    }

    static byte[] write(Object value) {
        try {
            return SMILE.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a " + value.getClass().getSimpleName(), e);
        }
    }

    static <T> T read(byte[] bytes, Class<T> type) {
        try {
            return SMILE.readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode a " + type.getSimpleName(), e);
        }
    }
}
