package dev.crosscheck.review.web;

import dev.crosscheck.review.db.Editors;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/** Sign-in and sign-out. Accounts are made on the command line ({@code crosscheck editors add NAME}). */
final class SignInPages {

    private final Editors editors;
    private final Sessions sessions;
    private final Pages pages;

    SignInPages(Editors editors, Sessions sessions, Pages pages) {
        this.editors = editors;
        this.sessions = sessions;
        this.pages = pages;
    }

    void form(Context ctx) {
        if (Pages.session(ctx).signedIn()) {
            ctx.redirect(Guard.localTarget(ctx.queryParam("next")));
            return;
        }
        Map<String, Object> model = pages.model(ctx, "Sign in");
        model.put("next", Guard.localTarget(ctx.queryParam("next")));
        model.put("noEditors", editors.names().isEmpty());
        pages.render(ctx, "login", model);
    }

    void submit(Context ctx) {
        String name = ctx.formParam("name");
        String password = ctx.formParam("password");
        String next = Guard.localTarget(ctx.formParam("next"));
        if (name != null && password != null && editors.verify(name.strip(), password.toCharArray())) {
            sessions.signIn(ctx, Pages.session(ctx), name.strip());
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, Object> model = pages.model(ctx, "Sign in");
        model.put("next", next);
        model.put("name", name);
        model.put("error", "Unknown editor name or wrong password.");
        ctx.status(HttpStatus.UNAUTHORIZED);
        pages.render(ctx, "login", model);
    }

    void signOut(Context ctx) {
        sessions.signOut(ctx, Pages.session(ctx));
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }
}
