package dev.crosscheck.review.web;

import dev.crosscheck.review.db.Database;
import dev.crosscheck.review.db.DecisionStore;
import dev.crosscheck.review.db.Editors;
import dev.crosscheck.review.db.ReviewDatabaseException;
import dev.crosscheck.review.reports.ReportLibrary;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * The editors' review app: an embedded Jetty server (Javalin) over the reports folder and the review
 * database. Listens on 127.0.0.1 unless told otherwise.
 */
public final class ReviewServer implements AutoCloseable {

    public static final String DEFAULT_HOST = "127.0.0.1";

    /**
     * What to serve and where. {@code port} 0 picks a free port. {@code secureCookies} marks the session
     * cookie Secure, for when a TLS proxy sits in front. {@code allowedHosts}: host names the app answers to
     * besides loopback names, IP addresses and {@code host} itself (see {@link AllowedHosts}).
     */
    public record Settings(Path reports, String jdbcUrl, String host, int port, boolean secureCookies,
                           List<String> allowedHosts) {

        public Settings {
            allowedHosts = List.copyOf(allowedHosts);
        }

        public Settings(Path reports, String jdbcUrl, String host, int port, boolean secureCookies) {
            this(reports, jdbcUrl, host, port, secureCookies, List.of());
        }

        /** The default database: {@code review.db} in the reports folder. */
        public static String defaultDatabase(Path reports) {
            return "jdbc:sqlite:" + reports.resolve("review.db");
        }
    }

    private static final SecureRandom REFERENCES = new SecureRandom();

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
        AllowedHosts hosts = new AllowedHosts(settings.host(), settings.allowedHosts());
        Guard guard = new Guard(sessions, editors);
        SignInPages signIn = new SignInPages(editors, sessions, new SignInThrottle(Clock.systemUTC()), pages);
        ConflictPages conflicts = new ConflictPages(library, store, editors, pages);
        RulePages rules = new RulePages(library, store, pages);
        ExportPages exports = new ExportPages(library, store);
        byte[] css = resource("dev/crosscheck/review/static/review.css");

        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.defaultContentType = "text/html; charset=utf-8";
            // Behind BodyLimits, the server's own limits, should a body ever be read some other way.
            config.http.maxRequestSize = BodyLimits.MAX_BYTES;
            config.jetty.modifyServletContextHandler(handler -> handler.setMaxFormContentSize(BodyLimits.MAX_BYTES));
            config.jetty.multipartConfig.maxTotalRequestSize(BodyLimits.MAX_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(BodyLimits.MAX_BYTES, SizeUnit.BYTES);
            config.requestLogger.http(ActivityLog::request);
        });
        app.before(hosts::check);
        app.before(BodyLimits::check);
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
        app.exception(ReviewDatabaseException.class, (e, ctx) -> {
            String reference = reference();
            ActivityLog.failed(ctx, reference, e);
            pages.error(ctx, 503, "The review database is not answering", "Try again in a minute. If it goes on, "
                    + "tell whoever runs the review app; the server's log has the details under " + reference + ".");
        });
        app.exception(Exception.class, (e, ctx) -> {
            String reference = reference();
            ActivityLog.failed(ctx, reference, e);
            pages.error(ctx, 500, "Something went wrong", "This page could not be shown. The server's log has the "
                    + "details under " + reference + ".");
        });
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

    /** A short random reference that ties an error page to its entry in the server's log. */
    private static String reference() {
        return "error-" + HexFormat.of().formatHex(ByteBuffer.allocate(4).putInt(REFERENCES.nextInt()).array());
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
