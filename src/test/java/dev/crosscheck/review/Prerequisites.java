package dev.crosscheck.review;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need Chromium or PostgreSQL skip, saying why, on a machine without them. Under
 * {@code CROSSCHECK_TEST_STRICT=1} (set by .ci/run, which installs both) a missing one fails instead, so CI
 * cannot pass by skipping them.
 */
public final class Prerequisites {

    private Prerequisites() {
    }

    public static void require(boolean available, String whyNot) {
        if (available) {
            return;
        }
        if ("1".equals(System.getenv("CROSSCHECK_TEST_STRICT"))) {
            Assertions.fail(whyNot + " (CROSSCHECK_TEST_STRICT=1, so this must run)");
        }
        Assumptions.assumeTrue(false, "skipped: " + whyNot);
    }
}
