package dev.crosscheck.review.db;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Times are stored as fixed-width UTC text, so they read well in any SQL shell and sort as text. */
final class Timestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    static String now() {
        return FORMAT.format(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
