package dev.crosscheck;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need Chromium or PostgreSQL skip, saying why, on a machine without them. Under
 * {@code CROSSCHECK_TEST_STRICT=1} (set by .ci/run, which installs both) a missing one fails instead, so CI
 * cannot pass by skipping them.
 */
public final class Prerequisites {

    private static final java.util.Set<String> REPORTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Prerequisites() {
    }

    public static void require(boolean available, String whyNot) {
        if (available) {
            return;
        }
        if ("1".equals(System.getenv("CROSSCHECK_TEST_STRICT"))) {
            Assertions.fail(whyNot + " (CROSSCHECK_TEST_STRICT=1, so this must run)");
        }
        if (REPORTED.add(whyNot)) {
            // Surefire's console shows only a count of skipped tests; say once why they were skipped.
            System.err.println("skipped: " + whyNot);
        }
        Assumptions.assumeTrue(false, "skipped: " + whyNot);
    }
}
