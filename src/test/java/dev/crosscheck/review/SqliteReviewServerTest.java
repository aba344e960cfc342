package dev.crosscheck.review;

import java.nio.file.Path;

/** The review app over HTTP with its decisions in a SQLite file. */
class SqliteReviewServerTest extends ReviewServerContract {

    @Override
    TestDatabase newDatabase(Path dir) {
        return TestDatabase.sqlite(dir);
    }
}
