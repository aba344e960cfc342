package dev.crosscheck.review;

import java.nio.file.Path;

/** The review app in Chromium, decisions in a SQLite file. */
class SqliteReviewBrowserTest extends ReviewBrowserContract {

    @Override
    TestDatabase newDatabase(Path dir) {
        return TestDatabase.sqlite(dir);
    }
}
