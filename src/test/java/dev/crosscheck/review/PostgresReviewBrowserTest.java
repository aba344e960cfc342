package dev.crosscheck.review;

import java.nio.file.Path;

/** The review app in Chromium, decisions in PostgreSQL ({@code CROSSCHECK_TEST_PG_URL}). */
class PostgresReviewBrowserTest extends ReviewBrowserContract {

    @Override
    TestDatabase newDatabase(Path dir) {
        return TestDatabase.postgres();
    }
}
