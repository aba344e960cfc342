package dev.crosscheck.nightly;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.crosscheck.annotate.Token;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Values of one record type kept on disk by key (a SHA-256 hex string), as Smile (Jackson's binary JSON,
 * which writes each repeated short string once: stems, tags, stories' words), one file per key. On the
 * corpus Smile writes the extractions three times as fast as gzipped JSON did (10 MB instead of 6).
 * Entries are written to a temporary file and renamed, so threads and runs can share the folder. An entry
 * that cannot be read (cut short, edited, from an older shape of the record) counts as absent; the next
 * {@link #put} replaces it.
 */
final class JsonCache<T> {

    private static final ObjectMapper MAPPER = mapper();
    private static final Pattern HEX_KEY = Pattern.compile("[0-9a-f]{16,}");

    /** What a file holds: the key it was stored under, checked on reading, and the value. */
    record Entry<V>(String key, V value) {
    }

    private final Path dir;
    private final JavaType entryType;
    private final Set<Path> madeFolders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    JsonCache(Path dir, Class<T> type) {
        this.dir = dir;
        this.entryType = MAPPER.getTypeFactory().constructParametricType(Entry.class, type);
    }

    Path dir() {
        return dir;
    }

    Optional<T> get(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Entry<T> entry = MAPPER.readValue(in, entryType);
            return entry != null && key.equals(entry.key()) ? Optional.ofNullable(entry.value()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: treated as absent, and overwritten by the next put
        }
    }

    void put(String key, T value) throws IOException {
        Path file = file(key);
        byte[] bytes = MAPPER.writeValueAsBytes(new Entry<>(key, value));
        // Each file-system call costs more than writing a whole entry: folders are made once per run,
        // and the temporary file is deleted only when it was not renamed.
        if (!madeFolders.contains(file.getParent())) {
            Files.createDirectories(file.getParent()); // safe when another thread makes it too
            madeFolders.add(file.getParent()); // only once it exists: a thread that skips this finds it there
        }
        // a random name no other writer uses, even one killed before its rename; opened once to write (createTempFile
        // would open it, close it and open it again)
        Path temp = file.resolveSibling("." + key + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong()) + ".tmp");
        boolean renamed = false;
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            renamed = true;
        } finally {
            if (!renamed) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Tokens are most of an extraction: written as {@code ["Word", 10, 14, "NOUN", "word", "word"]} rather than with
     * field names, they take half the space and half the time.
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"text", "start", "end", "tag", "stem", "lower"})
    private abstract static class TokenAsArray {
    }

    private Path file(String key) {
        if (!HEX_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("cache keys are hex digests, not '" + key + "'");
        }
        return dir.resolve(key.substring(0, 2)).resolve(key + ".sml");
    }

    /**
     * Records are stored field by field, so no getter-like method ({@code Token.isNoun()}) becomes a property;
     * sets come back as the sorted sets the extractor makes, so their iteration order is unchanged; doubles
     * (NaN and infinities included) come back bit for bit.
     */
    private static ObjectMapper mapper() {
        SimpleModule sets = new SimpleModule("sorted-sets");
        sets.addAbstractTypeMapping(Set.class, TreeSet.class);
        SmileFactory smile = SmileFactory.builder()
                .enable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES)
                .build();
        return new ObjectMapper(smile)
                .registerModule(new JavaTimeModule())
                .registerModule(sets)
                .addMixIn(Token.class, TokenAsArray.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
    }
}
