package dev.crosscheck.review.web;

import dev.crosscheck.review.db.Editors;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Runs before every request (after {@link AllowedHosts} and {@link BodyLimits}): security headers, the
 * session, sign-in, and the CSRF token on every POST. A session whose editor's password changed since it
 * signed in (or whose editor is gone) is ended here, on its next request.
 * Pages need no script, so the content security policy allows none at all: even an escaping slip could
 * not run injected code.
 */
final class Guard {

    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private final Sessions sessions;
    private final Editors editors;

    Guard(Sessions sessions, Editors editors) {
        this.sessions = sessions;
        this.editors = editors;
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
        if (session.signedIn() && !session.credential().equals(editors.credential(session.editor()))) {
            ActivityLog.sessionEnded(session.editor(), "the password was changed");
            session = sessions.signOut(ctx, session);
            session.flash("Your password was changed, so you were signed out. Sign in with the new password.");
        }
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
}
