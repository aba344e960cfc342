package dev.crosscheck.review;

import java.nio.file.Path;

/** The review app over HTTP with its decisions in PostgreSQL ({@code CROSSCHECK_TEST_PG_URL}). */
class PostgresReviewServerTest extends ReviewServerContract {

    @Override
    TestDatabase newDatabase(Path dir) {
        return TestDatabase.postgres();
    }
}
