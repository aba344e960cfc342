package dev.crosscheck.review.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The review database behind a JDBC URL: a SQLite file ({@code jdbc:sqlite:reports/review.db}) or a
 * PostgreSQL server ({@code jdbc:postgresql://host/db?user=...}; a missing password is taken from
 * {@code PGPASSWORD}, so it need not appear on a command line). Opening it creates or migrates the schema
 * with Flyway. Connections are opened per unit of work: an editors' tool has few users and no pool to tune.
 */
public final class Database {

    /** The two supported engines, each with its own migration folder where their SQL differs. */
    public enum Kind {
        SQLITE("sqlite"), POSTGRESQL("postgresql");

        final String folder;

        Kind(String folder) {
            this.folder = folder;
        }
    }

    private static final String MIGRATIONS = "classpath:dev/crosscheck/review/db/migration/";
    /** Our own history table, so the review schema never collides with another tool's Flyway history. */
    private static final String HISTORY_TABLE = "review_schema_history";

    private final String url;
    private final Kind kind;
    private final DataSource dataSource;

    private Database(String url, Kind kind, DataSource dataSource) {
        this.url = url;
        this.kind = kind;
        this.dataSource = dataSource;
    }

    /** Opens the database at {@code jdbcUrl} and brings its schema up to date. */
    public static Database open(String jdbcUrl) {
        Database db = connectTo(jdbcUrl);
        db.migrate();
        return db;
    }

    static Database connectTo(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new ReviewDatabaseException("no database URL given");
        }
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:sqlite:")) {
            return new Database(jdbcUrl, Kind.SQLITE, sqlite(jdbcUrl));
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return new Database(jdbcUrl, Kind.POSTGRESQL, postgres(jdbcUrl));
        }
        throw new ReviewDatabaseException("unsupported database URL '" + redacted(jdbcUrl)
                + "': use jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
    }

    private static DataSource sqlite(String url) {
        String file = url.substring("jdbc:sqlite:".length());
        if (file.isBlank() || file.contains(":memory:") || file.startsWith("file::memory")) {
            throw new ReviewDatabaseException("the review database must be a file, not '" + url + "'");
        }
        Path path = Path.of(file.contains("?") ? file.substring(0, file.indexOf('?')) : file).toAbsolutePath();
        try {
            Files.createDirectories(path.getParent());
        } catch (java.io.IOException e) {
            throw new ReviewDatabaseException("cannot create the folder for " + path, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        // Writers queue for the lock instead of failing, and every transaction takes the write lock up front,
        // so two decisions on one conflict are strictly one after the other.
        config.setBusyTimeout(10_000);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url);
        return ds;
    }

    private static DataSource postgres(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        String password = System.getenv("PGPASSWORD");
        if (ds.getPassword() == null && password != null) {
            ds.setPassword(password);
        }
        String user = System.getenv("PGUSER");
        if (ds.getUser() == null && user != null) {
            ds.setUser(user);
        }
        return ds;
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(MIGRATIONS + kind.folder)
                    .table(HISTORY_TABLE)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new ReviewDatabaseException("cannot create or migrate the review schema in " + describe(), e);
        }
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    public Kind kind() {
        return kind;
    }

    /** The URL without any password, for messages and logs. */
    public String describe() {
        return redacted(url);
    }

    public static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
