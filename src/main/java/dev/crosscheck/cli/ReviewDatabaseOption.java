package dev.crosscheck.cli;

import dev.crosscheck.review.web.ReviewServer;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --reports} and {@code --db}, shared by {@code serve} and {@code editors} so both use one database. */
final class ReviewDatabaseOption {

    @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports",
            description = "Reports folder: DIR/*/report.json and DIR/*.json (default: ${DEFAULT-VALUE}).")
    Path reports;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "Review database: jdbc:sqlite:FILE (default: DIR/review.db) or jdbc:postgresql://HOST/DB"
                    + " (password from the URL or PGPASSWORD).")
    String db;

    String jdbcUrl() {
        return db != null ? db : ReviewServer.Settings.defaultDatabase(reports);
    }
}
