package dev.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Strict UTF-8 decoding that says where it failed: a malformed byte is an error, never a replacement character. */
final class Utf8 {

    /** Bytes that are not UTF-8 text; the message names the byte and its column (from 1). */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    private Utf8() {
    }

    static String decode(byte[] bytes) throws Malformed {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Malformed(String.format(Locale.ROOT, "not UTF-8 text: byte 0x%02X at column %d cannot start or"
                    + " continue a character", bytes[in.position()] & 0xff, in.position() + 1));
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
