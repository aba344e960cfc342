package dev.crosscheck.review;

import dev.crosscheck.Prerequisites;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A review database for one test: a SQLite file in the test's folder, or a fresh schema in the PostgreSQL
 * server named by {@code CROSSCHECK_TEST_PG_URL} (dropped again on close).
 */
public interface TestDatabase extends AutoCloseable {

    String PG_URL_VARIABLE = "CROSSCHECK_TEST_PG_URL";

    String url();

    @Override
    void close();

    static TestDatabase sqlite(Path dir) {
        String url = "jdbc:sqlite:" + dir.resolve("review.db");
        return new TestDatabase() {
            public String url() {
                return url;
            }

            public void close() {
            }
        };
    }

    /** A new schema on the test server; skips (or fails under strict mode) when there is no server. */
    static TestDatabase postgres() {
        String base = System.getenv(PG_URL_VARIABLE);
        Prerequisites.require(base != null && !base.isBlank(), PG_URL_VARIABLE + " is not set (a jdbc:postgresql: URL"
                + " of a server the tests may create schemas in; .ci/run sets it up)");
        String schema = "cc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            Prerequisites.require(false, "PostgreSQL at " + base.replaceAll("password=[^&]*", "password=***")
                    + " is not reachable: " + e.getMessage());
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase() {
            public String url() {
                return url;
            }

            public void close() {
                try (Connection c = DriverManager.getConnection(base); Statement st = c.createStatement()) {
                    st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot drop test schema " + schema, e);
                }
            }
        };
    }
}
