package dev.crosscheck.review.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Runs before every request: security headers, the session, sign-in, and the CSRF token on every POST.
 * Pages need no script, so the content security policy allows none at all: even an escaping slip could
 * not run injected code.
 */
final class Guard {

    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private final Sessions sessions;

    Guard(Sessions sessions) {
        this.sessions = sessions;
    }

    void check(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        if (ctx.path().startsWith("/static/")) {
            return;
        }
        ctx.header("Cache-Control", "no-store");
        Session session = sessions.current(ctx);
        ctx.attribute(Pages.SESSION, session);
        if (ctx.method() == HandlerType.POST && !session.csrfMatches(ctx.formParam("_csrf"))) {
            throw new PageError(403, "This form has expired",
                    "The form was not sent from a page of this review app, or your session ended. "
                            + "Go back, reload the page and try again.");
        }
        if (session.signedIn() || ctx.path().equals("/login")) {
            return;
        }
        if (ctx.method() == HandlerType.GET) {
            String target = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            ctx.redirect("/login?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
            ctx.skipRemainingHandlers();
            return;
        }
        throw new PageError(401, "Please sign in", "Sign in before changing anything.");
    }

    /** Only paths of this app are followed after sign-in, never another site ("//evil", "https:..."). */
    static String localTarget(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login")) {
            return "/queue";
        }
        return next;
    }
}
