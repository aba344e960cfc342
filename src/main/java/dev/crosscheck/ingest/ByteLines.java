package dev.crosscheck.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a stream as bytes, one at a time, so that one line's bad bytes or size spoil only that line:
 * decoding is the caller's, per line. A line longer than the limit is passed over without being kept (its
 * bytes are counted, not stored). Lines end at LF; a CR before it is dropped.
 */
final class ByteLines {

    /** Line {@code number} (from 1): its bytes, or null when it was longer than the limit; {@code length} in bytes. */
    record Line(int number, byte[] bytes, long length) {
    }

    private final InputStream in;
    private final int limit;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int filled;
    private int number;

    ByteLines(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean any = false;
        while (true) {
            if (position == filled) {
                filled = in.read(buffer);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    return any ? finish(line, length) : null;
                }
            }
            any = true;
            int start = position;
            while (position < filled && buffer[position] != '\n') {
                position++;
            }
            int n = position - start;
            if (length + n <= limit) {
                line.write(buffer, start, n);
            }
            length += n;
            if (position < filled) {
                position++; // the LF
                return finish(line, length);
            }
        }
    }

    private Line finish(ByteArrayOutputStream line, long length) {
        number++;
        if (length > limit) {
            return new Line(number, null, length);
        }
        byte[] bytes = line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return new Line(number, bytes, length);
    }
}
