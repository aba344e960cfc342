package dev.crosscheck.review;

import java.nio.file.Path;

/** The decision store on a SQLite file. */
class SqliteDecisionStoreTest extends DecisionStoreContract {

    @Override
    TestDatabase newDatabase(Path dir) {
        return TestDatabase.sqlite(dir);
    }
}
