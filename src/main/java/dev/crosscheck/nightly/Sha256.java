package dev.crosscheck.nightly;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 over a sequence of parts, each length-prefixed so that no two sequences hash alike by accident. */
final class Sha256 {

    private final MessageDigest digest;

    Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The hash of the given strings; null parts hash differently from every string. */
    static String of(String... parts) {
        Sha256 sha = new Sha256();
        for (String part : parts) {
            sha.add(part);
        }
        return sha.hex();
    }

    Sha256 add(String text) {
        if (text == null) {
            digest.update(ByteBuffer.allocate(4).putInt(-1).array());
            return this;
        }
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    Sha256 add(byte[] bytes) {
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
        return this;
    }

    /** Lower-case hex of the digest; ends this hash. */
    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
