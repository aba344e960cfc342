package dev.crosscheck.cli;

import dev.crosscheck.review.db.Database;
import dev.crosscheck.review.db.Editors;
import dev.crosscheck.review.db.ReviewDatabaseException;
import dev.crosscheck.review.web.ReviewServer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck serve}: the editors' review app, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the editors' review app: queue, evidence, decisions, rule statistics, exports.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ReviewDatabaseOption database;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ReviewServer.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "A host name the app may be reached under, besides localhost and IP addresses "
                    + "(repeatable; needed behind a proxy or with --host 0.0.0.0 and a DNS name).")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--secure-cookies",
            description = "Mark the session cookie Secure (when a TLS proxy serves the app over https).")
    boolean secureCookies;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("crosscheck: --port takes 0 to 65535, not " + port);
            return Main.USAGE;
        }
        String url = database.jdbcUrl();
        ReviewServer server;
        boolean noEditors;
        try {
            noEditors = new Editors(Database.open(url)).names().isEmpty();
            server = ReviewServer.start(new ReviewServer.Settings(database.reports, url, host, port, secureCookies,
                    allowedHosts));
        } catch (ReviewDatabaseException e) {
            err.println("crosscheck: " + e.getMessage());
            return Main.USAGE;
        } catch (RuntimeException e) {
            err.println("crosscheck: cannot start the review app on " + host + ":" + port + ": " + e.getMessage());
            return Main.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "crosscheck-serve-shutdown"));
        out.println("Crosscheck review: " + server.url() + "  (reports: " + database.reports.toAbsolutePath()
                + ", database: " + Database.redacted(url) + ")");
        if (noEditors) {
            out.println("No editor accounts yet: add one with  crosscheck editors add NAME");
        }
        out.println("Stop with Ctrl-C.");
        out.flush();
        stopped.await();
        return Main.OK;
    }
}
