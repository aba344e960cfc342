package dev.crosscheck.rules;

import dev.crosscheck.facts.Assertion;
import dev.crosscheck.facts.Conflict;
import dev.crosscheck.facts.DifferentPlaces;
import dev.crosscheck.facts.Divergence;
import dev.crosscheck.facts.Explanation;
import dev.crosscheck.facts.Finding;
import dev.crosscheck.facts.Flags;
import dev.crosscheck.facts.Frame;
import dev.crosscheck.facts.Modality;
import dev.crosscheck.facts.Provenance;
import dev.crosscheck.facts.Scope;
import dev.crosscheck.facts.Severity;
import dev.crosscheck.facts.SingleValued;
import dev.crosscheck.facts.TimeFrame;
import dev.crosscheck.facts.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of the compiled fact types: rules compiled against other versions of these classes must
 * not be reused, so the rule cache key includes it.
 */
final class FactTypes {

    private static final List<Class<?>> TYPES = List.of(Assertion.class, Conflict.class, DifferentPlaces.class,
            Divergence.class, Explanation.class, Finding.class, Flags.class, Frame.class, Modality.class,
            Provenance.class, Scope.class, Severity.class, SingleValued.class, TimeFrame.class, Value.class);

    private FactTypes() {
    }

    static String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Class<?> type : TYPES) {
                try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                    if (in != null) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fact classes", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
