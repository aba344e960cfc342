package dev.crosscheck.review;

import java.nio.file.Path;

/** The decision store on a PostgreSQL server ({@code CROSSCHECK_TEST_PG_URL}; skipped, saying so, without one). */
class PostgresDecisionStoreTest extends DecisionStoreContract {

    @Override
    TestDatabase newDatabase(Path dir) {
        return TestDatabase.postgres();
    }
}
