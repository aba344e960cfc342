package dev.crosscheck.review.web;

import dev.crosscheck.review.db.Database;
import dev.crosscheck.review.db.DecisionStore;
import dev.crosscheck.review.db.Editors;
import dev.crosscheck.review.db.ReviewDatabaseException;
import dev.crosscheck.review.reports.ReportLibrary;
import io.javalin.Javalin;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The editors' review app: an embedded Jetty server (Javalin) over the reports folder and the review
 * database. Listens on 127.0.0.1 unless told otherwise.
 */
public final class ReviewServer implements AutoCloseable {

    public static final String DEFAULT_HOST = "127.0.0.1";

    /**
     * What to serve and where. {@code port} 0 picks a free port. {@code secureCookies} marks the session
     * cookie Secure, for when a TLS proxy sits in front.
     */
    public record Settings(Path reports, String jdbcUrl, String host, int port, boolean secureCookies) {

        /** The default database: {@code review.db} in the reports folder. */
        public static String defaultDatabase(Path reports) {
            return "jdbc:sqlite:" + reports.resolve("review.db");
        }
    }

    private final Javalin app;
    private final String host;

    private ReviewServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /** Opens (and migrates) the database, then starts listening; throws when either fails. */
    public static ReviewServer start(Settings settings) {
        Database db = Database.open(settings.jdbcUrl());
        Editors editors = new Editors(db);
        DecisionStore store = new DecisionStore(db);
        ReportLibrary library = new ReportLibrary(settings.reports());
        Sessions sessions = new Sessions(settings.secureCookies());
        Pages pages = new Pages(new Templates());
        Guard guard = new Guard(sessions);
        SignInPages signIn = new SignInPages(editors, sessions, pages);
        ConflictPages conflicts = new ConflictPages(library, store, editors, pages);
        RulePages rules = new RulePages(library, store, pages);
        ExportPages exports = new ExportPages(library, store);
        byte[] css = resource("dev/crosscheck/review/static/review.css");

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.defaultContentType = "text/html; charset=utf-8";
        });
        app.before(guard::check);
        app.get("/", ctx -> ctx.redirect("/queue"));
        app.get("/static/review.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(css));
        app.get("/login", signIn::form);
        app.post("/login", signIn::submit);
        app.post("/logout", signIn::signOut);
        app.get("/queue", conflicts::queue);
        app.get("/conflicts/{id}", conflicts::page);
        app.post("/conflicts/{id}/actions", conflicts::act);
        app.get("/rules", rules::page);
        app.get("/rules.json", rules::json);
        app.get("/export/claimreview.jsonld", exports::claimReview);
        app.get("/export/confirmed.csv", exports::csv);

        app.exception(PageError.class, (e, ctx) -> pages.error(ctx, e.status(), e.title(), e.getMessage()));
        app.exception(ReviewDatabaseException.class, (e, ctx) ->
                pages.error(ctx, 503, "The review database is not answering", e.getMessage()));
        app.exception(Exception.class, (e, ctx) ->
                pages.error(ctx, 500, "Something went wrong", e.getClass().getSimpleName() + ": " + e.getMessage()));
        app.exception(NotFoundResponse.class, (e, ctx) ->
                pages.error(ctx, 404, "Not found", "There is no page at " + ctx.path() + "."));
        app.start(settings.host(), settings.port());
        return new ReviewServer(app, settings.host());
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }

    private static byte[] resource(String name) {
        try (InputStream in = ReviewServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
