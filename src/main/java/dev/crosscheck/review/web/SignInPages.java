package dev.crosscheck.review.web;

import dev.crosscheck.review.db.Editors;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;

/** Sign-in and sign-out. Accounts are made on the command line ({@code crosscheck editors add NAME}). */
final class SignInPages {

    private final Editors editors;
    private final Sessions sessions;
    private final SignInThrottle throttle;
    private final Pages pages;

    SignInPages(Editors editors, Sessions sessions, SignInThrottle throttle, Pages pages) {
        this.editors = editors;
        this.sessions = sessions;
        this.throttle = throttle;
        this.pages = pages;
    }

    void form(Context ctx) {
        if (Pages.session(ctx).signedIn()) {
            ctx.redirect(LocalTarget.of(ctx.queryParam("next")));
            return;
        }
        Map<String, Object> model = pages.model(ctx, "Sign in");
        model.put("next", LocalTarget.of(ctx.queryParam("next")));
        model.put("noEditors", editors.names().isEmpty());
        pages.render(ctx, "login", model);
    }

    void submit(Context ctx) {
        String name = ctx.formParam("name") == null ? "" : ctx.formParam("name").strip();
        String password = ctx.formParam("password");
        String next = LocalTarget.of(ctx.formParam("next"));
        Optional<SignInThrottle.Refusal> refusal = throttle.begin(name, ctx.ip());
        if (refusal.isPresent()) {
            ActivityLog.signInRefused(name, ctx.ip(), refusal.get().message());
            ctx.header("Retry-After", Long.toString(Math.max(1, refusal.get().retryAfter().toSeconds())));
            refuse(ctx, HttpStatus.TOO_MANY_REQUESTS, name, next, refusal.get().message());
            return;
        }
        if (password != null && editors.verify(name, password.toCharArray())) {
            throttle.succeeded(name, ctx.ip());
            sessions.signIn(ctx, Pages.session(ctx), name, editors.credential(name));
            ActivityLog.signedIn(name, ctx.ip());
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        ActivityLog.signInRefused(name, ctx.ip(), "unknown name or wrong password");
        refuse(ctx, HttpStatus.UNAUTHORIZED, name, next, "Unknown editor name or wrong password.");
    }

    void signOut(Context ctx) {
        Session session = Pages.session(ctx);
        if (session.signedIn()) {
            ActivityLog.signedOut(session.editor());
        }
        sessions.signOut(ctx, session);
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    private void refuse(Context ctx, HttpStatus status, String name, String next, String error) {
        Map<String, Object> model = pages.model(ctx, "Sign in");
        model.put("next", next);
        model.put("name", name);
        model.put("error", error);
        ctx.status(status);
        pages.render(ctx, "login", model);
    }
}
