package dev.crosscheck.review.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Renders a template with what every page needs: the editor signed in, the CSRF token and a flash message. */
final class Pages {

    static final String SESSION = "crosscheck.session";

    private final Templates templates;

    Pages(Templates templates) {
        this.templates = templates;
    }

    static Session session(Context ctx) {
        Session s = ctx.attribute(SESSION);
        if (s == null) {
            throw new IllegalStateException("no session on " + ctx.path() + ": the guard did not run");
        }
        return s;
    }

    Map<String, Object> model(Context ctx, String title) {
        Session s = session(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("editor", s.editor());
        model.put("csrf", s.csrf());
        model.put("flash", s.takeFlash());
        return model;
    }

    void render(Context ctx, String template, Map<String, Object> model) {
        ctx.html(templates.render(template, model));
    }

    void error(Context ctx, int status, String title, String message) {
        Session s = ctx.attribute(SESSION);
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("message", message);
        if (s != null) {
            model.put("editor", s.editor());
            model.put("csrf", s.csrf());
        }
        ctx.status(status);
        ctx.html(templates.render("error", model));
    }
}
